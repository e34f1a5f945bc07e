"""An Italian doctoral student's ten days in Amsterdam, on her own laptop, written in the
thirty-third session and scored before any change for it. She searches in English, Italian
and Dutch, as a person who lives in three languages does: her thesis in LaTeX (English), a
room to rent before her lease ends (Dutch and English), a flight home to Bologna for
Christmas (Italian), her stolen bicycle reported and replaced (Dutch and English), and a
risotto for a dinner with friends (Italian). Between them she reads NOS and la Repubblica
and watches videos from YouTube's front page. Gmail is opened most days. Searches go to
Google and DuckDuckGo.
Used by make_week_history.py (``week118``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "giulia.ferraro.uva@gmail.com"
INBOX = "8c4e0a1b36"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def nos() -> list[Step]:
    return [("goto", "https://nos.nl/", "NOS Nieuws - Nederlandse Omroep Stichting", None)]


def repubblica(path: str | None = None, title: str = "") -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.repubblica.it/", "la Repubblica: news in tempo reale", None)
    ]
    if path:
        steps.append(("click", f"https://www.repubblica.it/{path}", title, None))
    return steps


STEPS: list[Step] = [
    day("1 08:50"),
    *mail(),
    *nos(),
    day("1 10:15"),
    search(GOOGLE, "biblatex apa style thesis latex", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/123456/biblatex-apa-style-thesis",
        "bibliographies - Using biblatex-apa for a thesis - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    search(GOOGLE, "overleaf table too wide for page", "thesis"),
    page(
        "https://www.overleaf.com/learn/latex/Tables",
        "Tables - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("1 13:30"),
    search(GOOGLE, "kamer huren amsterdam oost", "room"),
    page(
        "https://kamernet.nl/huren/kamers-amsterdam/oost",
        "Kamer huren in Amsterdam Oost | Kamernet",
        "room",
    ),
    page(
        "https://kamernet.nl/huren/kamer-amsterdam/javastraat/kamer-2345678",
        "Kamer te huur Javastraat, Amsterdam voor € 850 | Kamernet",
        "room",
    ),
    day("1 20:40"),
    *repubblica("cronaca/2027/12/01/news/maltempo_emilia-4123456/", "Maltempo in Emilia"),
    search(DDG, "voli amsterdam bologna dicembre", "flight"),
    page(
        "https://www.skyscanner.it/trasporti/voli/ams/blq/",
        "Voli economici da Amsterdam a Bologna | Skyscanner",
        "flight",
    ),
    day("2 08:45"),
    *mail(),
    *nos(),
    day("2 09:30"),
    search(GOOGLE, "fiets gestolen aangifte doen online", "bike"),
    page(
        "https://www.politie.nl/aangifte-of-melding-doen/aangifte-doen/diefstal-fiets.html",
        "Aangifte doen van fietsdiefstal | politie.nl",
        "bike",
    ),
    page(
        "https://www.politie.nl/aangifte-of-melding-doen/aangifte-doen/online",
        "Online aangifte doen | politie.nl",
        "bike",
    ),
    day("2 11:00"),
    search(GOOGLE, "tikz figure font size match document", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/234567/tikz-font-size-same-as-text",
        "tikz pgf - Font size in TikZ figure same as document - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("2 17:20"),
    search(GOOGLE, "tweedehands fiets kopen amsterdam betrouwbaar", "bike"),
    page(
        "https://www.marktplaats.nl/l/fietsen-en-brommers/fietsen-dames-damesfietsen/amsterdam/",
        "Damesfietsen Amsterdam | Marktplaats",
        "bike",
    ),
    search(GOOGLE, "how to avoid buying a stolen bike amsterdam", "bike"),
    page(
        "https://www.reddit.com/r/Amsterdam/comments/1m4n5o6/where_to_buy_a_used_bike_that_isnt_stolen/",
        "Where to buy a used bike that isn't stolen? : r/Amsterdam",
        "bike",
    ),
    day("3 08:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1866900334455667701",
        "Kamernet: Je hebt een nieuw bericht van een verhuurder",
        "room",
    ),
    *repubblica(),
    day("3 10:00"),
    search(GOOGLE, "kamernet scam verhuurder in buitenland", "room"),
    page(
        "https://www.reddit.com/r/Amsterdam/comments/1n5o6p7/kamernet_landlord_abroad_scam/",
        "Kamernet landlord says he's abroad and wants deposit first - scam? : r/Amsterdam",
        "room",
    ),
    search(GOOGLE, "huurtoeslag kamer student voorwaarden", "room"),
    page(
        "https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/huurtoeslag-student",
        "Huurtoeslag als student | Belastingdienst",
        "room",
    ),
    day("3 14:15"),
    search(GOOGLE, "latex thesis chapter title page break blank page", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/345678/remove-blank-page-before-chapter",
        "chapters - Remove blank page before each chapter - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("3 21:00"),
    *video_home(),
    (
        "click",
        "https://www.youtube.com/watch?v=p4sT4cArB0n",
        "Pasta alla carbonara - YouTube",
        None,
    ),
    day("4 08:45"),
    *mail(),
    *nos(),
    day("4 12:30"),
    search(DDG, "klm o transavia bagaglio a mano bologna", "flight"),
    page(
        "https://www.transavia.com/it-IT/servizio/bagagli/bagaglio-a-mano/",
        "Bagaglio a mano | Transavia",
        "flight",
    ),
    search(DDG, "treno bologna centrale aeroporto marconi express orari", "flight"),
    page(
        "https://www.marconiexpress.it/orari/",
        "Orari e tariffe | Marconi Express",
        "flight",
    ),
    day("4 19:00"),
    search(GOOGLE, "risotto ai funghi porcini secchi per 8 persone", "risotto"),
    page(
        "https://ricette.giallozafferano.it/Risotto-ai-funghi-porcini.html",
        "Ricetta Risotto ai funghi porcini - La Ricetta di GialloZafferano",
        "risotto",
    ),
    day("5 08:50"),
    *mail(),
    *repubblica("sport/calcio/serie-a/2027/12/04/news/bologna_inter-4134567/", "Bologna-Inter 2-2"),
    day("5 10:20"),
    search(GOOGLE, "axa fietsslot art 2 sterren of kettingslot", "bike"),
    page(
        "https://www.fietsenwinkel.nl/blog/welk-fietsslot-kiezen",
        "Welk fietsslot kiezen? ART-keurmerk uitgelegd | Fietsenwinkel.nl",
        "bike",
    ),
    day("5 15:00"),
    search(GOOGLE, "biber vs biblatex doi field not showing", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/456789/doi-not-printed-biblatex-apa",
        "biblatex - DOI not printed with style=apa - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("6 11:00"),
    search(GOOGLE, "pararius room amsterdam under 900", "room"),
    page(
        "https://www.pararius.com/apartments/amsterdam/0-900/room",
        "Rooms for rent in Amsterdam up to €900 | Pararius",
        "room",
    ),
    search(GOOGLE, "inschrijven brp nieuw adres amsterdam kamer", "room"),
    page(
        "https://www.amsterdam.nl/burgerzaken/verhuizing-doorgeven/",
        "Verhuizing doorgeven - Gemeente Amsterdam",
        "room",
    ),
    day("6 18:30"),
    search(GOOGLE, "porcini secchi dove comprare amsterdam", "risotto"),
    page(
        "https://www.reddit.com/r/Amsterdam/comments/1o6p7q8/italian_grocery_store_amsterdam/",
        "Best Italian grocery store in Amsterdam? : r/Amsterdam",
        "risotto",
    ),
    day("7 08:45"),
    *mail(),
    *nos(),
    day("7 10:30"),
    search(GOOGLE, "latex list of abbreviations glossaries acronym", "thesis"),
    page(
        "https://www.overleaf.com/learn/latex/Glossaries",
        "Glossaries - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("7 20:00"),
    search(DDG, "volo amsterdam bologna 20 dicembre prezzo", "flight"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20BLQ%20from%20AMS%20on%202027-12-20",
        "Amsterdam to Bologna | Google Flights",
        "flight",
    ),
    day("8 08:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1866900334455667702",
        "Bevestiging van uw aangifte - Politie",
        "bike",
    ),
    *repubblica(),
    day("8 16:00"),
    search(GOOGLE, "fietsverzekering na diefstal nieuwe fiets", "bike"),
    page(
        "https://www.independer.nl/fietsverzekering/info/diefstal",
        "Fiets gestolen? Zo werkt je fietsverzekering | Independer",
        "bike",
    ),
    day("9 11:00"),
    search(GOOGLE, "risotto quanto brodo per 500 g riso", "risotto"),
    page(
        "https://www.cucchiaio.it/articolo/come-fare-il-risotto-perfetto/",
        "Come fare il risotto perfetto | Cucchiaio d'Argento",
        "risotto",
    ),
    day("9 14:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1866900334455667703",
        "Bezichtiging kamer Javastraat donderdag 18:00",
        "room",
    ),
    search(GOOGLE, "what to ask at a room viewing amsterdam", "room"),
    page(
        "https://www.iamexpat.nl/housing/real-estate-news/questions-ask-viewing",
        "Questions to ask at a rental viewing in the Netherlands | IamExpat",
        "room",
    ),
    day("10 08:45"),
    *mail(),
    *nos(),
    day("10 10:00"),
    search(GOOGLE, "latex thesis uva template faculty of science", "thesis"),
    page(
        "https://www.overleaf.com/latex/templates/uva-thesis-template/abcdxyzqwert",
        "UvA Thesis Template - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("10 19:30"),
    *video_home(),
    (
        "click",
        "https://www.youtube.com/watch?v=b0l0gn4n4t4l",
        "Bologna a Natale: mercatini e luci - YouTube",
        None,
    ),
]
