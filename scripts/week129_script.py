"""A chemistry teacher's ten days in Glasgow, on her laptop at home, written in the
thirty-fifth session after its step 69 and scored before any change for it: a titration
practical's risk assessment for her S4 class, a cottage for a week on Skye, her boiler
replaced, training for the Great Scottish Run, her son's provisional driving licence and
first lessons, and a bike-to-work scheme. Between them she reads BBC News and the Herald,
and watches running videos from YouTube's front page. Outlook is opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week129``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, news, outlook_message, page, search, video_home

OUTLOOK = "https://outlook.live.com/mail/0/"
OWNER = "Fiona MacLeod"


def outlook() -> list[Step]:
    return [("goto", OUTLOOK, f"Mail - {OWNER} - Outlook", None)]


def herald() -> list[Step]:
    return [("goto", "https://www.heraldscotland.com/", "The Herald | Scotland's news", None)]


def running(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *outlook(),
    *news(),
    day("1 19:30"),
    search(GOOGLE, "titration practical risk assessment sodium hydroxide 0.1m cleapss", "lab"),
    page(
        "https://science.cleapss.org.uk/Resource/SSS033-Sodium-hydroxide.pdf",
        "Student Safety Sheet 33: Sodium hydroxide - CLEAPSS",
        "lab",
    ),
    search(GOOGLE, "s4 chemistry titration prescribed practical sqa national 5", "lab"),
    page(
        "https://www.sqa.org.uk/files_ccc/n5-chemistry-course-specification.pdf",
        "National 5 Chemistry Course Specification - SQA",
        "lab",
    ),
    day("2 07:05"),
    *outlook(),
    *herald(),
    day("2 20:00"),
    search(GOOGLE, "self catering cottage isle of skye sleeps 4 july dog friendly", "skye"),
    page(
        "https://www.sykescottages.co.uk/cottages/isle-of-skye",
        "Isle of Skye Cottages | Sykes Holiday Cottages",
        "skye",
    ),
    search(GOOGLE, "skye ferry mallaig armadale booking car", "skye"),
    page(
        "https://www.calmac.co.uk/article/2616/Mallaig-Armadale",
        "Mallaig - Armadale | CalMac Ferries",
        "skye",
    ),
    day("3 07:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AQMkADAwATM0MDAAMS1iZjA1LWQ0NGMtMDACLTAwCgBGAAAE7",
        "Your boiler quote from Warmflow Heating - Worcester Bosch 4000",
        "boiler",
    ),
    *news(),
    day("3 18:30"),
    search(BING, "worcester bosch 4000 vs 8000 combi boiler worth extra", "boiler"),
    page(
        "https://www.which.co.uk/reviews/boilers/article/worcester-bosch-boilers",
        "Worcester Bosch boilers: reliability and reviews - Which?",
        "boiler",
    ),
    search(BING, "home energy scotland boiler grant loan 2027", "boiler"),
    page(
        "https://www.homeenergyscotland.org/funding/grants-loans/",
        "Grants and loans | Home Energy Scotland",
        "boiler",
    ),
    day("3 21:00"),
    *running("rn4v1d30a", "How To Run Your First Half Marathon | Sweat Elite - YouTube"),
    search(GOOGLE, "great scottish run half marathon training plan 10 weeks", "run"),
    page(
        "https://www.greatrun.org/great-scottish-run/training/",
        "Training Plans | Great Scottish Run",
        "run",
    ),
    day("4 07:05"),
    *outlook(),
    *herald(),
    day("4 19:00"),
    search(GOOGLE, "apply provisional driving licence 17 dvla how long", "driving"),
    page(
        "https://www.gov.uk/apply-first-provisional-driving-licence",
        "Apply for your first provisional driving licence - GOV.UK",
        "driving",
    ),
    search(GOOGLE, "driving instructors glasgow southside reviews price per hour", "driving"),
    page(
        "https://www.yell.com/s/driving+schools-glasgow.html",
        "Driving Schools in Glasgow | Reviews - Yell",
        "driving",
    ),
    day("5 07:00"),
    *outlook(),
    *news(),
    day("5 13:00"),
    search(GOOGLE, "phenolphthalein vs methyl orange indicator strong acid strong base", "lab"),
    page(
        "https://www.chemguide.co.uk/physical/acidbaseeqia/indicators.html",
        "Acid-base indicators - Chemguide",
        "lab",
    ),
    day("5 20:30"),
    search(GOOGLE, "cycle to work scheme teacher glasgow city council how it works", "bike"),
    page(
        "https://www.cyclescheme.co.uk/employees/how-it-works",
        "How Cyclescheme works for employees | Cyclescheme",
        "bike",
    ),
    search(GOOGLE, "hybrid bike commuting 10 miles hills under 1000", "bike"),
    page(
        "https://www.cyclingweekly.com/group-tests/best-hybrid-bikes",
        "Best hybrid bikes 2027 | Cycling Weekly",
        "bike",
    ),
    day("6 10:00"),
    search(GOOGLE, "long run pace half marathon beginner heart rate zone 2", "run"),
    page(
        "https://www.runnersworld.com/uk/training/a776111/zone-2-training/",
        "Zone 2 training: what it is and how to do it | Runner's World UK",
        "run",
    ),
    day("6 15:00"),
    search(BING, "fairy pools skye parking busy what time", "skye"),
    page(
        "https://www.isleofskye.com/skye-guide/top-ten-skye-walks/fairy-pools",
        "The Fairy Pools, Glenbrittle | Isle of Skye Guide",
        "skye",
    ),
    day("7 07:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AQMkADAwATM0MDAAMS1iZjA1LWQ0NGMtMDACLTAwCgBGAAAE8",
        "DVLA: your provisional driving licence application has been received",
        "driving",
    ),
    *herald(),
    day("7 19:30"),
    search(BING, "combi boiler installation how long one day old system flush", "boiler"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/combi-boiler-installation-cost/",
        "Combi boiler installation cost and time | Checkatrade",
        "boiler",
    ),
    search(GOOGLE, "driving theory test practice questions free hazard perception", "driving"),
    page(
        "https://www.gov.uk/take-practice-theory-test",
        "Take a practice theory test - GOV.UK",
        "driving",
    ),
    day("8 07:05"),
    *outlook(),
    *news(),
    day("8 20:00"),
    *running("rn4v1d30b", "Half Marathon Race Day Mistakes to Avoid - YouTube"),
    search(GOOGLE, "running shoes for half marathon wide feet cushioned", "run"),
    page(
        "https://www.runrepeat.com/guides/best-running-shoes-for-wide-feet",
        "Best Running Shoes for Wide Feet | RunRepeat",
        "run",
    ),
    day("9 07:00"),
    *outlook(),
    *herald(),
    day("9 19:00"),
    search(GOOGLE, "titration results table concordant titres worksheet", "lab"),
    page(
        "https://www.rsc.org/cpd/teachers/content/filerepository/titration-worksheet.pdf",
        "Titration worksheet: concordant results - Royal Society of Chemistry",
        "lab",
    ),
    search(GOOGLE, "cyclescheme certificate redeem evans cycles glasgow", "bike"),
    page(
        "https://www.evanscycles.com/cycle-to-work",
        "Cycle to Work Scheme | Evans Cycles",
        "bike",
    ),
    day("10 07:00"),
    *outlook(),
    *news(),
    day("10 18:30"),
    search(BING, "skye cottage check in what to pack midges july", "skye"),
    page(
        "https://www.walkhighlands.co.uk/skye/midges.shtml",
        "Midges on Skye: what to pack | Walkhighlands",
        "skye",
    ),
]
