"""A Title Case title that writes a longer preposition in lower case (`through`,
`against`, `during`, `under` …), the release's date under it and a deck in sentence case
under the date: the title stays the title and the line under the date is its deck, as
where the title writes only the short words in lower case.

Invented text only.
"""

import pytest

from importers.release_head import split_release_head

_DECK = (
    "Over 800 furloughed harbor workers face missing a second paycheck Friday, as the "
    "shutdown enters its second month"
)


@pytest.mark.parametrize(
    "title",
    [
        "Roe Announces Zero-Interest Loans for Harbor Workers through Local Banks",
        "Roe Secures Loans for Harbor Workers during the Corvale Shutdown",
        "Roe Votes against Cuts to Harbor Workers’ Pay",
        "Roe Announces Loans for Harbor Workers",
    ],
)
@pytest.mark.parametrize("date", ["January 24th, 2019", "January 24, 2019"])
def test_dated_deck_under_a_title_with_lower_case_prepositions(title: str, date: str) -> None:
    text = (
        f"{title} {date} {_DECK} Corvale, OR – Today, Congresswoman Ann Roe (D-OR) announced loans."
    )
    head = split_release_head(text, "Ann Roe")
    assert head.headline == title
    assert head.subheadline == _DECK
    assert head.rest.startswith("Corvale, OR – Today")


@pytest.mark.parametrize(
    "text",
    [
        # a line in sentence case above the date: not a title, the longer line is
        "Loans are offered through local banks January 24, 2019 Roe Announces "
        "Zero-Interest Loans for Harbor Workers Corvale, OR – Today, Congresswoman Ann "
        "Roe (D-OR) announced loans.",
    ],
)
def test_sentence_case_line_above_the_date_is_no_title(text: str) -> None:
    head = split_release_head(text, "Ann Roe")
    assert head.headline != "Loans are offered through local banks"
