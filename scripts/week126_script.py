"""A chef's ten days in London, on his phone-sized laptop at home and in the restaurant's
office, written in the thirty-fourth session after its step 68 and scored before any change
for it. He was born in Naples and searches in English and in Italian: his mother's visit
and her visa (in English), the restaurant's new autumn menu and its food costs (English,
with Italian recipes), a used Vespa (Italian forums, then English dealers), his son's
nursery place, and his cousin's wedding in Naples (flights and a suit, in Italian). Between
them he reads the Guardian and la Repubblica, and watches Napoli's highlights from
YouTube's front page. Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week126``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "gennaro.esposito.ldn@gmail.com"
INBOX = "c3e8a1d5b2"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/uk",
            "News, sport and opinion from the Guardian's UK edition | The Guardian",
            None,
        )
    ]


def repubblica() -> list[Step]:
    return [
        (
            "goto",
            "https://www.repubblica.it/",
            "la Repubblica: news in tempo reale - Le ultime notizie",
            None,
        )
    ]


def napoli(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *guardian(),
    day("1 15:30"),
    search(GOOGLE, "uk standard visitor visa parent from italy needed", "visit"),
    page(
        "https://www.gov.uk/check-uk-visa/y/italy/tourism",
        "Check if you need a UK visa - GOV.UK",
        "visit",
    ),
    search(GOOGLE, "eta uk italian citizens apply electronic travel authorisation", "visit"),
    page(
        "https://www.gov.uk/guidance/apply-for-an-electronic-travel-authorisation-eta",
        "Apply for an electronic travel authorisation (ETA) - GOV.UK",
        "visit",
    ),
    day("1 23:30"),
    search(GOOGLE, "autumn menu costing gross profit 70 percent restaurant", "menu"),
    page(
        "https://www.caterer.com/advice/how-to-cost-a-menu",
        "How to cost a menu and hit your GP target | Caterer.com",
        "menu",
    ),
    day("2 09:15"),
    *mail(),
    *repubblica(),
    day("2 14:00"),
    search(BING, "vespa gts 300 usata cosa controllare prima di comprare", "vespa"),
    page(
        "https://www.vesparesources.com/forum/topic/gts-300-usata-cosa-controllare",
        "GTS 300 usata: cosa controllare - Vespa Resources Forum",
        "vespa",
    ),
    search(BING, "vespa gts 300 problemi variatore rumore", "vespa"),
    page(
        "https://www.vesparesources.com/forum/topic/variatore-rumoroso-gts",
        "Variatore rumoroso GTS 300 - Vespa Resources Forum",
        "vespa",
    ),
    day("2 23:45"),
    search(GOOGLE, "ricetta genovese napoletana originale", "menu"),
    page(
        "https://ricette.giallozafferano.it/Genovese.html",
        "Ricetta Genovese napoletana - La Ricetta di GialloZafferano",
        "menu",
    ),
    day("3 09:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1874500667788990001",
        "Nursery place offer - Little Acorns Hackney - please confirm by Friday",
        "nursery",
    ),
    *guardian(),
    day("3 15:00"),
    search(GOOGLE, "30 hours free childcare tax free childcare code how to apply", "nursery"),
    page(
        "https://www.gov.uk/30-hours-free-childcare",
        "30 hours free childcare - GOV.UK",
        "nursery",
    ),
    search(GOOGLE, "nursery settling in sessions what to expect 2 year old", "nursery"),
    page(
        "https://www.nct.org.uk/life-parent/childcare/settling-your-child-nursery",
        "Settling your child into nursery | NCT",
        "nursery",
    ),
    day("4 09:00"),
    *mail(),
    *repubblica(),
    day("4 14:30"),
    search(BING, "voli londra napoli ottobre matrimonio bagaglio a mano", "wedding"),
    page(
        "https://www.skyscanner.it/trasporti/voli/lond/nap/",
        "Voli economici da Londra a Napoli | Skyscanner",
        "wedding",
    ),
    search(BING, "abito da cerimonia uomo matrimonio napoli sarto", "wedding"),
    page(
        "https://www.sartoria-napoletana.it/abiti-cerimonia-uomo",
        "Abiti da cerimonia uomo su misura - Sartoria Napoletana",
        "wedding",
    ),
    day("4 23:30"),
    *napoli("n4p0l1h1gh1", "Napoli-Juventus 2-1 | Gli highlights - YouTube"),
    search(GOOGLE, "food cost percentage braised beef cheek dish calculation", "menu"),
    page(
        "https://www.restaurant365.com/blog/how-to-calculate-food-cost-percentage/",
        "How to Calculate Food Cost Percentage | Restaurant365",
        "menu",
    ),
    day("5 09:15"),
    *mail(),
    *guardian(),
    day("5 15:15"),
    search(GOOGLE, "used vespa gts 300 for sale london dealer", "vespa"),
    page(
        "https://www.scooterworld.co.uk/used-scooters/vespa",
        "Used Vespa Scooters for Sale | Scooter World London",
        "vespa",
    ),
    search(GOOGLE, "cbt test london how long valid 125cc vs 300cc licence", "vespa"),
    page(
        "https://www.gov.uk/motorcycle-cbt",
        "Riding a moped or motorcycle: Compulsory basic training (CBT) - GOV.UK",
        "vespa",
    ),
    day("6 10:00"),
    search(GOOGLE, "invitation letter for parent visiting uk what to include", "visit"),
    page(
        "https://www.immigrationhelp.co.uk/uk-visitor-invitation-letter",
        "UK Visitor Visa Invitation Letter: What to Include | Immigration Help",
        "visit",
    ),
    day("6 16:30"),
    search(GOOGLE, "seasonal menu pumpkin dishes italian restaurant ideas", "menu"),
    page(
        "https://www.greatbritishchefs.com/collections/pumpkin-recipes",
        "Pumpkin Recipes - Great British Chefs",
        "menu",
    ),
    day("7 09:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1874500667788990002",
        "Partecipazione matrimonio Ciro e Annalisa - 18 ottobre, Villa Domi",
        "wedding",
    ),
    *repubblica(),
    day("7 15:00"),
    search(BING, "regalo di nozze cugino quanto dare busta napoli", "wedding"),
    page(
        "https://www.matrimonio.com/articoli/quanto-regalare-a-un-matrimonio--c1234",
        "Quanto regalare a un matrimonio? La guida | Matrimonio.com",
        "wedding",
    ),
    day("8 09:00"),
    *mail(),
    *guardian(),
    day("8 14:45"),
    search(GOOGLE, "nursery bag checklist spare clothes labels", "nursery"),
    page(
        "https://www.madeformums.com/toddler-and-preschool/what-to-pack-in-a-nursery-bag/",
        "What to pack in a nursery bag - MadeForMums",
        "nursery",
    ),
    day("8 23:40"),
    *napoli("n4p0l1h1gh2", "Napoli-Inter 1-1 | Gli highlights - YouTube"),
    search(GOOGLE, "heathrow arrivals meeting elderly parent assistance service", "visit"),
    page(
        "https://www.heathrow.com/at-the-airport/accessibility-and-special-assistance",
        "Accessibility and special assistance | Heathrow",
        "visit",
    ),
    day("9 09:15"),
    *mail(),
    *repubblica(),
    day("9 15:30"),
    search(BING, "assicurazione vespa uk italian licence exchange dvla", "vespa"),
    page(
        "https://www.gov.uk/exchange-foreign-driving-licence",
        "Exchange a foreign driving licence - GOV.UK",
        "vespa",
    ),
    day("10 09:00"),
    *mail(),
    *guardian(),
    day("10 16:00"),
    search(GOOGLE, "menu description writing tips italian dishes english diners", "menu"),
    page(
        "https://www.toasttab.com/restaurants/resources/menu-description-examples",
        "Menu Description Examples and Writing Tips | Toast POS",
        "menu",
    ),
    search(BING, "hotel vicino villa domi napoli per matrimonio", "wedding"),
    page(
        "https://www.booking.com/searchresults.it.html?ss=Villa+Domi+Napoli",
        "Hotel vicino a Villa Domi, Napoli - Booking.com",
        "wedding",
    ),
]
