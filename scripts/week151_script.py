"""A PhD student's ten days in Boston, on her laptop in the lab and at home, written in the
thirty-ninth session and scored before any change for it: the related-work section of a
paper on graph neural networks for traffic forecasting, a conference trip to Vancouver
(an eTA, a flight, a room), grading a course's problem sets, a roommate leaving and the
lease to change, a sore throat that became strep, and a used road bike. Between them she
reads X, Reddit's front page, Gmail, and plays Spotify in the browser.
Searches go to Google and Bing.
Used by make_week_history.py (``week151``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "priya.raman@bu.edu"
ARXIV = "https://arxiv.org/abs"
SCHOLAR = "https://scholar.google.com/scholar?q="
CANVAS = "https://canvas.bu.edu/courses/78214"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Inbox (12) - {ADDRESS} - Boston University Mail",
            None,
        )
    ]


def x() -> list[Step]:
    return [("goto", "https://x.com/home", "Home / X", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def spotify() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


def scholar(query: str, task: str) -> Step:
    from urllib.parse import quote_plus

    return ("goto", SCHOLAR + quote_plus(query), f"{query} - Google Scholar", task)


STEPS: list[Step] = [
    day("1 09:30"),
    *mail(),
    *spotify(),
    scholar("graph neural network traffic forecasting", "paper"),
    page(
        f"{ARXIV}/1707.01926",
        "[1707.01926] Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic Forecasting",
        "paper",
    ),
    *tab(
        f"{ARXIV}/1906.00121",
        "[1906.00121] Graph WaveNet for Deep Spatial-Temporal Graph Modeling",
        "paper",
    ),
    *tab(
        "https://paperswithcode.com/task/traffic-prediction",
        "Traffic Prediction | Papers With Code",
        "paper",
    ),
    page(
        "https://paperswithcode.com/sota/traffic-prediction-on-metr-la",
        "METR-LA Benchmark (Traffic Prediction) | Papers With Code",
        "paper",
    ),
    day("1 14:00"),
    page(
        f"{CANVAS}/assignments/412009",
        "Problem Set 3: Dynamic Programming",
        "grading",
        action="goto",
    ),
    page(
        f"{CANVAS}/gradebook/speed_grader?assignment_id=412009",
        "SpeedGrader - CS 330 Introduction to Algorithms",
        "grading",
    ),
    search(GOOGLE, "canvas speedgrader rubric not saving comments", "grading"),
    page(
        "https://community.canvaslms.com/t5/Canvas-Question-Forum/SpeedGrader-rubric-comments-not-saving/td-p/512345",
        "SpeedGrader rubric comments not saving - Instructure Community",
        "grading",
    ),
    day("1 21:00"),
    *x(),
    search(BING, "sore throat white spots no cough fever", "strep"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/strep-throat/symptoms-causes/syc-20350338",
        "Strep throat - Symptoms & causes - Mayo Clinic",
        "strep",
    ),
    day("2 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b19f3a0c2d",
        "1829001120007",
        "KDD 2027 Travel Grant: decision",
        "vancouver",
    ),
    search(GOOGLE, "canada eta indian passport us student visa holder", "vancouver"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/eta.html",
        "Electronic Travel Authorization (eTA) - Canada.ca",
        "vancouver",
    ),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/eta/eligibility.html",
        "Find out if you're eligible for an eTA - Canada.ca",
        "vancouver",
    ),
    day("2 11:30"),
    scholar("spatio-temporal transformer traffic forecasting long range", "paper"),
    page(
        f"{ARXIV}/2106.02123",
        "[2106.02123] Spatial-Temporal Transformer Networks for Traffic Flow Forecasting",
        "paper",
    ),
    page(
        "https://github.com/liyaguang/DCRNN",
        "GitHub - liyaguang/DCRNN: Diffusion Convolutional Recurrent Neural Network",
        "paper",
    ),
    search(GOOGLE, "overleaf bibtex cite arxiv preprint natbib", "paper"),
    page(
        "https://www.overleaf.com/learn/latex/Bibliography_management_with_natbib",
        "Bibliography management with natbib - Overleaf, Online LaTeX Editor",
        "paper",
    ),
    day("2 19:40"),
    *reddit(),
    search(BING, "used road bike boston 54cm", "bike"),
    page(
        "https://boston.craigslist.org/search/bia?query=road+bike+54cm",
        "boston bicycles - craigslist",
        "bike",
    ),
    page(
        "https://boston.craigslist.org/gbs/bik/d/cambridge-trek-domane-al-54cm/7712345678.html",
        "Trek Domane AL 2 54cm - bicycles - by owner - bike sale",
        "bike",
    ),
    day("3 08:45"),
    search(GOOGLE, "strep test urgent care near me without appointment", "strep"),
    page(
        "https://www.google.com/maps/search/urgent+care+near+me",
        "urgent care near me - Google Maps",
        "strep",
    ),
    page(
        "https://www.bu.edu/shs/medical-services/",
        "Medical Services | Student Health Services",
        "strep",
    ),
    day("3 13:20"),
    page(
        f"{CANVAS}/gradebook/speed_grader?assignment_id=412009&student_id=5531",
        "SpeedGrader - CS 330 Introduction to Algorithms",
        "grading",
        action="goto",
    ),
    search(GOOGLE, "longest increasing subsequence O(n log n) proof patience", "grading"),
    page(
        "https://cp-algorithms.com/sequences/longest_increasing_subsequence.html",
        "Longest increasing subsequence - Algorithms for Competitive Programming",
        "grading",
    ),
    day("3 20:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b19f3a0c2d",
        "1829001120031",
        "Moving out end of month - sorry!!",
        "lease",
    ),
    search(
        GOOGLE, "roommate moving out lease massachusetts replace tenant landlord approval", "lease"
    ),
    page(
        "https://www.mass.gov/info-details/tenants-rights-and-responsibilities",
        "Tenants' rights and responsibilities | Mass.gov",
        "lease",
    ),
    page(
        "https://www.reddit.com/r/boston/comments/1e1k2xz/roommate_leaving_mid_lease_how_to_handle/",
        "Roommate leaving mid lease, how to handle? : r/boston",
        "lease",
    ),
    day("4 10:15"),
    *spotify(),
    scholar("adaptive graph learning traffic forecasting without predefined adjacency", "paper"),
    page(
        f"{ARXIV}/2007.02842",
        "[2007.02842] Adaptive Graph Convolutional Recurrent Network for Traffic Forecasting",
        "paper",
    ),
    *tab(
        f"{ARXIV}/2002.11111",
        "[2002.11111] Spatial-Temporal Synchronous Graph Convolutional Networks",
        "paper",
    ),
    day("4 16:30"),
    search(BING, "flights boston to vancouver august 2027", "vancouver"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20YVR%20from%20BOS",
        "Cheap Flights from Boston to Vancouver | Google Flights",
        "vancouver",
    ),
    page(
        "https://kdd2027.kdd.org/attending/accommodation/",
        "Accommodation - KDD 2027",
        "vancouver",
    ),
    day("4 21:00"),
    *x(),
    search(GOOGLE, "amoxicillin strep how long until not contagious", "strep"),
    page(
        "https://www.cdc.gov/group-a-strep/about/strep-throat.html",
        "About Strep Throat | Group A Strep | CDC",
        "strep",
    ),
    day("5 11:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b19f3a0c2d",
        "1829001120052",
        "Re: Trek Domane still available?",
        "bike",
    ),
    search(GOOGLE, "what to check when buying used road bike", "bike"),
    page(
        "https://www.bicycling.com/bikes-gear/a20041419/how-to-buy-a-used-bike/",
        "How to Buy a Used Bike - Bicycling",
        "bike",
    ),
    search(GOOGLE, "trek domane al 2 2021 value", "bike"),
    page(
        "https://www.bicyclebluebook.com/value-guide/trek/domane-al-2/2021/",
        "2021 Trek Domane AL 2 - Bicycle Details - BicycleBlueBook.com",
        "bike",
    ),
    day("5 15:00"),
    page(
        f"{CANVAS}/assignments/412010", "Problem Set 4: Greedy Algorithms", "grading", action="goto"
    ),
    search(GOOGLE, "exchange argument greedy proof interval scheduling", "grading"),
    page(
        "https://www.cs.cornell.edu/courses/cs482/2007su/exchange.pdf",
        "Greedy Algorithms: The Exchange Argument",
        "grading",
    ),
    day("6 10:30"),
    scholar("STGCN spatio-temporal graph convolutional networks yu yin zhu", "paper"),
    page(
        f"{ARXIV}/1709.04875",
        "[1709.04875] Spatio-Temporal Graph Convolutional Networks: A Deep Learning Framework for Traffic Forecasting",
        "paper",
    ),
    page(
        "https://www.overleaf.com/project/66f1a2b3c4d5e6f708192a3b",
        "related_work.tex - KDD27 Traffic GNN - Overleaf, Online LaTeX Editor",
        "paper",
        action="goto",
    ),
    day("6 20:30"),
    *reddit(),
    search(BING, "craigslist bike scam avoid meeting safe place cambridge", "bike"),
    page(
        "https://www.cambridgema.gov/police/safeexchangezone",
        "Safe Exchange Zone - City of Cambridge, MA",
        "bike",
    ),
    search(GOOGLE, "sublet room boston september grad student", "lease"),
    page(
        "https://www.facebook.com/groups/bostonsublets/",
        "Boston Sublets & Roommates | Facebook",
        "lease",
    ),
    day("7 09:50"),
    search(GOOGLE, "eta application stuck in review how long", "vancouver"),
    page(
        "https://www.reddit.com/r/ImmigrationCanada/comments/1f0a2b3/eta_taking_longer_than_72_hours/",
        "eTA taking longer than 72 hours? : r/ImmigrationCanada",
        "vancouver",
    ),
    page(
        "https://www.booking.com/hotel/ca/the-burrard.html",
        "The Burrard, Vancouver \u2013 Updated 2027 Prices | Booking.com",
        "vancouver",
    ),
    day("7 14:00"),
    page(
        f"{CANVAS}/gradebook",
        "Grades: CS 330 Introduction to Algorithms",
        "grading",
        action="goto",
    ),
    search(GOOGLE, "canvas curve grades for one assignment", "grading"),
    page(
        "https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-curve-grades-for-an-assignment/ta-p/1234",
        "How do I curve grades for an assignment? - Instructure Community",
        "grading",
    ),
    day("8 11:20"),
    *spotify(),
    scholar("traffic forecasting survey graph neural networks 2024", "paper"),
    page(
        f"{ARXIV}/2101.11174",
        "[2101.11174] Graph Neural Network for Traffic Forecasting: A Survey",
        "paper",
    ),
    search(GOOGLE, "latex table too wide for column two column paper", "paper"),
    page(
        "https://tex.stackexchange.com/questions/10535/how-to-force-a-table-into-page-width",
        "tables - How to force a table into page width? - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("8 19:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b19f3a0c2d",
        "1829001120077",
        "Lease addendum - new tenant application for Unit 3",
        "lease",
    ),
    search(GOOGLE, "lease assignment vs sublease massachusetts difference", "lease"),
    page(
        "https://www.masslegalhelp.org/housing/subletting",
        "Subletting and assigning your lease | MassLegalHelp",
        "lease",
    ),
    day("9 10:00"),
    *x(),
    search(BING, "trek domane al 2 size chart 5 foot 6", "bike"),
    page(
        "https://www.trekbikes.com/us/en_US/bikes/road-bikes/performance-road-bikes/domane/domane-al-2/p/35042/",
        "Domane AL 2 - Trek Bikes",
        "bike",
    ),
    page(
        "https://www.bu.edu/shs/patient-portal/",
        "Patient Connect - Student Health Services",
        "strep",
        action="goto",
    ),
    day("10 09:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b19f3a0c2d",
        "1829001120099",
        "Your eTA application has been approved - Government of Canada",
        "vancouver",
    ),
    search(GOOGLE, "vancouver convention centre to downtown hotels walking", "vancouver"),
    page(
        "https://www.vancouverconventioncentre.com/attend/getting-here",
        "Getting Here | Vancouver Convention Centre",
        "vancouver",
    ),
    scholar("traffic forecasting benchmark PEMS-BAY METR-LA reproducibility", "paper"),
    page(
        f"{ARXIV}/2103.07719",
        "[2103.07719] A Comprehensive Benchmark of Spatio-Temporal Forecasting Models",
        "paper",
    ),
]
