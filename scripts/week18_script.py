"""An HR manager's ten days in Manchester: a first sprint triathlon, old floorboards sanded
and oiled, a February trip to Iceland, a staff engagement survey at work, a daughter's
university applications, and a first ukulele. Habits: mail, BBC news, a forum, video,
LinkedIn. Written in the thirteenth session and scored before any change for it: the
person's own city in searches of four tasks ("manchester"), words shared across tasks
("transition" for the race and a door's threshold strip, "open" water and "open" days,
"statement" for a personal statement, "lights" of the north and of a bike, "finish" of a
floor and of a race), side steps that name no task ("anti chafe balm", "kneeling pads",
"ice cleats for walking boots"), searches on Google, Bing and DuckDuckGo, in-site searches
(YouTube, Amazon), tabs from results. Used by make_week_history.py (``week18``); steps as
in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, forum, search, video_home

YT = "https://www.youtube.com"
AZ = "https://www.amazon.co.uk"
TRI = "https://www.220triathlon.com"
UCAS = "https://www.ucas.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://outlook.office.com/mail/",
            "Mail - Helen Walsh - Outlook",
            None,
        )
    ]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def linkedin() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


STEPS: list[Step] = [
    day("1 07:50"),
    *mail(),
    *bbc(),
    day("1 09:10"),
    *linkedin(),
    search(GOOGLE, "employee engagement survey questions examples", "survey"),
    (
        "via",
        "https://www.cipd.org/uk/knowledge/guides/employee-engagement-surveys/",
        "Employee engagement surveys: a guide | CIPD",
        "survey",
    ),
    (
        "tab",
        "https://www.qualtrics.com/blog/employee-engagement-survey-questions/",
        "45 Employee Engagement Survey Questions to Ask | Qualtrics",
        "survey",
    ),
    ("close", "", "", "survey"),
    search(GOOGLE, "microsoft forms anonymous responses setting", "survey"),
    (
        "click",
        "https://support.microsoft.com/en-us/office/anonymous-responses-in-microsoft-forms",
        "Make a form anonymous in Microsoft Forms - Microsoft Support",
        "survey",
    ),
    day("1 12:40"),
    search(DDG, "sprint triathlon training plan 12 weeks beginner", "triathlon"),
    (
        "click",
        f"{TRI}/training/training-plans/12-week-sprint-triathlon-plan-for-beginners",
        "12-week sprint triathlon training plan for beginners - 220 Triathlon",
        "triathlon",
    ),
    search(DDG, "open water swimming manchester salford quays", "triathlon"),
    (
        "click",
        "https://www.openwaterswimmanchester.co.uk/sessions",
        "Sessions | Open Water Swim Manchester",
        "triathlon",
    ),
    day("1 20:15"),
    search(GOOGLE, "sanding old pine floorboards diy", "floor"),
    (
        "via",
        "https://www.diydoctor.org.uk/projects/sanding-floorboards.htm",
        "How to Sand Floorboards | DIY Doctor",
        "floor",
    ),
    (
        "tab",
        "https://www.youtube.com/watch?v=SandFl00r01",
        "How to sand floorboards like a pro - YouTube",
        "floor",
    ),
    ("close", "", "", "floor"),
    *forum(),
    day("2 07:45"),
    *mail(),
    day("2 10:30"),
    search(BING, "ucas personal statement tips 2027 entry", "uni"),
    (
        "click",
        f"{UCAS}/undergraduate/applying-university/writing-your-personal-statement",
        "Writing your personal statement | UCAS",
        "uni",
    ),
    search(BING, "durham university open day dates", "uni"),
    (
        "click",
        "https://www.durham.ac.uk/study/undergraduate/visit-us/open-days/",
        "Open Days - Durham University",
        "uni",
    ),
    day("2 13:05"),
    search(GOOGLE, "enps score how to calculate", "survey"),
    (
        "click",
        "https://www.cultureamp.com/blog/what-is-enps",
        "What is eNPS? Calculating employee net promoter score | Culture Amp",
        "survey",
    ),
    day("2 19:30"),
    search(GOOGLE, "northern lights iceland february chances", "iceland"),
    (
        "via",
        "https://guidetoiceland.is/best-of-iceland/northern-lights-forecast",
        "Northern Lights Forecast in Iceland | Guide to Iceland",
        "iceland",
    ),
    search(GOOGLE, "flights manchester to reykjavik february", "iceland"),
    (
        "click",
        "https://www.skyscanner.net/routes/man/kefl/manchester-to-reykjavik-keflavik.html",
        "Cheap flights from Manchester to Reykjavik Keflavik | Skyscanner",
        "iceland",
    ),
    *video_home(),
    day("3 07:50"),
    *mail(),
    *bbc(),
    day("3 12:30"),
    (
        "goto",
        f"{YT}/results?search_query=ukulele+first+lesson",
        "ukulele first lesson - YouTube",
        "ukulele",
    ),
    (
        "click",
        f"{YT}/watch?v=Uk3FirstLsn",
        "Your Very First Ukulele Lesson - 4 Easy Chords - YouTube",
        "ukulele",
    ),
    search(GOOGLE, "soprano vs concert ukulele for adult beginner", "ukulele"),
    (
        "via",
        "https://www.ukuleleworld.co.uk/soprano-or-concert",
        "Soprano or Concert? Choosing Your First Ukulele | Ukulele World",
        "ukulele",
    ),
    day("3 18:00"),
    search(GOOGLE, "floor sander hire manchester drum sander", "floor"),
    (
        "click",
        "https://www.hss.com/hire/p/floor-sander",
        "Floor Sander Hire | HSS Hire",
        "floor",
    ),
    search(GOOGLE, "what grit to start sanding floorboards", "floor"),
    (
        "via",
        "https://www.bona.com/en-gb/professional/sanding/sanding-sequence/",
        "Sanding sequence: which grit to use | Bona",
        "floor",
    ),
    day("4 08:00"),
    *mail(),
    *linkedin(),
    day("4 09:40"),
    search(GOOGLE, "engagement survey communication email to staff template", "survey"),
    (
        "click",
        "https://www.peoplegoal.com/blog/employee-survey-announcement-email",
        "How to Announce an Employee Survey: Email Templates | PeopleGoal",
        "survey",
    ),
    day("4 12:50"),
    search(DDG, "triathlon transition tips t1 t2 beginners", "triathlon"),
    (
        "click",
        f"{TRI}/training/skills/transition-tips-for-beginners",
        "Triathlon transition: 10 tips for beginners - 220 Triathlon",
        "triathlon",
    ),
    search(DDG, "wetsuit hire for triathlon season uk", "triathlon"),
    (
        "click",
        "https://www.wetsuithire.co.uk/triathlon-wetsuit-hire",
        "Triathlon Wetsuit Hire - Season Rental | Wetsuit Hire UK",
        "triathlon",
    ),
    day("4 20:10"),
    search(BING, "student finance england household income threshold", "uni"),
    (
        "click",
        "https://www.gov.uk/student-finance/household-income",
        "Student finance: Household income - GOV.UK",
        "uni",
    ),
    search(BING, "leeds vs durham psychology league table", "uni"),
    (
        "click",
        "https://www.thecompleteuniversityguide.co.uk/league-tables/rankings/psychology",
        "Psychology - Top UK University Subject Tables and Rankings 2027",
        "uni",
    ),
    day("5 07:45"),
    *mail(),
    *bbc(),
    day("5 12:15"),
    search(GOOGLE, "iceland ring road in winter car hire 4x4 needed", "iceland"),
    (
        "via",
        "https://www.blueacarrental.is/blog/driving-in-iceland-in-winter",
        "Driving in Iceland in Winter: Is a 4x4 Necessary? | Blue Car Rental",
        "iceland",
    ),
    search(GOOGLE, "blue lagoon tickets comfort vs premium", "iceland"),
    (
        "click",
        "https://www.bluelagoon.com/day-visit",
        "Day visit | Blue Lagoon Iceland",
        "iceland",
    ),
    day("5 19:45"),
    ("goto", f"{AZ}/s?k=ukulele+clip+on+tuner", "Amazon.co.uk : ukulele clip on tuner", "ukulele"),
    (
        "click",
        f"{AZ}/Snark-SN6X-Clip-Tuner-Ukulele/dp/B01H74YV56",
        "Snark SN6X Clip-On Tuner for Ukulele : Amazon.co.uk: Musical Instruments",
        "ukulele",
    ),
    *video_home(),
    day("6 09:30"),
    search(GOOGLE, "hardwax oil vs lacquer floorboards hallway", "floor"),
    (
        "via",
        "https://www.osmouk.com/faqs/hardwax-oil-or-varnish",
        "Hardwax-Oil or varnish? | Osmo UK",
        "floor",
    ),
    search(GOOGLE, "filling gaps between floorboards draught", "floor"),
    (
        "click",
        "https://www.draughtex.co.uk/how-to-fill-gaps-between-floorboards",
        "How to Fill Gaps Between Floorboards | DraughtEx",
        "floor",
    ),
    search(GOOGLE, "kneeling pads for long jobs", "floor"),
    day("6 14:00"),
    search(DDG, "road bike for first triathlon under 800", "triathlon"),
    (
        "click",
        f"{TRI}/gear/bikes/best-budget-triathlon-bikes",
        "Best budget bikes for triathlon | 220 Triathlon",
        "triathlon",
    ),
    search(DDG, "anti chafe balm", "triathlon"),
    day("6 20:30"),
    *forum(),
    day("7 08:00"),
    *mail(),
    day("7 10:20"),
    search(GOOGLE, "survey response rate good benchmark internal", "survey"),
    (
        "via",
        "https://www.cipd.org/uk/views-and-insights/thought-leadership/response-rates/",
        "What is a good survey response rate? | CIPD",
        "survey",
    ),
    search(GOOGLE, "power bi dashboard survey results by department", "survey"),
    (
        "click",
        "https://learn.microsoft.com/en-us/power-bi/create-reports/sample-employee-survey",
        "Employee survey sample for Power BI - Microsoft Learn",
        "survey",
    ),
    day("7 18:40"),
    search(BING, "personal statement psychology opening sentence examples", "uni"),
    (
        "click",
        "https://www.thestudentroom.co.uk/psychology-personal-statement-examples",
        "Psychology Personal Statement Examples | The Student Room",
        "uni",
    ),
    search(BING, "halls of residence costs durham catered", "uni"),
    day("8 07:50"),
    *mail(),
    *bbc(),
    day("8 12:20"),
    search(GOOGLE, "what to wear in iceland in february layers", "iceland"),
    (
        "via",
        "https://www.iceland.is/the-big-picture/nature-geography/climate",
        "Weather and climate in Iceland | Iceland.is",
        "iceland",
    ),
    search(GOOGLE, "ice cleats for walking boots", "iceland"),
    (
        "click",
        f"{AZ}/Yaktrax-Walk-Traction-Cleats/dp/B001E5E6AE",
        "Yaktrax Walk Traction Cleats : Amazon.co.uk: Sports & Outdoors",
        "iceland",
    ),
    day("8 20:00"),
    (
        "goto",
        f"{YT}/results?search_query=ukulele+strumming+patterns",
        "ukulele strumming patterns - YouTube",
        "ukulele",
    ),
    (
        "click",
        f"{YT}/watch?v=Strum4Uk2",
        "5 Strumming Patterns Every Ukulele Player Should Know - YouTube",
        "ukulele",
    ),
    search(GOOGLE, "ukulele lessons for adults manchester", "ukulele"),
    (
        "click",
        "https://www.manchesterukeclub.co.uk/beginners",
        "Beginners' Nights | Manchester Ukulele Club",
        "ukulele",
    ),
    day("9 09:15"),
    *linkedin(),
    search(DDG, "brick triathlon session bike to run", "triathlon"),
    (
        "click",
        f"{TRI}/training/bike-training/what-is-a-brick-session",
        "What is a brick session and how to do one - 220 Triathlon",
        "triathlon",
    ),
    search(DDG, "sprint triathlon cheshire june 2027", "triathlon"),
    (
        "click",
        "https://www.findarace.com/triathlons/cheshire",
        "Triathlons in Cheshire 2027 | Find a Race",
        "triathlon",
    ),
    day("9 16:30"),
    search(GOOGLE, "door threshold strip between floorboards and tiles", "floor"),
    (
        "via",
        "https://www.screwfix.com/c/flooring/door-bars-thresholds/cat830996",
        "Door Bars & Thresholds | Screwfix.com",
        "floor",
    ),
    day("10 07:55"),
    *mail(),
    *bbc(),
    day("10 11:00"),
    search(BING, "ucas reference deadline school january", "uni"),
    (
        "click",
        f"{UCAS}/undergraduate/applying-university/writing-references",
        "Writing references | UCAS",
        "uni",
    ),
    day("10 13:30"),
    search(GOOGLE, "presenting engagement survey results to leadership", "survey"),
    (
        "click",
        "https://www.cultureamp.com/blog/presenting-survey-results",
        "How to present engagement survey results to leaders | Culture Amp",
        "survey",
    ),
    day("10 19:10"),
    search(GOOGLE, "reykjavik hotel with free parking downtown", "iceland"),
    (
        "click",
        "https://www.booking.com/city/is/reykjavik.html",
        "Hotels in Reykjavik - Booking.com",
        "iceland",
    ),
    *video_home(),
]
