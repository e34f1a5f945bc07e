"""A school librarian's ten days in Sacramento, written in the forty-ninth session and scored
before any change for it: an author's visit to her school (a grant, the author's fee, a book
fair to pay for it), her first half marathon (a training plan, gels, shoes), her old Honda
Civic's air conditioning, her sister's baby shower (the registry, games, a cake), a dental
crown and what her insurance pays, and a trip to Oaxaca looked at and never booked. Between
them she reads the Sacramento Bee, Gmail, YouTube and the Sacramento subreddit. Searches go
to Google and Bing.
Used by make_week_history.py (``week170``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dana.whitlock.reads@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def bee() -> list[Step]:
    return [
        (
            "goto",
            "https://www.sacbee.com/",
            "Sacramento Bee: Sacramento News, Sports, Politics & Weather",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def sac() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Sacramento/", "Sacramento", None)]


STEPS: list[Step] = [
    day("1 07:10"),
    *bee(),
    *mail(),
    search(GOOGLE, "how to invite a children's author to school visit fee", "author"),
    page(
        "https://www.scbwi.org/school-visits-guide/",
        "School Visits: A Guide for Schools | SCBWI",
        "author",
    ),
    page(
        "https://www.kidlit.tv/how-much-do-author-visits-cost/",
        "How Much Do Author Visits Cost? | KidLit TV",
        "author",
    ),
    day("1 19:30"),
    search(BING, "half marathon training plan 12 weeks beginner", "run"),
    page(
        "https://www.halhigdon.com/training-programs/half-marathon-training/novice-1-half-marathon/",
        "Novice 1 Half Marathon Training Program | Hal Higdon",
        "run",
    ),
    *tab(
        "https://www.runnersworld.com/training/a20812270/beginner-half-marathon-plan/",
        "Beginner Half Marathon Training Plan | Runner's World",
        "run",
    ),
    day("2 07:05"),
    *sac(),
    search(GOOGLE, "2012 honda civic ac blowing warm air recharge cost", "ac"),
    page(
        "https://www.civicforums.com/threads/2012-ac-blowing-warm.289113/",
        "2012 AC blowing warm - Honda Civic Forum",
        "ac",
    ),
    page(
        "https://www.repairpal.com/estimator/honda/civic/ac-recharge-cost",
        "Honda Civic AC Recharge Cost Estimate | RepairPal",
        "ac",
    ),
    day("2 20:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c31e09bd",
        "1837002133871",
        "Baby shower for Kelsey - can you help plan? Saturday the 14th",
        "shower",
    ),
    search(GOOGLE, "baby shower games that aren't cringe", "shower"),
    page(
        "https://www.thebump.com/a/baby-shower-games",
        "42 Baby Shower Games Everyone Will Love | The Bump",
        "shower",
    ),
    day("3 07:20"),
    *bee(),
    search(GOOGLE, "california library grant author visit title 1 school", "author"),
    page(
        "https://www.library.ca.gov/grants/",
        "Grants | California State Library",
        "author",
    ),
    day("3 18:50"),
    search(BING, "dental crown cost with delta dental ppo how much do i pay", "crown"),
    page(
        "https://www.deltadental.com/us/en/protect-my-smile/treatments/crowns.html",
        "Dental Crowns | Delta Dental",
        "crown",
    ),
    search(GOOGLE, "porcelain vs zirconia crown molar", "crown"),
    page(
        "https://www.healthline.com/health/dental-and-oral-health/zirconia-crowns",
        "Zirconia Crowns: Pros, Cons, and Cost - Healthline",
        "crown",
    ),
    day("4 06:40"),
    *youtube(),
    search(GOOGLE, "energy gels for half marathon when to take", "run"),
    page(
        "https://www.runnersworld.com/nutrition-weight-loss/a20822390/how-to-use-energy-gels/",
        "How to Use Energy Gels | Runner's World",
        "run",
    ),
    day("4 20:00"),
    search(GOOGLE, "oaxaca in march things to do day of", "oaxaca"),
    page(
        "https://www.lonelyplanet.com/mexico/oaxaca-state/oaxaca-city",
        "Oaxaca City travel - Lonely Planet | Mexico, North America",
        "oaxaca",
    ),
    search(GOOGLE, "flights sacramento to oaxaca march", "oaxaca"),
    page(
        "https://www.google.com/travel/flights/search?tfs=CBwQAhojEgoyMDI3LTAzLTEzagcIARIDU01GcgcIARIDT0FYGgA",
        "Sacramento to Oaxaca | Google Flights",
        "oaxaca",
    ),
    day("5 07:00"),
    *sac(),
    search(BING, "a/c leak dye test near me honda", "ac"),
    page(
        "https://www.yelp.com/search?find_desc=Auto+AC+Repair&find_loc=Sacramento%2C+CA",
        "Top 10 Best Auto AC Repair near Sacramento, CA - Yelp",
        "ac",
    ),
    day("5 17:45"),
    search(GOOGLE, "scholastic book fair profit for school how it works", "author"),
    page(
        "https://bookfairs.scholastic.com/bookfairs/cptoolkit/homepage.html",
        "Scholastic Book Fairs Chairperson Toolkit",
        "author",
    ),
    search(GOOGLE, "baby shower cake order sacramento bakery", "shower"),
    page(
        "https://www.freeportbakery.com/custom-cakes",
        "Custom Cakes | Freeport Bakery",
        "shower",
    ),
    day("6 08:30"),
    *bee(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c31e09bd",
        "1837087715204",
        "Kelsey & Jordan's registry at Target",
        "shower",
    ),
    page(
        "https://www.target.com/gift-registry/gift/kelsey-and-jordan-baby",
        "Kelsey and Jordan's Baby Registry : Target",
        "shower",
        "goto",
    ),
    day("6 14:10"),
    search(GOOGLE, "brooks ghost vs hoka clifton for long runs", "run"),
    page(
        "https://www.runrepeat.com/brooks-ghost-vs-hoka-clifton",
        "Brooks Ghost vs Hoka Clifton: 8 Differences | RunRepeat",
        "run",
    ),
    page(
        "https://www.fleetfeet.com/s/sacramento",
        "Fleet Feet Sacramento | Running Shoes & Gear",
        "run",
    ),
    day("6 21:00"),
    *youtube(),
    day("7 07:15"),
    *sac(),
    search(GOOGLE, "oaxaca hotel centro historico walking distance zocalo", "oaxaca"),
    page(
        "https://www.tripadvisor.com/Hotels-g150801-Oaxaca_Southern_Mexico-Hotels.html",
        "THE 10 BEST Hotels in Oaxaca 2027 (from $45) - Tripadvisor",
        "oaxaca",
    ),
    day("7 18:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c31e09bd",
        "1837130088951",
        "Re: School visit inquiry - availability and honorarium",
        "author",
    ),
    search(BING, "author visit honorarium 1500 plus travel normal", "author"),
    page(
        "https://www.schoollibraryjournal.com/story/author-visits-what-to-pay",
        "Author Visits: What Schools Should Expect to Pay | School Library Journal",
        "author",
    ),
    day("8 07:30"),
    *bee(),
    search(GOOGLE, "temporary crown fell out what to do weekend", "crown"),
    page(
        "https://www.colgate.com/en-us/oral-health/bridges-and-crowns/what-to-do-if-your-temporary-crown-falls-off",
        "What To Do If Your Temporary Crown Falls Off | Colgate",
        "crown",
    ),
    day("8 16:00"),
    search(GOOGLE, "how many miles long run week 8 half marathon tired legs", "run"),
    page(
        "https://www.reddit.com/r/running/comments/18f0w2c/heavy_legs_week_8_of_half_training/",
        "Heavy legs week 8 of half training : r/running",
        "run",
    ),
    day("8 20:30"),
    search(GOOGLE, "diaper raffle baby shower wording", "shower"),
    page(
        "https://www.pinterest.com/ideas/diaper-raffle-wording/",
        "Diaper raffle wording - Pinterest",
        "shower",
    ),
    day("9 07:10"),
    *youtube(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c31e09bd",
        "1837199921460",
        "Your appointment at Midtown Auto Air is confirmed - Wed 8:00 am",
        "ac",
    ),
    day("9 19:00"),
    search(GOOGLE, "spanish for travelers app duolingo or babbel 2 months", "oaxaca"),
    page(
        "https://www.pcmag.com/comparisons/babbel-vs-duolingo",
        "Babbel vs. Duolingo: Which Language App Is Best? | PCMag",
        "oaxaca",
    ),
    day("10 08:00"),
    *bee(),
    *sac(),
    search(GOOGLE, "book fair dates spring author visit same week", "author"),
    page(
        "https://www.scholastic.com/teachers/articles/book-fair-author-events/",
        "Pairing Your Book Fair with an Author Event | Scholastic",
        "author",
    ),
    day("10 18:40"),
    search(BING, "honda civic compressor clutch not engaging", "ac"),
    page(
        "https://www.youtube.com/watch?v=Vd8Hq3cTnKs",
        "Honda Civic AC Compressor Clutch Not Engaging - Easy Fix - YouTube",
        "ac",
    ),
    *youtube(),
]
