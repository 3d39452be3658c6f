"""`he`/`she` in news text never means a person the text names only as somebody spoken
of: after a preposition (`objected to Mara Quist being named`, `a complaint about Mara
Quist`) or as an owner (`Mara Quist's emails`). The pronoun goes to the nearest person of
its sex named otherwise (a sentence's subject, a speaker), or to nobody. Invented news
paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from tests.issuer_release import HEAD, bare, release, speakers


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


def test_a_woman_named_only_after_a_preposition_is_nobodys_antecedent() -> None:
    paragraphs = [
        "The county board met on Tuesday to discuss the new harbor plan.",
        "Several residents objected to Mara Quist being named to the harbor board.",
        '"We were never asked about any of this," she said.',
    ]
    assert _speakers(paragraphs) == [None]  # it gave Mara Quist


def test_the_subject_named_before_an_object_mention_keeps_the_pronoun() -> None:
    paragraphs = [
        "Councilwoman Ada Brenner opened the hearing on Tuesday.",
        "The board spent an hour on a complaint about Mara Quist.",
        '"We will settle this by spring," she said.',
    ]
    assert _speakers(paragraphs) == ["Ada Brenner"]  # it gave Mara Quist
    paragraphs = [
        "Ada Brenner said the vote was close.",
        "Critics pointed to Mara Quist as the reason.",
        '"It was always going to be close," she said.',
    ]
    assert _speakers(paragraphs) == ["Ada Brenner"]  # it gave Mara Quist


def test_a_possessive_owner_is_nobodys_antecedent() -> None:
    paragraphs = [
        "The hearing on the ferry contract ran late on Monday.",
        "Mara Quist's emails were read aloud to the board.",
        '"Nobody should have seen those," she said.',
    ]
    assert _speakers(paragraphs) == [None]


def test_a_release_member_as_subject_and_another_woman_as_object() -> None:
    lead = (
        "DOVER, OH – Congresswoman Nora Quill spoke at the pier on Tuesday. The crowd"
        " cheered for Mara Quist, a nurse from Corvale."
    )
    text = f"{HEAD}{lead} “Nurses kept this harbor running through the floods,” she said.\n"
    assert speakers(bare(text)) == [["Nora Quill"]]  # it gave Mara Quist
    assert speakers(release(text)) == [["Nora Quill"]]


def test_an_object_of_the_other_sex_or_a_person_named_as_subject_before_is_kept() -> None:
    # the man opening the sentence keeps `he`; the woman spoken of is not `she`
    paragraphs = ["Mayor Tod Vail spoke with Mara Quist about the pier.", ""]
    paragraphs[1] = '"We agreed on a date," he said.'
    assert _speakers(paragraphs) == ["Tod Vail"]
    paragraphs[1] = '"We agreed on a date," she said.'
    assert _speakers(paragraphs) == [None]  # it gave Mara Quist
    # named as a subject (or a speaker) before, the object mention leaves her the one meant
    paragraphs = [
        "Mara Quist has run the clinic since 2010.",
        "The board voted against Mara Quist on Monday.",
        '"This is not over," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist"]
    paragraphs = [
        '"We need the pier," Mara Quist said on Monday.',
        "The board later voted against Mara Quist.",
        '"This is not over," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist", "Mara Quist"]


def test_the_source_after_according_to_or_from_is_not_an_aside() -> None:
    paragraphs = [
        "The plant will close in May, according to Mara Quist.",
        '"We tried everything," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist"]
    paragraphs = [
        "The board received a letter from Mara Quist on Friday.",
        '"We tried everything," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist"]


def test_a_person_acting_after_the_preposition_is_no_aside() -> None:
    # `with X — … — lambasting`: X acts there; `the father of X`: `of` is not read
    paragraphs = [
        "The levy became the fight of the week, with Mara Quist — who has called for a"
        " recount — lambasting the board.",
        '"The count was wrong from the start," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist"]
    paragraphs = [
        "The father of Mara Quist testified before the board.",
        '"The count was wrong from the start," she said.',
    ]
    assert _speakers(paragraphs) == ["Mara Quist"]
