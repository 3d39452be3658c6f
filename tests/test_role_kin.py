"""A role noun a report uses for an office it named before under another word."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[list[str]]:
    _book, quotes = extract_quotes(paragraphs)
    return [q.speakers for q in quotes]


def test_the_envoy_is_the_ambassador_named_before() -> None:
    paragraphs = [
        "Norwegian Ambassador in Lisbon Eva Lindqvist met port officials on Monday.",
        "“Our ships will keep calling at this harbour every week of the winter,” the envoy said.",
    ]
    assert _speakers(paragraphs) == [["Eva Lindqvist"]]


def test_the_lawmaker_is_the_senator_named_before() -> None:
    paragraphs = [
        "State Senator Carl Brandt toured the flooded school on Friday.",
        "“Every classroom here needs new floors before the term starts,” the lawmaker said.",
    ]
    assert _speakers(paragraphs) == [["Carl Brandt"]]


def test_a_noun_for_another_office_names_nobody() -> None:
    paragraphs = [
        "Planning Minister Tove Aas opened the new rail depot on Friday.",
        "“The timetable is not ours to decide,” the diplomat said.",
    ]
    assert _speakers(paragraphs) == [[]]
