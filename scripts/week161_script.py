"""A back-end developer's ten days in Montreal, written in the forty-fifth session and scored
before any change for it: she searches in French and in English, sometimes for the same task.
A Django migration conflict at work (English), her health card to renew with the RAMQ
(French), winter tyres bought and fitted (both languages), a weekend in Quebec City looked
at and not booked (French), a daycare place for her daughter (French) and Montreal bagels
baked at home (English). Between them she reads La Presse, Gmail, r/montreal and YouTube.
Her Google answers in French ("… - Recherche Google"); some searches go to DuckDuckGo.
Used by make_week_history.py (``week161``, also ``--firefox``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "camille.tremblay.dev@gmail.com"


def google(query: str, task: str) -> Step:
    """A search on Google in French, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Recherche Google", task)


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (4) - {ADDRESS} - Gmail",
            None,
        )
    ]


def lapresse() -> list[Step]:
    return [
        (
            "goto",
            "https://www.lapresse.ca/",
            "La Presse | Actualités, Arts, Sports, Affaires et plus",
            None,
        )
    ]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/montreal/", "r/montreal", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 07:45"),
    *lapresse(),
    *mail(),
    google("django migration conflict multiple leaf nodes", "django"),
    page(
        "https://stackoverflow.com/questions/31936813/django-migrations-conflicting-migrations-detected",
        "python - Django: Conflicting migrations detected - Stack Overflow",
        "django",
    ),
    page(
        "https://docs.djangoproject.com/en/5.1/topics/migrations/",
        "Migrations | Django documentation | Django",
        "django",
    ),
    day("1 12:20"),
    *reddit(),
    google("renouvellement carte assurance maladie ramq photo", "ramq"),
    page(
        "https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-maladie/renouveler-carte",
        "Renouveler sa carte d'assurance maladie | RAMQ",
        "ramq",
    ),
    day("1 20:30"),
    *youtube(),
    search(DDG, "montreal style bagel recipe honey water", "bagels"),
    page(
        "https://www.kingarthurbaking.com/recipes/montreal-style-bagels-recipe",
        "Montreal-Style Bagels Recipe | King Arthur Baking",
        "bagels",
    ),
    *tab(
        "https://www.seriouseats.com/montreal-style-bagels",
        "Montreal-Style Bagels Recipe | Serious Eats",
        "bagels",
    ),
    day("2 08:10"),
    *lapresse(),
    google("pneus d'hiver obligatoires date 2027", "pneus"),
    page(
        "https://saaq.gouv.qc.ca/securite-routiere/moyens-deplacement/auto/pneus-hiver",
        "Pneus d'hiver | SAAQ",
        "pneus",
    ),
    google("django makemigrations --merge vs squashmigrations", "django"),
    page(
        "https://docs.djangoproject.com/en/5.1/ref/django-admin/",
        "django-admin and manage.py | Django documentation | Django",
        "django",
    ),
    page(
        "https://stackoverflow.com/questions/36153748/django-makemigrations-merge-vs-squashmigrations",
        "Django makemigrations --merge vs squashmigrations - Stack Overflow",
        "django",
    ),
    day("2 19:40"),
    *mail(),
    google("la place 0-5 inscription garderie subventionnée", "garderie"),
    page(
        "https://www.laplace0-5.com/fr/",
        "La Place 0-5 | Guichet unique d'accès aux places en services de garde",
        "garderie",
    ),
    google("cpe vs garderie privée subventionnée différence", "garderie"),
    page(
        "https://www.mfa.gouv.qc.ca/fr/services-de-garde/parents/types-services/Pages/index.aspx",
        "Types de services de garde | Ministère de la Famille",
        "garderie",
    ),
    day("3 12:05"),
    *reddit(),
    search(DDG, "best winter tires 2027 michelin x-ice snow vs blizzak ws90", "pneus"),
    page(
        "https://www.tirerack.com/tires/tests/testDisplay.jsp?ttid=301",
        "Testing Winter Tires: Michelin X-Ice Snow vs. Bridgestone Blizzak WS90 | Tire Rack",
        "pneus",
    ),
    page(
        "https://www.guideautoweb.com/articles/71234/meilleurs-pneus-d-hiver-2027/",
        "Les meilleurs pneus d'hiver 2027 | Guide de l'auto",
        "pneus",
    ),
    day("3 21:15"),
    *youtube(),
    google("fin de semaine à québec quoi faire en novembre", "quebec"),
    page(
        "https://www.quebec-cite.com/fr/quoi-faire-quebec",
        "Quoi faire à Québec | Québec Cité",
        "quebec",
    ),
    *tab(
        "https://www.tripadvisor.ca/Attractions-g155033-Activities-Quebec_City_Quebec.html",
        "LES 10 MEILLEURES choses à faire à Québec (2027) - Tripadvisor",
        "quebec",
    ),
    day("4 08:30"),
    *lapresse(),
    *mail(),
    google("django migration dependencies on other app nodeNotFoundError", "django"),
    page(
        "https://stackoverflow.com/questions/35494035/django-migrations-nodenotfounderror",
        "Django migrations: NodeNotFoundError - Stack Overflow",
        "django",
    ),
    page(
        "https://github.com/django/django/blob/main/django/db/migrations/loader.py",
        "django/django/db/migrations/loader.py at main · django/django · GitHub",
        "django",
    ),
    day("4 18:50"),
    google("ramq point de service photo carte sans rendez-vous montréal", "ramq"),
    page(
        "https://www.ramq.gouv.qc.ca/fr/nous-joindre/points-de-service",
        "Points de service | RAMQ",
        "ramq",
    ),
    search(DDG, "bagel dough too stiff hand kneading malt syrup substitute", "bagels"),
    page(
        "https://www.thefreshloaf.com/node/61234/bagel-dough-too-stiff-knead-hand",
        "Bagel dough too stiff to knead by hand? | The Fresh Loaf",
        "bagels",
    ),
    day("5 12:40"),
    *reddit(),
    google("costco pneus d'hiver rendez-vous pose montréal", "pneus"),
    page(
        "https://www.costco.ca/fr/pneus.html",
        "Pneus | Costco",
        "pneus",
    ),
    *tab(
        "https://www.costco.ca/fr/michelin-x-ice-snow-205-55r16.product.100712345.html",
        "Michelin X-Ice Snow - 205/55R16 91H | Costco",
        "pneus",
    ),
    day("5 20:00"),
    *youtube(),
    google("hôtel vieux-québec stationnement inclus", "quebec"),
    page(
        "https://www.booking.com/district/ca/quebec/oldquebec.fr.html",
        "Hôtels dans le quartier Vieux-Québec - Booking.com",
        "quebec",
    ),
    google("crédit d'impôt frais de garde calcul revenu familial", "garderie"),
    page(
        "https://www.revenuquebec.ca/fr/citoyens/credits-dimpot/credit-dimpot-pour-frais-de-garde-denfants/",
        "Crédit d'impôt pour frais de garde d'enfants | Revenu Québec",
        "garderie",
    ),
    day("6 09:15"),
    *lapresse(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4f1c8e22ab",
        "1834120045511",
        "Confirmation de votre commande Costco.ca no 1208734561",
        "pneus",
    ),
    google("django squash migrations production safe steps", "django"),
    page(
        "https://docs.djangoproject.com/en/5.1/topics/migrations/",
        "Migrations | Django documentation | Django",
        "django",
    ),
    day("6 21:30"),
    search(DDG, "wood fired bagel home oven temperature baking steel", "bagels"),
    page(
        "https://www.kingarthurbaking.com/blog/2021/09/14/bagels-baking-steel",
        "Baking bagels on a steel | King Arthur Baking",
        "bagels",
    ),
    day("7 11:00"),
    *reddit(),
    google("via rail montréal québec horaire fin de semaine", "quebec"),
    page(
        "https://www.viarail.ca/fr/explorez-nos-destinations/trajets/montreal-quebec",
        "Train Montréal - Québec | VIA Rail",
        "quebec",
    ),
    google("carte assurance maladie expirée consultation médecin quoi faire", "ramq"),
    page(
        "https://www.quebec.ca/sante/assurance-maladie/carte-assurance-maladie/carte-expiree",
        "Carte d'assurance maladie expirée | Gouvernement du Québec",
        "ramq",
    ),
    day("8 08:00"),
    *lapresse(),
    google("garderie en milieu familial reconnue ahuntsic places disponibles", "garderie"),
    page(
        "https://www.bcmontreal.ca/fr/trouver-un-service-de-garde",
        "Trouver un service de garde en milieu familial | BC Montréal",
        "garderie",
    ),
    day("8 19:20"),
    *youtube(),
    google("pression pneus hiver froid combien psi", "pneus"),
    page(
        "https://www.caa.ca/fr/conseils-auto/pression-des-pneus-en-hiver/",
        "Pression des pneus en hiver | CAA",
        "pneus",
    ),
    day("9 13:10"),
    *reddit(),
    google("auberge de jeunesse québec vieux port chambre privée", "quebec"),
    page(
        "https://www.hihostels.ca/fr/destinations/quebec/hi-quebec",
        "HI Québec - Auberge de jeunesse | Hostelling International",
        "quebec",
    ),
    search(DDG, "django test database migrations slow disable in tests", "django"),
    page(
        "https://stackoverflow.com/questions/25161425/disable-migrations-when-running-unit-tests-in-django-1-7",
        "Disable migrations when running unit tests in Django - Stack Overflow",
        "django",
    ),
    day("10 10:30"),
    *lapresse(),
    *mail(),
    search(DDG, "montreal bagel poppy vs sesame st-viateur copycat", "bagels"),
    page(
        "https://www.reddit.com/r/Breadit/comments/x1k2p9/st_viateur_copycat_bagels_finally/",
        "St-Viateur copycat bagels, finally : r/Breadit",
        "bagels",
    ),
    google("ramq carte reçue par la poste délai", "ramq"),
    page(
        "https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-maladie/delais-carte",
        "Délais de réception de la carte | RAMQ",
        "ramq",
    ),
]
