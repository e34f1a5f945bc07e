"""A nurse's ten days in Montreal, in French and in English, on her laptop at home, written in
the thirty-fifth session after its step 69 and scored before any change for it: a used
Subaru Forester, a weekend at the Quebec Winter Carnival, her son's hockey registration,
her cat's dental surgery, her RAMQ health card renewed, and a nursing certification in
critical care (CCN). Between them she reads La Presse and watches cooking videos from
YouTube's front page. Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week128``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "isabelle.tremblay.inf@gmail.com"
INBOX = "c4e8a2b6d0"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (9) - {ADDRESS} - Gmail",
            None,
        )
    ]


def presse() -> list[Step]:
    return [
        (
            "goto",
            "https://www.lapresse.ca/",
            "La Presse | Actualités, Montréal, Québec, Canada",
            None,
        )
    ]


def cooking(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *presse(),
    day("1 19:30"),
    search(GOOGLE, "subaru forester usagé 2019 2020 fiabilité problèmes", "car"),
    page(
        "https://www.guideautoweb.com/occasion/subaru/forester/2019/",
        "Subaru Forester 2019 usagé : fiabilité et problèmes | Guide Auto",
        "car",
    ),
    search(GOOGLE, "subaru forester 2019 for sale montreal under 25000", "car"),
    page(
        "https://www.autotrader.ca/cars/subaru/forester/qc/montr%C3%A9al/?yRng=2019%2C2020",
        "Used Subaru Forester for Sale in Montréal | AutoTrader.ca",
        "car",
    ),
    day("2 06:45"),
    *mail(),
    day("2 20:00"),
    search(GOOGLE, "inscription hockey mineur montréal 2027 m11 frais", "hockey"),
    page(
        "https://www.hockeymontreal.ca/inscription",
        "Inscription saison 2027-2028 | Hockey Montréal",
        "hockey",
    ),
    search(GOOGLE, "hockey equipment size chart kids 10 year old", "hockey"),
    page(
        "https://www.purehockey.com/c/youth-hockey-equipment-sizing",
        "Youth Hockey Equipment Sizing Guide | Pure Hockey",
        "hockey",
    ),
    day("3 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876100223344000001",
        "Rappel : extraction dentaire de Minou - Clinique vétérinaire Rosemont",
        "cat",
    ),
    *presse(),
    day("3 13:00"),
    search(BING, "chat extraction dentaire anesthésie risques chat 12 ans", "cat"),
    page(
        "https://www.revue-veterinaire.ca/chat-extraction-dentaire-anesthesie",
        "Extraction dentaire chez le chat âgé : anesthésie et risques",
        "cat",
    ),
    search(BING, "cat tooth extraction recovery soft food how long", "cat"),
    page(
        "https://www.vet.cornell.edu/departments-centers-and-institutes/cornell-feline-health-center/health-information/feline-health-topics/feline-dental-disease",
        "Feline Dental Disease | Cornell University College of Veterinary Medicine",
        "cat",
    ),
    day("3 20:30"),
    search(GOOGLE, "carnaval de québec 2027 dates programmation", "carnival"),
    page(
        "https://carnaval.qc.ca/programmation",
        "Programmation | Carnaval de Québec",
        "carnival",
    ),
    search(GOOGLE, "hôtel vieux-québec famille stationnement février", "carnival"),
    page(
        "https://www.booking.com/city/ca/quebec.fr.html",
        "Les 10 meilleurs hôtels à Québec - Booking.com",
        "carnival",
    ),
    day("4 06:45"),
    *mail(),
    day("4 19:45"),
    *cooking("pq7c0ok1a", "Pâté chinois comme chez grand-maman - YouTube"),
    search(GOOGLE, "ccn certification canada critical care nursing exam blueprint", "ccn"),
    page(
        "https://www.cna-aiic.ca/en/certification/get-certified/critical-care-nursing",
        "Critical Care Nursing Certification | Canadian Nurses Association",
        "ccn",
    ),
    search(GOOGLE, "ccn exam practice questions free", "ccn"),
    page(
        "https://www.reddit.com/r/nursing/comments/1q2w3e4/canadian_ccn_exam_study_resources/",
        "Canadian CCN exam study resources? : r/nursing",
        "ccn",
    ),
    day("5 06:40"),
    *mail(),
    *presse(),
    day("5 12:30"),
    search(BING, "renouveler carte assurance maladie ramq en ligne photo", "ramq"),
    page(
        "https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-maladie/renouveler-carte",
        "Renouveler sa carte d'assurance maladie | RAMQ",
        "ramq",
    ),
    search(BING, "point de service photo carte soleil montréal rendez-vous", "ramq"),
    page(
        "https://www.ramq.gouv.qc.ca/fr/nous-joindre/points-de-service",
        "Points de service pour la photo et la signature | RAMQ",
        "ramq",
    ),
    day("5 20:00"),
    search(GOOGLE, "forester 2019 cvt transmission problems high mileage", "car"),
    page(
        "https://www.subaruforester.org/threads/2019-cvt-shudder-at-90k-km.712345/",
        "2019 CVT shudder at 90k km | Subaru Forester Owners Forum",
        "car",
    ),
    search(GOOGLE, "inspection pré-achat voiture usagée montréal caa prix", "car"),
    page(
        "https://www.caaquebec.com/fr/sur-la-route/services/inspection-pre-achat/",
        "Inspection pré-achat | CAA-Québec",
        "car",
    ),
    day("6 09:30"),
    search(GOOGLE, "bain de minuit carnaval québec avec enfants activités gratuites", "carnival"),
    page(
        "https://www.quebec-cite.com/fr/carnaval-de-quebec-activites-famille",
        "Carnaval de Québec en famille : activités gratuites | Québec Cité",
        "carnival",
    ),
    search(GOOGLE, "train via rail montreal quebec city february family fare", "carnival"),
    page(
        "https://www.viarail.ca/en/explore-our-destinations/quebec-city",
        "Train to Québec City | VIA Rail",
        "carnival",
    ),
    day("6 15:00"),
    *cooking("pq7c0ok1b", "Soupe aux pois à la mijoteuse - YouTube"),
    day("7 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876100223344000002",
        "Confirmation d'inscription - Hockey Montréal M11 saison 2027-2028",
        "hockey",
    ),
    day("7 20:15"),
    search(GOOGLE, "patins de hockey enfant bauer vs ccm pointure", "hockey"),
    page(
        "https://www.sportsexperts.ca/fr-CA/c/hockey/patins/junior",
        "Patins de hockey junior | Sports Experts",
        "hockey",
    ),
    search(GOOGLE, "ccn exam hemodynamics review swan ganz waveforms", "ccn"),
    page(
        "https://www.icuprn.com/hemodynamics-pulmonary-artery-catheter-waveforms",
        "Hemodynamics Review: PA Catheter Waveforms | ICU PRN",
        "ccn",
    ),
    day("8 06:45"),
    *mail(),
    *presse(),
    day("8 13:00"),
    search(BING, "what to feed cat after dental extraction first week", "cat"),
    page(
        "https://www.petmd.com/cat/care/what-feed-cat-after-tooth-extraction",
        "What to Feed a Cat After Tooth Extraction | PetMD",
        "cat",
    ),
    day("8 20:30"),
    search(GOOGLE, "négocier prix voiture usagée concessionnaire conseils", "car"),
    page(
        "https://www.protegez-vous.ca/automobile/negocier-achat-voiture-usagee",
        "Comment négocier l'achat d'une voiture usagée | Protégez-Vous",
        "car",
    ),
    day("9 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876100223344000003",
        "Votre nouvelle carte d'assurance maladie est en route - RAMQ",
        "ramq",
    ),
    day("9 19:30"),
    search(GOOGLE, "ccn certification renewal continuous learning hours canada", "ccn"),
    page(
        "https://www.cna-aiic.ca/en/certification/renew-your-certification",
        "Renew your certification | Canadian Nurses Association",
        "ccn",
    ),
    search(GOOGLE, "quoi apporter carnaval de québec froid enfants habillement", "carnival"),
    page(
        "https://www.lapresse.ca/voyage/quebec-et-canada/2027-01-20/carnaval-comment-s-habiller.php",
        "Carnaval de Québec : comment bien s'habiller avec les enfants | La Presse",
        "carnival",
    ),
    day("10 06:40"),
    *mail(),
    *presse(),
    day("10 18:00"),
    search(GOOGLE, "subaru forester 2020 vs 2019 differences eyesight", "car"),
    page(
        "https://www.caranddriver.com/subaru/forester-2020",
        "2020 Subaru Forester Review, Pricing, and Specs | Car and Driver",
        "car",
    ),
]
