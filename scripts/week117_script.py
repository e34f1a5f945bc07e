"""A high-school chemistry teacher's ten days in Phoenix, on his own laptop at home and at
school, written in the thirty-third session and scored before any change for it: a
titration lab to plan for his juniors, the house's air conditioner blowing warm air, a
weekend at the Grand Canyon with his children that he looks at and never books, his
daughter's financial aid forms for college, and a CPAP mask that leaks at night. Between
them he follows the Suns on ESPN and watches a few videos from YouTube's front page. Gmail
and the Arizona Republic are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week117``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "mark.delgado.az@gmail.com"
INBOX = "7b3d9f0a25"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def azcentral() -> list[Step]:
    return [
        (
            "goto",
            "https://www.azcentral.com/",
            "azcentral: Phoenix news, Arizona news, sports and weather",
            None,
        )
    ]


def suns(story: str, title: str) -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/nba/team/_/name/phx/phoenix-suns",
            "Phoenix Suns | ESPN",
            None,
        ),
        ("click", f"https://www.espn.com/nba/story/_/id/{story}", title, None),
    ]


def watch(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 06:20"),
    *mail(),
    *azcentral(),
    day("1 12:10"),
    search(GOOGLE, "acid base titration lab high school phenolphthalein procedure", "lab"),
    page(
        "https://chem.libretexts.org/Ancillary_Materials/Laboratory_Experiments/Titration_of_an_Acid",
        "Titration of an Unknown Acid - Chemistry LibreTexts",
        "lab",
    ),
    search(GOOGLE, "how many grams naoh for 0.1 m solution 500 ml", "lab"),
    page(
        "https://www.chemicalaid.com/tools/molarity.php",
        "Molarity Calculator - ChemicalAid",
        "lab",
    ),
    day("1 17:40"),
    search(GOOGLE, "ac running but blowing warm air", "ac"),
    page(
        "https://www.carrier.com/residential/en/us/news/ac-blowing-warm-air/",
        "Why Is My AC Blowing Warm Air? | Carrier",
        "ac",
    ),
    search(GOOGLE, "outside ac unit fan not spinning humming noise", "ac"),
    page(
        "https://www.reddit.com/r/hvacadvice/comments/1k2l3m4/condenser_fan_not_spinning_humming/",
        "Condenser fan not spinning, just humming : r/hvacadvice",
        "ac",
    ),
    page(
        "https://www.youtube.com/watch?v=c4pAc1t0rAc",
        "How To Test An AC Capacitor With A Multimeter - YouTube",
        "ac",
    ),
    day("1 21:00"),
    *suns("41234567/suns-beat-nuggets-booker-40", "Booker scores 40 as Suns beat Nuggets - ESPN"),
    day("2 06:25"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1865800223344556601",
        "Action needed: your FAFSA form for 2027-28 is incomplete",
        "fafsa",
    ),
    *azcentral(),
    day("2 12:05"),
    search(GOOGLE, "burette reading practice worksheet meniscus", "lab"),
    page(
        "https://www.flinnsci.com/api/library/Download/4c2f3b1a9e",
        "Reading a Buret - Flinn Scientific",
        "lab",
    ),
    day("2 18:30"),
    search(DDG, "trane xr14 run capacitor size", "ac"),
    page(
        "https://www.hvacpartsshop.com/trane-xr14-capacitor/",
        "Trane XR14 Dual Run Capacitor 45/5 MFD | HVAC Parts Shop",
        "ac",
    ),
    search(DDG, "ac repair phoenix same day reviews", "ac"),
    page(
        "https://www.yelp.com/search?find_desc=AC+Repair&find_loc=Phoenix%2C+AZ",
        "THE BEST 10 Heating & Air Conditioning/HVAC in PHOENIX, AZ - Yelp",
        "ac",
    ),
    page(
        "https://www.yelp.com/biz/chas-roberts-air-conditioning-and-plumbing-phoenix",
        "Chas Roberts Air Conditioning & Plumbing - Phoenix - Yelp",
        "ac",
    ),
    day("2 21:15"),
    search(GOOGLE, "cpap mask leaking air at night fix", "cpap"),
    page(
        "https://www.sleepfoundation.org/cpap/cpap-mask-leaks",
        "CPAP Mask Leaks: Causes and How to Fix Them | Sleep Foundation",
        "cpap",
    ),
    day("3 06:20"),
    *mail(),
    *azcentral(),
    day("3 16:00"),
    search(GOOGLE, "studentaid.gov parent fsa id contributor invite", "fafsa"),
    page(
        "https://studentaid.gov/help-center/answers/article/how-to-invite-contributor-fafsa",
        "How do I invite a contributor to my FAFSA form? | Federal Student Aid",
        "fafsa",
    ),
    page(
        "https://studentaid.gov/fsa-id/create-account/launch",
        "Create Account | Federal Student Aid",
        "fafsa",
    ),
    day("3 19:45"),
    search(GOOGLE, "grand canyon south rim with kids december", "canyon"),
    page(
        "https://www.nps.gov/grca/planyourvisit/winter.htm",
        "Winter at the Grand Canyon - Grand Canyon National Park (U.S. National Park Service)",
        "canyon",
    ),
    search(GOOGLE, "bright angel trail how far down with a 9 year old", "canyon"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g143028-i1234-k14567890-Bright_Angel_with_kids.html",
        "Bright Angel with kids - how far? - Grand Canyon National Park Forum - Tripadvisor",
        "canyon",
    ),
    day("4 06:25"),
    *mail(),
    *watch("gR4nDc4ny0n", "Driving Route 66 Across Arizona - YouTube"),
    day("4 12:15"),
    search(DDG, "titration lab safety naoh goggles splash", "lab"),
    page(
        "https://www.flinnsci.com/sds_565-sodium-hydroxide-0.1-m/sds_565/",
        "Sodium Hydroxide Solution, 0.1 M SDS - Flinn Scientific",
        "lab",
    ),
    day("4 17:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1865800223344556602",
        "Your Chas Roberts service appointment is confirmed for Thursday",
        "ac",
    ),
    search(GOOGLE, "ac capacitor replacement cost phoenix", "ac"),
    page(
        "https://www.homeguide.com/costs/ac-capacitor-replacement-cost",
        "2027 AC Capacitor Replacement Cost | HomeGuide",
        "ac",
    ),
    day("4 21:30"),
    search(GOOGLE, "resmed airfit f20 vs n20 mouth breather", "cpap"),
    page(
        "https://www.cpap.com/blog/airfit-f20-vs-airfit-n20/",
        "AirFit F20 vs AirFit N20: Which Mask Is Right for You? | CPAP.com",
        "cpap",
    ),
    day("5 06:20"),
    *mail(),
    *azcentral(),
    day("5 20:10"),
    *suns("41245678/suns-fall-to-lakers", "Suns fall to Lakers in overtime - ESPN"),
    search(GOOGLE, "css profile vs fafsa which schools need it", "fafsa"),
    page(
        "https://bigfuture.collegeboard.org/pay-for-college/financial-aid-101/css-profile",
        "CSS Profile | BigFuture - College Board",
        "fafsa",
    ),
    search(GOOGLE, "arizona state university css profile required", "fafsa"),
    page(
        "https://students.asu.edu/financialaid/apply",
        "How to apply for financial aid | ASU Students",
        "fafsa",
    ),
    day("6 09:30"),
    search(GOOGLE, "el tovar lodge availability december", "canyon"),
    page(
        "https://www.grandcanyonlodges.com/lodging/el-tovar/",
        "El Tovar Hotel | Grand Canyon Lodges",
        "canyon",
    ),
    search(GOOGLE, "flagstaff hotels with indoor pool for kids", "canyon"),
    page(
        "https://www.booking.com/searchresults.html?ss=Flagstaff&nflt=hotelfacility%3D301",
        "Hotels in Flagstaff with indoor pool - Booking.com",
        "canyon",
    ),
    day("6 14:00"),
    *watch("sc13nc3d3m0", "The Science of Baking Soda and Vinegar - YouTube"),
    day("7 06:20"),
    *mail(),
    *azcentral(),
    day("7 12:20"),
    search(GOOGLE, "titration curve graph google sheets students", "lab"),
    page(
        "https://www.reddit.com/r/chemistryteachers/comments/1l3m4n5/titration_curves_in_google_sheets/",
        "Students graphing titration curves in Google Sheets? : r/chemistryteachers",
        "lab",
    ),
    day("7 19:00"),
    search(DDG, "cpap supplies covered by aetna how often mask", "cpap"),
    page(
        "https://www.aetna.com/cpb/medical/data/1_99/0004.html",
        "Obstructive Sleep Apnea in Adults - Medical Clinical Policy Bulletins | Aetna",
        "cpap",
    ),
    day("8 06:25"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1865800223344556603",
        "Chas Roberts invoice: dual run capacitor replaced",
        "ac",
    ),
    *azcentral(),
    day("8 18:30"),
    search(GOOGLE, "fafsa untaxed ira rollover question", "fafsa"),
    page(
        "https://www.nerdwallet.com/article/loans/student-loans/fafsa-ira-rollover",
        "How to Report an IRA Rollover on the FAFSA - NerdWallet",
        "fafsa",
    ),
    day("9 10:00"),
    search(GOOGLE, "grand canyon railway williams kids worth it", "canyon"),
    page(
        "https://www.thetrain.com/",
        "Grand Canyon Railway & Hotel | Williams, Arizona",
        "canyon",
    ),
    day("9 15:30"),
    *suns("41256789/suns-trade-rumors", "Suns trade rumors: what comes next - ESPN"),
    day("9 21:00"),
    search(GOOGLE, "cpap mask liners reduce leaks", "cpap"),
    page(
        "https://www.amazon.com/RemZzzs-Full-Face-CPAP-Liners/dp/B00BZ1ABCD",
        "Amazon.com: RemZzzs Full Face CPAP Mask Liners",
        "cpap",
    ),
    day("10 06:20"),
    *mail(),
    *azcentral(),
    day("10 12:10"),
    search(GOOGLE, "percent error titration lab questions answer key", "lab"),
    page(
        "https://www.teacherspayteachers.com/Product/Acid-Base-Titration-Lab-Post-Lab-Questions-1234567",
        "Acid Base Titration Lab Post-Lab Questions | TPT",
        "lab",
    ),
]
