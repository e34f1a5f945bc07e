"""A doctoral student's ten days in Munich, written in the forty-eighth session and scored
before any change for it: her residence permit extended at the foreigners' office (an
appointment booked), the camera-ready version of a conference paper in LaTeX (submitted), a
room in a shared flat looked for before her lease ends, bouldering taken up (a membership and
shoes bought), a sore throat that needed an English-speaking doctor, and a wedding present
for her sister in Toronto, shipped. Between them she reads the Guardian, Hacker News, Outlook
and the Munich subreddit. Searches go to Google and Bing, with Bing's own titles; some pages
of a task are in German.
Used by make_week_history.py (``week168``; also by Firefox); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, outlook_message, page, search, tab

MAILBOX = "https://outlook.office.com/mail/"
OWNER = "Ana Ferreira"


def mail() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/international",
            "News, sport and opinion from the Guardian's global edition | The Guardian",
            None,
        )
    ]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def munich() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Munich/", "Munich", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AqX3kP2bOQ",
        "[NeurIPS 2027] Camera-ready instructions for paper #4182",
        "paper",
    ),
    search(GOOGLE, "neurips camera ready latex template page limit", "paper"),
    page(
        "https://neurips.cc/Conferences/2027/CallForPapers",
        "NeurIPS 2027 Call for Papers",
        "paper",
    ),
    page(
        "https://www.overleaf.com/latex/templates/neurips-2027/hkdnqvmbzxyt",
        "NeurIPS 2027 - Overleaf, Online LaTeX Editor",
        "paper",
    ),
    day("1 12:40"),
    *hn(),
    search(BING, "aufenthaltstitel verlängern münchen termin", "permit"),
    page(
        "https://stadt.muenchen.de/service/info/aufenthaltserlaubnis-verlaengerung/1063161/",
        "Aufenthaltserlaubnis verlängern - Landeshauptstadt München",
        "permit",
    ),
    page(
        "https://www.reddit.com/r/Munich/comments/17q4xkd/kvr_auslanderbehorde_appointment_impossible/",
        "KVR Ausländerbehörde appointment impossible? : r/Munich",
        "permit",
    ),
    day("1 21:00"),
    *guardian(),
    search(GOOGLE, "wg zimmer münchen maxvorstadt ab januar", "flat"),
    page(
        "https://www.wg-gesucht.de/wg-zimmer-in-Muenchen.90.0.1.0.html",
        "WG Zimmer München - WG-Gesucht.de",
        "flat",
    ),
    day("2 07:50"),
    *mail(),
    search(BING, "latex figure placement two column bottom of page", "paper"),
    page(
        "https://tex.stackexchange.com/questions/8625/force-figure-placement-in-text",
        "floats - Force figure placement in text - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("2 18:20"),
    *munich(),
    search(GOOGLE, "bouldering gym munich beginner course english", "climb"),
    page(
        "https://www.boulderwelt-muenchen.de/en/courses/",
        "Courses | Boulderwelt München",
        "climb",
    ),
    page(
        "https://www.einstein-boulder.com/muenchen/preise",
        "Preise | Einstein Boulderhalle München",
        "climb",
    ),
    day("2 22:10"),
    search(GOOGLE, "sore throat fever 3 days when to see doctor", "throat"),
    page(
        "https://www.nhs.uk/conditions/sore-throat/",
        "Sore throat - NHS",
        "throat",
    ),
    day("3 08:30"),
    *hn(),
    search(BING, "english speaking general practitioner munich public insurance", "throat"),
    page(
        "https://www.toytowngermany.com/forum/topic/389121-english-speaking-hausarzt-in-munich/",
        "English speaking Hausarzt in Munich - Toytown Germany",
        "throat",
    ),
    page(
        "https://www.doctolib.de/allgemeinmedizin/muenchen?language=en",
        "Allgemeinmediziner in München - Termin online buchen | Doctolib",
        "throat",
    ),
    day("3 13:00"),
    search(GOOGLE, "overleaf bibtex missing doi url too long in references", "paper"),
    page(
        "https://tex.stackexchange.com/questions/3033/forcing-linebreaks-in-url",
        "line breaking - Forcing linebreaks in \\url - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("3 19:45"),
    *guardian(),
    search(GOOGLE, "wedding gift ideas for sister long distance", "gift"),
    page(
        "https://www.theknot.com/content/wedding-gifts-for-sister",
        "35 Wedding Gifts for Your Sister She'll Actually Love - The Knot",
        "gift",
    ),
    day("4 09:15"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AqX3kP2bOR",
        "Terminbestätigung: Ausländerbehörde München, 17.11., 09:40 Uhr",
        "permit",
    ),
    search(BING, "documents needed residence permit extension researcher germany", "permit"),
    page(
        "https://www.make-it-in-germany.com/en/visa-residence/types/research",
        "Residence permit for researchers | Make it in Germany",
        "permit",
    ),
    day("4 17:30"),
    search(GOOGLE, "wg gesucht scam deposit before viewing", "flat"),
    page(
        "https://www.reddit.com/r/germany/comments/15t8p2v/wggesucht_scam_asking_for_deposit/",
        "WG-Gesucht scam asking for deposit before viewing? : r/germany",
        "flat",
    ),
    day("4 21:30"),
    *hn(),
    search(GOOGLE, "scarpa veloce vs la sportiva tarantulace beginner", "climb"),
    *tab(
        "https://www.99boulders.com/scarpa-veloce-review",
        "Scarpa Veloce Review | 99Boulders",
        "climb",
    ),
    page(
        "https://www.bergzeit.de/scarpa-veloce-kletterschuhe/",
        "Scarpa Veloce Kletterschuhe | Bergzeit",
        "climb",
    ),
    day("5 08:00"),
    *munich(),
    search(GOOGLE, "neurips camera ready deadline time zone anywhere on earth", "paper"),
    page(
        "https://neurips.cc/Conferences/2027/Dates",
        "NeurIPS 2027 Dates and Deadlines",
        "paper",
    ),
    day("5 14:20"),
    search(BING, "ship package germany to canada dhl customs gift", "gift"),
    page(
        "https://www.dhl.de/en/privatkunden/pakete-versenden/weltweit-versenden/kanada.html",
        "Sending parcels to Canada | DHL",
        "gift",
    ),
    search(BING, "handmade ceramic serving bowl set wedding etsy germany", "gift"),
    page(
        "https://www.etsy.com/de-en/market/ceramic_serving_bowl_set",
        "Ceramic Serving Bowl Set - Etsy Germany",
        "gift",
    ),
    day("5 20:00"),
    *guardian(),
    search(GOOGLE, "strep throat vs viral tonsillitis white spots", "throat"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/strep-throat/symptoms-causes/syc-20350338",
        "Strep throat - Symptoms and causes - Mayo Clinic",
        "throat",
    ),
    day("6 10:30"),
    *hn(),
    search(GOOGLE, "latex table too wide resizebox vs tabularx", "paper"),
    page(
        "https://tex.stackexchange.com/questions/10863/is-there-a-way-to-slightly-shrink-a-table-including-font-size-to-fit-within-th",
        "tables - Is there a way to slightly shrink a table to fit within the text width? - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("6 16:00"),
    search(GOOGLE, "zwischenmiete münchen januar möbliert studentin", "flat"),
    page(
        "https://www.wg-gesucht.de/wohnungen-in-Muenchen.90.2.1.0.html",
        "Wohnungen in München - WG-Gesucht.de",
        "flat",
    ),
    page(
        "https://www.studentenwerk-muenchen.de/en/accommodation/",
        "Accommodation | Studierendenwerk München",
        "flat",
    ),
    day("6 21:20"),
    *munich(),
    day("7 08:40"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AqX3kP2bOS",
        "Ihre Bestellung bei Bergzeit wurde versandt",
        "climb",
    ),
    search(BING, "boulderwelt 10er karte vs monthly membership student", "climb"),
    page(
        "https://www.boulderwelt-muenchen.de/en/prices/",
        "Prices | Boulderwelt München",
        "climb",
    ),
    day("7 18:00"),
    search(GOOGLE, "fiktionsbescheinigung travel outside germany while waiting", "permit"),
    page(
        "https://www.reddit.com/r/germany/comments/16c1ym3/fiktionsbescheinigung_and_travelling/",
        "Fiktionsbescheinigung and travelling : r/germany",
        "permit",
    ),
    day("8 09:10"),
    *guardian(),
    search(GOOGLE, "overleaf submit camera ready pdf fonts not embedded", "paper"),
    page(
        "https://www.overleaf.com/learn/how-to/Fixing_and_preventing_compile_timeouts",
        "Fixing and preventing compile timeouts - Overleaf, Online LaTeX Editor",
        "paper",
    ),
    page(
        "https://tex.stackexchange.com/questions/24002/turning-off-font-subsetting-in-pdftex",
        "pdftex - Turning off font subsetting in pdfTeX - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("8 15:40"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AqX3kP2bOT",
        "Your Etsy order from ClayAndCo has shipped to Toronto",
        "gift",
    ),
    day("9 11:00"),
    *hn(),
    search(BING, "wg casting what to ask flatmates", "flat"),
    page(
        "https://www.thelocal.de/20230914/wg-casting-germany-tips",
        "WG casting: How to find a flatshare in Germany - The Local",
        "flat",
    ),
    day("9 19:30"),
    search(GOOGLE, "bouldering finger pain beginner how many days rest", "climb"),
    page(
        "https://www.reddit.com/r/bouldering/comments/14x9nq2/finger_pain_as_a_beginner/",
        "Finger pain as a beginner : r/bouldering",
        "climb",
    ),
    day("10 09:00"),
    *munich(),
    *mail(),
    search(GOOGLE, "sore throat gone but cough after two weeks", "throat"),
    page(
        "https://www.healthline.com/health/cough-after-cold",
        "Cough After a Cold: Causes and Treatment - Healthline",
        "throat",
    ),
    day("10 18:30"),
    *guardian(),
]
