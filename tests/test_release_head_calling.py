"""A calling the role lists lack is no first name before a deck's surname.

Invented text only. `Roe Honors Fallen Trooper Dunn was killed …` where the body writes
only `Trooper Dunn`: the calling is no unlisted first name, so it does not move into the
deck with the surname.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head


@pytest.mark.parametrize("calling", ["Trooper", "Inspector", "Agent", "Medic", "Cadet"])
def test_a_calling_stays_out_of_the_deck(calling: str) -> None:
    text = (
        f"Roe Honors Fallen {calling} Dunn was killed on duty in May CORVALE, OR – Rep. Ann "
        f"Roe today honored {calling} Dunn of Corvale. {calling} Dunn served ten years. Dunn "
        "was a father of two."
    )
    head = split_release_head(text)
    deck = head.subheadline or ""
    assert not deck.startswith(calling)


# An unlisted first name the body writes with the surname still moves into the deck.
def test_an_unlisted_first_name_still_opens_the_deck() -> None:
    text = (
        "Roe Nominates Naval Academy Kyras Tull was nominated to the academy CORVALE, OR – "
        "Rep. Ann Roe today nominated Kyras Tull of Corvale. Tull is the son of a fisherman."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Nominates Naval Academy"
    assert head.subheadline == "Kyras Tull was nominated to the academy"
