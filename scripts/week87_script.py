"""A freelance photographer's ten days in Nashville, on her own laptop, written last in the
twenty-seventh session, after all of its changes, and scored before any change: a camera
body upgraded, a client's wedding in Chattanooga, health insurance on the marketplace, her
son's ADHD evaluation, tomatoes with blossom end rot, and a show at the Ryman. Gmail,
Instagram, the Tennessean and YouTube are opened most days. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week87``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "hello.marisolreyesphoto@gmail.com"
INBOX = "4e8c1a7d3f"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.tennessean.com/",
            "The Tennessean: Nashville News, Sports, Entertainment",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *insta(),
    day("1 10:30"),
    search(GOOGLE, "sony a7 iv vs canon r6 mark ii for wedding photography", "camera"),
    page(
        "https://www.dpreview.com/articles/8436582137/canon-eos-r6-ii-vs-sony-a7-iv",
        "Canon EOS R6 II vs Sony a7 IV: which is the better hybrid camera? | DPReview",
        "camera",
    ),
    *tab(
        f"{YT}Rk2vP8sQ1mN",
        "R6 Mark II vs A7 IV for Wedding Photographers - YouTube",
        "camera",
    ),
    day("1 14:00"),
    search(DDG, "healthcare.gov self employed income estimate subsidy", "insurance"),
    page(
        "https://www.healthcare.gov/self-employed/income/",
        "Estimating your income if you're self-employed | HealthCare.gov",
        "insurance",
    ),
    day("1 20:30"),
    *paper(),
    day("2 08:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1855667788990011201",
        "Re: Hannah & Luis - timeline and shot list for the 14th",
        "wedding",
    ),
    day("2 11:00"),
    search(GOOGLE, "chattanooga wedding venue the read house photos ballroom", "wedding"),
    page(
        "https://www.thereadhouse.com/weddings",
        "Weddings | The Read House Chattanooga",
        "wedding",
    ),
    day("2 15:30"),
    search(GOOGLE, "adhd evaluation child nashville pediatric psychologist wait list", "adhd"),
    page(
        "https://www.childrenshospitalvanderbilt.org/services/developmental-medicine",
        "Developmental Medicine | Monroe Carell Jr. Children's Hospital at Vanderbilt",
        "adhd",
    ),
    day("2 19:00"),
    search(DDG, "tomato blossom end rot raised bed calcium fix", "garden"),
    page(
        "https://extension.tennessee.edu/publications/Documents/SP341-E.pdf",
        "Blossom End Rot of Tomato - UT Extension",
        "garden",
    ),
    day("3 08:00"),
    *mail(),
    *insta(),
    day("3 10:45"),
    search(GOOGLE, "keh used sony a7 iv price trade in canon 5d mark iv", "camera"),
    page(
        "https://www.keh.com/shop/sony-a7-iv.html",
        "Used Sony a7 IV Mirrorless Camera Body | KEH Camera",
        "camera",
    ),
    day("3 16:20"),
    search(GOOGLE, "504 plan vs iep adhd tennessee school", "adhd"),
    page(
        "https://www.understood.org/en/articles/the-difference-between-ieps-and-504-plans",
        "The difference between IEPs and 504 plans | Understood",
        "adhd",
    ),
    day("3 21:00"),
    *paper(),
    search(GOOGLE, "ryman auditorium tickets jason isbell december", "concert"),
    page(
        "https://www.ryman.com/events",
        "Upcoming Events | Ryman Auditorium",
        "concert",
    ),
    day("4 08:05"),
    *mail(),
    day("4 11:30"),
    search(DDG, "aca marketplace silver vs bronze plan freelancer hsa", "insurance"),
    page(
        "https://www.nerdwallet.com/article/health/bronze-vs-silver-health-plan",
        "Bronze vs. Silver Health Plans: How to Choose - NerdWallet",
        "insurance",
    ),
    day("4 14:00"),
    search(GOOGLE, "golden hour chattanooga october 14 time", "wedding"),
    page(
        "https://www.timeanddate.com/sun/usa/chattanooga?month=10",
        "Sunrise and sunset times in Chattanooga, October - timeanddate.com",
        "wedding",
    ),
    day("4 20:00"),
    *insta(),
    day("5 08:00"),
    *mail(),
    *paper(),
    day("5 13:00"),
    search(GOOGLE, "vanderbilt adhd parent rating scale vanderbilt assessment", "adhd"),
    page(
        "https://www.nichq.org/resource/nichq-vanderbilt-assessment-scales",
        "NICHQ Vanderbilt Assessment Scales | NICHQ",
        "adhd",
    ),
    day("5 18:30"),
    search(DDG, "epsom salt tomatoes myth calcium nitrate", "garden"),
    page(
        "https://www.gardeningknowhow.com/edible/vegetables/tomato/epsom-salt-tomatoes.htm",
        "Epsom Salt For Tomatoes: Myth or Fact? - Gardening Know How",
        "garden",
    ),
    day("6 09:30"),
    *insta(),
    search(GOOGLE, "sony a7 iv battery life wedding day how many batteries", "camera"),
    page(
        "https://www.reddit.com/r/SonyAlpha/comments/x8y9z0/a7iv_batteries_for_a_full_wedding/",
        "A7IV batteries for a full wedding? : r/SonyAlpha",
        "camera",
    ),
    day("6 15:00"),
    search(GOOGLE, "wedding photography timeline template 8 hours", "wedding"),
    page(
        "https://www.shootproof.com/blog/wedding-photography-timeline/",
        "How to Build a Wedding Photography Timeline (Free Template) | ShootProof",
        "wedding",
    ),
    day("7 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1855667788990011302",
        "Your enrollment is confirmed: BlueCross BlueShield of Tennessee Silver 3000",
        "insurance",
    ),
    day("7 12:00"),
    search(GOOGLE, "ryman balcony vs floor seats view", "concert"),
    page(
        "https://www.seatgeek.com/venues/ryman-auditorium/seating-chart",
        "Ryman Auditorium Seating Chart | SeatGeek",
        "concert",
    ),
    day("7 20:30"),
    *paper(),
    day("8 08:10"),
    *mail(),
    *insta(),
    day("8 10:00"),
    search(GOOGLE, "sony 24-70 gm ii vs tamron 28-75 g2 weddings", "camera"),
    page(
        "https://www.the-digital-picture.com/Reviews/Lens-Comparison.aspx",
        "Sony FE 24-70mm GM II vs Tamron 28-75mm G2 Comparison | The-Digital-Picture.com",
        "camera",
    ),
    day("8 16:00"),
    search(DDG, "adhd medication for 8 year old first time side effects", "adhd"),
    page(
        "https://www.healthychildren.org/English/health-issues/conditions/adhd/Pages/Determining-ADHD-Medication-Treatments.aspx",
        "ADHD medication treatments - HealthyChildren.org",
        "adhd",
    ),
    day("9 08:00"),
    *mail(),
    day("9 11:20"),
    search(GOOGLE, "parking near the read house chattanooga vendor load in", "wedding"),
    page(
        "https://www.chattanooga.gov/transportation/parking",
        "Parking | City of Chattanooga",
        "wedding",
    ),
    day("9 19:00"),
    search(DDG, "when to pick tomatoes with blossom end rot still edible", "garden"),
    page(
        "https://www.thespruce.com/can-you-eat-tomatoes-with-blossom-end-rot-5084218",
        "Can You Eat Tomatoes With Blossom End Rot? - The Spruce",
        "garden",
    ),
    day("10 08:00"),
    *mail(),
    *paper(),
    day("10 13:30"),
    search(GOOGLE, "self employed health insurance deduction schedule 1 line 17", "insurance"),
    page(
        "https://www.irs.gov/publications/p535",
        "Publication 535, Business Expenses | Internal Revenue Service",
        "insurance",
    ),
]
