"""`stemming.folds_as_lowered`: its list of characters that fold otherwise is whole."""

from __future__ import annotations

import sys

import pytest

from search.stemming import _FOLDS_OTHERWISE, folds_as_lowered


def test_every_character_whose_folding_is_not_its_lower_case_is_listed() -> None:
    missing = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF
        and chr(c).casefold() != chr(c).lower()
        and not _FOLDS_OTHERWISE.match(chr(c))
    ]
    assert missing == []
    assert _FOLDS_OTHERWISE.match("\u03a3")  # `Σ`: `lower` makes it `ς` at a word's end


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, “curly marks” and a dash — here.",
        "Die Straße ist lang",
        "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ",
        "ΣΟΦΟΣ και σοφός",
        "Москва, Ёлкино",
        "ﬁnal oﬀer",
        "Ꭰ Cherokee ꭰ",
        "µ-metal ſ",
        "",
    ],
)
def test_the_answer_is_the_comparison_of_both_copies(text: str) -> None:
    assert folds_as_lowered(text) == (text.casefold() == text.lower())
