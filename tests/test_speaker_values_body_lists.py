"""A body's name holding `and`, and a writing that `says` something: none of their
words is a speaker's value (invented text)."""

from __future__ import annotations

import pytest

from importers import names as N
from tests.issuer_release import HEAD, LEAD, bare, release, speakers

WORDS = "“The survey of the old pier found it failing and we must fix it this year.”"


def spoken(sentence: str) -> list[list[str]]:
    return speakers(release(HEAD + LEAD + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"Today, the top Democrat on the Harbor and Fisheries Committee Tod Brine said, {WORDS}",
        f"Harbor and Fisheries Committee Tod Brine said, {WORDS}",
        f"Today, the ranking Republican of the Docks Committee Tod Brine said, {WORDS}",
    ],
)
def test_the_person_after_a_body_speaks(sentence: str) -> None:
    assert spoken(sentence) == [["Tod Brine"]]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Members of the Committee on Docks and Oceans said, {WORDS}",
        f"Members of the Committee on Docks, Ports and Oceans said, {WORDS}",
        f"As the Solemn Oath says, {WORDS} The plan fails that test.",
        f"As the Lakeport Constitution says, {WORDS} The plan fails that test.",
    ],
)
def test_a_field_or_a_writing_is_nobody(sentence: str) -> None:
    assert spoken(sentence) == [[]]


def test_a_titled_surname_after_a_capitalised_office_stays() -> None:
    assert spoken(f"Secretary of Defense Brine said, {WORDS}") == [["Brine"]]


def test_a_body_joined_by_and_before_a_name() -> None:
    assert N.body_before_name("Ways and Means Committee Tod Brine".split()) == 4
    assert N.body_before_name("Democrat on the Docks Committee Tod Brine".split()) == 5
    # a person's name opening the words is no body's
    assert N.body_before_name("Ann Vail and Docks Committee Tod Brine".split()) == 0


def test_a_country_or_province_of_two_words_is_no_person() -> None:
    assert not N.person_shape(["Sierra", "Leone"])
    assert not N.person_shape(["Costa", "Rica"])
    assert N.person_shape(["Sierra", "Vail"])
    assert not N.person_shape(["Nova", "Scotia"])
    assert not N.person_shape(["New", "South", "Wales"])


@pytest.mark.parametrize(
    "name",
    [["Diego", "Martin"], ["Santiago", "Rodriguez"], ["Milton", "Keynes"], ["Saint", "John"]],
)
def test_a_person_named_as_another_countrys_province_is_a_person(name: list[str]) -> None:
    # Only countries and the states and provinces of the US, Canada and Australia are
    # no person; other countries' subdivisions share many people's names.
    assert N.person_shape(name)


def test_a_person_named_as_a_province_keeps_the_words() -> None:
    text = (
        "Harbor Board Swears In a Director\n\n"
        "DOVER, OH – Mayor Tod Brine on Monday swore in the harbor's new director, "
        "Diego Martin, a former tugboat captain.\n\n"
        "“The river gave my family everything,” said Diego Martin.\n\n"
        "“I learned to tie a bowline on these docks,” he added.\n\n"
        "“We chose well,” said Santiago Rodriguez, the board's chair."
    )
    assert speakers(bare(text)) == [["Diego Martin"], ["Diego Martin"], ["Santiago Rodriguez"]]
