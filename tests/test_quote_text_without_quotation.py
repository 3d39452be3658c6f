"""A text with no quotation and no sentence with a verb of saying quotes nobody, however
many names it holds; a text with no quotation mark still gives its reported speech and
its speaker. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes


def test_names_without_a_quotation_or_a_verb_of_saying_give_no_speaker() -> None:
    paragraphs = [
        "Ann Roe and Tod Vail opened the Corvale ferry landing on Tuesday.",
        "Mayor Bram Vail, Wes Tarrant and the Corvale Harbor Board toured the new pontoon.",
    ]
    assert extract_quotes(paragraphs, "Corvale ferry landing opens") == ([], [])


def test_reported_speech_without_marks_keeps_its_speaker() -> None:
    paragraphs = [
        "Ann Roe and Tod Vail opened the Corvale ferry landing on Tuesday.",
        "Mayor Bram Vail said that the landing would serve three crossings.",
    ]
    speakers, quotes = extract_quotes(paragraphs, "Corvale ferry landing opens")
    assert [(q.kind, q.speakers) for q in quotes] == [("reported", ["Bram Vail"])]
    assert [s.name for s in speakers] == ["Bram Vail"]


def test_a_quotation_is_still_read_as_before() -> None:
    paragraphs = [
        "Ann Roe toured the landing.",
        "“The pontoon is ready for winter,” Roe told the crew.",
    ]
    _, quotes = extract_quotes(paragraphs)
    assert [q.kind for q in quotes] == ["direct"]
