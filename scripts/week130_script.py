"""An electrician's ten days in Dublin, in Polish and in English, on his laptop at home,
written in the thirty-fifth session after its step 69 and scored before any change for it:
a tax refund claimed from Revenue, a used van bought, his daughter's First Communion party,
flights home to Kraków for Christmas, his lower back pain, and an electric scooter's
battery. Between them he reads Onet and the Irish Times, and watches football from
YouTube's front page. Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week130``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "tomasz.wisniewski.elektryk@gmail.com"
INBOX = "b7d1f3a9c5"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Odebrane (6) - {ADDRESS} - Gmail", None)
    ]


def onet() -> list[Step]:
    return [("goto", "https://www.onet.pl/", "Onet – Jesteś na bieżąco", None)]


def times() -> list[Step]:
    return [("goto", "https://www.irishtimes.com/", "The Irish Times", None)]


def football(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:10"),
    *mail(),
    *onet(),
    day("1 20:00"),
    search(GOOGLE, "tax refund ireland electrician tools flat rate expenses revenue", "tax"),
    page(
        "https://www.revenue.ie/en/jobs-and-pensions/tax-relief-for-flat-rate-expenses/index.aspx",
        "Flat Rate Expenses | Revenue",
        "tax",
    ),
    search(GOOGLE, "myaccount revenue review your tax 4 years claim", "tax"),
    page(
        "https://www.revenue.ie/en/online-services/services/manage-your-record/myaccount.aspx",
        "myAccount | Revenue",
        "tax",
    ),
    day("2 07:15"),
    *mail(),
    *times(),
    day("2 19:30"),
    search(GOOGLE, "używany van ford transit custom 2019 na co zwrócić uwagę", "van"),
    page(
        "https://www.autocentrum.pl/ford/transit-custom/usterki/",
        "Ford Transit Custom – usterki i opinie | AutoCentrum",
        "van",
    ),
    search(GOOGLE, "ford transit custom 2019 for sale dublin donedeal", "van"),
    page(
        "https://www.donedeal.ie/commercials-for-sale/ford-transit-custom/2019",
        "Ford Transit Custom 2019 for sale in Dublin | DoneDeal",
        "van",
    ),
    day("3 07:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876400556677000001",
        "Rezerwacja sali - przyjęcie komunijne Zosi, 16 maja",
        "communion",
    ),
    *onet(),
    day("3 20:15"),
    search(BING, "przyjęcie komunijne w domu menu dla 20 osób", "communion"),
    page(
        "https://www.kwestiasmaku.com/przepisy/menu-na-komunie",
        "Menu na komunię – przepisy | Kwestia Smaku",
        "communion",
    ),
    search(BING, "tort komunijny zamówienie dublin polska cukiernia", "communion"),
    page(
        "https://www.facebook.com/polskacukierniadublin/",
        "Polska Cukiernia Dublin | Facebook",
        "communion",
    ),
    day("4 07:15"),
    *mail(),
    *times(),
    day("4 19:00"),
    *football("fb1v1d30a", "Lech Poznań vs Legia Warszawa 2-2 | Skrót meczu - YouTube"),
    search(GOOGLE, "ból dolnej części pleców po pracy ćwiczenia rozciągające", "back"),
    page(
        "https://www.medonet.pl/zdrowie/zdrowie-dla-kazdego,cwiczenia-na-bol-plecow,artykul.html",
        "Ćwiczenia na ból pleców – zestaw na co dzień | Medonet",
        "back",
    ),
    search(GOOGLE, "physiotherapist dublin 15 lower back pain price", "back"),
    page(
        "https://www.physiotherapy.ie/find-a-physio/dublin-15",
        "Find a Chartered Physiotherapist in Dublin 15 | IRISH Physio",
        "back",
    ),
    day("5 07:10"),
    *mail(),
    *onet(),
    day("5 12:30"),
    search(GOOGLE, "loty dublin kraków grudzień ryanair ceny święta", "flights"),
    page(
        "https://www.ryanair.com/pl/pl/tanie-loty/dublin-do-krakow",
        "Tanie loty z Dublina do Krakowa | Ryanair",
        "flights",
    ),
    search(GOOGLE, "dublin to krakow christmas flights aer lingus vs ryanair luggage", "flights"),
    page(
        "https://www.skyscanner.ie/routes/dub/krk/dublin-to-krakow.html",
        "Cheap flights from Dublin to Kraków | Skyscanner",
        "flights",
    ),
    day("5 20:30"),
    search(BING, "xiaomi scooter battery not charging red light", "scooter"),
    page(
        "https://www.reddit.com/r/ElectricScooters/comments/1e2s3c4/xiaomi_pro_2_battery_wont_charge/",
        "Xiaomi Pro 2 battery won't charge, red light : r/ElectricScooters",
        "scooter",
    ),
    search(BING, "hulajnoga xiaomi bateria wymiana koszt bms", "scooter"),
    page(
        "https://forum.hulajnogi.pl/t/xiaomi-pro-2-wymiana-baterii-bms/4411",
        "Xiaomi Pro 2 – wymiana baterii, BMS | Forum Hulajnogi",
        "scooter",
    ),
    day("6 10:00"),
    search(GOOGLE, "van insurance ireland sole trader electrician cheapest", "van"),
    page(
        "https://www.chill.ie/van-insurance/",
        "Van Insurance Ireland | Chill Insurance",
        "van",
    ),
    day("6 16:00"),
    search(GOOGLE, "dekoracje komunijne stół balony biało złote", "communion"),
    page(
        "https://www.allegro.pl/kategoria/dekoracje-komunijne",
        "Dekoracje komunijne – Allegro",
        "communion",
    ),
    day("7 07:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876400556677000002",
        "Your Revenue myAccount: Statement of Liability 2025 available",
        "tax",
    ),
    *times(),
    day("7 19:45"),
    search(GOOGLE, "statement of liability overpayment how long refund bank", "tax"),
    page(
        "https://www.revenue.ie/en/jobs-and-pensions/end-of-year-review/index.aspx",
        "End of year review | Revenue",
        "tax",
    ),
    search(GOOGLE, "sciatica vs muscle strain lower back how to tell", "back"),
    page(
        "https://www2.hse.ie/conditions/sciatica/",
        "Sciatica - HSE.ie",
        "back",
    ),
    day("8 07:10"),
    *mail(),
    *onet(),
    day("8 20:00"),
    *football("fb1v1d30b", "Ireland vs Poland 1-1 | Highlights - YouTube"),
    search(GOOGLE, "pre purchase van inspection dublin aa cost", "van"),
    page(
        "https://www.theaa.ie/aa/motoring-advice/car-inspection.aspx",
        "Vehicle Inspection Service | The AA Ireland",
        "van",
    ),
    day("9 07:15"),
    *mail(),
    *times(),
    day("9 19:30"),
    search(BING, "xiaomi pro 2 replacement battery 36v 10ah compatible", "scooter"),
    page(
        "https://www.amazon.co.uk/s?k=xiaomi+pro+2+battery+36v",
        "Amazon.co.uk : xiaomi pro 2 battery 36v",
        "scooter",
    ),
    search(GOOGLE, "parking kraków lotnisko balice długoterminowy", "flights"),
    page(
        "https://www.krakowairport.pl/pl/pasazer/parking",
        "Parking | Kraków Airport",
        "flights",
    ),
    day("10 07:10"),
    *mail(),
    *onet(),
    day("10 18:00"),
    search(BING, "ile kosztuje komunia w irlandii sukienka alba", "communion"),
    page(
        "https://www.polskiexpress.ie/komunia-w-irlandii-koszty",
        "Komunia w Irlandii – ile to kosztuje? | Polski Express",
        "communion",
    ),
]
