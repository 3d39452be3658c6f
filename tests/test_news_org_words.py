"""A company named by the word that ends it (`… Productions`, `… Studios`) is an
organisation, not a person: it speaks through a verb of saying and is the `they` or
`it` of the next statement. Invented text."""

from __future__ import annotations

import pytest

from importers import names as N
from importers.quotes import extract_quotes


@pytest.mark.parametrize(
    "name",
    [
        "Harbor Stage Productions",
        "Bluewater Studios",
        "Ardent Entertainment",
        "Kestrel Pictures",
        "Lomond Holdings",
        "Corvane Pharmaceuticals",
        "Tidemark Communications",
        "Halden Publishing",
    ],
)
def test_a_company_word_ends_an_organisations_name(name: str) -> None:
    assert N.org_shape(name.split())
    assert not N.person_shape(name.split())


@pytest.mark.parametrize("word", ["Productions", "Studios", "Holdings"])
def test_the_company_word_alone_names_no_organisation(word: str) -> None:
    assert not N.org_shape([word])


def test_they_after_a_company_is_the_company() -> None:
    _, quotes = extract_quotes(
        [
            "The firm that stages the awards, Harbor Stage Productions, says nothing is settled.",
            "“Any final deal must be made with the singer's team,” they said.",
        ]
    )
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker == "Harbor Stage Productions"


def test_a_company_denying_is_reported_speech_of_the_company() -> None:
    _, quotes = extract_quotes(["Bluewater Studios denies that the film was cut."])
    [quote] = quotes
    assert (quote.kind, quote.speaker) == ("reported", "Bluewater Studios")


def test_a_person_named_like_a_place_is_still_no_company() -> None:
    # No company word: the name stays a person's, and her words hers.
    _, quotes = extract_quotes(["“We start at dawn,” said Maria Holden, the crew chief."])
    [quote] = quotes
    assert quote.speaker == "Maria Holden"


# -- a publication named with its noun -----------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Corvid magazine writes, “In its braiding of themes, the book moves like a poem.”",
            "Corvid",
        ),
        ("“The book moves like a poem,” Corvid magazine wrote.", "Corvid"),
        (
            "“The mayor must answer for the delay,” the Tidewater Ledger newspaper said.",
            "Tidewater Ledger",
        ),
    ],
)
def test_a_name_before_a_publications_noun_is_the_publication(paragraph: str, speaker: str) -> None:
    _, quotes = extract_quotes(["The novel won wide praise.", paragraph])
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker == speaker


def test_a_persons_name_before_a_publications_noun_speaks_for_nobody() -> None:
    _, quotes = extract_quotes(
        ["Editor Maria Holden praised the novel.", "Maria Holden magazine said, “Read it.”"]
    )
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker is None


@pytest.mark.parametrize("opening", ["Its", "Their", "This"])
def test_a_determiner_before_a_publications_noun_names_nobody(opening: str) -> None:
    _, quotes = extract_quotes(
        [f"The insurer sells cover in ten states. {opening} website notes that drivers save."]
    )
    assert all(q.speaker is None for q in quotes)


def test_they_is_no_company_that_was_only_an_object_or_in_a_clause() -> None:
    for opening in (
        "Dozens of workers gathered outside Lomond Holdings on Tuesday.",
        "Lena Roth and Tom Ames, who founded Ardent Entertainment, spoke to reporters.",
    ):
        _, quotes = extract_quotes([opening, "“We are not going anywhere,” they said."])
        [quote] = [q for q in quotes if q.kind == "direct"]
        assert quote.speakers == [], opening
