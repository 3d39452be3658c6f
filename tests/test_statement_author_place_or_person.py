"""The author after `the following statement from …`: a word that is both a place and
the surname of a person the text named may be either, so the words are nobody's unless a
title makes it the person (`from Governor Durham`); a place nobody is named after is
where the statement was given."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
WORDS = "“We will fund the harbor for our fishing families this year.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(text, "tod_vail"))]


def test_a_place_word_that_is_a_named_persons_surname_is_nobody_untitled() -> None:
    # `from Houston:` after `General Sam Houston` was named: where, or who? Neither.
    for person, full, surname, title, rest in (
        ("Governor Ann Durham spoke with", "Ann Durham", "Durham", "Governor", "Vail released"),
        ("Mayor Ben Cleveland met", "Ben Cleveland", "Cleveland", "Mayor", "The office released"),
        ("Mayor Ben Houston met", "Ben Houston", "Houston", "Mayor", "The office released"),
        (
            "The guild honored General Sam Houston and",
            "Sam Houston",
            "Houston",
            "General",
            "Vail released",
        ),
    ):
        said = f"{person} Rep. Tod Vail on Monday. {rest} the following statement from"
        text = f"{HEAD}{BRIDGE}{said} {surname}: {WORDS}"
        assert both(text) == [[[]], [[]]], surname
        # a title before the surname makes it the person, no place
        text = f"{HEAD}{BRIDGE}{said} {title} {surname}: {WORDS}"
        assert both(text) == [[[full]], [[full]]], (title, surname)


def test_the_surname_named_in_an_earlier_paragraph_is_nobody_untitled() -> None:
    text = (
        f"{HEAD}WASHINGTON – Governor Ann Durham toured the harbor on Monday.\n\n"
        f"Vail released the following statement from Durham: {WORDS}"
    )
    assert both(text) == [[[]], [[]]]


def test_a_place_nobody_is_named_after_is_where_the_statement_was_given() -> None:
    for place in ("Washington", "New York", "Durham", "Tyler Texas"):
        text = f"{HEAD}{BRIDGE}Rep. Tod Vail issued the following statement from {place}: {WORDS}"
        assert both(text) == [[["Tod Vail"]], [["Tod Vail"]]], place


def test_a_states_name_is_the_place_though_a_person_bears_it() -> None:
    # a state's or country's name is never read as a namesake's surname
    for before in (
        "The bridge is named for George Washington.\n\n",
        "Rep. Tod Vail, who met the actor Ben Washington last year, spoke. ",
    ):
        text = (
            f"{HEAD}{BRIDGE}{before}Rep. Tod Vail issued the following statement from "
            f"Washington: {WORDS}"
        )
        assert both(text) == [[["Tod Vail"]], [["Tod Vail"]]], before
