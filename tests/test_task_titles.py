"""A journey's keyphrase title made the name of its task (``engine.task_titles``)."""

from __future__ import annotations

from journeys.engine.labels import JourneyText
from journeys.engine.task_titles import _said_most, in_english, task_title


def _title(
    first: str,
    queries: list[str],
    intent: str,
    titles: list[str] | None = None,
    towns: frozenset[str] = frozenset(),
) -> str:
    text = JourneyText(queries, titles or [])
    return task_title(first, text, intent, towns)


LISBON = [
    "lisbon in may weather",
    "things to do in lisbon in 4 days",
    "alfama guesthouse",
    "flights london lisbon may 14",
]


def test_a_trip_is_named_by_where_it_goes_and_when() -> None:
    towns = frozenset({"lisbon", "london"})
    assert _title("lisbon in may weather", LISBON, "travel", towns=towns) == (
        "Trip to Lisbon in May"
    )
    # London, flown from, is searched as often as the guesthouse; it is no destination
    flights = ["flights london lisbon may 14", "london to lisbon cheap", "alfama guesthouse"]
    assert _title(flights[0], flights, "travel", towns=towns) == "Trip to Lisbon in May"


def test_may_the_verb_names_no_month() -> None:
    queries = ["may i bring a dog on a train to lisbon", "lisbon dog friendly hotels"]
    assert _title(queries[0], queries, "travel", towns=frozenset({"lisbon"})) == ("Trip to Lisbon")


def test_an_island_the_gazetteer_lacks_is_named_as_the_pages_write_it() -> None:
    queries = [
        "maui in january weather whales",
        "kaanapali condo with kitchen vrbo",
        "alaska airlines portland to maui january",
        "napili vs kihei where to stay maui with kids",
    ]
    titles = ["Whale watching season on Maui and where to see them", "Things to do on Maui"]
    towns = frozenset({"portland", "kihei"})
    assert _title(queries[0], queries, "travel", titles, towns) == "Trip to Maui in January"


def test_a_name_the_searches_put_before_the_place_is_part_of_it() -> None:
    # the gazetteer knows a town called Mara; the reserve is the Maasai Mara
    queries = [
        "maasai mara 2 night safari package from nairobi",
        "what to pack for maasai mara safari in july",
        "mara reserve park fees non resident",
    ]
    titles = ["3-Day Maasai Mara Safari by Road", "What to pack for the Maasai Mara in July"]
    towns = frozenset({"mara", "nairobi"})
    assert _title(queries[0], queries, "travel", titles, towns) == ("Safari in Maasai Mara in July")
    # a common word before it is no part of its name: "north" of "north goa"
    goa = ["north goa beach shacks", "north goa vs south goa for friends", "goa in december"]
    pages = ["Best Beach Shacks in North Goa", "North Goa or South Goa? | Goa Tourism"]
    assert _title(goa[0], goa, "travel", pages, frozenset({"goa"})) == "Trip to Goa in December"
    # but a lake's or a mountain's is, and the common word alone is no place (week167)
    garda = ["lake garda half term october family", "lake garda in october weather"]
    pages = ["Family holidays on Lake Garda | Visit Garda", "Lake Garda in late October?"]
    assert _title(garda[0], garda, "travel", pages) == "Trip to Lake Garda in October"


def test_a_place_few_searches_name_is_not_the_trip() -> None:
    queries = [
        "grand canyon south rim with kids december",
        "bright angel trail how far down with a 9 year old",
        "el tovar lodge availability december",
        "flagstaff hotels with indoor pool for kids",
    ]
    towns = frozenset({"tovar", "flagstaff"})
    assert _title(queries[0], queries, "travel", towns=towns) == (
        "Grand canyon south rim with kids December"
    )


def test_one_town_spelled_two_ways_is_one_and_a_part_of_a_name_is_none() -> None:
    krakow = [
        "stag do krakow ideas shooting range vodka tour",
        "flights to kraków friday evening from stansted",
        "apartment old town krakow 8 people",
        "things to do kraków saturday afternoon",
    ]
    towns = frozenset({"krakow", "kraków", "stansted"})
    assert _title(krakow[0], krakow, "travel", towns=towns) == "Stag do in Krakow"
    diego = ["san diego zoo tickets", "san diego hotels near gaslamp", "legoland day pass"]
    towns = frozenset({"san", "san diego"})
    assert _title(diego[0], diego, "travel", towns=towns) == "Trip to San Diego"


def test_what_a_trip_is_for_starts_its_name() -> None:
    hen = [
        "hen do ideas bath",
        "cottage sleeps 10 near bath hot tub hen weekend",
        "bottomless brunch bath saturday group booking",
        "bath hen do itinerary spa brunch",
    ]
    titles = ["Cottages near Bath sleeping 10 with hot tub", "Re: Hen do dates that work"]
    # "Bath" is a place because a title writes it so in a sentence; "Hen" is what it is for
    assert _title(hen[0], hen, "travel", titles) == "Hen do in Bath"
    ski = ["telluride ski trip with kids spring break", "telluride lift tickets march"]
    assert _title(ski[0], ski, "travel", towns=frozenset({"telluride"})) == (
        "Ski trip to Telluride in March"
    )


def test_what_most_searches_say_names_the_task() -> None:
    knee = [
        "total knee replacement recovery time farmer back to work",
        "orthopedic surgeon knee replacement des moines reviews",
        "knee replacement before planting season",
    ]
    assert _title(knee[0], knee, "health") == "Knee replacement"
    # two searches of five are not most of them
    assert _title(
        knee[0], [*knee[:2], "physio near me", "ice or heat", "walker rental"], "health"
    ) == ("Total knee replacement recovery time farmer back to work")
    # a letter or a small number after a word is part of its name
    medicare = [
        "medicare part d plans 2027 compare",
        "medicare part d late enrollment penalty",
        "does medicare part d cover shingles vaccine",
    ]
    assert _title(medicare[0], medicare, "health") == "Medicare part D"
    tesla = ["tesla model 3 range winter", "used tesla model 3 price", "tesla model 3 vs y"]
    assert _title(tesla[0], tesla, "shopping") == "Tesla model 3"


def test_a_phrase_widened_keeps_the_number_or_letter_that_ends_its_name() -> None:
    # "tesla" is said by most searches, "tesla model" by half: widened, it keeps its "3"
    tesla = [
        "used tesla model 3 battery health check",
        "ev tax credit used car rules",
        "tesla model 3 2021 vs 2022",
        "what to inspect on a used tesla",
    ]
    assert _title(tesla[0], tesla, "shopping") == "Tesla model 3"
    # "part" is said by all four, "medicare part" by two: "medicare part d"
    medicare = [
        "medicare part d plan finder compare drugs",
        "extra help medicare part d income limit",
        "humana vs wellcare part d premium",
        "open enrollment deadline change part d",
    ]
    assert _title(medicare[0], medicare, "health") == "Medicare part D"
    # a word, not a number or letter, is not added twice: "fly fishing", not "fly fishing rod"
    fishing = [
        "beginner fly fishing rod 5 weight",
        "fly fishing rod for trout",
        "fly line weight forward floating",
        "how to tie clinch knot to fly",
    ]
    assert _title(fishing[0], fishing, "learning") == "Fly fishing"


def test_a_phrase_keeps_the_word_every_search_puts_before_it_or_half_put_after() -> None:
    speech = [
        "best man speech structure how long",
        "best man speech jokes about groom",
        "best man speech examples funny",
    ]
    assert _title(speech[0], speech, "shopping") == "Best man speech"
    fishing = [
        "beginner fly fishing rod 5 weight",
        "fly fishing south platte flies",
        "fly line weight forward floating",
        "how to tie clinch knot to fly",
    ]
    assert _title(fishing[0], fishing, "learning") == "Fly fishing"
    jobs = ["senior product manager jobs seattle hybrid", "product manager salary seattle"]
    assert _title(jobs[0], [*jobs, "product manager interview questions"], "jobs") == (
        "Senior product manager jobs seattle hybrid"
    )


def test_a_problem_keeps_its_error_as_its_name() -> None:
    queries = [
        "github actions postgres service connection refused",
        "github actions postgres healthcheck",
        "github actions postgres pg_isready",
    ]
    titles = ["About service containers - GitHub Docs", "Creating PostgreSQL service containers"]
    assert _title(queries[0], queries, "fixing", titles) == (
        "GitHub actions postgres service connection refused"
    )


def test_a_thing_to_buy_loses_best_and_keeps_its_price() -> None:
    shoes = ["best running shoes for flat feet", "brooks adrenaline vs asics kayano"]
    assert _title(shoes[0], shoes, "shopping") == "Running shoes for flat feet"
    desk = [
        "best standing desk under $400",
        "standing desk vs converter",
        "flexispot e7 standing desk review",
    ]
    assert _title(desk[0], desk, "shopping") == "Standing desk under $400"


def test_a_subject_learnt_is_a_name_the_pages_write() -> None:
    rust = [
        "rust book ownership",
        "rust borrow checker explained",
        "rust traits and generics tutorial",
        "anyhow vs thiserror",
    ]
    pages = [
        "rust book ownership - Google Search",  # the search's own result page
        "What is Ownership? - The Rust Programming Language",
        "Introducing the Rust borrow checker - LogRocket Blog",
        "anyhow vs thiserror : r/rust",
    ]
    assert _title(rust[0], rust, "learning", pages) == "Learning Rust"
    # a word no page writes as a name is no subject
    plain = ["usability study recruitment", "usability test script", "usability sample size"]
    assert _title(plain[0], plain, "learning", ["how many users for a usability test"]) == (
        "Usability study recruitment"
    )


def test_a_subject_is_learnt_only_where_a_search_says_so() -> None:
    # every search says "refinance", and the rate tables write it in capitals; the journey
    # read as research by its "how to" and a "What Is" page (week158), but nothing in it
    # learns a subject
    refi = [
        "current mortgage refinance rates colorado 30 year fixed",
        "refinance closing costs worth it break even calculator",
        "cash out refinance vs heloc for kitchen remodel",
        "refinance appraisal waiver how to qualify",
    ]
    pages = [
        "Colorado Refinance Rates Today | Bankrate",
        "Mortgage Refinance Break-Even Calculator | Bankrate",
        "What Is an Appraisal Waiver and How Do You Get One? - Investopedia",
    ]
    title = _title(refi[0], refi, "learning", pages)
    assert "Learning" not in title
    assert "refinance" in title.lower()


def test_a_place_the_titles_write_only_after_a_bar_is_where_the_trip_goes() -> None:
    # the gazetteer has no Breckenridge, and the titles write it only first after a bar
    # ("Lift Tickets | Breckenridge Ski Resort"); Denver, named inside a sentence, is home
    # (week158: "Ski trip to Denver in March")
    ski = [
        "breckenridge lift tickets march epic day pass price",
        "ski rental breckenridge vs denver cheaper",
        "i-70 traffic saturday morning ski what time to leave denver",
        "breckenridge lodging under 200 a night march",
    ]
    pages = [
        "Epic Day Pass | Epic Pass",
        "Lift Tickets | Breckenridge Ski Resort",
        "Ski Rental Prices | Breckenridge Ski Rentals",
        "Rent skis in Denver or at the mountain? : r/COsnow",
        "Breckenridge Vacation Rentals | Vrbo",
    ]
    towns = frozenset({"denver"})
    assert _title(ski[0], ski, "travel", pages, towns) == "Ski trip to Breckenridge in March"


def test_a_product_keeps_what_its_ordinal_counts_and_its_names_casing() -> None:
    # week160: "IPad 10th" and "MacBook air"
    tablet = [
        "ipad vs galaxy tab for elderly parent easy to use",
        "ipad 10th gen large text settings for seniors setup",
        "galaxy tab a9 vs ipad 10th gen for video calls grandma",
    ]
    pages = [
        "Best tablet for seniors 2027 | TechRadar",
        "Make text bigger on iPad - Apple Support",
        "Galaxy Tab A9 vs iPad 10th gen: which tablet should you buy? | Tom's Guide",
    ]
    assert _title(tablet[0], tablet, "shopping", pages) == "iPad 10th gen"
    laptop = [
        "best laptop for product managers 2027 lightweight 16gb",
        "macbook air m4 vs dell xps 13 battery life",
        "lenovo thinkpad x1 carbon vs macbook air for work",
        "new macbook air setup migration assistant from windows",
    ]
    pages = [
        "MacBook Air M4 vs Dell XPS 13 comparison - Notebookcheck.net",
        "Lenovo ThinkPad X1 Carbon vs. Apple MacBook Air | PCMag",
        "Apple MacBook Air 13-inch M4 16GB 512GB - Best Buy",
    ]
    assert _title(laptop[0], laptop, "shopping", pages) == "MacBook Air"
    # after an acronym, a capitalised word is the titles' style (week43)
    knee = ["acl rehab week 6 exercises", "acl rehab running again", "acl rehab brace"]
    pages = ["ACL Rehab Protocol | Physio", "Return to Running after ACL Rehab | Clinic"]
    assert _title(knee[0], knee, "health", pages) == "ACL rehab"


def test_words_are_written_as_the_pages_write_them() -> None:
    queries = ["fafsa parent contributor fsa id how to"]
    titles = [
        "Parent contributor FAFSA guide | Federal Student Aid",
        "KATY YOUTH SOCCER CLUB TRYOUTS",  # shouting names nothing
    ]
    assert _title(queries[0], queries, "paperwork", titles) == (
        "FAFSA parent contributor fsa id how to"
    )
    soccer = ["katy youth soccer club tryouts u11"]
    assert _title(soccer[0], soccer, "other", titles) == "Katy youth soccer club tryouts u11"


def test_another_language_keeps_its_search() -> None:
    queries = ["kita platz hamburg beantragen", "kita gutschein hamburg", "kita warteliste"]
    assert not in_english(queries)
    assert in_english(["brooks adrenaline vs asics kayano", "methimazole starting dose cats"])
    assert _title(queries[0], queries, "paperwork", towns=frozenset({"hamburg"})) == (
        "Kita platz Hamburg beantragen"
    )


def test_a_word_of_one_letter_of_another_language_is_no_letter_that_names() -> None:
    # "à" had been read as the letter of "Medicare part D" and written "À" (week161)
    trip = ["fin de semaine à québec quoi faire en novembre", "hôtel vieux-québec"]
    towns = frozenset({"québec"})
    assert _title(trip[0], trip, "travel", towns=towns) == (
        "Fin de semaine à Québec quoi faire en novembre"
    )
    tapas = ["tapas y vino en sevilla"]
    assert _title(tapas[0], tapas, "other") == "Tapas y vino en sevilla"
    medicare = ["medicare part d plans", "medicare part d late penalty", "medicare part d"]
    assert _title(medicare[0], medicare, "health") == "Medicare part D"


def test_an_easy_or_beginner_subject_is_the_subject() -> None:
    guitar = [
        "beginner guitar first lesson",
        "easy guitar chords g c d",
        "strumming pattern beginner",
        "capo for acoustic guitar",
        "wonderwall easy guitar",
    ]
    # "easy" of two searches is no part of it: not "Easy guitar"
    assert _said_most(guitar, frozenset()) == "guitar"
    pages = ["G, C and D Chords - Beginner Guitar Lesson", "How To Tune A Guitar For Beginners"]
    assert _title(guitar[0], guitar, "learning", pages) == "Learning Guitar"


def test_an_acronym_or_model_name_is_written_as_the_titles_write_it() -> None:
    tv = ["lg c4 vs samsung s90d 65 inch", "lg c4 65 price drop", "lg c4 wall mount vesa size"]
    pages = [
        "LG C4 OLED vs Samsung S90D OLED Side-by-Side TV Comparison - RTINGS.com",
        "LG C4 vs. Samsung S90D: Which OLED TV Should You Buy? - CNET",
    ]
    assert _title(tv[0], tv, "shopping", pages) == "LG C4"
    ira = ["roth ira income limits 2027", "backdoor roth ira steps", "roth ira vs 401k"]
    assert _title(ira[0], ira, "paperwork", ["Roth IRA Income Limits | Fidelity"]) == ("Roth IRA")
    # one word shouted in a title is its style, not a name; a title in capitals says nothing
    desk = ["standing desk under 400", "standing desk wobble fix"]
    shouted = ["The BEST Standing Desk Under $400", "STANDING DESK WOBBLE FIX GUIDE"]
    assert _title(desk[0], desk, "shopping", shouted) == "Standing desk under 400"


def test_a_code_starting_with_a_digit_and_the_persons_own_town_are_written_as_names() -> None:
    gst = ["gstr-3b due date november 2027 late fee", "gstr-3b nil return"]
    pages = ["GSTR-3B Due Date for FY 2027-28: Monthly & Quarterly | ClearTax"]
    assert _title(gst[0], gst, "fixing", pages) == "GSTR-3B due date November 2027 late fee"
    # the town the person lives in is a name as much as one travelled to (week163)
    jee = ["best jee coaching in mumbai fees", "jee main syllabus class 11"]
    text = JourneyText(jee, ["ALLEN Mumbai | Classroom Programs for JEE (Main + Advanced)"])
    home = frozenset({"mumbai"})
    assert (
        task_title(jee[0], text, "other", frozenset(), home) == "Best JEE coaching in Mumbai fees"
    )
    visa = ["visa renewal uae documents"]
    named = task_title(visa[0], JourneyText(visa, []), "fixing", frozenset(), frozenset({"uae"}))
    assert named == "Visa renewal UAE documents"


def test_a_range_in_a_model_s_name_is_one_word_and_a_shop_shouting_its_name_no_writing() -> None:
    # "70-180" was two words, and "Tamron 70" half a focal range; the maker's own page
    # writes "TAMRON", every other title "Tamron" (week165)
    lens = [
        "sony 70-200 gm ii vs tamron 70-180 g2 for weddings",
        "tamron 70-180 g2 used price mpb",
        "mpb vs keh buying used lens warranty",
        "tamron 70-180 g2 eye af tracking a7iv",
        "tamron 70-180 g2 first firmware update sony",
    ]
    pages = [
        "Used Tamron 70-180mm f/2.8 Di III VC VXD G2 Sony FE | MPB",
        "Tamron 70-180mm F/2.8 Di III VC VXD G2 Sony E | KEH Camera",
        "Tamron 70-180mm f/2.8 Di III VC VXD G2 Lens for Sony E | B&H",
        "A065 Firmware Update | TAMRON",
    ]
    assert _title(lens[0], lens, "shopping", pages) == "Tamron 70-180 G2"
    # words joined by a hyphen are one ("t shirt printing" before)
    shirts = ["t-shirt printing cheap", "t-shirt printing near me", "custom t-shirt printing"]
    assert _said_most(shirts, frozenset()) == "t-shirt printing"
    # where a name is written in capitals more often than not, the capitals stay
    ikea = ["ikea pax wardrobe hinges", "ikea pax wardrobe doors", "ikea pax wardrobe planner"]
    shouted = ["PAX wardrobe planner | IKEA", "PAX Wardrobe doors - IKEA US", "Ikea hacks"]
    assert _title(ikea[0], ikea, "shopping", shouted).startswith("IKEA PAX")


def test_a_common_word_every_title_writes_in_capitals_is_an_acronym() -> None:
    # "nate" is a common word (a name), and a shouted common word in one title is style;
    # NATE, in capitals in every title that says it, is the certification (week166)
    nate = [
        "nate core exam practice test free",
        "nate core exam safety tools basic electrical questions",
        "nate core exam passing score how many questions",
    ]
    pages = [
        "NATE Core Exams | North American Technician Excellence",
        "Free NATE Core Practice Test (2027) - 50 Questions | HVAC Exam Practice",
        "Frequently Asked Questions | NATE",
    ]
    assert _title(nate[0], nate, "learning", pages) == "NATE core exam"


def test_a_word_every_search_says_is_named_with_the_word_put_before_it() -> None:
    # "crown" is in every search, each time after another word; the first search and a
    # page title say "dental crown(s)", as the other two pairs are said twice too: the
    # first said wins
    crown = [
        "dental crown cost with delta dental ppo how much do i pay",
        "porcelain vs zirconia crown molar",
        "temporary crown fell out what to do weekend",
    ]
    pages = [
        "Dental Crowns | Delta Dental",
        "Zirconia Crowns: Pros, Cons, and Cost - Healthline",
        "What To Do If Your Temporary Crown Falls Off | Colgate",
    ]
    assert _title(crown[0], crown, "health", pages) == "Dental crown"
    # "outback" in three of four searches, and "Subaru Outback" in the titles of four pages
    car = [
        "used subaru outback 2021 under 25000 denver dealer",
        "2021 outback 2.5 cvt problems what to check test drive",
        "carfax one owner outback 34000 miles good price kbb",
        "subaru dealer doc fee colorado negotiate",
    ]
    listings = [
        "Used 2021 Subaru Outback for Sale in Denver, CO | Cars.com",
        "2021 CVT issues? | Subaru Outback Forums",
        "2021 Subaru Outback Price, Value, Ratings & Reviews | Kelley Blue Book",
    ]
    assert _title(car[0], car, "shopping", listings) == "Subaru outback under 25000"
    # no word before it said twice: the search stays the title
    alone = ["crown cost", "zirconia crown molar", "crown fell out"]
    assert _title(alone[0], alone, "health") == "Crown cost"
