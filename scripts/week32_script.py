"""A retired teacher's ten days in Edinburgh, written at the start of the nineteenth session
and scored before any change for it: a Norwegian fjords cruise booked, hearing aids looked
into, a garden shed chosen and ordered, a grandson's christening present, a radiator
leaking at its valve, the book club's novel, and learning video calls on a new phone. Her
mail is Gmail, and some of its messages are about her tasks (the cruise's
confirmation, her daughter's note about the christening). Words cross tasks: "cabin" of a
ship and of a garden, "copper" of a pipe and of the novel's title, "card" of a christening
and of a health card abroad, "call" of a video call and of a plumber's call-out. Noise: a
page reloaded, a shed listing opened again two days later, a map search, searches on a
video site, a cruise line's sign-in page, the daily crossword reached from its front page.
Searches go to Google and Bing. Habits: mail, BBC news, the weather, the crossword, video,
a social feed. Used by make_week_history.py (``week32``); steps as in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import BING, GMAIL, GOOGLE, Step, day, gmail_message, page, search, video_home

YT_SEARCH = "https://www.youtube.com/results?search_query="
MAPS = "https://www.google.com/maps/search/"
SHED = "https://www.diy.com/departments/bq-8x6-overlap-pent-garden-shed/5059340100911_BQ.prd"
CRUISE = "https://www.fredolsencruises.com/cruises/norwegian-fjords/l2714"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (4) - margaret.reid@example.com - Gmail", None)]


message = partial(gmail_message, "margaret.reid@example.com", "3b9e2")


def news() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news/scotland", "Scotland - BBC News", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://www.metoffice.gov.uk/weather/forecast/gcvwr3zrw",
            "Edinburgh (City of Edinburgh) weather - Met Office",
            None,
        )
    ]


def crossword(number: int) -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/crosswords",
            "Crosswords | The Guardian",
            None,
        ),
        (
            "click",
            f"https://www.theguardian.com/crosswords/quick/{number}",
            f"Quick crossword No {number // 1000},{number % 1000:03d} | Crosswords | The Guardian",
            None,
        ),
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def yt(query: str, task: str) -> Step:
    return ("goto", YT_SEARCH + query.replace(" ", "+"), f"{query} - YouTube", task)


STEPS: list[Step] = [
    day("1 08:05"),
    *mail(),
    *weather(),
    *news(),
    *crossword(17012),
    day("1 10:30"),
    search(GOOGLE, "norwegian fjords cruise from newcastle june 2027", "cruise"),
    page(
        CRUISE,
        "Norwegian Fjords Cruise from Newcastle | Fred. Olsen Cruise Lines",
        "cruise",
    ),
    ("back", "", "", "cruise"),
    page(
        "https://www.cruisecritic.co.uk/find/destination/norwegian-fjords-cruises",
        "Norwegian Fjords Cruises 2027 - Cruise Critic UK",
        "cruise",
        "tab",
    ),
    ("close", "", "", "cruise"),
    search(GOOGLE, "fred olsen vs p&o fjords cruise for older travellers", "cruise"),
    page(
        "https://boards.cruisecritic.co.uk/topic/2871543-fred-olsen-or-po-for-the-fjords/",
        "Fred Olsen or P&O for the fjords? - Cruise Critic Community",
        "cruise",
    ),
    day("1 14:10"),
    *feed(),
    search(BING, "hearing aids nhs scotland waiting time", "hearing"),
    page(
        "https://www.nhsinform.scot/tests-and-treatments/ears-nose-and-throat/hearing-aids",
        "Hearing aids | NHS inform",
        "hearing",
    ),
    ("back", "", "", "hearing"),
    page(
        "https://www.rnid.org.uk/information-and-support/hearing-loss/hearing-aids/getting-hearing-aids-on-the-nhs/",
        "Getting hearing aids on the NHS - RNID",
        "hearing",
        "tab",
    ),
    ("close", "", "", "hearing"),
    search(BING, "specsavers free hearing test edinburgh", "hearing"),
    page(
        "https://www.specsavers.co.uk/hearing/hearing-test",
        "Free hearing test | Book online | Specsavers UK",
        "hearing",
    ),
    day("1 19:45"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=scotgardens7",
        "Gardeners' World: Scottish gardens in spring - YouTube",
        None,
    ),
    *mail(),
    *message(
        "1801234567890123456",
        "Alfie's christening - Sunday 14th June",
        "christening",
    ),
    day("2 08:20"),
    *mail(),
    *weather(),
    *crossword(17013),
    day("2 09:40"),
    search(GOOGLE, "radiator leaking from valve nut", "radiator"),
    page(
        "https://www.diydoctor.org.uk/projects/leaking-radiator-valve.htm",
        "Leaking Radiator Valve | How to Fix a Leaking Radiator Valve | DIY Doctor",
        "radiator",
    ),
    ("back", "", "", "radiator"),
    page(
        "https://www.mumsnet.com/talk/property_diy/4512233-radiator-valve-dripping",
        "Radiator valve dripping - is it urgent? | Mumsnet",
        "radiator",
        "tab",
    ),
    ("close", "", "", "radiator"),
    yt("how to fix a leaking radiator valve", "radiator"),
    page(
        "https://www.youtube.com/watch?v=radvalve15",
        "How to Fix a Leaking Radiator Valve - Plumbing Made Easy - YouTube",
        "radiator",
    ),
    day("2 11:30"),
    search(GOOGLE, "christening gift ideas from grandparents", "christening"),
    page(
        "https://www.notonthehighstreet.com/gifts/christening-gifts-from-grandparents",
        "Christening Gifts From Grandparents | notonthehighstreet.com",
        "christening",
    ),
    page(
        "https://www.notonthehighstreet.com/hersey/product/personalised-silver-keepsake-box",
        "Personalised Silver Keepsake Box | Hersey Silversmiths",
        "christening",
        "tab",
    ),
    ("close", "", "", "christening"),
    search(GOOGLE, "engraved silver christening cup", "christening"),
    page(
        "https://www.hamiltonandinches.com/collections/christening-gifts",
        "Christening Gifts | Silver Cups & Spoons | Hamilton & Inches Edinburgh",
        "christening",
    ),
    day("2 15:00"),
    search(GOOGLE, "8x6 garden shed", "shed"),
    page(
        SHED,
        "B&Q 8x6 Overlap Pent Garden Shed | DIY at B&Q",
        "shed",
    ),
    ("back", "", "", "shed"),
    page(
        "https://www.which.co.uk/reviews/sheds/article/how-to-buy-the-best-shed-a2Lr36n9VwqZ",
        "How to buy the best garden shed - Which?",
        "shed",
        "tab",
    ),
    ("close", "", "", "shed"),
    search(GOOGLE, "garden cabin vs shed for potting", "shed"),
    page(
        "https://www.gardenbuildingsdirect.co.uk/blog/summerhouse-vs-shed-vs-log-cabin/",
        "Summerhouse vs Shed vs Log Cabin: Which Is Right for You? | Garden Buildings Direct",
        "shed",
    ),
    day("2 20:10"),
    *feed(),
    search(GOOGLE, "demon copperhead discussion questions", "book"),
    page(
        "https://www.litlovers.com/reading-guides/fiction/12345-demon-copperhead-kingsolver",
        "Demon Copperhead (Kingsolver) - LitLovers",
        "book",
    ),
    ("back", "", "", "book"),
    page(
        "https://www.theguardian.com/books/2022/oct/20/demon-copperhead-by-barbara-kingsolver-review",
        "Demon Copperhead by Barbara Kingsolver review - a Dickensian triumph | The Guardian",
        "book",
        "tab",
    ),
    ("close", "", "", "book"),
    day("3 08:15"),
    *mail(),
    *news(),
    *crossword(17014),
    day("3 09:50"),
    search(BING, "how to make a video call on whatsapp samsung", "phone"),
    page(
        "https://faq.whatsapp.com/1153184258686221",
        "How to make a video call | WhatsApp Help Center",
        "phone",
    ),
    ("back", "", "", "phone"),
    page(
        "https://www.samsung.com/uk/support/mobile-devices/how-to-use-whatsapp-video-call/",
        "How to use WhatsApp video calling | Samsung UK",
        "phone",
        "tab",
    ),
    ("close", "", "", "phone"),
    day("3 10:30"),
    search(GOOGLE, "balcony cabin worth it fjords cruise", "cruise"),
    page(
        "https://www.cruisecritic.co.uk/articles/balcony-cabins-worth-it-norway",
        "Are Balcony Cabins Worth It on a Norway Cruise? - Cruise Critic",
        "cruise",
    ),
    page(
        CRUISE,
        "Norwegian Fjords Cruise from Newcastle | Fred. Olsen Cruise Lines",
        "cruise",
        "goto",
    ),
    page(
        CRUISE,
        "Norwegian Fjords Cruise from Newcastle | Fred. Olsen Cruise Lines",
        "cruise",
        "goto",
    ),
    search(GOOGLE, "do i need a ghic card for a cruise to norway", "cruise"),
    page(
        "https://www.nhs.uk/using-the-nhs/healthcare-abroad/apply-for-a-free-uk-global-health-insurance-card-ghic/",
        "Apply for a free UK Global Health Insurance Card (GHIC) - NHS",
        "cruise",
    ),
    day("3 14:20"),
    search(GOOGLE, "phonak vs oticon hearing aids review", "hearing"),
    page(
        "https://www.which.co.uk/reviews/hearing-aids/article/hearing-aid-brands-aHj6x3Y8kP2d",
        "Best hearing aid brands - Which?",
        "hearing",
    ),
    ("back", "", "", "hearing"),
    page(
        "https://www.hearingtracker.com/hearing-aids/phonak-vs-oticon",
        "Phonak vs Oticon: Which Hearing Aid Brand Is Better? | HearingTracker",
        "hearing",
        "tab",
    ),
    ("close", "", "", "hearing"),
    search(GOOGLE, "rechargeable hearing aids cost uk private", "hearing"),
    page(
        "https://www.hearingdirect.com/blog/how-much-do-hearing-aids-cost-uk",
        "How much do hearing aids cost in the UK? | HearingDirect",
        "hearing",
    ),
    day("3 19:30"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=strictly2026",
        "Strictly Come Dancing 2026 - Best Moments - YouTube",
        None,
    ),
    day("4 08:30"),
    *mail(),
    *weather(),
    *crossword(17015),
    day("4 09:15"),
    search(GOOGLE, "copper pipe 15mm radiator valve olive replacement", "radiator"),
    page(
        "https://www.screwfix.com/c/heating-plumbing/radiator-valves/cat840186",
        "Radiator Valves | Screwfix.com",
        "radiator",
    ),
    ("back", "", "", "radiator"),
    page(
        "https://www.plumbingforums.co.uk/threads/replacing-olive-on-radiator-valve.11842/",
        "Replacing olive on radiator valve | Plumbing Forums",
        "radiator",
        "tab",
    ),
    ("close", "", "", "radiator"),
    day("4 11:00"),
    search(BING, "do i need planning permission for a shed in scotland", "shed"),
    page(
        "https://www.mygov.scot/permitted-development/garden-buildings",
        "Garden buildings: permitted development - mygov.scot",
        "shed",
    ),
    search(BING, "shed base slabs or timber frame", "shed"),
    page(
        "https://www.gardenbuildingsdirect.co.uk/blog/how-to-build-a-shed-base/",
        "How to Build a Shed Base: Concrete, Slabs or Timber? | Garden Buildings Direct",
        "shed",
    ),
    day("4 15:40"),
    search(GOOGLE, "barbara kingsolver interview demon copperhead appalachia", "book"),
    page(
        "https://www.npr.org/2022/10/18/1129389423/barbara-kingsolver-demon-copperhead",
        "Barbara Kingsolver on 'Demon Copperhead' and Appalachia : NPR",
        "book",
    ),
    search(GOOGLE, "david copperfield plot summary", "book"),
    page(
        "https://www.sparknotes.com/lit/copperfield/summary/",
        "David Copperfield: Full Book Summary | SparkNotes",
        "book",
    ),
    day("4 20:00"),
    *feed(),
    *video_home(),
    day("5 08:10"),
    *mail(),
    *message(
        "1801234567890123457",
        "Your weekly offers from Waitrose",
        None,
    ),
    *news(),
    *crossword(17016),
    day("5 10:00"),
    (
        "goto",
        MAPS + "plumber+near+morningside+edinburgh",
        "plumber near morningside edinburgh - Google Maps",
        "radiator",
    ),
    search(GOOGLE, "plumber call out charge edinburgh radiator valve", "radiator"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/radiator-valve-replacement-cost/",
        "Radiator Valve Replacement Cost 2026 | Checkatrade",
        "radiator",
    ),
    ("back", "", "", "radiator"),
    page(
        "https://www.checkatrade.com/Search/Plumber/in/Edinburgh",
        "Plumbers in Edinburgh | Checkatrade",
        "radiator",
        "tab",
    ),
    ("close", "", "", "radiator"),
    day("5 14:30"),
    yt("whatsapp video call tutorial for beginners", "phone"),
    page(
        "https://www.youtube.com/watch?v=wavideo101",
        "WhatsApp Video Call - Step by Step Tutorial for Beginners - YouTube",
        "phone",
    ),
    search(BING, "whatsapp video call no sound samsung a15", "phone"),
    page(
        "https://www.androidauthority.com/whatsapp-call-no-sound-fix-3190044/",
        "WhatsApp call no sound? Here's how to fix it - Android Authority",
        "phone",
    ),
    day("5 19:15"),
    search(GOOGLE, "what to write in a christening card for grandson", "christening"),
    page(
        "https://www.hallmark.co.uk/christening-card-messages",
        "Christening Card Messages & Wishes | Hallmark UK",
        "christening",
    ),
    day("6 08:25"),
    *mail(),
    *weather(),
    *crossword(17017),
    day("6 10:10"),
    page(SHED, "B&Q 8x6 Overlap Pent Garden Shed | DIY at B&Q", "shed", "goto"),
    search(GOOGLE, "shed felt or shingles roof", "shed"),
    page(
        "https://www.wickes.co.uk/help-ideas/garden/shed-roofing-guide",
        "Shed Roofing Guide: Felt, Shingles or Metal? | Wickes",
        "shed",
    ),
    page(SHED, "B&Q 8x6 Overlap Pent Garden Shed | DIY at B&Q", "shed", "goto"),
    page(
        "https://www.diy.com/basket",
        "Basket | DIY at B&Q",
        "shed",
    ),
    page(
        "https://www.diy.com/checkout/delivery",
        "Checkout - Delivery | DIY at B&Q",
        "shed",
    ),
    day("6 13:40"),
    search(GOOGLE, "travel insurance over 65 cruise cover", "cruise"),
    page(
        "https://www.moneysupermarket.com/travel-insurance/over-65s/",
        "Travel Insurance for Over 65s | Compare Quotes | MoneySuperMarket",
        "cruise",
    ),
    ("back", "", "", "cruise"),
    page(
        "https://www.staysure.co.uk/travel-insurance/cruise/",
        "Cruise Travel Insurance | Staysure",
        "cruise",
        "tab",
    ),
    ("close", "", "", "cruise"),
    page(
        CRUISE,
        "Norwegian Fjords Cruise from Newcastle | Fred. Olsen Cruise Lines",
        "cruise",
        "goto",
    ),
    page(
        "https://www.fredolsencruises.com/booking/cabins?cruise=L2714",
        "Choose your cabin | Fred. Olsen Cruise Lines",
        "cruise",
    ),
    page(
        "https://www.fredolsencruises.com/booking/passengers",
        "Passenger details | Fred. Olsen Cruise Lines",
        "cruise",
    ),
    page(
        "https://www.fredolsencruises.com/booking/confirmation",
        "Booking confirmed | Fred. Olsen Cruise Lines",
        "cruise",
    ),
    day("6 19:50"),
    *feed(),
    *video_home(),
    day("7 08:40"),
    *mail(),
    *message(
        "1801234567890123458",
        "Your booking is confirmed - Borealis, Norwegian Fjords (ref 4471902)",
        "cruise",
    ),
    *news(),
    *crossword(17018),
    day("7 10:20"),
    search(BING, "specsavers morningside hearing appointment", "hearing"),
    page(
        "https://www.specsavers.co.uk/stores/edinburghmorningside/hearing",
        "Specsavers Hearing Centre Edinburgh - Morningside",
        "hearing",
    ),
    page(
        "https://www.specsavers.co.uk/book/hearing/edinburghmorningside",
        "Book a hearing appointment | Specsavers UK",
        "hearing",
    ),
    day("7 15:15"),
    search(GOOGLE, "church of scotland baptism what happens grandparents", "christening"),
    page(
        "https://www.churchofscotland.org.uk/worship/baptism",
        "Baptism | The Church of Scotland",
        "christening",
    ),
    search(GOOGLE, "hamilton and inches silver christening spoon engraving", "christening"),
    page(
        "https://www.hamiltonandinches.com/products/silver-christening-spoon",
        "Silver Christening Spoon with Engraving | Hamilton & Inches",
        "christening",
    ),
    day("8 08:05"),
    *mail(),
    *weather(),
    *crossword(17019),
    day("8 09:30"),
    search(GOOGLE, "how to make text bigger on samsung phone", "phone"),
    page(
        "https://www.samsung.com/uk/support/mobile-devices/how-to-change-the-font-size/",
        "How to change the font size on your Galaxy phone | Samsung UK",
        "phone",
    ),
    day("8 11:45"),
    page(
        "https://www.fredolsencruises.com/my-booking/sign-in",
        "My Booking - Sign in | Fred. Olsen Cruise Lines",
        "cruise",
        "goto",
    ),
    search(GOOGLE, "what to pack for a norway cruise in june", "cruise"),
    page(
        "https://www.cruisecritic.co.uk/articles/what-to-pack-for-a-norwegian-fjords-cruise",
        "What to Pack for a Norwegian Fjords Cruise - Cruise Critic",
        "cruise",
    ),
    day("8 16:00"),
    search(GOOGLE, "radiator valve still dripping after tightening", "radiator"),
    page(
        "https://www.diydoctor.org.uk/projects/leaking-radiator-valve.htm",
        "Leaking Radiator Valve | How to Fix a Leaking Radiator Valve | DIY Doctor",
        "radiator",
    ),
    search(GOOGLE, "plumbing tape ptfe radiator valve", "radiator"),
    page(
        "https://www.screwfix.com/p/ptfe-tape-12mm-x-12m/12345",
        "PTFE Tape 12mm x 12m | Screwfix.com",
        "radiator",
    ),
    day("8 20:20"),
    *feed(),
    search(GOOGLE, "demon copperhead ending explained", "book"),
    page(
        "https://www.bookbrowse.com/reviews/index.cfm/book_number/4321/demon-copperhead",
        "Demon Copperhead by Barbara Kingsolver: Summary and reviews - BookBrowse",
        "book",
    ),
    day("9 08:30"),
    *mail(),
    *news(),
    *crossword(17020),
    day("9 11:00"),
    search(GOOGLE, "shed delivery b&q how long", "shed"),
    page(
        "https://www.diy.com/customer-services/delivery-information",
        "Delivery information | DIY at B&Q",
        "shed",
    ),
    day("9 14:30"),
    yt("samsung a15 tips for seniors", "phone"),
    page(
        "https://www.youtube.com/watch?v=a15seniors",
        "Samsung Galaxy A15 - 10 Tips for Seniors - YouTube",
        "phone",
    ),
    day("9 19:40"),
    *video_home(),
    day("10 08:15"),
    *mail(),
    *weather(),
    *crossword(17021),
    day("10 10:30"),
    search(GOOGLE, "hearing aid batteries or rechargeable which is better", "hearing"),
    page(
        "https://www.rnid.org.uk/information-and-support/hearing-loss/hearing-aids/rechargeable-hearing-aids/",
        "Rechargeable hearing aids - RNID",
        "hearing",
    ),
    day("10 15:10"),
    search(GOOGLE, "bergen flam railway shore excursion", "cruise"),
    page(
        "https://www.visitnorway.com/places-to-go/fjord-norway/the-flam-railway/",
        "The Flåm Railway | Visit Norway",
        "cruise",
    ),
]
