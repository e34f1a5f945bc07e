"""Two searches naming two different towns are not linked (``engine.destinations``)."""

from __future__ import annotations

from functools import cache

from journeys.engine.destinations import destinations, named_in
from journeys.engine.embedding import Vectors
from journeys.engine.gazetteer import PLACE_KINDS, town_names
from journeys.engine.grouping import Item, group
from journeys.engine.minilm import MiniLMEmbedder

MIN = 60_000_000
DAY = 24 * 60 * MIN


@cache
def _model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def _embed(texts: list[str] | tuple[str, ...]) -> Vectors:
    return _model().embed(list(texts))


def test_towns_are_read_from_geonames_without_the_kinds_of_places() -> None:
    towns = town_names()
    assert {"lisbon", "verona", "dublin", "kyoto", "stockport"} <= towns
    assert not PLACE_KINDS & towns  # "airport" and "temple" are towns' names too
    assert "les" not in towns and "escaldes" not in towns  # names of one word only


def test_towns_whose_names_have_accents_are_known_with_and_without_them() -> None:
    # the file writes "Montr\\u00e9al": until the thirtieth session, 7,047 of its 34,006
    # towns went unread so, Montréal, Québec, Zürich, Kraków, Málaga and São Paulo among them
    names = town_names()
    for accented, bare in [
        ("montréal", "montreal"),
        ("zürich", "zurich"),
        ("kraków", "krakow"),
        ("são paulo", "sao paulo"),
    ]:
        assert accented in names and bare in names
    assert destinations(["hotel near paradeplatz zürich", "flights to krakow friday"], _embed) == {
        "zürich",
        "krakow",
    }


def test_the_towns_searched_are_those_the_model_reads_as_places_but_home() -> None:
    searches = [
        "flights manchester to lisbon june",
        "car hire verona airport child seats",
        "group flights manchester dublin friday saturday",
        "best running shoes for reading half marathon",  # Best and Reading are towns
        "orange juice concentrate",
    ]
    found = destinations(searches, _embed, home=frozenset({"manchester"}))
    assert found == {"lisbon", "verona", "dublin"}
    assert "manchester" in destinations(searches, _embed)
    # a rarer town's name is a town as it is: the model reads "ubud" as no place
    assert destinations(["bali villa ubud private pool", "flights to denpasar"], _embed) == {
        "ubud",
        "denpasar",
    }
    assert destinations([], _embed) == frozenset()
    # a town of a million people is a town whatever the model reads: "kyoto" is 0.36 like
    # "city" (the protocol), and a honeymoon's rail pass was apart from its bamboo grove
    assert "kyoto" in destinations(["jr pass worth it tokyo kyoto hiroshima"], _embed)


def _trips(towns: frozenset[str]) -> list[int]:
    # two trips planned in one week, both flown to from home and searched on one flight site:
    # alike, sharing a site, and two words only they searched ("flights", "manchester")
    g, sky = "google.com", "skyscanner.net"
    items = [
        Item(0, "flights manchester to lisbon june", "flights manchester to lisbon june", g),
        Item(MIN, "Manchester to Lisbon, 12 Jun | Skyscanner", "", sky, parent=0),
        Item(DAY, "flights manchester to verona august", "flights manchester to verona august", g),
        Item(DAY + MIN, "Manchester to Verona, 1 Aug | Skyscanner", "", sky, parent=2),
        Item(2 * DAY, "alfama hotel lisbon", "alfama hotel lisbon", g),
        Item(2 * DAY + MIN, "Memmo Alfama Design Hotel, Lisbon", "", "booking.com", parent=4),
    ]
    vectors = _embed([it.text for it in items])
    return group(items, vectors, towns=towns).journey


def test_searches_naming_two_different_towns_are_not_linked() -> None:
    joined = _trips(frozenset())
    assert joined[0] == joined[2] == joined[4]  # alike by meaning and site: one journey
    apart = _trips(frozenset({"lisbon", "verona"}))
    assert apart[0] == apart[1] == apart[4] == apart[5] != apart[2] == apart[3]


def test_towns_near_each_other_are_one_destination() -> None:
    from journeys.engine.destinations import regions

    found = regions(frozenset({"london", "greenwich", "kyoto", "osaka", "lisbon", "verona"}))
    assert found["london"] == found["greenwich"] and found["kyoto"] == found["osaka"]
    assert len({found["london"], found["kyoto"], found["lisbon"], found["verona"]}) == 4
    assert regions(frozenset({"nowhereville"})) == {}


def test_regions_are_those_of_every_pair_of_towns_weighed_by_its_distance() -> None:
    """The k-d tree finds the regions that weighing every pair of towns by its great-circle
    distance finds, on 400 names (thousands of towns: a Springfield in every state)."""
    import numpy as np

    from journeys.engine.destinations import regions
    from journeys.engine.gazetteer import known_towns

    towns = known_towns()
    names = sorted(towns.rows)[::60][:400]
    found = regions(frozenset(names))
    names = sorted(found)
    where = [towns.at[slice(*towns.rows[w])] for w in names]

    def km(a: np.ndarray, b: np.ndarray) -> float:  # type: ignore[type-arg]
        lat1, lon1, lat2, lon2 = a[:, :1], a[:, 1:], b[:, 0][None, :], b[:, 1][None, :]
        h = (
            np.sin((lat2 - lat1) / 2) ** 2
            + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        )
        return float((2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(h, 1.0)))).min())

    near = [[km(where[i], where[j]) <= 100 for j in range(len(names))] for i in range(len(names))]
    # the regions are the connected parts of the graph of near pairs
    region = list(range(len(names)))
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if near[i][j]:
                old, new = region[j], region[i]
                region = [new if r == old else r for r in region]
    pairs = [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))]
    assert any(near[i][j] for i, j in pairs)  # some towns are near each other
    for i, j in pairs:
        assert (found[names[i]] == found[names[j]]) == (region[i] == region[j])


def test_a_concert_in_london_with_a_hotel_in_greenwich_is_one_trip() -> None:
    g = "google.com"
    items = [
        Item(0, "o2 arena london tickets", "o2 arena london tickets", g),
        Item(MIN, "Tickets | Ticketmaster UK", "", "ticketmaster.co.uk", parent=0),
        Item(DAY, "hotel near o2 arena greenwich", "hotel near o2 arena greenwich", g),
        Item(DAY + MIN, "Hotels near The O2, Greenwich", "", "booking.com", parent=2),
    ]
    vectors = _embed([it.text for it in items])
    journey = group(items, vectors, towns=frozenset({"london", "greenwich"})).journey
    assert journey[0] == journey[2]


def test_countries_searched_are_read_as_countries() -> None:
    from journeys.engine.destinations import country_names

    assert {"canada": "CA", "portugal": "PT"}.items() <= country_names().items()
    searches = [
        "canada visitor visa processing time india passport",
        "wedding guest outfit portugal june",
        "new jersey turnpike tolls",  # a state, and a shirt: no country
        "new mexico road trip",  # a state
        "jordan 4 retro sizing",  # shoes
    ]
    assert destinations(searches, _embed) == {"canada", "india", "portugal"}
    # a country searched by its letters, which GeoNames names in three words, and which
    # the model reads as 0.48 like "country" (thirty-first session)
    assert country_names()["uae"] == "AE"
    assert destinations(["uae residence visa renewal documents"], _embed) == {"uae"}


def test_a_town_has_the_country_of_its_most_populous_namesake_once_a_country_is_named() -> None:
    from journeys.engine.destinations import lands, regions

    named = frozenset({"canada", "vancouver", "porto", "austin"})
    # Vancouver, Washington is smaller than Vancouver, British Columbia; Portugal is not
    # named, so Porto's country is not looked for; nor is Austin's
    assert lands(named) == {"canada": "CA", "vancouver": "CA"}
    assert set(regions(named)) == {"vancouver", "porto", "austin"}  # a country is no town


def test_a_visa_joins_the_trip_to_a_town_of_its_country() -> None:
    g = "google.com"
    items = [
        Item(0, "icml 2026 vancouver hotel block", "icml 2026 vancouver hotel block", g),
        Item(MIN, "ICML 2026 Hotels", "", "icml.cc", parent=0),
        Item(2 * MIN, "Pan Pacific Vancouver", "", "booking.com", parent=1),
        Item(DAY, "canada visitor visa processing time", "canada visitor visa processing time", g),
        Item(DAY + MIN, "Check processing times - Canada.ca", "", "canada.ca", parent=3),
    ]
    vectors = _embed([it.text for it in items])
    towns = frozenset({"vancouver", "canada"})
    apart = group(items, vectors, towns=frozenset({"vancouver"})).journey
    assert apart[0] != apart[3]  # 0.1 alike: two tasks to the model
    joined = group(items, vectors, towns=towns).journey
    assert joined[0] == joined[1] == joined[2] == joined[3] == joined[4]


def test_a_town_named_like_a_state_names_no_town() -> None:
    # Florida is a town in Uruguay and Cuba, Colorado one in Texas: to the model, states
    searches = [
        "accordion shutters installed price per sq ft florida",
        "colorado ski resorts december",
        "hurricane shutters vs impact windows cost tampa",
    ]
    assert destinations(searches, _embed) == {"tampa"}


def test_a_town_of_two_or_three_words_is_named() -> None:
    from journeys.engine.destinations import named_in, regions

    assert "salt lake city" in named_in("drive denver to salt lake city i-80 vs i-70 winter")
    assert "mexico city" in named_in("where to stay in mexico city roma or condesa")
    # "new york city" is a town; "york" after "new" is none
    found = named_in("hotels new york city times square")
    assert "new york city" in found and "york" not in found
    searches = ["drive denver to salt lake city", "las vegas shows december"]
    assert destinations(searches, _embed, home=frozenset({"denver"})) == {
        "salt lake city",
        "las vegas",
    }
    # a name holding a word of the person's own place is theirs too
    assert destinations(["crossfit mid city new orleans"], _embed, home=frozenset({"orleans"})) == (
        frozenset()
    )
    # Herriman is a suburb of Salt Lake City: one destination
    where = regions(frozenset({"salt lake city", "herriman", "las vegas"}))
    assert where["salt lake city"] == where["herriman"] != where["las vegas"]


def test_sure_towns_are_rare_names_or_big_towns_never_countries() -> None:
    from journeys.engine.gazetteer import sure_towns

    # "pune" is past the most used words; "kyoto" is a town of a million; "reading" and
    # "orange" are towns too, but common words the model must read; "peru" is a country
    words = {"pune", "kyoto", "reading", "orange", "peru", "zzzz"}
    assert sure_towns(words) == {"pune", "kyoto"}


def test_a_town_the_model_has_no_word_for_is_sure_from_a_hundred_thousand_people() -> None:
    from journeys.engine.gazetteer import sure_towns

    # "carlsbad" (115,000 people) is among the most used words, and the model reads it as
    # "carl" "##sb" "##ad", no place; "seattle" it knows whole, and reads as a place itself
    assert sure_towns({"carlsbad", "scottsdale", "seattle", "tyre"}) == {"carlsbad", "scottsdale"}
    # a town's name the model splits, of fewer people, is read by the model as before
    assert "alamo" not in sure_towns({"alamo"})
    # a conference in Seattle and a family's spring break by Legoland, in Carlsbad (week94)
    found = destinations(
        ["hotels near seattle convention center", "family hotels carlsbad near legoland"], _embed
    )
    assert found == {"seattle", "carlsbad"}


def test_the_country_the_person_lives_in_gathers_no_two_tasks() -> None:
    # a nurse in Montreal (week128): her critical care certification names Canada and her
    # weekend at Quebec City's carnival a town of it; the country is hers, no destination
    g = "google.com"
    items = [
        Item(0, "carnaval de québec dates programmation", "carnaval de québec dates", g),
        Item(MIN, "Programmation | Carnaval de Québec", "", "carnaval.qc.ca", parent=0),
        Item(2 * MIN, "hôtel vieux-québec famille février", "hôtel vieux-québec famille", g),
        Item(3 * MIN, "Hôtels à Québec - Booking.com", "", "booking.com", parent=2),
        Item(4 * MIN, "carnaval québec activités enfants", "carnaval québec activités enfants", g),
        Item(DAY, "ccn certification canada exam blueprint", "ccn certification canada exam", g),
        Item(DAY + MIN, "Critical Care Nursing Certification", "", "cna-aiic.ca", parent=5),
        Item(DAY + 2 * MIN, "ccn renewal learning hours canada", "ccn renewal hours canada", g),
        Item(DAY + 3 * MIN, "Renew your certification", "", "cna-aiic.ca", parent=7),
    ]
    vectors = _embed([it.text for it in items])
    towns = frozenset({"québec", "canada"})
    joined = group(items, vectors, towns=towns).journey
    assert joined[0] == joined[5]  # the country tied them, 0.1 alike as wholes
    apart = group(items, vectors, towns=towns, home=frozenset({"montreal"})).journey
    assert apart[0] == apart[2] == apart[4] != apart[5] == apart[7]


def test_the_persons_own_countries_are_those_of_their_places() -> None:
    from journeys.engine.destinations import own_lands

    assert own_lands(frozenset({"montreal", "montréal"})) == {"CA"}
    assert own_lands(frozenset({"portugal"})) == {"PT"}
    assert own_lands(frozenset({"warszawa", "mokotów", "kitchen"})) == {"PL"}
    assert own_lands(frozenset()) == frozenset()
    # the one most of the person's places are in: a wedding's Florence, taken for theirs,
    # leaves a Berlin engineer's Italy a destination (week25); on a tie, no country
    assert own_lands(frozenset({"berlin", "friedrichshain", "florence"})) == {"DE"}
    assert own_lands(frozenset({"berlin", "florence"})) == frozenset()


def test_a_town_of_several_words_is_sure_from_a_hundred_thousand_people() -> None:
    from journeys.engine.gazetteer import sure_towns

    # the model reads "santa fe" 0.39 like "city", under the 0.4 asked (week133); Logan
    # Square, a neighbourhood of Chicago, is a town of fewer
    assert sure_towns({"santa fe", "red deer", "logan square"}) == {"santa fe", "red deer"}
    found = destinations(["santa fe anniversary weekend ideas romantic"], _embed)
    assert found == {"santa fe"}


def test_a_town_of_several_words_in_titles_gathers_the_pieces_that_name_it() -> None:
    # week133: an anniversary weekend in Santa Fe, searched by its town once, then by an
    # inn and a spa whose pages name the town; and a fly rod, searched those days too
    from journeys.engine.destinations import spelled_out

    g = "google.com"
    items = [
        Item(0, "santa fe anniversary weekend ideas romantic", "santa fe anniversary", g),
        Item(MIN, "Romantic Getaways in Santa Fe | Tourism Santa Fe", "", "santafe.org", parent=0),
        Item(2 * MIN, "beginner fly fishing rod 5 weight combo", "fly fishing rod", g),
        Item(3 * MIN, "Beginner Fly Rod Outfits | Orvis", "", "orvis.com", parent=2),
        Item(3 * DAY, "inn of the anasazi vs la fonda on the plaza", "inn of the anasazi", g),
        Item(
            3 * DAY + MIN,
            "Inn of the Anasazi vs La Fonda - Santa Fe Forum - Tripadvisor",
            "",
            "tripadvisor.com",
            parent=4,
        ),
        Item(5 * DAY, "ten thousand waves spa couples reservation", "ten thousand waves", g),
        Item(
            5 * DAY + MIN,
            "Spa | Ten Thousand Waves, Santa Fe",
            "",
            "tenthousandwaves.com",
            parent=6,
        ),
    ]
    assert spelled_out([it.text for it in items], {"santa fe", "denver"}) == {"santa fe"}
    assert spelled_out(["santa feliciana"], {"santa fe"}) == set()  # whole words only
    vectors = _embed([it.text for it in items])
    apart = group(items, vectors).journey
    assert len({apart[0], apart[4], apart[6]}) == 3  # no word ties them to the model
    joined = group(items, vectors, towns=frozenset({"santa fe"})).journey
    assert joined[0] == joined[4] == joined[6] != joined[2]


def _tyres(home: frozenset[str]) -> list[int]:
    # winter tyres for a student's car in Montréal (week173): the law and the best tyres,
    # naming the province's name, a town's too; three days later, fitting them at a shop
    # in Laval, the next town
    g = "google.com"
    q1 = "pneus d'hiver obligatoires québec date 2027"
    q2 = "meilleurs pneus d'hiver corolla 2014 195/65r15"
    q3 = "costco pneus hiver installation rendez-vous laval"
    items = [
        Item(0, q1, q1, g),
        Item(MIN, "Pneus d'hiver | SAAQ", "", "saaq.gouv.qc.ca", parent=0),
        Item(3 * MIN, q2, q2, g),
        Item(
            4 * MIN,
            "Les meilleurs pneus d'hiver 2027 | Guide Auto",
            "",
            "guideautoweb.com",
            parent=2,
        ),
        Item(3 * DAY, q3, q3, g),
        Item(3 * DAY + MIN, "Centre de pneus | Costco", "", "costco.ca", parent=4),
    ]
    vectors = _embed([it.text for it in items])
    return group(items, vectors, towns=frozenset({"québec", "laval"}), home=home).journey


def test_a_town_by_the_persons_own_is_no_destination() -> None:
    # Laval is 15 km from Montréal: an errand there is no trip apart from the tyres' law
    joined = _tyres(frozenset({"montréal", "montreal"}))
    assert joined[0] == joined[2] == joined[4] == joined[5] != -1
    # with no home known, two towns named are two places, as before
    apart = _tyres(frozenset())
    assert apart[0] == apart[2] != apart[4]


def test_a_big_towns_other_name_names_the_town() -> None:
    # a café owner in Berlin (week177) searched the coffee festival in English and his
    # way there in German
    assert "copenhagen" in named_in("flixbus berlin kopenhagen")
    searches = ["copenhagen coffee festival 2027 tickets", "flug berlin kopenhagen mai"]
    assert destinations(searches, _embed, frozenset({"berlin"})) == {"copenhagen"}


def _festival() -> list[int]:
    # the festival's tickets and programme one day, and the bus, the flight and a hotel in
    # Vesterbro two days later, each searched by the town's German name
    g, d = "google.com", "duckduckgo.com"
    q1 = "copenhagen coffee festival 2027 tickets"
    q2 = "coffee festival copenhagen programme roasters"
    q3 = "flixbus berlin kopenhagen"
    q4 = "flug berlin kopenhagen mai"
    q5 = "hotel kopenhagen vesterbro günstig"
    items = [
        Item(0, q1, q1, d),
        Item(MIN, "Tickets | Copenhagen Coffee Festival", "", "coffeefestival.dk", parent=0),
        Item(2 * DAY, q3, q3, d),
        Item(2 * DAY + MIN, "Berlin to Copenhagen by bus | FlixBus", "", "flixbus.com", parent=2),
        Item(2 * DAY + 3 * MIN, q4, q4, d),
        Item(2 * DAY + 4 * MIN, "Flüge Berlin nach Kopenhagen | Skyscanner", "", "sky.de", 4),
        Item(4 * DAY, q5, q5, g),
        Item(4 * DAY + MIN, "Hotels in Vesterbro, Kopenhagen | Booking.com", "", "bk.com", 6),
        Item(6 * DAY, q2, q2, g),
        Item(6 * DAY + MIN, "Programme | Copenhagen Coffee Festival", "", "coffeefestival.dk", 8),
    ]
    vectors = _embed([it.text for it in items])
    towns = destinations([it.query for it in items if it.query], _embed, frozenset({"berlin"}))
    return group(items, vectors, towns=towns, home=frozenset({"berlin"})).journey


def test_a_trip_searched_under_two_names_of_its_town_is_one_journey() -> None:
    journey = _festival()
    assert len({journey[k] for k in range(10)}) == 1
    assert journey[0] != -1


def _algarve(home: frozenset[str]) -> list[int]:
    # a nurse's week in the Algarve (week183): flights to Faro, a hire car at Faro's
    # airport and the baggage allowance, and, between them, a boat to Benagil's cave
    # "from lagos or portimao", towns of the same coast that no word of the others names
    g, b = "google.com", "bing.com"
    q1 = "cheap flights manchester to faro may half term"
    q2 = "car hire faro airport excess insurance tips"
    q3 = "benagil cave boat tour from lagos or portimao"
    q4 = "jet2 manchester faro baggage allowance 22kg"
    items = [
        Item(0, q1, q1, g),
        Item(MIN, "Cheap flights from Manchester to Faro | Skyscanner", "", "skyscanner.net", 0),
        Item(2 * MIN, "Flights from Manchester to Faro | Jet2.com", "", "jet2.com", parent=0),
        Item(4 * DAY, q2, q2, g),
        Item(4 * DAY + MIN, "Car Hire at Faro Airport | Rentalcars.com", "", "rc.com", 3),
        Item(6 * DAY, q3, q3, b),
        Item(6 * DAY + MIN, "Benagil Cave Tours from Lagos & Portimão", "", "gyg.com", 5),
        Item(9 * DAY, q4, q4, g),
        Item(9 * DAY + MIN, "Baggage FAQs | Jet2.com", "", "jet2.com", parent=7),
    ]
    vectors = _embed([it.text for it in items])
    towns = destinations([it.query for it in items if it.query], _embed, home)
    assert {"faro", "lagos", "portimao"} <= towns
    return group(items, vectors, towns=towns, home=home).journey


def test_towns_of_one_region_far_from_home_tie_a_trip_like_one_town() -> None:
    journey = _algarve(frozenset({"manchester"}))
    assert journey[0] == journey[3] == journey[5] == journey[6] == journey[7] != -1
    # where the person's own town is unknown (a query log's user), a region may be theirs:
    # its towns tie nothing
    apart = _algarve(frozenset())
    assert apart[0] == apart[3] == apart[7] != apart[5]


def _two_days_out(home: frozenset[str]) -> list[int]:
    # a person in Manchester: a flight from Liverpool's airport on three days, and a day at
    # Chester's zoo, 25 km from Liverpool and 50 from home: two tasks, not one trip
    g = "google.com"
    q1 = "liverpool airport parking meet and greet"
    q2 = "liverpool airport parking long stay cheapest"
    q3 = "liverpool airport security queue times morning"
    q4 = "chester zoo security bag rules"
    items = [
        Item(0, q1, q1, g),
        Item(MIN, "Meet and Greet Parking | Liverpool John Lennon Airport", "", "lpl.com", 0),
        Item(DAY, q2, q2, g),
        Item(DAY + MIN, "Long Stay Parking | Liverpool John Lennon Airport", "", "lpl.com", 2),
        Item(2 * DAY, q3, q3, g),
        Item(2 * DAY + MIN, "Security | Liverpool John Lennon Airport", "", "lpl.com", 4),
        Item(3 * DAY, q4, q4, g),
        Item(3 * DAY + MIN, "Tickets | Chester Zoo", "", "chesterzoo.org", parent=6),
    ]
    vectors = _embed([it.text for it in items])
    towns = destinations([it.query for it in items if it.query], _embed, home)
    assert {"liverpool", "chester"} <= towns
    return group(items, vectors, towns=towns, home=home).journey


def test_towns_of_one_region_near_home_tie_nothing() -> None:
    journey = _two_days_out(frozenset({"manchester"}))
    assert journey[0] == journey[2] == journey[4] != journey[6]
