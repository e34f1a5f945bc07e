"""A retired couple's ten days in Tampa, on the husband's laptop, written at the end of the
twenty-sixth session after all of its changes, and scored before any change for it: a
Medicare drug plan for next year, a hurricane season's preparations, a Caribbean cruise
booked, a golf cart's batteries, a dental implant, and a granddaughter's fifth birthday.
Gmail, the Tampa Bay Times, Facebook and the weather are opened most days. Searches go to
Google and Bing.
Used by make_week_history.py (``week81``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "gary.and.linda.ross@gmail.com"
INBOX = "8e7d6c5b4a"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def times() -> list[Step]:
    return [
        (
            "goto",
            "https://www.tampabay.com/",
            "Tampa Bay Times: Tampa, St. Petersburg and Florida news",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *times(),
    day("1 09:30"),
    search(GOOGLE, "medicare part d plan finder 2027 compare my drugs", "medicare"),
    page(
        "https://www.medicare.gov/plan-compare/",
        "Medicare Plan Finder | Medicare",
        "medicare",
    ),
    day("1 10:15"),
    search(BING, "hurricane shutters vs impact windows cost per window", "hurricane"),
    page(
        "https://www.forbes.com/home-improvement/windows/impact-windows-vs-hurricane-shutters/",
        "Impact Windows vs. Hurricane Shutters: Cost and Protection | Forbes Home",
        "hurricane",
    ),
    day("1 15:00"),
    *facebook(),
    search(GOOGLE, "western caribbean cruise february from tampa", "cruise"),
    page(
        "https://www.carnival.com/cruise-from/tampa-cruises",
        "Cruises from Tampa, FL | Carnival Cruise Line",
        "cruise",
    ),
    page(
        "https://www.royalcaribbean.com/cruises/cruises-from-tampa",
        "Cruises from Tampa | Royal Caribbean",
        "cruise",
    ),
    day("2 07:10"),
    *mail(),
    *times(),
    day("2 10:00"),
    search(GOOGLE, "golf cart batteries lithium vs lead acid club car", "cart"),
    page(
        "https://www.golfcartresource.com/golf-cart-batteries-lithium-vs-lead-acid/",
        "Lithium vs Lead Acid Golf Cart Batteries | Golf Cart Resource",
        "cart",
    ),
    *tab(
        f"{YT}gC2bT4lI6eA",
        "Converting My Club Car to Lithium - Was It Worth It? - YouTube",
        "cart",
    ),
    day("2 14:30"),
    search(GOOGLE, "dental implant cost single tooth with crown florida", "implant"),
    page(
        "https://www.aspendental.com/dental-implants/cost",
        "How Much Do Dental Implants Cost? | Aspen Dental",
        "implant",
    ),
    day("3 07:05"),
    *mail(),
    *facebook(),
    day("3 09:45"),
    search(GOOGLE, "5 year old girl birthday gift ideas", "birthday"),
    page(
        "https://www.goodhousekeeping.com/childrens-products/toy-reviews/g5171/best-gifts-for-5-year-old-girls/",
        "50 Best Gifts for 5-Year-Old Girls 2026 | Good Housekeeping",
        "birthday",
    ),
    day("3 11:00"),
    search(GOOGLE, "extra help medicare part d income limit 2027", "medicare"),
    page(
        "https://www.ssa.gov/medicare/part-d-extra-help",
        "Extra Help with Medicare Prescription Drug Plan Costs | SSA",
        "medicare",
    ),
    day("3 16:20"),
    search(BING, "hurricane supply list printable", "hurricane"),
    page(
        "https://www.ready.gov/kit",
        "Build A Kit | Ready.gov",
        "hurricane",
    ),
    day("4 07:00"),
    *mail(),
    *times(),
    day("4 10:30"),
    search(GOOGLE, "carnival paradise balcony vs ocean view worth it", "cruise"),
    page(
        "https://www.cruisecritic.com/articles/balcony-vs-oceanview",
        "Balcony vs. Oceanview Cabin: Is It Worth the Upgrade? | Cruise Critic",
        "cruise",
    ),
    day("4 13:45"),
    search(GOOGLE, "bone graft before implant necessary how long healing", "implant"),
    page(
        "https://my.clevelandclinic.org/health/treatments/21727-dental-bone-graft",
        "Dental Bone Graft: Purpose, Procedure & Recovery | Cleveland Clinic",
        "implant",
    ),
    day("5 07:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1870012233445566001",
        "Booking confirmation: Carnival Paradise, 5-day Western Caribbean, Feb 9",
        "cruise",
    ),
    *facebook(),
    day("5 10:00"),
    search(GOOGLE, "trojan t-105 6 volt battery price 48v set", "cart"),
    page(
        "https://www.batteriesplus.com/golf-cart-batteries",
        "Golf Cart Batteries | Batteries Plus",
        "cart",
    ),
    day("5 14:00"),
    search(GOOGLE, "generator for hurricane power outage how many watts fridge", "hurricane"),
    page(
        "https://www.generac.com/resources/how-to-size-a-generator/",
        "How to Size a Generator for Your Home | Generac",
        "hurricane",
    ),
    day("6 07:00"),
    *mail(),
    *times(),
    day("6 10:20"),
    search(GOOGLE, "aetna vs wellcare part d plan florida 2027 premium", "medicare"),
    page(
        "https://www.medicareadvantage.com/part-d/best-plans-florida",
        "Best Medicare Part D Plans in Florida for 2027 | MedicareAdvantage.com",
        "medicare",
    ),
    day("6 15:30"),
    search(GOOGLE, "unicorn birthday party supplies", "birthday"),
    page(
        "https://www.partycity.com/unicorn-party-supplies",
        "Unicorn Party Supplies | Party City",
        "birthday",
    ),
    day("7 07:05"),
    *mail(),
    *facebook(),
    day("7 11:00"),
    search(BING, "cruise travel insurance seniors over 70 best", "cruise"),
    page(
        "https://www.squaremouth.com/cruise-travel-insurance/seniors",
        "Cruise Travel Insurance for Seniors | Squaremouth",
        "cruise",
    ),
    day("7 14:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1870019988776655002",
        "Your consultation with Dr. Patel on Nov 12 - Bayshore Dental Implant Center",
        "implant",
    ),
    search(GOOGLE, "questions to ask implant dentist consultation", "implant"),
    page(
        "https://www.colgate.com/en-us/oral-health/implants/questions-to-ask-your-dentist-about-implants",
        "10 Questions to Ask Your Dentist About Dental Implants | Colgate",
        "implant",
    ),
    day("8 07:00"),
    *mail(),
    *times(),
    day("8 10:10"),
    search(GOOGLE, "how to water golf cart batteries distilled how often", "cart"),
    *tab(
        f"{YT}wT3rG5cB7aT",
        "How to Water Golf Cart Batteries the Right Way - YouTube",
        "cart",
    ),
    day("8 16:00"),
    search(GOOGLE, "hillsborough county evacuation zone lookup", "hurricane"),
    page(
        "https://www.hcfl.gov/residents/public-safety/emergency-management/know-your-zone",
        "Know Your Zone | Hillsborough County, FL",
        "hurricane",
    ),
    day("9 07:10"),
    *mail(),
    *facebook(),
    day("9 11:30"),
    search(GOOGLE, "personalized storybook for granddaughter", "birthday"),
    page(
        "https://www.wonderbly.com/personalized-books/for-girls",
        "Personalized Books for Girls | Wonderbly",
        "birthday",
    ),
    day("9 15:00"),
    search(GOOGLE, "medicare open enrollment deadline december 7 change part d", "medicare"),
    page(
        "https://www.medicare.gov/basics/get-started-with-medicare/get-more-coverage/joining-a-plan",
        "Joining a plan | Medicare",
        "medicare",
    ),
    day("10 07:00"),
    *mail(),
    *times(),
    day("10 10:00"),
    search(GOOGLE, "cozumel excursions for seniors easy walking", "cruise"),
    page(
        "https://www.tripadvisor.com/Attractions-g150809-Activities-c42-Cozumel.html",
        "Cozumel Tours & Excursions for Seniors - Tripadvisor",
        "cruise",
    ),
]
