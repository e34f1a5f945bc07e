"""A small-animal vet's ten days in Denver, on her home laptop, written in the thirty-first
session after step 60, and scored before any change for it: a veterinary conference in San
Diego to book, a mortgage to refinance, a jury summons to postpone, a summer camp for her
son, a used hybrid to buy, and a case at work to read up on (a cat's hyperthyroidism). Gmail,
the Denver Post and YouTube's front page are opened most days. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week107``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "dr.rachel.okafor@gmail.com"
INBOX = "3b7e1d09aa"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "Denver Post: Colorado breaking news, sports, business",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *post(),
    day("1 20:10"),
    search(GOOGLE, "wvc vs vmx vs pacific vet conference 2027 ce hours", "conference"),
    page(
        "https://www.pacificveterinaryconference.org/register",
        "Registration | Pacific Veterinary Conference 2027",
        "conference",
    ),
    search(GOOGLE, "san diego convention center hotels walking distance gaslamp", "conference"),
    page(
        "https://www.tripadvisor.com/HotelsNear-g60750-d103453-San_Diego_Convention_Center-San_Diego_California.html",
        "Hotels near San Diego Convention Center - Tripadvisor",
        "conference",
    ),
    day("1 21:00"),
    search(DDG, "cash out refinance vs heloc 2027 rates", "refinance"),
    page(
        "https://www.bankrate.com/home-equity/heloc-vs-cash-out-refinance/",
        "HELOC vs. Cash-Out Refinance: Which Is Better? | Bankrate",
        "refinance",
    ),
    day("2 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1860011223344556601",
        "Juror Summons - Denver County Court - Response Required",
        "jury",
    ),
    *post(),
    day("2 12:15"),
    search(GOOGLE, "feline hyperthyroidism methimazole starting dose renal values", "cat"),
    page(
        "https://www.vin.com/apputil/content/defaultadv1.aspx?id=4951898",
        "Hyperthyroidism in Cats: Treatment Options - VIN",
        "cat",
    ),
    search(GOOGLE, "radioiodine therapy cats colorado referral", "cat"),
    page(
        "https://www.csuvth.colostate.edu/services/radioiodine",
        "Radioiodine (I-131) Therapy for Cats | CSU Veterinary Teaching Hospital",
        "cat",
    ),
    day("2 20:30"),
    search(GOOGLE, "postpone jury duty denver county how to request deferral", "jury"),
    page(
        "https://www.coloradojudicial.gov/jury-service/postponement",
        "Request a Postponement | Colorado Judicial Branch",
        "jury",
    ),
    day("3 06:50"),
    *mail(),
    *video_home(),
    day("3 19:45"),
    search(GOOGLE, "stem summer camp denver 10 year old robotics", "camp"),
    page(
        "https://www.coloradoacademy.org/summer/stem-camps",
        "STEM Summer Camps for Kids | Colorado Academy",
        "camp",
    ),
    search(GOOGLE, "ymca day camp denver cost per week", "camp"),
    page(
        "https://www.denverymca.org/programs/day-camp",
        "Summer Day Camp | YMCA of Metro Denver",
        "camp",
    ),
    day("3 21:10"),
    search(DDG, "used toyota rav4 hybrid 2022 price denver", "car"),
    page(
        "https://www.cars.com/shopping/toyota-rav4_hybrid-2022/?zip=80210",
        "Used 2022 Toyota RAV4 Hybrid for Sale near Denver, CO | Cars.com",
        "car",
    ),
    day("4 06:40"),
    *mail(),
    *post(),
    day("4 20:00"),
    search(GOOGLE, "refinance closing costs colorado typical 2027", "refinance"),
    page(
        "https://www.nerdwallet.com/article/mortgages/closing-costs-mortgage-fees-explained",
        "Closing Costs: What They Are and How Much They Cost | NerdWallet",
        "refinance",
    ),
    search(GOOGLE, "better mortgage vs rocket mortgage refinance reviews", "refinance"),
    page(
        "https://www.reddit.com/r/Mortgages/comments/1a2b3c4/better_vs_rocket_for_refi/",
        "Better vs Rocket for a refi? : r/Mortgages",
        "refinance",
    ),
    day("4 21:15"),
    search(GOOGLE, "flights denver to san diego february southwest nonstop", "conference"),
    page(
        "https://www.southwest.com/air/booking/select.html?originationAirportCode=DEN&destinationAirportCode=SAN",
        "Select Flights | Southwest Airlines",
        "conference",
    ),
    day("5 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1860011223344556602",
        "Your rate quote is ready - Better Mortgage",
        "refinance",
    ),
    *video_home(),
    day("5 12:30"),
    search(GOOGLE, "hyperthyroid cat hill's y/d vs methimazole long term", "cat"),
    page(
        "https://todaysveterinarypractice.com/endocrinology/feline-hyperthyroidism-treatment/",
        "Feline Hyperthyroidism: Choosing a Treatment | Today's Veterinary Practice",
        "cat",
    ),
    day("5 20:40"),
    search(DDG, "rav4 hybrid 2022 common problems battery warranty", "car"),
    page(
        "https://www.consumerreports.org/cars/toyota/rav4-hybrid/2022/reliability/",
        "2022 Toyota RAV4 Hybrid Reliability - Consumer Reports",
        "car",
    ),
    search(DDG, "pre purchase inspection denver used car cost", "car"),
    page(
        "https://www.yelp.com/search?find_desc=pre+purchase+car+inspection&find_loc=Denver%2C+CO",
        "Top 10 Best Pre Purchase Car Inspection in Denver, CO - Yelp",
        "car",
    ),
    day("6 07:00"),
    *mail(),
    *post(),
    day("6 10:30"),
    search(GOOGLE, "camp invention denver dates 2027 registration", "camp"),
    page(
        "https://www.invent.org/programs/camp-invention/find-a-camp?state=CO",
        "Find a Camp Invention Location | National Inventors Hall of Fame",
        "camp",
    ),
    day("6 14:00"),
    search(GOOGLE, "what to wear to jury duty colorado employer pay", "jury"),
    page(
        "https://www.coloradojudicial.gov/jury-service/employer-information",
        "Employer Information | Colorado Judicial Branch",
        "jury",
    ),
    day("7 06:45"),
    *mail(),
    *video_home(),
    day("7 19:30"),
    search(GOOGLE, "pacific vet conference dermatology track schedule", "conference"),
    page(
        "https://www.pacificveterinaryconference.org/program/dermatology",
        "Dermatology Program | Pacific Veterinary Conference 2027",
        "conference",
    ),
    *tab(
        "https://www.sandiego.org/explore/things-to-do/attractions.aspx",
        "Top San Diego Attractions | Visit San Diego",
        "conference",
    ),
    day("7 21:00"),
    search(GOOGLE, "appraisal waiver refinance fannie mae eligibility", "refinance"),
    page(
        "https://singlefamily.fanniemae.com/originating-underwriting/value-acceptance",
        "Value Acceptance (Appraisal Waivers) | Fannie Mae",
        "refinance",
    ),
    day("8 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1860011223344556603",
        "Your postponement request has been granted - Colorado Judicial Branch",
        "jury",
    ),
    *post(),
    day("8 12:20"),
    search(GOOGLE, "t4 recheck timing after starting methimazole cat", "cat"),
    page(
        "https://www.merckvetmanual.com/endocrine-system/the-thyroid-gland/hyperthyroidism-in-animals",
        "Hyperthyroidism in Animals - Merck Veterinary Manual",
        "cat",
    ),
    day("8 20:15"),
    search(DDG, "carfax vs autocheck which is better", "car"),
    page(
        "https://www.edmunds.com/car-buying/carfax-vs-autocheck.html",
        "Carfax vs. AutoCheck: Which Vehicle History Report Is Better? | Edmunds",
        "car",
    ),
    search(DDG, "negotiate used car price dealer fees colorado", "car"),
    page(
        "https://www.kbb.com/car-advice/negotiate-used-car-price/",
        "How to Negotiate a Used Car Price | Kelley Blue Book",
        "car",
    ),
    day("9 06:50"),
    *mail(),
    *video_home(),
    day("9 19:00"),
    search(GOOGLE, "summer camp with before and after care denver working parents", "camp"),
    page(
        "https://www.denverparent.com/summer-camps-guide/",
        "Summer Camp Guide 2027 | Denver Parent",
        "camp",
    ),
    day("9 20:30"),
    search(GOOGLE, "hotel del coronado vs manchester grand hyatt conference", "conference"),
    page(
        "https://www.reddit.com/r/sandiego/comments/9z8y7x/hotel_for_a_conference_downtown/",
        "Hotel for a conference downtown? : r/sandiego",
        "conference",
    ),
    day("10 06:45"),
    *mail(),
    *post(),
    day("10 20:00"),
    search(GOOGLE, "lock refinance rate now or float december", "refinance"),
    page(
        "https://www.bankrate.com/mortgages/when-to-lock-mortgage-rate/",
        "When Should You Lock Your Mortgage Rate? | Bankrate",
        "refinance",
    ),
]
