"""A date alone before the dateline, written as the metadata reader does not know it (a
stray comma or full stop, a month misspelt, no year, a time), is the release's date and
no headline.

Invented text only."""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("May, 4, 2018 (Corvale, OR) - Congressman Tod Vail toured the harbor.", "May, 4, 2018"),
        ("Thursday, May 26 CORVALE – Today, Congressman Tod Vail toured it.", "Thursday, May 26"),
        ("March 9. 2011 CORVALE, OR – Congressman Tod Vail toured the harbor.", "March 9. 2011"),
        (
            "Februaru 25, 2009 CORVALE, OR—Congressman Tod Vail toured the harbor.",
            "Februaru 25, 2009",
        ),
        ("June 23 CORVALE --- Congressman Tod Vail toured the harbor today.", "June 23"),
        ("8:27 p.m. PDT CORVALE—Rep. Tod Vail, OR-02, issued this statement.", "8:27 p.m. PDT"),
    ],
)
def test_a_date_alone_before_the_dateline_is_no_headline(text: str, date: str) -> None:
    head = split_release_head(text, "Tod Vail")
    assert head.headline is None
    assert head.released == date
    assert text.startswith(date)
    assert head.rest == text[len(date) :].lstrip()


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Marks May 4 Harbor Day CORVALE, OR – Rep. Ann Roe spoke.",
            "Roe Marks May 4 Harbor Day",
        ),
        ("March 4 Rally CORVALE, OR – Rep. Ann Roe spoke at the rally.", "March 4 Rally"),
        ("Harbor Day Is May 4 CORVALE, OR – Rep. Ann Roe spoke.", "Harbor Day Is May 4"),
    ],
)
def test_a_title_with_a_date_in_it_is_still_the_headline(text: str, headline: str) -> None:
    assert split_release_head(text, "Ann Roe").headline == headline
