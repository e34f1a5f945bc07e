"""A paramedic's twelve days in Melbourne, written in the twenty-fourth session and scored
before any change for it: a family trip to Japan in April (taken up again after a week of
silence), a new cavoodle puppy, quotes for a bathroom renovation, two superannuation funds
merged through myGov and the ATO, drills for his daughter's netball team, and a half
marathon's training plan. Many searches are two or three words ("jr pass", "hipages",
"cavoodle c5 vaccine"); a night's reading on Wikipedia goes from the Dyatlov Pass to
infrasound, a task of no one. Gmail, The Age, the AFL's site and YouTube are opened most days.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week63``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "jrossi.ambo@gmail.com"
INBOX = "a7b8c9d0e1"
WIKI = "https://en.wikipedia.org/wiki/"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def age() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theage.com.au/",
            "The Age | Melbourne news, sport and world news",
            None,
        )
    ]


def afl() -> list[Step]:
    return [
        ("goto", "https://www.afl.com.au/", "AFL.com.au - The official website of the AFL", None)
    ]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *age(),
    day("1 14:00"),
    search(GOOGLE, "japan family holiday april itinerary 2 weeks kids", "japan"),
    page(
        "https://www.japan-guide.com/e/e623.html",
        "Two-week itineraries - japan-guide.com",
        "japan",
    ),
    page(
        "https://www.reddit.com/r/JapanTravel/comments/xy12ab/2_weeks_with_kids_8_and_11_itinerary_review/",
        "2 weeks with kids (8 and 11) itinerary review : r/JapanTravel",
        "japan",
    ),
    search(GOOGLE, "jr pass", "japan"),
    page(
        "https://www.japan-guide.com/railpass/",
        "Japan Rail Pass - japan-guide.com",
        "japan",
    ),
    day("1 20:30"),
    search(GOOGLE, "cavoodle puppy toilet training apartment", "puppy"),
    page(
        "https://www.rspca.org.au/knowledgesource/how-do-i-toilet-train-my-puppy",
        "How do I toilet train my puppy? - RSPCA Knowledgebase",
        "puppy",
    ),
    page(
        "https://www.youtube.com/watch?v=puppypotty1",
        "How To Potty Train Your Puppy FAST - YouTube",
        "puppy",
    ),
    day("2 07:00"),
    *mail(),
    *afl(),
    day("2 11:00"),
    search(GOOGLE, "hipages", "bathroom"),
    page(
        "https://hipages.com.au/find/bathroom_renovations/vic/melbourne",
        "Bathroom Renovations in Melbourne, VIC | hipages",
        "bathroom",
    ),
    page(
        "https://hipages.com.au/article/bathroom_renovation_cost",
        "How much does a bathroom renovation cost in 2026? | hipages",
        "bathroom",
    ),
    day("2 15:30"),
    search(DDG, "netball drills under 11 passing", "netball"),
    page(
        "https://www.netball.com.au/coaching-resources/drills",
        "Coaching Drills | Netball Australia",
        "netball",
    ),
    page(
        "https://www.youtube.com/watch?v=netdrill22",
        "10 Netball Passing Drills for Juniors - YouTube",
        "netball",
    ),
    day("2 22:30"),
    ("goto", f"{WIKI}Dyatlov_Pass_incident", "Dyatlov Pass incident - Wikipedia", None),
    page(f"{WIKI}Slab_avalanche", "Slab avalanche - Wikipedia", None),
    page(f"{WIKI}Infrasound", "Infrasound - Wikipedia", None),
    day("3 07:00"),
    *mail(),
    *age(),
    day("3 13:00"),
    search(GOOGLE, "consolidate super funds mygov", "super"),
    page(
        "https://www.ato.gov.au/individuals-and-families/super-for-individuals-and-families/super/growing-and-keeping-track-of-your-super/keeping-track-of-your-super/transferring-or-consolidating-your-super",
        "Transferring or consolidating your super | Australian Taxation Office",
        "super",
    ),
    page(
        "https://my.gov.au/en/services/work/superannuation",
        "Superannuation - myGov",
        "super",
    ),
    day("3 19:00"),
    search(DDG, "half marathon training plan 12 weeks sub 2 hours", "half"),
    page(
        "https://www.runnersworld.com/uk/training/half-marathon/a760067/half-marathon-training-plan-sub-2-hours/",
        "Half marathon training plan: sub 2 hours | Runner's World",
        "half",
    ),
    page(
        "https://www.melbournemarathon.com.au/events/half-marathon/",
        "Half Marathon | Melbourne Marathon Festival",
        "half",
    ),
    day("4 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1814556677889900001",
        "Your puppy's next vaccination is due - Brunswick Vet Clinic",
        "puppy",
    ),
    *afl(),
    day("4 12:30"),
    search(GOOGLE, "cavoodle c5 vaccine", "puppy"),
    page(
        "https://www.greencross.com.au/vets/puppy-vaccinations",
        "Puppy Vaccinations Schedule & Cost | Greencross Vets",
        "puppy",
    ),
    day("4 16:00"),
    search(GOOGLE, "waterproofing shower recess cost melbourne", "bathroom"),
    page(
        "https://www.oneflare.com.au/costs/waterproofing",
        "Waterproofing Cost Guide 2026 | Oneflare",
        "bathroom",
    ),
    page(
        "https://www.beaumont-tiles.com.au/bathroom/floor-tiles/",
        "Bathroom Floor Tiles | Beaumont Tiles",
        "bathroom",
    ),
    day("5 07:00"),
    *mail(),
    *age(),
    day("5 10:30"),
    search(DDG, "netball centre pass set plays juniors", "netball"),
    page(
        "https://www.netballcoaching.com.au/centre-pass-set-plays",
        "Centre Pass Set Plays for Junior Teams | Netball Coaching",
        "netball",
    ),
    day("5 14:00"),
    search(GOOGLE, "long run pace vs tempo run half marathon", "half"),
    page(
        "https://www.strava.com/articles/long-run-vs-tempo",
        "Long runs and tempo runs: what each does for you | Strava",
        "half",
    ),
    day("5 21:00"),
    *video_home(),
    day("6 07:00"),
    *mail(),
    *afl(),
    day("6 13:00"),
    search(GOOGLE, "lost super ato find", "super"),
    page(
        "https://www.ato.gov.au/individuals-and-families/super-for-individuals-and-families/super/growing-and-keeping-track-of-your-super/keeping-track-of-your-super/lost-and-unclaimed-super",
        "Lost and unclaimed super | Australian Taxation Office",
        "super",
    ),
    page(
        "https://www.australiansuper.com/superannuation/combine-your-super",
        "Combine your super | AustralianSuper",
        "super",
    ),
    day("6 18:30"),
    search(GOOGLE, "puppy biting hands 10 weeks", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/how-to-stop-puppy-biting/",
        "How to Stop Puppy Biting: Tips and Training | American Kennel Club",
        "puppy",
    ),
    day("7 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1814556677889902345",
        "Quote for bathroom renovation - 2.4m x 1.8m ensuite - Elite Bathrooms Melbourne",
        "bathroom",
    ),
    *age(),
    day("7 11:00"),
    search(GOOGLE, "frameless shower screen vs semi frameless price", "bathroom"),
    page(
        "https://www.bunnings.com.au/our-range/bathroom-plumbing/showers/shower-screens",
        "Shower Screens | Bunnings Australia",
        "bathroom",
    ),
    day("7 16:00"),
    search(DDG, "netball team positions explained kids", "netball"),
    page(
        "https://www.netball.com.au/positions",
        "Netball Positions Explained | Netball Australia",
        "netball",
    ),
    day("8 07:00"),
    *mail(),
    *afl(),
    day("8 17:30"),
    search(DDG, "shin splints or stress fracture running", "half"),
    page(
        "https://www.healthdirect.gov.au/shin-splints",
        "Shin splints | healthdirect",
        "half",
    ),
    day("8 22:00"),
    *video_home(),
    day("9 07:00"),
    *mail(),
    *age(),
    day("9 12:00"),
    search(GOOGLE, "puppy school melbourne north", "puppy"),
    page(
        "https://www.puppyschoolmelbourne.com.au/classes/brunswick",
        "Puppy Preschool Classes in Brunswick | Puppy School Melbourne",
        "puppy",
    ),
    day("9 15:00"),
    search(GOOGLE, "rollover super australiansuper from hesta how long", "super"),
    page(
        "https://www.hesta.com.au/members/your-super/transfer-out",
        "Transferring your super out of HESTA | HESTA",
        "super",
    ),
    day("10 07:00"),
    *mail(),
    *afl(),
    day("10 19:00"),
    search(GOOGLE, "kyoto ryokan family room private onsen", "japan"),
    page(
        "https://www.booking.com/ryokans/city/jp/kyoto.html",
        "The 10 best ryokans in Kyoto, Japan | Booking.com",
        "japan",
    ),
    page(
        "https://www.japanican.com/en/hotel/list/?ar=260000&type=ryokan",
        "Kyoto Ryokan - Japanican",
        "japan",
    ),
    day("11 07:00"),
    *mail(),
    *age(),
    day("11 13:00"),
    search(GOOGLE, "tokyo disneysea tickets april school holidays", "japan"),
    page(
        "https://www.tokyodisneyresort.jp/en/tdr/ticket.html",
        "Park Tickets | Tokyo Disney Resort",
        "japan",
    ),
    *tab(
        "https://www.klook.com/en-AU/activity/1234-tokyo-disneysea-ticket/",
        "Tokyo DisneySea Ticket - Klook Australia",
        "japan",
    ),
    day("11 18:00"),
    search(DDG, "netball wing attack drills", "netball"),
    page(
        "https://www.youtube.com/watch?v=wingatt33",
        "Wing Attack Drills and Tips - YouTube",
        "netball",
    ),
    day("12 07:00"),
    *mail(),
    *afl(),
    day("12 11:30"),
    search(GOOGLE, "bathroom renovation permit needed victoria", "bathroom"),
    page(
        "https://www.vba.vic.gov.au/consumers/home-renovation-essentials/do-i-need-a-permit",
        "Do I need a building permit? | Victorian Building Authority",
        "bathroom",
    ),
    day("12 16:00"),
    search(GOOGLE, "jr pass worth it tokyo kyoto osaka 2026 price increase", "japan"),
    page(
        "https://www.reddit.com/r/JapanTravel/comments/1b2c3d4/is_the_jr_pass_still_worth_it_after_the_price/",
        "Is the JR Pass still worth it after the price increase? : r/JapanTravel",
        "japan",
    ),
]
