"""An engineer's ten days in Hamburg, in German, written in the fifty-third session and
scored before any change for it: winter tyres for the car (all-season or not, a fitting
appointment), a nursery place for his daughter (the city's voucher, settling in), a family
holiday in Mallorca (flights to Palma, a family hotel), his tax return's home office
allowance, and an e-bike leased through his employer. Between them he reads GMX mail,
Tagesschau, YouTube and Reddit. Searches go to Google and DuckDuckGo. Written without
looking at week155, it turned out to echo it: a teacher in Hamburg, in German, with the
same home office allowance, JobRad, Mallorca and Kita place among her tasks; so it is
weaker evidence as a week held out than the others.
Used by make_week_history.py (``week191``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, page, search, tab, video_home

GMX = "https://www.gmx.net/mail/"


def mail() -> list[Step]:
    return [("goto", GMX, "GMX Mail - Posteingang", None)]


def tagesschau(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.tagesschau.de/",
            "tagesschau.de - die erste Adresse für Nachrichten",
            None,
        )
    ]
    if article:
        steps.append(("click", f"https://www.tagesschau.de/{article[0]}", article[1], None))
    return steps


STEPS: list[Step] = [
    day("1 07:10"),
    *tagesschau(),
    *mail(),
    day("1 12:30"),
    search(GOOGLE, "allwetterreifen oder winterreifen norddeutschland test", "reifen"),
    page(
        "https://www.adac.de/rund-ums-fahrzeug/tests/reifen/allwetterreifen-test/",
        "Ganzjahresreifen im Test: Das sind die besten | ADAC",
        "reifen",
    ),
    *tab(
        "https://www.autobild.de/artikel/allwetterreifen-oder-winterreifen-12345.html",
        "Allwetterreifen oder Winterreifen: Was ist besser? - AUTO BILD",
        "reifen",
    ),
    day("1 20:15"),
    search(DDG, "kita gutschein hamburg beantragen unterlagen", "kita"),
    page(
        "https://www.hamburg.de/kita-gutschein/",
        "Kita-Gutschein beantragen - hamburg.de",
        "kita",
    ),
    day("2 08:00"),
    *mail(),
    search(GOOGLE, "flüge hamburg palma juli familie günstig", "urlaub"),
    page(
        "https://www.skyscanner.de/flights/ham/pmi/",
        "Günstige Flüge von Hamburg nach Palma de Mallorca | Skyscanner",
        "urlaub",
    ),
    day("2 13:00"),
    search(DDG, "homeoffice pauschale 2026 wie viele tage steuererklärung", "steuer"),
    page(
        "https://www.finanztip.de/homeoffice-pauschale/",
        "Homeoffice-Pauschale 2026: So setzt Du sie ab | Finanztip",
        "steuer",
    ),
    day("2 21:00"),
    *video_home(),
    day("3 07:30"),
    *tagesschau(
        (
            "inland/bahnstreik-gdl-101.html",
            "Bahnstreik: Was Fahrgäste jetzt wissen müssen | tagesschau.de",
        )
    ),
    day("3 12:10"),
    search(GOOGLE, "jobrad leasing rechner netto vorteil", "rad"),
    page(
        "https://www.jobrad.org/jobrad-rechner.html",
        "JobRad-Rechner: Vorteil berechnen | JobRad",
        "rad",
    ),
    *tab(
        "https://www.finanztip.de/dienstrad-leasing/",
        "Dienstrad-Leasing: Lohnt sich das? | Finanztip",
        "rad",
    ),
    day("3 18:40"),
    search(DDG, "eingewöhnung kita berliner modell wie lange", "kita"),
    page(
        "https://www.kita.de/wissen/eingewoehnung/",
        "Eingewöhnung in der Kita: Berliner und Münchener Modell | kita.de",
        "kita",
    ),
    day("4 09:20"),
    *mail(),
    search(GOOGLE, "familienhotel mallorca kinderclub all inclusive cala d'or", "urlaub"),
    page(
        "https://www.holidaycheck.de/dh/hotels-cala-dor/1a2b3c4d",
        "Hotels Cala d'Or - Familienhotels | HolidayCheck",
        "urlaub",
    ),
    *tab(
        "https://www.tui.com/hotels/spanien/mallorca/familienhotels/",
        "Familienhotels auf Mallorca | TUI.com",
        "urlaub",
    ),
    day("4 14:30"),
    search(GOOGLE, "reifenwechsel termin hamburg altona preis", "reifen"),
    page(
        "https://www.atu.de/filialen/hamburg-altona",
        "A.T.U Hamburg-Altona - Reifenwechsel und Werkstatt",
        "reifen",
    ),
    day("4 20:30"),
    *forum(),
    day("5 08:15"),
    *tagesschau(),
    search(DDG, "elster arbeitszimmer oder homeoffice pauschale was ist besser", "steuer"),
    page(
        "https://www.steuertipps.de/steuererklaerung-finanzamt/arbeitszimmer-oder-homeoffice-pauschale",
        "Arbeitszimmer oder Homeoffice-Pauschale? | steuertipps.de",
        "steuer",
    ),
    day("5 13:40"),
    search(GOOGLE, "e-bike trekking bosch cx 2027 test unter 4000 euro", "rad"),
    page(
        "https://www.aktiv-radfahren.de/test/trekking-e-bikes-test/",
        "Trekking-E-Bikes im Test 2027 | aktiv Radfahren",
        "rad",
    ),
    day("6 09:00"),
    *mail(),
    search(GOOGLE, "kita platz hamburg eimsbüttel freie plätze warteliste", "kita"),
    page(
        "https://www.kitaportal-hamburg.de/kitas/eimsbuettel",
        "Kitas in Eimsbüttel | Kita-Portal Hamburg",
        "kita",
    ),
    day("6 15:20"),
    search(DDG, "mallorca mit kleinkind welcher strand flach", "urlaub"),
    page(
        "https://www.mallorcazeitung.es/tipps/flache-straende-kinder-mallorca.html",
        "Die besten flachen Strände für Kinder auf Mallorca | Mallorca Zeitung",
        "urlaub",
    ),
    day("6 21:10"),
    *video_home(),
    day("7 08:30"),
    *tagesschau(),
    search(GOOGLE, "winterreifen 205 55 r16 continental vs michelin preis", "reifen"),
    page(
        "https://www.reifen.com/winterreifen/205-55-r16",
        "Winterreifen 205/55 R16 günstig kaufen | reifen.com",
        "reifen",
    ),
    day("7 17:00"),
    search(DDG, "jobrad versicherung diebstahl was ist abgedeckt", "rad"),
    page(
        "https://www.jobrad.org/fuer-radfahrende/versicherung.html",
        "Versicherung für Dein JobRad | JobRad",
        "rad",
    ),
    day("8 09:40"),
    *mail(),
    search(GOOGLE, "fahrtkosten entfernungspauschale 2026 ab km 21", "steuer"),
    page(
        "https://www.finanztip.de/pendlerpauschale/",
        "Pendlerpauschale 2026: So viel kannst Du absetzen | Finanztip",
        "steuer",
    ),
    day("8 19:30"),
    *forum(),
    search(GOOGLE, "mallorca mietwagen mit kindersitz palma flughafen", "urlaub"),
    page(
        "https://www.check24.de/mietwagen/mallorca/",
        "Mietwagen Mallorca günstig mieten | CHECK24",
        "urlaub",
    ),
    day("9 10:00"),
    search(DDG, "kita eingewöhnung tipps weinen beim abschied", "kita"),
    page(
        "https://www.eltern.de/kleinkind/kita/eingewoehnung-tipps.html",
        "Kita-Eingewöhnung: Tipps, wenn Dein Kind weint | ELTERN",
        "kita",
    ),
    day("9 16:30"),
    search(GOOGLE, "e-bike händler hamburg jobrad partner probefahrt", "rad"),
    page(
        "https://www.jobrad.org/fachhaendler-finden.html?ort=Hamburg",
        "JobRad-Fachhändler in Hamburg finden | JobRad",
        "rad",
    ),
    day("10 08:00"),
    *mail(),
    *tagesschau(),
]
