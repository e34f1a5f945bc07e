"""A product designer's ten days in Toronto, written in the twenty-second session after its
changes, and scored before any change for it: looking for a new job (postings, a
portfolio case study, an interview's take-home), a puppy's training, her sister's wedding
speech as maid of honour, Figma's variables for the design system at work, a kidney stone
and the emergency room, and a winter coat. LinkedIn is both a habit (its feed, most
mornings) and a task's site (its job postings). Words cross tasks: "design" of the job,
of the design system and of nothing else; "training" of the puppy and of nothing else;
"speech" only of the wedding; "interview" of the job; "stone" of the kidney only.
"toronto" is in the searches of several tasks. Gmail, CBC News, Instagram and YouTube are
opened most days. Searches go to Google and DuckDuckGo, and results are often opened in
new tabs.
Used by make_week_history.py (``week53``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "maya.chen.design@example.com"
LI = "https://www.linkedin.com/jobs/view"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (9) - {ADDRESS} - Gmail", None)]


def cbc(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.cbc.ca/news", "CBC News", None)]
    if story:
        steps.append(page(f"https://www.cbc.ca/news/canada/toronto/{story[0]}", story[1], None))
    return steps


def feed() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *feed(),
    *cbc(),
    day("1 09:30"),
    search(GOOGLE, "figma variables modes light dark theme tokens", "figma"),
    *tab(
        "https://help.figma.com/hc/en-us/articles/15343816063383-Modes-for-variables",
        "Modes for variables – Figma Learn - Help Center",
        "figma",
    ),
    *tab(
        "https://www.youtube.com/watch?v=figma-variables-modes",
        "Figma Variables: Light & Dark Mode in 10 minutes - YouTube",
        "figma",
    ),
    day("1 12:30"),
    search(DDG, "senior product designer jobs toronto hybrid fintech", "job"),
    page(
        "https://www.linkedin.com/jobs/search/?keywords=senior%20product%20designer&location=Toronto",
        "Senior Product Designer jobs in Toronto | LinkedIn",
        "job",
    ),
    *tab(
        f"{LI}/3981234567/",
        "Wealthsimple hiring Senior Product Designer in Toronto | LinkedIn",
        "job",
    ),
    *tab(
        f"{LI}/3987654321/",
        "Shopify hiring Staff Product Designer, Checkout | LinkedIn",
        "job",
    ),
    day("1 19:00"),
    search(GOOGLE, "puppy biting hands 10 weeks how to stop", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/puppy-biting/",
        "How to Stop Puppy Biting | American Kennel Club",
        "puppy",
    ),
    page(
        "https://www.youtube.com/watch?v=zigzag-biting",
        "STOP Puppy Biting - Zak George's Dog Training Revolution - YouTube",
        "puppy",
    ),
    day("2 08:00"),
    *mail(),
    *insta(),
    day("2 10:00"),
    search(GOOGLE, "maid of honor speech examples funny heartfelt sister", "speech"),
    page(
        "https://www.theknot.com/content/maid-of-honor-speech-examples",
        "15 Maid of Honor Speech Examples | The Knot",
        "speech",
    ),
    page(
        "https://www.brides.com/maid-of-honor-speech-tips-4781234",
        "How to Write a Maid of Honor Speech | Brides",
        "speech",
    ),
    day("2 13:30"),
    search(DDG, "product design case study structure portfolio hiring managers", "job"),
    *tab(
        "https://www.nngroup.com/articles/ux-portfolio-case-study/",
        "UX Portfolio Case Studies: What Hiring Managers Look For - NN/g",
        "job",
    ),
    *tab(
        "https://medium.com/design-bootcamp/case-study-template-2026-4d1b2a",
        "The case study template that got me 5 offers | Bootcamp - Medium",
        "job",
    ),
    day("2 22:30"),
    search(GOOGLE, "sharp pain lower back side comes in waves nausea", "kidney"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/kidney-stones/symptoms-causes/syc-20355755",
        "Kidney stones - Symptoms and causes - Mayo Clinic",
        "kidney",
    ),
    search(GOOGLE, "er wait times toronto now", "kidney"),
    page(
        "https://www.ontariohealth.ca/public-reporting/emergency-department-wait-times",
        "Emergency department wait times | Ontario Health",
        "kidney",
    ),
    day("3 14:00"),
    *mail(),
    *insta(),
    day("3 15:00"),
    search(GOOGLE, "passing a kidney stone how long 5mm", "kidney"),
    page(
        "https://my.clevelandclinic.org/health/diseases/15604-kidney-stones",
        "Kidney Stones: Symptoms, Causes, Treatment | Cleveland Clinic",
        "kidney",
    ),
    page(
        "https://www.reddit.com/r/KidneyStones/comments/1d2e3f/5mm_stone_how_long_did_it_take/",
        "5mm stone, how long did it take to pass? : r/KidneyStones",
        "kidney",
    ),
    day("3 18:30"),
    search(GOOGLE, "crate training puppy crying at night first week", "puppy"),
    page(
        "https://www.thesprucepets.com/crate-training-puppy-at-night-5121431",
        "How to Crate Train a Puppy at Night | The Spruce Pets",
        "puppy",
    ),
    day("4 08:00"),
    *mail(),
    *feed(),
    *cbc(
        (
            "ttc-line-5-eglinton-opening",
            "Eglinton Crosstown finally set to open, TTC says | CBC News",
        )
    ),
    day("4 09:30"),
    search(GOOGLE, "figma variables scoping number variables spacing", "figma"),
    *tab(
        "https://help.figma.com/hc/en-us/articles/14506821864087-Overview-of-variables-collections-and-modes",
        "Overview of variables, collections, and modes – Figma Learn",
        "figma",
    ),
    *tab(
        "https://www.figma.com/community/file/1234567890/design-tokens-starter",
        "Design Tokens Starter Kit | Figma Community",
        "figma",
    ),
    day("4 13:00"),
    search(DDG, "women's winter parka canada goose alternative warm -30", "coat"),
    page(
        "https://www.blogto.com/fashion_style/2025/11/best-winter-coats-toronto/",
        "The best winter coats for surviving a Toronto winter | blogTO",
        "coat",
    ),
    *tab(
        "https://www.arcteryx.com/ca/en/shop/womens/patera-parka",
        "Patera Parka Women's | Arc'teryx",
        "coat",
    ),
    *tab(
        "https://www.aritzia.com/en/product/the-super-puff-long/113412.html",
        "The Super Puff™ Long | Aritzia CA",
        "coat",
    ),
    day("5 08:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=e12&view=pt&search=all&permthid=thread-f:6601",
        f"Wealthsimple - Product Design take-home exercise - {ADDRESS} - Gmail",
        "job",
    ),
    *insta(),
    day("5 10:00"),
    search(GOOGLE, "design take home exercise how much time to spend red flags", "job"),
    page(
        "https://www.reddit.com/r/UXDesign/comments/1h7j8k/take_home_design_exercises_how_long/",
        "Take-home design exercises: how long is too long? : r/UXDesign",
        "job",
    ),
    day("5 16:00"),
    search(GOOGLE, "how long should a maid of honor speech be", "speech"),
    page(
        "https://www.zola.com/expert-advice/how-long-should-a-maid-of-honor-speech-be",
        "How Long Should a Maid of Honor Speech Be? | Zola",
        "speech",
    ),
    day("6 10:00"),
    *video_home(),
    *insta(),
    day("6 11:30"),
    search(GOOGLE, "puppy training classes toronto east end", "puppy"),
    page(
        "https://www.yelp.ca/search?find_desc=Puppy+Training&find_loc=Toronto%2C+ON",
        "Top 10 Best Puppy Training near Toronto, ON | Yelp",
        "puppy",
    ),
    page(
        "https://www.dogmaticdogtraining.ca/puppy-class",
        "Puppy Kindergarten | Dogmatic Dog Training",
        "puppy",
    ),
    day("6 15:00"),
    search(GOOGLE, "kidney stone diet what to avoid oxalate coffee", "kidney"),
    page(
        "https://www.kidney.org/atoz/content/kidneystones_prevent",
        "Six Easy Ways to Prevent Kidney Stones | National Kidney Foundation",
        "kidney",
    ),
    day("7 08:00"),
    *mail(),
    *feed(),
    *cbc(),
    day("7 09:30"),
    (
        "goto",
        "https://www.figma.com/community/file/1234567890/design-tokens-starter",
        "Design Tokens Starter Kit | Figma Community",
        "figma",
    ),
    search(GOOGLE, "publish variables to library update instances figma", "figma"),
    page(
        "https://help.figma.com/hc/en-us/articles/15145852043927-Publish-variables-to-a-library",
        "Publish variables to a library – Figma Learn",
        "figma",
    ),
    day("7 19:00"),
    search(DDG, "wedding toast quotes about sisters", "speech"),
    page(
        "https://www.weddingwire.com/wedding-ideas/sister-quotes-for-wedding-toast",
        "60 Sister Quotes for Your Wedding Toast | WeddingWire",
        "speech",
    ),
    day("8 08:00"),
    *mail(),
    *insta(),
    day("8 12:00"),
    (
        "goto",
        f"{LI}/3987654321/",
        "Shopify hiring Staff Product Designer, Checkout | LinkedIn",
        "job",
    ),
    page(
        "https://www.shopify.com/careers/staff-product-designer-checkout_8a9b0c",
        "Staff Product Designer, Checkout - Shopify Careers",
        "job",
    ),
    page(
        "https://www.shopify.com/careers/apply/8a9b0c",
        "Apply - Shopify Careers",
        "job",
    ),
    day("8 17:00"),
    search(GOOGLE, "arcteryx patera parka vs aritzia super puff warmth", "coat"),
    page(
        "https://www.reddit.com/r/PetiteFashionAdvice/comments/1k2l3m/patera_vs_super_puff/",
        "Patera vs Super Puff for a Toronto winter? : r/PetiteFashionAdvice",
        "coat",
    ),
    day("9 08:00"),
    *mail(),
    *feed(),
    day("9 10:00"),
    search(GOOGLE, "portfolio site squarespace vs framer for designers", "job"),
    page(
        "https://www.framer.com/templates/category/portfolio/",
        "Portfolio Templates | Framer",
        "job",
    ),
    day("9 20:00"),
    search(GOOGLE, "puppy leash pulling loose leash walking tips", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/teach-your-puppy-to-walk-on-a-leash/",
        "How to Leash Train a Puppy | American Kennel Club",
        "puppy",
    ),
    day("10 10:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=leafs-hl",
        "Maple Leafs vs Canadiens | NHL Highlights - YouTube",
        None,
    ),
    day("10 13:00"),
    search(GOOGLE, "follow up after urology referral how long wait ontario", "kidney"),
    page(
        "https://www.reddit.com/r/ontario/comments/1n4o5p/urology_referral_wait_times/",
        "Urology referral wait times? : r/ontario",
        "kidney",
    ),
    day("10 16:30"),
    search(GOOGLE, "maid of honor speech ending lines raise a glass", "speech"),
    page(
        "https://www.theknot.com/content/how-to-end-a-wedding-speech",
        "How to End a Wedding Speech | The Knot",
        "speech",
    ),
]
