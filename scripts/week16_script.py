"""A father's ten days in Columbus, Ohio: a used minivan to buy, water in the basement after
a storm, practice plans for his daughter's under-10 soccer team, the daughter's ear
infection, Spanish learned with an app, and a wedding anniversary weekend in the Hocking
Hills. Habits: mail, sports news, the local paper, video. Written in the twelfth session,
after its change for a person's own town, and scored before any change for it: the city in
searches of several tasks ("columbus"), words shared across tasks ("pump" for the sump and
nothing else, "practice" for soccer and Spanish, "water" for the basement and a hot tub),
searches on Google, Bing and DuckDuckGo, in-site searches (Amazon, YouTube, a car site),
tabs from results. Used by make_week_history.py (``week16``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
AZ = "https://www.amazon.com"
CG = "https://www.cargurus.com"


def mail() -> list[Step]:
    return [("goto", "https://outlook.live.com/mail/0/", "Mail - Dan Kowalski - Outlook", None)]


def sports() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def paper() -> list[Step]:
    return [("goto", "https://www.dispatch.com/", "The Columbus Dispatch", None)]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *sports(),
    day("1 07:05"),
    search(GOOGLE, "water in basement after heavy rain where is it coming from", "basement"),
    (
        "via",
        "https://www.familyhandyman.com/article/wet-basement-causes/",
        "Wet Basement? Here's How to Find the Source | Family Handyman",
        "basement",
    ),
    (
        "tab",
        "https://www.thisoldhouse.com/basements/21015106/how-to-waterproof-a-basement",
        "How to Waterproof a Basement | This Old House",
        "basement",
    ),
    ("close", "", "", "basement"),
    search(GOOGLE, "sump pump not turning on float switch", "basement"),
    (
        "click",
        "https://www.familyhandyman.com/article/sump-pump-not-working/",
        "Sump Pump Not Working? 7 Reasons Why | Family Handyman",
        "basement",
    ),
    day("1 12:30"),
    search(BING, "used honda odyssey vs toyota sienna reliability", "van"),
    (
        "click",
        "https://www.caranddriver.com/features/a39920431/honda-odyssey-vs-toyota-sienna/",
        "Honda Odyssey vs. Toyota Sienna: Which Minivan Is Best? | Car and Driver",
        "van",
    ),
    (
        "tab",
        "https://www.consumerreports.org/cars/minivans/used-minivan-reliability/",
        "Most Reliable Used Minivans | Consumer Reports",
        "van",
    ),
    day("1 20:15"),
    search(GOOGLE, "u10 soccer practice plan 60 minutes", "soccer"),
    (
        "via",
        "https://www.soccerdrive.com/u10-soccer-practice-plans/",
        "U10 Soccer Practice Plans: 60-Minute Sessions | SoccerDrive",
        "soccer",
    ),
    (
        "tab",
        "https://www.usyouthsoccer.org/coaching/u10-session-plans",
        "U10 Session Plans | US Youth Soccer",
        "soccer",
    ),
    ("close", "", "", "soccer"),
    *video(),
    day("2 06:35"),
    *mail(),
    *paper(),
    day("2 07:00"),
    search(GOOGLE, "child ear infection no fever still pulling ear", "ear"),
    (
        "via",
        "https://www.healthychildren.org/English/health-issues/conditions/ear-nose-throat/Pages/Ear-Infection-Information.aspx",
        "Ear Infection Information - HealthyChildren.org",
        "ear",
    ),
    search(GOOGLE, "pediatric urgent care columbus ohio open now", "ear"),
    (
        "click",
        "https://www.nationwidechildrens.org/find-a-service/urgent-care",
        "Urgent Care | Nationwide Children's Hospital",
        "ear",
    ),
    day("2 13:10"),
    (
        "goto",
        f"{CG}/Cars/l-Used-Honda-Odyssey-Columbus-d5",
        "Used Honda Odyssey for Sale in Columbus, OH - CarGurus",
        "van",
    ),
    (
        "click",
        f"{CG}/Cars/inventorylisting/viewDetailsFilterViewInventoryListing.action?listingId=348812201",
        "2019 Honda Odyssey EX-L for sale - CarGurus",
        "van",
    ),
    (
        "tab",
        "https://www.carfax.com/vehicle/5FNRL6H72KB004512",
        "CARFAX Vehicle History Report 2019 Honda Odyssey",
        "van",
    ),
    ("close", "", "", "van"),
    day("2 21:00"),
    search(DDG, "duolingo vs babbel for adults learning spanish", "spanish"),
    (
        "click",
        "https://www.pcmag.com/comparisons/babbel-vs-duolingo",
        "Babbel vs. Duolingo: Which Language App Is Best? | PCMag",
        "spanish",
    ),
    day("3 06:45"),
    *mail(),
    *sports(),
    day("3 12:15"),
    search(GOOGLE, "basement waterproofing cost columbus ohio", "basement"),
    (
        "via",
        "https://www.homeadvisor.com/cost/basements/waterproof-a-basement/",
        "2026 Basement Waterproofing Costs | HomeAdvisor",
        "basement",
    ),
    search(GOOGLE, "hocking hills cabins with hot tub october", "trip"),
    (
        "via",
        "https://www.explorehockinghills.com/lodging/cabins/",
        "Cabins | Explore Hocking Hills",
        "trip",
    ),
    (
        "tab",
        "https://www.airbnb.com/hocking-hills-ohio/stays/cabins",
        "Hocking Hills Cabin Rentals - Airbnb",
        "trip",
    ),
    ("close", "", "", "trip"),
    day("3 19:40"),
    (
        "goto",
        f"{YT}/results?search_query=u10+soccer+passing+drills",
        "u10 soccer passing drills - YouTube",
        "soccer",
    ),
    (
        "click",
        f"{YT}/watch?v=SocDrl0010",
        "5 Passing Drills for U10 Players | Soccer Coaching - YouTube",
        "soccer",
    ),
    search(GOOGLE, "7v7 formation for 9 year olds 2-3-1", "soccer"),
    (
        "click",
        "https://www.soccercoachweekly.net/7v7-formations/",
        "Best 7v7 Formations for Youth Soccer | Soccer Coach Weekly",
        "soccer",
    ),
    day("4 06:30"),
    *mail(),
    day("4 07:10"),
    search(GOOGLE, "amoxicillin dosage for 8 year old 60 lbs", "ear"),
    (
        "via",
        "https://www.drugs.com/dosage/amoxicillin.html",
        "Amoxicillin Dosage Guide + Max Dose, Adjustments - Drugs.com",
        "ear",
    ),
    search(GOOGLE, "amoxicillin upset stomach kids with food", "ear"),
    day("4 12:40"),
    search(BING, "minivan loan rates credit union columbus", "van"),
    (
        "click",
        "https://www.kemba.org/loans/auto-loans/",
        "Auto Loans | KEMBA Financial Credit Union",
        "van",
    ),
    search(BING, "questions to ask when buying used minivan from dealer", "van"),
    (
        "click",
        "https://www.edmunds.com/car-buying/10-questions-to-ask-when-buying-a-used-car.html",
        "10 Questions to Ask When Buying a Used Car | Edmunds",
        "van",
    ),
    day("4 21:05"),
    search(DDG, "spanish preterite vs imperfect explained simply", "spanish"),
    (
        "click",
        "https://www.spanishdict.com/guide/preterite-vs-imperfect",
        "Preterite vs. Imperfect in Spanish | SpanishDict",
        "spanish",
    ),
    *video(),
    day("5 06:40"),
    *mail(),
    *paper(),
    day("5 12:20"),
    (
        "goto",
        f"{AZ}/s?k=sump+pump+battery+backup",
        "Amazon.com : sump pump battery backup",
        "basement",
    ),
    (
        "click",
        f"{AZ}/Wayne-ESP25-Battery-Backup-System/dp/B003XF5NNC",
        "Wayne ESP25 Battery Backup Sump Pump System - Amazon.com",
        "basement",
    ),
    search(GOOGLE, "how long does a sump pump last", "basement"),
    day("5 18:30"),
    search(GOOGLE, "soccer practice rain plan indoor drills small gym", "soccer"),
    (
        "via",
        "https://www.soccerdrive.com/indoor-soccer-drills/",
        "Indoor Soccer Drills for Small Spaces | SoccerDrive",
        "soccer",
    ),
    day("6 09:30"),
    *sports(),
    search(GOOGLE, "best restaurants near hocking hills anniversary dinner", "trip"),
    (
        "via",
        "https://www.tripadvisor.com/Restaurants-g50533-Logan_Hocking_County_Ohio.html",
        "THE 10 BEST Restaurants in Logan (Updated 2026) - Tripadvisor",
        "trip",
    ),
    search(GOOGLE, "ash cave old mans cave easy hike", "trip"),
    (
        "click",
        "https://www.alltrails.com/trail/us/ohio/old-mans-cave-trail",
        "Old Man's Cave Trail, Ohio - 1,203 Reviews, Map | AllTrails",
        "trip",
    ),
    day("6 14:00"),
    search(GOOGLE, "2019 honda odyssey transmission problems", "van"),
    (
        "via",
        "https://www.carcomplaints.com/Honda/Odyssey/2019/transmission/",
        "2019 Honda Odyssey Transmission Problems | CarComplaints.com",
        "van",
    ),
    (
        "tab",
        "https://www.reddit.com/r/HondaOdyssey/comments/10kx2pa/2019_transmission_shudder/",
        "2019 transmission shudder - worth worrying? : r/HondaOdyssey",
        "van",
    ),
    ("close", "", "", "van"),
    day("7 07:00"),
    *mail(),
    search(GOOGLE, "ear infection antibiotics not working after 3 days", "ear"),
    (
        "via",
        "https://www.mayoclinic.org/diseases-conditions/ear-infections/diagnosis-treatment/drc-20351622",
        "Ear infection (middle ear) - Diagnosis and treatment - Mayo Clinic",
        "ear",
    ),
    day("7 12:30"),
    search(DDG, "basement waterproofing companies columbus reviews", "basement"),
    (
        "click",
        "https://www.angi.com/companylist/us/oh/columbus/basement-waterproofing.htm",
        "Best Basement Waterproofing Companies in Columbus, OH | Angi",
        "basement",
    ),
    search(DDG, "interior french drain vs exterior waterproofing", "basement"),
    day("7 21:10"),
    search(GOOGLE, "spanish listening practice podcast beginner", "spanish"),
    (
        "via",
        "https://www.coffeebreaklanguages.com/coffeebreakspanish/",
        "Coffee Break Spanish | Coffee Break Languages",
        "spanish",
    ),
    day("8 06:50"),
    *mail(),
    *paper(),
    day("8 18:00"),
    search(GOOGLE, "how to teach 9 year olds to defend 1v1", "soccer"),
    (
        "click",
        "https://www.soccercoachweekly.net/1v1-defending-drills/",
        "1v1 Defending Drills for Kids | Soccer Coach Weekly",
        "soccer",
    ),
    day("9 10:00"),
    search(BING, "toyota sienna 2018 for sale columbus ohio under 25000", "van"),
    (
        "click",
        f"{CG}/Cars/l-Used-Toyota-Sienna-Columbus-d2137",
        "Used Toyota Sienna for Sale in Columbus, OH - CarGurus",
        "van",
    ),
    search(BING, "pre purchase inspection near me cost", "van"),
    day("9 15:30"),
    search(GOOGLE, "hocking hills cabin cancellation policy pet friendly", "trip"),
    (
        "click",
        "https://www.cabinsofhockinghills.com/policies",
        "Policies | Cabins of Hocking Hills",
        "trip",
    ),
    *video(),
    day("10 06:45"),
    *mail(),
    *sports(),
    day("10 20:30"),
    search(DDG, "spanish ser vs estar quiz", "spanish"),
    (
        "click",
        "https://www.spanishdict.com/quizzes/46/ser-vs-estar",
        "Ser vs. Estar Quiz | SpanishDict",
        "spanish",
    ),
    search(GOOGLE, "kids ear tubes when recommended how many infections", "ear"),
    (
        "via",
        "https://www.healthychildren.org/English/health-issues/conditions/ear-nose-throat/Pages/Ear-Tubes.aspx",
        "Ear Tubes - HealthyChildren.org",
        "ear",
    ),
]
