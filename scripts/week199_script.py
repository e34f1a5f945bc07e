"""A pharmacist's ten days in Lyon, in French, written in the fifty-fifth session and
scored before any change for it: an electric bike (the Métropole's grant, models compared,
a lock), a week in Sicily (flights to Palermo, a hire car, Etna), her training to give
vaccines at the pharmacy, her cat's kidneys (the vet, a renal diet), and a shower room
redone (a walk-in shower, quotes, tiles). Between them she reads Gmail, Le Progrès and
YouTube, and one article from the paper's front page. Searches go to Google and Ecosia.
Used by make_week_history.py (``week199``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import (
    GOOGLE,
    Step,
    day,
    gmail_message,
    page,
    tab,
    video_home,
)

ADDRESS = "claire.vasseur.pharma@gmail.com"
IK = "9f30b6d1e8"


def google(query: str, task: str) -> Step:
    """A search on Google in French, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Recherche Google", task)


def ecosia(query: str, task: str) -> Step:
    """A search on Ecosia, titled "… - Ecosia"."""
    return (
        "goto",
        "https://www.ecosia.org/search?q=" + quote_plus(query),
        f"{query} - Ecosia",
        task,
    )


def inbox() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (4) - {ADDRESS} - Gmail",
            None,
        )
    ]


def progres(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.leprogres.fr/", "Le Progrès : info et actu Lyon, Rhône", None)
    ]
    if article:
        steps.append(("click", f"https://www.leprogres.fr/{article[0]}", article[1], None))
    return steps


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 07:10"),
    *progres(),
    *inbox(),
    day("1 13:00"),
    google("prime vélo électrique métropole de lyon 2027 conditions", "velo"),
    page(
        "https://www.grandlyon.com/services/aide-achat-velo",
        "Aide à l'achat d'un vélo | Grand Lyon",
        "velo",
    ),
    *tab(
        "https://www.service-public.fr/particuliers/vosdroits/F36828",
        "Bonus vélo : aide à l'achat d'un vélo | Service-Public.fr",
        "velo",
    ),
    day("1 20:30"),
    ecosia("vol lyon palerme juin pas cher", "sicile"),
    page(
        "https://www.skyscanner.fr/routes/lys/pmo/lyon-saint-exupery-a-palerme.html",
        "Vols pas chers Lyon - Palerme | Skyscanner",
        "sicile",
    ),
    day("2 07:15"),
    *inbox(),
    day("2 12:50"),
    google("formation vaccination pharmacien officine dpc", "vaccin"),
    page(
        "https://www.ordre.pharmacien.fr/les-pharmaciens/vaccination-a-l-officine",
        "La vaccination à l'officine - Ordre National des Pharmaciens",
        "vaccin",
    ),
    day("2 21:00"),
    google("chat 14 ans boit beaucoup maigrit insuffisance rénale", "chat"),
    page(
        "https://www.wamiz.com/chats/sante/insuffisance-renale-chat",
        "Insuffisance rénale chez le chat : symptômes et traitement - Wamiz",
        "chat",
    ),
    *tab(
        "https://www.vetalia.fr/fiches/insuffisance-renale-chronique-chat",
        "L'insuffisance rénale chronique du chat | Vetalia",
        "chat",
    ),
    day("3 07:05"),
    *progres(
        (
            "lyon/2027/03/03/les-pistes-cyclables-de-la-presqu-ile-prolongees",
            "Lyon : les pistes cyclables de la Presqu'île prolongées | Le Progrès",
        )
    ),
    day("3 13:10"),
    ecosia("douche à l'italienne prix pose salle de bain lyon", "douche"),
    page(
        "https://www.habitatpresto.com/prix/douche-italienne",
        "Prix d'une douche à l'italienne en 2027 | Habitatpresto",
        "douche",
    ),
    day("3 20:45"),
    *video_home(),
    google("vae moteur central ou roue arrière pour la ville", "velo"),
    page(
        "https://www.velo-electrique.fr/comparatif/moteur-central-ou-moteur-roue",
        "Moteur central ou moteur dans la roue : que choisir ? | Vélo Électrique",
        "velo",
    ),
    *tab(
        "https://www.decathlon.fr/browse/c0-tous-les-sports/c1-velo/c3-velos-electriques/_/N-1xgkdw1",
        "Vélos électriques | Decathlon",
        "velo",
    ),
    day("4 07:20"),
    *inbox(),
    *message(
        "1792345678901234567",
        "Résultats bilan sanguin de Minou - Clinique vétérinaire Lyon 7",
        "chat",
    ),
    day("4 12:40"),
    google("location voiture aéroport palerme franchise", "sicile"),
    page(
        "https://www.rentalcars.com/fr/city/it/palermo/",
        "Location de voiture à Palerme | Rentalcars.com",
        "sicile",
    ),
    day("4 21:10"),
    ecosia("croquettes renal chat royal canin ou hills k/d", "chat"),
    page(
        "https://www.zooplus.fr/shop/chats/croquettes_chat/veterinaire/reins",
        "Croquettes vétérinaires reins pour chat | zooplus",
        "chat",
    ),
    day("5 07:00"),
    *progres(),
    day("5 13:00"),
    google("arrêté vaccination pharmacien quels vaccins adultes 2027", "vaccin"),
    page(
        "https://www.ameli.fr/pharmacien/exercice-professionnel/sante-prevention/vaccination",
        "Vaccination en officine | ameli.fr | Pharmacien",
        "vaccin",
    ),
    *tab(
        "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048291234",
        "Arrêté fixant la liste des vaccins que les pharmaciens sont autorisés à administrer - Légifrance",
        "vaccin",
    ),
    day("5 20:40"),
    google("devis salle de bain artisan lyon avis", "douche"),
    page(
        "https://www.travaux.com/salle-de-bain/devis/lyon",
        "Devis rénovation salle de bain à Lyon | Travaux.com",
        "douche",
    ),
    day("6 07:15"),
    *inbox(),
    day("6 12:55"),
    ecosia("antivol vélo électrique u ou chaîne sra", "velo"),
    page(
        "https://www.abus.com/fr/Securite-deux-roues/Antivols-velo",
        "Antivols pour vélo | ABUS",
        "velo",
    ),
    day("6 20:20"),
    google("excursion etna depuis catane ou cefalu en voiture", "sicile"),
    page(
        "https://www.routard.com/guide_voyage_lieu/2189/etna.htm",
        "Etna : le volcan de Sicile | Guide du Routard",
        "sicile",
    ),
    *tab(
        "https://www.getyourguide.fr/etna-l1835/",
        "Etna : excursions et visites guidées | GetYourGuide",
        "sicile",
    ),
    day("7 07:05"),
    *progres(),
    *video_home(),
    day("7 13:15"),
    google("carrelage grand format gris douche antidérapant", "douche"),
    page(
        "https://www.leroymerlin.fr/produits/carrelage-parquet-sol-souple/carrelage-sol-et-mur/",
        "Carrelage sol et mur | Leroy Merlin",
        "douche",
    ),
    day("7 21:00"),
    google("sous-cutané perfusion chat insuffisance rénale à la maison", "chat"),
    page(
        "https://www.ecoledeschats.fr/fluidotherapie-sous-cutanee-chat",
        "Fluidothérapie sous-cutanée chez le chat | Ecole des chats",
        "chat",
    ),
    day("8 07:10"),
    *inbox(),
    *message(
        "1792398765432101234",
        "Inscription confirmée : formation vaccination 14 mars - UTIP",
        "vaccin",
    ),
    day("8 13:05"),
    ecosia("cefalu ou taormina où dormir une semaine", "sicile"),
    page(
        "https://www.booking.com/region/it/sicily.fr.html",
        "Hôtels en Sicile | Booking.com",
        "sicile",
    ),
    day("8 20:50"),
    google("essai vélo électrique lyon magasin cyclable", "velo"),
    page(
        "https://www.cyclable.com/magasins/lyon",
        "Cyclable Lyon - magasin de vélos électriques",
        "velo",
    ),
    day("9 07:00"),
    *progres(),
    day("9 12:45"),
    google("tva 10 rénovation salle de bain attestation", "douche"),
    page(
        "https://www.impots.gouv.fr/particulier/questions/quel-taux-de-tva-pour-mes-travaux",
        "Quel taux de TVA pour mes travaux ? | impots.gouv.fr",
        "douche",
    ),
    day("9 20:30"),
    google("seringue adrénaline anaphylaxie conduite à tenir officine", "vaccin"),
    page(
        "https://www.has-sante.fr/jcms/p_3290123/fr/prise-en-charge-anaphylaxie",
        "Prise en charge de l'anaphylaxie | Haute Autorité de Santé",
        "vaccin",
    ),
    day("10 07:15"),
    *inbox(),
    day("10 13:00"),
    ecosia("prix consultation vétérinaire contrôle créatinine chat", "chat"),
    page(
        "https://www.santevet.com/articles/prix-bilan-renal-chat",
        "Bilan rénal chez le chat : quel prix ? | SantéVet",
        "chat",
    ),
]
