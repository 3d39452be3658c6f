"""One quoted word standing as the predicate of a clause that a verb of saying earlier in
its sentence reports, the clause's subject a pronoun for the cue's own subject (`Holt
said she was “heartened.”`), is the speaker's word: the speaker's own state. One quoted
word anywhere else stays a word picked out, nobody's: a scare quote, a name, a word
mentioned, or a word another person's clause holds. Invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from search.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return quotes


def _direct(*paragraphs: str) -> list[Quote]:
    return [q for q in _quotes(*paragraphs) if q.kind == "direct"]


def test_a_quoted_predicate_of_the_speakers_own_clause_is_the_speakers_word() -> None:
    [q] = _direct("Mayor Nell Quarry said on Tuesday she was “heartened.”")
    assert (q.text, q.speakers, (q.cue or "").split()[0]) == ("heartened.", ["Nell Quarry"], "said")


def test_that_an_adverb_and_another_form_of_be_still_make_a_predicate() -> None:
    [q] = _direct("Councilman Piet Lorne stated that he was truly “stunned” by the vote.")
    assert (q.text, q.speakers) == ("stunned", ["Piet Lorne"])
    [q] = _direct("Piet Lorne, the harbor master, told reporters he would be “grateful.”")
    assert (q.text, q.speakers) == ("grateful.", ["Piet Lorne"])
    [q] = _direct("Later, then-Mayor Nell Quarry said that she was “relieved,” and left.")
    assert (q.text, q.speakers) == ("relieved,", ["Nell Quarry"])


def test_a_quoted_word_without_a_verb_of_saying_in_its_sentence_is_nobodys() -> None:
    quotes = _direct(
        "Mayor Nell Quarry said the council met on Monday. She was “heartened.”",
        "The dock that Piet Lorne built last year was “temporary” at best.",
    )
    assert quotes == []


def test_a_quoted_word_that_is_no_predicate_stays_a_word_picked_out() -> None:
    quotes = _direct(
        "Mayor Nell Quarry said the “reckless” plan would fail.",
        "Piet Lorne said he recalled the storm “vividly.”",
    )
    assert quotes == []


def test_a_cue_after_the_word_is_not_read_as_a_reported_clause() -> None:
    quotes = _direct("The harbor plan was “reckless,” Mayor Nell Quarry said on Tuesday.")
    assert all(q.text != "reckless," or q.speakers == ["Nell Quarry"] for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        # another person's clause, or a thing's: the word is not the speaker's
        "Rep. Nell Quarry said Piet Lorne believes the plan is “reckless.”",
        "Rep. Nell Quarry said Piet Lorne's letter said the plan was “reckless.”",
        "Rep. Nell Quarry said the agency's own audit found the plan was “unsafe.”",
        "Rep. Nell Quarry said that in Piet Lorne's words the plan was “reckless.”",
        "Rep. Nell Quarry said the plan was not “reckless,” as Piet Lorne has claimed.",
        "Critics of Rep. Nell Quarry said the plan was “reckless.”",
        "Critics of Rep. Nell Quarry said she was “reckless.”",
        "A spokesman for Rep. Nell Quarry said he was “stunned.”",
        "Rep. Nell Quarry said he was “stunned.”",
        "Rep. Nell Quarry said they were “wrong.”",
        "Rep. Nell Quarry said the plan was “reckless.”",
        "Rep. Nell Quarry said the nominee, Piet Lorne, was “qualified.”",
        # scare quotes, names and words mentioned
        "Rep. Nell Quarry said the program was “temporary” in name only.",
        "Rep. Nell Quarry said the so-called reform was “bipartisan” only on paper.",
        "Rep. Nell Quarry said the board's “reform” is “reform” in name only.",
        "Rep. Nell Quarry said she was “neutral” in name only.",
        "Rep. Nell Quarry said she was “bipartisan” at best.",
        "Rep. Nell Quarry said the new law is “Dockcare.”",
        "Rep. Nell Quarry said the code name for the raid was “Wrenfall.”",
        "Rep. Nell Quarry said the winning film was “Saltmarsh.”",
        "Rep. Nell Quarry said the hashtag was “#DockStrong.”",
        "Rep. Nell Quarry said the nickname of the ferry was “Gullwing.”",
        "Rep. Nell Quarry said she was “Gullwing.”",
        "Rep. Nell Quarry said the password was “marlin.”",
        "Rep. Nell Quarry said the label on the crate was “fragile.”",
        "Rep. Nell Quarry said the answer on the form was “yes.”",
    ],
)
def test_a_quoted_word_of_another_clause_or_no_speech_gets_no_speaker(sentence: str) -> None:
    assert [(q.text, q.speakers) for q in _direct(sentence) if q.speakers] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit said the program was “temporary” in name only.",
        "Rep. Nell Quarry said the ruling, which the judge wrote was “final,” stands.",
        # the rule's shape, but nobody named to own the word
        "Vosko stated that he was “disturbed” by the vote.",
    ],
)
def test_a_quoted_word_nobody_is_named_for_stays_a_title(sentence: str) -> None:
    assert [q.kind for q in _quotes(sentence)] == ["title"]
