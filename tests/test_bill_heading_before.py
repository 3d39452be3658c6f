"""`speakers._bill_heading_before` answers as `_BILL_HEADING` searched from the
paragraph's start, searching only where a heading ending at the quotation may start."""

from __future__ import annotations

import itertools

from importers.speakers import _BILL_HEADING, _bill_heading_before

PIECES = ("H.R. ", "H. J. Res. ", "S. ", "12 ", "7", " ", "y" * 40, ": ", ":", "“", '"', "\n", ". ")


def test_the_same_answer_as_a_search_from_the_paragraphs_start():
    found = 0
    for n in (1, 2, 3, 4):
        for parts in itertools.product(PIECES, repeat=n):
            text = "".join(parts)
            for end in range(len(text) + 1):
                whole = _BILL_HEADING.search(text, 0, end) is not None
                assert _bill_heading_before(text, end) == whole, (text, end)
                found += whole
    assert found > 100


def test_a_long_number_and_a_long_title_before_the_colon():
    for text in (
        "H.R. " + "9" * 400 + " the Harbor Act: “",
        "H.R. 12 " + "y" * 119 + ": “",
        "H.R. 12 " + "y" * 120 + ": “",
        "The Ferry Board backs S. 45, the Ferry Act: ",
        "S. 45" + " " * 200 + ":",
    ):
        assert _bill_heading_before(text, len(text)) == bool(_BILL_HEADING.search(text)), text
