"""A nurse practitioner's ten days in Denver, written in the twenty-fourth session and scored
before any change for it: her own wedding in September (the venue, a photographer, the dress,
the invitations: facets no sentence model ties all together), refinancing the house, an ADHD
evaluation for her son (a psychologist, a 504 plan at school), a laptop for her online
classes, a cracked phone screen, and the Etsy shop where she sells candles. Etsy is where
she sells and also where she looks for wedding favours; Best Buy sells the laptop and fixes
the phone. "plan" is in the searches of the wedding and the 504 plan, "rate" of the
refinance and of the photographer. Gmail, The Denver Post, Instagram and YouTube are opened
most days. Searches go to Google and Bing.
Used by make_week_history.py (``week64``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "katie.m.romero@gmail.com"
INBOX = "b2c3d4e5f6"
ETSY = "https://www.etsy.com"
BB = "https://www.bestbuy.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post | Colorado breaking news, sports, business, weather",
            None,
        )
    ]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 06:45"),
    *mail(),
    *post(),
    day("1 12:15"),
    search(GOOGLE, "outdoor wedding venues near denver september under 15k", "wedding"),
    page(
        "https://www.theknot.com/marketplace/wedding-reception-venues-denver-co",
        "The 10 Best Wedding Venues in Denver, CO - The Knot",
        "wedding",
    ),
    page(
        "https://www.chautauqua.com/weddings/",
        "Weddings at Colorado Chautauqua | Boulder",
        "wedding",
    ),
    day("1 20:00"),
    search(BING, "refinance rates 30 year fixed colorado today", "refi"),
    page(
        "https://www.bankrate.com/mortgages/refinance-rates/",
        "Current Refinance Rates | Bankrate",
        "refi",
    ),
    page(
        "https://www.nerdwallet.com/article/mortgages/should-i-refinance",
        "Should I Refinance My Mortgage? - NerdWallet",
        "refi",
    ),
    day("2 06:45"),
    *mail(),
    *insta(),
    day("2 13:00"),
    search(GOOGLE, "adhd evaluation child psychologist denver insurance", "adhd"),
    page(
        "https://www.psychologytoday.com/us/therapists/co/denver?category=adhd&spec=child",
        "ADHD Therapists in Denver, CO - Psychology Today",
        "adhd",
    ),
    page(
        "https://www.childrenscolorado.org/doctors-and-departments/departments/psych/programs/adhd/",
        "ADHD Program | Children's Hospital Colorado",
        "adhd",
    ),
    day("2 21:00"),
    search(GOOGLE, "etsy shop soy candle listing photos tips", "etsy"),
    page(
        "https://www.etsy.com/seller-handbook/article/how-to-take-great-product-photos/22442",
        "How to Take Great Product Photos | Etsy Seller Handbook",
        "etsy",
    ),
    page(
        f"{ETSY}/your/shops/me/dashboard",
        "Shop Manager - Etsy",
        "etsy",
    ),
    day("3 06:45"),
    *mail(),
    *post(),
    day("3 12:30"),
    search(GOOGLE, "best laptop for nursing school online classes 2026", "laptop"),
    page(
        "https://www.pcmag.com/picks/the-best-laptops-for-college-students",
        "The Best Laptops for College Students for 2026 | PCMag",
        "laptop",
    ),
    page(
        f"{BB}/site/searchpage.jsp?st=laptop+16gb",
        "laptop 16gb - Best Buy",
        "laptop",
    ),
    day("3 18:30"),
    search(GOOGLE, "wedding photographer denver prices average rate", "wedding"),
    page(
        "https://www.zola.com/expert-advice/how-much-does-a-wedding-photographer-cost",
        "How Much Does a Wedding Photographer Cost? | Zola",
        "wedding",
    ),
    page(
        "https://www.amandareedphoto.com/investment",
        "Investment | Amanda Reed Photography - Colorado Wedding Photographer",
        "wedding",
    ),
    day("4 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1815667788990011001",
        "Your refinance pre-approval and loan estimate - Better Mortgage",
        "refi",
    ),
    *insta(),
    day("4 13:00"),
    search(GOOGLE, "iphone 15 cracked screen repair cost best buy vs apple store", "phone"),
    page(
        "https://support.apple.com/iphone/repair/screen-replacement",
        "iPhone Screen Repair - Apple Support",
        "phone",
    ),
    page(
        f"{BB}/site/services/geek-squad-cell-phone-repair/pcmcat1625062318436.c",
        "Cell Phone Repair: Screen Replacement - Geek Squad - Best Buy",
        "phone",
    ),
    day("4 19:30"),
    search(BING, "504 plan vs iep for adhd colorado school", "adhd"),
    page(
        "https://www.understood.org/en/articles/the-difference-between-ieps-and-504-plans",
        "The Difference Between IEPs and 504 Plans | Understood",
        "adhd",
    ),
    day("5 07:00"),
    *mail(),
    *post(),
    day("5 11:00"),
    search(GOOGLE, "a line wedding dress boho denver bridal shop", "wedding"),
    page(
        "https://www.lovelybride.com/locations/denver",
        "Lovely Bride Denver | Bridal Shop",
        "wedding",
    ),
    page(
        "https://www.davidsbridal.com/a-line-wedding-dresses",
        "A-Line Wedding Dresses | David's Bridal",
        "wedding",
    ),
    day("5 15:00"),
    search(GOOGLE, "is it worth refinancing to save 0.75 percent closing costs", "refi"),
    page(
        "https://www.investopedia.com/mortgage/refinance/when-and-when-not-to-refinance-mortgage/",
        "When to Refinance a Mortgage (and When Not To) - Investopedia",
        "refi",
    ),
    day("5 21:00"),
    *video_home(),
    day("6 07:00"),
    *mail(),
    *insta(),
    day("6 10:00"),
    search(GOOGLE, "etsy candle shipping cost calculator heavy jars", "etsy"),
    page(
        f"{ETSY}/your/shops/me/tools/shipping-profiles",
        "Shipping profiles - Shop Manager - Etsy",
        "etsy",
    ),
    page(
        "https://www.reddit.com/r/EtsySellers/comments/vx7k2p/shipping_candles_in_glass_jars/",
        "Shipping candles in glass jars without breaking? : r/EtsySellers",
        "etsy",
    ),
    day("6 14:00"),
    search(GOOGLE, "macbook air m3 vs dell xps 13 for students", "laptop"),
    page(
        "https://www.theverge.com/23-macbook-air-m3-vs-dell-xps-13-review",
        "MacBook Air M3 vs Dell XPS 13: which should you buy? - The Verge",
        "laptop",
    ),
    page(
        f"{BB}/site/apple-macbook-air-13-inch-laptop-m3-chip-16gb-memory-256gb-ssd-midnight/6565837.p",
        "Apple - MacBook Air 13-inch Laptop - M3 chip - 16GB Memory - 256GB SSD - Midnight - Best Buy",
        "laptop",
    ),
    day("7 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1815667788990013456",
        "Intake forms for Mateo's evaluation - Rocky Mountain Pediatric Psychology",
        "adhd",
    ),
    *post(),
    day("7 12:30"),
    search(GOOGLE, "wedding invitations minted vs zola save the dates", "wedding"),
    page(
        "https://www.minted.com/wedding-invitations",
        "Wedding Invitations | Minted",
        "wedding",
    ),
    day("7 19:00"),
    search(GOOGLE, "geek squad screen repair appointment same day", "phone"),
    page(
        f"{BB}/services/appointments",
        "Schedule an Appointment - Best Buy",
        "phone",
    ),
    day("8 06:45"),
    *mail(),
    *insta(),
    day("8 13:30"),
    search(BING, "adhd medication for 8 year old side effects stimulant", "adhd"),
    page(
        "https://www.healthychildren.org/English/health-issues/conditions/adhd/Pages/Determining-ADHD-Medication-Treatments.aspx",
        "ADHD Medication Treatments - HealthyChildren.org",
        "adhd",
    ),
    day("8 20:00"),
    search(GOOGLE, "personalized candle wedding favors etsy", "wedding"),
    page(
        f"{ETSY}/market/personalized_candle_wedding_favors",
        "Personalized Candle Wedding Favors - Etsy",
        "wedding",
    ),
    day("9 06:45"),
    *mail(),
    *post(),
    day("9 12:00"),
    search(GOOGLE, "cash out refinance vs heloc for kitchen remodel", "refi"),
    page(
        "https://www.nerdwallet.com/article/mortgages/cash-out-refinance-vs-heloc",
        "Cash-Out Refinance vs. HELOC: Which Is Better? - NerdWallet",
        "refi",
    ),
    day("9 17:30"),
    search(GOOGLE, "etsy ads worth it small candle shop", "etsy"),
    page(
        f"{ETSY}/seller-handbook/article/etsy-ads-101/1234",
        "Etsy Ads 101 | Etsy Seller Handbook",
        "etsy",
    ),
    day("10 07:00"),
    *mail(),
    *insta(),
    day("10 11:00"),
    search(GOOGLE, "wedding day timeline template ceremony 4pm", "wedding"),
    page(
        "https://www.brides.com/wedding-day-timeline-4776842",
        "How to Create the Perfect Wedding Day Timeline | Brides",
        "wedding",
    ),
    day("10 15:30"),
    search(GOOGLE, "student discount macbook education pricing proof", "laptop"),
    page(
        "https://www.apple.com/us-edu/shop/back-to-school",
        "Education Pricing - Apple (US)",
        "laptop",
    ),
]
