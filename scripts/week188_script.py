"""A mother's ten days in Toronto, written in the fifty-third session and scored before any
change for it: her son's house league hockey (registration and his first equipment), a
kitchen renovation (countertops, a contractor, the city's permit), passports for the two
children, her mother's seventieth birthday dinner, and whether to put this year's savings
in an RRSP or a TFSA. Between them she reads Outlook, CBC News, YouTube and Reddit, and one
video from YouTube's front page. Searches go to Google and Bing.
Used by make_week_history.py (``week188``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, outlook_message, page, search, tab

OWNER = "Meera Thompson"
MAILBOX = "https://outlook.live.com/mail/0/"


def mail() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def cbc(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.cbc.ca/news", "CBC News", None)]
    if article:
        steps.append(("click", f"https://www.cbc.ca/news/{article[0]}", article[1], None))
    return steps


def youtube(video: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.youtube.com/", "YouTube", None)]
    if video:
        steps.append(("click", f"https://www.youtube.com/watch?v={video[0]}", video[1], None))
    return steps


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *cbc(),
    day("1 09:30"),
    search(GOOGLE, "house league hockey registration toronto u9 2027", "hockey"),
    page(
        "https://www.torontohockey.ca/registration/house-league",
        "House League Registration | Greater Toronto Hockey League",
        "hockey",
    ),
    day("1 13:15"),
    search(BING, "quartz vs granite countertops cost per square foot", "reno"),
    page(
        "https://www.homedepot.ca/en/home/ideas-how-to/kitchen/quartz-vs-granite.html",
        "Quartz vs. Granite Countertops | The Home Depot Canada",
        "reno",
    ),
    *tab(
        "https://www.houzz.com/magazine/quartz-or-granite-which-countertop-is-right-for-you-stsetivw-vs~12345",
        "Quartz or Granite: Which Countertop Is Right for You? | Houzz",
        "reno",
    ),
    day("1 20:40"),
    *forum(),
    search(GOOGLE, "child passport renewal canada simplified form under 16", "passport"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports/child-passport.html",
        "Child passport - Canada.ca",
        "passport",
    ),
    day("2 08:10"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1iNjdiLTk2ZGEtMDACLTAwCgBGAAAD",
        "Re: Mom's 70th - who's coming and where?",
        "party",
    ),
    search(BING, "private dining room toronto 20 people italian", "party"),
    page(
        "https://www.opentable.ca/m/private-dining-toronto/",
        "Private Dining Rooms in Toronto | OpenTable",
        "party",
    ),
    *tab(
        "https://www.blogto.com/eat_drink/private-dining-rooms-toronto/",
        "The best private dining rooms in Toronto - blogTO",
        "party",
    ),
    day("2 12:30"),
    search(GOOGLE, "rrsp vs tfsa which first income 85000", "save"),
    page(
        "https://www.wealthsimple.com/en-ca/learn/tfsa-vs-rrsp",
        "TFSA vs. RRSP: Which Is Better for You? | Wealthsimple",
        "save",
    ),
    day("2 19:50"),
    *youtube(("Lm4Qe7Rt2Zk", "Maple Leafs vs Canadiens Highlights - YouTube")),
    day("3 09:05"),
    search(GOOGLE, "how to size hockey skates for kids bauer", "hockey"),
    page(
        "https://www.bauer.com/en-CA/skate-fit-guide",
        "Skate Fit Guide | Bauer Hockey",
        "hockey",
    ),
    *tab(
        "https://www.sportchek.ca/en/cat/sports/hockey/hockey-skates.html",
        "Hockey Skates | Sport Chek",
        "hockey",
    ),
    day("3 14:00"),
    search(BING, "kitchen renovation contractor reviews north york", "reno"),
    page(
        "https://homestars.com/on/toronto/kitchen-renovations",
        "Best Kitchen Renovations in Toronto | HomeStars",
        "reno",
    ),
    day("3 21:10"),
    *cbc(
        ("canada/toronto/ttc-fare-changes-1.7412345", "TTC fares to change next month | CBC News")
    ),
    day("4 08:30"),
    *mail(),
    search(GOOGLE, "passport photo requirements canada child pharmacy", "passport"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports/photos.html",
        "Passport photos - Canada.ca",
        "passport",
    ),
    *tab(
        "https://www.shoppersdrugmart.ca/en/photo/passport-photos",
        "Passport Photos | Shoppers Drug Mart",
        "passport",
    ),
    day("4 12:45"),
    search(BING, "70th birthday dinner speech for mom ideas", "party"),
    page(
        "https://www.brides.com/70th-birthday-toast-ideas-mom",
        "How to Write a 70th Birthday Toast for Your Mom",
        "party",
    ),
    day("4 20:20"),
    search(GOOGLE, "tfsa contribution room 2027 how to check cra my account", "save"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/tax-free-savings-account/contributions.html",
        "Contributions to a TFSA - Canada.ca",
        "save",
    ),
    day("5 09:40"),
    *forum(),
    search(BING, "do you need a permit to renovate a kitchen in toronto", "reno"),
    page(
        "https://www.toronto.ca/services-payments/building-construction/apply-for-a-building-permit/",
        "Apply for a Building Permit | City of Toronto",
        "reno",
    ),
    day("5 15:30"),
    search(GOOGLE, "csa approved hockey helmet with cage youth", "hockey"),
    page(
        "https://www.canadiantire.ca/en/cat/playing/hockey/hockey-helmets-DC0001234.html",
        "Hockey Helmets | Canadian Tire",
        "hockey",
    ),
    day("6 08:00"),
    *mail(),
    *youtube(),
    day("6 11:20"),
    search(BING, "passport guarantor requirements canada 2027 who can sign", "passport"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports/help-centre/references-guarantors.html",
        "References and guarantors - Canada.ca",
        "passport",
    ),
    day("6 17:00"),
    search(GOOGLE, "custom 70th birthday cake toronto bakery", "party"),
    page(
        "https://www.yelp.ca/search?find_desc=Custom+Cakes&find_loc=Toronto%2C+ON",
        "Top 10 Best Custom Cakes in Toronto, ON - Yelp",
        "party",
    ),
    day("7 09:15"),
    *cbc(),
    search(BING, "shaker vs slab kitchen cabinet doors", "reno"),
    page(
        "https://www.houzz.com/magazine/shaker-vs-slab-cabinet-doors-stsetivw-vs~67890",
        "Shaker vs. Slab Cabinet Doors: Which Is Right for You? | Houzz",
        "reno",
    ),
    day("7 13:30"),
    search(GOOGLE, "rrsp deadline 2027 first 60 days", "save"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/rrsps-related-plans/contributing-a-rrsp-prpp/deadline.html",
        "RRSP deadline - Canada.ca",
        "save",
    ),
    day("8 08:20"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1iNjdiLTk2ZGEtMDACLTAwCgBGAAAE",
        "Your GTHL house league registration is complete",
        "hockey",
    ),
    search(GOOGLE, "hockey equipment list for beginners u9 what to buy", "hockey"),
    page(
        "https://www.hockeycanada.ca/en-ca/hockey-programs/players/essentials/equipment",
        "Equipment - Hockey Canada",
        "hockey",
    ),
    day("8 19:00"),
    *forum(),
    day("9 10:10"),
    search(BING, "70th birthday slideshow old photos music ideas", "party"),
    page(
        "https://www.canva.com/create/slideshows/birthday/",
        "Free Birthday Slideshow Maker | Canva",
        "party",
    ),
    day("9 14:40"),
    search(GOOGLE, "passport office toronto appointment scarborough", "passport"),
    page(
        "https://www.canada.ca/en/employment-social-development/corporate/portfolio/service-canada/passport-offices.html",
        "Find a passport office - Canada.ca",
        "passport",
    ),
    day("10 09:00"),
    *mail(),
    search(BING, "quartz countertop installers toronto quote", "reno"),
    page(
        "https://www.caesarstone.ca/where-to-buy/",
        "Where to Buy | Caesarstone Canada",
        "reno",
    ),
    day("10 20:30"),
    *youtube(),
]
