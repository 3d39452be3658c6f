"""`Holt released the following statement after Gov. Tod Vail announced his plan: “…”`:
the clause after the statement's verb tells its occasion, and a verb of saying inside it
(`announced`, `unveiled`) is the occasion's; the statement is its announcer's. Every
fixture is invented text."""

from __future__ import annotations

import pytest

from importers.limits import parse_text_bounded
from importers.records import document_from_record


def both(text: str, member: str) -> list[list[list[str]]]:
    """The speakers of each direct quotation, parsed bare and with the issuer given."""
    record = {"text": text, "member": member}
    given = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [
        [q.speakers for q in parse_text_bounded(text).quotes if q.kind == "direct"],
        [q.speakers for q in given.quotes if q.kind == "direct"],
    ]


WORDS = "“This is a sad day for the growers of our valley.”"


def test_after_another_announced_something_the_announcer_speaks() -> None:
    text = (
        "ORCHARD FALLS, WA – Rep. Nell Parrish (R-WA) released the following statement today "
        f"after her colleague, Rep. Bram Toller (D-WA), announced his retirement: {WORDS}"
    )
    assert both(text, "nell_parrish") == [[["Nell Parrish"]], [["Nell Parrish"]]]


def test_as_the_president_unveiled_a_budget_the_announcer_speaks() -> None:
    text = (
        "Congressman Bram Toller, Chairman of the House Orchards Subcommittee, issued the "
        "following statement as President Ilse Marrow announced her FY 2031 Budget "
        f"proposal: {WORDS}"
    )
    assert both(text, "bram_toller") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_when_a_secretary_said_something_the_announcer_speaks() -> None:
    text = (
        "Sen. Nell Parrish issued the following statement when Secretary Bram Toller said "
        f"the orchard loans would end: {WORDS}"
    )
    assert both(text, "nell_parrish") == [[["Nell Parrish"]], [["Nell Parrish"]]]


def test_a_cue_with_no_statement_before_it_keeps_its_subject() -> None:
    text = (
        "ORCHARD FALLS, WA – After the vote, Rep. Bram Toller (D-WA) announced his "
        f"retirement: {WORDS}"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_a_statement_announced_by_the_occasions_subject_stays_theirs() -> None:
    # The clause names the one who releases the statement: no occasion clause between.
    text = (
        "ORCHARD FALLS, WA – After the vote, Rep. Bram Toller (D-WA) released the following "
        f"statement: {WORDS}"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_a_cue_after_the_occasions_colon_is_the_statements_own() -> None:
    text = (
        "ORCHARD FALLS, WA – Rep. Nell Parrish released the following statement after the "
        f"Orchard Board released its harvest report: Parrish stated, {WORDS}"
    )
    assert both(text, "nell_parrish") == [[["Nell Parrish"]], [["Nell Parrish"]]]


def test_a_cue_with_a_comma_inside_the_occasion_is_the_occasions_speaker() -> None:
    # The occasion's clause does not end in the statement's colon: its cue's words.
    text = (
        "Rep. Nell Parrish issued a statement today as Governor Bram Toller declared, "
        "“The flood emergency is over.”"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_a_clause_joined_with_and_keeps_its_own_cue() -> None:
    text = (
        "Rep. Nell Parrish released a statement before the vote, and Rep. Bram Toller "
        "said, “The orchard bill is a mistake.”"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_remarks_in_which_another_said_are_that_persons() -> None:
    text = (
        "Rep. Nell Parrish issued a statement following remarks in which Secretary Bram "
        "Toller said, “The apple tariffs will stay.”"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_as_a_president_told_listeners_the_words_are_the_presidents() -> None:
    text = (
        "Rep. Nell Parrish released a statement yesterday as President Ilse Marrow told the "
        "graduates, “Build something that lasts.”"
    )
    assert both(text, "nell_parrish") == [[["Ilse Marrow"]], [["Ilse Marrow"]]]


def test_a_colon_right_after_the_occasions_verb_of_saying_is_its_cue() -> None:
    text = (
        "Rep. Nell Parrish issued a statement as Governor Bram Toller told reporters: "
        "“The flood emergency is over.”"
    )
    assert both(text, "nell_parrish") == [[["Bram Toller"]], [["Bram Toller"]]]


def test_a_verb_of_a_relative_clause_ending_the_occasion_is_no_cue() -> None:
    # `… the students it admits:`: `it` is nobody who speaks; the statement's subject does.
    text = (
        "Rep. Nell Parrish released the following statement after the Orchard Board filed a "
        f"brief on the number of apprentices it admits: {WORDS}"
    )
    assert both(text, "nell_parrish")[1] == [["Nell Parrish"]]


def test_a_list_joined_by_and_inside_the_occasion_is_no_second_clause() -> None:
    text = (
        "Rep. Nell Parrish released the following statement after Oregon, Idaho, and Utah "
        f"announced that a water compact has been reached: {WORDS}"
    )
    assert both(text, "nell_parrish")[1] == [["Nell Parrish"]]


@pytest.mark.parametrize(
    "occasion",
    [
        "as Governor Bram Toller told the graduates:",
        "today as Gov. Bram Toller said in a statement:",
        "as Mayor Ilse Marrow, the county's first mayor, announced:",
        "after Ann Vell, Ilse Marrow, and Bram Toller told the board:",
    ],
)
def test_without_the_following_statement_a_cue_in_the_occasion_keeps_its_words(
    occasion: str,
) -> None:
    # `issued a statement as X told …: “…”` may give X's own words: only `the following
    # statement` says the words after the colon are the statement's.
    text = f"Rep. Nell Parrish issued a statement {occasion} {WORDS}"
    bare, given = both(text, "nell_parrish")
    assert ["Nell Parrish"] not in bare + given
