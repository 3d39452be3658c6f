"""The name scans' shortcuts give what the plain scans gave: `_headline_case` stops at a
text's fourth lower-case word."""

from __future__ import annotations

import re

import pytest

from importers import speakers

LINES = [
    "",
    "Ok",
    "Two Words",
    "Tiffany And The Team Review The New Console",
    "WINDOW TAX RELIEF PASSES THE HOUSE",
    "Marla Quenby of Dunmore and Tobias Venn visit the Harlow Works on Tuesday",
    "the mayor of Pellston said the bridge would open in the spring",
    "Rep. Ada Quill Leads a Bipartisan Letter to the Board of Ferries",
    "Ivo Brandt’s Plan for the Orchard District: A Guide in Five Steps",
    "3 Quick Facts About The Pellston Levy",
    "_under Score Words And Some-Hyphens and o'Neil’s",
    "Élodie Marchetti-Vance Opens the İzmir Gallery",
    "a b c D E F G H I J K L M N O P",
    "A B C D E F G H I J K L M N O P q r s",
    "A B C D E F G H I J K L M N O P q r s t",
    "One\nTwo\nThree four",
]


def _headline_case_read_whole(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if len(words) < 3:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower * 5 <= len(words) and lower <= 3


@pytest.mark.parametrize("line", LINES)
def test_headline_case_as_read_whole(line: str) -> None:
    assert speakers._headline_case(line) is _headline_case_read_whole(line)
