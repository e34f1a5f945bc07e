"""A freelance photographer's ten days in Cape Town, written in the fifty-first session and
scored before any change for it: a wedding she will shoot in the winelands (the contract,
a second shooter, the venue's light), her zoom lens sent for repair (the fault, the
service centre, the insurer), a family safari in Kenya (the e-visa, a camp in the Masai
Mara, the yellow fever vaccine), her son's high school application, her car's gearbox
slipping (the fault, a gearbox shop) and a new laptop for editing. Between them she
reads News24, Gmail, Instagram and YouTube. Searches go to Google and Bing.
Used by make_week_history.py (``week178``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "lindiwe.photo.ct@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def news24() -> list[Step]:
    return [
        ("goto", "https://www.news24.com/", "News24 | South Africa's premier news source", None)
    ]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 08:15"),
    *news24(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e3f1a07b6d",
        "1844100126603",
        "Booking enquiry - Thandi & Michael, Babylonstoren, 14 June",
        "wedding",
    ),
    search(GOOGLE, "wedding photography contract template south africa", "wedding"),
    page(
        "https://www.photographyforums.co.za/wedding-contract-template",
        "Wedding photography contract template (SA) | Photography Forums",
        "wedding",
    ),
    page(
        "https://www.honeybook.com/blog/wedding-photography-contract",
        "What to Include in a Wedding Photography Contract | HoneyBook",
        "wedding",
    ),
    day("1 14:40"),
    search(GOOGLE, "sigma 24-70 f2.8 zoom ring stiff error", "lens"),
    page(
        "https://www.dpreview.com/forums/thread/4612847",
        "Sigma 24-70 2.8 Art zoom ring stiff / lens error: Sigma Lens Talk Forum | DPReview",
        "lens",
    ),
    page(
        "https://www.sigma-global.com/en/support/repair/",
        "Repair service | SIGMA Corporation",
        "lens",
    ),
    day("1 21:00"),
    search(BING, "kenya safari family masai mara august", "safari"),
    page(
        "https://www.safaribookings.com/masai-mara/family",
        "Family Safaris in Masai Mara - SafariBookings",
        "safari",
    ),
    page(
        "https://www.lonelyplanet.com/kenya/masai-mara-national-reserve",
        "Masai Mara National Reserve, Kenya - Lonely Planet",
        "safari",
    ),
    day("2 07:30"),
    *insta(),
    search(GOOGLE, "grade 8 applications 2028 western cape schools online", "school"),
    page(
        "https://www.westerncape.gov.za/education/school-admissions",
        "School admissions | Western Cape Government",
        "school",
    ),
    page(
        "https://wcedonline.westerncape.gov.za/admissions",
        "WCED Online Admissions",
        "school",
    ),
    day("2 13:10"),
    search(GOOGLE, "car gearbox slipping between 2nd and 3rd automatic", "car"),
    page(
        "https://www.cars.co.za/motoring-news/automatic-gearbox-problems-signs/",
        "7 signs your automatic gearbox is in trouble | Cars.co.za",
        "car",
    ),
    day("2 20:30"),
    search(GOOGLE, "second shooter rate per hour wedding cape town", "wedding"),
    page(
        "https://www.facebook.com/groups/capetownphotographers/posts/1948372651",
        "Second shooter rates 2027? | Cape Town Photographers | Facebook",
        "wedding",
    ),
    day("3 09:00"),
    *news24(),
    search(BING, "kenya evisa eta south african passport", "safari"),
    page(
        "https://www.etakenya.go.ke/",
        "Kenya Electronic Travel Authorisation (eTA)",
        "safari",
    ),
    page(
        "https://travel.state.gov/content/travel/en/international-travel/"
        "International-Travel-Country-Information-Pages/Kenya.html",
        "Kenya International Travel Information",
        "safari",
    ),
    day("3 15:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e3f1a07b6d",
        "1844170551230",
        "Your repair request RMA-221874 - Sigma service centre Johannesburg",
        "lens",
    ),
    search(GOOGLE, "camera equipment insurance claim repair excess outsurance", "lens"),
    page(
        "https://www.outsurance.co.za/personal/portable-possessions/",
        "Portable possessions insurance | OUTsurance",
        "lens",
    ),
    day("3 21:15"),
    search(GOOGLE, "best laptop for lightroom photo editing 2027", "laptop"),
    page(
        "https://www.creativebloq.com/buying-guides/best-laptops-for-photo-editing",
        "The best laptops for photo editing in 2027 | Creative Bloq",
        "laptop",
    ),
    page(
        "https://www.rtings.com/laptop/reviews/best/photo-editing",
        "The 5 Best Laptops For Photo Editing - Winter 2027: Reviews - RTINGS.com",
        "laptop",
    ),
    day("4 08:00"),
    *youtube(),
    search(GOOGLE, "babylonstoren wedding venue golden hour light photos", "wedding"),
    page(
        "https://www.babylonstoren.com/weddings",
        "Weddings | Babylonstoren",
        "wedding",
    ),
    day("4 12:30"),
    search(GOOGLE, "gearbox repair cape town northern suburbs reviews", "car"),
    page(
        "https://www.hellopeter.com/gearbox-centre-bellville/reviews",
        "Gearbox Centre Bellville Reviews | HelloPeter",
        "car",
    ),
    page(
        "https://www.gearboxcentre.co.za/bellville",
        "Automatic Gearbox Repairs Bellville | Gearbox Centre",
        "car",
    ),
    day("4 20:50"),
    search(BING, "yellow fever vaccine kenya required children", "safari"),
    page(
        "https://www.travelclinic.co.za/yellow-fever",
        "Yellow Fever Vaccination | Travel Doctor SA",
        "safari",
    ),
    day("5 07:45"),
    *insta(),
    search(GOOGLE, "rondebosch boys high school grade 8 admission requirements", "school"),
    page(
        "https://www.rbhs.co.za/admissions/",
        "Admissions | Rondebosch Boys' High School",
        "school",
    ),
    search(GOOGLE, "sacs high school open day 2027", "school"),
    page(
        "https://www.sacs.org.za/open-day/",
        "Open Day | SACS High School",
        "school",
    ),
    day("5 16:00"),
    search(GOOGLE, "macbook pro m4 vs dell xps 16 for lightroom", "laptop"),
    page(
        "https://www.notebookcheck.net/MacBook-Pro-14-M4-vs-Dell-XPS-16.918373.0.html",
        "Apple MacBook Pro 14 M4 vs Dell XPS 16 - Notebookcheck.net",
        "laptop",
    ),
    day("6 09:30"),
    *news24(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e3f1a07b6d",
        "1844240038817",
        "Governors Camp - your family tent quote, 9-13 August",
        "safari",
    ),
    search(GOOGLE, "governors camp masai mara family tent reviews", "safari"),
    page(
        "https://www.tripadvisor.com/Hotel_Review-g294209-d301416-Reviews-Governors_Camp.html",
        "GOVERNORS' CAMP - Updated 2027 Prices & Lodge Reviews (Masai Mara) - Tripadvisor",
        "safari",
    ),
    page(
        "https://www.governorscamp.com/governors-camp/",
        "Governors' Camp | Masai Mara",
        "safari",
    ),
    day("6 18:40"),
    search(GOOGLE, "deposit and cancellation clause photographer contract", "wedding"),
    page(
        "https://www.shootproof.com/blog/photography-contract-cancellation-policy/",
        "How to Write a Cancellation Policy for Your Photography Business | ShootProof",
        "wedding",
    ),
    day("7 08:20"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=Hq8pW2xKf0c",
        "How to check automatic transmission fluid level and colour - YouTube",
        "car",
    ),
    search(GOOGLE, "atf fluid change cost toyota corolla south africa", "car"),
    page(
        "https://www.autotrader.co.za/advice/maintenance/transmission-fluid-change-cost",
        "How much does a transmission fluid change cost? | AutoTrader",
        "car",
    ),
    day("7 14:50"),
    search(GOOGLE, "sigma lens repair how long johannesburg", "lens"),
    page(
        "https://www.sigma-imaging.co.za/service-repairs",
        "Service & Repairs | Sigma Imaging South Africa",
        "lens",
    ),
    day("8 10:10"),
    *insta(),
    search(GOOGLE, "malaria tablets kenya children masai mara", "safari"),
    page(
        "https://www.cdc.gov/yellow-book/hcp/travel-destinations/kenya.html",
        "Kenya | Yellow Book | CDC",
        "safari",
    ),
    day("8 19:30"),
    search(BING, "incredible connection macbook pro price", "laptop"),
    page(
        "https://www.incredible.co.za/apple-macbook-pro-14-m4",
        "Apple MacBook Pro 14-inch M4 | Incredible Connection",
        "laptop",
    ),
    day("9 08:00"),
    *news24(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e3f1a07b6d",
        "1844318874001",
        "WCED admissions: application received for Sipho Dlamini",
        "school",
    ),
    day("9 13:40"),
    search(GOOGLE, "wedding timeline template photographer family formals list", "wedding"),
    page(
        "https://www.pic-time.com/blog/wedding-day-timeline-for-photographers",
        "Wedding Day Timeline for Photographers | Pic-Time",
        "wedding",
    ),
    day("10 09:15"),
    *youtube(),
    search(GOOGLE, "gearbox centre bellville quote valve body", "car"),
    page(
        "https://www.gearboxcentre.co.za/bellville/quote",
        "Request a Quote | Gearbox Centre Bellville",
        "car",
    ),
    day("10 20:00"),
    *news24(),
]
