"""A product manager's ten days in Atlanta, written in the forty-fourth session and scored
before any change for it: tasks of one kind, twice. Two trips (a conference in Chicago,
booked, and her mother's in Phoenix, flights compared and not booked), two things to buy (a
laptop for work and a tablet for her mother), a roadmap template for work, and her son's
strep throat. Between them she reads CNN, Gmail and LinkedIn's feed, and opens Spotify.
Searches go to Google and Bing.
Used by make_week_history.py (``week160``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "priya.raman.pm@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def cnn() -> list[Step]:
    return [("goto", "https://www.cnn.com/", "CNN: Breaking News, Latest News and Videos", None)]


def linkedin() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


def spotify() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *cnn(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "9b3d20c7e1",
        "1833015660012",
        "ProductCon Chicago 2027 - your registration is confirmed",
        "chicago",
    ),
    search(GOOGLE, "hotels near mccormick place chicago walking distance", "chicago"),
    page(
        "https://www.booking.com/district/us/chicago/southloop.html",
        "Hotels in South Loop, Chicago - Booking.com",
        "chicago",
    ),
    *tab(
        "https://www.hyatt.com/hyatt-regency/en-US/chimc-hyatt-regency-mccormick-place",
        "Hyatt Regency McCormick Place | Chicago Hotel",
        "chicago",
    ),
    day("1 12:40"),
    *linkedin(),
    search(GOOGLE, "product roadmap template now next later", "roadmap"),
    page(
        "https://www.productplan.com/learn/now-next-later-roadmap/",
        "Now-Next-Later Roadmap: A Guide | ProductPlan",
        "roadmap",
    ),
    page(
        "https://www.atlassian.com/agile/product-management/product-roadmaps",
        "Product roadmaps: what they are and how to build one | Atlassian",
        "roadmap",
    ),
    day("1 20:50"),
    *spotify(),
    search(BING, "best laptop for product managers 2027 lightweight 16gb", "laptop"),
    page(
        "https://www.rtings.com/laptop/reviews/best/by-usage/business",
        "The 6 Best Business Laptops of 2027 - RTINGS.com",
        "laptop",
    ),
    page(
        "https://www.theverge.com/tech/best-laptop",
        "The best laptop to buy right now | The Verge",
        "laptop",
    ),
    day("2 07:15"),
    *cnn(),
    search(GOOGLE, "strep throat kids symptoms fever no cough", "strep"),
    page(
        "https://www.healthychildren.org/English/health-issues/conditions/ear-nose-throat/Pages/Strep-Throat.aspx",
        "Strep Throat - HealthyChildren.org",
        "strep",
    ),
    search(GOOGLE, "pediatric urgent care open now decatur ga", "strep"),
    page(
        "https://www.choa.org/locations/urgent-care",
        "Pediatric Urgent Care Locations | Children's Healthcare of Atlanta",
        "strep",
    ),
    day("2 21:10"),
    search(BING, "flights atlanta to phoenix may nonstop", "phoenix"),
    page(
        "https://www.google.com/travel/flights/flights-from-atlanta-to-phoenix.html",
        "Cheap Flights from Atlanta to Phoenix | Google Flights",
        "phoenix",
    ),
    page(
        "https://www.delta.com/us/en/flight-deals/arizona-flights/flights-to-phoenix",
        "Flights to Phoenix, AZ (PHX) | Delta Air Lines",
        "phoenix",
    ),
    day("3 12:15"),
    *linkedin(),
    search(GOOGLE, "ipad vs galaxy tab for elderly parent easy to use", "tablet"),
    page(
        "https://www.aarp.org/home-family/personal-technology/info-2027/best-tablets-for-seniors.html",
        "Best Tablets for Older Adults in 2027 | AARP",
        "tablet",
    ),
    page(
        "https://www.techradar.com/news/best-tablet-for-seniors",
        "Best tablet for seniors 2027 | TechRadar",
        "tablet",
    ),
    search(GOOGLE, "amoxicillin for strep how long until not contagious school", "strep"),
    page(
        "https://www.cdc.gov/group-a-strep/about/strep-throat.html",
        "About Strep Throat | Group A Strep | CDC",
        "strep",
    ),
    day("3 19:30"),
    *spotify(),
    search(GOOGLE, "chicago o'hare to mccormick place cta or uber", "chicago"),
    page(
        "https://www.transitchicago.com/travel-information/airports/",
        "Airports - CTA",
        "chicago",
    ),
    search(BING, "macbook air m4 vs dell xps 13 battery life", "laptop"),
    page(
        "https://www.notebookcheck.net/MacBook-Air-M4-vs-Dell-XPS-13-comparison.912345.0.html",
        "MacBook Air M4 vs Dell XPS 13 comparison - Notebookcheck.net",
        "laptop",
    ),
    day("4 08:00"),
    *cnn(),
    *mail(),
    search(GOOGLE, "how to present roadmap to executives slide examples", "roadmap"),
    page(
        "https://www.aha.io/roadmapping/guide/how-to-present-roadmap",
        "How to present a product roadmap to executives | Aha!",
        "roadmap",
    ),
    day("4 22:00"),
    search(GOOGLE, "phoenix in may too hot for seniors things to do indoors", "phoenix"),
    page(
        "https://www.visitphoenix.com/things-to-do/indoor-activities/",
        "Indoor Things to Do in Phoenix | Visit Phoenix",
        "phoenix",
    ),
    day("5 13:20"),
    *linkedin(),
    search(GOOGLE, "ipad 10th gen large text settings for seniors setup", "tablet"),
    page(
        "https://support.apple.com/en-us/guide/ipad/ipad9a245e3e/ipados",
        "Make text bigger on iPad - Apple Support",
        "tablet",
    ),
    *tab(
        "https://www.bestbuy.com/site/apple-10-9-inch-ipad-10th-generation-wi-fi-64gb-blue/5200700.p",
        "Apple 10.9-Inch iPad (10th Generation) Wi-Fi 64GB Blue - Best Buy",
        "tablet",
    ),
    search(BING, "chicago conference what to wear may weather", "chicago"),
    page(
        "https://www.weather.gov/lot/climate",
        "Climate - Chicago, IL - National Weather Service",
        "chicago",
    ),
    day("6 09:40"),
    *cnn(),
    search(GOOGLE, "lenovo thinkpad x1 carbon vs macbook air for work", "laptop"),
    page(
        "https://www.pcmag.com/comparisons/lenovo-thinkpad-x1-carbon-vs-apple-macbook-air",
        "Lenovo ThinkPad X1 Carbon vs. Apple MacBook Air | PCMag",
        "laptop",
    ),
    *tab(
        "https://www.bestbuy.com/site/apple-macbook-air-13-inch-m4-16gb-512gb/6602001.p",
        "Apple MacBook Air 13-inch M4 16GB 512GB - Best Buy",
        "laptop",
    ),
    day("6 20:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "9b3d20c7e1",
        "1833015660047",
        "Your Best Buy order BBY01-806745321 has been received",
        "laptop",
    ),
    search(GOOGLE, "strep throat rash after amoxicillin normal", "strep"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/scarlet-fever/symptoms-causes/syc-20377406",
        "Scarlet fever - Symptoms and causes - Mayo Clinic",
        "strep",
    ),
    day("7 11:30"),
    *spotify(),
    search(BING, "southwest vs delta atlanta phoenix checked bag price", "phoenix"),
    page(
        "https://www.southwest.com/air/booking/select.html?originationAirportCode=ATL&destinationAirportCode=PHX",
        "Select Flights | Southwest Airlines",
        "phoenix",
    ),
    search(GOOGLE, "okr vs roadmap how they fit together", "roadmap"),
    page(
        "https://www.productboard.com/blog/okrs-and-roadmaps/",
        "How OKRs and roadmaps fit together | Productboard",
        "roadmap",
    ),
    day("8 18:45"),
    *linkedin(),
    search(GOOGLE, "hyatt regency mccormick place check in time late arrival", "chicago"),
    page(
        "https://www.hyatt.com/hyatt-regency/en-US/chimc-hyatt-regency-mccormick-place/faqs",
        "FAQs | Hyatt Regency McCormick Place",
        "chicago",
    ),
    search(GOOGLE, "galaxy tab a9 vs ipad 10th gen for video calls grandma", "tablet"),
    page(
        "https://www.tomsguide.com/face-off/galaxy-tab-a9-vs-ipad-10th-gen",
        "Galaxy Tab A9 vs iPad 10th gen: which tablet should you buy? | Tom's Guide",
        "tablet",
    ),
    day("9 07:50"),
    *cnn(),
    *mail(),
    search(BING, "sky harbor airport to scottsdale shuttle", "phoenix"),
    page(
        "https://www.skyharbor.com/ParkingTransportation/GroundTransportation",
        "Ground Transportation | Phoenix Sky Harbor International Airport",
        "phoenix",
    ),
    search(GOOGLE, "roadmap prioritization rice framework spreadsheet", "roadmap"),
    page(
        "https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/",
        "RICE: Simple prioritization for product managers | Intercom",
        "roadmap",
    ),
    day("10 16:00"),
    *spotify(),
    search(GOOGLE, "new macbook air setup migration assistant from windows", "laptop"),
    page(
        "https://support.apple.com/en-us/102637",
        "Move from a Windows PC to Mac with Migration Assistant - Apple Support",
        "laptop",
    ),
    search(GOOGLE, "kids back to school after strep 24 hours antibiotics rule", "strep"),
    page(
        "https://www.healthychildren.org/English/health-issues/conditions/ear-nose-throat/Pages/When-Can-My-Child-Return-to-School.aspx",
        "When Can My Child Return to School After Strep? - HealthyChildren.org",
        "strep",
    ),
]
