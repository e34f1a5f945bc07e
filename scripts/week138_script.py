"""A doctoral student's ten days in Lyon, on her laptop, written in the thirty-seventh
session and scored before any change for it: her thesis's bibliography in LaTeX, a Bosch
washing machine that stops with an error, her flat's insurance (in French), a first
marathon's training plan, Japanese for a trip to Japan in spring, the trip itself, and a record player for
her sister's birthday. Several results are opened from one search, some pages lead to
others on the same site, and a few searches are in French, a few in English. Between them
she reads Le Monde, opens Gmail and watches music videos from YouTube's front page.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week138``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "camille.roux.lyon@gmail.com"
INBOX = "a9c3e7f1b5"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Boîte de réception (9) - {ADDRESS} - Gmail",
            None,
        )
    ]


def lemonde() -> list[Step]:
    return [
        (
            "goto",
            "https://www.lemonde.fr/",
            "Le Monde.fr - Actualités et Infos en France et dans le monde",
            None,
        )
    ]


def music(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *lemonde(),
    day("1 10:15"),
    search(GOOGLE, "biblatex biber sort by year then author", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/51434/biblatex-sorting-by-year-then-author",
        "biblatex: sorting by year then author - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    *tab(
        "https://www.overleaf.com/learn/latex/Bibliography_management_with_biblatex",
        "Bibliography management with biblatex - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    search(GOOGLE, "zotero better bibtex export keep doi url", "thesis"),
    page(
        "https://retorque.re/zotero-better-bibtex/exporting/",
        "Exporting items :: Better BibTeX for Zotero",
        "thesis",
    ),
    day("1 19:30"),
    search(DDG, "lave linge bosch erreur e18 vidange", "washer"),
    page(
        "https://www.sav-bosch.fr/lave-linge/code-erreur-e18",
        "Code erreur E18 lave-linge Bosch : que faire ? | SAV Bosch",
        "washer",
    ),
    page(
        "https://www.sav-bosch.fr/lave-linge/nettoyer-filtre-pompe-vidange",
        "Nettoyer le filtre de la pompe de vidange | SAV Bosch",
        "washer",
    ),
    *music("mus1c00001", "Angèle - Balance ton quoi (Clip officiel) - YouTube"),
    day("2 08:45"),
    *mail(),
    day("2 12:30"),
    search(GOOGLE, "plan entrainement marathon 16 semaines debutant 4h", "marathon"),
    page(
        "https://www.runnersworld.fr/plan-entrainement-marathon-4h",
        "Plan d'entraînement marathon en 4h : 16 semaines | Runner's World",
        "marathon",
    ),
    *tab(
        "https://www.kiprun.fr/conseils/plan-marathon-debutant",
        "Plan marathon débutant : comment bien se préparer | Kiprun",
        "marathon",
    ),
    day("2 21:00"),
    search(GOOGLE, "hiragana katakana how long to learn before trip", "japanese"),
    page(
        "https://www.tofugu.com/japanese/learn-hiragana/",
        "Learn Hiragana: The Ultimate Guide | Tofugu",
        "japanese",
    ),
    search(GOOGLE, "anki deck core 2k japanese beginners", "japanese"),
    page(
        "https://ankiweb.net/shared/info/1880390742",
        "Core 2k/6k Optimized Japanese Vocabulary - AnkiWeb",
        "japanese",
    ),
    day("3 09:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877500112233000001",
        "Votre devis assurance habitation - MAIF",
        "insurance",
    ),
    day("3 10:00"),
    search(GOOGLE, "assurance habitation locataire comparatif t2 lyon", "insurance"),
    page(
        "https://www.lesfurets.com/assurance-habitation/locataire",
        "Assurance habitation locataire : comparez les offres | LesFurets",
        "insurance",
    ),
    search(GOOGLE, "biblatex citation style authoryear ibid footnote", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/120218/biblatex-authoryear-ibid-in-footnotes",
        "biblatex authoryear-ibid in footnotes - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("3 18:30"),
    *lemonde(),
    (
        "click",
        "https://www.lemonde.fr/economie/article/2027/03/03/le-prix-de-l-electricite-va-baisser_6171234_3234.html",
        "Le prix de l'électricité va baisser en août",
        None,
    ),
    day("4 09:00"),
    *mail(),
    day("4 20:00"),
    search(DDG, "filtre pompe vidange bosch serie 4 bloqué impossible a devisser", "washer"),
    page(
        "https://forum.hardware.fr/hfr/Discussions/Maison/filtre-pompe-vidange-bloque-sujet_98765_1.htm",
        "Filtre pompe de vidange bloqué (Bosch Série 4) - Forum Hardware.fr",
        "washer",
    ),
    search(DDG, "platine vinyle bluetooth moins de 200 euros", "gift"),
    page(
        "https://www.lesnumeriques.com/platine-vinyle/guide-achat-meilleures-platines-vinyle-a1234.html",
        "Les meilleures platines vinyle en 2027 | Les Numériques",
        "gift",
    ),
    *tab(
        "https://www.fnac.com/Audio-Technica-AT-LP60XBT/a14123456/w-4",
        "Platine vinyle Audio-Technica AT-LP60XBT Noir - Fnac.com",
        "gift",
    ),
    day("5 07:30"),
    search(GOOGLE, "marathon training long run pace vs race pace", "marathon"),
    page(
        "https://www.runnersworld.com/training/a20794216/what-pace-should-my-long-run-be/",
        "What Pace Should My Long Run Be? | Runner's World",
        "marathon",
    ),
    day("5 09:15"),
    *mail(),
    day("5 14:00"),
    search(GOOGLE, "overleaf compile timeout large thesis figures", "thesis"),
    page(
        "https://www.overleaf.com/learn/how-to/Fixing_and_preventing_compile_timeouts",
        "Fixing and preventing compile timeouts - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("5 21:30"),
    search(GOOGLE, "tokyo kyoto 10 days itinerary april cherry blossom", "japan"),
    page(
        "https://www.japan-guide.com/e/e2273.html",
        "Cherry Blossom Forecast 2027 - japan-guide.com",
        "japan",
    ),
    *music("mus1c00002", "Stromae - Santé (Clip officiel) - YouTube"),
    day("6 10:30"),
    *mail(),
    *lemonde(),
    day("6 11:00"),
    search(GOOGLE, "attestation assurance habitation résiliation loi hamon délai", "insurance"),
    page(
        "https://www.service-public.fr/particuliers/vosdroits/F2035",
        "Résiliation d'une assurance habitation | Service Public",
        "insurance",
    ),
    search(GOOGLE, "audio technica at-lp60x vs denon dp-300f", "gift"),
    page(
        "https://www.reddit.com/r/vinyl/comments/1t2k9a8/atlp60x_vs_denon_dp300f/",
        "AT-LP60X vs Denon DP-300F for a first turntable? : r/vinyl",
        "gift",
    ),
    day("7 09:00"),
    *mail(),
    day("7 18:00"),
    search(DDG, "réparateur lave linge lyon 7e avis", "washer"),
    page(
        "https://www.pagesjaunes.fr/annuaire/lyon-7e-arrondissement-69/reparation-electromenager",
        "Réparation électroménager à Lyon 7e - PagesJaunes",
        "washer",
    ),
    search(GOOGLE, "genki 1 vs minna no nihongo self study", "japanese"),
    page(
        "https://www.reddit.com/r/LearnJapanese/comments/1t5m2b1/genki_vs_minna_no_nihongo_for_self_study/",
        "Genki vs Minna no Nihongo for self study? : r/LearnJapanese",
        "japanese",
    ),
    day("8 07:15"),
    search(GOOGLE, "gel énergétique marathon combien et quand", "marathon"),
    page(
        "https://www.kiprun.fr/conseils/gel-energetique-marathon",
        "Gels énergétiques sur marathon : combien en prendre ? | Kiprun",
        "marathon",
    ),
    day("8 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877500112233000002",
        "Confirmation de votre commande Fnac n°4471823",
        "gift",
    ),
    day("8 15:00"),
    search(GOOGLE, "latex list of abbreviations glossaries package acronyms", "thesis"),
    page(
        "https://www.overleaf.com/learn/latex/Glossaries",
        "Glossaries - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("9 10:00"),
    *mail(),
    *lemonde(),
    day("9 20:30"),
    search(GOOGLE, "maif vs macif assurance habitation étudiant avis", "insurance"),
    page(
        "https://www.quechoisir.org/comparatif-assurance-habitation-n21411/",
        "Comparatif Assurance habitation - UFC-Que Choisir",
        "insurance",
    ),
    *music("mus1c00003", "Clara Luciani - La grenade (Clip officiel) - YouTube"),
    day("10 08:00"),
    search(GOOGLE, "semi marathon 6 semaines avant marathon allure", "marathon"),
    page(
        "https://www.runnersworld.fr/semi-marathon-preparation-marathon",
        "Faire un semi-marathon pendant sa prépa marathon | Runner's World",
        "marathon",
    ),
    day("10 11:00"),
    *mail(),
    day("10 16:00"),
    search(GOOGLE, "jr pass still worth it 2027 tokyo kyoto osaka", "japan"),
    page(
        "https://www.japan-guide.com/railpass/worth-it.html",
        "Is the Japan Rail Pass worth it? - japan-guide.com",
        "japan",
    ),
]
