"""A software consultant's ten days in Bengaluru, written in the fifty-first session and
scored before any change for it: a flat bought (a 2BHK's price, the home loan's EMI, the
builder's RERA registration, the sale deed's stamp duty), his passport renewed (the
appointment, the documents), a holiday in Vietnam (the e-visa, hotels in Hanoi, Ha
Long Bay), the Kubernetes administrator exam (CKA) studied for, his father's cataract
operation (the lens, a hospital, the insurer's cover) and Diwali gifts for his clients.
Between them he reads The Hindu, Gmail, YouTube and Cricbuzz. Searches go to Google
and DuckDuckGo.
Used by make_week_history.py (``week179``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "arjun.rao.consults@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def hindu() -> list[Step]:
    return [
        (
            "goto",
            "https://www.thehindu.com/",
            "The Hindu : Breaking News, India News, Sports News and Live Updates",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def cricbuzz() -> list[Step]:
    return [
        ("goto", "https://www.cricbuzz.com/", "Live Cricket Score, Schedule, News | Cricbuzz", None)
    ]


STEPS: list[Step] = [
    day("1 07:30"),
    *hindu(),
    search(GOOGLE, "2bhk flat price whitefield ready to move", "flat"),
    page(
        "https://www.magicbricks.com/2-bhk-flats-for-sale-in-whitefield-bangalore-pppfs",
        "2 BHK Flats for Sale in Whitefield, Bangalore | Magicbricks",
        "flat",
    ),
    page(
        "https://www.99acres.com/2-bhk-flats-in-whitefield-bangalore-east-ffid",
        "2 BHK Flats in Whitefield Bangalore East - 99acres",
        "flat",
    ),
    day("1 13:00"),
    search(DDG, "cka exam curriculum 2027 kubernetes", "cka"),
    page(
        "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
        "Certified Kubernetes Administrator (CKA) | Linux Foundation",
        "cka",
    ),
    page(
        "https://github.com/cncf/curriculum",
        "GitHub - cncf/curriculum: Open Source Curriculum for CNCF Certification Courses",
        "cka",
    ),
    day("1 21:30"),
    search(GOOGLE, "vietnam e visa for indian citizens", "vietnam"),
    page(
        "https://evisa.gov.vn/",
        "Vietnam National Portal on Immigration - E-visa",
        "vietnam",
    ),
    page(
        "https://www.makemytrip.com/blog/vietnam-visa-for-indians",
        "Vietnam Visa for Indians: e-Visa, Fees & Documents | MakeMyTrip Blog",
        "vietnam",
    ),
    day("2 07:10"),
    *cricbuzz(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c05be9d2a1",
        "1845100448812",
        "Appa's cataract surgery - Dr. Shetty's estimate for both eyes",
        "cataract",
    ),
    search(GOOGLE, "monofocal vs multifocal lens cataract surgery elderly", "cataract"),
    page(
        "https://www.aao.org/eye-health/diseases/cataract-iol-implants",
        "IOL Implants: Lens Replacement After Cataracts - American Academy of Ophthalmology",
        "cataract",
    ),
    page(
        "https://www.narayananethralaya.org/cataract/",
        "Cataract Surgery in Bangalore | Narayana Nethralaya",
        "cataract",
    ),
    day("2 18:45"),
    search(GOOGLE, "passport renewal appointment bangalore psk", "passport"),
    page(
        "https://www.passportindia.gov.in/AppOnlineProject/online/reissue",
        "Passport Seva - Re-issue of Passport",
        "passport",
    ),
    day("3 08:00"),
    *hindu(),
    search(GOOGLE, "home loan emi calculator 75 lakh 20 years", "flat"),
    page(
        "https://www.hdfcbank.com/personal/tools-and-calculators/home-loan-emi-calculator",
        "Home Loan EMI Calculator | HDFC Bank",
        "flat",
    ),
    page(
        "https://www.sbi.co.in/web/personal-banking/loans/home-loans/interest-rates",
        "Home Loan Interest Rates | SBI",
        "flat",
    ),
    day("3 14:20"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=X48VuDVv0do",
        "Kubernetes Tutorial for Beginners [FULL COURSE in 4 Hours] - YouTube",
        "cka",
    ),
    search(DDG, "killer.sh cka simulator worth it", "cka"),
    page(
        "https://www.reddit.com/r/kubernetes/comments/1c4xk2p/killersh_simulator_worth_it/",
        "killer.sh simulator worth it? : r/kubernetes",
        "cka",
    ),
    day("3 22:00"),
    search(GOOGLE, "hanoi old quarter hotels family", "vietnam"),
    page(
        "https://www.booking.com/district/vn/hanoi/oldquarter.html",
        "Hotels in Hanoi Old Quarter | Booking.com",
        "vietnam",
    ),
    day("4 07:40"),
    *cricbuzz(),
    search(GOOGLE, "star health insurance cataract surgery claim limit", "cataract"),
    page(
        "https://www.starhealth.in/blog/cataract-surgery-insurance-coverage",
        "Cataract Surgery: Health Insurance Coverage & Limits | Star Health",
        "cataract",
    ),
    day("4 19:30"),
    search(GOOGLE, "documents required for passport reissue expired 2017", "passport"),
    page(
        "https://www.passportindia.gov.in/AppOnlineProject/pdf/DocumentsRequired.pdf",
        "Documents required for passport reissue - Passport Seva",
        "passport",
    ),
    day("5 08:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c05be9d2a1",
        "1845168820367",
        "Prestige Lakeside Habitat - cost sheet and RERA details, tower C",
        "flat",
    ),
    search(GOOGLE, "rera karnataka check project registration prestige lakeside", "flat"),
    page(
        "https://rera.karnataka.gov.in/viewAllProjects",
        "Karnataka RERA - Registered Projects",
        "flat",
    ),
    day("5 13:30"),
    search(GOOGLE, "corporate diwali gift hampers bangalore bulk", "diwali"),
    page(
        "https://www.igp.com/corporate-gifts/diwali",
        "Corporate Diwali Gifts | IGP.com",
        "diwali",
    ),
    page(
        "https://www.fnp.com/diwali/corporate-gifts",
        "Corporate Diwali Gift Hampers Online | FNP",
        "diwali",
    ),
    day("5 21:10"),
    search(DDG, "kubectl cheat sheet etcd backup restore cka", "cka"),
    page(
        "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
        "Operating etcd clusters for Kubernetes | Kubernetes",
        "cka",
    ),
    day("6 09:00"),
    *youtube(),
    search(GOOGLE, "ha long bay cruise 2 nights from hanoi review", "vietnam"),
    page(
        "https://www.tripadvisor.in/Attractions-g293924-Activities-c42-t208-Hanoi.html",
        "Ha Long Bay Cruises from Hanoi - Tripadvisor",
        "vietnam",
    ),
    page(
        "https://www.lonelyplanet.com/vietnam/northeast-vietnam/halong-bay",
        "Halong Bay, Vietnam - Lonely Planet",
        "vietnam",
    ),
    day("6 16:20"),
    search(GOOGLE, "stamp duty registration charges karnataka flat 2027", "flat"),
    page(
        "https://www.nobroker.in/blog/stamp-duty-and-registration-charges-in-bangalore/",
        "Stamp Duty and Registration Charges in Bangalore 2027 | NoBroker",
        "flat",
    ),
    day("7 07:50"),
    *hindu(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c05be9d2a1",
        "1845230971104",
        "Passport Seva: appointment confirmed - PSK Koramangala, 19 Nov 10:30",
        "passport",
    ),
    day("7 20:15"),
    search(GOOGLE, "cataract surgery recovery eye drops schedule after", "cataract"),
    page(
        "https://www.narayananethralaya.org/cataract/post-operative-care/",
        "Post-operative care after cataract surgery | Narayana Nethralaya",
        "cataract",
    ),
    day("8 08:30"),
    *cricbuzz(),
    search(GOOGLE, "dry fruits gift box personalised logo corporate", "diwali"),
    page(
        "https://www.happilo.com/pages/corporate-gifting",
        "Corporate Gifting | Happilo",
        "diwali",
    ),
    day("8 14:00"),
    search(DDG, "cka exam tips time management kubectl imperative", "cka"),
    page(
        "https://medium.com/@k8s-notes/cka-exam-tips-2027-4b2f0e9a1c7d",
        "CKA exam tips for 2027: what I wish I knew | Medium",
        "cka",
    ),
    day("9 07:20"),
    *hindu(),
    search(GOOGLE, "vietnam airlines bangalore to hanoi via", "vietnam"),
    page(
        "https://www.skyscanner.co.in/routes/blr/han/bengaluru-to-hanoi.html",
        "Cheap flights from Bengaluru to Hanoi | Skyscanner",
        "vietnam",
    ),
    day("9 19:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c05be9d2a1",
        "1845301287563",
        "HDFC home loan - sanction letter and processing fee",
        "flat",
    ),
    search(GOOGLE, "home loan processing fee negotiable hdfc sbi", "flat"),
    page(
        "https://www.bankbazaar.com/home-loan/processing-fees.html",
        "Home Loan Processing Fees 2027 - Compare Banks | BankBazaar",
        "flat",
    ),
    day("10 09:30"),
    *youtube(),
    search(GOOGLE, "diwali gift for clients under 1500 ideas", "diwali"),
    page(
        "https://www.giftstoindia24x7.com/blog/diwali-gifts-for-clients",
        "Diwali gift ideas for clients | GiftsToIndia24x7",
        "diwali",
    ),
    day("10 21:00"),
    *cricbuzz(),
]
