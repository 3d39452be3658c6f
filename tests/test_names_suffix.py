"""A generational suffix (Jr., Sr., II, III, IV) is part of a person's name: it tells a
father from his son, so it stays in the speaker's canonical name in every cue shape."""

from __future__ import annotations

import pytest

from importers import names as N
from importers.records import document_from_record
from search.model import Document

OPENING = "WASHINGTON – The harbor board met on Tuesday to discuss the channel.\n\n"
SAID = "“We need the dredging this year,”"


def parse(text: str, member: str | None = None) -> Document:
    record = {"text": OPENING + text}
    mapping = {"text": "text"}
    if member is not None:
        record["member"] = member
        mapping["member"] = "issuer"
    return document_from_record(record, mapping, origin=None)


def speakers(text: str, member: str | None = None) -> list[list[str]]:
    return [q.speakers for q in parse(text, member).quotes]


@pytest.mark.parametrize(
    "text",
    [
        f"{SAID} said Rep. Tod R. Vail, Jr., a member of the board.",
        f"{SAID} said Rep. Tod R. Vail, Jr.",
        f"{SAID} said Tod R. Vail Jr.",
        "Rep. Tod R. Vail, Jr. said, “We need the dredging this year.”",
        "Tod R. Vail, Jr., the ranking member, said: “We need the dredging this year.”",
        f"{SAID} Tod R. Vail, Jr., the ranking member, said.",
    ],
)
def test_the_suffix_stays_in_every_cue_shape(text: str) -> None:
    assert speakers(text) == [["Tod R. Vail Jr."]]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Ira Quell, II", "Ira Quell II"),
        ("Ira Quell II", "Ira Quell II"),
        ("Ira P. Quell III", "Ira P. Quell III"),
        ("Ira Quell, Sr., the former mayor,", "Ira Quell Sr."),
        ("Ira Quell IV, the harbor master,", "Ira Quell IV"),
    ],
)
def test_each_suffix_is_kept(written: str, canonical: str) -> None:
    assert speakers(f"{SAID} said {written}.") == [[canonical]]


def test_no_suffix_is_invented() -> None:
    assert speakers(f"{SAID} said Tod Vail.") == [["Tod Vail"]]


def test_a_later_surname_refers_to_the_suffixed_person() -> None:
    text = f"Rep. Tod R. Vail, Jr. met the board. {SAID} Vail said."
    assert speakers(text) == [["Tod R. Vail Jr."]]


def test_a_surname_that_is_also_a_title_keeps_its_suffix() -> None:
    # `Bishop` is a title too: the suffix after it is no name of its own.
    text = (
        "Congressman Ira D. Bishop, Jr. (GA-2) presented a check to the clinic.\n\n"
        f"{SAID} said Congressman Bishop."
    )
    assert speakers(text) == [["Ira D. Bishop Jr."]]


def test_a_suffix_is_never_a_name_after_a_role_word() -> None:
    assert N.split_role(["Congressman", "Ira", "D.", "Bishop", "Jr."])[1] == [
        "Ira",
        "D.",
        "Bishop",
        "Jr.",
    ]


def test_the_suffix_is_written_one_way() -> None:
    assert speakers(f"{SAID} said Tod Vail Jr, a member of the board.") == [["Tod Vail Jr."]]
    assert N.split_suffix("Tod R. Vail, Jr.") == ("Tod R. Vail", "Jr.")
    assert N.split_suffix("Tod Vail Iii") == ("Tod Vail", "III")  # a member handle's
    assert N.split_suffix("Ann Iv") == ("Ann Iv", None)  # a word, not a numeral


def test_two_spellings_of_one_suffixed_person_are_one_speaker() -> None:
    later_short = f"Rep. Tod R. Vail, Jr. met the board. {SAID} said Tod Vail Jr."
    later_full = f"Rep. Tod Vail Jr. met the board. {SAID} said Rep. Tod R. Vail, Jr."
    assert speakers(later_short) == [["Tod R. Vail Jr."]]
    assert speakers(later_full) == [["Tod R. Vail Jr."]]


def test_two_fuller_spellings_leave_the_short_one_alone() -> None:
    text = f"Rep. Tod R. Vail Jr. and Tod P. Vail Jr. met the board. {SAID} said Tod Vail Jr."
    assert speakers(text) == [["Tod Vail Jr."]]


def test_father_and_son_stay_two_speakers() -> None:
    text = (
        f"Tod Vail Sr. met the board. {SAID} said Tod Vail Jr. "
        "“It was my first harbor,” said Tod Vail Sr."
    )
    assert speakers(text) == [["Tod Vail Jr."], ["Tod Vail Sr."]]


@pytest.mark.parametrize("member", ["tod_vail_jr", "Tod R. Vail, Jr.", "Tod Vail Jr."])
def test_the_issuer_keeps_the_suffix_and_is_named_by_surname(member: str) -> None:
    [quote] = parse(f"{SAID} said Congressman Vail.", member).quotes
    assert quote.speakers[0].endswith("Vail Jr.")


def test_a_release_names_its_suffixed_member_uncued() -> None:
    text = "Rep. Tod R. Vail, Jr. (D-GA) met the board.\n\n“We need the dredging this year.”"
    assert speakers(text, "tod_vail_jr") == [["Tod Vail Jr."]]


def test_the_father_in_the_sons_release_is_not_the_issuer() -> None:
    text = f"{SAID} said Tod Vail Sr., the former mayor."
    assert speakers(text, "tod_vail_jr") == [["Tod Vail Sr."]]


def test_the_name_without_its_suffix_is_the_suffixed_person_of_the_document() -> None:
    later = f"Rep. Tod Vail, Jr. (D-NJ) met the board. {SAID} said Congressman Tod Vail."
    earlier = f"Rep. Tod Vail met the board. {SAID} said Rep. Tod Vail, Jr., the chairman."
    assert speakers(later) == [["Tod Vail Jr."]]
    assert speakers(earlier) == [["Tod Vail Jr."]]


def test_with_father_and_son_named_the_name_without_a_suffix_is_neither() -> None:
    text = f"Tod Vail Sr. and Tod Vail Jr. met the board. {SAID} said Tod Vail."
    assert speakers(text) == [["Tod Vail"]]
