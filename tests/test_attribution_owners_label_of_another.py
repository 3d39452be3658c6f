"""A label naming the owners of the words after it (`Chairman Vail’s remarks as
prepared:`, `Below are the remarks of Tod Vail as prepared for delivery:`) by names none
of which is the issuer's: the owners' words, or nobody's when the parse cannot name them,
never the issuer's. A label naming the issuer (or only the member's office) keeps them.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = (
    "CORVALE, OH – Congressman Wes Tarrant and Rep. Tod Vail opened a youth council on Tuesday.\n\n"
)
WORDS = " “The harbor needs dredging this year.”"


@pytest.mark.parametrize(
    "label",
    [
        "Chairman Vail’s remarks as prepared:",
        "TOD VAIL’S REMARKS AS PREPARED:",
        "Tod Vail’s and Ann Roe’s statements:",
        "Below are the remarks of Tod Vail as prepared for delivery:",
        "Below are the remarks of Tod Vail as prepared for delivery:\n\n",
    ],
)
def test_a_label_naming_another_keeps_the_words_from_the_issuer(label: str) -> None:
    for got in (
        speakers(release(LEAD + label + WORDS, "wes_tarrant")),
        speakers(bare(LEAD + label + WORDS)),
    ):
        assert got in ([[]], [["Tod Vail"]]), label


@pytest.mark.parametrize(
    "label",
    [
        "Tarrant’s remarks as prepared:",
        "Congressman Tarrant’s remarks as prepared:",
        "The Congressman’s remarks as prepared:",
        "Below are the remarks of Congressman Tarrant as prepared for delivery:",
        "WES TARRANT’S REMARKS AS PREPARED:",
        "Rep. Tarrant’s full statement:",
        "Tarrant’s statement on Ann Roe’s remarks:",
        "Excerpts of Tarrants’s Remarks:",
        "TARRANTS’S REMARKS AS PREPARED:",
    ],
)
def test_a_label_naming_the_issuer_keeps_the_words_his(label: str) -> None:
    assert speakers(release(LEAD + label + WORDS, "wes_tarrant")) == [["Wes Tarrant"]]
