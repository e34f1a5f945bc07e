"""A mail message read joins the journey it is about, and never glues two journeys."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.embedding import normalize
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, group
from journeys.engine.mail import MailParams, attach_messages
from journeys.engine.minilm import MiniLMEmbedder
from journeys.engine.noise import habit_flags, is_message

MIN = 60_000_000
DAY = 24 * 60 * MIN

MESSAGES = [
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvRWhhGvMNnbnbPqLqq",
    "https://mail.google.com/mail/u/1/#label/Trips/FMfcgzQXJWDsKmvRWhhGvMNnbnbPqLqq",
    "https://mail.google.com/mail/u/0/?ik=3b9e2&view=pt&search=all&permthid=thread-f:1801",
    "https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1hNjU4LTk2",
    "https://mail.yahoo.com/d/folders/1/messages/12345",
    "https://mail.yahoo.com/d/folders/1/messages/AHq3Xk0Ty9mWZQd7LrPnB2sVfEc",
    "https://mail.naver.com/v2/read/0/1001",
]
FOLDERS = [
    "https://mail.google.com/mail/u/0/",
    "https://mail.google.com/mail/u/0/#inbox",
    "https://mail.google.com/mail/u/0/#search/kyoto",
    "https://outlook.live.com/mail/0/",
    "https://mail.yahoo.com/d/folders/1",
    "https://mail.naver.com/v2/folders/0/all",
    "https://calendar.google.com/calendar/u/0/r/eventedit/NGV2bWhq",
]


@pytest.mark.parametrize("url", MESSAGES)
def test_a_message_is_read_for_what_it_says(url: str) -> None:
    assert is_message(url)
    assert habit_flags([url], [0], [""]) == [False]


@pytest.mark.parametrize("url", FOLDERS)
def test_an_inbox_a_folder_a_search_and_a_calendar_stay_habits(url: str) -> None:
    assert not is_message(url)
    assert habit_flags([url], [0], [""]) == [True]


def _attach(message: list[float], day: int, params: MailParams | None = None) -> int:
    """Journeys 0 (a cruise, two pieces) and 1 (a dentist), on days 0 to 2."""
    pieces = normalize(np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0]], dtype=np.float32))
    out = attach_messages(
        normalize(np.array([message], dtype=np.float32)),
        np.array([day * DAY], dtype=np.int64),
        np.array([0, 0, 1], dtype=np.int64),
        np.array([4, 2, 3], dtype=np.int64),
        pieces,
        np.array([0, DAY, 2 * DAY], dtype=np.int64),
        params,
    )
    return int(out[0])


def test_the_message_joins_the_journey_it_is_clearly_most_like() -> None:
    assert _attach([0.8, 0.1, 0.6], 3) == 0
    assert _attach([0.1, 0.8, 0.6], 3) == 1


def test_not_when_two_journeys_are_as_alike_nor_unlike_all_nor_weeks_away() -> None:
    assert _attach([0.5, 0.5, 0.7], 3) == -1  # both confirmations alike: no margin
    assert _attach([0.1, 0.1, 1.0], 3) == -1  # a shop's weekly offers
    assert _attach([0.8, 0.1, 0.6], 30) == -1
    assert _attach([0.8, 0.1, 0.6], 30, MailParams(days=40)) == 0
    with pytest.raises(ValueError):
        MailParams(days=-1)


def test_a_confirmation_joins_its_booking_and_glues_no_two_bookings() -> None:
    gmail, read = "mail.google.com", {"message": True}
    items = [
        Item(0, "dentist brunswick book online", "dentist brunswick book online", "google.com"),
        Item(2 * MIN, "Lygon Dental - Book an appointment | HotDoc", "", "hotdoc.com.au", 0),
        Item(DAY, "flights melbourne to denpasar", "flights melbourne to denpasar", "google.com"),
        Item(DAY + 2 * MIN, "Select flights | Jetstar", "", "jetstar.com", parent=2),
        Item(DAY + 4 * MIN, "Booking confirmed | Jetstar", "", "jetstar.com", parent=3),
        Item(2 * DAY, "Inbox (3) - jo@example.com - Gmail", "", gmail, noise=True),
        Item(2 * DAY + MIN, "Your appointment at Lygon Dental is confirmed", "", gmail, 5, **read),
        Item(2 * DAY + 2 * MIN, "Jetstar booking confirmation MEL-DPS", "", gmail, 5, **read),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    journey = group(items, vectors).journey
    assert journey[0] == journey[1] == journey[6] != UNASSIGNED
    assert journey[2] == journey[3] == journey[4] == journey[7] != journey[0]
    assert journey[5] == UNASSIGNED
    # without the rule, a message is one more page: both opened from one inbox, they make
    # one piece with it, and the dentist and the flights are one journey
    glued = group(items, vectors, GroupParams(mail=None)).journey
    assert glued[0] == glued[2] == glued[6] == glued[7]


def test_a_message_a_little_under_0_4_like_its_journey_joins_it() -> None:
    # "Dad's audiology letter": 0.38 like the hearing aids, 0.2 like anything else
    assert _attach([0.2, 0.38, 0.903], 2) == 1
    assert _attach([0.2, 0.38, 0.903], 2, MailParams(min_like=0.4)) == -1
    assert _attach([0.15, 0.3, 0.942], 2) == -1  # under 0.35: like no journey


def _by_words(
    said: set[str],
    used: list[set[str]],
    params: MailParams | None = None,
    message: tuple[float, ...] | list[float] = (0.25, 0.27, 0.93),
) -> int:
    """A message 0.25 like journey 0 (pieces 0 and 1) and 0.27 like journey 1 (piece 2), by
    default: no likeness says which it is about; the words of each piece are ``used``."""
    pieces = normalize(np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0]], dtype=np.float32))
    out = attach_messages(
        normalize(np.array([message], dtype=np.float32)),
        np.array([2 * DAY], dtype=np.int64),
        np.array([0, 0, 1], dtype=np.int64),
        np.array([3, 2, 3], dtype=np.int64),
        pieces,
        np.array([0, DAY, 2 * DAY], dtype=np.int64),
        params,
        [said],
        used,
    )
    return int(out[0])


def test_a_message_joins_the_one_journey_that_uses_one_of_its_words() -> None:
    said = {"claim", "47-8812", "update:", "adjuster", "visit", "state", "farm"}
    roof = [{"roof", "leak", "claim"}, {"tarp", "adjuster", "storm"}, {"retirement", "state"}]
    assert _by_words(said, roof) == 0
    # one word only the roof uses is enough; without words the message stays out
    one = [{"roof", "claim"}, {"storm"}, {"retirement"}]
    assert _by_words(said, one) == 0
    assert _by_words(said, one, MailParams(words=2)) == -1
    assert _by_words(said, roof, MailParams(words=0)) == -1
    assert _by_words(said, roof, MailParams(words=3)) == -1
    # a word the other journey uses too says nothing, nor does a number ("47-8812")
    both = [{"roof", "claim"}, {"storm"}, {"retirement", "claim", "47-8812"}]
    assert _by_words(said, both) == -1
    numbers = [{"roof", "47-8812"}, {"storm"}, {"retirement"}]
    assert _by_words(said, numbers) == -1
    # two journeys with as many words each: the more alike (journey 1, 0.27 against 0.25)
    tie = [{"claim", "adjuster"}, {"roof"}, {"state", "farm"}]
    assert _by_words(said, tie) == 1
    tie_one = [{"claim"}, {"roof"}, {"farm"}]
    assert _by_words(said, tie_one) == 1
    # more words outweigh likeness: two for the roof against one for the plan
    more = [{"claim", "adjuster"}, {"roof"}, {"farm"}]
    assert _by_words(said, more) == 0
    with pytest.raises(ValueError):
        MailParams(words=-1)


def _overruled(used: list[set[str]], params: MailParams | None = None) -> int:
    """A repair shop's ticket 0.6 like journey 1 (a health inspection: "food"), 0.3 like
    journey 0 (the oven): likeness alone picks the inspection."""
    said = {"pacific", "food", "equipment", "service", "ticket", "#40217"}
    return _by_words(said, used, params, message=[0.3, 0.6, 0.742])


def test_words_only_one_journey_uses_outweigh_likeness_to_a_journey_using_none() -> None:
    # "food": both journeys use it, so it says nothing
    oven = [{"oven", "pacific", "equipment"}, {"service", "food"}, {"food", "inspection"}]
    assert _overruled(oven) == 0
    assert _overruled(oven, MailParams(overrule=0)) == 1
    assert _overruled(oven, MailParams(overrule=4)) == 1
    # one word is not enough, nor two when the chosen journey alone uses one too
    one = [{"oven", "pacific"}, {"motor"}, {"inspection"}]
    assert _overruled(one) == 1
    own = [{"oven", "pacific", "equipment"}, {"motor"}, {"inspection", "ticket"}]
    assert _overruled(own) == 1
    with pytest.raises(ValueError):
        MailParams(overrule=-1)


def test_an_insurance_claim_read_in_the_mail_joins_the_leaking_roof() -> None:
    gmail, read = "mail.google.com", {"message": True}
    q1 = "homeowners insurance claim roof leak storm damage deductible"
    q2 = "roof tarp emergency before adjuster comes photos"
    q3 = "403b vs roth ira teacher arizona which first"
    items = [
        Item(0, q1, q1, "google.com"),
        Item(
            MIN, "Does Homeowners Insurance Cover Roof Leaks? | State Farm", "", "statefarm.com", 0
        ),
        Item(DAY, q3, q3, "google.com"),
        Item(
            DAY + MIN,
            "Supplemental Retirement Savings Plan | Arizona State Retirement System",
            "",
            "azasrs.gov",
            2,
        ),
        Item(2 * DAY, q2, q2, "google.com"),
        Item(2 * DAY + MIN, "Tarps - The Home Depot", "", "homedepot.com", 4),
        Item(3 * DAY, "Inbox (12) - jo@example.com - Gmail", "", gmail, noise=True),
        Item(
            3 * DAY + MIN,
            "Claim 47-8812 update: adjuster visit scheduled - State Farm",
            "",
            gmail,
            6,
            **read,
        ),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    journey = group(items, vectors).journey
    assert journey[7] == journey[0] != UNASSIGNED
    assert journey[7] != journey[2]
    # by likeness alone it stays out: 0.23 like the roof, as like the retirement plan
    alone = group(items, vectors, GroupParams(mail=MailParams(words=0))).journey
    assert alone[7] == UNASSIGNED


def _installer(params: MailParams | None = None) -> list[int]:
    # a retired couple's heat pump (week175, in French there): the pump and its grant, then
    # a quote by mail from an installer, whose name they search four minutes after
    gmail, read = "mail.google.com", {"message": True}
    q1 = "air source heat pump replace oil boiler grant 2027"
    q2 = "heat pump daikin or mitsubishi reliability"
    q3 = "knee replacement recovery time physiotherapy"
    q4 = "riverside heating services reviews installer"
    items = [
        Item(0, q1, q1, "google.com"),
        Item(MIN, "Boiler Upgrade Scheme - GOV.UK", "", "gov.uk", 0),
        Item(DAY, q3, q3, "google.com"),
        Item(DAY + MIN, "Knee replacement - Recovery - NHS", "", "nhs.uk", 2),
        Item(2 * DAY, q2, q2, "google.com"),
        Item(2 * DAY + MIN, "Best heat pumps 2027 - Which?", "", "which.co.uk", 4),
        Item(3 * DAY, "Inbox (4) - jo@example.com - Gmail", "", gmail, noise=True),
        Item(3 * DAY + MIN, "Heat pump quote - Riverside Heating Services", "", gmail, 6, **read),
        Item(3 * DAY + 5 * MIN, q4, q4, "google.com"),
        Item(
            3 * DAY + 6 * MIN,
            "Riverside Heating Services - Heating engineers in Leeds | Yell",
            "",
            "yell.com",
            8,
        ),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    return group(items, vectors, GroupParams(mail=params or MailParams())).journey


def test_a_search_a_message_led_to_is_read_as_the_message_is() -> None:
    journey = _installer()
    # the installer's name, searched four minutes after the quote, is the heat pump's
    assert journey[0] == journey[4] == journey[7] == journey[8] == journey[9] != UNASSIGNED
    assert journey[2] != journey[0]
    # without it, the message joins the installer's search, which names it, and the two
    # stay apart from the heat pump
    apart = _installer(MailParams(led_min=0))
    assert apart[8] != apart[0]


def test_a_message_joined_by_one_word_takes_nothing_it_led_to() -> None:
    # a consultant buying a flat in Bengaluru (week179) and studying for the Kubernetes
    # exam: the builder's cost sheet comes by mail, and he checks the project's RERA
    # registration two minutes later. The message's "sheet" is a word only the exam's
    # "kubectl cheat sheet" uses, but the message is nothing like the exam
    gmail, read = "mail.google.com", {"message": True}
    q1 = "2bhk flat price whitefield ready to move"
    q2 = "cka exam curriculum kubernetes"
    q3 = "kubectl cheat sheet etcd backup restore cka"
    q4 = "rera karnataka check project registration prestige lakeside"
    items = [
        Item(0, q1, q1, "google.com"),
        Item(MIN, "2 BHK Flats for Sale in Whitefield, Bangalore | Magicbricks", "", "mb.com", 0),
        Item(DAY, q2, q2, "duckduckgo.com"),
        Item(DAY + MIN, "Certified Kubernetes Administrator (CKA)", "", "lf.org", 2),
        Item(2 * DAY, q3, q3, "duckduckgo.com"),
        Item(2 * DAY + MIN, "Operating etcd clusters for Kubernetes", "", "k8s.io", 4),
        Item(3 * DAY, "Inbox (12) - arjun@example.com - Gmail", "", gmail, noise=True),
        Item(
            3 * DAY + MIN,
            "Prestige Lakeside Habitat - cost sheet and RERA details, tower C",
            "",
            gmail,
            6,
            **read,
        ),
        Item(3 * DAY + 3 * MIN, q4, q4, "google.com"),
        Item(3 * DAY + 4 * MIN, "Karnataka RERA - Registered Projects", "", "rera.gov.in", 8),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    journey = group(items, vectors, GroupParams(mail=MailParams())).journey
    # the message stays with the search it led to, and neither joins the exam
    assert journey[7] == journey[8] == journey[9] != UNASSIGNED
    assert journey[8] not in (journey[2], journey[4])
