"""A high school chemistry teacher's ten days in Denver, on the family laptop, written in the
thirty-sixth session and scored before any change for it: a titration lab for his juniors, a
used Subaru Outback, his son's braces, an anniversary weekend in Santa Fe, a first fly rod,
and a water heater leaking in the basement. Between them he reads The Denver Post and ESPN's
Broncos page, and watches woodworking videos from YouTube's front page. Gmail is opened most
days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week133``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "mark.okafor.teach@gmail.com"
INBOX = "b4d8f2a6c0"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [("goto", "https://www.denverpost.com/", "The Denver Post", None)]


def broncos() -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/nfl/team/_/name/den/denver-broncos",
            "Denver Broncos Scores, Stats and Highlights - ESPN",
            None,
        )
    ]


def woodwork(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *post(),
    day("1 19:45"),
    search(GOOGLE, "acid base titration lab high school phenolphthalein vinegar", "titration"),
    page(
        "https://www.flinnsci.com/api/library/Download/acid-base-titration-lab",
        "Acid-Base Titration Lab | Flinn Scientific",
        "titration",
    ),
    search(GOOGLE, "used subaru outback 2019 price", "subaru"),
    page(
        "https://www.edmunds.com/subaru/outback/2019/",
        "2019 Subaru Outback Prices, Reviews, and Pictures | Edmunds",
        "subaru",
    ),
    search(GOOGLE, "outback 2019 cvt problems years to avoid", "subaru"),
    page(
        "https://www.carcomplaints.com/Subaru/Outback/2019/",
        "2019 Subaru Outback Problems, Defects, Complaints",
        "subaru",
    ),
    day("2 06:35"),
    *mail(),
    *broncos(),
    day("2 20:10"),
    search(DDG, "water heater leaking from bottom pressure relief valve", "heater"),
    page(
        "https://www.familyhandyman.com/article/water-heater-leaking/",
        "Water Heater Leaking? Here's What to Do | Family Handyman",
        "heater",
    ),
    search(DDG, "drain water heater tank sediment how to", "heater"),
    page(
        "https://www.youtube.com/watch?v=wh2dra1n5ed",
        "How to Drain and Flush a Water Heater - YouTube",
        "heater",
    ),
    day("3 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877100223344000001",
        "Treatment plan and estimate for Daniel - Smile Ridge Orthodontics",
        "braces",
    ),
    *post(),
    day("3 16:00"),
    search(GOOGLE, "burette alternative cheap classroom titration syringe", "titration"),
    page(
        "https://www.reddit.com/r/ChemistryTeachers/comments/1s8k2m4/cheap_burette_alternatives_for_a_class_of_30/",
        "Cheap burette alternatives for a class of 30? : r/ChemistryTeachers",
        "titration",
    ),
    day("3 20:30"),
    search(GOOGLE, "invisalign vs braces for 13 year old cost", "braces"),
    page(
        "https://www.aaoinfo.org/blog/clear-aligners-vs-braces/",
        "Clear Aligners vs. Braces | American Association of Orthodontists",
        "braces",
    ),
    search(GOOGLE, "delta dental orthodontic coverage lifetime maximum child", "braces"),
    page(
        "https://www.deltadental.com/us/en/member/coverage/orthodontics.html",
        "Orthodontic Coverage | Delta Dental",
        "braces",
    ),
    day("4 06:40"),
    *mail(),
    day("4 19:00"),
    *woodwork("w00dw0rk1", "Building a Walnut Side Table with Hand Tools - YouTube"),
    search(GOOGLE, "santa fe anniversary weekend ideas romantic", "santafe"),
    page(
        "https://www.santafe.org/things-to-do/romantic-getaways/",
        "Romantic Getaways in Santa Fe | Tourism Santa Fe",
        "santafe",
    ),
    search(GOOGLE, "drive denver to santa fe scenic route taos", "santafe"),
    page(
        "https://www.newmexico.org/things-to-do/scenic-byways/high-road-to-taos/",
        "High Road to Taos Scenic Byway | New Mexico True",
        "santafe",
    ),
    search(GOOGLE, "beginner fly fishing rod 5 weight 9 foot combo", "flyrod"),
    page(
        "https://www.orvis.com/fly-rod-outfits-beginner",
        "Beginner Fly Rod Outfits | Orvis",
        "flyrod",
    ),
    day("5 06:30"),
    *mail(),
    *broncos(),
    day("5 17:30"),
    search(DDG, "water heater 50 gallon gas replacement cost installed permit", "heater"),
    page(
        "https://www.homeadvisor.com/cost/plumbing/install-a-water-heater/",
        "2027 Water Heater Installation Cost | HomeAdvisor",
        "heater",
    ),
    search(DDG, "tankless vs tank water heater family of four altitude", "heater"),
    page(
        "https://www.energy.gov/energysaver/tankless-or-demand-type-water-heaters",
        "Tankless or Demand-Type Water Heaters | Department of Energy",
        "heater",
    ),
    day("5 21:00"),
    search(GOOGLE, "carfax vs autocheck which is better used car", "subaru"),
    page(
        "https://www.caranddriver.com/research/a31203921/carfax-vs-autocheck/",
        "Carfax vs. AutoCheck: Which Vehicle History Report Is Better? | Car and Driver",
        "subaru",
    ),
    search(GOOGLE, "2019 outback limited for sale under 25000", "subaru"),
    page(
        "https://www.cars.com/shopping/subaru-outback-2019/",
        "Used 2019 Subaru Outback for Sale | Cars.com",
        "subaru",
    ),
    day("6 09:00"),
    *mail(),
    *post(),
    day("6 10:30"),
    search(GOOGLE, "how to tie clinch knot tippet to fly", "flyrod"),
    page(
        "https://www.animatedknots.com/improved-clinch-knot",
        "Improved Clinch Knot | How to tie a fishing knot | Animated Knots",
        "flyrod",
    ),
    search(GOOGLE, "fly fishing south platte deckers beginner flies november", "flyrod"),
    page(
        "https://www.flyfishingdeckers.com/fishing-report",
        "South Platte River Fishing Report - Deckers | Flies and Lies",
        "flyrod",
    ),
    search(GOOGLE, "colorado fishing license annual resident buy online", "flyrod"),
    page(
        "https://cpw.state.co.us/buyapply/Pages/Fishing.aspx",
        "Fishing License | Colorado Parks & Wildlife",
        "flyrod",
    ),
    day("6 15:00"),
    *woodwork("w00dw0rk2", "Japanese Pull Saw Basics - YouTube"),
    day("7 06:30"),
    *mail(),
    day("7 19:30"),
    search(GOOGLE, "titration lab worksheet molarity calculation answer key", "titration"),
    page(
        "https://www.chemistryteachers.org/resources/titration-calculations-worksheet",
        "Titration Calculations Worksheet | Chemistry Teachers Hub",
        "titration",
    ),
    search(GOOGLE, "palatal expander pain first week what to eat", "braces"),
    page(
        "https://www.healthline.com/health/dental-and-oral-health/palate-expander",
        "Palate Expander: Uses, Types, Pain, and More | Healthline",
        "braces",
    ),
    search(GOOGLE, "inn of the anasazi vs la fonda on the plaza", "santafe"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g60958-i196-k12340987-Inn_of_the_Anasazi_vs_La_Fonda-Santa_Fe_New_Mexico.html",
        "Inn of the Anasazi vs La Fonda - Santa Fe Forum - Tripadvisor",
        "santafe",
    ),
    day("8 06:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877100223344000002",
        "Your pre-purchase inspection is booked - Mile High Auto Care",
        "subaru",
    ),
    *broncos(),
    day("8 18:00"),
    search(DDG, "pre purchase inspection what do they check subaru head gasket", "subaru"),
    page(
        "https://www.subaruoutback.org/threads/pre-purchase-inspection-checklist.512345/",
        "Pre-purchase inspection checklist | Subaru Outback Forums",
        "subaru",
    ),
    search(DDG, "water heater anode rod rotten smell replace", "heater"),
    page(
        "https://www.thespruce.com/replacing-water-heater-anode-rod-2718702",
        "How to Replace a Water Heater Anode Rod | The Spruce",
        "heater",
    ),
    day("9 06:30"),
    *mail(),
    *post(),
    day("9 20:00"),
    search(GOOGLE, "ten thousand waves spa couples reservation", "santafe"),
    page(
        "https://tenthousandwaves.com/spa/",
        "Spa | Ten Thousand Waves, Santa Fe",
        "santafe",
    ),
    search(GOOGLE, "fly line weight forward floating what to buy first", "flyrod"),
    page(
        "https://www.trouts.com/blog/choosing-your-first-fly-line",
        "Choosing Your First Fly Line | Trouts Fly Fishing",
        "flyrod",
    ),
    day("10 06:30"),
    *mail(),
    day("10 16:30"),
    search(GOOGLE, "titration lab safety sodium hydroxide goggles students", "titration"),
    page(
        "https://www.acs.org/education/policies/safety/high-school-lab-safety.html",
        "Safety in the High School Chemistry Lab | American Chemical Society",
        "titration",
    ),
    search(GOOGLE, "orthodontist payment plan no interest denver", "braces"),
    page(
        "https://www.smileridgeortho.com/financing",
        "Flexible Financing | Smile Ridge Orthodontics",
        "braces",
    ),
    *woodwork("w00dw0rk3", "Sharpening Chisels the Easy Way - YouTube"),
]
