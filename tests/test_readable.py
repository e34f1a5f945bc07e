"""Site names read as words by the sentence model."""

from __future__ import annotations

import pytest

from journeys.engine.readable import readable, site_words


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("inboxdollars.com", "inbox dollars"),
        ("hotmatchup.com", "hot matchup"),
        ("http://www.jfkremembered.com/", "jfk remembered"),
        ("www.masspayouts com", "mass payouts com"),  # typed without its dot
        ("rodwill123.mydollarshop.com", "rodwill123 my dollar shop"),
        ("stackoverflow.com questions", "stack overflow questions"),
        ("creditplusrewards.co.uk", "credit plus rewards"),
        ("Sign in (FusionCash.net):", "Sign in fusion cash"),
        # names of one word, hyphenated names and what is no host stay as they are
        ("pbs.org", "pbs.org"),
        ("japan-guide.com", "japan-guide.com"),
        ("node.js docs", "node.js docs"),
        ("ASP.NET core", "ASP.NET core"),
        ("Vue.js vs React", "Vue.js vs React"),
        ("mass.lottery", "mass.lottery"),
        ("e.g. 3.14 U.S.", "e.g. 3.14 U.S."),
        ("cheap flights to kyoto", "cheap flights to kyoto"),
        ("bücher.de", "bücher.de"),  # the word counts are English: other letters stay whole
        ("www.münchen-reisen.de", "www.münchen-reisen.de"),
        ("www." + "a1" * 30 + ".com", "www." + "a1" * 30 + ".com"),  # a code, not a name
        ("", ""),
    ],
)
def test_site_names_that_join_words_are_written_as_words(text: str, read: str) -> None:
    assert readable(text) == read


def test_a_text_without_a_host_is_returned_as_it_is() -> None:
    text = "Kyoto  ryokan\tprices"
    assert readable(text) is text


def test_only_hosts_are_split() -> None:
    assert site_words("dollarshop") is None  # a word, not a host
    assert site_words("www.") is None and site_words("a..com") is None
    assert site_words("WWW.FusionCash.NET") == "fusion cash"
