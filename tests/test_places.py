"""A person's own town is read past; a trip's destination is kept (``engine.places``)."""

from __future__ import annotations

from functools import cache

import pytest

from journeys.engine.embedding import Vectors
from journeys.engine.gazetteer import other_names
from journeys.engine.minilm import MiniLMEmbedder
from journeys.engine.places import PlaceParams, home_places, place_like, travelled_to, without

DAY = 86_400_000_000

# a retired engineer's searches over ten days: his town in three unrelated tasks, and a
# trip whose destination is in every one of its searches
HOME = [
    "solar panel quotes phoenix cost per watt",
    "solar panel tax credit 2026 retired",
    "pool pump hums but won't start",
    "rv rental phoenix to grand canyon",
    "variable speed pool pump worth it",
    "grand canyon rv campground mather",
    "solar installers phoenix reviews sunpower vs tesla",
    "pool pump replacement cost phoenix installed",
    "lisbon hotels may",
    "lisbon in may weather",
    "sintra day trip from lisbon train",
]


@cache
def _model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def _embed(texts: list[str] | tuple[str, ...]) -> Vectors:
    return _model().embed(list(texts))


def _places(searches: list[str], params: PlaceParams | None = None) -> frozenset[str]:
    times = [k * DAY // 2 for k in range(len(searches))]
    return home_places(searches, times, _embed(searches), range(len(searches)), _embed, params)


def test_the_town_of_unrelated_tasks_is_found_and_the_destination_is_not() -> None:
    assert _places(HOME) == {"phoenix"}


def test_without_the_town_the_tasks_are_unlike_and_their_own_searches_alike() -> None:
    pool, solar = "pool pump replacement cost phoenix installed", HOME[0]
    a, b = _embed([pool, solar])
    c, d = _embed([without(pool, frozenset({"phoenix"})), without(solar, frozenset({"phoenix"}))])
    assert float(a @ b) > 0.55 > float(c @ d) + 0.1


def test_a_word_on_one_day_or_in_two_searches_is_no_place() -> None:
    searches = [s for s in HOME if "phoenix" not in s] + HOME[:1] + HOME[3:4]
    assert "phoenix" not in _places(searches)
    same_day = home_places(HOME, [0] * len(HOME), _embed(HOME), range(len(HOME)), _embed)
    assert same_day == frozenset()


def test_a_word_of_a_task_is_no_place_however_often_searched() -> None:
    # "pool" is in four searches on four days, but the model does not read it as a town
    assert "pool" not in _places([*HOME, "pool chemicals cheap"])
    # the most used words of the language ("near", "center") are never a person's place
    near = ["tailor near me", "honda service center near me", "parking near united center"]
    assert _places(HOME + near) == {"phoenix"}


# an accountant's week in Dublin (week22): a kitchen renovation named in four searches on
# four days, beside the braces, a half marathon and clients' tax returns
KITCHEN = [
    "form 11 deadline 2026 ros pay and file",
    "thinkpad t14 gen 5 vs dell latitude 7450",
    "preliminary tax calculation self employed ireland",
    "dublin half marathon 2026 date entry",
    "half marathon training plan 10 weeks sub 2 hours",
    "ros digital certificate expired renew",
    "best laptop for excel heavy spreadsheets 2026",
    "usb c dock dual monitor",
    "invisalign vs braces teenager cost ireland",
    "orthodontist dublin south reviews",
    "kitchen renovation cost ireland 2026",
    "quartz vs laminate worktops",
    "shin splints running treatment",
    "ibuprofen before long run",
    "fontaines dc o2 arena london tickets",
    "ryanair dublin to london stansted may",
    "revenue pay and file extension ros 2026",
    "capital gains tax shares disposal cgt1 form",
    "thinkpad t14 gen 5 review battery life",
    "med 2 form orthodontic tax relief",
    "how long do aligners take",
    "kitchen fitters dublin reviews",
    "shaker kitchen units painted vs vinyl wrap",
    "soft close hinges",
    "asics novablast 5 vs nike pegasus 41",
    "hotel near o2 arena greenwich",
    "stansted express to north greenwich",
    "hse orthodontic treatment waiting list criteria",
    "self assessed client late filing surcharge 5% ireland",
    "lenovo ireland business discount code",
    "10k tempo run pace for 2 hour half marathon",
    "kitchen layout plan small galley",
]


def test_a_room_is_no_town() -> None:
    # "kitchen" is 0.41 like "city", as "madison" is, but more like "room": without it, its
    # searches ("fitters dublin reviews") read like the braces', and the renovation splits
    # (and "ireland", of a tax return and a laptop's discount: her country, scattered at a
    # state's 0.2 since the thirty-first session)
    assert _places(KITCHEN) == {"dublin", "ireland"}
    assert "kitchen" in _places(KITCHEN, PlaceParams(indoors="", dwelling=""))


# a condo sold by its owner (week78), named in most of the sale's searches; the rest of
# the sale goes on without the word, as a home town's tasks do
CONDO = [
    "how to list condo for sale by owner illinois",
    "best convertible car seat 2026 small car rear facing",
    "condo staging tips small one bedroom",
    "laptop battery swelling trackpad lifting dangerous",
    "condo hoa resale disclosure 22.1 illinois cost",
    "nursery paint colors gender neutral benjamin moore",
    "how to price my condo comps west loop 1 bed",
    "flat fee mls listing illinois",
    "crib mattress firm breathable best",
    "real estate attorney flat fee condo closing chicago",
]


def test_a_dwelling_is_no_town() -> None:
    # "condo" is 0.46 like "city" and 0.40 like "room", but 0.62 like "apartment"
    assert "condo" not in _places(CONDO)
    assert "condo" in _places(CONDO, PlaceParams(dwelling=""))


# a florist's searches (week41): her state in three unrelated tasks, read by the model as a
# state more than as a city (0.39 like "city", 0.62 like "state")
STATE = [
    "roof leak commercial building landlord responsibility oregon",
    "square vs shopify pos for flower shop",
    "dog friendly hotel cannon beach oceanfront",
    "hiring delivery driver part time flower shop pay",
    "roofer near me commercial flat roof repair estimate",
    "oregon quarterly estimated tax llc single member",
    "puppy training classes",
    "shopify pos card reader price lease or buy",
    "delivery driver background check small business oregon",
    "flat roof patch vs replace cost per square foot",
    "irs direct pay estimated tax payment 1040-es",
    "how to get a puppy to stop biting 12 weeks",
]


def test_a_state_named_in_unrelated_tasks_is_a_place_too() -> None:
    assert _places(STATE) == {"oregon"}
    assert _places(STATE, PlaceParams(region="")) == frozenset()


def test_a_town_written_before_the_persons_own_state_is_theirs_too() -> None:
    # a warehouse manager's own state was read as his (week186), and "columbus", searched
    # on two days only, had tied a crew's forklift course to a baby's car seat check
    town = list(STATE)
    town[6] = "puppy training classes salem oregon"
    town[4] = "roofer near me commercial flat roof repair estimate salem"
    assert _places(town) == {"oregon", "salem"}
    # not where it is searched on one day only
    once = list(STATE)
    once[6] = "puppy training classes salem oregon"
    once[7] = "shopify pos card reader price lease or buy salem"
    assert _places(once) == {"oregon"}
    # nor where a place to stay is looked for in it
    stayed = list(town)
    stayed[11] = "dog friendly hotel salem downtown"
    assert _places(stayed) == {"oregon"}


# a realtor's week (week67): her town in the searches of her listing, every one of which
# names a town, and of her anniversary; a tournament whose searches all name its town
REALTOR = [
    "recently sold homes 3 bed ranch decatur ga 30030",
    "chattanooga labor day soccer tournament u12 schedule",
    "rock creek sports complex chattanooga",
    "beginner guitar first chords g c d em",
    "home staging cost atlanta vacant vs occupied",
    "15th anniversary gift ideas crystal traditional",
    "real estate photographer atlanta drone twilight price",
    "romantic restaurants atlanta anniversary dinner private booth",
    "hampton inn chattanooga downtown parking breakfast",
    "listing description examples ranch renovated decatur",
    "things to do chattanooga with kids between games",
    "crystal whiskey decanter engraved 15th anniversary",
    "open house sign in sheet template",
    "aria atlanta dress code parking",
]


def test_a_town_whose_searches_are_scattered_over_tasks_is_a_place() -> None:
    # no search of the listing goes on without a town, but the five naming "atlanta" are
    # of two tasks and unlike each other without it; the tournament's are more alike; and
    # Decatur, where the listing is, is 9 km from Atlanta (thirtieth session)
    assert _places(REALTOR) == {"atlanta", "decatur"}
    assert _places(REALTOR, PlaceParams(scattered=None)) == frozenset()
    # with fewer searches than ``scattered_min``, how alike they are is not asked
    assert _places(REALTOR, PlaceParams(scattered_min=6)) == frozenset()


# an electrician's week in Cleveland (week85): his state named in three searches of three
# tasks, whose fishing licence and estimated tax are 0.25 alike without it ("online" in both)
ELECTRICIAN = [
    "hail damage roof shingles signs what to look for",
    "ibew local 38 apprenticeship application 2027",
    "nec 2023 gfci requirements kitchen countertop receptacles",
    "how to file a homeowners insurance claim for hail state farm",
    "lake erie walleye charter port clinton price per person",
    "quarterly estimated taxes 1099 side work how much to pay",
    "roof replacement cost 2000 sq ft ohio architectural shingles",
    "ohio fishing license one day non resident buy online",
    "ohio estimated tax payment it 1040es online",
    "what to bring on a walleye charter lake erie may",
]


def test_a_state_of_scattered_searches_is_a_place_at_a_looser_likeness() -> None:
    # 0.16 alike on average without it: over a town's 0.13, under a state's 0.2 (thirty-
    # first session); a town as scattered is a trip's destination as often as a home
    assert _places(ELECTRICIAN) == {"ohio"}
    assert _places(ELECTRICIAN, PlaceParams(region_scattered=None)) == frozenset()
    assert _places(ELECTRICIAN, PlaceParams(region_scattered=0.15)) == frozenset()


# an accountant from the Philippines working in Dubai (week110): the country she lives in
# named by its letters in the searches of her visa, the money she sends home and her flights
ABROAD = [
    "excel reconcile bank statement with general ledger match amounts",
    "uae residence visa renewal employer sponsored documents 2027",
    "best way to send money to philippines from uae lowest fee",
    "buying pre selling condo cebu as ofw turnover delays",
    "accrued expenses reversing entries month end close checklist",
    "school fees installment plan la salle greenhills 2027",
    "wise vs remitly uae to gcash transfer time",
    "emirates baggage allowance economy manila balikbayan box",
    "uae visa stamping after medical how many days typing centre",
]


def test_a_country_by_its_letters_of_scattered_searches_is_a_place() -> None:
    # "uae" is 0.48 like "country" (under the 0.5 asked of a country's name) and 0.15
    # alike without it: a country is scattered at a state's 0.2 (thirty-first session)
    assert _places(ABROAD) == {"uae"}
    assert _places(ABROAD, PlaceParams(region_scattered=None)) == frozenset()


# a student's fortnight in Vancouver (week23): her town named in three searches only, of a
# road bike, a hike and a permit, unlike each other without it
STUDENT = [
    "study permit extension inside canada processing time",
    "used road bike vancouver craigslist",
    "what size road bike for 5'6 woman",
    "garibaldi lake day use pass reservation",
    "garibaldi lake hike difficulty elevation gain",
    "bus to squamish from vancouver",
    "gifts for 16 year old girl who likes art",
    "ircc gckey login account",
    "biometrics appointment vancouver service canada",
    "trek domane al 2 used price",
    "bear spray where to buy",
]


def test_three_scattered_searches_are_enough_to_name_a_place() -> None:
    # three searches of three tasks, 0.1 alike without the town on average (twenty-ninth
    # session; four were asked before, and the town tied the hike and the permit to the bike)
    assert _places(STUDENT) == {"vancouver"}
    assert _places(STUDENT, PlaceParams(scattered_min=4)) == frozenset()


# an engineer's searches in Pune (week76): the model reads "pune" alone as no place (less
# like "city" than "madison" is), but it is the name of a town of millions
PUNE = [
    "knee replacement surgery cost pune private hospital",
    "ather 450x vs tvs iqube real world range",
    "star health cashless claim knee replacement waiting period",
    "pune to jaipur flights february indigo direct",
    "sherwani on rent pune koregaon park",
    "jaipur wedding guest outfit men february",
    "ather 450x on road price pune 2026",
    "hotels near jai mahal palace jaipur",
    "ather showroom pune test ride booking",
    "jaipur gift ideas for cousin wedding silver",
]


def test_a_town_the_model_does_not_know_is_a_place_all_the_same() -> None:
    assert place_like(["pune"], _embed, PlaceParams()) == []
    assert _places(PUNE) == {"pune"}


# a designer's searches in Lisbon (week79): her country named in three unrelated tasks
COUNTRY = [
    "aima residence permit renewal online how to",
    "macbook air m2 screen flickering horizontal lines",
    "documents needed residence permit renewal portugal freelancer",
    "recibos verdes irs category b simplified regime",
    "applecare without plan screen repair cost macbook air m2 portugal",
    "best francesinha porto locals",
    "irs deadline 2026 portugal june freelancer deductions",
    "surf forecast costa da caparica this weekend",
    "freelancer income tax return deductions deadline",
]


def test_a_country_named_in_unrelated_tasks_is_a_place_too() -> None:
    assert place_like(["portugal"], _embed, PlaceParams()) == []
    assert _places(COUNTRY) == {"portugal"}


# a photographer in Cape Town (week178): her town in the searches of a wedding she shoots,
# her son's school and her car's gearbox, and a family safari's country in its camp's,
# its e-visa's, a vaccine's and malaria tablets' searches, which the model reads as four
# tasks as well
SAFARI = [
    "wedding photography contract template south africa",
    "kenya safari family masai mara august",
    "grade 8 applications 2028 western cape schools online",
    "second shooter rate per hour wedding cape town",
    "kenya evisa eta south african passport",
    "gearbox repair cape town northern suburbs reviews",
    "yellow fever vaccine kenya required children",
    "rondebosch boys high school grade 8 admission requirements",
    "governors camp masai mara family tent reviews",
    "malaria tablets kenya children masai mara",
    "gearbox centre bellville quote valve body",
]


def test_a_country_no_town_of_the_persons_is_in_is_not_theirs() -> None:
    # "cape", spelt in "cape town", is a town in South Africa; Kenya is where she goes
    found = _places(SAFARI)
    assert "cape" in found
    assert "kenya" not in found
    # a country of the person's own towns is theirs still: the same searches in Nairobi
    nairobi = [s.replace("western cape", "nairobi").replace("cape town", "nairobi") for s in SAFARI]
    assert {"nairobi", "kenya"} <= _places(nairobi)


# a PhD student's searches in Boston (week99): her town named in three unrelated tasks, and
# her neighbourhood, Allston, in a lease's search and in a cat's emergency vet
STUDENT_BOSTON = [
    "rdkit MolFromMolBlock returns None sdf file",
    "acs fall 2027 denver poster session dates",
    "massachusetts rent increase notice how much is legal",
    "allston brighton average rent 1 bedroom 2027",
    "latex thesis template bibliography not showing biber",
    "cat peeing outside litter box blood in urine",
    "emergency vet allston open now",
    "flights boston to denver august cheap",
    "hotels near colorado convention center walking distance",
    "used road bike boston craigslist 54cm",
    "landlord wont fix radiator can i withhold rent massachusetts",
    "trek domane al 2 vs specialized allez used price",
    "poster printing 48x36 boston university same day",
    "fabric poster vs paper poster for flying",
    "urinary food for cats hills c/d vs royal canin so",
    "meet craigslist seller bike safe place boston police station",
]


# a civil engineer in Houston (week123): a family trip to Oaxaca names the town in its
# every search, in Spanish, and so do none of his other tasks
OAXACA = [
    "retaining wall weep holes spacing gravel backfill",
    "cita visa de turista para mi papá consulado monterrey",
    "drenaje muro de contención tubo perforado especificación",
    "vuelos houston oaxaca noviembre día de muertos",
    "hoteles centro histórico oaxaca familia 4 personas",
    "qué preguntan en la entrevista de visa de turista a personas mayores",
    "qué hacer en oaxaca día de muertos con niños",
    "coeficiente de empuje activo rankine arcilla muro",
    "mi papá necesita carta de invitación para visa de turista",
    "renta de auto aeropuerto oaxaca familia",
]


def test_a_town_a_search_travels_to_is_no_place_of_the_persons() -> None:
    # without the town, the trip's Spanish searches are like his other Spanish searches
    # by their language alone, and "oaxaca" seemed to be where he does everything; but
    # he searched flights from Houston to it (thirty-fifth session, step 70)
    assert _places(OAXACA) == frozenset()
    # and hotels in it (forty-fourth session): either says he goes there
    flown = [s.replace("vuelos houston oaxaca", "vuelos a oaxaca") for s in OAXACA]
    assert _places(flown) == frozenset()
    unsaid = [s.replace("hoteles centro", "centro") for s in flown]
    assert _places(unsaid) == {"oaxaca"}


def test_the_towns_travelled_to_are_those_after_the_first_or_before_from() -> None:
    searches = [
        "passagem toronto recife dezembro mais barata",
        "toronto to recife flights december tap via lisbon",
        "flights to porto from madrid",
        "hotel boa viagem recife",  # no way to travel
        "chicago nashville bachelorette weekend",  # nor here
    ]
    words = frozenset({"toronto", "recife", "lisbon", "porto", "madrid", "chicago", "nashville"})
    assert travelled_to(words, searches) == {"recife", "lisbon", "porto"}
    assert travelled_to(frozenset({"toronto"}), searches) == frozenset()


def test_the_town_a_place_to_stay_is_looked_for_in_is_travelled_to() -> None:
    # a conference's hotel, its airport's train and its weather name "chicago" on three
    # days, and without it the three are unlike: read as her own town, it had left the
    # weather apart from the hotel (week160); Atlanta, where she lives, is not stayed in
    searches = [
        "hotels near mccormick place chicago walking distance",
        "chicago o'hare to mccormick place cta or uber",
        "chicago conference what to wear may weather",
        "pediatric urgent care open now decatur ga atlanta",
    ]
    words = frozenset({"chicago", "atlanta"})
    assert travelled_to(words, searches) == {"chicago"}
    # a place to stay between two towns says neither is where one goes
    assert travelled_to(words, ["hotels between chicago and atlanta"]) == frozenset()
    # a search engine's log keeps such a town a candidate home (measured on SMC-12)
    assert travelled_to(words, searches, stayed=False) == frozenset()
    from journeys.engine.grouping import for_query_logs

    assert for_query_logs().places is not None and not for_query_logs().places.stayed


def test_a_drive_between_two_towns_and_a_bed_and_breakfast_are_travel() -> None:
    # a bakery owner in Atlanta (week185): her anniversary weekend's town was searched on
    # four days and read as her own; "atlanta", searched twice, then tied the drive there
    # to her water heater's permit
    words = frozenset({"atlanta", "savannah"})
    assert travelled_to(words, ["drive atlanta to savannah stops on the way"]) == {"savannah"}
    stay = ["savannah bed and breakfast historic district anniversary"]
    assert travelled_to(words, stay) == {"savannah"}
    assert travelled_to(words, ["savannah inn historic district"]) == {"savannah"}
    # a drive naming one town, and a breakfast without a bed, are neither
    assert travelled_to(words, ["test drive savannah toyota dealer"]) == frozenset()
    assert travelled_to(words, ["best breakfast savannah downtown"]) == frozenset()


def test_the_town_searches_travel_from_is_the_persons_own() -> None:
    # a retired man in Brisbane named his town twice (week189): in a hearing test's search
    # and as where a drive sets out from; by it the trip was gathered into his hearing aids
    searches = [
        "free hearing test brisbane specsavers vs bupa",
        "brown patches lawn grubs or dry patch how to tell",
        "drive brisbane to cairns caravan how many days",
        "account based pension minimum drawdown rates 2027",
        "caravan parks airlie beach powered sites pet friendly",
    ]
    assert _places(searches) == {"brisbane"}
    assert _places(searches, PlaceParams(origin_unlike=None)) == frozenset()
    # named on one day only, it is not
    assert _places([searches[0], searches[2], searches[1], *searches[3:]]) == frozenset()


def test_a_town_a_trip_names_again_is_not_the_persons_own() -> None:
    # a nurse in Dubai searched her Christmas flights home from the other end, and their
    # baggage allowance by the same town (week110): both are the trip's, 0.41 alike
    searches = [
        "manila to dubai christmas flights cebu pacific vs emirates price",
        "uae visa renewal medical fitness test",
        "emirates baggage allowance economy manila balikbayan box",
    ]
    assert _places(searches) == frozenset()
    # nor is a town a search for a way to travel goes to
    there = ["hotel near cairns esplanade", *searches]
    there[1] = "sydney to cairns flights"
    assert "cairns" not in _places(there)


# an engineer in Hamburg (week191): "kita", a nursery in German and a ward of Tokyo, in
# four searches of his daughter's place; his town in five searches of four tasks
HAMBURG = [
    "allwetterreifen oder winterreifen norddeutschland test",
    "kita gutschein hamburg beantragen unterlagen",
    "flüge hamburg palma juli familie günstig",
    "homeoffice pauschale 2026 wie viele tage steuererklärung",
    "jobrad leasing rechner netto vorteil",
    "eingewöhnung kita berliner modell wie lange",
    "familienhotel mallorca kinderclub all inclusive cala d'or",
    "reifenwechsel termin hamburg altona preis",
    "elster arbeitszimmer oder homeoffice pauschale was ist besser",
    "e-bike trekking bosch cx 2027 test unter 4000 euro",
    "kita platz hamburg eimsbüttel freie plätze warteliste",
    "mallorca mit kleinkind welcher strand flach",
    "winterreifen 205 55 r16 continental vs michelin preis",
    "jobrad versicherung diebstahl was ist abgedeckt",
    "fahrtkosten entfernungspauschale 2026 ab km 21",
    "mallorca mietwagen mit kindersitz palma flughafen",
    "kita eingewöhnung tipps weinen beim abschied",
    "e-bike händler hamburg jobrad partner probefahrt",
]


def test_a_town_the_model_does_not_read_far_from_the_persons_own_is_not_theirs() -> None:
    assert _places(HAMBURG) == {"hamburg", "altona", "eimsbüttel"}
    assert "kita" in _places(HAMBURG, PlaceParams(far_km=None))


def test_a_town_beside_the_persons_own_is_theirs_too() -> None:
    # Allston is 5 km from Boston, Brighton 8 km (the English Brighton is far); Denver is a
    # trip's destination, kept
    assert _places(STUDENT_BOSTON) == {"boston", "allston", "brighton"}
    assert _places(STUDENT_BOSTON, PlaceParams(beside_km=None)) == {"boston"}
    assert _places(STUDENT_BOSTON, PlaceParams(beside_km=4.0)) == {"boston"}


# a father in Cape Town (week144): his town named in three unrelated tasks, and his suburb,
# Rondebosch, in his dog's emergency vet and his daughter's school
FATHER_CAPE_TOWN = [
    "sunsynk 5kw vs deye 5kw which is better",
    "dog lethargic pale gums not eating after tick",
    "emergency vet rondebosch open now",
    "switch bond to another bank south africa costs",
    "swimming lessons 4 year old claremont",
    "inverter installer cape town reviews coc certificate",
    "sseg registration city of cape town inverter grid tied",
    "tick and flea tablets dogs bravecto vs nexgard cape town",
    "rondebosch east primary school grade 1 application 2028",
    "sunsynk 5kw installed price cape town quote fair",
]


def test_a_town_beside_a_home_town_of_two_words_is_theirs_too() -> None:
    # "cape" and "town" are read past as words; the suburbs are looked for around "cape
    # town", which the two spell one after the other (thirty-eighth session)
    found = _places(FATHER_CAPE_TOWN)
    assert {"cape", "town", "rondebosch"} <= found
    assert "rondebosch" not in _places(FATHER_CAPE_TOWN, PlaceParams(beside_km=None))


# a doctoral student in Munich (week168): her town named as its own people write it in the
# searches its pages answer, and in English in others, five searches of four tasks
STUDENT_MUNICH = [
    "neurips camera ready latex template page limit",
    "aufenthaltstitel verlängern münchen termin",
    "wg zimmer münchen maxvorstadt ab januar",
    "latex figure placement two column bottom of page",
    "bouldering gym munich beginner course english",
    "sore throat fever 3 days when to see doctor",
    "english speaking general practitioner munich public insurance",
    "overleaf bibtex missing doi url too long in references",
    "wedding gift ideas for sister long distance",
    "documents needed residence permit extension researcher germany",
    "wg gesucht scam deposit before viewing",
    "scarpa veloce vs la sportiva tarantulace beginner",
    "neurips camera ready deadline time zone anywhere on earth",
    "ship package germany to canada dhl customs gift",
    "handmade ceramic serving bowl set wedding etsy germany",
    "strep throat vs viral tonsillitis white spots",
    "latex table too wide resizebox vs tabularx",
    "zwischenmiete münchen januar möbliert studentin",
    "boulderwelt 10er karte vs monthly membership student",
    "fiktionsbescheinigung travel outside germany while waiting",
    "overleaf submit camera ready pdf fonts not embedded",
    "wg casting what to ask flatmates",
    "bouldering finger pain beginner how many days rest",
    "sore throat gone but cough after two weeks",
]


def test_a_town_named_in_its_own_language_and_in_english_is_one_place() -> None:
    # "münchen" (three searches) and "munich" (two) are one town's names: counted as one,
    # five searches of four tasks; asking four searches, neither alone would be looked at
    assert other_names()["münchen"] == other_names()["muenchen"] == "munich"
    loose = PlaceParams(min_searches=4, share=0.2)
    assert {"münchen", "munich"} <= _places(STUDENT_MUNICH, loose)
    english = [s.replace("münchen", "munich") for s in STUDENT_MUNICH]
    assert "munich" in _places(english, loose)
    # a word that is no other name of it is counted apart
    unknown = [s.replace("münchen", "munchkin") for s in STUDENT_MUNICH]
    assert not {"munich", "munchkin"} & _places(unknown, loose)


def test_a_towns_other_names_are_of_big_towns_and_no_words() -> None:
    names = other_names()
    assert names["praha"] == "prague" and names["warszawa"] == "warsaw"
    # a town's own name, a country's, a common English word, a short one: none
    assert not {"munich", "paris", "france", "roma", "muc"} & names.keys()
    # Köln (Cologne) has fewer than a million people
    assert "köln" not in names


def test_a_search_for_a_flight_in_another_language_travels_to_its_town() -> None:
    # "tiket pesawat" is a plane ticket in Indonesian (week146): Osaka is where she goes
    searches = ["tiket pesawat jakarta osaka april garuda vs jal", "itinerary osaka 5 hari"]
    words = frozenset({"jakarta", "osaka"})
    assert travelled_to(words, searches) == {"osaka"}
    assert travelled_to(words, ["itinerary osaka 5 hari", "kost murah jakarta"]) == frozenset()


def test_without_keeps_what_would_otherwise_be_empty() -> None:
    assert without("Phoenix, AZ weather", frozenset({"phoenix"})) == "AZ weather"
    assert without("phoenix", frozenset({"phoenix"})) == "phoenix"
    assert without("rv rental to grand canyon", frozenset({"phoenix"})) == (
        "rv rental to grand canyon"
    )


def test_params_are_checked() -> None:
    with pytest.raises(ValueError, match="share"):
        PlaceParams(share=0)
    with pytest.raises(ValueError, match="min_searches"):
        PlaceParams(min_searches=0)
    with pytest.raises(ValueError, match="region_like"):
        PlaceParams(region_like=1.5)
    with pytest.raises(ValueError, match="scattered_min"):
        PlaceParams(scattered_min=1)


def test_the_persons_own_town_gathers_no_two_tasks() -> None:
    """A restaurant owner in Toronto (week58) names his town in the searches of his
    cooler, his hiring and his health inspection, and the city's pages name it in every
    title. Read past by the model, it still made the inspection own "toronto" and gather
    the hiring of a line cook; as the person's own place it gathers nothing."""
    from journeys.engine.grouping import Item, group

    minute, hour = 60_000_000, 3_600_000_000
    items: list[Item] = []
    visits = [
        (0, 15, "walk in cooler not holding temperature compressor running", "cooler"),
        (1, 14, "line cook job posting template toronto wage 2026", "cook"),
        (1, 16, "dinesafe toronto inspection checklist what inspectors look for", "safe"),
        (2, 15, "walk in cooler refrigeration repair toronto commercial 24 hour", "cooler"),
        (4, 14, "food handler certificate toronto online course staff", "safe"),
        (4, 16, "interview questions for line cook practical test", "cook"),
        (6, 15, "pest control log restaurant toronto inspection requirements", "safe"),
        (6, 16, "line cook hiring toronto indeed post free or sponsored", "cook"),
        (9, 15, "dinesafe yellow card conditional pass what happens next", "safe"),
    ]
    pages = {
        "walk in cooler not": [
            ("Walk-In Cooler Troubleshooting Guide | WebstaurantStore", "webstaurantstore.com")
        ],
        "line cook job": [
            ("Line Cook Job Description Template | Indeed for Employers", "ca.indeed.com"),
            (
                "Minimum wage | Your guide to the Employment Standards Act | ontario.ca",
                "ontario.ca",
            ),
        ],
        "dinesafe toronto": [
            ("DineSafe - City of Toronto", "toronto.ca"),
            ("Food Premises Inspection and Disclosure - City of Toronto", "toronto.ca"),
        ],
        "walk in cooler refrigeration": [
            ("Top 10 Best Commercial Refrigeration Repair in Toronto, ON | Yelp", "yelp.ca")
        ],
        "food handler": [("Food Handler Certification - City of Toronto", "toronto.ca")],
        "interview": [("Hiring Line Cooks: 20 Interview Questions | Chef Works", "chefworks.com")],
        "pest control": [("O. Reg. 493/17: FOOD PREMISES | ontario.ca", "ontario.ca")],
        "line cook hiring": [
            ("Indeed Job Posting Pricing | Indeed for Employers", "ca.indeed.com")
        ],
        "dinesafe yellow": [("DineSafe Signs - City of Toronto", "toronto.ca")],
    }
    tasks: list[str] = []
    for day, at, query, task in visits:
        start = day * DAY + at * hour
        items.append(Item(start, query, query, "google.com"))
        search = len(items) - 1
        (found,) = [v for k, v in pages.items() if query.startswith(k)]
        for n, (title, host) in enumerate(found, 1):
            items.append(Item(start + n * minute, title, "", host, search))
        tasks += [task] * (1 + len(found))
    home = frozenset({"toronto", "restaurant"})
    vectors = _model().embed([without(it.text, home) for it in items])
    journey = group(items, vectors, home=home).journey
    of = {t: {journey[i] for i, x in enumerate(tasks) if x == t} for t in set(tasks)}
    assert all(len(js) == 1 for js in of.values()), of
    assert len({next(iter(js)) for js in of.values()}) == 3
    # were it a word like any other, the hiring would join the inspection
    glued = group(items, vectors).journey
    assert glued[tasks.index("cook")] == glued[tasks.index("safe")]


def test_a_portals_name_gathers_no_two_tasks() -> None:
    """The names of the broad sites visited are no journey's words when gathering, as the
    person's own place is not: "ecitizen" of a passport's renewal and of a car's logbook,
    both done on Kenya's one site for government services (week60)."""
    from journeys.engine.grouping import _portals

    hosts = ["www.reddit.com", "accounts.ecitizen.go.ke", "kubernetes.io", "", "www.youtube.com"]
    assert _portals(hosts) == {"reddit", "ecitizen"}  # "youtube" is a word of the language
    assert _portals(["www.seai.ie", "kubernetes.io"]) == frozenset()  # no broad site


def test_the_town_a_search_travels_from_is_its_origin() -> None:
    from journeys.engine.places import origin

    assert origin("flights chicago nashville friday evening southwest") == "chicago"
    assert origin("flights to recife from toronto") == "toronto"
    assert origin("movers chicago 1 bedroom logan square") is None  # no way to travel
    assert origin("flights to nashville") is None  # one town: no route


def test_a_town_of_several_words_is_one_town_of_a_route() -> None:
    from journeys.engine.places import origin

    # week202: a developer in São Paulo flies to Santiago; read word by word, the search
    # named one town only, and "santiago" was taken for his own
    assert origin("passagem aérea são paulo santiago julho") == "são paulo"
    assert origin("cheap flights san francisco to tokyo") == "san francisco"
    words = frozenset({"são paulo", "santiago"})
    assert travelled_to(words, ["passagem aérea são paulo santiago julho"]) == {"santiago"}
    # a place to stay in a town of several words travels there, and to its words (week181:
    # "escondido" is a town of California too)
    stay = ["puerto escondido fin de semana largo hotel zicatela"]
    assert travelled_to(frozenset({"puerto escondido", "escondido"}), stay) == {
        "puerto escondido",
        "escondido",
    }


# a developer's ten days in São Paulo (week202): his town, of two words, in three tasks,
# and a trip to Santiago, flown to from it, whose searches are as unlike without it
SAO_PAULO = [
    "piso vinílico preço m2 instalado são paulo",
    "passagem aérea são paulo santiago julho",
    "adotar gato filhote são paulo ong",
    "deserto do atacama quantos dias passeios san pedro",
    "valle nevado day trip saindo de santiago preço julho",
    "despesas médicas dedução imposto de renda",
    "instalador de piso vinílico zona sul sp avaliações",
    "santiago chile onde ficar providencia ou lastarria",
]


def test_a_town_of_several_words_is_the_persons_own_by_its_words_too() -> None:
    found = _places(SAO_PAULO)
    assert {"são paulo", "são", "paulo"} <= found
    assert "santiago" not in found
    # but not by a word of the most used: "new" of "new orleans" names every task's things
    orleans = [s.replace("são paulo", "new orleans") for s in SAO_PAULO]
    found = _places(orleans)
    assert "new orleans" in found and "new" not in found
