"""A member named after a word that qualifies the office is the title's own words.

Invented text only. `_member_apposition` ends a Title Case title with no dateline before
`Senator Ann Roe, <what she is>`; where a word such as `Former` or `Late` stands right
before the office, the office and the name are the title's object, not the lead's subject.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_LEAD = (
    "Senator Tod Vail, a champion of the harbor Rep. Ann Roe issued the following statement today."
)


@pytest.mark.parametrize("qualifier", ["Former", "Late", "Retired", "Fellow", "Outgoing"])
def test_a_qualified_office_stays_in_the_title(qualifier: str) -> None:
    head = split_release_head(f"Roe Mourns Passing of {qualifier} {_LEAD}")
    assert head.headline is None or not head.headline.endswith(qualifier)


def test_the_lead_subject_still_ends_the_title() -> None:
    head = split_release_head(
        "Roe Statement on Corvale VA Reports Senator Ann Roe, Ranking Member on the Harbor "
        "Board, issued the following statement today."
    )
    assert head.headline == "Roe Statement on Corvale VA Reports"
