"""A logistics planner's ten days in Rotterdam, in Dutch and in English, written in the
forty-ninth session and scored before any change for it: his stolen bike (a police report,
the insurer's claim, a new e-bike chosen), a job interview for a supply chain analyst role
(SQL and Power BI practised), his grandmother's ninetieth birthday (a room, a cake, a
speech), a first home's mortgage (an adviser, what he can borrow), the cat neutered, and a
weekend in Antwerp. Between them he reads NU.nl, Gmail, YouTube and the Netherlands
subreddit. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week171``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "joris.vdberg@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def nu() -> list[Step]:
    return [("goto", "https://www.nu.nl/", "NU - Het laatste nieuws het eerst op NU.nl", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def nl() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/thenetherlands/", "The Netherlands", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *nu(),
    search(GOOGLE, "fiets gestolen aangifte doen online", "bike"),
    page(
        "https://www.politie.nl/aangifte-of-melding-doen/aangifte-doen/fietsdiefstal.html",
        "Aangifte doen van fietsdiefstal | politie.nl",
        "bike",
    ),
    page(
        "https://www.politie.nl/aangifte-of-melding-doen/aangifte-doen/online-aangifte.html",
        "Online aangifte doen | politie.nl",
        "bike",
    ),
    day("1 20:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c40b8e71f2",
        "1838100422913",
        "Uitnodiging sollicitatiegesprek Supply Chain Analyst - Coolblue",
        "job",
    ),
    search(GOOGLE, "supply chain analyst interview questions sql", "job"),
    page(
        "https://www.indeed.com/career-advice/interviewing/supply-chain-analyst-interview-questions",
        "31 Supply Chain Analyst Interview Questions (With Answers) | Indeed.com",
        "job",
    ),
    day("2 07:30"),
    *nl(),
    search(DDG, "fietsverzekering diefstal claim ANWB hoe lang", "bike"),
    page(
        "https://www.anwb.nl/verzekeringen/fietsverzekering/schade-melden",
        "Schade melden fietsverzekering | ANWB",
        "bike",
    ),
    day("2 19:45"),
    search(GOOGLE, "zaal huren verjaardag 90 jaar oma rotterdam", "oma"),
    page(
        "https://www.feestzaalrotterdam.nl/verjaardag",
        "Verjaardag vieren in Rotterdam | Feestzaal Rotterdam",
        "oma",
    ),
    page(
        "https://www.partyzaal.nl/rotterdam",
        "Partyzaal huren in Rotterdam - 42 locaties | Partyzaal.nl",
        "oma",
    ),
    day("3 07:20"),
    *nu(),
    search(GOOGLE, "hoeveel hypotheek kan ik krijgen alleenstaand 58000 bruto", "house"),
    page(
        "https://www.hypotheker.nl/zelf-berekenen/hoeveel-hypotheek-kan-ik-krijgen/",
        "Hoeveel hypotheek kan ik krijgen? Bereken het direct | De Hypotheker",
        "house",
    ),
    page(
        "https://www.nibud.nl/onderwerpen/wonen/hypotheek/",
        "Hypotheek | Nibud",
        "house",
    ),
    day("3 18:30"),
    search(GOOGLE, "sql window functions practice problems logistics", "job"),
    page(
        "https://www.stratascratch.com/blog/sql-window-functions-interview-questions/",
        "SQL Window Functions Interview Questions | StrataScratch",
        "job",
    ),
    *tab(
        "https://mode.com/sql-tutorial/sql-window-functions",
        "SQL Window Functions | Mode",
        "job",
    ),
    day("4 07:50"),
    *youtube(),
    search(DDG, "kat castreren kosten dierenarts rotterdam", "cat"),
    page(
        "https://www.dierenkliniekkralingen.nl/tarieven",
        "Tarieven | Dierenkliniek Kralingen",
        "cat",
    ),
    day("4 20:20"),
    search(GOOGLE, "e-bike kopen 2027 beste middenmotor onder 2500", "bike"),
    page(
        "https://www.consumentenbond.nl/elektrische-fiets/beste-elektrische-fietsen",
        "Beste elektrische fietsen 2027 | Consumentenbond",
        "bike",
    ),
    page(
        "https://www.fietsenwinkel.nl/e-bikes/middenmotor",
        "E-bikes met middenmotor kopen? | Fietsenwinkel.nl",
        "bike",
    ),
    day("5 07:35"),
    *nl(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c40b8e71f2",
        "1838177045522",
        "Uw schademelding fietsdiefstal - dossiernummer 2027-118834",
        "bike",
    ),
    day("5 19:00"),
    search(GOOGLE, "power bi dashboard inventory turnover example", "job"),
    page(
        "https://learn.microsoft.com/en-us/power-bi/create-reports/sample-supplier-quality",
        "Supplier Quality Analysis sample for Power BI - Microsoft Learn",
        "job",
    ),
    search(GOOGLE, "taart bestellen 90 jaar verjaardag rotterdam", "oma"),
    page(
        "https://www.banketbakkerijvanderwee.nl/taarten-op-bestelling",
        "Taarten op bestelling | Banketbakkerij Van der Wee",
        "oma",
    ),
    day("6 09:15"),
    *nu(),
    search(DDG, "weekendje antwerpen wat te doen", "antwerp"),
    page(
        "https://www.visitantwerpen.be/nl/wat-te-doen",
        "Wat te doen in Antwerpen | Visit Antwerpen",
        "antwerp",
    ),
    search(GOOGLE, "hotel antwerpen centrum parkeren", "antwerp"),
    page(
        "https://www.booking.com/city/be/antwerp.nl.html",
        "De 10 beste hotels in Antwerpen, België | Booking.com",
        "antwerp",
    ),
    day("6 15:00"),
    search(GOOGLE, "independent hypotheekadviseur rotterdam kosten vast bedrag", "house"),
    page(
        "https://www.independer.nl/hypotheek/hypotheekadviseur/rotterdam",
        "Hypotheekadviseur in Rotterdam vergelijken | Independer",
        "house",
    ),
    day("6 21:10"),
    *youtube(),
    day("7 07:25"),
    *nl(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c40b8e71f2",
        "1838240918376",
        "Bevestiging afspraak castratie Muis - dinsdag 08:30",
        "cat",
    ),
    search(GOOGLE, "kat nuchter voor castratie hoe lang niet eten", "cat"),
    page(
        "https://www.dierenarts.nl/kat/castratie-kat-voorbereiding",
        "Castratie bij de kat: voorbereiding en nazorg | Dierenarts.nl",
        "cat",
    ),
    day("7 19:40"),
    search(GOOGLE, "speech for grandmother 90th birthday ideas", "oma"),
    page(
        "https://www.wordsforspeeches.com/90th-birthday-speech-for-grandma",
        "90th Birthday Speech for Grandma: Examples & Tips",
        "oma",
    ),
    search(GOOGLE, "tell me about a time you solved a supply chain problem star answer", "job"),
    page(
        "https://www.themuse.com/advice/star-interview-method",
        "The STAR Method: The Secret to Acing Your Next Job Interview | The Muse",
        "job",
    ),
    day("8 08:00"),
    *nu(),
    search(DDG, "gazelle ultimate c380 vs stromer proefrit rotterdam", "bike"),
    page(
        "https://www.gazelle.nl/e-bikes/ultimate-c380",
        "Gazelle Ultimate C380 HMB | Gazelle",
        "bike",
    ),
    page(
        "https://www.fietsvoordeelshop.nl/winkel/rotterdam",
        "Fietsvoordeelshop Rotterdam | Proefrit maken",
        "bike",
    ),
    day("8 18:20"),
    search(GOOGLE, "hypotheek energielabel woning extra lenen verduurzamen", "house"),
    page(
        "https://www.rijksoverheid.nl/onderwerpen/huis-kopen/vraag-en-antwoord/energielabel-hypotheek",
        "Kan ik meer lenen voor een huis met een goed energielabel? | Rijksoverheid.nl",
        "house",
    ),
    day("9 07:45"),
    *youtube(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c40b8e71f2",
        "1838301877105",
        "Bevestiging: zaal De Veranda gereserveerd voor zondag 14 maart",
        "oma",
    ),
    day("9 20:00"),
    search(GOOGLE, "antwerpen zondag open winkels rubenshuis tickets", "antwerp"),
    page(
        "https://www.rubenshuis.be/nl/tickets",
        "Tickets | Rubenshuis",
        "antwerp",
    ),
    day("10 07:30"),
    *nu(),
    search(GOOGLE, "kat na castratie kraag nodig likken wond", "cat"),
    page(
        "https://www.dierenarts.nl/kat/nazorg-castratie-wond",
        "Nazorg na castratie: de wond en de kraag | Dierenarts.nl",
        "cat",
    ),
    day("10 13:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c40b8e71f2",
        "1838355012877",
        "Tweede gesprek Supply Chain Analyst - case opdracht",
        "job",
    ),
    search(GOOGLE, "supply chain case study interview forecasting excel", "job"),
    page(
        "https://www.mconsultingprep.com/supply-chain-case-interview",
        "Supply Chain Case Interview: Frameworks & Examples",
        "job",
    ),
    day("10 21:00"),
    *nl(),
    *youtube(),
]
