"""A site's repeated title ending is dropped from what its pages are about."""

from __future__ import annotations

from journeys.engine.titles import plain_title, repeated_tails, says_little

REI = [
    ("rei.com", "How to Choose the Right Bike Size | REI Expert Advice"),
    ("rei.com", "Car Camping Checklist | REI Expert Advice"),
]


def test_an_ending_two_titles_of_a_site_repeat_is_dropped() -> None:
    tails = repeated_tails(REI)
    assert tails == {"rei.com": frozenset({"rei expert advice"})}
    assert plain_title(REI[1][1], "rei.com", tails) == "Car Camping Checklist"
    # a title seen later, with the same ending, loses it too; another site's does not
    later = "How to Choose Sleeping Pads | REI Expert Advice"
    assert plain_title(later, "rei.com", tails) == "How to Choose Sleeping Pads"
    assert plain_title(later, "example.com", tails) == later


def test_only_the_last_part_goes_and_the_rest_stays_whole() -> None:
    pages = [
        ("mayoclinic.org", "Plantar fasciitis - Symptoms and causes - Mayo Clinic"),
        ("mayoclinic.org", "Achilles tendinitis - Diagnosis and treatment - Mayo Clinic"),
    ]
    tails = repeated_tails(pages)
    assert plain_title(pages[0][1], "mayoclinic.org", tails) == (
        "Plantar fasciitis - Symptoms and causes"
    )
    # a hyphen inside a word or a name is not where a title's parts meet
    assert plain_title("Wi-Fi 7 routers - Mayo Clinic", "mayoclinic.org", tails) == (
        "Wi-Fi 7 routers"
    )


def test_an_ending_one_title_has_or_a_broad_site_repeats_is_kept() -> None:
    one = [("serious-eats.com", "What to Use If You Don't Have a Banneton | Serious Eats")]
    assert repeated_tails(one) == {}
    forum = [
        ("reddit.com", "Trek Domane AL2 vs Specialized Allez? : r/bicycling"),
        ("reddit.com", "Best budget road bike pedals : r/bicycling"),
    ]
    assert repeated_tails(forum) == {}  # a board's name is a topic


def test_a_site_with_a_page_that_says_little_without_its_name_keeps_it() -> None:
    shop = [
        ("runningwarehouse.com", "Brooks Adrenaline GTS 24 Men's Shoes | Running Warehouse"),
        ("runningwarehouse.com", "Asics Gel-Kayano 31 Men's Shoes | Running Warehouse"),
        ("runningwarehouse.com", "Shopping Cart | Running Warehouse"),
    ]
    # "Shopping Cart" alone would read like any shop's cart: the shop's name ties its pages
    assert repeated_tails(shop) == {}
    assert repeated_tails(shop[:2]) == {"runningwarehouse.com": frozenset({"running warehouse"})}


def test_titles_without_parts_are_themselves() -> None:
    tails = repeated_tails([("a.com", "One"), ("a.com", "Two"), ("a.com", "")])
    assert tails == {}
    assert plain_title("One", "a.com", {"a.com": frozenset({"x"})}) == "One"


def test_a_broad_site_loses_an_ending_that_is_its_own_name_unless_it_is_a_shop() -> None:
    answers = [
        ("stackoverflow.com", "Terraform Error acquiring the state lock - Stack Overflow"),
        (
            "stackoverflow.com",
            "Kubernetes pods OOMKilled although memory usage is low - Stack Overflow",
        ),
    ]
    tails = repeated_tails(answers)
    assert tails == {"stackoverflow.com": frozenset({"stack overflow"})}
    assert plain_title(answers[0][1], "stackoverflow.com", tails) == (
        "Terraform Error acquiring the state lock"
    )
    videos = [
        ("youtube.com", "How to Taper for Your First Marathon - YouTube"),
        ("youtube.com", "Cats vs Cucumbers compilation - YouTube"),
    ]
    assert repeated_tails(videos) == {"youtube.com": frozenset({"youtube"})}
    # a shop of everything keeps its name: what is bought there is often one task
    shop = [
        ("ebay.com", "Printing shipping labels | eBay"),
        ("ebay.com", "Canon AE-1 Program 35mm film camera body | eBay"),
    ]
    assert repeated_tails(shop) == {}


def test_a_stores_name_goes_and_so_does_a_broad_sites_even_where_little_is_left() -> None:
    store = [
        ("homedepot.com", "Quikrete 50 lb. Fast-Setting Concrete Mix 100491 - The Home Depot"),
        ("homedepot.com", "Pit Boss Navigator 850 sq. in. Pellet Grill 10697 - The Home Depot"),
    ]
    # "the home depot" names homedepot.com: a fence post and a grill share only the store
    assert repeated_tails(store) == {"homedepot.com": frozenset({"the home depot"})}
    maps = [
        ("google.com", "Aria - Google Maps"),
        ("google.com", "Decatur Family Dentistry - Google Maps"),
    ]
    # a product of the site's owner is the site's name, and a place named in one word keeps
    # its name alone: "Aria" says more than "Google Maps" does
    tails = repeated_tails(maps)
    assert tails == {"google.com": frozenset({"google maps"})}
    assert plain_title("Aria - Google Maps", "google.com", tails) == "Aria"
    docs = [
        ("docs.google.com", "Visa documents checklist - Google Docs"),
        ("docs.google.com", "Japan honeymoon plan - Google Docs"),
    ]
    assert repeated_tails(docs) == {"docs.google.com": frozenset({"google docs"})}


def test_a_stores_name_goes_from_every_title_even_where_one_says_little_without_it() -> None:
    store = [
        ("currys.co.uk", 'LENOVO IdeaPad Slim 5 14" Laptop - AMD Ryzen 5, 512 GB SSD | Currys'),
        ("currys.co.uk", "GOOGLE Pixel 9a - 128 GB, Obsidian | Currys"),
        ("currys.co.uk", "Student Discount | Currys"),
    ]
    # a store of everything ties no tasks by its name: a laptop and a phone bought there
    # share nothing else (week69), and its cart is no piece's representative
    tails = repeated_tails(store)
    assert tails == {"currys.co.uk": frozenset({"currys"})}
    assert plain_title(store[1][1], "currys.co.uk", tails) == "GOOGLE Pixel 9a - 128 GB, Obsidian"
    assert plain_title(store[2][1], "currys.co.uk", tails) == "Student Discount"
    # a shop of one trade keeps its name where a page says little without it
    assert (
        repeated_tails([("runningwarehouse.com", t.replace("Currys", "X")) for _, t in store]) == {}
    )
    # nor does a marketplace's name go: a seller's pages there are named after it
    market = [("ebay.co.uk", t.replace("Currys", "eBay")) for _, t in store]
    assert repeated_tails(market) == {}


def test_a_title_says_little_where_few_words_are_its_own() -> None:
    assert says_little("Thank You for Your Order - The Home Depot")
    assert says_little("Cart - Best Buy")
    assert says_little("Checkout")
    assert not says_little("MOEN 1225 Replacement Cartridge - The Home Depot")
    assert not says_little("Quartz vs. Butcher Block Countertops: Which Is Right for You?")


def test_a_mail_sites_account_address_goes_with_its_name() -> None:
    # Gmail names the account in every message's title: its words are the person's
    address = "marcus.bell.realtor@gmail.com"
    pages = [
        ("mail.google.com", f"Team hotel block - Labor Day Classic - {address} - Gmail"),
        ("mail.google.com", f"Appointment confirmed: new patient exam - {address} - Gmail"),
        ("mail.google.com", f"Inbox (3) - {address} - Gmail"),
    ]
    tails = repeated_tails(pages)
    assert plain_title(pages[0][1], "mail.google.com", tails) == (
        "Team hotel block - Labor Day Classic"
    )
    assert plain_title(pages[1][1], "mail.google.com", tails) == (
        "Appointment confirmed: new patient exam"
    )
    # a part that is no address stays, and so does an address where the site's name stays
    assert plain_title("Re: lunch - Sam Lee - Gmail", "mail.google.com", tails) == (
        "Re: lunch - Sam Lee"
    )
    assert plain_title(f"Notes - {address}", "example.com", tails) == f"Notes - {address}"
