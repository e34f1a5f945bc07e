"""A maths teacher's ten days in Leeds, written in the forty-eighth session and scored before
any change for it: the combi boiler losing pressure (an engineer booked), her son's university
application (a personal statement and open days, one of them a train ride away), an e-bike
through the cycle-to-work scheme (ordered), a half-term week at Lake Garda looked at and never
booked, pandas learnt to read her classes' mock exam marks, and the mortgage's fixed rate that
ends in the spring. Between them she reads BBC News, the Guardian, Gmail, YouTube and the
Leeds subreddit. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week167``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "r.okafor.maths@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/uk",
            "News, sport and opinion from the Guardian's UK edition | The Guardian",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def leeds() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Leeds/", "Leeds", None)]


STEPS: list[Step] = [
    day("1 06:45"),
    *bbc(),
    *mail(),
    search(GOOGLE, "worcester bosch boiler pressure keeps dropping", "boiler"),
    page(
        "https://www.worcester-bosch.co.uk/support/boiler-pressure-loss",
        "Why is my boiler losing pressure? | Worcester Bosch",
        "boiler",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Qm4xT8bW2rE",
        "How To Repressurise A Worcester Bosch Combi Boiler - YouTube",
        "boiler",
    ),
    day("1 17:30"),
    *guardian(),
    search(DDG, "ucas personal statement computer science examples", "ucas"),
    page(
        "https://www.ucas.com/undergraduate/applying-to-university/writing-personal-statement",
        "Writing a personal statement | UCAS",
        "ucas",
    ),
    page(
        "https://www.thestudentroom.co.uk/showthread.php?t=7294018",
        "Computer science personal statement - how much maths to mention? - The Student Room",
        "ucas",
    ),
    day("1 20:15"),
    *youtube(),
    search(GOOGLE, "pandas read excel average mark per class", "pandas"),
    page(
        "https://stackoverflow.com/questions/39922986/pandas-group-by-and-sum",
        "python - Pandas group-by and sum - Stack Overflow",
        "pandas",
    ),
    page(
        "https://pandas.pydata.org/docs/reference/api/pandas.read_excel.html",
        "pandas.read_excel — pandas 2.2 documentation",
        "pandas",
    ),
    day("2 07:00"),
    *bbc(),
    *leeds(),
    search(GOOGLE, "cycle to work scheme teachers leeds city council e-bike limit", "ebike"),
    page(
        "https://www.cyclescheme.co.uk/employees/how-it-works",
        "How Cyclescheme works for employees | Cyclescheme",
        "ebike",
    ),
    day("2 16:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8d21f07c4e",
        "1836012744813",
        "Your fixed rate ends on 31 March: your options - Nationwide",
        "mortgage",
    ),
    search(DDG, "remortgage 2 year vs 5 year fixed rates december", "mortgage"),
    page(
        "https://www.moneysavingexpert.com/mortgages/remortgage/",
        "Remortgage guide: how to find the best deal - MoneySavingExpert",
        "mortgage",
    ),
    page(
        "https://www.nationwide.co.uk/mortgages/existing-customers/switch-your-deal/",
        "Switching your mortgage deal | Nationwide",
        "mortgage",
    ),
    day("2 21:00"),
    search(GOOGLE, "lake garda half term october family", "garda"),
    page(
        "https://www.visitgarda.com/en/family-holidays/",
        "Family holidays on Lake Garda | Visit Garda",
        "garda",
    ),
    page(
        "https://www.jet2holidays.com/italy/lake-garda",
        "Lake Garda Holidays 2027 | Jet2holidays",
        "garda",
    ),
    day("3 06:50"),
    *guardian(),
    search(GOOGLE, "boiler pressure drops overnight no leak pressure relief valve", "boiler"),
    page(
        "https://www.diynot.com/diy/threads/combi-pressure-dropping-overnight-no-visible-leaks.571204/",
        "Combi pressure dropping overnight, no visible leaks | DIYnot Forums",
        "boiler",
    ),
    day("3 18:10"),
    *mail(),
    search(DDG, "pandas merge two sheets on student name", "pandas"),
    page(
        "https://stackoverflow.com/questions/53645882/pandas-merging-101",
        "python - Pandas Merging 101 - Stack Overflow",
        "pandas",
    ),
    search(DDG, "pandas pivot table mock results by question topic", "pandas"),
    page(
        "https://pandas.pydata.org/docs/user_guide/reshaping.html",
        "Reshaping and pivot tables — pandas 2.2 documentation",
        "pandas",
    ),
    day("3 20:30"),
    search(GOOGLE, "university of sheffield computer science open day", "ucas"),
    page(
        "https://www.sheffield.ac.uk/undergraduate/open-days",
        "Undergraduate open days | The University of Sheffield",
        "ucas",
    ),
    search(GOOGLE, "newcastle university open day computer science booking", "ucas"),
    page(
        "https://www.ncl.ac.uk/undergraduate/visit/open-days/",
        "Open Days | Undergraduate | Newcastle University",
        "ucas",
    ),
    day("4 07:05"),
    *bbc(),
    search(GOOGLE, "ribble hybrid al e vs boardman hyb 8.9 e", "ebike"),
    page(
        "https://www.ribblecycles.co.uk/bikes/electric-bikes/ribble-hybrid-al-e/",
        "Hybrid AL e - Electric Hybrid Bike | Ribble Cycles",
        "ebike",
    ),
    page(
        "https://www.bikeradar.com/reviews/bikes/electric-bikes/electric-hybrid-bikes/ribble-hybrid-al-e-review",
        "Ribble Hybrid AL e review | BikeRadar",
        "ebike",
    ),
    day("4 17:20"),
    *youtube(),
    search(DDG, "gas safe engineer leeds boiler repair same week", "boiler"),
    page(
        "https://www.checkatrade.com/Search/Gas-Engineer/in/Leeds",
        "Gas Engineers in Leeds | Checkatrade",
        "boiler",
    ),
    page(
        "https://www.gassaferegister.co.uk/find-an-engineer/",
        "Find an engineer | Gas Safe Register",
        "boiler",
    ),
    day("4 21:10"),
    *leeds(),
    search(GOOGLE, "leeds bradford to verona flights october half term", "garda"),
    page(
        "https://www.skyscanner.net/routes/lba/vrn/leeds-bradford-to-verona.html",
        "Cheap flights from Leeds Bradford to Verona | Skyscanner",
        "garda",
    ),
    day("5 06:40"),
    *guardian(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8d21f07c4e",
        "1836101958120",
        "Booking confirmed: boiler repair, Thursday 8-12 - Aire Valley Heating",
        "boiler",
    ),
    day("5 16:30"),
    search(DDG, "nationwide product transfer rates existing customers", "mortgage"),
    page(
        "https://www.nationwide.co.uk/mortgages/existing-customers/product-transfer-rates/",
        "Product transfer rates for existing customers | Nationwide",
        "mortgage",
    ),
    search(GOOGLE, "mortgage broker leeds fee free remortgage", "mortgage"),
    page(
        "https://www.reddit.com/r/UKPersonalFinance/comments/18x2kfa/is_a_broker_worth_it_for_a_remortgage/",
        "Is a broker worth it for a remortgage? : r/UKPersonalFinance",
        "mortgage",
    ),
    day("5 20:45"),
    search(GOOGLE, "personal statement opening line computer science cliche", "ucas"),
    page(
        "https://www.thestudentroom.co.uk/showthread.php?t=6819245",
        "Opening lines to avoid in your personal statement - The Student Room",
        "ucas",
    ),
    day("6 08:30"),
    *bbc(),
    search(GOOGLE, "pandas plot histogram of marks matplotlib", "pandas"),
    page(
        "https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.plot.hist.html",
        "pandas.DataFrame.plot.hist — pandas 2.2 documentation",
        "pandas",
    ),
    page(
        "https://stackoverflow.com/questions/21532371/histogram-of-a-column-in-pandas",
        "python - Histogram of a column in pandas - Stack Overflow",
        "pandas",
    ),
    day("6 11:00"),
    *youtube(),
    search(DDG, "hotel sirmione with pool family room", "garda"),
    page(
        "https://www.booking.com/city/it/sirmione.en-gb.html",
        "The 10 best hotels in Sirmione, Italy | Booking.com",
        "garda",
    ),
    page(
        "https://www.tripadvisor.co.uk/Hotels-g194894-Sirmione_Lake_Garda_Lombardy-Hotels.html",
        "THE 10 BEST Hotels in Sirmione 2027 - Tripadvisor",
        "garda",
    ),
    day("6 15:40"),
    search(GOOGLE, "cyclescheme certificate how long to collect bike", "ebike"),
    page(
        "https://www.cyclescheme.co.uk/help/employees/certificate",
        "Your Cyclescheme certificate | Cyclescheme Help",
        "ebike",
    ),
    day("7 07:10"),
    *guardian(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8d21f07c4e",
        "1836190327554",
        "Your Cyclescheme certificate is ready - Ribble Hybrid AL e",
        "ebike",
    ),
    day("7 17:00"),
    search(GOOGLE, "train leeds to newcastle saturday morning railcard", "ucas"),
    page(
        "https://www.lner.co.uk/travel-information/routes/leeds-to-newcastle/",
        "Trains from Leeds to Newcastle | LNER",
        "ucas",
    ),
    day("7 20:20"),
    *leeds(),
    search(DDG, "boiler engineer said expansion vessel needs recharging cost", "boiler"),
    page(
        "https://www.mybuilder.com/questions/v/41827/expansion-vessel-recharge-cost",
        "How much should an expansion vessel recharge cost? | MyBuilder",
        "boiler",
    ),
    day("8 06:55"),
    *bbc(),
    search(GOOGLE, "5 year fix vs tracker mortgage rates falling 2027", "mortgage"),
    page(
        "https://www.which.co.uk/money/mortgages-and-property/mortgages/types-of-mortgage/fixed-or-tracker-mortgage-aV3hV0b6Zr1n",
        "Fixed or tracker mortgage: which is best? - Which?",
        "mortgage",
    ),
    day("8 18:30"),
    search(DDG, "pandas conditional formatting export to excel red below 40", "pandas"),
    page(
        "https://pandas.pydata.org/docs/user_guide/style.html",
        "Table Visualization — pandas 2.2 documentation",
        "pandas",
    ),
    page(
        "https://stackoverflow.com/questions/43839112/pandas-style-to-excel-conditional-formatting",
        "python - pandas Styler to_excel keep conditional formatting - Stack Overflow",
        "pandas",
    ),
    day("9 09:15"),
    *youtube(),
    search(GOOGLE, "lake garda in october weather is it worth it", "garda"),
    page(
        "https://www.reddit.com/r/ItalyTravel/comments/16z0d4p/lake_garda_in_late_october/",
        "Lake Garda in late October? : r/ItalyTravel",
        "garda",
    ),
    day("9 14:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8d21f07c4e",
        "1836273810965",
        "Your Newcastle University open day booking - Saturday 14 November",
        "ucas",
    ),
    search(GOOGLE, "ebike lock insurance commuting leeds station", "ebike"),
    page(
        "https://www.cyclinguk.org/cycle-insurance",
        "Cycle insurance | Cycling UK",
        "ebike",
    ),
    day("10 08:00"),
    *guardian(),
    *leeds(),
    search(GOOGLE, "ucas reference deadline school january 2028", "ucas"),
    page(
        "https://www.ucas.com/undergraduate/applying-to-university/undergraduate-application-dates-and-deadlines",
        "Undergraduate application dates and deadlines | UCAS",
        "ucas",
    ),
    day("10 19:30"),
    *youtube(),
]
