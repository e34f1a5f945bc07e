"""A paralegal's ten days in Miami, on her own laptop at home and at the firm, written in the
thirty-third session after its steps 65 and 66 and scored before any change for it. She
searches in English and in Spanish: a client's family petition (form I-130) at work, her
mother's Medicare plan (in Spanish), a rear-end collision and its insurance claim, her
daughter's quinceañera (in both), and kitchen cabinets to paint. Between them she reads
the Miami Herald and el Nuevo Herald and watches telenovela clips from YouTube's front page.
Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week122``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "daniela.ortiz.mia@gmail.com"
INBOX = "1f7b3d4e69"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def herald() -> list[Step]:
    return [
        ("goto", "https://www.miamiherald.com/", "Miami Herald: Miami News & Breaking News", None)
    ]


def nuevo() -> list[Step]:
    return [
        (
            "goto",
            "https://www.elnuevoherald.com/",
            "el Nuevo Herald: noticias de Miami, Cuba y Latinoamérica",
            None,
        )
    ]


def novela(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *mail(),
    *herald(),
    day("1 10:30"),
    search(GOOGLE, "i-130 filing fee 2027 spouse of permanent resident", "petition"),
    page(
        "https://www.uscis.gov/i-130",
        "I-130, Petition for Alien Relative | USCIS",
        "petition",
    ),
    search(GOOGLE, "i-130a required when petitioning spouse", "petition"),
    page(
        "https://www.uscis.gov/i-130a",
        "I-130A, Supplemental Information for Spouse Beneficiary | USCIS",
        "petition",
    ),
    day("1 20:15"),
    search(BING, "plan medicare advantage para mi mamá miami con dentista", "medicare"),
    page(
        "https://www.medicare.gov/espanol/plan-compare/",
        "Buscador de planes de Medicare | Medicare",
        "medicare",
    ),
    day("2 07:45"),
    *mail(),
    *nuevo(),
    day("2 17:50"),
    search(GOOGLE, "rear ended at red light florida no fault pip what covers", "crash"),
    page(
        "https://www.flhsmv.gov/insurance/personal-injury-protection/",
        "Personal Injury Protection (PIP) | Florida HSMV",
        "crash",
    ),
    search(GOOGLE, "florida crash report how to get online", "crash"),
    page(
        "https://services.flhsmv.gov/CrashReportPurchasing/",
        "Crash Report Purchasing | Florida Highway Safety and Motor Vehicles",
        "crash",
    ),
    day("2 21:00"),
    search(GOOGLE, "salones para quinceañera miami precios", "quince"),
    page(
        "https://www.theknot.com/marketplace/quinceanera-venues-miami-fl",
        "Quinceañera Venues in Miami, FL | The Knot",
        "quince",
    ),
    day("3 07:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1869200667788990001",
        "GEICO: Your claim 0471-88213 has been opened",
        "crash",
    ),
    *herald(),
    day("3 11:00"),
    search(GOOGLE, "i-130 evidence of bona fide marriage checklist", "petition"),
    page(
        "https://www.boundless.com/immigration-resources/proving-bona-fide-marriage/",
        "How to Prove a Bona Fide Marriage | Boundless",
        "petition",
    ),
    day("3 20:30"),
    *novela("n0v3l4cl1p1", "La Reina del Sur 3 | Capítulo 12 - YouTube"),
    search(BING, "diferencia entre medicare advantage y medigap", "medicare"),
    page(
        "https://www.aarp.org/espanol/salud/medicare/info-2024/medicare-advantage-o-medigap.html",
        "¿Medicare Advantage o Medigap? Cómo elegir - AARP en español",
        "medicare",
    ),
    day("4 07:45"),
    *mail(),
    *nuevo(),
    day("4 19:30"),
    search(GOOGLE, "painting kitchen cabinets without sanding primer", "cabinets"),
    page(
        "https://www.bobvila.com/articles/painting-kitchen-cabinets-without-sanding/",
        "How to Paint Kitchen Cabinets Without Sanding | Bob Vila",
        "cabinets",
    ),
    search(
        GOOGLE, "benjamin moore advance vs sherwin williams emerald urethane cabinets", "cabinets"
    ),
    page(
        "https://www.reddit.com/r/paint/comments/1u2v3w4/bm_advance_vs_sw_emerald_urethane/",
        "BM Advance vs SW Emerald Urethane for cabinets? : r/paint",
        "cabinets",
    ),
    day("5 07:40"),
    *mail(),
    *herald(),
    day("5 12:15"),
    search(GOOGLE, "geico rental car coverage not at fault claim", "crash"),
    page(
        "https://www.geico.com/claims/claimsprocess/rental-car/",
        "Rental Car Coverage During a Claim | GEICO",
        "crash",
    ),
    day("5 20:45"),
    search(GOOGLE, "quinceañera dress colors meaning", "quince"),
    page(
        "https://www.quinceanera.com/dresses/quinceanera-dress-colors-meaning/",
        "What Do Quinceañera Dress Colors Mean? | Quinceanera.com",
        "quince",
    ),
    search(GOOGLE, "vals de quinceañera canciones 2027", "quince"),
    page(
        "https://www.youtube.com/watch?v=v4l5qu1nc3",
        "Top 10 Valses para Quinceañera 2027 - YouTube",
        "quince",
    ),
    day("6 10:00"),
    search(BING, "cómo inscribir a mi mamá en medicare advantage fechas", "medicare"),
    page(
        "https://www.medicare.gov/espanol/basics/when-can-i-join",
        "¿Cuándo puedo inscribirme en un plan? | Medicare",
        "medicare",
    ),
    day("6 15:30"),
    search(GOOGLE, "cabinet door hinges concealed replace old style", "cabinets"),
    page(
        "https://www.homedepot.com/b/Hardware-Cabinet-Hardware-Cabinet-Hinges/N-5yc1vZc29c",
        "Cabinet Hinges - Cabinet Hardware - The Home Depot",
        "cabinets",
    ),
    day("7 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1869200667788990002",
        "Re: Martinez I-130 - translated birth certificate attached",
        "petition",
    ),
    *nuevo(),
    day("7 11:30"),
    search(GOOGLE, "certified translation requirements uscis birth certificate", "petition"),
    page(
        "https://www.uscis.gov/policy-manual/volume-1-part-b-chapter-4",
        "Chapter 4 - Translation Requirements | USCIS Policy Manual",
        "petition",
    ),
    day("7 19:00"),
    search(GOOGLE, "whiplash symptoms days after car accident", "crash"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/whiplash/symptoms-causes/syc-20378921",
        "Whiplash - Symptoms and causes - Mayo Clinic",
        "crash",
    ),
    day("8 07:40"),
    *mail(),
    *herald(),
    day("8 20:00"),
    search(GOOGLE, "chambelanes quinceañera coreografía cuánto cobra miami", "quince"),
    page(
        "https://www.instagram.com/quincechoreomiami/",
        "Quince Choreo Miami (@quincechoreomiami) • Instagram photos and videos",
        "quince",
    ),
    day("9 07:45"),
    *mail(),
    *nuevo(),
    day("9 18:30"),
    *novela("n0v3l4cl1p2", "La Reina del Sur 3 | Capítulo 13 - YouTube"),
    search(BING, "plan dental para personas mayores con medicare florida", "medicare"),
    page(
        "https://www.humana.com/es/dental-insurance/medicare-dental",
        "Seguro dental con Medicare | Humana",
        "medicare",
    ),
    day("10 07:40"),
    *mail(),
    *herald(),
    day("10 14:00"),
    search(GOOGLE, "cabinet paint curing time before reattaching doors", "cabinets"),
    page(
        "https://www.sherwin-williams.com/homeowners/color/inspiration/painting-cabinets-cure-time",
        "How Long Does Cabinet Paint Take to Cure? | Sherwin-Williams",
        "cabinets",
    ),
]
