"""`who` after a name and an appositive (`Ann Roe, a teacher at Corvale High School, who
said`) is never the body named inside it but the person the appositive describes; a
person inside it (`Ann Roe, mother of Tod Vail, who`) may be the one or not: nobody; so
is a pair (`Ann Roe and Tod Vail, who`) unless both speak.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OR – Congressman Wes Tarrant visited the harbor on Tuesday.\n\n"
WORDS = " who said “The harbor needs dredging this year.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(LEAD + text, "wes_tarrant"))]


def test_who_after_an_appositive_naming_a_body_is_the_person_it_describes() -> None:
    for got in both("The crowd heard from Ann Roe, a teacher at Corvale High School," + WORDS):
        assert got == [["Ann Roe"]]


@pytest.mark.parametrize(
    "subject",
    [
        "Ann Roe, the mother of Tod Vail,",
        "Ann Roe, mother of Tod Vail,",
        "Ann Roe, an aide to Rep. Tod Vail,",
        "Bram Vail, the son of Tod Vail,",
        "a neighbor, the mother of Tod Vail,",
        "a neighbor, a teacher at Corvale High School,",
        "Ann Roe and Tod Vail,",
        "Ann Roe, a friend of Tod Vail and Bram Vail,",
    ],
)
def test_who_after_a_person_in_an_appositive_or_a_pair_is_nobody_alone(subject: str) -> None:
    for got in both("The crowd heard from " + subject + WORDS):
        assert got in ([[]], [["Ann Roe", "Tod Vail"]]), subject


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Ann Roe,", "Ann Roe"),
        ("Ann Roe, 54,", "Ann Roe"),
        ("the son of Ann Roe, Tod Vail,", "Tod Vail"),
    ],
)
def test_who_after_a_name_keeps_that_name(subject: str, speaker: str) -> None:
    for got in both("The crowd heard from " + subject + WORDS):
        assert got == [[speaker]], subject


def test_who_after_an_opening_phrase_is_the_name_before_it() -> None:
    for got in both("At the hearing, the panel heard from Ann Roe," + WORDS):
        assert got == [["Ann Roe"]]
    for got in both("After meeting Bram Vail, the panel heard from Ann Roe," + WORDS):
        assert got == [["Ann Roe"]]


def test_who_with_no_comma_after_a_phrase_naming_another_is_nobody() -> None:
    for got in both("The crowd heard from a friend of Tod Vail" + WORDS):
        assert got == [[]]
