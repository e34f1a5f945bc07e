"""An estate agent's ten days in Atlanta, written in the twenty-fourth session and scored
before any change for it. Google Maps and YouTube serve most tasks: a client's house listed
(comparable sales, staging, a photographer), his son's travel soccer tournament in
Chattanooga (the hotel, the fields), a new dentist found, guitar learned from videos, a
dead car battery replaced, and a 15th anniversary (a dinner, a present). Places are looked
up on Maps ("Rock Creek Sports Complex - Google Maps", "dentist near me - Google Maps"),
lessons and repairs watched on YouTube. Gmail, the AJC, ESPN and Zillow's front page are
opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week67``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search

ADDRESS = "marcus.bell.realtor@gmail.com"
INBOX = "e5f6a7b8c9"
MAPS = "https://www.google.com/maps/"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (21) - {ADDRESS} - Gmail", None)]


def ajc() -> list[Step]:
    return [
        ("goto", "https://www.ajc.com/", "The Atlanta Journal-Constitution: Atlanta News", None)
    ]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def place(name: str, slug: str, at: str, task: str) -> Step:
    return ("click", f"{MAPS}place/{slug}/@{at},17z", f"{name} - Google Maps", task)


def maps_search(query: str, task: str) -> Step:
    slug = query.replace(" ", "+")
    return ("goto", f"{MAPS}search/{slug}/", f"{query} - Google Maps", task)


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *ajc(),
    day("1 10:30"),
    search(GOOGLE, "recently sold homes 3 bed ranch decatur ga 30030", "listing"),
    page(
        "https://www.zillow.com/decatur-ga-30030/sold/",
        "Recently Sold Homes in Decatur GA 30030 | Zillow",
        "listing",
    ),
    page(
        "https://www.redfin.com/zipcode/30030/recently-sold",
        "30030 Recently Sold Homes | Redfin",
        "listing",
    ),
    maps_search("412 Winnona Dr Decatur GA", "listing"),
    day("1 20:00"),
    search(GOOGLE, "chattanooga labor day soccer tournament u12 schedule", "soccer"),
    page(
        "https://www.chattanoogafc.com/tournaments/labor-day-classic",
        "Labor Day Classic | Chattanooga FC Youth",
        "soccer",
    ),
    maps_search("Rock Creek Sports Complex Chattanooga", "soccer"),
    place("Rock Creek Sports Complex", "Rock+Creek+Sports+Complex", "35.0456,-85.3097", "soccer"),
    day("2 07:00"),
    *mail(),
    *espn(),
    day("2 12:30"),
    maps_search("dentist near me", "dentist"),
    place("Decatur Family Dentistry", "Decatur+Family+Dentistry", "33.7748,-84.2963", "dentist"),
    search(BING, "decatur family dentistry reviews delta dental ppo", "dentist"),
    page(
        "https://www.yelp.com/biz/decatur-family-dentistry-decatur",
        "Decatur Family Dentistry - Decatur, GA - Yelp",
        "dentist",
    ),
    day("2 21:00"),
    search(GOOGLE, "beginner guitar first chords g c d em", "guitar"),
    page(
        f"{YT}guitar01",
        "Your First 4 Guitar Chords - Beginner Guitar Lesson - YouTube",
        "guitar",
    ),
    page(
        "https://www.justinguitar.com/classes/beginner-guitar-course-grade-one",
        "Beginner Guitar Course Grade 1 | JustinGuitar",
        "guitar",
    ),
    day("3 07:00"),
    *mail(),
    *ajc(),
    day("3 08:15"),
    search(GOOGLE, "car won't start clicking noise battery or starter", "battery"),
    page(
        f"{YT}battery02",
        "Car Won't Start Just Clicks? Battery or Starter - How to Tell - YouTube",
        "battery",
    ),
    maps_search("autozone near me", "battery"),
    place("AutoZone Auto Parts", "AutoZone+Auto+Parts", "33.7711,-84.2898", "battery"),
    day("3 14:00"),
    search(GOOGLE, "home staging cost atlanta vacant vs occupied", "listing"),
    page(
        "https://www.homeadvisor.com/cost/interior-design/home-staging/",
        "2026 Home Staging Cost | HomeAdvisor",
        "listing",
    ),
    day("3 19:30"),
    search(GOOGLE, "15th anniversary gift ideas crystal traditional", "anniversary"),
    page(
        "https://www.brides.com/15th-anniversary-gifts-5079221",
        "The 35 Best 15th Anniversary Gifts | Brides",
        "anniversary",
    ),
    day("4 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1818990011223344001",
        "Team hotel block - Labor Day Classic - Hampton Inn Chattanooga Downtown",
        "soccer",
    ),
    *espn(),
    day("4 11:30"),
    search(BING, "how to replace car battery honda accord 2015", "battery"),
    page(
        f"{YT}battery03",
        "How to Replace a Battery - Honda Accord 2013-2017 - YouTube",
        "battery",
    ),
    page(
        "https://www.autozone.com/batteries-starting-and-charging/battery/honda/accord",
        "Battery - Honda Accord | AutoZone",
        "battery",
    ),
    day("4 16:00"),
    search(GOOGLE, "real estate photographer atlanta drone twilight price", "listing"),
    page(
        "https://www.hdphotohub.com/atlanta-real-estate-photography",
        "Atlanta Real Estate Photography | HDPhotoHub",
        "listing",
    ),
    day("4 21:30"),
    page(
        f"{YT}guitar04",
        "Strumming Patterns for Beginners - Easy Guitar Lesson - YouTube",
        "guitar",
        "goto",
    ),
    day("5 07:00"),
    *mail(),
    *ajc(),
    day("5 12:00"),
    search(GOOGLE, "romantic restaurants atlanta anniversary dinner private booth", "anniversary"),
    page(
        "https://www.opentable.com/lists/romantic-restaurants-atlanta",
        "Most Romantic Restaurants in Atlanta | OpenTable",
        "anniversary",
    ),
    maps_search("Aria Atlanta", "anniversary"),
    place("Aria", "Aria+Atlanta", "33.8399,-84.3797", "anniversary"),
    day("5 18:00"),
    search(GOOGLE, "hampton inn chattanooga downtown parking breakfast", "soccer"),
    page(
        "https://www.hilton.com/en/hotels/chadthx-hampton-chattanooga-downtown/",
        "Hampton Inn Chattanooga Downtown - Hilton",
        "soccer",
    ),
    day("6 08:00"),
    *mail(),
    *espn(),
    day("6 10:00"),
    search(GOOGLE, "new patient dental exam cleaning x rays cost without insurance", "dentist"),
    page(
        "https://www.carecredit.com/well-u/health-wellness/dental-cleaning-cost/",
        "How Much Does a Dental Cleaning Cost? | CareCredit",
        "dentist",
    ),
    day("6 15:00"),
    search(GOOGLE, "listing description examples ranch renovated decatur", "listing"),
    page(
        "https://www.realtor.com/advice/sell/real-estate-listing-description-examples/",
        "Real Estate Listing Description Examples | Realtor.com",
        "listing",
    ),
    day("6 21:00"),
    search(BING, "g to c chord change fast tips", "guitar"),
    page(
        f"{YT}guitar05",
        "Change Chords FASTER - 5 Tips for Beginners - YouTube",
        "guitar",
    ),
    day("7 07:00"),
    *mail(),
    *ajc(),
    day("7 12:30"),
    ("goto", f"{MAPS}dir/Decatur,+GA/Rock+Creek+Sports+Complex/", "Google Maps", "soccer"),
    search(GOOGLE, "things to do chattanooga with kids between games", "soccer"),
    page(
        "https://www.tnaqua.org/",
        "Tennessee Aquarium | Chattanooga, TN",
        "soccer",
    ),
    day("7 19:00"),
    search(GOOGLE, "crystal whiskey decanter engraved 15th anniversary", "anniversary"),
    page(
        "https://www.etsy.com/listing/987654321/engraved-whiskey-decanter",
        "Engraved Whiskey Decanter Set - Etsy",
        "anniversary",
    ),
    day("8 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1818990011223346789",
        "Appointment confirmed: new patient exam, Tue 9:00 AM - Decatur Family Dentistry",
        "dentist",
    ),
    *espn(),
    day("8 13:00"),
    search(GOOGLE, "battery core charge refund autozone how long", "battery"),
    page(
        "https://www.autozone.com/lp/core-return-policy",
        "Core Return Policy | AutoZone",
        "battery",
    ),
    day("8 16:30"),
    maps_search("412 Winnona Dr Decatur GA", "listing"),
    search(GOOGLE, "open house sign in sheet template", "listing"),
    page(
        "https://www.canva.com/templates/s/open-house-sign-in-sheet/",
        "Open House Sign-in Sheet Templates | Canva",
        "listing",
    ),
    day("9 07:00"),
    *mail(),
    *ajc(),
    day("9 21:00"),
    search(GOOGLE, "easy songs with g c d em chords beginner", "guitar"),
    page(
        "https://www.guitarlessons.com/guitar-lessons/easy-4-chord-songs/",
        "Easy 4 Chord Songs for Beginners | GuitarLessons.com",
        "guitar",
    ),
    page(
        f"{YT}guitar06",
        "10 Easy Songs With Just 4 Chords (G C D Em) - YouTube",
        "guitar",
    ),
    day("10 07:00"),
    *mail(),
    *espn(),
    day("10 12:00"),
    search(GOOGLE, "u12 soccer tournament tiebreaker rules goal differential", "soccer"),
    page(
        "https://www.usyouthsoccer.org/tournament-rules-tiebreakers",
        "Tournament Rules and Tiebreakers | US Youth Soccer",
        "soccer",
    ),
    day("10 18:30"),
    search(GOOGLE, "aria atlanta dress code parking", "anniversary"),
    page(
        "https://www.aria-atl.com/faq",
        "FAQ | Aria Atlanta",
        "anniversary",
    ),
]
