"""The name scans' shortcuts give what the plain scans gave: `_headline_case` stops at a
text's fourth lower-case word, and the run and full-name patterns open with a look-ahead
for a capital letter."""

from __future__ import annotations

import re

import pytest

from importers import quotes, speakers

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


PLAIN_RUN = re.compile(
    r"\b[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*)+"
    r"|\b[A-Z]{2,}(?:\s+(?:[A-Z]\.\s+)?[A-Z]{2,})+\b"
)
PLAIN_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
TEXT = " ".join(LINES) + (
    " Nora K. Quill and DEAN OSTROWE met xAnn Holt, aBen Fisk and _Cal Roe at the "
    "Ferry Board; Tod Vail-Renner said “yes” to Ann-Marie Holt. MARLA J. QUENBY wrote."
)


def test_run_pattern_as_before() -> None:
    new = [(m.span(), m.group()) for m in speakers._GIVEN_IN_RUN.finditer(TEXT)]
    assert new == [(m.span(), m.group()) for m in PLAIN_RUN.finditer(TEXT)]
    assert new


def test_full_name_pattern_as_before() -> None:
    new = [(m.span(), m.groups()) for m in quotes._FULL_NAME.finditer(TEXT)]
    assert new == [(m.span(), m.groups()) for m in PLAIN_FULL_NAME.finditer(TEXT)]
    assert new


# Scans over whole paragraphs that open with a look-ahead for their first letter: the
# same matches as the pattern without it.
SCAN_TEXT = TEXT + (
    " Rep. Ann Holt and Senator Tod Vail spoke; said Senator Holt. This is Senator Holt."
    " Holt’s husband, Tod Holt, and Mrs. Wes Tarrant came. Ann Holt and her husband left."
    " Bram Vail, a father of three, and Congresswoman Ann Holt (D-OR) met Gov. Holt."
    " Catch-up With Your Congressman; she said he and she, then he. and Ann Holt."
    " THE HOLT Bill; the holt; Reps. Ann Holt and Tod Vail; Chairwoman Ann Roe."
)
SCANS = {
    "_OUTSIDE_TITLE": quotes._OUTSIDE_TITLE,
    "_SEX_SIGN": quotes._SEX_SIGN,
    "_HYPHEN_SECOND": quotes._HYPHEN_SECOND,
    "he": quotes._PRONOUN_WORD["he"],
    "she": quotes._PRONOUN_WORD["she"],
    "_given_then": quotes._given_then("Holt"),
    "_given_then_end": quotes._given_then_end("Holt"),
    "_titled_surname": quotes._titled_surname("Holt"),
    "_SURNAME_KIN": speakers._SURNAME_KIN,
    "_CHAMBER_TITLE": speakers._CHAMBER_TITLE,
    "_SEX_TITLE": speakers._SEX_TITLE,
}


@pytest.mark.parametrize("name", SCANS)
def test_scan_with_look_ahead_as_without(name: str) -> None:
    rx = SCANS[name]
    plain = re.compile(re.sub(r"^\(\?=(?:\[A-Z\]|[a-z])\)", "", rx.pattern), rx.flags)
    assert plain.pattern != rx.pattern
    for text in (SCAN_TEXT, SCAN_TEXT.lower(), SCAN_TEXT + " Ann Holt"):
        new = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert new == [(m.span(), m.groups()) for m in plain.finditer(text)]
