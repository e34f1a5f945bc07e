"""A retired couple's ten days in Lyon, all in French, written in the fiftieth session and
scored before any change for it: a river cruise on the Danube (the company, the dates, a
cabin), his knee replacement (the operation, the physiotherapy after), a present for
their grandson's christening, tomatoes with blight in the vegetable garden, their income
tax return (a credit for help at home) and a heat pump to replace the oil boiler (the
state's grant, two installers). Between them they read Le Progrès, Gmail, YouTube and
Le Bon Coin. Searches go to Google and Bing.
Used by make_week_history.py (``week175``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "bernard.et.odile.faure@gmail.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (4) - {ADDRESS} - Gmail",
            None,
        )
    ]


def progres() -> list[Step]:
    return [("goto", "https://www.leprogres.fr/", "Le Progrès : info et actu Lyon, Rhône", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def lbc() -> list[Step]:
    return [
        ("goto", "https://www.leboncoin.fr/", "leboncoin, site de petites annonces gratuites", None)
    ]


STEPS: list[Step] = [
    day("1 09:00"),
    *progres(),
    search(GOOGLE, "croisière danube vienne budapest septembre 2027", "cruise"),
    page(
        "https://www.croisieurope.com/croisiere-fluviale/danube",
        "Croisière sur le Danube | CroisiEurope",
        "cruise",
    ),
    page(
        "https://www.routard.com/guide_voyage_lieu/croisiere-danube.htm",
        "Croisière sur le Danube : conseils | Routard.com",
        "cruise",
    ),
    day("1 15:30"),
    search(GOOGLE, "prothèse totale du genou durée hospitalisation", "knee"),
    page(
        "https://www.ameli.fr/rhone/assure/sante/themes/arthrose-genou/prothese",
        "Prothèse du genou : l'opération et ses suites | ameli.fr",
        "knee",
    ),
    page(
        "https://www.chu-lyon.fr/orthopedie-prothese-genou",
        "Chirurgie orthopédique : prothèse de genou | Hospices Civils de Lyon",
        "knee",
    ),
    day("2 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d55e8f1a30",
        "1842100533417",
        "Baptême de Léo le 6 juin - on compte sur vous !",
        "christening",
    ),
    search(BING, "idée cadeau baptême garçon grands-parents", "christening"),
    page(
        "https://www.aubertstore.fr/cadeau-bapteme-garcon",
        "Cadeau de baptême garçon | Aubert",
        "christening",
    ),
    page(
        "https://www.histoiredor.com/medailles-bapteme",
        "Médailles de baptême | Histoire d'Or",
        "christening",
    ),
    day("2 17:20"),
    search(GOOGLE, "mildiou tomates traitement bio bouillie bordelaise", "garden"),
    page(
        "https://www.rustica.fr/tomates/mildiou-tomate-traitement,1234.html",
        "Mildiou de la tomate : comment le traiter ? | Rustica",
        "garden",
    ),
    page(
        "https://www.gammvert.fr/conseils/bouillie-bordelaise-mode-emploi",
        "Bouillie bordelaise : mode d'emploi | Gammvert",
        "garden",
    ),
    day("3 09:30"),
    *progres(),
    search(GOOGLE, "pompe à chaleur remplacement chaudière fioul maprimerénov 2027", "heat"),
    page(
        "https://www.maprimerenov.gouv.fr/prweb/PRAuth/app/AIDES_/",
        "MaPrimeRénov' | France Rénov'",
        "heat",
    ),
    page(
        "https://www.quelleenergie.fr/economies-energie/pompe-a-chaleur/prix",
        "Prix d'une pompe à chaleur air-eau en 2027 | QuelleEnergie",
        "heat",
    ),
    day("3 14:00"),
    search(BING, "déclaration impôts 2027 en ligne date limite rhône", "tax"),
    page(
        "https://www.impots.gouv.fr/particulier/questions/quelles-sont-les-dates-de-declaration",
        "Quelles sont les dates de déclaration ? | impots.gouv.fr",
        "tax",
    ),
    day("4 10:15"),
    *lbc(),
    search(GOOGLE, "rééducation après prothèse genou kiné combien de séances", "knee"),
    page(
        "https://www.doctissimo.fr/sante/arthrose/reeducation-prothese-genou",
        "Rééducation après une prothèse de genou | Doctissimo",
        "knee",
    ),
    *tab(
        "https://www.youtube.com/watch?v=p4Gf2Xk8nQe",
        "Exercices après prothèse totale de genou - YouTube",
        "knee",
    ),
    day("4 16:40"),
    search(GOOGLE, "croisieurope cabine pont supérieur ou principal avis", "cruise"),
    page(
        "https://www.tripadvisor.fr/ShowTopic-g1-i12444-k14299221-Croisieurope_cabine.html",
        "CroisiEurope : cabine pont supérieur ou principal ? - Forum Tripadvisor",
        "cruise",
    ),
    day("5 08:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d55e8f1a30",
        "1842177840026",
        "Devis pompe à chaleur air-eau - Rhône Énergies Services",
        "heat",
    ),
    search(GOOGLE, "rhône énergies services avis installateur rge", "heat"),
    page(
        "https://www.pagesjaunes.fr/pros/rhone-energies-services",
        "Rhône Énergies Services - Chauffagiste à Villeurbanne | PagesJaunes",
        "heat",
    ),
    day("5 15:10"),
    search(BING, "crédit d'impôt emploi à domicile jardinage plafond", "tax"),
    page(
        "https://www.service-public.fr/particuliers/vosdroits/F12",
        "Crédit d'impôt pour l'emploi d'un salarié à domicile | Service Public",
        "tax",
    ),
    day("6 09:20"),
    *youtube(),
    search(GOOGLE, "purin d'ortie tomates préparation", "garden"),
    page(
        "https://www.jardiner-malin.fr/fiche/purin-ortie.html",
        "Purin d'ortie : préparation et utilisation | Jardiner Malin",
        "garden",
    ),
    search(GOOGLE, "feuilles de tomates qui jaunissent en bas", "garden"),
    page(
        "https://www.rustica.fr/tomates/feuilles-jaunes-tomate.html",
        "Feuilles jaunes sur les tomates : causes | Rustica",
        "garden",
    ),
    day("6 17:00"),
    search(GOOGLE, "médaille baptême or gravure prénom délai", "christening"),
    page(
        "https://www.histoiredor.com/medaille-bapteme-gravee",
        "Médaille de baptême gravée | Histoire d'Or",
        "christening",
    ),
    day("7 09:10"),
    *progres(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d55e8f1a30",
        "1842250117708",
        "Confirmation de votre intervention - Clinique du Parc Lyon - 18 mai",
        "knee",
    ),
    search(GOOGLE, "clinique du parc lyon chirurgie genou avis", "knee"),
    page(
        "https://www.cliniqueduparc-lyon.fr/orthopedie",
        "Orthopédie | Clinique du Parc Lyon",
        "knee",
    ),
    day("7 16:30"),
    search(GOOGLE, "croisière danube assurance annulation incluse", "cruise"),
    page(
        "https://www.croisieurope.com/assurances",
        "Assurances | CroisiEurope",
        "cruise",
    ),
    day("8 10:00"),
    *lbc(),
    search(BING, "pompe à chaleur daikin ou atlantic fiabilité", "heat"),
    page(
        "https://www.quechoisir.org/comparatif-pompe-a-chaleur-n21771/",
        "Comparatif Pompe à chaleur | UFC-Que Choisir",
        "heat",
    ),
    day("8 15:00"),
    search(GOOGLE, "déclarer pension retraite case 1AS revenus 2026", "tax"),
    page(
        "https://www.impots.gouv.fr/particulier/pensions-de-retraite",
        "Pensions de retraite | impots.gouv.fr",
        "tax",
    ),
    day("9 09:30"),
    *youtube(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d55e8f1a30",
        "1842322804539",
        "Votre réservation CroisiEurope n° 58-22917 - Le Beau Danube Bleu",
        "cruise",
    ),
    day("9 16:00"),
    search(GOOGLE, "tuteur tomates spirale ou bambou", "garden"),
    page(
        "https://www.gammvert.fr/conseils/tuteurer-les-tomates",
        "Comment tuteurer les tomates ? | Gammvert",
        "garden",
    ),
    day("10 09:00"),
    *progres(),
    search(BING, "livre de baptême personnalisé grands-parents", "christening"),
    page(
        "https://www.cadeaux-bapteme.fr/livre-personnalise",
        "Livre de baptême personnalisé | Cadeaux-Baptême.fr",
        "christening",
    ),
    day("10 20:00"),
    *youtube(),
]
