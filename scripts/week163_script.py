"""An accountant's ten days in Mumbai, written in the forty-fifth session and scored before
any change for it. His clients' GST returns at work, coaching for his son's JEE, a family
trip to Goa by train (tickets booked), an air purifier for the monsoon-to-winter smog, his
mother's knee replacement (hospitals and costs compared) and Excel's Power Query, learned
for himself. Between them he reads the Times of India, Gmail, Cricbuzz's live scores and
YouTube. Searches go to Google and Bing.
Used by make_week_history.py (``week163``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "rohit.deshpande.ca@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (27) - {ADDRESS} - Gmail", None)]


def toi() -> list[Step]:
    return [
        (
            "goto",
            "https://timesofindia.indiatimes.com/",
            "News - Latest News, Breaking News, Bollywood, Sports, Business and Political News | Times of India",
            None,
        )
    ]


def cricbuzz() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cricbuzz.com/cricket-match/live-scores",
            "Live Cricket Scores | Cricbuzz.com",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 08:20"),
    *toi(),
    *mail(),
    search(GOOGLE, "gstr-3b due date november 2027 late fee", "gst"),
    page(
        "https://cleartax.in/s/gstr-3b-due-date",
        "GSTR-3B Due Date for FY 2027-28: Monthly & Quarterly | ClearTax",
        "gst",
    ),
    page(
        "https://www.gst.gov.in/newsandupdates/read/612",
        "Goods & Services Tax (GST) | News and Updates",
        "gst",
    ),
    day("1 13:30"),
    *cricbuzz(),
    search(GOOGLE, "best jee coaching in mumbai fees allen vs fiitjee", "jee"),
    page(
        "https://www.shiksha.com/engineering/articles/best-jee-coaching-in-mumbai-blogId-98765",
        "Best JEE Coaching in Mumbai 2027: Fees, Results, Reviews | Shiksha",
        "jee",
    ),
    *tab(
        "https://www.allen.ac.in/mumbai/",
        "ALLEN Mumbai | Classroom Programs for JEE (Main + Advanced)",
        "jee",
    ),
    day("1 21:40"),
    *youtube(),
    search(BING, "best air purifier for mumbai home 2027 under 15000", "purifier"),
    page(
        "https://www.smartprix.com/bytes/best-air-purifiers-in-india/",
        "Best Air Purifiers in India (2027): Under 10000, 15000 | Smartprix",
        "purifier",
    ),
    page(
        "https://www.91mobiles.com/hub/best-air-purifier-india/",
        "Best Air Purifier in India 2027 for Home | 91mobiles",
        "purifier",
    ),
    day("2 08:10"),
    *toi(),
    search(GOOGLE, "total knee replacement cost mumbai hospitals", "knee"),
    page(
        "https://www.practo.com/mumbai/treatment/knee-replacement-surgery-cost",
        "Knee Replacement Surgery Cost in Mumbai | Practo",
        "knee",
    ),
    page(
        "https://www.kokilabenhospital.com/departments/centresofexcellence/orthopaedics/kneereplacement.html",
        "Knee Replacement Surgery | Kokilaben Dhirubhai Ambani Hospital",
        "knee",
    ),
    day("2 14:15"),
    *mail(),
    search(GOOGLE, "gstr-2b vs books mismatch itc reconciliation steps", "gst"),
    page(
        "https://taxguru.in/goods-and-service-tax/itc-reconciliation-gstr-2b-books.html",
        "ITC Reconciliation of GSTR-2B with Books - TaxGuru",
        "gst",
    ),
    day("2 22:00"),
    *cricbuzz(),
    search(BING, "mumbai to goa train vande bharat vs konkan kanya", "goa"),
    page(
        "https://www.makemytrip.com/railways/mumbai-goa-train-tickets.html",
        "Mumbai to Goa Trains: Timings, Fare, Availability | MakeMyTrip",
        "goa",
    ),
    day("3 07:50"),
    *toi(),
    search(GOOGLE, "excel power query tutorial for beginners combine sheets", "powerquery"),
    page(
        "https://support.microsoft.com/en-us/office/about-power-query-in-excel-7104fbee-9e62-4cb9-a02e-5bfb1a6c536a",
        "About Power Query in Excel - Microsoft Support",
        "powerquery",
    ),
    page(
        "https://exceljet.net/articles/power-query-combine-sheets",
        "Combine sheets with Power Query | Exceljet",
        "powerquery",
    ),
    day("3 13:00"),
    *cricbuzz(),
    search(GOOGLE, "jee main 2028 syllabus class 11 start preparation when", "jee"),
    page(
        "https://jeemain.nta.nic.in/",
        "JEE (Main) 2028 | National Testing Agency",
        "jee",
    ),
    day("3 21:20"),
    *youtube(),
    search(BING, "philips ac1215 vs mi 4 pro air purifier filter cost", "purifier"),
    page(
        "https://www.amazon.in/Philips-AC1215-Purifier-Vitashield-Technology/dp/B00RFH6MV2",
        "Philips AC1215 Air Purifier - Amazon.in",
        "purifier",
    ),
    day("4 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "7e51b0c3d2",
        "1834330081200",
        "GSTR-3B filed successfully for October - ARN AA2710270012345",
        "gst",
    ),
    search(GOOGLE, "knee replacement recovery time elderly 70 years walking", "knee"),
    page(
        "https://www.healthline.com/health/total-knee-replacement-surgery/recovery-timeline",
        "Knee Replacement Recovery Timeline: Stages of Rehab | Healthline",
        "knee",
    ),
    day("4 19:30"),
    *toi(),
    search(GOOGLE, "irctc tatkal booking time sleeper konkan kanya express", "goa"),
    page(
        "https://www.irctc.co.in/nget/train-search",
        "IRCTC Next Generation eTicketing System",
        "goa",
    ),
    search(GOOGLE, "power query unpivot columns monthly data", "powerquery"),
    page(
        "https://www.myonlinetraininghub.com/power-query-unpivot",
        "Power Query Unpivot Columns - My Online Training Hub",
        "powerquery",
    ),
    day("5 12:40"),
    *cricbuzz(),
    search(BING, "knee replacement covered under mediclaim senior citizen policy", "knee"),
    page(
        "https://www.policybazaar.com/health-insurance/senior-citizen/articles/knee-replacement-surgery-covered/",
        "Is Knee Replacement Surgery Covered in Health Insurance? | Policybazaar",
        "knee",
    ),
    day("5 21:10"),
    *youtube(),
    search(GOOGLE, "fiitjee andheri batch timings foundation course class 9", "jee"),
    page(
        "https://www.fiitjee.com/centres/mumbai-andheri",
        "FIITJEE Andheri | Mumbai Centre",
        "jee",
    ),
    search(GOOGLE, "north goa vs south goa for family with teenagers december", "goa"),
    page(
        "https://www.tripadvisor.in/ShowTopic-g297604-i7000-k12345678-North_or_South_Goa_for_family-Goa.html",
        "North or South Goa for family? - Goa Forum - Tripadvisor",
        "goa",
    ),
    day("6 08:30"),
    *toi(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "7e51b0c3d2",
        "1834331120455",
        "IRCTC e-Ticket booked: PNR 8412956730 CSMT to Madgaon",
        "goa",
    ),
    search(GOOGLE, "gst notice drc-01a reply format", "gst"),
    page(
        "https://cleartax.in/s/drc-01a-gst",
        "DRC-01A under GST: Format, Reply and Process | ClearTax",
        "gst",
    ),
    day("6 20:45"),
    search(BING, "air purifier room size 300 sq ft cadr required", "purifier"),
    page(
        "https://www.coway-india.com/blog/how-to-choose-air-purifier-cadr",
        "How to choose an air purifier by CADR | Coway India",
        "purifier",
    ),
    day("7 13:15"),
    *cricbuzz(),
    search(GOOGLE, "power query merge queries vlookup alternative", "powerquery"),
    page(
        "https://www.excelcampus.com/powerquery/merge-queries-vlookup/",
        "Power Query Merge Queries as VLOOKUP Alternative - Excel Campus",
        "powerquery",
    ),
    day("7 22:00"),
    *youtube(),
    search(GOOGLE, "nanavati vs hinduja hospital knee replacement surgeon reviews", "knee"),
    page(
        "https://www.practo.com/mumbai/doctors/orthopedist/knee-replacement",
        "Best Knee Replacement Surgeons in Mumbai - Book Appointment | Practo",
        "knee",
    ),
    day("8 08:40"),
    *toi(),
    search(GOOGLE, "goa hotels calangute family room pool december", "goa"),
    page(
        "https://www.booking.com/city/in/calangute.html",
        "Hotels in Calangute - Booking.com",
        "goa",
    ),
    day("8 14:30"),
    *mail(),
    search(GOOGLE, "gstr-1 amendment invoice wrong gstin previous month", "gst"),
    page(
        "https://www.gst.gov.in/help/gstr1-amendment",
        "GSTR-1 Amendments | Goods & Services Tax",
        "gst",
    ),
    day("9 21:00"),
    *cricbuzz(),
    search(GOOGLE, "jee advanced previous year papers class 11 son self study books", "jee"),
    page(
        "https://www.vedantu.com/jee-advanced/previous-year-question-paper",
        "JEE Advanced Previous Year Question Papers | Vedantu",
        "jee",
    ),
    search(BING, "philips ac1215 filter replacement price india", "purifier"),
    *tab(
        "https://www.flipkart.com/philips-fy1410-30-hepa-filter/p/itm3f8a7c1d2e9b0",
        "PHILIPS FY1410/30 HEPA Filter - Flipkart.com",
        "purifier",
    ),
    day("10 10:20"),
    *toi(),
    search(GOOGLE, "power query refresh all automatically on open", "powerquery"),
    page(
        "https://learn.microsoft.com/en-us/power-query/refresh-data",
        "Refresh data in Power Query - Microsoft Learn",
        "powerquery",
    ),
    search(GOOGLE, "physiotherapy at home after knee replacement mumbai", "knee"),
    page(
        "https://www.portea.com/physiotherapy/knee-replacement-rehab/mumbai",
        "Physiotherapy at Home after Knee Replacement in Mumbai | Portea",
        "knee",
    ),
]
