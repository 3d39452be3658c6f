"""A sentence-case deck whose subject is a person named with an office ("Rep. Roe
introduces …", "President Vail signs …") opens at the office, not between the office and
the name; where the office stands after a list's `and` or comma, a preposition, a verb
or a word that may be part of the office, no cut is sure and the line is not cut.

Invented text only.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_LEAD = (
    " WASHINGTON, D.C. – U.S. Representative Ann Roe (D-OR) and U.S. Senator Tod Vail "
    "(D-WA) spoke today about the harbor. President Wes Tarrant signed the bill."
)


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            "Roe Introduces Harbor Dredging Act Rep. Roe introduces a bill to dredge every port",
            "Roe Introduces Harbor Dredging Act",
            "Rep. Roe introduces a bill to dredge every port",
        ),
        (
            "Roe Secures Full Funding for Corvale Harbor Deepening President Tarrant signs "
            "the bill into law",
            "Roe Secures Full Funding for Corvale Harbor Deepening",
            "President Tarrant signs the bill into law",
        ),
    ],
)
def test_a_deck_opens_at_the_office_of_its_subject(head: str, headline: str, deck: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == headline
    assert parsed.subheadline == deck


@pytest.mark.parametrize(
    "head",
    [
        # one sentence: its subject a list of two people with their offices
        "Representative Roe and Senator Vail introduced the Harbor Dredging Act, a plan to "
        "keep every port open",
        # a list with a comma
        "Congresswoman Roe, Senator Vail discuss the harbor with Corvale dock workers",
        # the office is a verb's object
        "Roe Backs Harbor Research Urge President Tarrant to fund the port survey",
        # a word before the office may be part of it ("Corvale Field Rep.")
        "Photo: Corvale Field Rep. Vail delivers books to the harbor school",
    ],
)
def test_no_cut_between_an_office_and_its_name(head: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == head
    assert parsed.subheadline is None
