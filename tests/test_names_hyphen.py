"""A hyphenated given name with its second syllable in lower case (`Ki-moon`, `Jong-un`,
`Geun-hye`) is a word of a person's name; an English compound written the same way at
the start of a sentence (`God-given`, `War-era`, `Sit-in`, `Top-notch`) or a prefixed word
(`Co-chair`) is not."""

from __future__ import annotations

import pytest

from importers import names as N


@pytest.mark.parametrize(
    "word",
    [
        "Ki-moon",
        "Jae-in",
        "Jong-un",
        "Jong-il",
        "Geun-hye",
        "Ing-wen",
        "Duk-soo",
        "Myung-bak",
        "Kyung-wha",
        "Ji-hoon",  # the lexicon knows it whole
        "Seo-yeon",
        "Sun-young",
    ],
)
def test_hyphenated_given_names(word):
    assert N.is_name_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "God-given",
        "War-era",
        "Top-notch",
        "Top-level",
        "No-host",
        "Op-ed",
        "Sit-in",
        "Dial-in",
        "Set-top",
        "Co-chair",
        "Co-op",
        "Ex-wife",
        "One-third",
        "Low-cost",
        "Web-based",
        "Pay-go",
        "To-date",
        "Farm-to-School",
    ],
)
def test_hyphenated_words_that_are_no_name(word):
    assert not N.is_name_word(word)


def test_capitalised_halves_are_unchanged():
    assert N.is_name_word("Ros-Lehtinen") and N.is_name_word("Jean-Pierre")
    assert N.person_shape(["Ban", "Ki-moon"]) and N.person_shape(["Moon", "Jae-in"])
