"""A sixteen-year-old's ten days in Mississauga, on her own laptop after school, written in
the thirty-seventh session and scored before any change for it: chemistry homework
(stoichiometry, limiting reagents), which universities take her for engineering, a first
part-time job, the G1 driving knowledge test, a Minecraft mod that will not load, and
learning the guitar's first chords. Between them she scrolls Instagram, watches Twitch
and YouTube from their front pages, and opens Discord. Searches go to Google, one or two
to DuckDuckGo.
Used by make_week_history.py (``week140``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, page, search, video_home


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def twitch() -> list[Step]:
    return [("goto", "https://www.twitch.tv/", "Twitch", None)]


def discord() -> list[Step]:
    return [("goto", "https://discord.com/channels/@me", "Discord", None)]


def clip(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 16:10"),
    *insta(),
    search(GOOGLE, "how to find limiting reagent step by step", "chem"),
    page(
        "https://www.khanacademy.org/science/chemistry/chemical-reactions-stoichiome/limiting-reagent-stoichiometry/a/limiting-reagents-and-percent-yield",
        "Limiting reagents and percent yield (article) | Khan Academy",
        "chem",
    ),
    search(GOOGLE, "percent yield calculation example grade 11", "chem"),
    page(
        "https://www.chem.libretexts.org/Bookshelves/Introductory_Chemistry/percent-yield",
        "Percent Yield - Chemistry LibreTexts",
        "chem",
    ),
    *discord(),
    day("1 20:30"),
    search(GOOGLE, "fabric mod not loading minecraft 1.21 crash on startup", "minecraft"),
    page(
        "https://www.reddit.com/r/fabricmc/comments/1t8x2k4/game_crashes_on_startup_after_adding_mods/",
        "Game crashes on startup after adding mods : r/fabricmc",
        "minecraft",
    ),
    *clip("cl1p000001", "I Survived 100 Days in Hardcore - YouTube"),
    day("2 16:00"),
    *insta(),
    search(GOOGLE, "jobs for 16 year olds mississauga no experience", "job"),
    page(
        "https://ca.indeed.com/q-16-year-old-l-mississauga,-on-jobs.html",
        "16 Year Old Jobs in Mississauga, ON - Indeed",
        "job",
    ),
    search(GOOGLE, "g1 test practice questions ontario free", "g1"),
    page(
        "https://www.driverprep.ca/g1-practice-test",
        "Free G1 Practice Test Ontario 2027 | DriverPrep",
        "g1",
    ),
    day("2 21:00"),
    *twitch(),
    search(DDG, "easy guitar chords for beginners songs", "guitar"),
    page(
        "https://www.justinguitar.com/guitar-lessons/beginner-guitar-course-grade-one",
        "Beginner Guitar Course | JustinGuitar.com",
        "guitar",
    ),
    day("3 16:20"),
    *discord(),
    search(GOOGLE, "waterloo engineering admission average 2027", "uni"),
    page(
        "https://uwaterloo.ca/engineering/future-undergraduate-students/admissions",
        "Admissions | Engineering | University of Waterloo",
        "uni",
    ),
    search(GOOGLE, "mcmaster vs waterloo engineering first year", "uni"),
    page(
        "https://www.reddit.com/r/OntarioGrade12s/comments/1t9c4m2/mcmaster_vs_waterloo_eng/",
        "McMaster vs Waterloo eng? : r/OntarioGrade12s",
        "uni",
    ),
    search(GOOGLE, "mass to mass stoichiometry practice problems with answers", "chem"),
    page(
        "https://www.chemteam.info/Stoichiometry/Mass-Mass.html",
        "ChemTeam: Stoichiometry: Mass-Mass Examples",
        "chem",
    ),
    day("3 21:15"),
    *clip("cl1p000002", "Ranking Every Starbucks Drink - YouTube"),
    search(GOOGLE, "fabric api version mismatch fix", "minecraft"),
    page(
        "https://fabricmc.net/wiki/install",
        "Installing Fabric - Fabric Wiki",
        "minecraft",
    ),
    page(
        "https://modrinth.com/mod/fabric-api/versions",
        "Fabric API - Versions - Modrinth",
        "minecraft",
    ),
    day("4 16:05"),
    *insta(),
    search(GOOGLE, "how to write a resume with no work experience teenager", "job"),
    page(
        "https://www.indeed.com/career-advice/resumes-cover-letters/teen-resume",
        "How To Write a Teen Resume (With Template and Example) | Indeed.com",
        "job",
    ),
    search(GOOGLE, "g1 test what to bring drivetest centre mississauga", "g1"),
    page(
        "https://www.drivetest.ca/book-a-road-test/what-to-bring.html",
        "What to Bring | DriveTest",
        "g1",
    ),
    day("4 21:40"),
    *twitch(),
    day("5 16:30"),
    *discord(),
    search(GOOGLE, "g chord hurts fingers beginner tips", "guitar"),
    page(
        "https://www.fender.com/articles/how-to/how-to-play-g-chord-on-guitar",
        "How to Play a G Chord on Guitar | Fender",
        "guitar",
    ),
    search(GOOGLE, "tim hortons application age 16 interview questions", "job"),
    page(
        "https://www.glassdoor.ca/Interview/Tim-Hortons-Team-Member-Interview-Questions-EI_IE.htm",
        "Tim Hortons Team Member Interview Questions | Glassdoor",
        "job",
    ),
    day("6 11:00"),
    *insta(),
    search(GOOGLE, "queens engineering supplementary essay examples", "uni"),
    page(
        "https://www.queensu.ca/admission/engineering/supplementary-essay",
        "Engineering Supplementary Essay | Queen's University",
        "uni",
    ),
    search(GOOGLE, "sodium lithium minecraft mods performance", "minecraft"),
    page(
        "https://modrinth.com/mod/sodium",
        "Sodium - Minecraft Mod - Modrinth",
        "minecraft",
    ),
    day("6 15:00"),
    *clip("cl1p000003", "Try Not To Laugh Challenge #42 - YouTube"),
    day("7 16:15"),
    search(GOOGLE, "theoretical yield vs actual yield lab report", "chem"),
    page(
        "https://www.thoughtco.com/theoretical-yield-definition-602125",
        "Theoretical Yield Definition in Chemistry | ThoughtCo",
        "chem",
    ),
    search(GOOGLE, "g1 road signs quiz", "g1"),
    page(
        "https://www.ontario.ca/document/official-mto-drivers-handbook/traffic-signs-and-lights",
        "Traffic signs and lights | Official MTO Driver's Handbook | ontario.ca",
        "g1",
    ),
    day("7 21:00"),
    *discord(),
    *twitch(),
    day("8 16:00"),
    *insta(),
    search(GOOGLE, "ontario university application deadline ouac 101", "uni"),
    page(
        "https://www.ouac.on.ca/101/",
        "OUAC 101 Undergraduate Applications | OUAC",
        "uni",
    ),
    search(DDG, "how to switch chords faster guitar", "guitar"),
    page(
        "https://www.youtube.com/watch?v=ch0rdsw1tc",
        "How To Change Chords FASTER - Beginner Guitar Lesson - YouTube",
        "guitar",
    ),
    day("9 16:30"),
    *discord(),
    search(GOOGLE, "mcdonalds crew member hiring age ontario apply online", "job"),
    page(
        "https://www.mcdonalds.com/ca/en-ca/careers.html",
        "Careers at McDonald's Canada",
        "job",
    ),
    search(GOOGLE, "minecraft mods folder where fabric 1.21 windows", "minecraft"),
    page(
        "https://www.reddit.com/r/fabricmc/comments/1tb2d9f/where_is_the_mods_folder/",
        "Where is the mods folder? : r/fabricmc",
        "minecraft",
    ),
    day("10 16:00"),
    *insta(),
    search(GOOGLE, "stoichiometry test review grade 11 chemistry", "chem"),
    page(
        "https://www.chemistryguru.ca/grade-11-chemistry/stoichiometry-review",
        "Grade 11 Chemistry: Stoichiometry Review | Chemistry Guru",
        "chem",
    ),
    *clip("cl1p000004", "Guess The Song Challenge - YouTube"),
]
