"""A heading naming what happened to a person (`Investiture of Justice Tod Brine:`) is
no cue naming its speaker (invented text)."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, LEAD, release, speakers

WORDS = "“The survey of the old pier found it failing and we must fix it this year.”"


def spoken(sentence: str) -> list[list[str]]:
    return speakers(release(HEAD + LEAD + sentence))


@pytest.mark.parametrize(
    "heading",
    ["Investiture of Justice Tod Brine", "Confirmation of Judge Tod Brine"],
)
def test_an_event_of_a_person_is_no_speaker(heading: str) -> None:
    assert spoken(f"The congresswoman spoke on the new judge. {heading}: {WORDS}") == [[]]


@pytest.mark.parametrize(
    "heading",
    [
        "Statement of Senator Tod Brine",
        "Office of Senator Tod Brine",
        "Response of Senator Tod Brine",
        "Opinion of Justice Tod Brine",
        "Dissent of Justice Tod Brine",
        "Reaction of Governor Tod Brine",
        "Proclamation of Governor Tod Brine",
        "Views of Mayor Tod Brine",
        "Prayer of Chaplain Tod Brine",
        "Farewell of Senator Tod Brine",
    ],
)
def test_words_of_a_person_stay_theirs(heading: str) -> None:
    assert spoken(f"{heading}: {WORDS}") == [["Tod Brine"]]


@pytest.mark.parametrize(
    "heading", ["Impeachment of Judge Tod Brine", "Resignation of Mayor Tod Brine"]
)
def test_any_other_noun_of_a_person_names_no_speaker(heading: str) -> None:
    assert spoken(f"The congresswoman spoke on the week. {heading}: {WORDS}") == [[]]
