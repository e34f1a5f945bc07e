"""A physical therapist's ten days in Raleigh, North Carolina, on her own laptop, written in
the thirty-second session before any change in it, and scored before any change for it: a
used Subaru to buy (reliability, listings, an inspection, a loan), her son's seventh
birthday party (a trampoline park, a dinosaur cake), a dry needling course for her licence,
the lawn to overseed in the fall, a dripping shower valve, and a weekend in Asheville.
"north carolina" is in the searches of three tasks, "raleigh" of four. Gmail, WRAL and
YouTube's front page are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week114``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "megan.whitfield.pt@gmail.com"
INBOX = "7c1a9e04b2"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def wral() -> list[Step]:
    return [("goto", "https://www.wral.com/", "WRAL.com - Raleigh News, Weather, Sports", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *mail(),
    *wral(),
    day("1 20:10"),
    search(GOOGLE, "2019 subaru outback reliability problems", "car"),
    page(
        "https://www.consumerreports.org/cars/subaru/outback/2019/reliability/",
        "2019 Subaru Outback Reliability - Consumer Reports",
        "car",
    ),
    search(GOOGLE, "subaru outback cvt problems 2018 2019 years to avoid", "car"),
    page(
        "https://www.reddit.com/r/subaru/comments/1a2b3c4/outback_cvt_which_years/",
        "Outback CVT - which years are actually bad? : r/subaru",
        "car",
    ),
    day("1 21:00"),
    search(BING, "trampoline park birthday party raleigh packages", "party"),
    page(
        "https://www.skyzone.com/raleigh/parties",
        "Birthday Parties | Sky Zone Raleigh",
        "party",
    ),
    day("2 07:35"),
    *mail(),
    *video_home(),
    day("2 12:20"),
    search(GOOGLE, "dry needling certification north carolina physical therapist", "course"),
    page(
        "https://www.ncptboard.org/position-statements/dry-needling",
        "Dry Needling - NC Board of Physical Therapy Examiners",
        "course",
    ),
    search(GOOGLE, "kinetacore level 1 dry needling course dates 2027", "course"),
    page(
        "https://www.kinetacore.com/physical-therapy/dry-needling-courses",
        "Functional Dry Needling Level 1 Courses | KinetaCore",
        "course",
    ),
    day("2 19:45"),
    search(GOOGLE, "when to overseed fescue lawn north carolina", "lawn"),
    page(
        "https://content.ces.ncsu.edu/carolina-lawns",
        "Carolina Lawns: A Guide to Maintaining Quality Turf | NC State Extension",
        "lawn",
    ),
    search(GOOGLE, "core aerator rental home depot cost per day", "lawn"),
    page(
        "https://www.homedepot.com/tool-truck-rental/Lawn-Aerator/",
        "Lawn Aerator Rental - The Home Depot",
        "lawn",
    ),
    day("3 07:40"),
    *mail(),
    *wral(),
    day("3 18:30"),
    search(BING, "shower handle drips after turned off moen", "shower"),
    page(
        "https://www.moen.com/customer-support/troubleshooting/shower-drips",
        "Shower Drips After Turning Off | Moen",
        "shower",
    ),
    search(BING, "moen 1222 cartridge replacement how to", "shower"),
    page(
        "https://www.youtube.com/watch?v=Qm3Hn1222cx",
        "How to Replace a Moen 1222 Shower Cartridge - YouTube",
        "shower",
    ),
    day("3 20:30"),
    search(GOOGLE, "used subaru outback 2019 raleigh under 25000", "car"),
    page(
        "https://www.cars.com/shopping/raleigh-nc/subaru-outback-2019/",
        "Used 2019 Subaru Outback for Sale in Raleigh, NC | Cars.com",
        "car",
    ),
    *tab(
        "https://www.cars.com/vehicledetail/88213456/",
        "Used 2019 Subaru Outback Premium - $22,980 - Cars.com",
        "car",
    ),
    day("4 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864522334455667701",
        "Your Sky Zone party booking request - Sat Oct 16",
        "party",
    ),
    *video_home(),
    day("4 19:30"),
    search(GOOGLE, "asheville weekend itinerary fall colors", "asheville"),
    page(
        "https://www.exploreasheville.com/fall",
        "Fall in Asheville | Explore Asheville",
        "asheville",
    ),
    search(GOOGLE, "biltmore estate tickets saturday price", "asheville"),
    page(
        "https://www.biltmore.com/tickets/",
        "Biltmore Tickets & Passes | Biltmore",
        "asheville",
    ),
    search(GOOGLE, "blue ridge parkway closures near asheville", "asheville"),
    page(
        "https://www.nps.gov/blri/planyourvisit/roadclosures.htm",
        "Road Closures - Blue Ridge Parkway (U.S. National Park Service)",
        "asheville",
    ),
    day("5 07:40"),
    *mail(),
    *wral(),
    day("5 12:10"),
    search(GOOGLE, "nc board physical therapy dry needling hours required ceu", "course"),
    page(
        "https://www.ncptboard.org/continuing-competence",
        "Continuing Competence - NC Board of Physical Therapy Examiners",
        "course",
    ),
    day("5 20:00"),
    search(BING, "dinosaur birthday cake ideas easy", "party"),
    page(
        "https://www.pinterest.com/ideas/dinosaur-birthday-cake/912345678901/",
        "Dinosaur birthday cake ideas | Pinterest",
        "party",
    ),
    search(BING, "dinosaur party favors for 7 year olds", "party"),
    page(
        "https://www.amazon.com/s?k=dinosaur+party+favors",
        "Amazon.com : dinosaur party favors",
        "party",
    ),
    day("6 09:30"),
    *video_home(),
    search(GOOGLE, "tall fescue seed best brand for shade", "lawn"),
    page(
        "https://www.reddit.com/r/lawncare/comments/1b9x8y7/best_tall_fescue_seed/",
        "Best tall fescue seed for partial shade? : r/lawncare",
        "lawn",
    ),
    search(GOOGLE, "starter fertilizer when overseeding", "lawn"),
    page(
        "https://www.scotts.com/en-us/library/grass-seed/how-overseed-lawn",
        "How to Overseed a Lawn | Scotts",
        "lawn",
    ),
    day("6 14:00"),
    search(GOOGLE, "pre purchase inspection raleigh independent subaru mechanic", "car"),
    page(
        "https://www.yelp.com/search?find_desc=Subaru+Repair&find_loc=Raleigh%2C+NC",
        "Top 10 Best Subaru Repair in Raleigh, NC - Yelp",
        "car",
    ),
    day("7 07:40"),
    *mail(),
    *wral(),
    day("7 18:50"),
    search(BING, "moen posi-temp cartridge stuck won't come out", "shower"),
    page(
        "https://www.familyhandyman.com/article/remove-stuck-shower-cartridge/",
        "How to Remove a Stuck Shower Cartridge | Family Handyman",
        "shower",
    ),
    day("7 20:30"),
    search(GOOGLE, "airbnb asheville west asheville 2 nights", "asheville"),
    page(
        "https://www.airbnb.com/asheville-north-carolina/stays",
        "Asheville Vacation Rentals & Homes - North Carolina | Airbnb",
        "asheville",
    ),
    day("8 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864522334455667702",
        "Registration confirmed: Functional Dry Needling Level 1 - Charlotte",
        "course",
    ),
    *video_home(),
    day("8 12:30"),
    search(GOOGLE, "coastal federal credit union auto loan rates used car", "car"),
    page(
        "https://www.coastal24.com/loans/auto-loans/",
        "Auto Loans | Coastal Credit Union",
        "car",
    ),
    search(GOOGLE, "carfax report subaru outback vin check", "car"),
    page(
        "https://www.carfax.com/vehicle-history-reports/",
        "Vehicle History Reports | CARFAX",
        "car",
    ),
    day("8 21:00"),
    search(BING, "evite dinosaur birthday invitation free", "party"),
    page(
        "https://www.evite.com/category/birthday/kids-birthday/dinosaur",
        "Dinosaur Birthday Invitations | Evite",
        "party",
    ),
    day("9 07:40"),
    *mail(),
    *wral(),
    day("9 19:00"),
    search(GOOGLE, "asheville restaurants downtown reservations saturday night", "asheville"),
    page(
        "https://www.opentable.com/asheville-restaurants",
        "Asheville Restaurants - OpenTable",
        "asheville",
    ),
    day("10 08:10"),
    *mail(),
    *video_home(),
    day("10 10:30"),
    search(GOOGLE, "how long after overseeding can i mow", "lawn"),
    page(
        "https://www.lawnstarter.com/blog/lawn-care-2/mowing-after-overseeding/",
        "When to Mow After Overseeding | LawnStarter",
        "lawn",
    ),
    day("10 16:00"),
    search(BING, "shower valve still drips after new cartridge", "shower"),
    page(
        "https://www.doityourself.com/forum/plumbing-pipes-fixtures/shower-drips-new-cartridge.html",
        "Shower still drips after new cartridge - DoItYourself.com Community Forums",
        "shower",
    ),
]
