"""A deck whose subject is a law's or a body's name that the title names before it opens
where that name is named again, not at the name's last word ("… Introduce the Harbor
Safety Act | Bipartisan Harbor Safety Act would require …", not "… Safety | Act would
require …"). Where the name is not named before, the cut is left as it was.

Invented text only.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_LEAD = " WASHINGTON, D.C. – U.S. Senator Ann Roe (D-OR) spoke today about the harbor."


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            # the title ends with the name; a modifier opens the deck before it again
            "Roe, Vail and Dunn Introduce the Keep Every Harbor Open Act Bipartisan Keep "
            "Every Harbor Open Act would require the board to dredge each port yearly.",
            "Roe, Vail and Dunn Introduce the Keep Every Harbor Open Act",
            "Bipartisan Keep Every Harbor Open Act would require the board to dredge each "
            "port yearly.",
        ),
        (
            # the name opens the title; the deck names it again after the title's words
            "HARBOR Act Passes Senate Commerce Committee Unanimously HARBOR Act would fund "
            "dredging in every port",
            "HARBOR Act Passes Senate Commerce Committee Unanimously",
            "HARBOR Act would fund dredging in every port",
        ),
        (
            # the title's last words open the deck's name again
            "Roe Bill Passes to Protect Fisheries in Corvale Bay Corvale Bay Fisheries "
            "Protection Act doubles fines for illegal dumping",
            "Roe Bill Passes to Protect Fisheries in Corvale Bay",
            "Corvale Bay Fisheries Protection Act doubles fines for illegal dumping",
        ),
    ],
)
def test_deck_opens_where_the_name_is_named_again(head: str, headline: str, deck: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == headline
    assert parsed.subheadline == deck


def test_words_between_the_two_copies_holding_the_title_verb_stay_in_the_title() -> None:
    # the title names the bill first, then its verb: the deck opens at the bill named again
    parsed = split_release_head(
        "Roe and Vail Bill Passes House Roe and Vail Bill would fund dredging in every port"
        + _LEAD,
        "Ann Roe",
    )
    assert parsed.headline == "Roe and Vail Bill Passes House"
    assert parsed.subheadline == "Roe and Vail Bill would fund dredging in every port"


def test_two_words_between_the_two_copies_cut_nowhere() -> None:
    # "Vote" may end the title or open the deck's name ("Vote Corvale Harbor Act"): no cut
    # is sure, so the line is not cut where one of the two would be wrong
    head = "Roe Hails Harbor Act Vote Corvale Harbor Act would fund dredging in every port"
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == head
    assert parsed.subheadline is None
