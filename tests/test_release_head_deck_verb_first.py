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


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            # a title in sentence case, told as its subject and a lower-case verb: the
            # deck's capitalised verb opens it after a name ending the title's object
            "Roe calls on Senate to consider Corvale Harbor Dredging Reauthorization Urges "
            "opponents of the measure to allow a vote",
            "Roe calls on Senate to consider Corvale Harbor Dredging Reauthorization",
            "Urges opponents of the measure to allow a vote",
        ),
        (
            # a first name before the surname, no office
            "Ann Roe presses for answers on Corvale Harbor Dredging Delays Urges the board "
            "to publish its schedule",
            "Ann Roe presses for answers on Corvale Harbor Dredging Delays",
            "Urges the board to publish its schedule",
        ),
        (
            "Senator Ann Roe supports plans to widen the channel at Corvale Applauds "
            "passage of three harbor bills in the House",
            "Senator Ann Roe supports plans to widen the channel at Corvale",
            "Applauds passage of three harbor bills in the House",
        ),
    ],
)
def test_sentence_case_title_deck_opens_with_its_verb(head: str, headline: str, deck: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == headline
    assert parsed.subheadline == deck


@pytest.mark.parametrize(
    "head",
    [
        # the title's own second verb after "and" or a comma
        "Roe calls for harbor funds for Corvale and Urges Senate to act on the plan",
        "Roe echoes the captain's words, Thanks all who served the Corvale Harbor fleet",
        # a name's word after the verb: the deck is no sentence-case clause
        "Roe calls on Senate to consider Corvale Harbor Dredging Reauthorization Urges "
        "Congress to allow a vote",
    ],
)
def test_sentence_case_title_second_verb_opens_no_deck(head: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == head
    assert parsed.subheadline is None
