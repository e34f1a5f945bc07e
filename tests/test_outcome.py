"""Completion and pending signals, dates, and the stored form of an assessment."""

from __future__ import annotations

from journeys.engine.intent import Intent, Step
from journeys.engine.outcome import Assessment, assess
from journeys.times import parse_iso_to_us

DAY = 86_400_000_000
T0 = parse_iso_to_us("2026-11-02T09:00:00+00:00")
TRAVEL = Intent("travel", "travel planning and booking", 5.0)
LEARNING = Intent("learning", "learning or research", 5.0)


def page(url: str, title: str, k: int = 0) -> Step:
    host = url.split("/")[2].removeprefix("www.")
    return Step(T0 + k, url, host, title)


def search(q: str, k: int = 0) -> Step:
    return Step(T0 + k, f"https://duckduckgo.com/?q={q}", "duckduckgo.com", q, q)


def titles(evidence: tuple[object, ...]) -> list[str]:
    return [e.title for e in evidence]  # type: ignore[attr-defined]


def test_confirmation_pages_are_completion() -> None:
    done = [
        page("https://shop.example/checkout/onepage/success/", "Thank you for your order!"),
        page("https://www.opentable.com/booking/view?c=1", "Reservation confirmed - Osteria"),
        page("https://boards.greenhouse.io/acme/jobs/1/confirmation", "Application submitted"),
        page("https://www.amtrak.com/tickets/confirmation.html", "Booking Confirmation | Amtrak"),
        page("https://track.dpd.co.uk/parcels/1", "Track your parcel | DPD"),
        page("https://shop.example/de/danke", "Vielen Dank für Ihre Bestellung"),
    ]
    a = assess(done, TRAVEL)
    assert len(a.done) == 3  # the last three are kept
    for step in done:
        assert assess([step], TRAVEL).done, step.title
        assert not assess([step], TRAVEL).pending, step.title


def test_steps_toward_a_confirmation_are_pending() -> None:
    pending = [
        page("https://www.flexispot.co.uk/cart", "Shopping Cart | FlexiSpot UK"),
        page("https://shop.example/checkout", "Checkout"),
        page("https://www.airline.example/booking/passengers", "Passenger details"),
        page("https://hotel.example/reserve", "Confirm your booking - Review your booking"),
        page("https://boards.greenhouse.io/acme/jobs/1", "Job Application for Analyst at Acme"),
        page(
            "https://www.freetaxusa.com/taxes2025/income", "Income - Your Tax Return - FreeTaxUSA"
        ),
    ]
    for step in pending:
        a = assess([step], TRAVEL)
        assert a.pending and not a.done, step.title


def test_reading_pages_are_neither() -> None:
    reading = [
        page("https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html", "What is Ownership?"),
        page("https://www.bbc.com/news", "BBC News - Home"),
        page("https://en.wikipedia.org/wiki/Receipt_printer", "Thermal printer - Wikipedia"),
        search("how to confirm a booking"),
    ]
    for step in reading:
        a = assess([step], LEARNING)
        assert not a.done and not a.pending, step.title


def test_sites_compared_and_searches_repeated_days_apart() -> None:
    steps = [
        search("flights london osaka april"),
        page("https://www.skyscanner.net/transport/flights/lond/osaa/", "Skyscanner"),
        page("https://www.google.com/travel/flights?q=x", "Google Flights"),
        page("https://www.ba.com/en-gb/flights/london/osaka", "British Airways"),
        search("cheap flights london osaka april", 9 * DAY),
        page("https://www.kayak.co.uk/flights/LON-OSA/2027-04-02/2027-04-12", "KAYAK", 9 * DAY),
    ]
    a = assess(steps, TRAVEL)
    # search engines are not compared sites (google.com is left out as a search engine)
    assert a.compared == ("skyscanner.net", "ba.com", "kayak.co.uk")
    assert a.repeated == ("flights london osaka april",)
    assert a.dates == ("2027-04", "2027-04-02", "2027-04-12")
    # learning journeys compare nothing: reading several sites is not shopping around
    assert assess(steps, LEARNING).compared == ()


def test_fix_found_when_the_journey_ends_on_a_page() -> None:
    fixing = Intent("fixing", "fixing a problem", 5.0)
    ended_on_answer = [search("pod oomkilled"), page("https://stackoverflow.com/q/1", "Answer", 60)]
    assert assess(ended_on_answer, fixing).fix_found
    ended_on_search = [page("https://stackoverflow.com/q/1", "Answer"), search("pod oom", 60)]
    assert not assess(ended_on_search, fixing).fix_found


def test_stored_form_round_trips_and_bad_json_is_none() -> None:
    steps = [search("kyoto hotel"), page("https://shop.example/cart", "Your cart", 5)]
    a = assess(steps, TRAVEL)
    back = Assessment.from_json(a.to_json())
    assert back == a and titles(back.pending) == ["Your cart"]
    assert Assessment.from_json("{not json") is None
    assert Assessment.from_json(None) is None


def test_confirmations_of_common_shops_and_forms() -> None:
    done = [
        page(
            "https://www.amazon.com/gp/buy/thankyou/handlers/display.html", "Amazon.com Thanks You"
        ),
        page("https://shop.example/checkouts/c/abc/thank_you", "Thank you for your purchase!"),
        page("https://shop.example/account/orders/1", "Order details - Shop"),
        page("https://jobs.lever.co/acme/123/thanks", "Acme - Application"),
        page("https://turbotax.intuit.com/x", "You've filed your taxes - TurboTax"),
        page("https://www.tax.service.gov.uk/sa/x", "Self Assessment: Confirmation - GOV.UK"),
        page("https://www.expedia.com/trips/123", "Trip confirmation - Expedia"),
        page("https://www.eventbrite.com/x", "You're going to Jazz Night!"),
        page("https://www.shop.example/account/123", "Order status - Shop"),
    ]
    for step in done:
        assert assess([step], TRAVEL).done, step.title
    not_done = [
        page("https://en.wikipedia.org/wiki/Confirmation_bias", "Confirmation bias - Wikipedia"),
        page("https://www.amazon.com/gp/cart/view.html", "Amazon.com Shopping Cart"),
        page("https://www.airline.example/travelers", "Traveler information | Airline"),
        page("https://mail.example/verify", "Email confirmation required"),
    ]
    for step in not_done:
        assert not assess([step], TRAVEL).done, step.title
    assert assess(not_done[1:], TRAVEL).pending


def test_a_shops_mail_about_the_order_or_its_delivery_is_completion() -> None:
    # the messages a shop sends, read in webmail: an order number with letters in it, an
    # order received, dispatched or shipped, a delivery booked (a teacher's dishwasher,
    # week158, was "unfinished: no order confirmation" with both of its messages read)
    gmail = "https://mail.google.com/mail/u/0/?ik=e41c77a0b9&view=pt&search=all"
    done = [
        "Your Home Depot order #WD21877345 has been received - m@gmail.com - Gmail",
        "Your delivery is scheduled: Bosch 500 Series dishwasher, Thursday 8am-12pm - Gmail",
        "Your order has shipped - Gmail",
        "Your package was delivered - Gmail",
        "Out for delivery: your parcel from Argos - Outlook",
    ]
    for title in done:
        assert assess([page(gmail, title)], TRAVEL).done, title
    not_done = [
        "Why has my order not shipped? - Help Centre",
        "Delivery scheduling - FAQ",
        "Order of operations worksheet - Math",
    ]
    for title in not_done:
        assert not assess([page("https://help.example/a", title)], TRAVEL).done, title


def test_a_shops_thanks_is_a_checkout_title_by_its_words_alone() -> None:
    from journeys.engine.outcome import is_checkout_title

    # the engine reads titles alone when it leaves checkout pages out of what a piece is like
    assert is_checkout_title("Amazon.com Thanks You")
    assert is_checkout_title("Thank You for Your Order - The Home Depot")
    assert not is_checkout_title("She thanks you for the gift - a letter")
    assert not is_checkout_title("Amazon.com : Graco Extend2Fit Convertible Car Seat : Baby")


def test_offers_on_any_site_are_seen() -> None:
    steps = [
        search("kyoto hotels april"),
        page("http://travel.example/kyoto", "Kyoto travel guide – temples & cherry blossom", 1),
        page("http://travel.example/hotels", "Hotels in Kyoto | ryokan deals", 2),
        page("http://rooms.example/x?checkin=2027-04-03", "Ryokan Hana", 3),
    ]
    assert assess(steps, TRAVEL).offers == ("travel.example", "rooms.example")
    # guides alone offer nothing; a learning journey collects no offers at all
    assert assess(steps[:2], TRAVEL).offers == ()
    assert assess(steps, LEARNING).offers == ()
