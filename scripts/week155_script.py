"""A teacher's ten days in Hamburg, all in German, on her laptop at home, written in the
thirty-ninth session after its first changes and scored before any change for it: her
tax return on ELSTER (the home office allowance, work materials), an e-bike leased
through her employer (JobRad), a week on Mallorca in the autumn holidays, a Kita place for
her son, a root canal her dentist advised, and a class trip to Berlin she organises for
her ninth grade. Between them she reads Spiegel and the Hamburger Abendblatt, opens GMX
mail and watches the Tagesschau. Searches go to Google ("… - Google Suche") and Ecosia.
Used by make_week_history.py (``week155``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, page, tab

GMX = "https://navigator.gmx.net/mail"


def google(query: str, task: str) -> Step:
    """A search on Google in German, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Google Suche", task)


def ecosia(query: str, task: str) -> Step:
    """A search on Ecosia, titled "… - Ecosia"."""
    return (
        "goto",
        "https://www.ecosia.org/search?q=" + quote_plus(query),
        f"{query} - Ecosia",
        task,
    )


def gmx(message: str | None = None, subject: str = "", task: str | None = None) -> list[Step]:
    steps: list[Step] = [("goto", f"{GMX}?sid=a1b2c3", "GMX Posteingang", None)]
    if message:
        steps += [
            ("tab", f"{GMX}/show?mid={message}", f"{subject} - GMX", task),
            ("close", "", "", task),
        ]
    return steps


def spiegel(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.spiegel.de/", "DER SPIEGEL | Online-Nachrichten", None)
    ]
    if article:
        steps.append(("click", f"https://www.spiegel.de/{article[0]}", article[1], None))
    return steps


def abendblatt() -> list[Step]:
    return [
        (
            "goto",
            "https://www.abendblatt.de/",
            "Hamburger Abendblatt - Nachrichten aus Hamburg",
            None,
        )
    ]


def tagesschau() -> list[Step]:
    return [
        (
            "goto",
            "https://www.tagesschau.de/",
            "tagesschau.de - die erste Adresse für Nachrichten",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 19:30"),
    *gmx(),
    *spiegel(
        (
            "politik/deutschland/haushalt-2027-einigung-a-1234abcd",
            "Haushalt 2027: Koalition einigt sich in letzter Minute - DER SPIEGEL",
        )
    ),
    google("steuererklärung lehrer arbeitsmittel absetzen laptop", "tax"),
    page(
        "https://www.lohnsteuer-kompakt.de/ratgeber/lehrer-steuererklaerung",
        "Steuererklärung für Lehrer: Diese Kosten können Sie absetzen | Lohnsteuer kompakt",
        "tax",
    ),
    page(
        "https://www.finanztip.de/homeoffice-pauschale/",
        "Homeoffice-Pauschale 2026: So viel bringt sie dir | Finanztip",
        "tax",
    ),
    ecosia("klassenfahrt berlin 9. klasse programm ideen", "trip"),
    page(
        "https://www.klassenfahrten-berlin.de/programm",
        "Klassenfahrt Berlin: Programm und Ideen für Schulklassen",
        "trip",
    ),
    day("2 20:00"),
    *tagesschau(),
    google("jobrad lehrer hamburg beamte möglich", "ebike"),
    page(
        "https://www.jobrad.org/arbeitnehmer/oeffentlicher-dienst",
        "JobRad im öffentlichen Dienst: So geht Dienstradleasing | JobRad",
        "ebike",
    ),
    page(
        "https://www.hamburg.de/personalamt/fahrradleasing",
        "Fahrradleasing für Beschäftigte der FHH - hamburg.de",
        "ebike",
    ),
    google("kita platz hamburg kita gutschein beantragen", "kita"),
    page(
        "https://www.hamburg.de/kita-gutschein/",
        "Kita-Gutschein beantragen - hamburg.de",
        "kita",
    ),
    day("3 17:45"),
    *gmx(
        "tk00012",
        "Ihr Behandlungsplan - Wurzelbehandlung Zahn 36 - Zahnarztpraxis Dr. Petersen",
        "teeth",
    ),
    google("wurzelbehandlung backenzahn kosten gesetzlich versichert", "teeth"),
    page(
        "https://www.zahnarzt-kosten.net/wurzelbehandlung-kosten",
        "Wurzelbehandlung Kosten: Was zahlt die Krankenkasse? | Zahnarzt-Kosten",
        "teeth",
    ),
    page(
        "https://www.tk.de/techniker/leistungen/zahnersatz/wurzelbehandlung-2006042",
        "Wurzelbehandlung | Die Techniker",
        "teeth",
    ),
    ecosia("mallorca herbstferien hotel familie strand ruhig", "mallorca"),
    page(
        "https://www.holidaycheck.de/dr/hotels-mallorca/a6f1b0c2",
        "Hotels Mallorca - Familienhotels am Strand | HolidayCheck",
        "mallorca",
    ),
    day("4 20:15"),
    *abendblatt(),
    google("elster anlage n homeoffice pauschale eintragen zeile", "tax"),
    page(
        "https://www.elster.de/eportal/helpGlobal?themaGlobal=help_est_anl_n",
        "Hilfe zur Anlage N - Mein ELSTER",
        "tax",
    ),
    page(
        "https://www.elster.de/eportal/formulare-leistungen/alleformulare/est",
        "Einkommensteuererklärung - Mein ELSTER",
        "tax",
    ),
    ecosia("jugendherberge berlin ostkreuz schulklassen preis", "trip"),
    page(
        "https://www.jugendherberge.de/jugendherbergen/berlin-ostkreuz/",
        "Jugendherberge Berlin Ostkreuz - Klassenfahrten | DJH",
        "trip",
    ),
    day("5 19:00"),
    google("flug hamburg palma oktober herbstferien", "mallorca"),
    page(
        "https://www.check24.de/flug/hamburg-palma-de-mallorca/",
        "Flug Hamburg - Palma de Mallorca ab 49 € | CHECK24",
        "mallorca",
    ),
    google("e-bike tiefeinsteiger test 2026 stadt", "ebike"),
    page(
        "https://www.radfahren.de/test/e-bike-tiefeinsteiger-test",
        "E-Bike Tiefeinsteiger im Test: Die besten Modelle | RADfahren",
        "ebike",
    ),
    *tab(
        "https://www.fahrrad-xxl.de/e-bikes/tiefeinsteiger/",
        "E-Bike Tiefeinsteiger kaufen | Fahrrad XXL",
        "ebike",
    ),
    day("6 16:30"),
    *gmx(
        "kita0007", "Eingangsbestätigung Ihres Kita-Gutschein-Antrags - Bezirksamt Altona", "kita"
    ),
    google("kita altona freie plätze ab januar", "kita"),
    page(
        "https://www.hamburg.de/kitasuche/",
        "Kita-Suche Hamburg - hamburg.de",
        "kita",
    ),
    page(
        "https://www.elbkinder-kitas.de/de/kitas/altona",
        "Kitas in Altona | Elbkinder",
        "kita",
    ),
    day("6 20:30"),
    *tagesschau(),
    google("wurzelbehandlung schmerzen danach wie lange normal", "teeth"),
    page(
        "https://www.apotheken-umschau.de/krankheiten-symptome/zahngesundheit/wurzelbehandlung",
        "Wurzelbehandlung: Ablauf, Schmerzen danach | Apotheken Umschau",
        "teeth",
    ),
    day("7 18:00"),
    ecosia("klassenfahrt berlin reichstag führung schulklasse anmelden", "trip"),
    page(
        "https://www.bundestag.de/besuche/fuehrungen",
        "Führungen im Reichstagsgebäude - Deutscher Bundestag",
        "trip",
    ),
    page(
        "https://www.bahn.de/angebot/gruppen/schulklassen",
        "Gruppenreisen für Schulklassen | Deutsche Bahn",
        "trip",
    ),
    *spiegel(),
    day("8 19:20"),
    google("mallorca hotel alcudia familienzimmer all inclusive bewertungen", "mallorca"),
    page(
        "https://www.tripadvisor.de/Hotel_Review-g187463-d234567-Reviews-Hotel_Alcudia_Mar.html",
        "Hotel Alcudia Mar - Bewertungen & Fotos (Mallorca) - Tripadvisor",
        "mallorca",
    ),
    page(
        "https://www.tui.com/hotel/spanien/mallorca/alcudia-mar/",
        "Hotel Alcudia Mar in Alcúdia | TUI.com",
        "mallorca",
    ),
    google("jobrad übernahme nach 36 monaten restwert", "ebike"),
    page(
        "https://www.jobrad.org/magazin/uebernahme-nach-leasing",
        "Übernahme nach Leasingende: Was kostet das? | JobRad",
        "ebike",
    ),
    day("9 17:30"),
    *abendblatt(),
    google("steuererklärung einreichen frist 2026 ohne steuerberater", "tax"),
    page(
        "https://www.finanztip.de/steuererklaerung/fristen/",
        "Abgabefrist Steuererklärung 2026: Bis wann musst du abgeben? | Finanztip",
        "tax",
    ),
    ecosia("elternbrief klassenfahrt vorlage kosten einverständnis", "trip"),
    page(
        "https://www.lehrerfreund.de/schule/1s/elternbrief-klassenfahrt/",
        "Elternbrief zur Klassenfahrt: Vorlage zum Download | Der Lehrerfreund",
        "trip",
    ),
    day("10 18:45"),
    *gmx("tui0091", "Ihre Buchungsbestätigung - TUI - Alcudia Mar, 12.10.-19.10.", "mallorca"),
    google("e-bike händler hamburg altona jobrad partner probefahrt", "ebike"),
    page(
        "https://www.google.com/maps/search/e-bike+h%C3%A4ndler+altona",
        "e-bike händler altona - Google Maps",
        "ebike",
    ),
    google("kita eingewöhnung berliner modell wie lange", "kita"),
    page(
        "https://www.kita.de/wissen/eingewoehnung-berliner-modell/",
        "Eingewöhnung nach dem Berliner Modell | kita.de",
        "kita",
    ),
]
