"""A civil servant's ten days in Athens, in Greek and in English, on her laptop at home,
written in the thirty-eighth session after Greek was first measured
(``data/languages.json``), held out: a summer trip to Naxos by ferry, her property tax
(ENFIA) and a lost Taxisnet password, a runner's knee, a new laptop for work, her
daughter's kindergarten enrolment, and a solar water heater for the roof. Between them she
reads Kathimerini, plays music from YouTube's home page, and opens Gmail.
Searches go to Google (in Greek, "… - Αναζήτηση Google") and Bing.
Used by make_week_history.py (``week148``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "eleni.papadopoulou@gmail.com"


def google(query: str, task: str) -> Step:
    """A search on Google in Greek, with the title Google gives it."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Αναζήτηση Google", task)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Εισερχόμενα (2) - {ADDRESS} - Gmail", None)
    ]


def kathimerini(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.kathimerini.gr/", "Η ΚΑΘΗΜΕΡΙΝΗ | Ειδήσεις", None)]
    if article:
        steps.append(
            ("click", f"https://www.kathimerini.gr/society/{article[0]}", article[1], None)
        )
    return steps


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


STEPS: list[Step] = [
    day("1 19:30"),
    *mail(),
    *kathimerini(
        (
            "563412345/kausonas-ti-ebdomada-oi-thermokrasies",
            "Καύσωνας την εβδομάδα: οι θερμοκρασίες ανά περιοχή | Η ΚΑΘΗΜΕΡΙΝΗ",
        )
    ),
    google("πλοίο πειραιάς νάξος δρομολόγια ιούλιος", "naxos"),
    page(
        "https://www.ferryhopper.com/el/ferry-routes/direct/piraeus-naxos",
        "Πλοίο Πειραιάς - Νάξος: δρομολόγια και εισιτήρια | Ferryhopper",
        "naxos",
    ),
    google("οικογενειακό ξενοδοχείο νάξος κοντά σε παραλία", "naxos"),
    page(
        "https://www.booking.com/searchresults.el.html?ss=Naxos&group_children=1",
        "Ξενοδοχεία στη Νάξο για οικογένειες | Booking.com",
        "naxos",
    ),
    *music("vasmak0001", "Βασίλης Παπακωνσταντίνου - Αχ Ελλάδα"),
    google("πόνος στο γόνατο μετά το τρέξιμο εξωτερικά", "knee"),
    page(
        "https://www.iatronet.gr/ygeia/orthopaidika/pono-sto-gonato-trexsimo.html",
        "Πόνος στο γόνατο από το τρέξιμο: αιτίες και θεραπεία | iatronet",
        "knee",
    ),
    day("2 20:00"),
    google("εκκαθαριστικό ενφια 2027 πότε βγαίνει δόσεις", "tax"),
    page(
        "https://www.capital.gr/oikonomia/3812345/enfia-2027-ekkatharistika-doseis",
        "ΕΝΦΙΑ 2027: πότε βγαίνουν τα εκκαθαριστικά και οι δόσεις | Capital.gr",
        "tax",
    ),
    google("taxisnet ανάκτηση κωδικών ξέχασα τον κωδικό", "tax"),
    page(
        "https://www.aade.gr/polites/taxisnet-kodikoi",
        "Κωδικοί Taxisnet: ανάκτηση και αλλαγή | ΑΑΔΕ",
        "tax",
    ),
    search(BING, "macbook air m4 vs thinkpad x1 carbon battery life", "laptop"),
    page(
        "https://www.notebookcheck.net/MacBook-Air-M4-vs-ThinkPad-X1-Carbon.890123.0.html",
        "MacBook Air M4 vs ThinkPad X1 Carbon: battery and performance - Notebookcheck",
        "laptop",
    ),
    day("3 18:45"),
    *kathimerini(),
    google("εγγραφές νηπιαγωγείο 2027 ημερομηνίες αθήνα", "school"),
    page(
        "https://www.minedu.gov.gr/eggrafes-nipiagogeio-2027",
        "Εγγραφές στα νηπιαγωγεία για το 2027-28 | Υπουργείο Παιδείας",
        "school",
    ),
    *tab(
        "https://www.minedu.gov.gr/eggrafes-nipiagogeio-dikaiologitika",
        "Δικαιολογητικά εγγραφής στο νηπιαγωγείο | Υπουργείο Παιδείας",
        "school",
    ),
    google("ηλιακός θερμοσίφωνας 160 λίτρα τιμή τοποθέτηση", "solar"),
    page(
        "https://www.skroutz.gr/c/1843/iliakoi-thermosifones.html",
        "Ηλιακοί Θερμοσίφωνες 160 λίτρα | Skroutz.gr",
        "solar",
    ),
    day("4 21:00"),
    *music("haris00002", "Χάρις Αλεξίου - Μια πίστα από φώσφορο"),
    google("φυσικοθεραπευτής αμπελόκηποι γόνατο δρομέας", "knee"),
    page(
        "https://www.doctoranytime.gr/s/Fysikotherapeytis/athina-ampelokipoi",
        "Φυσικοθεραπευτές στους Αμπελόκηπους | doctoranytime",
        "knee",
    ),
    google("νάξος παραλίες για παιδιά ρηχά νερά", "naxos"),
    page(
        "https://www.naxos.gr/el/paralies-gia-oikogeneies",
        "Παραλίες της Νάξου για οικογένειες με παιδιά | naxos.gr",
        "naxos",
    ),
    day("5 19:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a73c2e1d55",
        "1885512340001",
        "Επιβεβαίωση κράτησης - Naxos Family Suites - 12/07-19/07",
        "naxos",
    ),
    search(BING, "thinkpad x1 carbon gen 13 linux support fedora", "laptop"),
    page(
        "https://www.reddit.com/r/thinkpad/comments/1x2e3f4/x1_carbon_gen_13_fedora/",
        "X1 Carbon Gen 13 on Fedora? : r/thinkpad",
        "laptop",
    ),
    google("επιδότηση ηλιακού θερμοσίφωνα 2027 αιτήσεις", "solar"),
    page(
        "https://www.ypen.gov.gr/energeia/epidotisi-iliakou-thermosifona-2027",
        "Επιδότηση ηλιακού θερμοσίφωνα 2027 | ΥΠΕΝ",
        "solar",
    ),
    day("6 20:30"),
    *kathimerini(
        (
            "563412399/apergia-sta-ploia-tin-pempti",
            "Απεργία στα πλοία την Πέμπτη: ποια δρομολόγια επηρεάζονται | Η ΚΑΘΗΜΕΡΙΝΗ",
        )
    ),
    google("ενφια πληρωμή με κάρτα σε δόσεις χωρίς τόκο", "tax"),
    page(
        "https://www.aade.gr/polites/enfia-pliromi-doseis",
        "Πληρωμή ΕΝΦΙΑ σε δόσεις | ΑΑΔΕ",
        "tax",
    ),
    google("ασκήσεις ενδυνάμωσης γόνατος για δρομείς", "knee"),
    page(
        "https://www.runningnews.gr/item.php?id=51234",
        "Ασκήσεις ενδυνάμωσης για γερά γόνατα στο τρέξιμο | Runningnews",
        "knee",
    ),
    day("7 19:00"),
    google("δικαιολογητικά εγγραφής νηπιαγωγείο βεβαίωση εμβολίων", "school"),
    page(
        "https://www.iatronet.gr/paidi/emvolia-nipiagogeio-vevaiosi.html",
        "Βεβαίωση εμβολίων για την εγγραφή στο νηπιαγωγείο | iatronet",
        "school",
    ),
    *music("vasmak0003", "Βασίλης Παπακωνσταντίνου - Φανταστικό"),
    google("ηλιακός θερμοσίφωνας επιλεκτικός ή μαύρος συλλέκτης", "solar"),
    page(
        "https://www.energypress.gr/news/iliakos-epilektikos-i-mavros-syllektis",
        "Επιλεκτικός ή μαύρος συλλέκτης στον ηλιακό; | energypress",
        "solar",
    ),
    day("8 20:15"),
    search(BING, "macbook air m4 16gb 512gb price greece", "laptop"),
    page(
        "https://www.skroutz.gr/s/58123456/Apple-MacBook-Air-13-M4-16GB-512GB.html",
        "Apple MacBook Air 13 M4 16GB/512GB | Skroutz.gr",
        "laptop",
    ),
    google("ferry naxos κρατήσεις αυτοκίνητο τιμή blue star", "naxos"),
    page(
        "https://www.bluestarferries.com/el/naxos",
        "Νάξος | Blue Star Ferries",
        "naxos",
    ),
    day("9 19:40"),
    *mail(),
    google("ορθοπαιδικός γόνατο μαγνητική τομογραφία χρειάζεται παραπεμπτικό", "knee"),
    page(
        "https://www.iatronet.gr/ygeia/orthopaidika/magnitiki-gonatou-parapemptiko.html",
        "Μαγνητική γόνατος: χρειάζεται παραπεμπτικό; | iatronet",
        "knee",
    ),
    google("νηπιαγωγείο ολοήμερο ώρες λειτουργίας αθήνα", "school"),
    page(
        "https://www.minedu.gov.gr/oloimero-nipiagogeio-ores",
        "Ολοήμερο νηπιαγωγείο: ώρες λειτουργίας | Υπουργείο Παιδείας",
        "school",
    ),
    day("10 18:30"),
    *kathimerini(),
    google("τοποθέτηση ηλιακού θερμοσίφωνα σε ταράτσα πολυκατοικίας άδεια", "solar"),
    page(
        "https://www.energypress.gr/news/topothetisi-iliakou-taratsa-polykatoikias",
        "Ηλιακός σε ταράτσα πολυκατοικίας: τι χρειάζεται | energypress",
        "solar",
    ),
    google("ενφια ποσό λάθος αίτημα διόρθωσης e1", "tax"),
    page(
        "https://www.aade.gr/polites/enfia-diorthosi",
        "Διόρθωση ΕΝΦΙΑ: πώς υποβάλλεται το αίτημα | ΑΑΔΕ",
        "tax",
    ),
]
