"""A high-school senior's ten days in Houston, on the family computer, written in the
thirty-first session after step 60, and scored before any change for it: college
applications (an essay, the FAFSA, a campus visit to Austin), the driving test, a suit for
prom, a weekend job at a grocery store, AP Calculus to revise, and a Minecraft server he
runs for his friends. YouTube's front page, Instagram and Discord are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week109``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab, video_home

SO = "https://stackoverflow.com/questions"


def social() -> list[Step]:
    return [
        ("goto", "https://www.instagram.com/", "Instagram", None),
        ("goto", "https://discord.com/channels/@me", "Discord | Friends", None),
    ]


STEPS: list[Step] = [
    day("1 16:10"),
    *social(),
    *video_home(),
    day("1 17:00"),
    search(GOOGLE, "common app essay prompt 2 examples overcoming challenge", "college"),
    page(
        "https://www.commonapp.org/blog/2027-2028-common-app-essay-prompts",
        "2027-2028 Common App Essay Prompts | Common App",
        "college",
    ),
    search(GOOGLE, "how long should common app essay be 650 words", "college"),
    page(
        "https://blog.collegevine.com/how-long-is-the-common-app-essay",
        "How Long Is the Common App Essay? | CollegeVine Blog",
        "college",
    ),
    day("1 20:30"),
    search(GOOGLE, "minecraft server paper vs spigot performance 1.21", "minecraft"),
    page(
        "https://www.spigotmc.org/threads/paper-vs-spigot-2027.612345/",
        "Paper vs Spigot in 2027? | SpigotMC - High Performance Minecraft",
        "minecraft",
    ),
    search(GOOGLE, "minecraft server port forwarding xfinity router 25565", "minecraft"),
    page(
        "https://www.reddit.com/r/admincraft/comments/1c2d3e4/port_forwarding_xfinity/",
        "Port forwarding on Xfinity for a server? : r/admincraft",
        "minecraft",
    ),
    day("2 16:05"),
    *social(),
    day("2 17:30"),
    search(BING, "texas driving test what to expect parallel parking houston dps", "driving"),
    page(
        "https://www.dps.texas.gov/section/driver-license/driving-test",
        "Driving Test | Department of Public Safety",
        "driving",
    ),
    search(BING, "dps appointment scheduler houston earliest available", "driving"),
    page(
        "https://public.txdpsscheduler.com/",
        "Texas DPS Scheduler",
        "driving",
    ),
    day("2 21:00"),
    search(GOOGLE, "ap calc ab related rates practice problems", "calc"),
    page(
        "https://www.khanacademy.org/math/ap-calculus-ab/ab-differentiation-2-new/ab-4-4/v/related-rates-intro",
        "Related rates intro (video) | Khan Academy",
        "calc",
    ),
    day("3 16:00"),
    *social(),
    *video_home(),
    day("3 16:45"),
    search(GOOGLE, "heb part time job 17 year old application", "job"),
    page(
        "https://careers.heb.com/jobs/part-time-partner",
        "Part-Time Partner Jobs | H-E-B Careers",
        "job",
    ),
    search(GOOGLE, "what to wear to a grocery store interview teen", "job"),
    page(
        "https://www.indeed.com/career-advice/interviewing/what-to-wear-to-a-grocery-store-interview",
        "What To Wear to a Grocery Store Interview | Indeed.com",
        "job",
    ),
    day("3 20:00"),
    search(GOOGLE, "fafsa 2028-29 when does it open parent contributor", "college"),
    page(
        "https://studentaid.gov/announcements-events/fafsa-support",
        "FAFSA Support | Federal Student Aid",
        "college",
    ),
    day("4 16:10"),
    *social(),
    day("4 19:30"),
    search(BING, "prom suit vs tux rental houston price", "prom"),
    page(
        "https://www.menswearhouse.com/c/prom",
        "Prom Suits & Tuxedos | Men's Wearhouse",
        "prom",
    ),
    search(BING, "navy suit with what color tie prom date dress sage green", "prom"),
    page(
        "https://www.gq.com/story/suit-and-tie-color-combinations",
        "The Suit and Tie Combinations Every Guy Should Know | GQ",
        "prom",
    ),
    day("4 21:15"),
    search(GOOGLE, "minecraft server whitelist command add friend", "minecraft"),
    page(
        "https://minecraft.wiki/w/Commands/whitelist",
        "Commands/whitelist – Minecraft Wiki",
        "minecraft",
    ),
    day("5 16:00"),
    *social(),
    *video_home(),
    day("5 17:20"),
    search(GOOGLE, "ut austin campus tour saturday register", "college"),
    page(
        "https://admissions.utexas.edu/visit",
        "Visit Campus | UT Austin Admissions",
        "college",
    ),
    search(GOOGLE, "houston to austin megabus or drive", "college"),
    page(
        "https://us.megabus.com/route/houston-to-austin",
        "Houston to Austin bus | Megabus",
        "college",
    ),
    day("5 21:00"),
    search(GOOGLE, "ap calc implicit differentiation second derivative", "calc"),
    page(
        "https://tutorial.math.lamar.edu/classes/calci/implicitdiff.aspx",
        "Calculus I - Implicit Differentiation - Paul's Online Math Notes",
        "calc",
    ),
    day("6 11:00"),
    *social(),
    day("6 12:00"),
    search(BING, "parallel parking tips cones distance driving test", "driving"),
    page(
        "https://www.youtube.com/watch?v=Xk3mPq9Rt2w",
        "How to Parallel Park PERFECTLY for the Driving Test - YouTube",
        "driving",
    ),
    day("6 15:30"),
    search(GOOGLE, "heb interview questions cashier sacker", "job"),
    page(
        "https://www.glassdoor.com/Interview/H-E-B-Interview-Questions-E12345.htm",
        "H-E-B Interview Questions | Glassdoor",
        "job",
    ),
    day("7 16:05"),
    *social(),
    *video_home(),
    day("7 20:00"),
    search(GOOGLE, "minecraft server lag spikes view distance ram allocation", "minecraft"),
    page(
        "https://www.reddit.com/r/admincraft/comments/1d4e5f6/lag_spikes_with_8gb/",
        "Lag spikes with 8GB allocated : r/admincraft",
        "minecraft",
    ),
    *tab(
        "https://docs.papermc.io/paper/reference/configuration",
        "Paper configuration | PaperMC Docs",
        "minecraft",
    ),
    day("8 16:00"),
    *social(),
    day("8 17:30"),
    search(GOOGLE, "common app activities list how to describe part time job", "college"),
    page(
        "https://www.collegeessayguy.com/blog/common-app-activities-list",
        "How to Write the Common App Activities List | College Essay Guy",
        "college",
    ),
    day("8 21:00"),
    search(GOOGLE, "ap calc ab unit 5 test review mean value theorem", "calc"),
    page(
        "https://library.fiveable.me/ap-calc/unit-5",
        "AP Calc Unit 5 Review: Analytical Applications of Differentiation | Fiveable",
        "calc",
    ),
    day("9 16:10"),
    *social(),
    *video_home(),
    day("9 19:00"),
    search(BING, "boutonniere to match sage green corsage", "prom"),
    page(
        "https://www.theknot.com/content/prom-corsage-and-boutonniere-ideas",
        "Prom Corsage and Boutonniere Ideas | The Knot",
        "prom",
    ),
    day("10 16:00"),
    *social(),
    day("10 17:00"),
    search(BING, "what documents to bring to driving test texas under 18", "driving"),
    page(
        "https://www.dps.texas.gov/section/driver-license/how-apply-texas-driver-license-teen",
        "How to Apply for a Texas Driver License as a Teen | Department of Public Safety",
        "driving",
    ),
]
