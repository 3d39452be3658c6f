"""`he`/`she` in news text: a noun of one sex before a full name gives the person's sex
(`harbor widow Terry Kessel`), and a person named under another subject of the pronoun's
sex (`She met Ann Holt`, `Mayor Tom Vail … believes Ben Orr is right`) is not the one a
later pronoun surely means: nobody's. Invented news paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


def test_a_sex_noun_before_a_full_name_gives_the_pronoun_that_person() -> None:
    # `Terry` is a man's name to the lexicon; `widow` says otherwise.
    paragraphs = [
        "Governor Lanning has promised to sign the ferry bill by Friday.",
        '"The delays have cost us two summers," said harbor widow Terry Kessel.',
        'Kessel asked for a hearing. "We only want the pier rebuilt," she said.',
    ]
    assert _speakers(paragraphs) == ["Terry Kessel", "Terry Kessel"]
    for before in ("her husband", "Gold Star mother"):
        text = f"{before} Terry Kessel"
        paragraphs = [
            "Governor Lanning has promised to sign the ferry bill by Friday.",
            f"The hearing heard from {text} on Monday.",
            '"We only want the pier rebuilt," she said.',
        ]
        found = _speakers(paragraphs)
        if before == "her husband":
            assert "Terry Kessel" not in found, before
        else:
            assert found == ["Terry Kessel"], before


def test_no_sex_noun_after_an_article_or_inside_a_word() -> None:
    # `the woman Tom Reyes hired`: Tom Reyes opens a clause of his own.
    paragraphs = [
        "Senator Ada Pell toured the plant.",
        "The woman Tom Reyes hired last year runs the night shift.",
        '"We run it around the clock," he said.',
    ]
    assert _speakers(paragraphs) == ["Tom Reyes"]
    paragraphs = [
        "Her grandson Tom Reyes runs the night shift.",
        '"We run it around the clock," he said.',
    ]
    assert _speakers(paragraphs) == ["Tom Reyes"]


CHAIN = (
    "{pronoun} has faced questions since spring, most recently over a meeting with Tom Odrow"
    " while the board was reviewing his wife, county treasurer Lena Odrow, over the budget"
    " she wrote."
)


def test_a_person_named_under_a_subject_pronoun_of_that_sex_is_nobodys_antecedent() -> None:
    paragraphs = [
        "Marta Quell said she was asked to give a talk at the county archive.",
        CHAIN.format(pronoun="She"),
        "She said she was not aware of any complaint.",
        '"Nobody asks me those things," she said.',
    ]
    assert _speakers(paragraphs) == [None]  # it gave Lena Odrow
    # a pronoun of the other sex as that subject leaves the woman named the antecedent
    paragraphs = [
        "Marta Quell said she was asked to give a talk at the county archive.",
        CHAIN.format(pronoun="He"),
        "She said she was not aware of any complaint.",
        '"Nobody asks me those things," she said.',
    ]
    assert _speakers(paragraphs) == ["Lena Odrow"]


VOTE = '"The vote will pass," Senate Leader Ivo Brandt said on Tuesday.'
DOUBTS = (
    '{subject}, despite {poss} worries about "builders trying to get rich," believes Brandt'
    " is right about the vote."
)
THERE = '"I do think the votes are there," he said.'


def test_a_person_named_after_another_named_subject_of_that_sex_is_nobodys() -> None:
    subject = "Harbor Commissioner Nils Arvidsson"
    found = _speakers([VOTE, DOUBTS.format(subject=subject, poss="his"), THERE])
    assert found == ["Ivo Brandt", "Nils Arvidsson", None]  # `he` gave Ivo Brandt
    # a subject of the other sex is no rival
    subject = "Harbor Commissioner Ada Arvidsson"
    found = _speakers([VOTE, DOUBTS.format(subject=subject, poss="her"), THERE])
    assert found == ["Ivo Brandt", "Ada Arvidsson", "Ivo Brandt"]


def test_the_writers_own_unnamed_kin_is_nobody_named() -> None:
    senator = "Senator Ada Pell visited the school on Monday."
    mother = 'My mother has softened with age, but at 86 she still says, "Nobody is equal here."'
    assert _speakers([senator, mother]) == [None]  # it gave Ada Pell
    colleague = 'My colleague Ann Reyes was there too. "Nobody is equal here," she said.'
    assert _speakers([senator, colleague]) == ["Ann Reyes"]
