"""An op-ed printed again under a paper's masthead, its date written as digits.

Invented text only. `The Corvale Star 10/10/2011 By Sen. Ann Roe …`: the paper's name is
no title, whether its date is written out or as digits, and the date and byline after
it are no title's words either: no headline, the text stays the body's.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = "The harbor bill is good for Corvale. I voted for it because the port needs work."


@pytest.mark.parametrize(
    "head_text",
    [
        "The Corvale Star 10/10/2011 By Sen. Ann Roe",
        "Corvale Ledger 10/10/2011 By Sen. Ann Roe",
        "Corvale Gazette-Herald 10/10/11 By Congressman Tod Vail",
        "Why the Harbor Matters The Corvale Star 5/2/2013 By: Rep. Tod Vail",
    ],
)
def test_a_masthead_before_a_dated_byline_is_no_headline(head_text: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.headline is None
    assert head_text in head.rest


# A title of the release's own before a date and byline keeps its words as before; one
# ending in a masthead's word with no date and byline after it stays the headline.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Roe Backs the Harbor Bill March 4, 2019 By Rep. Ann Roe " + _BODY,
         "Roe Backs the Harbor Bill"),
        ("Roe Hails the Corvale Star CORVALE, OR – " + _BODY, "Roe Hails the Corvale Star"),
    ],
)  # fmt: skip
def test_a_title_before_a_date_keeps_its_headline(text: str, headline: str) -> None:
    assert split_release_head(text).headline == headline
