"""A PhD student's ten days in Austin, written in the twenty-fifth session before any change of
that session and scored before any change for it: a thesis chapter's literature review (graph
neural networks for traffic forecasting, on Google Scholar, arXiv and Overleaf), a trip to
present a poster at a conference in Vancouver (the eTA, flights, a room, printing the poster),
a stolen bike (the police report, the bike registry, a replacement second-hand), the taxes on a
stipend, a wisdom tooth, and cheap meal prep. The thesis and the conference are both about
machine learning; the bike and the tooth both need a form and an appointment. Reddit, YouTube
and Gmail are opened most days, the university's Canvas for teaching. Searches go to Google,
Bing and DuckDuckGo.
Used by make_week_history.py (``week73``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "d.okafor.phd@gmail.com"
INBOX = "e5f6a7b8c9"
ARXIV = "https://arxiv.org/abs/"
SCHOLAR = "https://scholar.google.com/scholar?q="
OVERLEAF = "https://www.overleaf.com/project/"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def canvas() -> list[Step]:
    return [
        (
            "goto",
            "https://utexas.instructure.com/courses/1384411",
            "CS 391L: Machine Learning (TA) - Canvas",
            None,
        )
    ]


def scholar(query: str, task: str) -> Step:
    return ("goto", SCHOLAR + query.replace(" ", "+"), f"{query} - Google Scholar", task)


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *canvas(),
    day("1 10:30"),
    scholar("graph neural network traffic forecasting", "thesis"),
    page(
        f"{ARXIV}1906.00121",
        "[1906.00121] Graph WaveNet for Deep Spatial-Temporal Graph Modeling",
        "thesis",
    ),
    page(
        f"{ARXIV}1707.01926",
        "[1707.01926] Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic "
        "Forecasting",
        "thesis",
    ),
    *tab(
        f"{OVERLEAF}65a1b2c3d4e5f60718293a4b",
        "thesis_ch2_related_work - Online LaTeX Editor Overleaf",
        "thesis",
    ),
    day("1 14:00"),
    search(GOOGLE, "canada eta for nigerian passport holders", "conf"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/eta.html",
        "Electronic Travel Authorization (eTA) - Canada.ca",
        "conf",
    ),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/"
        "entry-requirements-country.html",
        "Find out if you need a visa or an eTA to travel to Canada - Canada.ca",
        "conf",
    ),
    day("1 19:00"),
    *reddit(),
    search(DDG, "bike stolen from apartment rack austin what to do", "bike"),
    page(
        "https://www.reddit.com/r/Austin/comments/1g2h3i4/bike_stolen_from_my_complex_rack/",
        "Bike stolen from my complex's rack last night : r/Austin",
        "bike",
    ),
    page(
        "https://www.austintexas.gov/department/police/online-reporting",
        "Online Police Reporting | AustinTexas.gov",
        "bike",
    ),
    day("2 09:00"),
    *mail(),
    day("2 10:00"),
    scholar("spatio-temporal transformer traffic prediction", "thesis"),
    page(
        f"{ARXIV}2001.02908",
        "[2001.02908] Spatial-Temporal Transformer Networks for Traffic Flow Forecasting",
        "thesis",
    ),
    page(
        "https://paperswithcode.com/task/traffic-prediction",
        "Traffic Prediction | Papers With Code",
        "thesis",
    ),
    day("2 13:30"),
    search(GOOGLE, "wisdom tooth pain swelling jaw when to see dentist", "tooth"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/impacted-wisdom-teeth/symptoms-causes/"
        "syc-20378634",
        "Impacted wisdom teeth - Symptoms and causes - Mayo Clinic",
        "tooth",
    ),
    day("2 21:00"),
    search(BING, "cheap meal prep for one week grad student", "meals"),
    page(
        "https://www.budgetbytes.com/category/extra-bytes/budget-friendly-meal-prep/",
        "Budget Friendly Meal Prep - Budget Bytes",
        "meals",
    ),
    day("3 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1823445566778899001",
        "Your poster has been accepted - ICLR 2027 Workshop on Spatiotemporal Learning",
        "conf",
    ),
    *canvas(),
    day("3 11:00"),
    search(GOOGLE, "flights austin to vancouver april", "conf"),
    page(
        "https://www.google.com/travel/flights?q=flights+austin+to+vancouver",
        "Austin to Vancouver | Google Flights",
        "conf",
    ),
    page(
        "https://www.kayak.com/flight-routes/Austin-AUS/Vancouver-YVR",
        "Cheap Flights from Austin to Vancouver (AUS - YVR) | KAYAK",
        "conf",
    ),
    day("3 15:00"),
    search(DDG, "bike index register stolen bike", "bike"),
    page(
        "https://bikeindex.org/bikes/new?stolen=true",
        "Register a stolen bike | Bike Index",
        "bike",
    ),
    day("3 20:00"),
    *reddit(),
    search(GOOGLE, "graduate student stipend taxes no w2 estimated payments", "tax"),
    page(
        "https://www.reddit.com/r/GradSchool/comments/1h4i5j6/stipend_taxes_no_w2/",
        "Stipend taxes with no W-2? : r/GradSchool",
        "tax",
    ),
    page(
        "https://www.irs.gov/individuals/international-taxpayers/"
        "students-and-scholars-federal-income-tax",
        "Federal income tax for students and scholars | Internal Revenue Service",
        "tax",
    ),
    day("4 09:30"),
    *mail(),
    day("4 10:30"),
    page(
        f"{OVERLEAF}65a1b2c3d4e5f60718293a4b",
        "thesis_ch2_related_work - Online LaTeX Editor Overleaf",
        "thesis",
        action="goto",
    ),
    scholar("adaptive adjacency matrix graph convolution traffic", "thesis"),
    page(
        f"{ARXIV}2007.02842",
        "[2007.02842] Adaptive Graph Convolutional Recurrent Network for Traffic Forecasting",
        "thesis",
    ),
    day("4 14:00"),
    search(BING, "ut austin student dental insurance wisdom teeth coverage", "tooth"),
    page(
        "https://healthyhorns.utexas.edu/insurance.html",
        "Student Health Insurance | University Health Services",
        "tooth",
    ),
    page(
        "https://www.aetnastudenthealth.com/en/school/utaustin/dental.html",
        "Dental Plan - University of Texas at Austin | Aetna Student Health",
        "tooth",
    ),
    day("4 19:30"),
    *reddit(),
    search(GOOGLE, "used road bike austin under 400", "bike"),
    page(
        "https://austin.craigslist.org/search/bia?max_price=400",
        "austin bicycles - craigslist",
        "bike",
    ),
    page(
        "https://www.facebook.com/marketplace/austin/bicycles",
        "Bicycles for sale in Austin, Texas | Facebook Marketplace",
        "bike",
    ),
    day("5 09:00"),
    *mail(),
    *canvas(),
    day("5 11:30"),
    search(GOOGLE, "hotels near vancouver convention centre", "conf"),
    page(
        "https://www.booking.com/landmark/ca/vancouver-convention-centre.html",
        "Hotels near Vancouver Convention Centre | Booking.com",
        "conf",
    ),
    day("5 15:00"),
    search(DDG, "sheet pan chicken thighs meal prep", "meals"),
    page(
        "https://www.budgetbytes.com/sheet-pan-bbq-meatloaf-dinner/",
        "Sheet Pan Chicken Thighs and Vegetables - Budget Bytes",
        "meals",
    ),
    day("5 22:00"),
    *(
        [
            ("goto", "https://www.youtube.com/", "YouTube", None),
            (
                "click",
                "https://www.youtube.com/watch?v=aircraftTour1",
                "Inside the biggest plane in the world - YouTube",
                None,
            ),
        ]
    ),
    day("6 09:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1823445566778899002",
        "Appointment confirmed: Dr. Patel, Riverside Dental - Tue 10:00",
        "tooth",
    ),
    day("6 11:00"),
    scholar("traffic forecasting benchmark metr-la pems-bay", "thesis"),
    page(
        "https://github.com/liyaguang/DCRNN",
        "GitHub - liyaguang/DCRNN: Diffusion Convolutional Recurrent Neural Network",
        "thesis",
    ),
    *tab(
        "https://www.zotero.org/groups/4921337/traffic_gnn/library",
        "traffic_gnn - Zotero Groups",
        "thesis",
    ),
    day("6 16:00"),
    search(GOOGLE, "how to print a36 poster austin cheap", "conf"),
    page(
        "https://www.fedex.com/en-us/printing/posters.html",
        "Poster Printing | FedEx Office",
        "conf",
    ),
    search(GOOGLE, "poster tube carry on air canada", "conf"),
    page(
        "https://www.aircanada.com/ca/en/aco/home/plan/baggage/carry-on.html",
        "Carry-on baggage | Air Canada",
        "conf",
    ),
    day("7 09:00"),
    *mail(),
    day("7 13:00"),
    search(BING, "what to expect wisdom tooth extraction recovery", "tooth"),
    page(
        "https://my.clevelandclinic.org/health/treatments/11183-wisdom-teeth-removal",
        "Wisdom Teeth Removal: Procedure & Recovery - Cleveland Clinic",
        "tooth",
    ),
    day("7 18:00"),
    search(GOOGLE, "kryptonite u lock vs abus folding lock", "bike"),
    page(
        "https://www.bicycling.com/bikes-gear/g20045236/best-bike-locks/",
        "The 10 Best Bike Locks of 2026 | Bicycling",
        "bike",
    ),
    page(
        "https://www.amazon.com/Kryptonite-New-York-Standard-Bicycle/dp/B000OZAD3S",
        "Amazon.com : Kryptonite New York Standard U-Lock",
        "bike",
    ),
    day("8 09:00"),
    *mail(),
    *canvas(),
    day("8 10:30"),
    search(GOOGLE, "form 1040-es estimated tax graduate fellowship", "tax"),
    page(
        "https://www.irs.gov/forms-pubs/about-form-1040-es",
        "About Form 1040-ES, Estimated Tax for Individuals | Internal Revenue Service",
        "tax",
    ),
    day("8 14:00"),
    page(
        f"{OVERLEAF}65a1b2c3d4e5f60718293a4b",
        "thesis_ch2_related_work - Online LaTeX Editor Overleaf",
        "thesis",
        action="goto",
    ),
    search(GOOGLE, "latex bibtex cite arxiv preprint format", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/3833/how-to-cite-an-arxiv-paper",
        "bibtex - How to cite an arXiv paper? - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("8 20:00"),
    search(DDG, "black bean burrito bowl meal prep", "meals"),
    page(
        "https://www.budgetbytes.com/black-bean-burrito-bowls/",
        "Black Bean Burrito Bowls - Budget Bytes",
        "meals",
    ),
    day("9 09:30"),
    *mail(),
    day("9 11:00"),
    search(GOOGLE, "iclr workshop poster size dimensions", "conf"),
    page(
        "https://iclr.cc/Conferences/2027/PosterInstructions",
        "ICLR 2027 Poster Instructions",
        "conf",
    ),
    day("9 16:00"),
    search(BING, "austin police stolen bicycle report follow up case number", "bike"),
    page(
        "https://www.austintexas.gov/department/police/online-reporting/status",
        "Check the status of a report | AustinTexas.gov",
        "bike",
    ),
    day("10 10:00"),
    *mail(),
    *canvas(),
    day("10 11:30"),
    scholar("graph neural networks traffic survey 2024", "thesis"),
    page(
        f"{ARXIV}2101.11174",
        "[2101.11174] Graph Neural Network for Traffic Forecasting: A Survey",
        "thesis",
    ),
    day("10 15:00"),
    search(GOOGLE, "texas no state income tax but federal on fellowship", "tax"),
    page(
        "https://www.reddit.com/r/personalfinance/comments/1i7j8k9/fellowship_income_federal_tax/",
        "Fellowship income and federal tax - how much to set aside? : r/personalfinance",
        "tax",
    ),
    day("10 19:00"),
    search(GOOGLE, "ibuprofen and acetaminophen together after tooth extraction", "tooth"),
    page(
        "https://www.ada.org/resources/ada-library/oral-health-topics/oral-analgesics-for-acute-dental-pain",
        "Oral Analgesics for Acute Dental Pain | American Dental Association",
        "tooth",
    ),
]
