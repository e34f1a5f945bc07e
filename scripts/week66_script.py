"""A product designer's ten days in London, written in the twenty-fourth session and scored
before any change for it. She asks ChatGPT about nearly every task, keeps plans in Google
Docs and notes in Notion, so three sites serve every task: a honeymoon in Japan, her design
portfolio redone, a remortgage, a fiddle-leaf fig that is dying, a 10k race's training, and
her husband's spouse visa extended on gov.uk. A ChatGPT conversation's title is what it is
about ("Japan honeymoon itinerary"), a document's its name ("Visa documents checklist -
Google Docs"). Gmail, Google Calendar, BBC News and YouTube are opened most days. Searches
go to Google and DuckDuckGo.
Used by make_week_history.py (``week66``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "hana.whitfield.design@gmail.com"
INBOX = "d4e5f6a7b8"
GPT = "https://chatgpt.com/c/"
DOC = "https://docs.google.com/document/d/"
NOTION = "https://www.notion.so/"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def calendar() -> list[Step]:
    return [
        (
            "goto",
            "https://calendar.google.com/calendar/u/0/r/week",
            "Google Calendar - Week of 20 April 2026",
            None,
        )
    ]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def chat(conversation: str, title: str, task: str) -> Step:
    """A ChatGPT conversation opened from the address bar's history or a new chat."""
    return ("goto", f"{GPT}{conversation}", title, task)


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *calendar(),
    day("1 12:30"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0001", "Japan honeymoon itinerary", "japan"),
    search(GOOGLE, "ryokan with private onsen hakone honeymoon", "japan"),
    page(
        "https://www.japan-guide.com/e/e5208.html",
        "Hakone Travel: Ryokan with private baths - japan-guide.com",
        "japan",
    ),
    page(
        "https://www.booking.com/ryokans/city/jp/hakone.html",
        "The 10 best ryokans in Hakone, Japan | Booking.com",
        "japan",
    ),
    day("1 19:00"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0002", "Fixed vs tracker remortgage", "mortgage"),
    search(DDG, "remortgage 5 year fixed rates uk best buy", "mortgage"),
    page(
        "https://www.moneysavingexpert.com/mortgages/best-buys/",
        "Best buy mortgages - MoneySavingExpert",
        "mortgage",
    ),
    day("2 08:00"),
    *mail(),
    *bbc(),
    day("2 13:00"),
    (
        "goto",
        f"{NOTION}Portfolio-case-study-draft-8f2a1c",
        "Portfolio case study draft",
        "portfolio",
    ),
    search(GOOGLE, "ux portfolio case study structure examples 2026", "portfolio"),
    page(
        "https://uxfol.io/blog/ux-portfolio-case-study/",
        "How to write a UX case study for your portfolio | Uxfolio",
        "portfolio",
    ),
    page(
        "https://www.figma.com/community/file/1234567890/portfolio-template",
        "Portfolio template | Figma Community",
        "portfolio",
    ),
    day("2 20:30"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0003", "Fiddle leaf fig brown spots", "fig"),
    search(GOOGLE, "fiddle leaf fig brown spots edges dropping leaves", "fig"),
    page(
        "https://www.thesill.com/blogs/plants-101/fiddle-leaf-fig-brown-spots",
        "Fiddle Leaf Fig Brown Spots: Causes & Fixes | The Sill",
        "fig",
    ),
    day("3 08:00"),
    *mail(),
    *calendar(),
    day("3 12:45"),
    search(GOOGLE, "spouse visa extension flr(m) documents checklist", "visa"),
    page(
        "https://www.gov.uk/uk-family-visa/extend-your-family-visa",
        "Family visas: apply, extend or switch: Extend your family visa - GOV.UK",
        "visa",
    ),
    (
        "goto",
        f"{DOC}1Vq8dT2kLm0Pz4Rn7Xy3Wb5Cv6Ns9Ja0/edit",
        "Visa documents checklist - Google Docs",
        "visa",
    ),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0004", "Spouse visa extension documents", "visa"),
    day("3 18:30"),
    search(DDG, "10k training plan 6 weeks beginner sub 55", "run"),
    page(
        "https://www.runnersworld.com/uk/training/10k/a772533/10k-training-plans/",
        "10K training plans for all abilities | Runner's World",
        "run",
    ),
    ("goto", f"{NOTION}10k-training-log-3b7d9e", "10k training log", "run"),
    day("4 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1817889900112233001",
        "Your Agreement in Principle - Nationwide Building Society",
        "mortgage",
    ),
    *bbc(),
    day("4 12:30"),
    (
        "goto",
        f"{DOC}1Jp4hN8mQw2Ez6Ty1Ui3Ko5Lp7As9Df0/edit",
        "Japan honeymoon plan - Google Docs",
        "japan",
    ),
    search(GOOGLE, "jr pass worth it tokyo kyoto hiroshima 2 weeks", "japan"),
    page(
        "https://www.reddit.com/r/JapanTravel/comments/18x9y0z/is_jr_pass_worth_it_now/",
        "Is the JR Pass worth it now? : r/JapanTravel",
        "japan",
    ),
    day("4 19:00"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0005", "Case study narrative feedback", "portfolio"),
    (
        "goto",
        f"{NOTION}Portfolio-case-study-draft-8f2a1c",
        "Portfolio case study draft",
        "portfolio",
    ),
    day("5 08:30"),
    *mail(),
    *calendar(),
    day("5 11:00"),
    search(GOOGLE, "product transfer vs remortgage new lender fees", "mortgage"),
    page(
        "https://www.which.co.uk/money/mortgages-and-property/mortgages/remortgaging/product-transfer",
        "Product transfer or remortgage? - Which?",
        "mortgage",
    ),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0002", "Fixed vs tracker remortgage", "mortgage"),
    day("5 17:00"),
    search(GOOGLE, "fiddle leaf fig repot or not root rot signs", "fig"),
    page(
        "https://www.gardenersworld.com/how-to/grow-plants/how-to-grow-a-fiddle-leaf-fig/",
        "How to grow a fiddle-leaf fig - BBC Gardeners World Magazine",
        "fig",
    ),
    day("5 21:00"),
    *video_home(),
    day("6 09:00"),
    *mail(),
    *bbc(),
    day("6 10:30"),
    ("goto", f"{NOTION}10k-training-log-3b7d9e", "10k training log", "run"),
    search(DDG, "interval session 10k pace 6 x 800m", "run"),
    page(
        "https://www.runnersworld.com/uk/training/10k/a776522/10k-speed-sessions/",
        "The best speed sessions for a faster 10K | Runner's World",
        "run",
    ),
    day("6 15:00"),
    search(GOOGLE, "biometric appointment ukvcas how soon after applying", "visa"),
    page(
        "https://www.gov.uk/find-a-visa-application-centre",
        "Find a visa application centre - GOV.UK",
        "visa",
    ),
    page(
        "https://www.ukvcas.co.uk/appointments",
        "Book an appointment | UKVCAS",
        "visa",
    ),
    day("7 08:00"),
    *mail(),
    *calendar(),
    day("7 12:30"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0006", "Kyoto day trips from Osaka", "japan"),
    search(GOOGLE, "arashiyama bamboo grove early morning how to get there", "japan"),
    page(
        "https://www.japan-guide.com/e/e3912.html",
        "Arashiyama Bamboo Grove - japan-guide.com",
        "japan",
    ),
    (
        "goto",
        f"{DOC}1Jp4hN8mQw2Ez6Ty1Ui3Ko5Lp7As9Df0/edit",
        "Japan honeymoon plan - Google Docs",
        "japan",
    ),
    day("7 19:00"),
    search(GOOGLE, "dribbble vs behance for product designer portfolio", "portfolio"),
    page(
        "https://www.reddit.com/r/UXDesign/comments/1c2d3e4/dribbble_or_behance_in_2026/",
        "Dribbble or Behance in 2026? : r/UXDesign",
        "portfolio",
    ),
    day("8 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1817889900112235678",
        "UKVCAS appointment confirmed - Croydon - 4 May 09:20",
        "visa",
    ),
    *bbc(),
    day("8 13:00"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0003", "Fiddle leaf fig brown spots", "fig"),
    search(DDG, "grow light for fiddle leaf fig north facing flat", "fig"),
    page(
        "https://www.amazon.co.uk/Grow-Light-Indoor-Plants-Spectrum/dp/B08XYZ1234",
        "Amazon.co.uk: Grow Light for Indoor Plants, Full Spectrum",
        "fig",
    ),
    day("8 18:00"),
    search(GOOGLE, "mortgage valuation survey before remortgage what happens", "mortgage"),
    page(
        "https://www.moneysavingexpert.com/mortgages/remortgage-valuation/",
        "Remortgage valuations - MoneySavingExpert",
        "mortgage",
    ),
    day("9 08:00"),
    *mail(),
    *calendar(),
    day("9 12:30"),
    (
        "goto",
        f"{DOC}1Vq8dT2kLm0Pz4Rn7Xy3Wb5Cv6Ns9Ja0/edit",
        "Visa documents checklist - Google Docs",
        "visa",
    ),
    search(GOOGLE, "english language requirement spouse visa extension a2 test", "visa"),
    page(
        "https://www.gov.uk/english-language/approved-english-language-qualifications",
        "Prove your English language abilities with a secure English language test - GOV.UK",
        "visa",
    ),
    day("9 19:30"),
    chat("6a1f0c2e-11aa-4b7e-9c01-3e5d7a9b0007", "Taper week before 10k race", "run"),
    search(DDG, "what to eat night before 10k race", "run"),
    page(
        "https://www.runnersworld.com/uk/nutrition/a776533/what-to-eat-before-a-10k/",
        "What to eat before a 10K | Runner's World",
        "run",
    ),
    day("10 08:00"),
    *mail(),
    *bbc(),
    day("10 11:30"),
    (
        "goto",
        f"{NOTION}Portfolio-case-study-draft-8f2a1c",
        "Portfolio case study draft",
        "portfolio",
    ),
    search(GOOGLE, "framer vs webflow portfolio site designer", "portfolio"),
    page(
        "https://www.framer.com/compare/framer-vs-webflow/",
        "Framer vs Webflow | Framer",
        "portfolio",
    ),
    day("10 16:00"),
    search(GOOGLE, "shinkansen tokyo to kyoto reserve seat mount fuji side", "japan"),
    page(
        "https://www.japan-guide.com/e/e2018_fuji.html",
        "Seeing Mount Fuji from the Shinkansen - japan-guide.com",
        "japan",
    ),
]
