"""`who` after a name and an appositive that names nobody who speaks (`Ann Roe, a
Corvale Democrat, who says`) is the name before the appositive's comma; where no name
stands there (`a neighbor, a Corvale Democrat, who`), nobody is sure.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OR – Congressman Wes Tarrant visited the harbor on Tuesday.\n\n"
SAID = " who said “The harbor needs dredging this year.”"
SAYS = " who says she was “glad to see the harbor dredged at last.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(LEAD + text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "subject",
    [
        "Ann Roe, a Corvale Democrat,",
        "Ann Roe, an Oregon Democrat,",
        "Ann Roe, the Corvale Republican,",
    ],
)
@pytest.mark.parametrize("words", [SAID, SAYS])
def test_who_past_an_appositive_naming_nobody_is_the_name_before_it(
    subject: str, words: str
) -> None:
    for got in both("The crowd heard from " + subject + words):
        assert got == [["Ann Roe"]], subject


def test_the_issuer_past_such_an_appositive_is_the_issuer() -> None:
    text = (
        "The crowd heard from Wes Tarrant, an Oregon Democrat, who says he was"
        " “glad to see the harbor dredged at last.”"
    )
    assert speakers(release(LEAD + text, "wes_tarrant")) == [["Wes Tarrant"]]
    assert speakers(bare(text)) == [["Wes Tarrant"]]


@pytest.mark.parametrize(
    "subject",
    [
        "a neighbor, a Corvale Democrat,",
        "Ann Roe, a friend of Tod Vail,",
        "Ann Roe and Tod Vail, a Corvale Democrat,",
        "Tod Vail and Ann Roe, the Corvale Democrats,",
        "the son of Ann Roe, a Corvale Democrat,",
        "an aide to Rep. Ann Roe, a Corvale Democrat,",
    ],
)
def test_who_past_an_appositive_with_no_sure_name_is_nobody(subject: str) -> None:
    for got in both("The crowd heard from " + subject + SAID):
        assert got in ([[]], [["Ann Roe", "Tod Vail"]]), subject


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe thanked Mayor Tod Vail, the Corvale Democrat,",
        "Ann Roe spoke after Tod Vail, the Corvale Democrat,",
    ],
)
def test_who_past_the_appositive_of_a_later_name_is_that_name(text: str) -> None:
    for got in both(text + SAID):
        assert got == [["Tod Vail"]], text
