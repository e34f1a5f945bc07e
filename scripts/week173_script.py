"""A graduate student's ten days in Montréal, in French and in English, written in the
fiftieth session and scored before any change for it: a thesis chapter whose LaTeX
bibliography breaks (biblatex, biber, Zotero), a poster for a conference in Lisbon (the
flight, a room, printing the poster), her lease handed over to someone else, winter tyres
for her old Corolla, learning to ski at Mont-Tremblant, and a present for her partner's
thirtieth. Between them she reads La Presse, Gmail, YouTube and the Montréal subreddit.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week173``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mtremblay.phd@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def presse() -> list[Step]:
    return [("goto", "https://www.lapresse.ca/", "La Presse | Actualités et infos au Québec", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def mtl() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/montreal/", "Montréal", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *presse(),
    search(GOOGLE, "biblatex citation undefined biber overleaf", "latex"),
    page(
        "https://tex.stackexchange.com/questions/13509/biblatex-in-a-nutshell-for-beginners",
        "bibliographies - biblatex in a nutshell (for beginners) - TeX - LaTeX Stack Exchange",
        "latex",
    ),
    page(
        "https://www.overleaf.com/learn/latex/Bibliography_management_with_biblatex",
        "Bibliography management with biblatex - Overleaf, Online LaTeX Editor",
        "latex",
    ),
    day("1 14:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f03a6c2e91",
        "1840100452318",
        "ECCB 2027 Lisbon - your poster abstract has been accepted",
        "lisbon",
    ),
    search(GOOGLE, "vol montreal lisbonne septembre air transat", "lisbon"),
    page(
        "https://www.airtransat.com/fr-CA/vols/montreal-lisbonne",
        "Vols Montréal Lisbonne | Air Transat",
        "lisbon",
    ),
    *tab(
        "https://www.google.com/travel/flights/montreal-to-lisbon",
        "Cheap flights from Montreal to Lisbon | Google Flights",
        "lisbon",
    ),
    day("2 07:50"),
    *mtl(),
    search(DDG, "cession de bail montréal comment faire tal", "lease"),
    page(
        "https://www.tal.gouv.qc.ca/fr/cession-de-bail",
        "Cession de bail | Tribunal administratif du logement",
        "lease",
    ),
    page(
        "https://www.educaloi.qc.ca/capsules/la-cession-de-bail/",
        "La cession de bail | Éducaloi",
        "lease",
    ),
    day("2 20:40"),
    search(GOOGLE, "pneus d'hiver obligatoires québec date 2027", "tires"),
    page(
        "https://saaq.gouv.qc.ca/securite-routiere/moyens-deplacement/auto/pneus-hiver",
        "Pneus d'hiver | SAAQ",
        "tires",
    ),
    search(GOOGLE, "meilleurs pneus d'hiver corolla 2014 195/65r15", "tires"),
    page(
        "https://www.guideautoweb.com/articles/meilleurs-pneus-hiver/",
        "Les meilleurs pneus d'hiver 2027 | Guide Auto",
        "tires",
    ),
    day("3 08:20"),
    *youtube(),
    search(GOOGLE, "zotero better bibtex export biblatex keys", "latex"),
    page(
        "https://retorque.re/zotero-better-bibtex/citing/",
        "Citation keys :: Better BibTeX for Zotero",
        "latex",
    ),
    day("3 19:00"),
    search(DDG, "cours de ski débutant adulte tremblant forfait", "ski"),
    page(
        "https://www.tremblant.ca/fr/planifier/ecole-de-ski/adultes",
        "Cours de ski pour adultes | Tremblant",
        "ski",
    ),
    page(
        "https://www.tremblant.ca/fr/planifier/billets-et-passes",
        "Billets et passes | Tremblant",
        "ski",
    ),
    day("4 07:40"),
    *presse(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f03a6c2e91",
        "1840177203644",
        "Re: Logement 4 1/2 Rosemont - intéressée par la cession",
        "lease",
    ),
    day("4 15:10"),
    search(GOOGLE, "scientific poster size a0 template powerpoint", "lisbon"),
    page(
        "https://www.posterpresentations.com/free-poster-templates.html",
        "Free PowerPoint Scientific Research Poster Templates",
        "lisbon",
    ),
    search(GOOGLE, "impression affiche a0 montréal université", "lisbon"),
    page(
        "https://www.copiedepot.ca/impression-grand-format",
        "Impression grand format | Copie Dépôt",
        "lisbon",
    ),
    day("4 21:30"),
    search(GOOGLE, "idée cadeau 30 ans copain qui aime cuisiner", "gift"),
    page(
        "https://www.ricardocuisine.com/boutique/idees-cadeaux",
        "Idées cadeaux | Boutique Ricardo",
        "gift",
    ),
    page(
        "https://www.atelierdeschefs.ca/cours-de-cuisine-montreal",
        "Cours de cuisine à Montréal | L'Atelier des chefs",
        "gift",
    ),
    day("5 08:00"),
    *mtl(),
    search(DDG, "costco pneus hiver installation rendez-vous laval", "tires"),
    page(
        "https://www.costco.ca/fr/tire-center.html",
        "Centre de pneus | Costco",
        "tires",
    ),
    day("5 13:20"),
    search(GOOGLE, "biber error data encoding utf8 latin1", "latex"),
    page(
        "https://tex.stackexchange.com/questions/57474/biber-utf8-error",
        "biber - UTF8 error - TeX - LaTeX Stack Exchange",
        "latex",
    ),
    page(
        "https://github.com/plk/biber/issues/398",
        "Data encoding issue · Issue #398 · plk/biber · GitHub",
        "latex",
    ),
    day("5 20:50"),
    search(GOOGLE, "location équipement ski tremblant prix", "ski"),
    page(
        "https://www.tremblant.ca/fr/planifier/location-equipement",
        "Location d'équipement | Tremblant",
        "ski",
    ),
    search(GOOGLE, "what to wear skiing first time layers", "ski"),
    page(
        "https://www.rei.com/learn/expert-advice/what-to-wear-skiing.html",
        "What to Wear Skiing & Snowboarding | REI Expert Advice",
        "ski",
    ),
    day("6 10:00"),
    *youtube(),
    search(GOOGLE, "hotel near centro de congressos de lisboa", "lisbon"),
    page(
        "https://www.booking.com/landmark/pt/centro-de-congressos-de-lisboa.html",
        "Hotels near Centro de Congressos de Lisboa | Booking.com",
        "lisbon",
    ),
    page(
        "https://www.booking.com/hotel/pt/my-story-tejo.html",
        "My Story Hotel Tejo, Lisbon | Booking.com",
        "lisbon",
    ),
    day("6 16:30"),
    search(DDG, "propriétaire refuse cession de bail motif sérieux", "lease"),
    page(
        "https://www.tal.gouv.qc.ca/fr/cession-de-bail/refus-du-locateur",
        "Refus du locateur | Tribunal administratif du logement",
        "lease",
    ),
    day("7 08:15"),
    *presse(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f03a6c2e91",
        "1840250995107",
        "Confirmation de commande - 4 pneus Michelin X-Ice Snow 195/65R15",
        "tires",
    ),
    day("7 14:00"),
    search(GOOGLE, "latex bibliography by chapter refsection biblatex", "latex"),
    page(
        "https://tex.stackexchange.com/questions/125245/bibliography-per-chapter-with-biblatex",
        "Bibliography per chapter with biblatex - TeX - LaTeX Stack Exchange",
        "latex",
    ),
    day("7 21:15"),
    search(GOOGLE, "coffret couteaux japonais cadeau montréal", "gift"),
    page(
        "https://www.couteauxjaponais.ca/coffrets-cadeaux",
        "Coffrets cadeaux | Couteaux Japonais Montréal",
        "gift",
    ),
    day("8 07:45"),
    *mtl(),
    search(GOOGLE, "navette montréal tremblant samedi autobus", "ski"),
    page(
        "https://www.skibus.ca/tremblant",
        "Autobus de ski Montréal - Tremblant | Skibus",
        "ski",
    ),
    day("8 19:40"),
    search(GOOGLE, "lisbon airport to city centre metro", "lisbon"),
    page(
        "https://www.visitlisboa.com/en/p/how-to-get-from-the-airport",
        "How to get from the airport | Visit Lisboa",
        "lisbon",
    ),
    day("9 08:00"),
    *youtube(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f03a6c2e91",
        "1840322667018",
        "Bail cédé - rendez-vous pour la signature jeudi",
        "lease",
    ),
    day("9 13:45"),
    search(GOOGLE, "latex poster beamerposter vs tikzposter", "lisbon"),
    page(
        "https://www.overleaf.com/gallery/tagged/poster",
        "Posters - Overleaf, Online LaTeX Editor",
        "lisbon",
    ),
    day("10 09:00"),
    *presse(),
    search(GOOGLE, "atelier des chefs carte cadeau", "gift"),
    page(
        "https://www.atelierdeschefs.ca/carte-cadeau",
        "Carte cadeau | L'Atelier des chefs",
        "gift",
    ),
    day("10 20:00"),
    *mtl(),
    *youtube(),
]
