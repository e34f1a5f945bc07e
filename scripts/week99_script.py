"""A chemistry PhD student's ten days in Boston, on her laptop, written in the thirtieth
session before any of its changes, and scored before any change for it: her thesis's
LaTeX template breaking, a conference trip to Denver (flights, a shared room, the poster
printed), her lease renewal and a rent increase, her cat's bladder infection, RDKit
failing to read a file of molecules, and a used road bike. Gmail, YouTube, Reddit and
Slack's web page are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week99``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    DDG,
    GOOGLE,
    SO,
    Step,
    day,
    forum,
    gmail_message,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "priya.n.chem@gmail.com"
INBOX = "5d2b8e1f90"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def slack() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T02KL9QHB/C02KL9R1M",
            "general (Channel) - Ramirez Lab - Slack",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:45"),
    *mail(),
    *slack(),
    day("1 10:00"),
    search(GOOGLE, "rdkit MolFromMolBlock returns None sdf file", "rdkit"),
    page(
        f"{SO}/62124519/rdkit-molfrommolblock-returns-none-for-valid-sdf",
        "python - RDKit MolFromMolBlock returns None for valid SDF - Stack Overflow",
        "rdkit",
    ),
    search(GOOGLE, "rdkit sanitize false explicit valence error nitrogen", "rdkit"),
    page(
        "https://github.com/rdkit/rdkit/issues/4012",
        "Explicit valence for atom # 3 N, 4, is greater than permitted · Issue #4012 · rdkit/rdkit",
        "rdkit",
    ),
    day("1 13:30"),
    *forum(),
    day("1 16:00"),
    search(GOOGLE, "acs fall 2027 denver poster session dates", "conference"),
    page(
        "https://www.acs.org/meetings/acs-meetings/fall-2027.html",
        "ACS Fall 2027 | Denver, CO - American Chemical Society",
        "conference",
    ),
    day("1 21:00"),
    *video_home(),
    day("2 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859010078901234101",
        "Lease renewal offer for 41 Gordon St Unit 3 - new rent from September",
        "lease",
    ),
    day("2 09:00"),
    search(DDG, "massachusetts rent increase notice how much is legal", "lease"),
    page(
        "https://www.mass.gov/info-details/rent-increases",
        "Rent increases | Mass.gov",
        "lease",
    ),
    search(DDG, "allston brighton average rent 1 bedroom 2027", "lease"),
    page(
        "https://www.zumper.com/rent-research/boston-ma/allston",
        "Average Rent in Allston, Boston, MA - Zumper",
        "lease",
    ),
    day("2 11:00"),
    *slack(),
    day("2 14:00"),
    search(GOOGLE, "latex thesis template bibliography not showing biber", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/154751/biblatex-with-biber-configuring-my-editor-to-avoid-undefined-citations",
        "biblatex with Biber: Configuring my editor to avoid undefined citations - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    search(GOOGLE, "overleaf biber error code 2", "thesis"),
    page(
        "https://www.overleaf.com/learn/latex/Questions/I_have_a_lot_of_citations_that_are_undefined",
        "Questions/I have a lot of citations that are undefined - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("2 20:30"),
    search(GOOGLE, "cat peeing outside litter box blood in urine", "cat"),
    page(
        "https://vcahospitals.com/know-your-pet/urinary-tract-infections-in-cats",
        "Urinary Tract Infections in Cats | VCA Animal Hospitals",
        "cat",
    ),
    search(GOOGLE, "emergency vet allston open now", "cat"),
    page(
        "https://www.angell.org/locations/boston/emergency",
        "24/7 Emergency & Critical Care | Angell Animal Medical Center",
        "cat",
    ),
    day("3 08:40"),
    *mail(),
    *slack(),
    day("3 10:30"),
    search(GOOGLE, "rdkit read sdf skip bad molecules SDMolSupplier", "rdkit"),
    page(
        "https://www.rdkit.org/docs/GettingStartedInPython.html",
        "Getting Started with the RDKit in Python — The RDKit 2025.09 documentation",
        "rdkit",
    ),
    day("3 13:00"),
    search(DDG, "flights boston to denver august cheap", "conference"),
    page(
        "https://www.kayak.com/flight-routes/Boston-BOS/Denver-DEN",
        "Cheap Flights from Boston to Denver (BOS - DEN) - KAYAK",
        "conference",
    ),
    search(DDG, "hotels near colorado convention center walking distance", "conference"),
    page(
        "https://www.booking.com/landmark/us/colorado-convention-center.html",
        "Hotels near Colorado Convention Center, Denver - Booking.com",
        "conference",
    ),
    day("3 22:00"),
    *forum(),
    day("4 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859010078901234202",
        "Luna - lab results and discharge instructions - Angell Animal Medical Center",
        "cat",
    ),
    day("4 09:00"),
    search(GOOGLE, "how to give a cat amoxicillin liquid without stress", "cat"),
    page(
        "https://icatcare.org/advice/how-to-give-your-cat-liquid-medication/",
        "How to give your cat liquid medication - International Cat Care",
        "cat",
    ),
    day("4 15:00"),
    search(GOOGLE, "used road bike boston craigslist 54cm", "bike"),
    page(
        "https://boston.craigslist.org/search/bia?query=road+bike+54",
        "boston bicycles - craigslist",
        "bike",
    ),
    day("4 21:00"),
    *video_home(),
    day("5 08:30"),
    *mail(),
    *slack(),
    day("5 10:00"),
    search(GOOGLE, "thesis chapter numbering appendix letters report class", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/10898/change-chapter-numbering-to-letters-for-appendix",
        "Change chapter numbering to letters for appendix - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("5 16:30"),
    search(DDG, "landlord wont fix radiator can i withhold rent massachusetts", "lease"),
    page(
        "https://www.masslegalhelp.org/housing/rent-withholding",
        "Withholding rent | MassLegalHelp",
        "lease",
    ),
    day("6 11:00"),
    *forum(),
    search(GOOGLE, "trek domane al 2 vs specialized allez used price", "bike"),
    page(
        "https://www.bikeradar.com/advice/buyers-guides/best-road-bikes-under-1000",
        "Best road bikes under $1,000 | BikeRadar",
        "bike",
    ),
    search(GOOGLE, "how to check used bike frame for cracks", "bike"),
    page(
        "https://www.rei.com/learn/expert-advice/buying-a-used-bike.html",
        "How to Buy a Used Bike | REI Expert Advice",
        "bike",
    ),
    day("6 20:00"),
    *video_home(),
    day("7 08:45"),
    *mail(),
    *slack(),
    day("7 10:00"),
    search(GOOGLE, "poster printing 48x36 boston university same day", "conference"),
    page(
        "https://www.bu.edu/printing/posters/",
        "Poster Printing | Boston University Printing & Mail Services",
        "conference",
    ),
    search(GOOGLE, "fabric poster vs paper poster for flying", "conference"),
    page(
        "https://www.reddit.com/r/GradSchool/comments/10v3x1k/fabric_poster_worth_it_for_flying/",
        "Fabric poster worth it for flying? : r/GradSchool",
        "conference",
    ),
    day("7 14:30"),
    search(GOOGLE, "rdkit kekulize error aromatic ring can't kekulize mol", "rdkit"),
    page(
        f"{SO}/53734932/cant-kekulize-mol-rdkit",
        "python - Can't kekulize mol RDKit - Stack Overflow",
        "rdkit",
    ),
    day("8 08:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859010078901234303",
        "Re: room share in Denver for ACS? - Kevin Tran",
        "conference",
    ),
    day("8 12:00"),
    search(GOOGLE, "latex figure placement thesis float too large warning", "thesis"),
    page(
        "https://www.overleaf.com/learn/latex/Positioning_images_and_tables",
        "Positioning images and tables - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("8 19:00"),
    search(DDG, "counter offer rent increase email template tenant", "lease"),
    page(
        "https://www.apartmentlist.com/renter-life/how-to-negotiate-rent-increase",
        "How to Negotiate a Rent Increase (With Email Template) | Apartment List",
        "lease",
    ),
    day("9 09:00"),
    *mail(),
    *slack(),
    day("9 11:00"),
    search(GOOGLE, "urinary food for cats hills c/d vs royal canin so", "cat"),
    page(
        "https://www.chewy.com/b/urinary-health-food-9640",
        "Urinary Health Cat Food | Chewy",
        "cat",
    ),
    day("9 17:00"),
    search(GOOGLE, "meet craigslist seller bike safe place boston police station", "bike"),
    page(
        "https://www.boston.gov/departments/police/safe-exchange-zones",
        "Safe exchange zones | Boston.gov",
        "bike",
    ),
    day("10 08:30"),
    *mail(),
    *slack(),
    day("10 10:30"),
    search(GOOGLE, "biblatex doi url remove from bibliography", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/23832/biblatex-how-to-remove-the-fields-doi-isbn-url",
        "biblatex: How to remove the fields doi, isbn, url - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    *tab(
        "https://www.youtube.com/watch?v=1oHSpD3Hw9E",
        "Writing your thesis in LaTeX: bibliography with biblatex - YouTube",
        "thesis",
    ),
    day("10 21:00"),
    *forum(),
]
