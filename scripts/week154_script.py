"""A product designer's ten days in Portland, working from home, written in the
thirty-ninth session after its first changes and scored before any change for it: tasks
switched minute by minute in long sittings, as a person with many tabs does. A design
system's components in Figma (work), interviews for a new job (a portfolio case study,
questions to expect), her dog's itchy paws, a new mattress, a camping trip to Yosemite
(a campsite, a permit, the drive), and a leaking dishwasher. Between them she reads
Reddit, The Oregonian and Gmail, and plays music on YouTube. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week154``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search

ADDRESS = "nora.lindqvist@gmail.com"
FIGMA = "https://help.figma.com/hc/en-us/articles"
NPS = "https://www.nps.gov/yose/planyourvisit"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (2) - {ADDRESS} - Gmail", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def oregonian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.oregonlive.com/",
            "Oregon Local News, Sports, Jobs - oregonlive.com",
            None,
        )
    ]


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *music("khruangbin1", "Khruangbin - Full Performance (Live on KEXP)"),
    search(GOOGLE, "figma component properties vs variants when to use", "figma"),
    page(
        f"{FIGMA}/5579474826519-Explore-component-properties",
        "Explore component properties \u2013 Figma Learn - Help Center",
        "figma",
    ),
    search(DDG, "dog licking paws constantly red between toes", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/why-do-dogs-lick-their-paws/",
        "Why Do Dogs Lick Their Paws? \u2013 American Kennel Club",
        "dog",
    ),
    page(
        f"{FIGMA}/360040451373-Explore-auto-layout-properties",
        "Explore auto layout properties \u2013 Figma Learn - Help Center",
        "figma",
        action="goto",
    ),
    search(GOOGLE, "yosemite campground reservations 2027 when do they open", "yosemite"),
    page(
        f"{NPS}/camping.htm",
        "Camping - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    page(
        "https://www.recreation.gov/camping/campgrounds/232447",
        "Upper Pines, Yosemite National Park - Recreation.gov",
        "yosemite",
    ),
    search(GOOGLE, "figma variables modes light dark theme tokens", "figma"),
    page(
        f"{FIGMA}/15343816063383-Modes-for-variables",
        "Modes for variables \u2013 Figma Learn - Help Center",
        "figma",
    ),
    day("1 14:30"),
    search(DDG, "product designer interview portfolio case study structure", "interview"),
    page(
        "https://uxdesign.cc/how-to-structure-a-ux-case-study-9a7b6c5d4e3f",
        "How to structure a UX case study | by Sarah Doody | UX Collective",
        "interview",
    ),
    search(GOOGLE, "dishwasher leaking from bottom front bosch", "dishwasher"),
    page(
        "https://www.repairclinic.com/RepairHelp/How-To-Fix-A-Dishwasher/1-2-0-0-0/Bosch-Dishwasher-Leaking",
        "Bosch Dishwasher Leaking - Repair Clinic",
        "dishwasher",
    ),
    page(
        "https://uxfolio.com/blog/ux-case-study-template",
        "UX case study template: a step-by-step guide - UXfolio Blog",
        "interview",
        action="goto",
    ),
    *reddit(),
    day("1 21:00"),
    search(GOOGLE, "best mattress for side sleepers with back pain 2027", "mattress"),
    page(
        "https://www.sleepfoundation.org/best-mattress/best-mattress-for-side-sleepers",
        "Best Mattress for Side Sleepers of 2027 | Sleep Foundation",
        "mattress",
    ),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-mattress/",
        "The Best Mattresses of 2027 | Reviews by Wirecutter",
        "mattress",
    ),
    day("2 09:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f01c3b",
        "1851200440002",
        "Interview loop scheduled - Senior Product Designer - Tidewater",
        "interview",
    ),
    search(
        GOOGLE, "senior product designer interview questions design critique exercise", "interview"
    ),
    page(
        "https://www.designerup.co/blog/product-design-interview-questions",
        "35 Product Design Interview Questions (and How to Answer Them) | DesignerUp",
        "interview",
    ),
    search(GOOGLE, "figma auto layout wrap not working nested frame", "figma"),
    page(
        "https://forum.figma.com/t/auto-layout-wrap-not-working-in-nested-frame/51234",
        "Auto layout wrap not working in nested frame - Ask the community - Figma Community Forum",
        "figma",
    ),
    search(DDG, "dog itchy paws food allergy vs environmental", "dog"),
    page(
        "https://www.petmd.com/dog/conditions/skin/food-allergies-vs-environmental-allergies-dogs",
        "Food Allergies vs. Environmental Allergies in Dogs | PetMD",
        "dog",
    ),
    page(
        "https://www.figma.com/design/AbC123xyz/Design-System-2027?node-id=12-345",
        "Design System 2027 \u2013 Figma",
        "figma",
        action="goto",
    ),
    search(GOOGLE, "tioga pass road open dates 2027 drive from portland", "yosemite"),
    page(
        f"{NPS}/conditions.htm",
        "Current Conditions - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    day("2 16:00"),
    search(GOOGLE, "bosch dishwasher door seal replacement part number", "dishwasher"),
    page(
        "https://www.partselect.com/Bosch-Dishwasher-Door-Gaskets.htm",
        "Bosch Dishwasher Door Gaskets & Seals | PartSelect",
        "dishwasher",
    ),
    *music("khruangbin2", "Khruangbin - Maria Tambi\u00e9n (Official Video)"),
    search(DDG, "saatva vs helix midnight side sleeper", "mattress"),
    page(
        "https://www.reddit.com/r/Mattress/comments/1h2i3j4/saatva_classic_vs_helix_midnight/",
        "Saatva Classic vs Helix Midnight? : r/Mattress",
        "mattress",
    ),
    day("3 10:00"),
    *oregonian(),
    search(GOOGLE, "figma library publish changes not showing in other files", "figma"),
    page(
        f"{FIGMA}/360025508373-Publish-a-library",
        "Publish a library \u2013 Figma Learn - Help Center",
        "figma",
    ),
    search(GOOGLE, "yosemite vehicle reservation required summer 2027", "yosemite"),
    page(
        f"{NPS}/reservations.htm",
        "Reservations - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    search(DDG, "apoquel vs cytopoint for paw licking", "dog"),
    page(
        "https://www.reddit.com/r/dogs/comments/1h3k4l5/apoquel_or_cytopoint_experiences/",
        "Apoquel or Cytopoint? Experiences? : r/dogs",
        "dog",
    ),
    page(
        f"{FIGMA}/360039820134-Manage-and-share-styles",
        "Manage and share styles \u2013 Figma Learn - Help Center",
        "figma",
        action="goto",
    ),
    day("3 20:30"),
    *reddit(),
    search(GOOGLE, "how to present a case study in 30 minutes interview tips", "interview"),
    page(
        "https://www.youtube.com/watch?v=caseprez01",
        "How to Present Your UX Case Study in an Interview - YouTube",
        "interview",
    ),
    day("4 09:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f01c3b",
        "1851200440019",
        "Your Recreation.gov reservation confirmation - Upper Pines",
        "yosemite",
    ),
    search(GOOGLE, "figma dev mode inspect tokens css variables export", "figma"),
    page(
        f"{FIGMA}/15023124644247-Guide-to-Dev-Mode",
        "Guide to Dev Mode \u2013 Figma Learn - Help Center",
        "figma",
    ),
    search(GOOGLE, "dishwasher leaking after door seal replaced float switch", "dishwasher"),
    page(
        "https://www.applianceblog.com/mainforums/threads/bosch-dishwasher-still-leaking-after-new-door-seal.98765/",
        "Bosch dishwasher still leaking after new door seal | Appliance Blog",
        "dishwasher",
    ),
    page(
        "https://www.figma.com/design/AbC123xyz/Design-System-2027?node-id=40-120",
        "Design System 2027 \u2013 Figma",
        "figma",
        action="goto",
    ),
    day("4 15:00"),
    search(DDG, "vet near me dermatology portland", "dog"),
    page(
        "https://www.google.com/maps/search/vet+dermatology+portland",
        "vet dermatology portland - Google Maps",
        "dog",
    ),
    search(GOOGLE, "helix midnight trial return policy 100 nights", "mattress"),
    page(
        "https://helixsleep.com/pages/trial",
        "100 Night Sleep Trial | Helix Sleep",
        "mattress",
    ),
    day("5 10:10"),
    search(GOOGLE, "salary negotiation senior product designer portland range", "interview"),
    page(
        "https://www.levels.fyi/t/product-designer/locations/portland-area",
        "Product Designer Salary in Portland Area | Levels.fyi",
        "interview",
    ),
    *oregonian(),
    search(GOOGLE, "bear canister rules yosemite campground food lockers", "yosemite"),
    page(
        "https://www.nps.gov/yose/learn/nature/bears.htm",
        "Bears - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    search(GOOGLE, "figma component instance swap nested slots workaround", "figma"),
    page(
        "https://forum.figma.com/t/slots-in-components-workaround/61234",
        "Slots in components workaround? - Ask the community - Figma Community Forum",
        "figma",
    ),
    day("6 11:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f01c3b",
        "1851200440033",
        "Appointment reminder: Winston - Dermatology consult - Dove Lewis",
        "dog",
    ),
    search(DDG, "elimination diet dog hydrolyzed protein how long", "dog"),
    page(
        "https://www.akc.org/expert-advice/nutrition/elimination-diet-for-dogs/",
        "Elimination Diet for Dogs: How It Works \u2013 American Kennel Club",
        "dog",
    ),
    search(GOOGLE, "bosch dishwasher error e24 drain", "dishwasher"),
    page(
        "https://www.bosch-home.com/us/support/error-codes/dishwasher-e24",
        "Dishwasher error E24 | Bosch",
        "dishwasher",
    ),
    day("6 20:00"),
    page(
        "https://helixsleep.com/products/midnight",
        "Helix Midnight Mattress | Helix Sleep",
        "mattress",
        action="goto",
    ),
    page(
        "https://helixsleep.com/checkout/thank-you",
        "Thank you for your order | Helix Sleep",
        "mattress",
    ),
    day("7 09:40"),
    search(GOOGLE, "design critique interview whiteboard exercise example", "interview"),
    page(
        "https://www.nngroup.com/articles/design-critiques/",
        "Design Critiques: Encourage a Positive Culture to Improve Products - NN/g",
        "interview",
    ),
    search(GOOGLE, "figma variables scoping number variables spacing", "figma"),
    page(
        f"{FIGMA}/15145852043927-Create-and-manage-variables",
        "Create and manage variables \u2013 Figma Learn - Help Center",
        "figma",
    ),
    search(GOOGLE, "drive portland to yosemite via crater lake stops", "yosemite"),
    page(
        "https://www.roadtrippers.com/trips/portland-to-yosemite",
        "Portland to Yosemite Road Trip - Roadtrippers",
        "yosemite",
    ),
    *reddit(),
    day("8 10:15"),
    *music("khruangbin3", "Khruangbin & Leon Bridges - Texas Sun (Official Audio)"),
    page(
        "https://www.figma.com/design/AbC123xyz/Design-System-2027?node-id=88-900",
        "Design System 2027 \u2013 Figma",
        "figma",
        action="goto",
    ),
    search(GOOGLE, "dishwasher repair portland bosch certified", "dishwasher"),
    page(
        "https://www.yelp.com/search?find_desc=Bosch+Dishwasher+Repair&find_loc=Portland%2C+OR",
        "Top 10 Best Bosch Dishwasher Repair Near Portland, Oregon - Yelp",
        "dishwasher",
    ),
    day("9 13:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f01c3b",
        "1851200440058",
        "Next steps: onsite with the design team",
        "interview",
    ),
    search(GOOGLE, "thank you email after design interview panel", "interview"),
    page(
        "https://www.themuse.com/advice/thank-you-note-after-panel-interview",
        "How to Write a Thank-You Note After a Panel Interview | The Muse",
        "interview",
    ),
    search(DDG, "dog paw balm for licking cone alternatives", "dog"),
    page(
        "https://www.chewy.com/b/paw-care-2215",
        "Dog Paw Care: Paw Balms & Wax | Chewy",
        "dog",
    ),
    day("10 10:00"),
    search(GOOGLE, "upper pines campsite which loop best shade", "yosemite"),
    page(
        "https://www.reddit.com/r/Yosemite/comments/1h5m6n7/upper_pines_best_sites/",
        "Upper Pines best sites? : r/Yosemite",
        "yosemite",
    ),
    search(GOOGLE, "figma branching merge conflicts design system", "figma"),
    page(
        f"{FIGMA}/360063144053-Guide-to-branching",
        "Guide to branching \u2013 Figma Learn - Help Center",
        "figma",
    ),
    page(
        "https://www.helixsleep.com/pages/order-status",
        "Track your order | Helix Sleep",
        "mattress",
        action="goto",
    ),
]
