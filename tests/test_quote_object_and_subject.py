"""Whose words a participle of saying or a `he`/`she` gives: the sentence's subject only
when nobody else may have written or said them. Invented news paragraphs."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(list(paragraphs))[1] if q.kind == "direct"]


# -- a participle of saying after an object that carries words --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Dorsey got a notice from the water board on Friday, saying “your service"
        " will be cut off.”",
        "Ivo Brandt put up a banner over the gate, saying “no trucks after dark.”",
        "Ivo Brandt received a text from the landlord, writing “rent is due today.”",
        "Ivo Brandt cited a federal survey, saying “most towns lack a plan.”",
        "Lena Dorsey quoted the governor, saying “the road will reopen in May.”",
        "Lena Dorsey shared the council’s ruling online, saying “the permit stands.”",
    ],
)
def test_words_after_an_object_carrying_words_are_nobodys(sentence: str) -> None:
    # Not the subject's at the participle's strength, nor by the weaker subject guess.
    assert _speakers(sentence) == [None]


def test_words_after_a_thing_the_subject_authored_stay_the_subjects() -> None:
    assert _speakers(
        "Vinyl Weekly gave the album a glowing review, saying “every song earns its place.”"
    ) == ["Vinyl Weekly"]
    assert _speakers(
        "Lena Dorsey sent a letter to the county, saying “the permit must be granted.”"
    ) == ["Lena Dorsey"]


def test_a_participle_after_a_plain_object_is_still_the_subjects() -> None:
    assert _speakers("Kestrel Foods defended the recall, saying “no one fell ill.”") == [
        "Kestrel Foods"
    ]


# -- he/she: a rival must be shown to be a person -----------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "from Ross Mills",
        "from Glen Ellyn",
        "from Harper Controls",
        "at Walt Disney World",
        "from Henry Ford Health",
    ],
)
def test_a_firm_or_place_opening_with_a_first_name_is_no_rival(place: str) -> None:
    assert _speakers(
        f"Jordan Ellis buys the grain {place} every spring. “We were short this year,” he said."
    ) == ["Jordan Ellis"]


def test_a_person_shown_by_an_apposition_or_a_verb_of_saying_is_a_rival() -> None:
    # Jordan may be a man or a woman; the other man named may be who `he` is.
    assert _speakers(
        "Jordan Ellis buys the grain from Ross Keller, a miller. “We were short this year,”"
        " he said."
    ) == [None]
    assert _speakers(
        "Jordan Ellis said sales doubled after Ross Keller wrote about the shop. “We were"
        " short this year,” he said."
    ) == [None]


def test_a_firm_set_beside_a_body_noun_is_no_antecedent() -> None:
    assert _speakers(
        "Jordan Ellis buys the grain from Ross Mills, a local firm. “We were short this"
        " year,” he said."
    ) != ["Ross Mills"]


# -- he/she: the text's own signs of sex, and the subject over an object --------------


@pytest.mark.parametrize(
    "opening",
    [
        "Jordan Ellis and his husband opened the shop in 2011.",
        "Jordan Ellis, a father of two, opened the shop in 2011.",
    ],
)
def test_a_sex_the_text_gives_counts_like_a_title(opening: str) -> None:
    assert _speakers(
        f"{opening} Ellis said sales doubled after Ross Keller wrote about the shop. “We"
        " were short this year,” he said."
    ) == ["Jordan Ellis"]


def test_the_subject_who_said_it_not_the_person_in_the_reported_words() -> None:
    assert _speakers(
        "Marco Lind, who runs the ferry, said traffic fell after Ross Keller closed the"
        " bridge. “We lost half our riders,” he said."
    ) == ["Marco Lind"]
    assert _speakers(
        "Mr. Ellis opened the shop in 2011. Jordan Ellis, who owns it, said sales doubled"
        " after Ross Keller wrote about the shop. “We were short this year,” he said."
    ) in (["Jordan Ellis"], [None])


def test_an_object_of_the_other_sex_keeps_the_pronoun() -> None:
    assert _speakers(
        "Marco Lind said traffic fell after Nora Keller closed the bridge. “We lost half"
        " our riders,” she said."
    ) == ["Nora Keller"]


def test_words_the_subject_shares_as_its_own_stay_the_subjects() -> None:
    assert _speakers(
        "Ida Marsh tried the service for a year and shared the following about her last"
        " order, “it arrived late but it was worth the wait.”"
    ) == ["Ida Marsh"]
