"""A deck in sentence case whose subject is left out opens with its verb, capitalised,
right after the Title Case title ("… Fund the Harbor | Urges Senate to use …"): the verb
is the deck's first word, even where a capitalised word (a body's name) follows it.

Invented text only.
"""

import pytest

from importers.release_head import split_release_head

_LEAD = " WASHINGTON, D.C. – U.S. Senator Ann Roe (D-OR) spoke today about the harbor."


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            "Senator Ann Roe Calls On Congress To Responsibly Fund Harbor Urges Senate to use "
            "next 50 days to work towards a plan",
            "Senator Ann Roe Calls On Congress To Responsibly Fund Harbor",
            "Urges Senate to use next 50 days to work towards a plan",
        ),
        (
            "Roe Backs Dredging of Corvale Harbor Thanks Governor Brandt for his support of "
            "the port",
            "Roe Backs Dredging of Corvale Harbor",
            "Thanks Governor Brandt for his support of the port",
        ),
        (
            # a verb before an article opened the deck already
            "Roe Calls On Congress To Fund the Harbor Urges the Senate to use next 50 days",
            "Roe Calls On Congress To Fund the Harbor",
            "Urges the Senate to use next 50 days",
        ),
    ],
)
def test_deck_opens_with_its_verb(head: str, headline: str, deck: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == headline
    assert parsed.subheadline == deck


@pytest.mark.parametrize(
    "head",
    [
        # "and" before the verb: the title's own second verb, its object no deck's start
        "Roe Welcomes Harbor Funds and Urges Senate to act on the dredging plan soon",
        "Roe Welcomes Harbor Funds and Thanks Governor Brandt for his support of the port",
    ],
)
def test_verb_object_opens_no_deck(head: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == head
    assert parsed.subheadline is None
