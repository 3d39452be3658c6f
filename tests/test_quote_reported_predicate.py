"""One quoted word standing as the predicate of a clause that a verb of saying earlier in
its sentence reports (`Holt said the plan was “reckless.”`) is the speaker's word; one
quoted word anywhere else stays a word picked out, nobody's. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def _direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_a_quoted_predicate_of_a_reported_clause_is_the_speakers_word() -> None:
    [q] = _direct("Mayor Ann Holt said on Tuesday that the harbor plan was “reckless.”")
    assert (q.text, q.speakers, (q.cue or "").split()[0]) == ("reckless.", ["Ann Holt"], "said")


def test_an_adverb_and_another_form_of_be_still_make_a_predicate() -> None:
    [q] = _direct("Ivo Brandt also said the new dock would be only “temporary” for now.")
    assert (q.text, q.speakers) == ("temporary", ["Ivo Brandt"])


def test_a_quoted_word_without_a_verb_of_saying_in_its_sentence_is_nobodys() -> None:
    quotes = _direct(
        "Mayor Ann Holt said the council met on Monday. The harbor plan was “reckless.”",
        "The dock that Tod Vail built last year was “temporary” at best.",
    )
    assert quotes == []


def test_a_quoted_word_that_is_no_predicate_stays_a_word_picked_out() -> None:
    quotes = _direct(
        "Mayor Ann Holt said the “reckless” plan would fail.",
        "Ivo Brandt said he recalled the storm “vividly.”",
    )
    assert quotes == []


def test_a_cue_after_the_word_is_not_read_as_a_reported_clause() -> None:
    quotes = _direct("The harbor plan was “reckless,” Mayor Ann Holt said on Tuesday.")
    assert all(q.text != "reckless," or q.speakers == ["Ann Holt"] for q in quotes)
