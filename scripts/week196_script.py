"""A data analyst's ten days in Nairobi, written in the fifty-fourth session and scored
before any change for it: the Power BI exam (PL-300: what it covers, practice, booking it),
a used car imported from Japan (the duty, a dealer's stock, the clearing), a plot of land
(a title search, the surveyor), an anniversary weekend in Zanzibar, and a new school for
his daughter. Between them he reads Gmail, the Daily Nation, YouTube and X, and one
article from the Nation's front page. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week196``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    DDG,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "brian.otieno.data@gmail.com"
IK = "7d2e90b4a1"


def nation(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://nation.africa/kenya", "Kenya News | Nation", None)]
    if article:
        steps.append(("click", f"https://nation.africa/kenya/{article[0]}", article[1], None))
    return steps


def x_home() -> list[Step]:
    return [("goto", "https://x.com/home", "Home / X", None)]


STEPS: list[Step] = [
    day("1 06:40"),
    *nation(),
    *mail(),
    day("1 12:50"),
    search(GOOGLE, "pl-300 exam study guide skills measured", "pl300"),
    page(
        "https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides/pl-300",
        "Study guide for Exam PL-300: Microsoft Power BI Data Analyst | Microsoft Learn",
        "pl300",
    ),
    *tab(
        "https://www.reddit.com/r/PowerBI/comments/1bq7x2k/passed_pl300_tips/",
        "Passed PL-300 - my tips : r/PowerBI",
        "pl300",
    ),
    day("1 20:10"),
    *x_home(),
    search(DDG, "import car from japan to kenya duty calculator kra 2027", "car"),
    page(
        "https://www.kra.go.ke/individual/importing/motor-vehicle-duty",
        "Motor Vehicle Import Duty | Kenya Revenue Authority",
        "car",
    ),
    day("2 07:10"),
    *mail(),
    day("2 13:00"),
    search(GOOGLE, "how to do land search ardhisasa title deed", "land"),
    page(
        "https://ardhisasa.lands.go.ke/home",
        "Ardhisasa - Ministry of Lands and Physical Planning",
        "land",
    ),
    *tab(
        "https://www.businessdailyafrica.com/bd/lifestyle/personal-finance/land-search-steps-3456789",
        "Steps to follow before you buy land | Business Daily",
        "land",
    ),
    day("2 21:00"),
    search(DDG, "zanzibar anniversary weekend stone town or nungwi", "zanzibar"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g482884-i9349-k14567890-Stone_Town_or_Nungwi_for_a_short_trip-Zanzibar_Island.html",
        "Stone Town or Nungwi for a short trip? - Zanzibar Island Forum - Tripadvisor",
        "zanzibar",
    ),
    day("3 06:30"),
    *nation(
        (
            "news/cbc-junior-school-placement-2027-4567890",
            "Parents rush for Grade 7 places as junior school placement opens | Nation",
        )
    ),
    day("3 12:20"),
    search(GOOGLE, "power bi dax calculate filter context explained", "pl300"),
    page(
        "https://www.sqlbi.com/articles/filter-context-in-dax-and-calculate/",
        "Filter context in DAX and CALCULATE - SQLBI",
        "pl300",
    ),
    day("3 19:30"),
    search(GOOGLE, "schools near kileleshwa cbc grade 4 fees", "school"),
    page(
        "https://www.elimu.co.ke/schools/nairobi/kileleshwa",
        "Schools in Kileleshwa, Nairobi: fees and reviews | Elimu",
        "school",
    ),
    day("4 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1813889021554470923",
        "Quotation: 2019 Mazda CX-5 XD, FOB + freight to Mombasa - BE FORWARD",
        "car",
    ),
    search(GOOGLE, "mazda cx-5 diesel 2019 problems kenya", "car"),
    page(
        "https://www.kenyans.co.ke/news/mazda-cx5-diesel-owners-review",
        "Mazda CX-5 diesel: what owners in Kenya say | Kenyans.co.ke",
        "car",
    ),
    day("4 13:10"),
    search(DDG, "flights nairobi to zanzibar kenya airways vs precision air", "zanzibar"),
    page(
        "https://www.kayak.com/flight-routes/Nairobi-NBO/Zanzibar-ZNZ",
        "Cheap Flights from Nairobi to Zanzibar | KAYAK",
        "zanzibar",
    ),
    day("4 20:40"),
    *video_home(),
    day("5 06:50"),
    *nation(),
    day("5 12:30"),
    search(GOOGLE, "pl-300 practice test free questions", "pl300"),
    page(
        "https://learn.microsoft.com/en-us/credentials/certifications/practice-assessments-for-microsoft-certifications",
        "Practice Assessments for Microsoft Certifications | Microsoft Learn",
        "pl300",
    ),
    day("5 18:10"),
    search(DDG, "licensed surveyor nairobi beacons verification cost", "land"),
    page(
        "https://www.isk.or.ke/find-a-surveyor",
        "Find a Surveyor | Institution of Surveyors of Kenya",
        "land",
    ),
    day("6 09:00"),
    *x_home(),
    search(GOOGLE, "school admission interview grade 4 what to expect nairobi", "school"),
    page(
        "https://www.tuko.co.ke/family/parenting/school-interviews-nairobi.html",
        "Private school interviews in Nairobi: what to expect | Tuko",
        "school",
    ),
    day("6 14:30"),
    search(GOOGLE, "boutique hotel stone town sea view couples", "zanzibar"),
    page(
        "https://www.booking.com/city/tz/stone-town.html",
        "Hotels in Stone Town - Booking.com",
        "zanzibar",
    ),
    *tab(
        "https://www.emersonspice.com/",
        "Emerson Spice Hotel | Stone Town, Zanzibar",
        "zanzibar",
    ),
    day("7 07:15"),
    *mail(),
    search(DDG, "clearing agent mombasa car import charges", "car"),
    page(
        "https://www.kenyacarbazaar.com/blog/clearing-agents-mombasa-fees",
        "Clearing agents in Mombasa: fees explained | Kenya Car Bazaar",
        "car",
    ),
    day("7 12:40"),
    search(GOOGLE, "power query merge vs append when to use", "pl300"),
    page(
        "https://learn.microsoft.com/en-us/power-query/merge-queries-overview",
        "Merge queries overview - Power Query | Microsoft Learn",
        "pl300",
    ),
    day("7 20:20"),
    search(GOOGLE, "land rates clearance certificate nairobi county before transfer", "land"),
    page(
        "https://nairobiservices.go.ke/land-rates",
        "Land Rates | Nairobi City County",
        "land",
    ),
    day("8 06:40"),
    *nation(),
    day("8 13:00"),
    search(DDG, "igcse vs cbc which is better for my child kenya", "school"),
    page(
        "https://www.standardmedia.co.ke/education/article/2001456789/igcse-or-cbc-parents-dilemma",
        "IGCSE or CBC? A parent's dilemma | The Standard",
        "school",
    ),
    day("8 19:40"),
    *video_home(),
    search(GOOGLE, "pearson vue online exam check in requirements webcam", "pl300"),
    page(
        "https://home.pearsonvue.com/Test-takers/onvue.aspx",
        "OnVUE online proctored exams | Pearson VUE",
        "pl300",
    ),
    day("9 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1814002217789020314",
        "Your booking at Emerson Spice is confirmed - 20-22 March",
        "zanzibar",
    ),
    search(GOOGLE, "prison island and spice tour half day zanzibar", "zanzibar"),
    page(
        "https://www.getyourguide.com/zanzibar-l1012/prison-island-spice-tour",
        "Prison Island and Spice Farm Tour | GetYourGuide",
        "zanzibar",
    ),
    day("9 13:20"),
    search(DDG, "ntsa logbook transfer imported vehicle registration", "car"),
    page(
        "https://ntsa.go.ke/services/motor-vehicle-registration",
        "Motor Vehicle Registration | NTSA",
        "car",
    ),
    day("10 07:30"),
    *x_home(),
    search(GOOGLE, "sale agreement land kenya lawyer fees percentage", "land"),
    page(
        "https://www.lawyers.co.ke/blog/land-conveyancing-fees-kenya",
        "Conveyancing fees in Kenya: what lawyers charge | Lawyers.co.ke",
        "land",
    ),
    day("10 18:50"),
    search(GOOGLE, "school transport kileleshwa to lavington safe options", "school"),
    page(
        "https://www.reddit.com/r/Kenya/comments/1bv4k2p/school_bus_or_private_transport/",
        "School bus or private transport? : r/Kenya",
        "school",
    ),
]
