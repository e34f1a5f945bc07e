"""A nurse's ten days in Stockport, written in the twenty-first session after the changes for
week42 and week44, and scored before any change for it: three trips planned at once (a
city break in Lisbon in June, a family fortnight at Lake Garda in August, a sister's hen do
in Dublin), the children's passports renewed in time for Italy, the car's failed MOT
(brakes), and a kitchen tap leaking at its base. The trips share their words: flights
from Manchester, a hotel or a villa, airport transfers, a day trip. The passports are
searched for the summer holiday but are a task of their own. Duolingo and the NHS rota
are opened every day, BBC News and Facebook most mornings. Searches go to Google and Bing.
Used by make_week_history.py (``week45``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab

SKY = "https://www.skyscanner.net/transport/flights"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (21) - gemma.walsh@example.co.uk - Gmail", None)]


def rota() -> list[Step]:
    return [("goto", "https://www.healthroster.nhs.uk/myrota/home", "My Rota - HealthRoster", None)]


def duo() -> list[Step]:
    return [
        (
            "goto",
            "https://www.duolingo.com/learn",
            "Duolingo - The world's best way to learn a language",
            None,
        )
    ]


def bbc(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]
    if story:
        steps.append(page(f"https://www.bbc.co.uk/news/{story[0]}", story[1], None))
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *rota(),
    *mail(),
    *bbc(("articles/uk-nhs-1", "NHS waiting lists fall for third month - BBC News")),
    day("1 13:30"),
    search(GOOGLE, "lake garda family holiday august villa with pool", "garda"),
    page(
        "https://www.holidaylettings.co.uk/lake-garda/villas-with-pool/",
        "Lake Garda villas with pool | HolidayLettings",
        "garda",
    ),
    page(
        "https://www.holidaylettings.co.uk/rentals/bardolino/8842113",
        "Villa Olivo, Bardolino - 3 bedrooms, private pool | HolidayLettings",
        "garda",
    ),
    page(
        "https://www.holidaylettings.co.uk/rentals/lazise/8839022",
        "Casa Lazise with shared pool, sleeps 5 | HolidayLettings",
        "garda",
        "tab",
    ),
    ("close", "", "", "garda"),
    day("1 20:40"),
    *duo(),
    *facebook(),
    page(
        "https://www.facebook.com/groups/claireshendo/posts/77211",
        "Claire's Hen Do - Dublin!! | Facebook",
        "hen",
    ),
    search(GOOGLE, "dublin hen party activities cocktail class", "hen"),
    page(
        "https://www.hendoparty.ie/dublin/cocktail-masterclass",
        "Cocktail Masterclass Dublin | Hen Do Party",
        "hen",
    ),
    page(
        "https://www.hendoparty.ie/dublin/packages",
        "Dublin Hen Party Packages | Hen Do Party",
        "hen",
    ),
    day("2 06:50"),
    *rota(),
    *duo(),
    day("2 14:00"),
    search(GOOGLE, "car failed mot front brake discs and pads cost", "mot"),
    page(
        "https://www.whocanfixmycar.com/advice/brake-disc-and-pad-replacement-cost",
        "Brake disc and pad replacement cost | WhoCanFixMyCar",
        "mot",
    ),
    page(
        "https://www.gov.uk/getting-an-mot/retests",
        "Getting an MOT: Retests - GOV.UK",
        "mot",
    ),
    search(GOOGLE, "can i drive my car after failing mot dangerous brakes", "mot"),
    page(
        "https://www.rac.co.uk/drive/advice/mot/can-you-drive-a-car-that-has-failed-its-mot/",
        "Can you drive a car that has failed its MOT? | RAC Drive",
        "mot",
    ),
    day("2 20:30"),
    search(BING, "flights manchester to lisbon june", "lisbon"),
    page(
        f"{SKY}/man/lis/260612/",
        "Manchester to Lisbon, 12 Jun | Skyscanner",
        "lisbon",
    ),
    page(
        "https://www.jet2.com/flights/manchester/lisbon",
        "Cheap Flights from Manchester to Lisbon | Jet2.com",
        "lisbon",
    ),
    day("3 07:05"),
    *rota(),
    *mail(),
    *facebook(),
    day("3 12:40"),
    search(GOOGLE, "renew child passport how long does it take 2026", "passport"),
    page(
        "https://www.gov.uk/renew-child-passport",
        "Renew or replace your child's passport - GOV.UK",
        "passport",
    ),
    page(
        "https://www.gov.uk/get-a-passport-urgently",
        "Get a passport urgently - GOV.UK",
        "passport",
    ),
    day("3 19:00"),
    search(GOOGLE, "kitchen mixer tap leaking from base", "tap"),
    page(
        "https://www.screwfix.com/help/advice/kitchen-tap-leaking-from-base",
        "Kitchen Tap Leaking From the Base? How to Fix It | Screwfix",
        "tap",
    ),
    page(
        "https://www.youtube.com/watch?v=tapcartridge",
        "How to Replace a Mixer Tap Cartridge - YouTube",
        "tap",
    ),
    day("3 21:15"),
    search(GOOGLE, "flights manchester to verona august school holidays", "garda"),
    page(
        f"{SKY}/man/vrn/260801/",
        "Manchester to Verona, 1 Aug | Skyscanner",
        "garda",
    ),
    page(
        "https://www.easyjet.com/en/cheap-flights/manchester/verona",
        "Cheap flights from Manchester to Verona | easyJet",
        "garda",
    ),
    day("4 06:55"),
    *rota(),
    *duo(),
    *bbc(),
    day("4 13:10"),
    search(BING, "alfama hotel with view lisbon couples", "lisbon"),
    page(
        "https://www.booking.com/hotel/pt/memmo-alfama.html",
        "Memmo Alfama Design Hotel, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    page(
        "https://www.booking.com/hotel/pt/palacio-belmonte.html",
        "Palacio Belmonte, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    day("4 17:30"),
    search(GOOGLE, "garage near stockport brake discs fitted same day", "mot"),
    page(
        "https://www.google.com/maps/search/garage+brakes+stockport/",
        "garage brakes stockport - Google Maps",
        "mot",
    ),
    page(
        "https://www.kwik-fit.com/locate-a-centre/stockport",
        "Kwik Fit Stockport | Tyres, MOT, Servicing",
        "mot",
    ),
    day("4 20:45"),
    search(GOOGLE, "group flights manchester dublin friday saturday", "hen"),
    page(
        "https://www.ryanair.com/gb/en/cheap-flights/manchester-to-dublin",
        "Cheap flights from Manchester to Dublin | Ryanair",
        "hen",
    ),
    page(
        "https://www.aerlingus.com/en-gb/flights-from-manchester-to-dublin/",
        "Flights from Manchester to Dublin | Aer Lingus",
        "hen",
    ),
    day("5 07:00"),
    *rota(),
    *mail(),
    day("5 12:50"),
    search(GOOGLE, "child passport photo rules glasses digital code", "passport"),
    page(
        "https://www.gov.uk/photos-for-passports",
        "Photos for passports - GOV.UK",
        "passport",
    ),
    page(
        "https://www.boots.com/photo/passport-photos",
        "Passport Photos | Boots Photo",
        "passport",
    ),
    day("5 19:40"),
    search(GOOGLE, "gardaland tickets august queue jump", "garda"),
    page(
        "https://www.gardaland.it/en/tickets/",
        "Tickets - Gardaland Resort",
        "garda",
    ),
    search(GOOGLE, "car hire verona airport child seats", "garda"),
    page(
        "https://www.rentalcars.com/en/airport/it/verona/",
        "Car Hire at Verona Airport | Rentalcars.com",
        "garda",
    ),
    day("6 09:30"),
    *duo(),
    *facebook(),
    page(
        "https://www.facebook.com/groups/claireshendo/posts/77305",
        "Claire's Hen Do - Dublin!! | Facebook",
        "hen",
    ),
    search(GOOGLE, "personalised hen party sashes next day delivery", "hen"),
    page(
        "https://www.etsy.com/uk/listing/1184422/personalised-hen-party-sash",
        "Personalised Hen Party Sash - Etsy UK",
        "hen",
    ),
    day("6 11:00"),
    search(GOOGLE, "replace mixer tap cartridge 35mm which one", "tap"),
    page(
        "https://www.screwfix.com/c/bathrooms-kitchens/tap-cartridges/cat9310005",
        "Tap Cartridges | Taps | Screwfix.com",
        "tap",
    ),
    page(
        "https://www.screwfix.com/p/35mm-ceramic-disc-cartridge/91552",
        "35mm Ceramic Disc Cartridge | Tap Cartridges | Screwfix.com",
        "tap",
    ),
    day("6 15:30"),
    search(BING, "lisbon airport to alfama taxi or metro", "lisbon"),
    page(
        "https://www.lisbon-airport.com/transport/metro",
        "Lisbon Airport to the city by metro | Lisbon Airport Guide",
        "lisbon",
    ),
    search(GOOGLE, "sintra day trip from lisbon by train", "lisbon"),
    page(
        "https://www.cp.pt/passageiros/en/train-times/sintra-line",
        "Sintra line: train times - CP Comboios de Portugal",
        "lisbon",
    ),
    day("7 07:00"),
    *rota(),
    *mail(),
    *bbc(
        ("articles/manchester-airport-2", "Manchester Airport security queues warning - BBC News")
    ),
    day("7 13:00"),
    (
        "goto",
        "https://www.holidaylettings.co.uk/rentals/bardolino/8842113",
        "Villa Olivo, Bardolino - 3 bedrooms, private pool | HolidayLettings",
        "garda",
    ),
    page(
        "https://www.holidaylettings.co.uk/rentals/bardolino/8842113/book",
        "Request to book - Villa Olivo | HolidayLettings",
        "garda",
    ),
    day("7 18:10"),
    (
        "goto",
        "https://www.kwik-fit.com/locate-a-centre/stockport",
        "Kwik Fit Stockport | Tyres, MOT, Servicing",
        "mot",
    ),
    page(
        "https://www.kwik-fit.com/book/brakes?centre=stockport",
        "Book brakes | Kwik Fit",
        "mot",
    ),
    page(
        "https://www.kwik-fit.com/book/confirmation",
        "Booking confirmed | Kwik Fit",
        "mot",
    ),
    day("8 07:05"),
    *rota(),
    *duo(),
    day("8 12:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=7f0&view=pt&search=all&permthid=thread-f:4410",
        "Your passport application has been received - gemma.walsh@example.co.uk - Gmail",
        "passport",
    ),
    search(GOOGLE, "child passport countersignatory who can sign", "passport"),
    page(
        "https://www.gov.uk/countersigning-passport-applications",
        "Countersigning passport applications and photos - GOV.UK",
        "passport",
    ),
    day("8 20:15"),
    search(GOOGLE, "temple bar pubs live music saturday night", "hen"),
    page(
        "https://www.visitdublin.com/temple-bar",
        "Temple Bar | Visit Dublin",
        "hen",
    ),
    page(
        "https://www.timeout.com/dublin/bars-and-pubs/best-bars-in-temple-bar",
        "The best bars in Temple Bar | Time Out Dublin",
        "hen",
    ),
    day("9 07:00"),
    *rota(),
    *facebook(),
    day("9 13:20"),
    search(GOOGLE, "lisbon tram 28 tips avoid crowds", "lisbon"),
    page(
        "https://www.lisbonlux.com/lisbon/tram-28.html",
        "Tram 28 in Lisbon: tips and route | Lisbon Lux",
        "lisbon",
    ),
    page(
        "https://www.jet2.com/flights/manchester/lisbon",
        "Cheap Flights from Manchester to Lisbon | Jet2.com",
        "lisbon",
    ),
    page(
        "https://www.jet2.com/booking/passengers",
        "Passenger details | Jet2.com",
        "lisbon",
    ),
    day("9 19:30"),
    search(GOOGLE, "tap still dripping after new cartridge", "tap"),
    page(
        "https://www.diynot.com/diy/threads/tap-still-drips-after-new-cartridge.562210/",
        "Tap still drips after new cartridge | DIYnot Forums",
        "tap",
    ),
    day("10 07:00"),
    *rota(),
    *mail(),
    *duo(),
    day("10 14:00"),
    search(GOOGLE, "lake garda ferry timetable bardolino to sirmione", "garda"),
    page(
        "https://www.navigazionelaghi.it/en/garda/timetables",
        "Lake Garda timetables | Navigazione Laghi",
        "garda",
    ),
    page(
        "https://www.visitgarda.com/en/sirmione/",
        "Sirmione | Visit Garda",
        "garda",
    ),
    day("10 21:00"),
    ("goto", "https://www.netflix.com/browse", "Home - Netflix", None),
]
