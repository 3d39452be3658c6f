"""A deck verb after a preposition's article still opens a statement's deck.

Invented text only. 371a4c0 reads an article right after a noun as a clause with no
`that` (`… on the Day the Senate Votes …`: no deck); a preposition the short lists lack
(`Despite the Veto`, `Within the Week`) is no noun.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = " CORVALE, OR – Rep. Ann Roe said today the vote was wrong."


@pytest.mark.parametrize(
    ("title", "headline", "deck"),
    [
        ("Roe Statement Despite the Veto Urges the Senate to Act",
         "Roe Statement Despite the Veto", "Urges the Senate to Act"),
        ("Roe Statement Within the Week Urges the Board to Act",
         "Roe Statement Within the Week", "Urges the Board to Act"),
        ("Roe Statement Beyond the Harbor Urges the Board to Act",
         "Roe Statement Beyond the Harbor", "Urges the Board to Act"),
    ],
)  # fmt: skip
def test_a_preposition_before_the_article_opens_no_clause(
    title: str, headline: str, deck: str
) -> None:
    head = split_release_head(title + _BODY)
    assert (head.headline, head.subheadline) == (headline, deck)


def test_a_clause_with_no_that_still_opens_no_deck() -> None:
    head = split_release_head(
        "Roe Statement on the Day the Senate Votes the Harbor Bill Down" + _BODY
    )
    assert (head.headline, head.subheadline) == (
        "Roe Statement on the Day the Senate Votes the Harbor Bill Down",
        None,
    )
