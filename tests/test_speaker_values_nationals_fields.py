"""A nationality or its people, a chamber's office after a cut `Mister`/`Madam`, where a
role is held, the last field of a body's list and a heading's negated clause: none of them
is a speaker's value (invented text)."""

from __future__ import annotations

import pytest

from importers import names as N
from tests.issuer_release import HEAD, LEAD, release, speakers

WORDS = "“The survey of the old pier found it failing and we must fix it this year.”"


def spoken(sentence: str) -> list[list[str]]:
    return speakers(release(HEAD + LEAD + sentence))


@pytest.mark.parametrize("word", ["Americans", "Rican", "Mexicans", "Estonians", "Dominican"])
def test_a_nationality_or_its_people_is_no_person(word: str) -> None:
    assert not N.person_shape([word])


@pytest.mark.parametrize("word", ["Brian", "Duncan", "Vivian", "Brine"])
def test_a_name_ending_alike_stays(word: str) -> None:
    assert N.person_shape([word])


def test_a_people_saying_is_nobody() -> None:
    text = (
        "In those years Estonians said that the harbor would never open again. Estonians "
        f"said, {WORDS} The pier stands today."
    )
    assert all(not named for named in spoken(text))


@pytest.mark.parametrize("office", ["Speaker", "President", "Chairwoman"])
def test_an_office_after_a_cut_address_is_no_name(office: str) -> None:
    assert not N.person_shape(["M.", office])
    assert N.person_shape(["M.", "Brine"])


def test_an_office_addressed_is_nobody() -> None:
    text = (
        "Well, M. Speaker, the harbor still waits. The Speaker said that "
        "the pier could wait another year, and the Speaker said "
        f"{WORDS}"
    )
    assert ["M. Speaker"] not in spoken(text)


def test_where_a_role_is_held_is_no_surname() -> None:
    assert N.split_role("Sergeant in the Harbor Guard Reserves".split())[1] != ["Reserves"]
    assert N.split_role("Fellow at the Lakeside Archives".split())[1] != ["Archives"]
    # a role's office before a titled surname, and a full name after where it is held
    assert N.split_role("Secretary of Defense Brine".split()) == ("Secretary of Defense", ["Brine"])
    assert N.split_role("Ambassador in Lakeport Tod Brine".split()) == (
        "Ambassador in Lakeport",
        ["Tod", "Brine"],
    )


def test_a_rank_where_it_is_held_gives_no_unit() -> None:
    text = (
        "Congresswoman Quill, a nurse who now serves as a Sergeant in the Harbor Guard "
        f"Reserves said, {WORDS}"
    )
    assert ["Reserves"] not in spoken(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ranking member of the Subcommittee on Docks, Harbors, and Ocean Safety "
        f"issued the following statement: {WORDS}",
        f"The chair of the Committee on Tides, Piers, Ferries and Coastal Roads said, {WORDS}",
    ],
)
def test_the_last_field_of_a_body_is_nobody(sentence: str) -> None:
    assert spoken(sentence) == [[]] or spoken(sentence) == [["Nora Quill"]]


def test_a_name_after_a_body_of_fields_speaks() -> None:
    text = (
        "The Subcommittee on Docks, Harbors, and Ocean Safety met today, and its "
        f"chairman Tod Brine said, {WORDS}"
    )
    assert spoken(text) == [["Tod Brine"]]


@pytest.mark.parametrize(
    "heading",
    ["Harbor First Does Not Mean Harbor Alone", "Lakeport Is Not Dover", "Trade Isn’t Surrender"],
)
def test_a_negated_heading_is_no_speaker(heading: str) -> None:
    text = f"{heading}: {WORDS}"
    assert spoken(text) == [["Nora Quill"]] or spoken(text) == [[]]


@pytest.mark.parametrize("value", ["DREAMer", "GOPers", "Ares Rocket", "Lakeport Compact"])
def test_an_acronym_noun_a_craft_or_a_writing_is_no_person(value: str) -> None:
    assert not N.person_shape(value.split())


def test_a_writing_stating_is_nobody() -> None:
    text = f"Three centuries ago the Lakeport Compact stated this, {WORDS} We keep that promise."
    assert spoken(text) == [[]] or spoken(text) == [["Nora Quill"]]


def test_a_craft_before_a_pronoun_is_nobody() -> None:
    text = (
        "General Ann Vail said her concerns [about ending the Lakeport Rocket] were cost and "
        'delay. She added that she is "not comfortable" with the state of the harbor.'
    )
    assert all(named in ([], ["Ann Vail"]) for named in spoken(text))


def test_a_topic_heading_opened_by_on_names_nobody() -> None:
    text = (
        "DOVER – Congresswoman Nora Quill today made these statements. On Chairman Vail "
        f"Moving from the Docks Committee to the Budget Committee: {WORDS} On Serving as "
        f"Chair of the Docks Committee: {WORDS}"
    )
    assert all(named in ([], ["Nora Quill"]) for named in spoken(text))


def test_a_surname_cut_from_its_particles_is_no_value() -> None:
    text = (
        "Congresswoman Nora Quill spoke after Chairman Ivo Diaz de la Brenta of the Lakeport "
        "Harbor Committee announced that he would not hold a hearing on the pier."
    )
    values = [v for named in spoken(text) for v in named]
    assert not any(v.startswith("Brenta") for v in values)


def test_agreeing_to_do_something_is_no_cue() -> None:
    text = f"{WORDS} Related Links Harbor Board agrees to fund the pier"
    assert all("Related Links Harbor Board" not in v for named in spoken(text) for v in named)
    assert spoken(f"{WORDS} Tod Brine agreed.") == [["Tod Brine"]]


def test_a_thing_a_preposition_takes_is_no_subject() -> None:
    text = (
        "Congresswoman Quill, who lives in Lakeport, about as close as anyone to the site "
        f"of the largest pier fire on record said: {WORDS}"
    )
    assert spoken(text) in ([[]], [["Nora Quill"]])


def test_a_writing_a_preposition_takes_gives_nobody_not_a_word_before() -> None:
    # no shorter mention earlier in the sentence (`Page`) stands in for the subject
    text = f"Page 14 of the Harbor Survey 2019-07 states: {WORDS}"
    assert spoken(text) == [[]]


def test_a_name_before_its_role_of_the_body_speaks() -> None:
    text = f"Whereas, Tod Brine, founder of the Harbor Watch movement said, {WORDS}"
    assert spoken(text) == [["Tod Brine"]]


def test_what_a_subject_lives_near_is_no_speaker() -> None:
    assert spoken(f"Ivo Lark, who lives near the Lakeside Marina said, {WORDS}") == [["Ivo Lark"]]
    text = f"A boatwright near the Lakeside Marina said, {WORDS}"
    assert all("Lakeside Marina" not in v for named in spoken(text) for v in named)


def test_a_place_before_a_phrase_is_no_subject() -> None:
    text = (
        "Ivo Lark, who lives in Porter Bay, about as close as anyone to the site of the "
        f"old pier said, {WORDS}"
    )
    assert all("Porter Bay" not in v for named in spoken(text) for v in named)


@pytest.mark.parametrize("mention", ["Mr. Gillians", "Sen. Varican", "Dr. Julians"])
def test_a_titled_surname_ending_as_a_people_is_a_person(mention: str) -> None:
    assert spoken(f"{WORDS[:-2]},” said {mention}.") == [[mention.split()[-1]]]


def test_a_people_untitled_stays_nobody() -> None:
    assert not N.person_shape(["Gillians"])
    assert N.person_shape(["Gillians"], titled=True)
    assert not N.person_shape(["Americans"]) and not N.person_shape(["Rican"])


def test_a_given_name_before_a_writing_word_is_a_person() -> None:
    assert spoken(f"{WORDS[:-2]},” said Ivo Covenant.") == [["Ivo Covenant"]]
    assert not N.person_shape(["Lakeport", "Compact"])
    assert not N.person_shape(["Georgia", "Declaration"])  # a place, not a given name


def test_a_titled_full_name_ending_in_a_craft_word_is_a_person() -> None:
    assert spoken(f"{WORDS[:-2]},” said Major Ivo Rocket.") == [["Ivo Rocket"]]
    assert not N.person_shape(["Ares", "Rocket"])  # untitled: a craft
