"""A history teacher's ten days in Melbourne: a home battery for the solar panels, a Cold
War unit for Year 10, an old dog's diabetes, a school-holiday trip to Japan with the kids,
an e-bike to ride to school, and a best man's speech for a brother's wedding. Habits: mail,
the ABC's news, a forum, video. Written in the thirteenth session, after its change to
gathering, and scored before any change for it: the person's own city in searches of
several tasks ("melbourne"), words shared across tasks ("battery" for the house and the
e-bike, "rebate" for both, "speech" for the wedding and for Kennedy in Berlin, "plan" for
lessons and for the trip, "kids" for the trip and the class), side steps that name no task
("glucometer strips bulk", "pocket wifi rental", "cue cards size"), searches on Google,
Bing and DuckDuckGo, in-site searches (YouTube, a shop), tabs from results. Used by
make_week_history.py (``week19``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, forum, search, video_home

YT = "https://www.youtube.com"
SV = "https://www.solar.vic.gov.au"
JG = "https://www.japan-guide.com/e"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (7) - tom.keane@example.com - Gmail",
            None,
        )
    ]


def abc() -> list[Step]:
    return [
        (
            "goto",
            "https://www.abc.net.au/news",
            "ABC News (Australian Broadcasting Corporation)",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *abc(),
    day("1 15:40"),
    search(GOOGLE, "year 10 cold war unit plan victorian curriculum", "class"),
    (
        "via",
        "https://www.historyskills.com/classroom-ideas/cold-war-unit/",
        "Cold War unit of work for Year 10 | History Skills",
        "class",
    ),
    (
        "tab",
        "https://www.vcaa.vic.edu.au/curriculum/history/year-10",
        "History Level 10 - Victorian Curriculum",
        "class",
    ),
    ("close", "", "", "class"),
    search(GOOGLE, "cuban missile crisis primary sources for students", "class"),
    (
        "click",
        "https://www.jfklibrary.org/learn/education/teachers/curricular-resources/cuban-missile-crisis",
        "The Cuban Missile Crisis: primary sources | JFK Library",
        "class",
    ),
    day("1 20:10"),
    search(DDG, "home battery rebate victoria 2026", "solar"),
    (
        "click",
        f"{SV}/solar-battery-rebate",
        "Solar Battery Rebate | Solar Victoria",
        "solar",
    ),
    search(DDG, "tesla powerwall 3 vs alpha ess smile price", "solar"),
    (
        "click",
        "https://www.solarquotes.com.au/battery-storage/powerwall-vs-alpha/",
        "Tesla Powerwall 3 vs AlphaESS SMILE: which battery? | SolarQuotes",
        "solar",
    ),
    *forum(),
    day("2 07:40"),
    *mail(),
    day("2 12:30"),
    search(GOOGLE, "dog diabetes insulin dose caninsulin", "vet"),
    (
        "via",
        "https://www.vetwest.com.au/pet-library/diabetes-in-dogs",
        "Diabetes in dogs | Vetwest Animal Hospitals",
        "vet",
    ),
    (
        "tab",
        "https://www.msd-animal-health.com.au/caninsulin/dosing",
        "Caninsulin dosing guide | MSD Animal Health",
        "vet",
    ),
    ("close", "", "", "vet"),
    day("2 19:45"),
    search(GOOGLE, "best man speech structure how long", "speech"),
    (
        "click",
        "https://www.easyweddings.com.au/articles/best-man-speech/",
        "How to Write a Best Man Speech | Easy Weddings",
        "speech",
    ),
    search(GOOGLE, "funny opening lines best man speech brother", "speech"),
    (
        "via",
        "https://www.hitched.co.uk/wedding-planning/speeches/best-man-speech-jokes/",
        "Best Man Speech Jokes and Opening Lines | hitched.co.uk",
        "speech",
    ),
    day("3 07:35"),
    *mail(),
    *abc(),
    day("3 12:45"),
    search(BING, "japan with kids itinerary 2 weeks tokyo kyoto", "japan"),
    (
        "click",
        f"{JG}/e2275.html",
        "Japan with Kids: a two-week itinerary | japan-guide.com",
        "japan",
    ),
    search(BING, "jr pass worth it 2026 family", "japan"),
    (
        "click",
        "https://www.jrailpass.com/blog/is-the-jr-pass-worth-it",
        "Is the Japan Rail Pass Worth It in 2026? | JRailPass",
        "japan",
    ),
    day("3 16:00"),
    search(DDG, "e-bike for commuting 15km hills", "ebike"),
    (
        "click",
        "https://www.bicycling.com/bikes-gear/a25870024/best-commuter-ebikes/",
        "The Best Commuter E-Bikes for 2026 | Bicycling",
        "ebike",
    ),
    search(DDG, "bosch vs shimano e-bike motor", "ebike"),
    (
        "click",
        "https://www.ebiketips.co.uk/buyers-guide/bosch-vs-shimano-motors",
        "Bosch vs Shimano: which e-bike motor is best? | ebiketips",
        "ebike",
    ),
    day("4 07:40"),
    *mail(),
    day("4 15:30"),
    search(GOOGLE, "kennedy ich bin ein berliner speech transcript", "class"),
    (
        "via",
        "https://www.jfklibrary.org/archives/other-resources/john-f-kennedy-speeches/berlin-w-germany-19630626",
        "Remarks at the Rudolph Wilde Platz, Berlin, 26 June 1963 | JFK Library",
        "class",
    ),
    search(GOOGLE, "cold war kahoot quiz year 10", "class"),
    (
        "click",
        "https://create.kahoot.it/search?query=cold+war",
        "Cold War quizzes - Kahoot!",
        "class",
    ),
    day("4 20:00"),
    search(GOOGLE, "blood glucose curve dog at home how to", "vet"),
    (
        "click",
        "https://www.aaha.org/resources/diabetes-management-guidelines/glucose-curve/",
        "Performing a blood glucose curve at home | AAHA",
        "vet",
    ),
    search(GOOGLE, "glucometer strips bulk", "vet"),
    *video_home(),
    day("5 07:30"),
    *mail(),
    *abc(),
    day("5 12:10"),
    search(GOOGLE, "solar battery installers melbourne reviews", "solar"),
    (
        "via",
        "https://www.solarquotes.com.au/installers/vic/melbourne/",
        "Solar and battery installers in Melbourne: reviews | SolarQuotes",
        "solar",
    ),
    search(GOOGLE, "how big a battery do i need 6.6kw solar", "solar"),
    (
        "click",
        "https://www.choice.com.au/home-improvement/energy-saving/solar/articles/battery-size",
        "What size home battery do you need? | CHOICE",
        "solar",
    ),
    day("5 19:30"),
    (
        "goto",
        f"{YT}/results?search_query=tokyo+disneysea+with+kids+tips",
        "tokyo disneysea with kids tips - YouTube",
        "japan",
    ),
    (
        "click",
        f"{YT}/watch?v=DisneySea4k",
        "Tokyo DisneySea with Kids: 20 Tips - YouTube",
        "japan",
    ),
    search(BING, "family room ryokan kyoto", "japan"),
    (
        "click",
        "https://www.booking.com/ryokans/city/jp/kyoto.html",
        "Ryokans in Kyoto - Booking.com",
        "japan",
    ),
    search(BING, "pocket wifi rental", "japan"),
    day("6 09:00"),
    search(DDG, "ebike shops melbourne test ride", "ebike"),
    (
        "click",
        "https://www.ebikes.com.au/pages/test-ride",
        "Book a test ride | Melbourne e-bikes",
        "ebike",
    ),
    search(DDG, "e-bike battery range winter", "ebike"),
    (
        "click",
        "https://www.bosch-ebike.com/en/service/range-assistant",
        "Range assistant | Bosch eBike Systems",
        "ebike",
    ),
    day("6 14:00"),
    search(GOOGLE, "best man speech stories about brother childhood", "speech"),
    (
        "click",
        "https://www.brides.com/best-man-speech-examples-5094372",
        "21 Best Man Speech Examples to Inspire You | Brides",
        "speech",
    ),
    day("6 21:00"),
    *forum(),
    day("7 07:45"),
    *mail(),
    day("7 12:20"),
    search(GOOGLE, "hills science diet w/d vs royal canin diabetic dog", "vet"),
    (
        "via",
        "https://www.petbarn.com.au/blog/diabetic-dog-food",
        "Best food for diabetic dogs | Petbarn",
        "vet",
    ),
    search(GOOGLE, "vet internal medicine specialist melbourne", "vet"),
    (
        "click",
        "https://www.melbvet.com.au/internal-medicine",
        "Internal Medicine | Melbourne Veterinary Specialist Centre",
        "vet",
    ),
    day("7 16:10"),
    search(BING, "space race lesson ideas high school", "class"),
    (
        "click",
        "https://www.nasa.gov/learning-resources/space-race-lessons/",
        "The Space Race: lessons for high school | NASA",
        "class",
    ),
    day("8 07:40"),
    *mail(),
    *abc(),
    day("8 13:00"),
    search(GOOGLE, "solar battery feed in tariff changes victoria", "solar"),
    (
        "click",
        "https://www.esc.vic.gov.au/electricity-and-gas/prices-tariffs-and-benchmarks/minimum-feed-tariff",
        "Minimum feed-in tariff | Essential Services Commission",
        "solar",
    ),
    day("8 19:40"),
    search(BING, "tokyo hotel for family of 5", "japan"),
    (
        "click",
        "https://www.tripadvisor.com.au/Hotels-g298184-zfp5-Tokyo-Family-Hotels.html",
        "Family hotels in Tokyo - Tripadvisor",
        "japan",
    ),
    search(BING, "japan school holidays crowds april", "japan"),
    (
        "click",
        f"{JG}/e2282.html",
        "Golden Week and spring holidays: when to avoid crowds | japan-guide.com",
        "japan",
    ),
    day("9 10:00"),
    search(DDG, "e-bike rebate victoria", "ebike"),
    (
        "click",
        "https://www.bicyclenetwork.com.au/newsroom/ebike-incentives/",
        "Are there e-bike rebates in Victoria? | Bicycle Network",
        "ebike",
    ),
    search(DDG, "riese muller vs trek allant+ commuter", "ebike"),
    day("9 15:30"),
    search(GOOGLE, "how to end a best man speech toast", "speech"),
    (
        "click",
        "https://www.theknot.com/content/how-to-end-a-best-man-speech",
        "How to End a Best Man Speech | The Knot",
        "speech",
    ),
    search(GOOGLE, "cue cards size", "speech"),
    day("10 07:30"),
    *mail(),
    day("10 15:50"),
    search(GOOGLE, "cold war assessment task source analysis year 10", "class"),
    (
        "via",
        "https://www.historyskills.com/source-analysis/cold-war-sources/",
        "Cold War source analysis task | History Skills",
        "class",
    ),
    day("10 20:15"),
    search(GOOGLE, "dog insulin pen vs syringe", "vet"),
    (
        "click",
        "https://www.vetsulin.com/pet-owners/vetpen",
        "VetPen insulin pen for dogs | Vetsulin",
        "vet",
    ),
    *video_home(),
]
