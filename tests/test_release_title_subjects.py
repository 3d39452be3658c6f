"""Who speaks in a release when the subject before a quotation is no name: a sentence
opening with the member's title alone (`The Congressman said,`), and `the following`
before a word that is also a verb (`made the following remarks:`). Every fixture is
invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def release(text: str, member: str = "tod_holt") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def both(text: str, member: str = "tod_holt") -> list[list[list[str]]]:
    """The speakers of each quotation, parsed bare and with the issuer given."""
    return [[q.speakers for q in quotes_of(text)], [q.speakers for q in release(text, member)]]


# -- `The Congressman said,` opening a sentence ------------------------------------------

TITLE_OPENS = (
    "LAKEPORT -- Congressman Tod Holt was given a plaque by the Harbor Fund at the pier. "
    "Last week his committee passed the dredging bill. The Congressman said, “The bill "
    "puts the harbor back in the hands of the people who work on it.”"
)


def test_the_title_opening_a_sentence_is_the_one_person_named_so() -> None:
    assert both(TITLE_OPENS) == [[["Tod Holt"]], [["Tod Holt"]]]


def test_the_title_opening_a_clause_with_an_appositive() -> None:
    text = (
        "Rep. Ivo Brandt spoke on the floor about the ferry fund. The Congressman, whose "
        "father ran the ferry, concluded, “The fund keeps the island connected.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [["Ivo Brandt"]]


def test_a_title_two_people_hold_names_nobody_in_the_bare_text() -> None:
    text = (
        "Congressman Tod Holt toured the plant with Congressman Ben Vail. The Congressman "
        "said, “We need the jobs here.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [[]]


def test_a_title_nobody_holds_names_nobody() -> None:
    # The text names a mayor and a senator: `The Congresswoman` is neither of them.
    text = (
        "Senator Tod Holt toured the plant with Mayor Ann Vail. The Congresswoman said, "
        "“We need the jobs here.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [[]]


@pytest.mark.parametrize(
    ("named", "title", "speakers"),
    [
        ("Rep. Ann Holt", "Congressman", []),
        ("Rep. Tod Holt", "Congresswoman", []),
        ("Rep. Ann Holt", "Congresswoman", ["Ann Holt"]),
        ("Rep. Tod Holt", "Congressman", ["Tod Holt"]),
    ],
)
def test_a_title_of_the_other_sex_names_nobody(named: str, title: str, speakers: list[str]) -> None:
    text = f"{named} toured the plant on Monday. The {title} said, “We need the jobs here.”"
    assert [q.speakers for q in quotes_of(text)] == [speakers]


def test_the_senator_after_a_congressman_is_the_senator() -> None:
    text = (
        "Congressman Tod Holt toured the plant with Senator Ann Vail. The Senator said, “We "
        "need the jobs.” The Congressman added, “So does the harbor.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [["Ann Vail"], ["Tod Holt"]]


# -- `the following remarks:` ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["delivered", "made", "gave", "issued"])
def test_the_following_remarks_are_the_subjects(verb: str) -> None:
    text = (
        "Today, lawmakers including Reps. Ann Holt (TX-01), Tod Vail (IA-05) and Lena Roth "
        f"(MN-06) spoke at a rally on the steps. Rep. Holt {verb} the following remarks: "
        "“I am proud that we passed the bill today.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [["Ann Holt"]]


def test_the_following_remarks_of_a_member_with_a_role_after_the_name() -> None:
    # The role names a committee: its name is no subject of `remarks`.
    text = (
        "Rep. Tod Holt (R-OR), a senior member of the House Rivers Committee, issued the "
        "following remarks during the dinner: “I can say this caucus has grown.” “Thank you "
        "for coming tonight.”"
    )
    assert both(text) == [[["Tod Holt"], ["Tod Holt"]], [["Tod Holt"], ["Tod Holt"]]]


def test_the_following_remarks_of_another_person_in_a_members_release() -> None:
    text = (
        "SALEM -- Rep. Tod Holt hosted a forum on roads with Governor Ann Vail on Monday. "
        "Governor Vail made the following remarks: “I am proud that we passed the bill.”"
    )
    assert both(text) == [[["Ann Vail"]], [["Ann Vail"]]]


def test_a_heading_of_the_following_remarks_names_nobody() -> None:
    assert [q.speakers for q in quotes_of("The following remarks: “I am proud.”")] == [[]]
