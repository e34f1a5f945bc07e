"""A translator's ten days in Montreal, written at the start of the twenty-fourth session and
scored before any change for it. She searches in French and in English, often mixing them: a
first condo bought in Rosemont (the mortgage, the pre-purchase inspection, the notary), a
weekend at the Carnaval in Quebec City, registering for GST and QST as a freelancer, a
subsidised daycare place for her son, winter tyres, and the OTTIAQ certification exam. The
sentence model reads English; half of the searches are not. "montréal" and "montreal" are in
the searches of four tasks, "québec" names a city, a province and its tax office. Gmail, La
Presse, MétéoMédia and YouTube are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week61``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "camille.tremblay.trad@gmail.com"
INBOX = "e4f5a6b7c8"
RQ = "https://www.revenuquebec.ca/fr"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (6) - {ADDRESS} - Gmail",
            None,
        )
    ]


def presse() -> list[Step]:
    return [
        (
            "goto",
            "https://www.lapresse.ca/",
            "La Presse | Actualités et infos au Québec et dans le monde",
            None,
        )
    ]


def meteo() -> list[Step]:
    return [
        (
            "goto",
            "https://www.meteomedia.com/ca/meteo/quebec/montreal",
            "Montréal, QC Prévisions météo | MétéoMédia",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *presse(),
    day("1 12:15"),
    search(GOOGLE, "condo à vendre rosemont 2 chambres", "condo"),
    page(
        "https://www.centris.ca/fr/condos~a-vendre~montreal-rosemont-la-petite-patrie",
        "Condos à vendre - Rosemont/La Petite-Patrie (Montréal) | Centris.ca",
        "condo",
    ),
    page(
        "https://www.centris.ca/fr/condo~a-vendre~montreal-rosemont-la-petite-patrie/21345678",
        "Condo à vendre, 5e Avenue, Montréal (Rosemont/La Petite-Patrie) - 21345678 | Centris.ca",
        "condo",
    ),
    day("1 19:00"),
    search(GOOGLE, "carnaval de québec 2027 dates billets", "carnaval"),
    page(
        "https://carnaval.qc.ca/",
        "Carnaval de Québec | Le plus grand carnaval d'hiver au monde",
        "carnaval",
    ),
    page(
        "https://carnaval.qc.ca/billetterie",
        "Billetterie - Effigie et activités | Carnaval de Québec",
        "carnaval",
    ),
    day("2 07:30"),
    *mail(),
    *meteo(),
    day("2 10:00"),
    search(BING, "inscription TPS TVQ travailleur autonome seuil 30000", "taxes"),
    page(
        f"{RQ}/entreprises/taxes/tpstvh-et-tvq/inscription-aux-fichiers-de-la-tps-et-de-la-tvq/",
        "Inscription aux fichiers de la TPS et de la TVQ | Revenu Québec",
        "taxes",
    ),
    page(
        f"{RQ}/entreprises/taxes/tpstvh-et-tvq/inscription-aux-fichiers-de-la-tps-et-de-la-tvq/petit-fournisseur/",
        "Petit fournisseur | Revenu Québec",
        "taxes",
    ),
    day("2 13:30"),
    search(GOOGLE, "first time home buyer mortgage rates quebec 5 year fixed", "condo"),
    page(
        "https://www.ratehub.ca/best-mortgage-rates/quebec",
        "Best Mortgage Rates in Quebec | Ratehub.ca",
        "condo",
    ),
    page(
        "https://www.desjardins.com/fr/particuliers/prets-credit/pret-hypothecaire/calculatrice.html",
        "Calculatrice hypothécaire | Desjardins",
        "condo",
    ),
    day("2 20:30"),
    *video_home(),
    day("3 07:30"),
    *mail(),
    *presse(),
    day("3 09:45"),
    search(GOOGLE, "place 0-5 ans inscription garderie subventionnée", "daycare"),
    page(
        "https://www.laplace0-5.com/",
        "La Place 0-5 | Guichet unique d'accès aux services de garde",
        "daycare",
    ),
    page(
        "https://www.mfa.gouv.qc.ca/fr/services-de-garde/parents/inscription/Pages/index.aspx",
        "Inscription à un service de garde | Ministère de la Famille",
        "daycare",
    ),
    day("3 14:00"),
    search(GOOGLE, "pneus d'hiver obligatoires date 2026 québec", "tires"),
    page(
        "https://saaq.gouv.qc.ca/securite-routiere/moyens-deplacement/vehicules-promenade/pneus-hiver",
        "Pneus d'hiver | SAAQ",
        "tires",
    ),
    day("3 16:00"),
    search(BING, "ottiaq examen agrément traducteur préparation", "ottiaq"),
    page(
        "https://ottiaq.org/devenir-membre/agrement/examen",
        "Examen d'agrément | OTTIAQ",
        "ottiaq",
    ),
    page(
        "https://ottiaq.org/formation-continue/",
        "Formation continue | OTTIAQ",
        "ottiaq",
    ),
    day("4 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1812334455667788001",
        "Votre demande de prêt hypothécaire - préautorisation - Desjardins",
        "condo",
    ),
    *meteo(),
    day("4 11:00"),
    search(GOOGLE, "michelin x-ice snow vs bridgestone blizzak ws90", "tires"),
    page(
        "https://www.tirerack.com/tires/tests/testDisplay.jsp?ttid=260",
        "Winter Tire Test: Michelin X-Ice Snow vs Bridgestone Blizzak WS90 | Tire Rack",
        "tires",
    ),
    page(
        "https://www.reddit.com/r/montreal/comments/yb2k3l/best_winter_tires_for_montreal/",
        "Best winter tires for Montreal? : r/montreal",
        "tires",
    ),
    day("4 15:00"),
    search(GOOGLE, "inspection préachat condo montréal prix", "condo"),
    page(
        "https://www.aibq.qc.ca/trouver-un-inspecteur",
        "Trouver un inspecteur en bâtiment | AIBQ",
        "condo",
    ),
    page(
        "https://www.soumissionsmaison.com/inspection-batiment/prix",
        "Prix d'une inspection préachat en 2026 | Soumissions Maison",
        "condo",
    ),
    day("4 21:00"),
    search(GOOGLE, "hotel vieux quebec parking carnaval weekend", "carnaval"),
    page(
        "https://www.booking.com/city/ca/quebec.fr.html",
        "Les 10 meilleurs hôtels à Québec (à partir de CAD 120) | Booking.com",
        "carnaval",
    ),
    page(
        "https://www.chateaufrontenac.ca/fr/offres/",
        "Forfaits et offres | Fairmont Le Château Frontenac",
        "carnaval",
    ),
    day("5 08:00"),
    *mail(),
    *presse(),
    day("5 10:30"),
    search(GOOGLE, "cra gst registration small supplier threshold freelancer", "taxes"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/when-register-charge.html",
        "When to register for and start charging the GST/HST - Canada.ca",
        "taxes",
    ),
    day("5 14:00"),
    search(BING, "garderie cpe rosemont liste d'attente combien de temps", "daycare"),
    page(
        "https://www.reddit.com/r/montreal/comments/xq9w1e/cpe_waiting_list_how_long/",
        "CPE waiting list, how long did you wait? : r/montreal",
        "daycare",
    ),
    page(
        "https://www.cpedelapetitepatrie.ca/inscription",
        "Inscription | CPE de la Petite-Patrie",
        "daycare",
    ),
    day("5 20:00"),
    *video_home(),
    day("6 09:00"),
    *mail(),
    *meteo(),
    day("6 11:30"),
    search(GOOGLE, "ottiaq certification exam english to french sample", "ottiaq"),
    page(
        "https://ottiaq.org/wp-content/uploads/exemple-examen-agrement.pdf",
        "exemple-examen-agrement.pdf",
        "ottiaq",
    ),
    page(
        "https://www.reddit.com/r/TranslationStudies/comments/uk3j8p/ottiaq_exam_experience/",
        "OTTIAQ exam experience? : r/TranslationStudies",
        "ottiaq",
    ),
    day("6 15:30"),
    search(GOOGLE, "notaire frais achat condo montréal combien", "condo"),
    page(
        "https://www.cnq.org/achat-dune-propriete/",
        "Achat d'une propriété | Chambre des notaires du Québec",
        "condo",
    ),
    page(
        "https://www.jaidemenage.com/blogue/taxe-de-bienvenue-montreal-calcul",
        "Taxe de bienvenue à Montréal : calcul 2026 | J'ai déménagé",
        "condo",
    ),
    day("7 07:30"),
    *mail(),
    *presse(),
    day("7 12:00"),
    search(GOOGLE, "costco winter tire installation montreal appointment", "tires"),
    page(
        "https://www.costco.ca/tire-centre.html",
        "Tire Centre | Costco",
        "tires",
    ),
    day("7 18:30"),
    search(GOOGLE, "via rail montréal québec horaire prix février", "carnaval"),
    page(
        "https://www.viarail.ca/fr/explorer-nos-destinations/trajets/montreal-quebec",
        "Train Montréal - Québec | VIA Rail",
        "carnaval",
    ),
    day("8 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1812334455667790456",
        "Confirmation d'inscription - Examen d'agrément 2027 - OTTIAQ",
        "ottiaq",
    ),
    *meteo(),
    day("8 10:00"),
    search(BING, "facturer TPS TVQ à un client hors québec traduction", "taxes"),
    page(
        f"{RQ}/entreprises/taxes/tpstvh-et-tvq/perception-de-la-tps-et-de-la-tvq/fournitures-hors-quebec/",
        "Fournitures effectuées hors du Québec | Revenu Québec",
        "taxes",
    ),
    page(
        "https://www.reddit.com/r/PersonalFinanceCanada/comments/rv2a1m/charging_gst_qst_to_clients_outside_quebec/",
        "Charging GST/QST to clients outside Quebec as a freelancer : r/PersonalFinanceCanada",
        "taxes",
    ),
    day("8 14:00"),
    search(GOOGLE, "carnaval de québec avec enfant 4 ans activités", "carnaval"),
    page(
        "https://carnaval.qc.ca/programmation/famille",
        "Programmation famille | Carnaval de Québec",
        "carnaval",
    ),
    day("9 07:30"),
    *mail(),
    *presse(),
    day("9 13:00"),
    search(GOOGLE, "offre d'achat condo conditions inspection financement délai", "condo"),
    page(
        "https://www.oaciq.com/fr/articles/offre-achat-conditions",
        "Les conditions d'une promesse d'achat | OACIQ",
        "condo",
    ),
    *tab(
        "https://www.centris.ca/fr/condo~a-vendre~montreal-rosemont-la-petite-patrie/21349911",
        "Condo à vendre, rue Beaubien Est, Montréal (Rosemont/La Petite-Patrie) - 21349911 | Centris.ca",
        "condo",
    ),
    day("9 20:00"),
    *video_home(),
    day("10 08:00"),
    *mail(),
    *meteo(),
    day("10 10:30"),
    search(
        GOOGLE,
        "allocation famille garderie non subventionnée crédit d'impôt frais de garde",
        "daycare",
    ),
    page(
        f"{RQ}/citoyens/credits-dimpot/credit-dimpot-pour-frais-de-garde-denfants/",
        "Crédit d'impôt pour frais de garde d'enfants | Revenu Québec",
        "daycare",
    ),
    day("10 15:00"),
    search(GOOGLE, "ottiaq exam tips terminology resources termium", "ottiaq"),
    page(
        "https://www.btb.termiumplus.gc.ca/",
        "TERMIUM Plus® - Translation Bureau",
        "ottiaq",
    ),
]
