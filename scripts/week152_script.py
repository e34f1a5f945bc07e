"""A new father's ten days in Denver, on his laptop at home during parental leave, written
in the thirty-ninth session and scored before any change for it: a baby monitor, a
daycare place for when leave ends, sleep training, his return to work (the leave's last
day, a phased start), a convertible car seat, and a kitchen faucet that drips. Most of them
run through the same three sites (Amazon, Reddit and YouTube), and three are about the
baby. Between them he reads the Denver Post, opens Gmail and watches the Broncos.
Searches go to Google and Bing.
Used by make_week_history.py (``week152``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dan.kowalski@gmail.com"
AMZ = "https://www.amazon.com"
BTB = "https://www.reddit.com/r/beyondthebump/comments"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post: Denver news, sports, weather",
            None,
        )
    ]


def broncos(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"{YT}{video}", f"{title} - YouTube", None),
    ]


STEPS: list[Step] = [
    day("1 06:10"),
    search(GOOGLE, "best baby monitor without wifi 2027", "monitor"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-baby-monitor/",
        "The 2 Best Baby Monitors of 2027 | Reviews by Wirecutter",
        "monitor",
    ),
    page(
        f"{AMZ}/Infant-Optics-DXR-8-PRO-Interchangeable/dp/B08HQ4DKS3",
        "Amazon.com : Infant Optics DXR-8 PRO Video Baby Monitor : Baby",
        "monitor",
    ),
    day("1 14:30"),
    *post(),
    search(BING, "daycare near me infant openings denver", "daycare"),
    page(
        "https://www.care.com/day-care/denver-co",
        "Top 20 Daycare Centers in Denver, CO | Care.com",
        "daycare",
    ),
    page(
        "https://www.coloradoshines.com/search",
        "Find Child Care - Colorado Shines",
        "daycare",
    ),
    day("1 22:40"),
    search(GOOGLE, "4 month sleep regression how long", "sleep"),
    page(
        "https://www.takingcarababies.com/blog/4-month-sleep-regression",
        "The 4 Month Sleep Regression - Taking Cara Babies",
        "sleep",
    ),
    page(
        f"{BTB}/1f2a3b4/4_month_sleep_regression_is_killing_us/",
        "4 month sleep regression is killing us : r/beyondthebump",
        "sleep",
    ),
    day("2 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e0c2b71a55",
        "1830002230004",
        "Your leave ends on the 24th - next steps from HR",
        "work",
    ),
    search(GOOGLE, "colorado famli paid leave return to work part time phased", "work"),
    page(
        "https://famli.colorado.gov/individuals-and-families/returning-to-work",
        "Returning to work after FAMLI leave | FAMLI",
        "work",
    ),
    search(GOOGLE, "dripping kitchen faucet single handle moen fix", "faucet"),
    page(
        f"{YT}faucet001",
        "How to Fix a Leaking Moen Single Handle Kitchen Faucet - YouTube",
        "faucet",
    ),
    page(
        "https://www.moen.com/customer-support/maintenance-and-troubleshooting/kitchen-faucet-leaking",
        "Kitchen Faucet Leaking | Moen",
        "faucet",
    ),
    day("2 15:00"),
    search(BING, "convertible car seat small car rear facing honda civic", "carseat"),
    page(
        "https://www.babygearlab.com/topics/car-seats/best-convertible-car-seat",
        "The 7 Best Convertible Car Seats of 2027 | BabyGearLab",
        "carseat",
    ),
    page(
        f"{AMZ}/Graco-Extend2Fit-Convertible-Car-Seat/dp/B01M0YQ6KA",
        "Amazon.com : Graco Extend2Fit Convertible Car Seat, Gotham : Baby",
        "carseat",
    ),
    *broncos("bronco001", "Broncos vs. Chiefs Highlights | Week 12"),
    day("2 23:15"),
    search(GOOGLE, "ferber method 4 months too early", "sleep"),
    page(
        "https://www.healthychildren.org/English/ages-stages/baby/sleep/Pages/getting-your-baby-to-sleep.aspx",
        "Getting Your Baby to Sleep - HealthyChildren.org",
        "sleep",
    ),
    day("3 10:30"),
    *mail(),
    search(GOOGLE, "infant daycare cost denver per month 2027", "daycare"),
    page(
        "https://www.reddit.com/r/Denver/comments/1f3c4d5/infant_daycare_costs/",
        "Infant daycare costs? : r/Denver",
        "daycare",
    ),
    page(
        "https://www.brighthorizons.com/child-care-locator/denver-co",
        "Child Care Centers in Denver, CO | Bright Horizons",
        "daycare",
    ),
    *tab(
        "https://www.denverpreschoolprogram.org/",
        "Denver Preschool Program",
        "daycare",
    ),
    day("3 16:00"),
    search(BING, "nanit vs owlet vs infant optics", "monitor"),
    page(
        f"{BTB}/1f3d9e2/nanit_vs_owlet_vs_infant_optics/",
        "Nanit vs Owlet vs Infant Optics? : r/beyondthebump",
        "monitor",
    ),
    page(
        f"{YT}monitor01",
        "Nanit Pro vs Infant Optics DXR-8 Pro - Honest Review - YouTube",
        "monitor",
    ),
    day("4 08:20"),
    *post(),
    search(GOOGLE, "moen 1225 cartridge replacement stuck won't come out", "faucet"),
    page(
        f"{YT}faucet002",
        "Stuck Moen 1225 Cartridge? Here's the Trick - YouTube",
        "faucet",
    ),
    page(
        f"{AMZ}/Moen-1225-Replacement-Cartridge/dp/B000BQWSOI",
        "Amazon.com: Moen 1225 One-Handle Replacement Cartridge : Tools & Home Improvement",
        "faucet",
    ),
    day("4 13:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e0c2b71a55",
        "1830002230020",
        "Tour confirmation - Little Sprouts Early Learning (Thursday 10am)",
        "daycare",
    ),
    search(GOOGLE, "questions to ask on a daycare tour infant room", "daycare"),
    page(
        "https://www.naeyc.org/our-work/families/questions-ask-child-care",
        "Questions to ask when choosing child care | NAEYC",
        "daycare",
    ),
    day("4 22:50"),
    search(GOOGLE, "how to drop the 3am feed 4 month old", "sleep"),
    page(
        f"{BTB}/1f4e0a9/how_did_you_drop_the_night_feed/",
        "How did you drop the night feed? : r/beyondthebump",
        "sleep",
    ),
    day("5 11:00"),
    search(BING, "graco extend2fit vs chicco nextfit small sedan", "carseat"),
    page(
        f"{YT}carseat01",
        "Graco Extend2Fit vs Chicco NextFit | Car Seat Comparison - YouTube",
        "carseat",
    ),
    page(
        "https://www.reddit.com/r/CarSeats/comments/1f5a6b7/extend2fit_in_a_2019_civic/",
        "Extend2Fit in a 2019 Civic? : r/CarSeats",
        "carseat",
    ),
    day("5 15:30"),
    search(GOOGLE, "can i ask for remote days returning from paternity leave", "work"),
    page(
        "https://www.reddit.com/r/daddit/comments/1f5c0d1/returning_from_paternity_leave_asked_for_wfh/",
        "Returning from paternity leave, asked for WFH Fridays : r/daddit",
        "work",
    ),
    page(
        "https://workday.acmeco.com/d/task/2997$2051.htmld",
        "Request Return from Leave - Workday",
        "work",
        action="goto",
    ),
    day("6 09:30"),
    *broncos("bronco002", "Broncos Postgame Press Conference | Week 12"),
    page(
        f"{AMZ}/Infant-Optics-DXR-8-PRO-Interchangeable/dp/B08HQ4DKS3",
        "Amazon.com : Infant Optics DXR-8 PRO Video Baby Monitor : Baby",
        "monitor",
        action="goto",
    ),
    page(
        f"{AMZ}/gp/buy/thankyou/handlers/display.html",
        "Amazon.com Thanks You",
        "monitor",
    ),
    day("6 14:00"),
    search(GOOGLE, "waitlist fee daycare refundable denver", "daycare"),
    page(
        "https://www.littlesproutsdenver.com/enrollment",
        "Enrollment & Tuition | Little Sprouts Early Learning",
        "daycare",
    ),
    day("6 23:30"),
    search(GOOGLE, "contact naps only how to transition to crib naps", "sleep"),
    page(
        "https://www.takingcarababies.com/blog/crib-naps",
        "How to Get Your Baby to Nap in the Crib - Taking Cara Babies",
        "sleep",
    ),
    page(
        f"{YT}sleep0001",
        "Sleep Training a 4 Month Old - What Worked For Us - YouTube",
        "sleep",
    ),
    day("7 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e0c2b71a55",
        "1830002230041",
        "Your Amazon.com order of Moen 1225 One-Handle Replacement Cartridge has been delivered",
        "faucet",
    ),
    search(GOOGLE, "moen faucet still dripping after new cartridge", "faucet"),
    page(
        "https://www.familyhandyman.com/project/how-to-fix-a-leaky-faucet/",
        "How to Fix a Leaky Faucet | Family Handyman",
        "faucet",
    ),
    day("7 16:20"),
    *post(),
    search(BING, "car seat inspection station denver free", "carseat"),
    page(
        "https://www.codot.gov/safety/carseats",
        "Car Seat Safety | Colorado Department of Transportation",
        "carseat",
    ),
    day("8 09:10"),
    search(GOOGLE, "back to work after paternity leave first week tips", "work"),
    page(
        "https://hbr.org/2023/05/how-to-return-to-work-after-parental-leave",
        "How to Return to Work After Parental Leave - Harvard Business Review",
        "work",
    ),
    search(GOOGLE, "infant optics dxr-8 pro range through walls", "monitor"),
    page(
        f"{BTB}/1f6b2c3/infant_optics_range_two_story_house/",
        "Infant Optics range in a two story house? : r/beyondthebump",
        "monitor",
    ),
    day("8 22:10"),
    search(GOOGLE, "baby wakes 45 minutes after bedtime every night", "sleep"),
    page(
        "https://www.babysleepsite.com/sleep-problems/false-start/",
        "Baby Waking 45 Minutes After Bedtime? False Starts Explained | The Baby Sleep Site",
        "sleep",
    ),
    day("9 11:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e0c2b71a55",
        "1830002230066",
        "Offer of enrollment - infant room, start date",
        "daycare",
    ),
    search(GOOGLE, "colorado child care assistance program income limits", "daycare"),
    page(
        "https://cdec.colorado.gov/colorado-child-care-assistance-program",
        "Colorado Child Care Assistance Program (CCCAP) | CDEC",
        "daycare",
    ),
    day("9 17:00"),
    page(
        f"{AMZ}/Graco-Extend2Fit-Convertible-Car-Seat/dp/B01M0YQ6KA",
        "Amazon.com : Graco Extend2Fit Convertible Car Seat, Gotham : Baby",
        "carseat",
        action="goto",
    ),
    page(
        f"{AMZ}/gp/buy/thankyou/handlers/display.html",
        "Amazon.com Thanks You",
        "carseat",
    ),
    day("10 10:00"),
    *broncos("bronco003", "Broncos Week 13 Preview | Inside the Huddle"),
    search(GOOGLE, "first day back at work after leave email to team", "work"),
    page(
        "https://www.themuse.com/advice/return-from-leave-email-template",
        "How to Write a Return From Leave Email (With Templates) | The Muse",
        "work",
    ),
    search(BING, "kitchen faucet under 150 pull down reviews", "faucet"),
    page(
        f"{AMZ}/Moen-7594SRS-Arbor-Pulldown-Kitchen/dp/B0050RXOE6",
        "Amazon.com: Moen Arbor Spot Resist Stainless Pulldown Kitchen Faucet : Tools & Home Improvement",
        "faucet",
    ),
]
