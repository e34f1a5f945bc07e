"""A self-employed plumber's ten days in Manchester, on the family laptop in the evenings,
written in the thirty-seventh session and scored before any change for it: his van's MOT
and a failing clutch, his first VAT return under Making Tax Digital, pricing a customer's
bathroom refit, football boots for his son, a week in Tenerife at half term, and a row
with the neighbour over a fence. Some how-to answers he looks for on YouTube's own search.
Between them he reads the Manchester Evening News, checks the football on BBC Sport, and
opens Outlook.
Searches go to Google and Bing.
Used by make_week_history.py (``week139``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, outlook_message, page, search, tab

MAILBOX = "https://outlook.live.com/mail/0/"
OWNER = "Gary Whitehead"


def mail() -> list[Step]:
    return [("goto", MAILBOX, f"Mail - {OWNER} - Outlook", None)]


def men() -> list[Step]:
    return [
        (
            "goto",
            "https://www.manchestereveningnews.co.uk/",
            "Manchester Evening News - Latest news, sport and what's on",
            None,
        )
    ]


def sport() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/sport/football", "Football - BBC Sport", None)]


def youtube_search(query: str, task: str) -> Step:
    url = "https://www.youtube.com/results?search_query=" + query.replace(" ", "+")
    return ("goto", url, f"{query} - YouTube", task)


STEPS: list[Step] = [
    day("1 19:30"),
    *mail(),
    *men(),
    search(GOOGLE, "ford transit custom clutch slipping cost to replace", "van"),
    page(
        "https://www.honestjohn.co.uk/carbycar/ford/transit-custom-2012/clutch",
        "Ford Transit Custom clutch problems and costs | Honest John",
        "van",
    ),
    search(GOOGLE, "making tax digital vat sole trader software free", "vat"),
    page(
        "https://www.gov.uk/guidance/find-software-thats-compatible-with-making-tax-digital-for-vat",
        "Find software that's compatible with Making Tax Digital for VAT - GOV.UK",
        "vat",
    ),
    *tab(
        "https://www.gov.uk/guidance/sign-up-your-business-for-making-tax-digital-for-vat",
        "Sign up your business for Making Tax Digital for VAT - GOV.UK",
        "vat",
    ),
    *sport(),
    day("2 20:00"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1",
        "Bathroom refit quote request - 14 Beech Road",
        "bathroom",
    ),
    search(BING, "bathroom refit price per square metre tiling 2027 uk", "bathroom"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/bathroom-tiling-cost/",
        "Bathroom Tiling Cost 2027 | Checkatrade",
        "bathroom",
    ),
    search(BING, "victoria plumb trade account discount", "bathroom"),
    page(
        "https://www.victoriaplumb.com/trade",
        "Trade Account | Victoria Plumb",
        "bathroom",
    ),
    page(
        "https://www.victoriaplumb.com/bathroom-suites/",
        "Bathroom Suites | Victoria Plumb",
        "bathroom",
    ),
    day("3 19:45"),
    *men(),
    search(GOOGLE, "neighbour replaced fence on my side without asking", "fence"),
    page(
        "https://www.gardenlaw.co.uk/boundaries/fence-on-wrong-side",
        "My neighbour put up a fence on my side of the boundary | Garden Law",
        "fence",
    ),
    search(GOOGLE, "kids football boots wide feet size 4 firm ground", "boots"),
    page(
        "https://www.sportsdirect.com/football-boots/kids-firm-ground",
        "Kids Firm Ground Football Boots | Sports Direct",
        "boots",
    ),
    *sport(),
    day("4 20:15"),
    *mail(),
    youtube_search("transit custom clutch bite point high", "van"),
    page(
        "https://www.youtube.com/watch?v=cl0tchb1te",
        "Transit Custom clutch bite point high - is it going? - YouTube",
        "van",
    ),
    search(BING, "mot near me class 7 van manchester", "van"),
    page(
        "https://www.gov.uk/check-mot-history",
        "Check the MOT history of a vehicle - GOV.UK",
        "van",
    ),
    search(GOOGLE, "tenerife half term all inclusive family of four february", "holiday"),
    page(
        "https://www.jet2holidays.com/canary-islands/tenerife",
        "Tenerife Holidays 2027 | Jet2holidays",
        "holiday",
    ),
    *tab(
        "https://www.tui.co.uk/destinations/europe/spain/canary-islands/tenerife/holidays-tenerife.html",
        "Tenerife Holidays 2027 | TUI.co.uk",
        "holiday",
    ),
    day("5 19:30"),
    *men(),
    search(BING, "vat flat rate scheme plumber percentage", "vat"),
    page(
        "https://www.gov.uk/vat-flat-rate-scheme/how-much-you-pay",
        "VAT Flat Rate Scheme: How much you pay - GOV.UK",
        "vat",
    ),
    search(BING, "shower tray 1200x800 low profile best value", "bathroom"),
    page(
        "https://www.screwfix.com/c/bathrooms/shower-trays/cat840024",
        "Shower Trays | Screwfix.com",
        "bathroom",
    ),
    day("6 10:00"),
    *mail(),
    *sport(),
    day("6 10:30"),
    search(GOOGLE, "party wall act fence boundary dispute who pays", "fence"),
    page(
        "https://www.citizensadvice.org.uk/housing/problems-where-you-live/neighbour-disputes/",
        "Neighbour disputes - Citizens Advice",
        "fence",
    ),
    search(GOOGLE, "nike phantom vs adidas predator kids review", "boots"),
    page(
        "https://www.footballbootsdb.com/kids/nike-phantom-vs-adidas-predator",
        "Nike Phantom vs adidas Predator for kids | Football Boots DB",
        "boots",
    ),
    day("7 20:00"),
    *mail(),
    *outlook_message(
        MAILBOX, OWNER, "AQMkADAwATM0MDAAMS2", "Your MOT booking confirmation - Kwik Fit", "van"
    ),
    search(GOOGLE, "clutch and flywheel transit custom 2.0 ecoblue price fitted", "van"),
    page(
        "https://www.clickmechanic.com/car-repairs/clutch-replacement/ford/transit-custom",
        "Ford Transit Custom Clutch Replacement Cost | ClickMechanic",
        "van",
    ),
    search(GOOGLE, "loro parque tickets kids price", "holiday"),
    page(
        "https://www.loroparque.com/en/tickets/",
        "Tickets - Loro Parque",
        "holiday",
    ),
    day("8 19:30"),
    *men(),
    (
        "click",
        "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/tram-delays-metrolink-29876543",
        "Metrolink tram delays across the city after signal fault - Manchester Evening News",
        None,
    ),
    search(BING, "first vat return mtd how to submit step by step", "vat"),
    page(
        "https://quickbooks.intuit.com/uk/blog/vat/how-to-submit-vat-return-mtd/",
        "How to submit your first VAT return under MTD | QuickBooks UK",
        "vat",
    ),
    youtube_search("how to submit vat return quickbooks", "vat"),
    page(
        "https://www.youtube.com/watch?v=vatretqb01",
        "How to File a VAT Return in QuickBooks Online (UK) - YouTube",
        "vat",
    ),
    day("9 20:30"),
    *mail(),
    search(GOOGLE, "letter to neighbour about fence boundary template polite", "fence"),
    page(
        "https://www.lawdepot.co.uk/letter-to-neighbour-boundary",
        "Letter to a Neighbour About a Boundary | LawDepot UK",
        "fence",
    ),
    search(GOOGLE, "tiling labour rate per day manchester 2027", "bathroom"),
    page(
        "https://www.mybuilder.com/questions/v/12345/tiler-day-rate-manchester",
        "What is a tiler's day rate in Manchester? | MyBuilder",
        "bathroom",
    ),
    day("10 18:45"),
    *sport(),
    search(GOOGLE, "tenerife february weather sea temperature kids swimming", "holiday"),
    page(
        "https://www.weather2travel.com/tenerife/february",
        "Tenerife weather in February 2027 | weather2travel.com",
        "holiday",
    ),
    search(GOOGLE, "football boots size 4 sale jd sports kids", "boots"),
    page(
        "https://www.jdsports.co.uk/kids/football/football-boots/",
        "Kids' Football Boots | JD Sports",
        "boots",
    ),
]
