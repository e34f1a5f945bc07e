"""A product designer's ten days in Berlin, on her laptop at home and at a startup's office,
written in the thirty-fourth session after its step 68 and scored before any change for it.
She searches in German and in English: parental allowance for her second child (Elterngeld,
in German), a cargo bike (German shops, then English reviews), moving her team's design
system to Figma variables (English), a dentist for her daughter's first check-up (German),
and a long weekend in Copenhagen (English). Between them she reads Spiegel and the
Tagesschau, and watches cooking videos from YouTube's front page. Gmail is opened most
days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week124``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "lena.hartmann.design@gmail.com"
INBOX = "b4d1c0e2f9"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Posteingang (4) - {ADDRESS} - Gmail", None)
    ]


def spiegel() -> list[Step]:
    return [("goto", "https://www.spiegel.de/", "DER SPIEGEL | Online-Nachrichten", None)]


def tagesschau() -> list[Step]:
    return [
        (
            "goto",
            "https://www.tagesschau.de/",
            "tagesschau.de - die erste Adresse für Nachrichten und Information",
            None,
        )
    ]


def cooking(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:50"),
    *mail(),
    *spiegel(),
    day("1 10:00"),
    search(GOOGLE, "figma variables migrate from styles design tokens", "figma"),
    page(
        "https://help.figma.com/hc/en-us/articles/15339657135383-Guide-to-variables-in-Figma",
        "Guide to variables in Figma – Figma Learn - Help Center",
        "figma",
    ),
    search(GOOGLE, "figma variables modes light dark theme component library", "figma"),
    page(
        "https://www.figma.com/community/file/1234567890/variables-theming-starter",
        "Variables theming starter | Figma Community",
        "figma",
    ),
    day("1 21:00"),
    search(GOOGLE, "elterngeld zweites kind geschwisterbonus berechnen", "elterngeld"),
    page(
        "https://familienportal.de/familienportal/familienleistungen/elterngeld/elterngeldrechner",
        "Elterngeldrechner mit Planer - Familienportal des Bundes",
        "elterngeld",
    ),
    search(GOOGLE, "elterngeld plus partnerschaftsbonus teilzeit 2027", "elterngeld"),
    page(
        "https://www.bmfsfj.de/bmfsfj/themen/familie/familienleistungen/elterngeld",
        "Elterngeld, ElterngeldPlus und Partnerschaftsbonus | BMFSFJ",
        "elterngeld",
    ),
    day("2 07:45"),
    *mail(),
    *tagesschau(),
    day("2 12:30"),
    search(DDG, "lastenrad kaufen berlin zwei kinder elektro", "bike"),
    page(
        "https://www.lastenradladen-berlin.de/kinder-transport/",
        "Lastenräder für den Kindertransport - Lastenradladen Berlin",
        "bike",
    ),
    day("2 20:30"),
    search(GOOGLE, "kinderzahnarzt berlin prenzlauer berg erster termin 3 jahre", "dentist"),
    page(
        "https://www.doctolib.de/kinderzahnarzt/berlin-prenzlauer-berg",
        "Kinderzahnarzt in Berlin Prenzlauer Berg - Termin online buchen | Doctolib",
        "dentist",
    ),
    day("3 07:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1872300112233440001",
        "Ihr Termin bei Kinderzahnarztpraxis Kollwitzkiez am 14.05.",
        "dentist",
    ),
    *spiegel(),
    day("3 11:15"),
    search(GOOGLE, "figma variables not applying to nested instances", "figma"),
    page(
        "https://forum.figma.com/t/variables-not-applied-in-nested-instances/58231",
        "Variables not applied in nested instances - Figma Community Forum",
        "figma",
    ),
    day("3 19:40"),
    *cooking("k0ch3n1", "Schnelle Gemüse-Lasagne für Kinder | Einfach Kochen - YouTube"),
    search(GOOGLE, "urban arrow family vs babboe curve review", "bike"),
    page(
        "https://www.bikeradar.com/advice/buyers-guides/best-cargo-bikes",
        "Best cargo bikes 2027: family electric cargo bikes tested | BikeRadar",
        "bike",
    ),
    search(GOOGLE, "urban arrow family long term review rain cover kids", "bike"),
    page(
        "https://www.reddit.com/r/CargoBike/comments/1v2w3x4/urban_arrow_family_after_two_years/",
        "Urban Arrow Family after two years with two kids : r/CargoBike",
        "bike",
    ),
    day("4 07:50"),
    *mail(),
    *tagesschau(),
    day("4 21:15"),
    search(GOOGLE, "elterngeld antrag berlin online einreichen unterlagen", "elterngeld"),
    page(
        "https://service.berlin.de/dienstleistung/324565/",
        "Elterngeld beantragen - Service Berlin",
        "elterngeld",
    ),
    search(GOOGLE, "elterngeld einkommen selbstständig nebenbei anrechnung", "elterngeld"),
    page(
        "https://www.finanztip.de/elterngeld/elterngeld-selbststaendige/",
        "Elterngeld für Selbstständige: So wird das Einkommen berechnet | Finanztip",
        "elterngeld",
    ),
    day("5 07:45"),
    *mail(),
    *spiegel(),
    day("5 10:30"),
    search(GOOGLE, "design tokens naming convention semantic vs primitive", "figma"),
    page(
        "https://medium.com/eightshapes-llc/naming-tokens-in-design-systems-9e86c7444676",
        "Naming Tokens in Design Systems. Terms, types, and taxonomy | EightShapes",
        "figma",
    ),
    search(GOOGLE, "export figma variables to json style dictionary", "figma"),
    page(
        "https://github.com/style-dictionary/style-dictionary",
        "GitHub - style-dictionary/style-dictionary: A build system for creating design tokens",
        "figma",
    ),
    day("5 20:00"),
    search(GOOGLE, "copenhagen long weekend with kids things to do", "copenhagen"),
    page(
        "https://www.visitcopenhagen.com/copenhagen/activities/family-friendly-copenhagen",
        "Family-friendly Copenhagen | VisitCopenhagen",
        "copenhagen",
    ),
    day("6 09:30"),
    search(GOOGLE, "berlin copenhagen night train or ferry via rostock", "copenhagen"),
    page(
        "https://www.seat61.com/trains-and-routes/berlin-to-copenhagen-by-train.htm",
        "Berlin to Copenhagen by train | Seat61",
        "copenhagen",
    ),
    search(GOOGLE, "tivoli gardens opening hours may tickets children", "copenhagen"),
    page(
        "https://www.tivoli.dk/en/praktisk/aabningstider",
        "Opening hours | Tivoli",
        "copenhagen",
    ),
    day("6 16:00"),
    search(DDG, "lastenrad förderung berlin 2027 zuschuss", "bike"),
    page(
        "https://www.berlin.de/sen/uvk/mobilitaet-und-verkehr/foerderprogramme/lastenrad/",
        "Förderprogramm Lastenräder - Berlin.de",
        "bike",
    ),
    day("7 07:50"),
    *mail(),
    *tagesschau(),
    day("7 20:45"),
    search(GOOGLE, "erster zahnarztbesuch kind vorbereiten tipps", "dentist"),
    page(
        "https://www.zahnaerzte-helfen.de/kinder/erster-zahnarztbesuch",
        "Der erste Zahnarztbesuch: So bereiten Sie Ihr Kind vor",
        "dentist",
    ),
    day("8 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1872300112233440002",
        "Design system sync: variables rollout plan for Q3",
        "figma",
    ),
    *spiegel(),
    day("8 14:00"),
    search(GOOGLE, "figma variables scoping limit to fill only", "figma"),
    page(
        "https://help.figma.com/hc/en-us/articles/15145852043927-Create-and-manage-variables",
        "Create and manage variables and collections – Figma Learn",
        "figma",
    ),
    day("8 21:00"),
    *cooking("k0ch3n2", "Dänische Zimtschnecken backen - Kanelsnegle Rezept - YouTube"),
    search(GOOGLE, "family hotel copenhagen vesterbro kids breakfast included", "copenhagen"),
    page(
        "https://www.booking.com/city/dk/copenhagen.en-gb.html",
        "The 10 best hotels in Copenhagen, Denmark - Booking.com",
        "copenhagen",
    ),
    day("9 07:50"),
    *mail(),
    *tagesschau(),
    day("9 19:30"),
    search(GOOGLE, "elterngeld bescheid wie lange dauert berlin bearbeitung", "elterngeld"),
    page(
        "https://www.elterngeld-digital.de/ams/ElterngeldDigital/haeufige-fragen",
        "Häufige Fragen - ElterngeldDigital",
        "elterngeld",
    ),
    day("10 08:00"),
    *mail(),
    *spiegel(),
    day("10 17:30"),
    search(GOOGLE, "cargo bike probefahrt berlin urban arrow händler", "bike"),
    page(
        "https://www.urbanarrow.com/de/dealers",
        "Händler finden | Urban Arrow",
        "bike",
    ),
]
