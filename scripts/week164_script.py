"""A nurse's ten days in Dublin, written in the forty-fifth session and scored before any
change for it: she was born in Poland and searches in Polish and in English. Her nursing
registration with the NMBI (English), her Polish passport renewed at the embassy (Polish),
a flat to rent (English), Christmas at home in Kraków, flights compared and booked (both),
her Polish driving licence exchanged for an Irish one (English) and a present for a
friend's baby shower (Polish). Between them she reads Onet, RTÉ News, Gmail and YouTube.
Her Google answers in Polish ("… - Szukaj w Google"); some searches go to Bing.
Used by make_week_history.py (``week164``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "agnieszka.nowak.rn@gmail.com"


def google(query: str, task: str) -> Step:
    """A search on Google in Polish, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Szukaj w Google", task)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Odebrane (6) - {ADDRESS} - Gmail", None)
    ]


def onet() -> list[Step]:
    return [("goto", "https://www.onet.pl/", "Onet – Jesteś na bieżąco", None)]


def rte() -> list[Step]:
    return [
        (
            "goto",
            "https://www.rte.ie/news/",
            "RTÉ News - Latest News from Ireland and the World",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 07:10"),
    *rte(),
    *mail(),
    google("nmbi registration renewal annual retention fee 2027", "nmbi"),
    page(
        "https://www.nmbi.ie/Registration/Annual-Retention",
        "Annual Retention - Nursing and Midwifery Board of Ireland",
        "nmbi",
    ),
    page(
        "https://www.nmbi.ie/Registration/Annual-Retention/CPD-requirements",
        "CPD requirements for annual retention - NMBI",
        "nmbi",
    ),
    day("1 20:30"),
    *onet(),
    google("wymiana paszportu ambasada rp dublin umówienie wizyty", "paszport"),
    page(
        "https://www.gov.pl/web/irlandia/paszporty",
        "Paszporty - Ambasada RP w Dublinie - Portal Gov.pl",
        "paszport",
    ),
    google("1 bed apartment to rent dublin 8 under 1800", "flat"),
    page(
        "https://www.daft.ie/property-for-rent/dublin-8-dublin/apartments?numBeds_to=1",
        "Apartments to Rent in Dublin 8 | Daft.ie",
        "flat",
    ),
    *tab(
        "https://www.daft.ie/for-rent/apartment-1-bed-the-liberties-dublin-8/5823411",
        "1 Bed Apartment, The Liberties, Dublin 8 - Daft.ie",
        "flat",
    ),
    day("2 13:40"),
    *youtube(),
    search(BING, "dublin to krakow flights december ryanair", "krakow"),
    page(
        "https://www.ryanair.com/ie/en/cheap-flights/dublin-to-krakow",
        "Cheap flights from Dublin to Krakow | Ryanair",
        "krakow",
    ),
    page(
        "https://www.skyscanner.ie/routes/dub/krk/dublin-to-krakow.html",
        "Cheap flights from Dublin to Krakow (DUB - KRK) | Skyscanner",
        "krakow",
    ),
    day("2 21:15"),
    *mail(),
    google("prezent na baby shower dla koleżanki pomysły", "babyshower"),
    page(
        "https://www.ceneo.pl/poradniki/prezent-na-baby-shower",
        "Prezent na baby shower – 20 pomysłów | Ceneo.pl",
        "babyshower",
    ),
    day("3 07:30"),
    *rte(),
    google("exchange polish driving licence ireland ndls appointment", "licence"),
    page(
        "https://www.ndls.ie/exchanging-a-foreign-licence.html",
        "Exchanging a foreign licence | NDLS",
        "licence",
    ),
    page(
        "https://www.ndls.ie/book-an-appointment.html",
        "Book an appointment | NDLS",
        "licence",
    ),
    day("3 19:50"),
    *onet(),
    google("paszport dla dorosłego jakie dokumenty zdjęcie wymagania", "paszport"),
    page(
        "https://www.gov.pl/web/gov/uzyskaj-paszport",
        "Uzyskaj paszport - Gov.pl",
        "paszport",
    ),
    google("rent pressure zone dublin 8 max rent increase", "flat"),
    page(
        "https://www.rtb.ie/rent-pressure-zones",
        "Rent Pressure Zones | Residential Tenancies Board",
        "flat",
    ),
    day("4 14:00"),
    *youtube(),
    google("nmbi cpd hours how many points per year nurse", "nmbi"),
    page(
        "https://www.inmo.ie/Professional_Development/CPD",
        "Continuing Professional Development | INMO",
        "nmbi",
    ),
    search(BING, "lot dublin kraków grudzień bagaż rejestrowany cena", "krakow"),
    page(
        "https://www.lot.com/ie/pl/dublin-krakow",
        "Loty z Dublina do Krakowa | LOT Polish Airlines",
        "krakow",
    ),
    day("4 21:30"),
    *mail(),
    google("body na prezent dla noworodka zestaw bawełna organiczna", "babyshower"),
    page(
        "https://allegro.pl/kategoria/niemowleta-body-zestawy-123456",
        "Zestawy body dla niemowląt - Allegro",
        "babyshower",
    ),
    day("5 07:15"),
    *rte(),
    google("rent a room 1 bed apartment viewing questions to ask landlord ireland", "flat"),
    page(
        "https://www.threshold.ie/advice/finding-a-home/viewing-a-property/",
        "Viewing a property - Threshold",
        "flat",
    ),
    day("5 20:10"),
    *onet(),
    google("ndls eyesight report form d502 where to get", "licence"),
    page(
        "https://www.ndls.ie/medical-fitness/eyesight-report.html",
        "Eyesight Report | NDLS",
        "licence",
    ),
    day("6 13:20"),
    *youtube(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a91e3d07c2",
        "1834402216690",
        "Your Ryanair booking confirmation: DUB-KRK 21 Dec, reservation QK4T8Z",
        "krakow",
    ),
    search(BING, "krakow airport to city centre train balice", "krakow"),
    page(
        "https://www.krakowairport.pl/en/passenger/access/train",
        "Train | Kraków Airport",
        "krakow",
    ),
    day("6 21:40"),
    google("ambasada rp dublin paszport czas oczekiwania odbiór", "paszport"),
    page(
        "https://www.gov.pl/web/irlandia/odbior-paszportu",
        "Odbiór paszportu - Ambasada RP w Dublinie - Portal Gov.pl",
        "paszport",
    ),
    day("7 07:00"),
    *rte(),
    google("nmbi annual retention payment failed what to do", "nmbi"),
    page(
        "https://www.nmbi.ie/Contact-Us",
        "Contact Us - Nursing and Midwifery Board of Ireland",
        "nmbi",
    ),
    day("7 19:30"),
    *onet(),
    google("kosz prezentowy baby shower diy co włożyć", "babyshower"),
    page(
        "https://www.mamotoja.pl/kosz-prezentowy-baby-shower,artykul,31245.html",
        "Kosz prezentowy na baby shower – co włożyć? | Mamotoja.pl",
        "babyshower",
    ),
    google("deposit and first month rent dublin how much normal", "flat"),
    page(
        "https://www.citizensinformation.ie/en/housing/renting-a-home/renting-a-home-from-a-private-landlord/deposits/",
        "Deposits - Citizens Information",
        "flat",
    ),
    day("8 13:10"),
    *youtube(),
    google("ndls appointment cancellations check daily tip", "licence"),
    page(
        "https://www.reddit.com/r/ireland/comments/1a2b3c4/ndls_appointment_cancellations_tip/",
        "NDLS appointment cancellations tip : r/ireland",
        "licence",
    ),
    day("9 20:00"),
    *mail(),
    search(BING, "kraków jarmark bożonarodzeniowy 2027 daty", "krakow"),
    page(
        "https://www.krakow.pl/aktualnosci/jarmark-bozonarodzeniowy-2027",
        "Jarmark Bożonarodzeniowy 2027 - Magiczny Kraków",
        "krakow",
    ),
    google("paszport tymczasowy na święta czy zdążę", "paszport"),
    page(
        "https://www.gov.pl/web/gov/paszport-tymczasowy",
        "Paszport tymczasowy - Gov.pl",
        "paszport",
    ),
    day("10 12:30"),
    *rte(),
    google("1 bed apartment dublin 7 stoneybatter rent", "flat"),
    page(
        "https://www.daft.ie/property-for-rent/stoneybatter-dublin/apartments",
        "Apartments to Rent in Stoneybatter | Daft.ie",
        "flat",
    ),
    google("nmbi registration certificate download pdf", "nmbi"),
    page(
        "https://www.nmbi.ie/Registration/Check-the-Register",
        "Check the Register - Nursing and Midwifery Board of Ireland",
        "nmbi",
    ),
]
