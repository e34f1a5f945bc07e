"""A software tester's ten days in Bengaluru, on his laptop at home and at work, written in
the thirty-ninth session after its first changes and scored before any change for it: an
electric scooter to buy, his mother's cataract surgery, a passport renewal by Tatkal,
Playwright tests for work that time out, a weekend in Goa with college friends, and the
old or new tax regime for this year. Between them he reads the Times of India, opens Gmail
and Instagram, and follows the cricket on JioHotstar. Searches go to Google and Bing.
Used by make_week_history.py (``week153``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "arjun.nair88@gmail.com"
SO = "https://stackoverflow.com/questions"
PW = "https://playwright.dev/python/docs"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (21) - {ADDRESS} - Gmail", None)]


def toi(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://timesofindia.indiatimes.com/",
            "News - Latest News, Breaking News, Bollywood, Sports, Business and Political News "
            "| Times of India",
            None,
        )
    ]
    if article:
        steps.append(
            (
                "click",
                f"https://timesofindia.indiatimes.com/city/bengaluru/{article[0]}",
                article[1],
                None,
            )
        )
    return steps


def instagram() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def cricket(match: str, title: str) -> list[Step]:
    return [
        (
            "goto",
            "https://www.hotstar.com/in/sports/cricket",
            "Watch Cricket Live | JioHotstar",
            None,
        ),
        ("click", f"https://www.hotstar.com/in/sports/cricket/{match}", title, None),
    ]


STEPS: list[Step] = [
    day("1 08:15"),
    *mail(),
    *toi(
        (
            "metro-yellow-line-trial-runs/articleshow/118812345.cms",
            "Metro Yellow Line trial runs begin next week | Bengaluru News - Times of India",
        )
    ),
    search(GOOGLE, "ola s1 pro vs ather rizta vs tvs iqube which is best 2027", "scooter"),
    page(
        "https://www.carwale.com/bikewale/compare-bikes/ola-s1-pro-vs-ather-rizta-vs-tvs-iqube/",
        "Ola S1 Pro vs Ather Rizta vs TVS iQube - Compare Price, Range, Features | BikeWale",
        "scooter",
    ),
    page(
        "https://www.atherenergy.com/rizta",
        "Ather Rizta - The Family Electric Scooter | Ather Energy",
        "scooter",
    ),
    day("1 11:30"),
    search(
        GOOGLE, "playwright python test timeout 30000ms exceeded waiting for locator", "playwright"
    ),
    page(
        f"{SO}/71937343/playwright-timeout-30000ms-exceeded-waiting-for-locator",
        "python - Playwright: Timeout 30000ms exceeded while waiting for locator - Stack Overflow",
        "playwright",
    ),
    page(f"{PW}/test-runners", "Pytest Plugin Reference | Playwright Python", "playwright"),
    day("1 21:00"),
    *instagram(),
    search(BING, "cataract surgery cost bangalore monofocal vs multifocal lens", "cataract"),
    page(
        "https://www.narayananethralaya.org/cataract-surgery-cost",
        "Cataract Surgery Cost in Bangalore | Narayana Nethralaya",
        "cataract",
    ),
    page(
        "https://www.practo.com/bangalore/treatment-for-cataract-surgery",
        "Cataract Surgery in Bangalore - Book Appointment, View Cost | Practo",
        "cataract",
    ),
    day("2 07:45"),
    search(GOOGLE, "passport renewal tatkal documents required annexure", "passport"),
    page(
        "https://www.passportindia.gov.in/psp/Tatkaal",
        "Tatkaal Passport - Passport Seva",
        "passport",
    ),
    *tab(
        "https://www.passportindia.gov.in/psp/feeCalculator",
        "Fee Calculator - Passport Seva",
        "passport",
    ),
    day("2 12:10"),
    search(
        GOOGLE, "playwright auto wait not working react dropdown click intercepted", "playwright"
    ),
    page(
        "https://github.com/microsoft/playwright/issues/20154",
        "[BUG] Click intercepted by overlay in React Select \u00b7 Issue #20154 "
        "\u00b7 microsoft/playwright \u00b7 GitHub",
        "playwright",
    ),
    page(f"{PW}/actionability", "Auto-waiting | Playwright Python", "playwright"),
    day("2 20:30"),
    *cricket(
        "ind-vs-eng-3rd-test-day-2", "India vs England 3rd Test Day 2 Highlights | JioHotstar"
    ),
    search(BING, "goa 3 days itinerary friends north goa nightlife", "goa"),
    page(
        "https://www.holidify.com/pages/goa-itinerary-3-days-1211.html",
        "Goa Itinerary for 3 Days - Plan Your Perfect Trip | Holidify",
        "goa",
    ),
    page(
        "https://www.makemytrip.com/hotels/goa-hotels.html",
        "Hotels in Goa - Book Goa Hotels Online | MakeMyTrip",
        "goa",
    ),
    day("3 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f71c0a2b9e",
        "1841200330011",
        "Re: Goa plan - who's in? (flights Fri night)",
        "goa",
    ),
    search(GOOGLE, "old vs new tax regime which is better for 18 lakh salary fy 2026-27", "tax"),
    page(
        "https://cleartax.in/s/old-tax-regime-vs-new-tax-regime",
        "Old vs New Tax Regime: Which is Better? Calculator FY 2026-27 | ClearTax",
        "tax",
    ),
    page(
        "https://www.incometax.gov.in/iec/foportal/income-tax-calculator",
        "Income Tax Calculator | Income Tax Department",
        "tax",
    ),
    day("3 19:40"),
    *toi(),
    search(GOOGLE, "cataract surgery recovery elderly diabetic precautions", "cataract"),
    page(
        "https://www.aao.org/eye-health/diseases/what-is-cataract-surgery-recovery",
        "Cataract Surgery Recovery - American Academy of Ophthalmology",
        "cataract",
    ),
    search(GOOGLE, "ather rizta real world range bangalore traffic", "scooter"),
    page(
        "https://www.reddit.com/r/bangalore/comments/1g2h3j4/ather_rizta_owners_real_range/",
        "Ather Rizta owners, what's your real range? : r/bangalore",
        "scooter",
    ),
    day("4 11:45"),
    search(GOOGLE, "playwright trace viewer how to open trace.zip ci artifact", "playwright"),
    page(f"{PW}/trace-viewer", "Trace viewer | Playwright Python", "playwright"),
    page(
        "https://github.com/acme-qa/checkout-e2e/actions/runs/9912345678",
        "fix flaky checkout test \u00b7 acme-qa/checkout-e2e@4f2a9c1",
        "playwright",
        action="goto",
    ),
    day("4 21:10"),
    *instagram(),
    search(BING, "bangalore to goa flights friday night cheap", "goa"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20GOI%20from%20BLR",
        "Cheap Flights from Bengaluru to Goa | Google Flights",
        "goa",
    ),
    page(
        "https://www.makemytrip.com/flights/bangalore-goa-cheap-airtickets.html",
        "Bangalore to Goa Flights, Cheap Flight Tickets | MakeMyTrip",
        "goa",
    ),
    day("5 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f71c0a2b9e",
        "1841200330029",
        "Appointment confirmed - Passport Seva Kendra, Lalbagh - Tatkaal",
        "passport",
    ),
    search(GOOGLE, "tatkal passport police verification after issue bangalore", "passport"),
    page(
        "https://www.reddit.com/r/india/comments/1g4k5l6/tatkal_passport_police_verification_experience/",
        "Tatkal passport police verification experience : r/india",
        "passport",
    ),
    day("5 19:00"),
    search(BING, "narayana nethralaya vs sankara eye hospital cataract review", "cataract"),
    page(
        "https://www.justdial.com/Bangalore/Eye-Hospitals-For-Cataract-Surgery/nct-11089976",
        "Top Eye Hospitals For Cataract Surgery in Bangalore - Justdial",
        "cataract",
    ),
    *cricket(
        "ind-vs-eng-3rd-test-day-4", "India vs England 3rd Test Day 4 Highlights | JioHotstar"
    ),
    day("6 10:20"),
    search(GOOGLE, "ola electric service centre complaints 2027", "scooter"),
    page(
        "https://www.team-bhp.com/forum/electric-cars/280123-ola-s1-pro-ownership-review.html",
        "Ola S1 Pro - Ownership Review, 8000 km - Team-BHP",
        "scooter",
    ),
    page(
        "https://www.atherenergy.com/test-ride",
        "Book a Test Ride | Ather Energy",
        "scooter",
    ),
    day("6 14:00"),
    search(GOOGLE, "hra exemption rent receipts new regime not allowed", "tax"),
    page(
        "https://cleartax.in/s/hra-house-rent-allowance",
        "HRA Exemption: Calculation, Rules & Tax Deduction | ClearTax",
        "tax",
    ),
    day("7 11:15"),
    search(GOOGLE, "pytest playwright run tests in parallel xdist flaky", "playwright"),
    page(
        f"{SO}/72345678/run-playwright-tests-in-parallel-with-pytest-xdist",
        "Run Playwright tests in parallel with pytest-xdist - Stack Overflow",
        "playwright",
    ),
    page(
        "https://github.com/acme-qa/checkout-e2e/pull/214",
        "Use expect().to_be_visible() instead of sleep by anair \u00b7 Pull Request #214 "
        "\u00b7 acme-qa/checkout-e2e",
        "playwright",
        action="goto",
    ),
    day("7 20:45"),
    *toi(
        (
            "heavy-rain-alert-for-weekend/articleshow/118834567.cms",
            "Heavy rain alert for the weekend | Bengaluru News - Times of India",
        )
    ),
    search(GOOGLE, "baga beach shacks vs anjuna vs vagator for groups", "goa"),
    page(
        "https://www.tripadvisor.in/ShowTopic-g297604-i1234-k14567890-Baga_vs_Anjuna_vs_Vagator-Goa.html",
        "Baga vs Anjuna vs Vagator? - Goa Forum - Tripadvisor",
        "goa",
    ),
    day("8 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f71c0a2b9e",
        "1841200330044",
        "Pre-operative instructions - Mrs. Lakshmi Nair - Narayana Nethralaya",
        "cataract",
    ),
    search(
        GOOGLE, "eye drops schedule after cataract surgery moxifloxacin prednisolone", "cataract"
    ),
    page(
        "https://www.allaboutvision.com/conditions/cataracts/eye-drops-after-cataract-surgery/",
        "Eye drops after cataract surgery: What to expect | All About Vision",
        "cataract",
    ),
    day("8 18:30"),
    search(BING, "ather rizta on road price bangalore subsidy emi", "scooter"),
    page(
        "https://www.bikewale.com/ather-bikes/rizta/price-in-bangalore/",
        "Ather Rizta On Road Price in Bangalore - BikeWale",
        "scooter",
    ),
    day("9 10:30"),
    search(GOOGLE, "new tax regime standard deduction 75000 employer declaration form", "tax"),
    page(
        "https://economictimes.indiatimes.com/wealth/tax/new-tax-regime-standard-deduction/articleshow/118845678.cms",
        "New tax regime: standard deduction and what to tell your employer - The Economic Times",
        "tax",
    ),
    page(
        "https://hrportal.acmeqa.com/payroll/tax-declaration",
        "Tax Regime Declaration FY 2026-27 - Acme QA Payroll",
        "tax",
        action="goto",
    ),
    day("9 21:00"),
    *instagram(),
    search(GOOGLE, "passport seva kendra lalbagh parking what to carry", "passport"),
    page(
        "https://www.passportindia.gov.in/psp/documentAdvisor",
        "Document Advisor - Passport Seva",
        "passport",
    ),
    day("10 12:00"),
    search(GOOGLE, "playwright screenshot on failure pytest conftest", "playwright"),
    page(f"{PW}/screenshots", "Screenshots | Playwright Python", "playwright"),
    search(BING, "goa villa with pool for 8 friends anjuna", "goa"),
    page(
        "https://www.airbnb.co.in/goa-india/stays/pools",
        "Goa Villas with Pools - Airbnb",
        "goa",
    ),
]
