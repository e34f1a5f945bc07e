"""An employment lawyer's ten days in Sydney, on her home laptop, written in the thirty-first
session after step 62, and scored before any change for it: an unfair dismissal case to
research, heritage approval for her terrace's renovation, her daughter's selective high
school test, a cycling holiday in Tasmania, extra contributions to her super, and an
espresso machine. Outlook, the Sydney Morning Herald and YouTube's front page are opened
most days. Searches go to Google and Bing.
Used by make_week_history.py (``week111``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, outlook_message, page, search, tab, video_home

MAILBOX = "https://outlook.live.com/mail/0/"
OWNER = "Priya Raman"


def mail() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def smh() -> list[Step]:
    return [
        (
            "goto",
            "https://www.smh.com.au/",
            "The Sydney Morning Herald - Independent. Always.",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:50"),
    *mail(),
    *smh(),
    day("1 13:10"),
    search(GOOGLE, "unfair dismissal serious misconduct procedural fairness fwc 2026", "case"),
    page(
        "https://www.fwc.gov.au/hearings-decisions/decisions-and-orders/major-decisions",
        "Major decisions | Fair Work Commission",
        "case",
    ),
    search(GOOGLE, "valid reason for dismissal social media post outside work", "case"),
    page(
        "https://www.austlii.edu.au/cgi-bin/viewdoc/au/cases/cth/FWC/2025/1234.html",
        "Smith v Acme Logistics Pty Ltd [2025] FWC 1234",
        "case",
    ),
    day("1 20:30"),
    search(BING, "inner west council heritage conservation area rear extension approval", "reno"),
    page(
        "https://www.innerwest.nsw.gov.au/develop/planning-controls/heritage",
        "Heritage | Inner West Council",
        "reno",
    ),
    search(BING, "complying development vs da terrace house sydney", "reno"),
    page(
        "https://www.planningportal.nsw.gov.au/planning-approval-pathways",
        "Planning approval pathways | NSW Planning Portal",
        "reno",
    ),
    day("2 06:55"),
    *mail(),
    *video_home(),
    day("2 19:45"),
    search(GOOGLE, "selective high school placement test practice papers year 6", "school"),
    page(
        "https://education.nsw.gov.au/public-schools/selective-high-schools-and-opportunity-classes/year-7/the-test",
        "The Selective High School Placement Test | NSW Department of Education",
        "school",
    ),
    search(GOOGLE, "thinking skills test tips selective school", "school"),
    page(
        "https://www.reddit.com/r/sydney/comments/1g2h3i4/selective_test_thinking_skills/",
        "Selective test thinking skills section tips? : r/sydney",
        "school",
    ),
    day("3 06:50"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATNiZmYAZC1hYWE3LTQ1ZGItMDACLTAwCgBGAAAD8",
        "Your Tasmania ride: deposit received - Tasmanian Bike Tours",
        "bike",
    ),
    *smh(),
    day("3 20:10"),
    search(GOOGLE, "east coast tasmania cycling itinerary hobart to launceston 7 days", "bike"),
    page(
        "https://www.discovertasmania.com.au/things-to-do/cycling/east-coast-ride/",
        "East Coast cycling | Discover Tasmania",
        "bike",
    ),
    search(GOOGLE, "flights sydney to hobart with bike box jetstar vs qantas", "bike"),
    page(
        "https://www.qantas.com/au/en/travel-info/baggage/sporting-equipment.html",
        "Sporting equipment | Qantas",
        "bike",
    ),
    day("4 06:55"),
    *mail(),
    *video_home(),
    day("4 12:45"),
    search(GOOGLE, "general protections claim vs unfair dismissal time limit 21 days", "case"),
    page(
        "https://www.fairwork.gov.au/ending-employment/unfair-dismissal/general-protections",
        "General protections and dismissal | Fair Work Ombudsman",
        "case",
    ),
    day("4 21:00"),
    search(BING, "concessional contributions cap 2026 carry forward unused", "super"),
    page(
        "https://www.ato.gov.au/individuals-and-families/super-for-individuals-and-families/super/growing-and-keeping-track-of-your-super/caps-limits-and-tax-on-super-contributions/concessional-contributions-cap",
        "Concessional contributions cap | Australian Taxation Office",
        "super",
    ),
    day("5 06:50"),
    *mail(),
    *smh(),
    day("5 20:00"),
    search(GOOGLE, "breville barista pro vs delonghi la specialista", "coffee"),
    page(
        "https://www.choice.com.au/home-and-living/kitchen/coffee-machines/review-and-compare/espresso-machines",
        "Espresso coffee machine reviews | CHOICE",
        "coffee",
    ),
    search(GOOGLE, "breville barista pro price jb hi-fi harvey norman", "coffee"),
    page(
        "https://www.jbhifi.com.au/products/breville-the-barista-pro-espresso-machine",
        "Breville The Barista Pro Espresso Machine | JB Hi-Fi",
        "coffee",
    ),
    day("6 09:30"),
    *mail(),
    *video_home(),
    day("6 10:30"),
    search(BING, "heritage architect inner west terrace rear extension cost", "reno"),
    page(
        "https://www.houzz.com.au/professionals/architects-and-building-designers/inner-west",
        "Best Architects in Inner West | Houzz AU",
        "reno",
    ),
    day("6 15:00"),
    search(GOOGLE, "selective school test day what to bring", "school"),
    page(
        "https://education.nsw.gov.au/public-schools/selective-high-schools-and-opportunity-classes/year-7/test-day",
        "Test day | NSW Department of Education",
        "school",
    ),
    day("7 06:55"),
    *mail(),
    *smh(),
    day("7 13:00"),
    search(GOOGLE, "reinstatement vs compensation unfair dismissal remedy calculation", "case"),
    page(
        "https://www.austlii.edu.au/cgi-bin/viewdoc/au/cases/cth/FWCFB/2024/567.html",
        "Jones v Metro Freight [2024] FWCFB 567",
        "case",
    ),
    day("7 20:30"),
    search(GOOGLE, "tasmania bike tour what to pack april weather", "bike"),
    page(
        "https://www.bom.gov.au/tas/forecasts/hobart.shtml",
        "Hobart Forecast | Bureau of Meteorology",
        "bike",
    ),
    day("8 06:50"),
    *mail(),
    *video_home(),
    day("8 21:00"),
    search(BING, "salary sacrifice super vs personal deductible contribution", "super"),
    page(
        "https://moneysmart.gov.au/grow-your-super/super-contributions",
        "Super contributions | Moneysmart.gov.au",
        "super",
    ),
    *tab(
        "https://www.australiansuper.com/superannuation/grow-your-super/salary-sacrifice",
        "Salary sacrifice | AustralianSuper",
        "super",
    ),
    day("9 06:55"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATNiZmYAZC1hYWE3LTQ1ZGItMDACLTAwCgBGAAAD9",
        "Order confirmation #JB48812 - Breville Barista Pro",
        "coffee",
    ),
    *smh(),
    day("9 19:30"),
    search(BING, "section 60 heritage works application timeframe nsw", "reno"),
    page(
        "https://www.environment.nsw.gov.au/topics/heritage/apply-for-heritage-approval",
        "Apply for heritage approval | NSW Environment and Heritage",
        "reno",
    ),
    day("10 06:50"),
    *mail(),
    *video_home(),
    day("10 12:40"),
    search(GOOGLE, "fwc conciliation conference what to expect employer representative", "case"),
    page(
        "https://www.fwc.gov.au/hearings-decisions/conciliations",
        "Conciliations | Fair Work Commission",
        "case",
    ),
]
