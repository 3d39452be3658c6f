"""An organisation's short name (`the Times`) stands for the one organisation named in
full before it whose name ends with it, and for none when two do."""

from __future__ import annotations

from importers.quotes import extract_quotes


def speakers_of(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in extract_quotes(list(paragraphs))[1] if q.kind != "title"]


QUOTE = "“The ferry plan is dead,” the Times reported."


def test_the_one_organisation_of_that_name():
    assert speakers_of("The Harbor Times covered the vote on Tuesday.", QUOTE) == [["Harbor Times"]]


def test_two_organisations_of_that_name_name_neither():
    for first, second in (("Harbor", "Valley"), ("Valley", "Harbor")):
        text = f"The {first} Times covered the vote on Tuesday. The {second} Times did too."
        assert speakers_of(text, QUOTE) == [[]]
