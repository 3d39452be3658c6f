"""A word in mixed case written right before a full date, no comma between, is the last
word of the line before a dated line, not a place: "… Scholarship Fund May 3, 2011 -"
ends a title. A place in capitals, one with its state, or one with a comma or brackets
before its date is a dateline as before.

Invented text only.
"""

from __future__ import annotations

from importers.dateline import extract_dateline
from importers.release_head import split_release_head


def test_a_title_word_before_a_dated_line_is_no_place() -> None:
    parsed = split_release_head(
        "Roe Bill Sends Harbor Fees to the Corvale Scholarship Fund May 3, 2011 - Today, "
        "Congresswoman Ann Roe (D-OR) introduced a bill to fund the scholarships.",
        "Ann Roe",
    )
    assert parsed.headline == "Roe Bill Sends Harbor Fees to the Corvale Scholarship Fund"
    assert extract_dateline(parsed.rest) is None


def test_the_dateline_after_a_dated_title_is_the_place() -> None:
    parsed = split_release_head(
        "Roe Calls for Expanded Harbor Authority July 9, 2008 - CORVALE, OR - The House "
        "today passed the harbor bill that Congresswoman Ann Roe wrote.",
        "Ann Roe",
    )
    assert parsed.headline == "Roe Calls for Expanded Harbor Authority"
    found = extract_dateline(parsed.rest)
    assert found is not None and found.dateline.place == "CORVALE"


def test_a_mixed_case_word_right_before_a_date_is_no_dateline() -> None:
    assert extract_dateline("Authority July 9, 2008 - The House passed the bill.") is None
    assert extract_dateline("Salem March 3, 2009 – Congresswoman Ann Roe spoke.") is None


def test_places_written_as_datelines_with_a_date_are_kept() -> None:
    for text, place in (
        ("SALEM March 3, 2009 – Congresswoman Ann Roe spoke.", "SALEM"),
        ("Salem, March 3, 2009 – Congresswoman Ann Roe spoke.", "Salem"),
        ("Salem, OR March 3, 2009 – Congresswoman Ann Roe spoke.", "Salem"),
        ("Salem (March 3, 2009) – Congresswoman Ann Roe spoke.", "Salem"),
    ):
        found = extract_dateline(text)
        assert found is not None, text
        assert found.dateline.place == place
