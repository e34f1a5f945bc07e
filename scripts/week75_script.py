"""A UX researcher's ten days in Portland, Maine, written at the end of the twenty-fifth session,
after all of its changes, and scored before any change for it: a bikepacking weekend on the
Cross New Hampshire route, applications to two master's programmes in human-computer
interaction, her old Subaru sold privately, a cat adopted from the shelter, Spanish kept up
on an app, and a usability study to run at work. Gmail, the Portland Press Herald and
Instagram are opened most days; Reddit and YouTube serve several tasks. Searches go to
Google and Bing.
Used by make_week_history.py (``week75``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "maren.ostby.ux@gmail.com"
INBOX = "a9b8c7d6e5"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def herald() -> list[Step]:
    return [
        (
            "goto",
            "https://www.pressherald.com/",
            "Portland Press Herald | Maine news, sports, obituaries",
            None,
        )
    ]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 07:45"),
    *mail(),
    *herald(),
    day("1 10:00"),
    search(GOOGLE, "moderated usability test script template remote", "study"),
    page(
        "https://www.nngroup.com/articles/usability-test-script/",
        "Writing an Effective Guide for a UX Interview or Usability Test - NN/g",
        "study",
    ),
    page(
        "https://maze.co/guides/usability-testing/script/",
        "Usability Testing Script: Template and Examples | Maze",
        "study",
    ),
    day("1 19:30"),
    search(GOOGLE, "cross new hampshire bikepacking route conditions september", "bike"),
    page(
        "https://bikepacking.com/routes/cross-new-hampshire-adventure-trail/",
        "Cross New Hampshire Adventure Trail - Bikepacking.com",
        "bike",
    ),
    page(
        "https://www.reddit.com/r/bikepacking/comments/1n2o3p4/cnhat_in_september/",
        "CNHAT in September - trail conditions? : r/bikepacking",
        "bike",
    ),
    day("2 08:00"),
    *mail(),
    *insta(),
    day("2 12:30"),
    search(BING, "how to sell a car privately in maine title bill of sale", "car"),
    page(
        "https://www.maine.gov/sos/bmv/registration/selling.html",
        "Selling a Vehicle | Bureau of Motor Vehicles - Maine",
        "car",
    ),
    page(
        "https://www.kbb.com/subaru/outback/2012/",
        "2012 Subaru Outback Values & Cars for Sale | Kelley Blue Book",
        "car",
    ),
    day("2 20:00"),
    search(GOOGLE, "hci masters programs part time online", "grad"),
    page(
        "https://www.hcii.cmu.edu/academics/mhci",
        "Master of Human-Computer Interaction | CMU HCII",
        "grad",
    ),
    page(
        "https://www.si.umich.edu/programs/master-science-information",
        "Master of Science in Information | University of Michigan School of Information",
        "grad",
    ),
    day("3 07:50"),
    *mail(),
    *herald(),
    day("3 11:00"),
    search(GOOGLE, "usability test participant screener questions", "study"),
    page(
        "https://www.userinterviews.com/blog/screener-survey-questions",
        "How to Write a Screener Survey | User Interviews",
        "study",
    ),
    day("3 18:30"),
    search(GOOGLE, "adopt a cat portland maine animal refuge league", "cat"),
    page(
        "https://www.arlgp.org/adopt/cats/",
        "Adoptable Cats | Animal Refuge League of Greater Portland",
        "cat",
    ),
    page(
        "https://www.arlgp.org/adopt/how-to-adopt/",
        "How to Adopt | Animal Refuge League of Greater Portland",
        "cat",
    ),
    day("3 21:00"),
    (
        "goto",
        "https://www.duolingo.com/learn",
        "Duolingo - The world's best way to learn a language",
        "spanish",
    ),
    search(GOOGLE, "ser vs estar rules explained simply", "spanish"),
    page(
        "https://www.spanishdict.com/guide/ser-vs-estar",
        "Ser vs. Estar | SpanishDict",
        "spanish",
    ),
    day("4 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1825667788990011001",
        "Your application to the MHCI program: next steps - Carnegie Mellon University",
        "grad",
    ),
    day("4 12:00"),
    search(BING, "craigslist maine cars by owner post ad", "car"),
    page(
        "https://maine.craigslist.org/d/cars-trucks-by-owner/search/cto",
        "maine cars & trucks - by owner - craigslist",
        "car",
    ),
    page(
        "https://post.craigslist.org/k/mainecto/edit",
        "craigslist: create posting",
        "car",
    ),
    day("4 19:30"),
    search(GOOGLE, "frame bag vs seat bag bikepacking gravel bike", "bike"),
    page(
        f"{YT}bkPk9Bags2x",
        "Bikepacking Bags Explained - Frame, Seat & Handlebar - YouTube",
        "bike",
    ),
    page(
        "https://www.rei.com/learn/expert-advice/bikepacking-bags.html",
        "How to Choose Bikepacking Bags | REI Expert Advice",
        "bike",
    ),
    day("5 07:45"),
    *mail(),
    *herald(),
    day("5 10:30"),
    search(GOOGLE, "system usability scale sus calculator", "study"),
    page(
        "https://measuringu.com/sus/",
        "Measuring Usability with the System Usability Scale (SUS) - MeasuringU",
        "study",
    ),
    day("5 17:30"),
    search(GOOGLE, "first week with adopted cat hiding under bed", "cat"),
    page(
        "https://www.reddit.com/r/CatAdvice/comments/1p5q6r7/new_cat_hiding_under_bed/",
        "New cat hiding under bed for 3 days, normal? : r/CatAdvice",
        "cat",
    ),
    page(
        "https://www.aspca.org/pet-care/cat-care/general-cat-care",
        "General Cat Care | ASPCA",
        "cat",
    ),
    day("5 20:30"),
    search(GOOGLE, "statement of purpose hci career changer example", "grad"),
    page(
        "https://www.reddit.com/r/userexperience/comments/1q7r8s9/sop_for_hci_masters/",
        "SOP for HCI master's as a working UX researcher? : r/userexperience",
        "grad",
    ),
    *tab(
        "https://docs.google.com/document/d/1xYzMarenSOPdraft/edit",
        "SOP draft - Google Docs",
        "grad",
    ),
    day("6 09:00"),
    *mail(),
    *insta(),
    day("6 11:00"),
    search(BING, "subaru outback 2012 head gasket disclose buyer", "car"),
    page(
        "https://www.reddit.com/r/subaru/comments/1r9s0t1/selling_outback_with_head_gasket_history/",
        "Selling my Outback with head gasket history - what to disclose? : r/subaru",
        "car",
    ),
    day("6 15:00"),
    search(GOOGLE, "bikepacking gear list 2 nights minimal", "bike"),
    page(
        "https://bikepacking.com/plan/bikepacking-gear-list/",
        "The Bikepacking Gear List - Bikepacking.com",
        "bike",
    ),
    day("6 21:00"),
    (
        "goto",
        "https://www.duolingo.com/learn",
        "Duolingo - The world's best way to learn a language",
        "spanish",
    ),
    search(GOOGLE, "preterite vs imperfect practice exercises", "spanish"),
    page(
        "https://www.spanishdict.com/guide/preterite-vs-imperfect",
        "Preterite vs. Imperfect | SpanishDict",
        "spanish",
    ),
    day("7 08:00"),
    *mail(),
    *herald(),
    day("7 10:30"),
    search(GOOGLE, "usability test note taking template observers", "study"),
    page(
        "https://www.nngroup.com/articles/observer-guidelines/",
        "Observer Guidelines for Usability Research - NN/g",
        "study",
    ),
    *tab(
        "https://www.figma.com/board/FJ8kQ2study/Checkout-usability-study-notes",
        "Checkout usability study notes – FigJam",
        "study",
    ),
    day("7 18:00"),
    search(GOOGLE, "best cat litter for new cat unscented clumping", "cat"),
    page(
        "https://www.chewy.com/b/clumping-litter-2128",
        "Clumping Cat Litter | Chewy",
        "cat",
    ),
    day("8 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1825667788990011002",
        "Re: 2012 Outback for sale - still available?",
        "car",
    ),
    day("8 12:30"),
    search(GOOGLE, "gre required umich msi 2027", "grad"),
    page(
        "https://www.si.umich.edu/programs/master-science-information/admissions",
        "MSI Admissions | University of Michigan School of Information",
        "grad",
    ),
    day("8 19:00"),
    search(BING, "amtrak downeaster bike on train portland to dover nh", "bike"),
    page(
        "https://www.amtrakdowneaster.com/bikes-on-board",
        "Bikes on Board | Amtrak Downeaster",
        "bike",
    ),
    day("9 07:50"),
    *mail(),
    *herald(),
    day("9 10:00"),
    search(GOOGLE, "how many participants usability test 5 users nielsen", "study"),
    page(
        "https://www.nngroup.com/articles/why-you-only-need-to-test-with-5-users/",
        "Why You Only Need to Test with 5 Users - NN/g",
        "study",
    ),
    day("9 17:30"),
    search(GOOGLE, "maine bill of sale form pdf vehicle", "car"),
    page(
        "https://www.maine.gov/sos/bmv/forms/BILLOFSALE.pdf",
        "Bill of Sale - Maine BMV",
        "car",
    ),
    day("10 09:00"),
    *mail(),
    *insta(),
    day("10 14:00"),
    search(GOOGLE, "cat vaccine schedule after shelter adoption vet visit", "cat"),
    page(
        "https://www.vet.cornell.edu/departments-centers-and-institutes/cornell-feline-health-center/health-information/feline-health-topics/feline-vaccines",
        "Feline Vaccines | Cornell University College of Veterinary Medicine",
        "cat",
    ),
    day("10 20:30"),
    (
        "goto",
        "https://www.duolingo.com/learn",
        "Duolingo - The world's best way to learn a language",
        "spanish",
    ),
    search(GOOGLE, "subjunctive after ojalá examples", "spanish"),
    page(
        "https://www.spanishdict.com/guide/ojala-que",
        "Ojalá que + Subjunctive | SpanishDict",
        "spanish",
    ),
]
