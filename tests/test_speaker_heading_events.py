"""A heading naming what was done to a person (`Investiture of Justice Tod Brine:`) or a
kin of a person (`Daughter of Senator Tod Vail:`) is no cue naming its speaker; any other
`<Noun> of <title> <name>:` label (`Response of Senator Tod Vail:`) names who speaks
(invented text)."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, LEAD, release, speakers

WORDS = "“The survey of the old pier found it failing and we must fix it this year.”"


def spoken(sentence: str) -> list[list[str]]:
    return speakers(release(HEAD + LEAD + sentence))


@pytest.mark.parametrize(
    "heading",
    [
        "Investiture of Justice Tod Brine",
        "Confirmation of Judge Tod Brine",
        "Nomination of Judge Tod Brine",
        "Appointment of Judge Tod Brine",
        "Swearing-in of Judge Tod Brine",
        "Installation of Bishop Tod Brine",
        "Induction of Coach Tod Brine",
        "Retirement of Senator Tod Brine",
        "Death of Senator Tod Brine",
        "Funeral of Senator Tod Brine",
        "Memorial of Senator Tod Brine",
    ],
)
def test_what_was_done_to_a_person_is_no_speaker(heading: str) -> None:
    assert spoken(f"The congresswoman spoke on the new judge. {heading}: {WORDS}") == [[]]


@pytest.mark.parametrize("heading", ["Daughter of Senator Tod Brine", "Wife of Mayor Tod Brine"])
def test_a_kin_of_a_person_is_not_that_person(heading: str) -> None:
    assert spoken(f"The congresswoman spoke on the day. {heading}: {WORDS}") == [[]]


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
        "Answers of Senator Tod Brine",
        "Views of Senator Tod Brine",
        "Thoughts of Senator Tod Brine",
        "Reflections of Senator Tod Brine",
        "Prayer of Chaplain Tod Brine",
        "Farewell of Senator Tod Brine",
        "Question of Senator Tod Brine",
        "Argument of Counsel Tod Brine",
        "Inauguration of Governor Tod Brine",
    ],
)
def test_words_of_a_person_stay_theirs(heading: str) -> None:
    assert spoken(f"The congresswoman spoke on the day. {heading}: {WORDS}") == [["Tod Brine"]]
