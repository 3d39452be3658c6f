"""A person a page calls by a first name alone: a tester, a reviewer, a customer signing a
review. The name is the speaker when the lexicon is sure it is a first name, no place's
or country's, and the page names nobody in full with it."""

from __future__ import annotations

from importers.quotes import extract_quotes


def speakers_of(*paragraphs: str) -> list[list[str]]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q.speakers for q in quotes if q.kind == "direct"]


def test_a_first_name_at_a_verb_of_saying_is_the_speaker() -> None:
    assert speakers_of(
        "We rode the scooter for a month.",
        "“The brakes bite hard even in the rain,” Gregory said.",
    ) == [["Gregory"]]


def test_a_first_name_signing_a_review_after_a_dash_is_the_speaker() -> None:
    assert speakers_of(
        "What Buyers Say | “The soup arrives hot and the portions are generous.” - Melissa"
        " (Read all reviews.)",
    ) == [["Melissa"]]
    assert speakers_of(
        "Our testers liked the kettle.",
        "“It boils a litre in under three minutes.” — Gregory",
    ) == [["Gregory"]]


def test_a_first_name_with_a_role_speaks_again_through_the_role() -> None:
    assert speakers_of(
        "Gregory, our lead tester, explains, “This is the lamp I would buy again.”",
        "“The battery lasted a week,” our lead tester said.",
    ) == [["Gregory"], ["Gregory"]]


def test_the_one_person_named_in_full_with_the_first_name_is_the_speaker() -> None:
    assert speakers_of(
        "Melissa Varga runs the shop on Elm Street.",
        "“We bake before dawn,” Melissa said.",
    ) == [["Melissa Varga"]]


def test_a_first_name_two_people_named_in_full_share_is_nobody() -> None:
    assert speakers_of(
        "Melissa Varga and Melissa Oduya run the shop.",
        "“We bake before dawn,” Melissa said.",
    ) == [[]]
    # The namesakes named only after the quotation still leave it to nobody.
    assert speakers_of(
        "“We bake before dawn,” Melissa said.",
        "Melissa Varga and Melissa Oduya run the shop.",
    ) == [[]]


def test_a_first_name_given_to_either_sex_or_a_place_is_nobody() -> None:
    # `Jordan` is given to either sex and names a country; `Austin` and `Savannah` are
    # cities; `Kenya` is a country.
    for word in ("Jordan", "Austin", "Savannah", "Kenya"):
        assert speakers_of(
            "Talks on the water treaty stalled again.",
            f"“We reject the plan as written,” {word} said.",
        ) == [[]], word
        assert speakers_of(
            "Our testers liked the kettle.",
            f"“It boils a litre in under three minutes.” — {word}",
        ) == [[]], word


def test_a_first_name_the_text_writes_with_a_surname_anywhere_is_nobody_alone() -> None:
    # The full name stands only in a possessive, never registered as a person's name.
    assert speakers_of(
        "The craze grew with Rosalind Achterberg’s Tidy Lives series.",
        "“Keep only what you use,” Rosalind said.",
    ) == [[]]
