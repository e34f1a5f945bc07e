"""A food truck owner's ten days in Houston, in Spanish and in English, on her phone's
laptop twin at home, written in the thirty-sixth session and scored before any change for
it: the city's mobile food unit permit, her daughter's quinceañera (a hall, a dress, the
waltz), a generator for the truck that will not start, refinancing the house, her mother's
type 2 diabetes, and the truck's sales tax and Schedule C. Between them she reads Univision
Houston and watches cumbia videos from YouTube's front page. Gmail is opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week135``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "tacos.la.guera.htx@gmail.com"
INBOX = "c1e5a9d3f7"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Recibidos (21) - {ADDRESS} - Gmail",
            None,
        )
    ]


def univision() -> list[Step]:
    return [
        (
            "goto",
            "https://www.univision.com/local/houston-kxln",
            "Noticias de Houston | Univision 45 Houston KXLN",
            None,
        )
    ]


def cumbia(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *univision(),
    day("1 15:00"),
    search(GOOGLE, "houston mobile food unit permit requirements", "permit"),
    page(
        "https://www.houstonconsumer.org/food-service/mobile-food-units",
        "Mobile Food Units | City of Houston Consumer Health",
        "permit",
    ),
    search(GOOGLE, "commissary kitchen houston food truck monthly price", "permit"),
    page(
        "https://www.thekitchendoor.com/commercial-kitchen-rental/houston-tx",
        "Commercial Kitchen Rentals in Houston, TX | The Kitchen Door",
        "permit",
    ),
    day("1 21:00"),
    search(GOOGLE, "salón para quinceañera houston precios 150 personas", "quince"),
    page(
        "https://www.quinceanera.com/houston/reception-halls/",
        "Salones para Quinceañeras en Houston | Quinceanera.com",
        "quince",
    ),
    search(GOOGLE, "vestidos de quinceañera azul rey con mangas", "quince"),
    page(
        "https://www.morileeinc.com/quinceanera/vizcaya",
        "Vestidos de Quinceañera | Vizcaya by Morilee",
        "quince",
    ),
    day("2 07:40"),
    *mail(),
    day("2 14:30"),
    search(BING, "onan generator won't start after sitting food truck", "generator"),
    page(
        "https://www.irv2.com/forums/f54/onan-4000-wont-start-after-sitting-all-winter-412345.html",
        "Onan 4000 won't start after sitting all winter - iRV2 Forums",
        "generator",
    ),
    search(BING, "carburetor cleaning onan microquiet 4000 fuel pump", "generator"),
    page(
        "https://www.youtube.com/watch?v=0n4nc4rb1",
        "Onan Microquiet 4000 Carburetor Cleaning - YouTube",
        "generator",
    ),
    day("2 21:30"),
    search(GOOGLE, "dieta para diabeticos tipo 2 desayunos faciles", "diabetes"),
    page(
        "https://www.mayoclinic.org/es/diseases-conditions/diabetes/in-depth/diabetes-diet/art-20044295",
        "Dieta para la diabetes: crea tu plan de alimentación saludable - Mayo Clinic",
        "diabetes",
    ),
    search(GOOGLE, "metformina efectos secundarios estomago adultos mayores", "diabetes"),
    page(
        "https://medlineplus.gov/spanish/druginfo/meds/a696005-es.html",
        "Metformina: MedlinePlus medicinas",
        "diabetes",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877200334455000001",
        "Your loan estimate is ready - Lone Star Home Lending",
        "refinance",
    ),
    *univision(),
    day("3 20:00"),
    search(GOOGLE, "cash out refinance requirements texas 80 percent", "refinance"),
    page(
        "https://www.bankrate.com/mortgages/texas-cash-out-refinance/",
        "Texas Cash-Out Refinance: Rules and Requirements | Bankrate",
        "refinance",
    ),
    search(GOOGLE, "refinance rates 30 year fixed today", "refinance"),
    page(
        "https://www.nerdwallet.com/mortgages/refinance-rates",
        "Current Refinance Rates | NerdWallet",
        "refinance",
    ),
    *cumbia("cumb1a0001", "Los Ángeles Azules - Nunca Es Suficiente - YouTube"),
    day("4 07:35"),
    *mail(),
    day("4 13:00"),
    search(GOOGLE, "houston fire marshal food truck propane inspection", "permit"),
    page(
        "https://www.houstontx.gov/fire/prevention/mobilefoodunits.html",
        "Mobile Food Unit Inspections | Houston Fire Department",
        "permit",
    ),
    day("4 22:00"),
    search(GOOGLE, "vals de quinceañera canciones 2027 papa e hija", "quince"),
    page(
        "https://www.quinceanera.com/es/musica/canciones-para-el-vals/",
        "Las mejores canciones para el vals de quinceañera | Quinceanera.com",
        "quince",
    ),
    search(GOOGLE, "coreografia chambelanes sorpresa baile", "quince"),
    page(
        "https://www.youtube.com/watch?v=chamb3l4n3s",
        "Baile Sorpresa Chambelanes Coreografía - YouTube",
        "quince",
    ),
    day("5 07:30"),
    *mail(),
    *univision(),
    day("5 15:30"),
    search(GOOGLE, "texas sales tax permit food truck how to apply", "taxes"),
    page(
        "https://comptroller.texas.gov/taxes/permit/",
        "Sales and Use Tax Permit | Texas Comptroller",
        "taxes",
    ),
    search(GOOGLE, "schedule c food truck expenses what can i deduct", "taxes"),
    page(
        "https://www.keepertax.com/posts/food-truck-tax-deductions",
        "Food Truck Tax Deductions: The Complete List | Keeper",
        "taxes",
    ),
    day("5 21:00"),
    search(BING, "glucometro sin receta cual es mejor para adultos mayores", "diabetes"),
    page(
        "https://www.consumerreports.org/es/salud/medidores-de-glucosa/",
        "Los mejores medidores de glucosa | Consumer Reports",
        "diabetes",
    ),
    day("6 09:00"),
    *mail(),
    day("6 10:00"),
    search(BING, "quiet inverter generator 7000 watt food truck", "generator"),
    page(
        "https://www.mobile-cuisine.com/equipment/best-food-truck-generators/",
        "The Best Food Truck Generators | Mobile Cuisine",
        "generator",
    ),
    search(BING, "predator 9500 inverter vs honda eu7000 noise", "generator"),
    page(
        "https://www.reddit.com/r/foodtrucks/comments/1r7b2n9/predator_9500_vs_honda_eu7000/",
        "Predator 9500 vs Honda EU7000 for a truck? : r/foodtrucks",
        "generator",
    ),
    *cumbia("cumb1a0002", "Grupo Frontera - Un x100to - YouTube"),
    day("7 07:30"),
    *mail(),
    *univision(),
    day("7 20:30"),
    search(GOOGLE, "itin mortgage refinance texas lenders", "refinance"),
    page(
        "https://www.lendingtree.com/home/mortgage/itin-mortgage/",
        "ITIN Mortgage Loans: How They Work | LendingTree",
        "refinance",
    ),
    search(GOOGLE, "pastel de quinceañera 3 pisos precio houston", "quince"),
    page(
        "https://www.yelp.com/search?find_desc=Quinceanera+Cakes&find_loc=Houston%2C+TX",
        "Top 10 Best Quinceanera Cakes near Houston, TX - Yelp",
        "quince",
    ),
    day("8 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877200334455000002",
        "Inspection scheduled: Mobile Food Unit MFU-24-0871",
        "permit",
    ),
    day("8 16:00"),
    search(GOOGLE, "mobile food unit inspection checklist houston handwashing sink", "permit"),
    page(
        "https://www.houstonconsumer.org/food-service/mobile-food-unit-checklist",
        "Mobile Food Unit Inspection Checklist | City of Houston",
        "permit",
    ),
    search(GOOGLE, "quarterly sales tax return texas webfile due date", "taxes"),
    page(
        "https://comptroller.texas.gov/taxes/file-pay/webfile/",
        "Webfile | Texas Comptroller",
        "taxes",
    ),
    day("9 07:30"),
    *mail(),
    day("9 21:00"),
    search(GOOGLE, "recetas de cena para diabeticos mexicanas bajas en carbohidratos", "diabetes"),
    page(
        "https://www.mexicoenmicocina.com/recetas-para-diabeticos/",
        "Recetas para diabéticos mexicanas | México en mi cocina",
        "diabetes",
    ),
    search(GOOGLE, "appraisal for refinance what do they look at", "refinance"),
    page(
        "https://www.rocketmortgage.com/learn/refinance-appraisal",
        "Refinance Appraisal: What To Expect | Rocket Mortgage",
        "refinance",
    ),
    day("10 07:30"),
    *mail(),
    *univision(),
    day("10 14:00"),
    search(BING, "onan generator fuel pump replacement part number 4000", "generator"),
    page(
        "https://www.amazon.com/Onan-149-2311-Fuel-Pump/dp/B000BQN4K2",
        "Amazon.com: Onan 149-2311 Fuel Pump : Automotive",
        "generator",
    ),
    search(GOOGLE, "invitaciones de quinceañera digitales whatsapp", "quince"),
    page(
        "https://www.canva.com/es_mx/invitaciones/plantillas/quinceanera/",
        "Plantillas de invitaciones para quinceañera | Canva",
        "quince",
    ),
]
