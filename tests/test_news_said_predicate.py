"""One quoted word after a copula in the clause a verb of saying reports (`Holt said the
delay was “unacceptable”`): the subject's own word, not a scare quote. Invented
paragraphs, positive and negative."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def run(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def only(quotes: list[Quote]) -> Quote:
    [quote] = [q for q in quotes if q.kind != "reported"]
    return quote


def test_a_word_after_was_in_a_said_clause_is_the_speaker_s() -> None:
    quote = only(run("Mayor Ann Hale said the delay was “unacceptable” and asked for a date."))
    assert quote.kind == "direct" and quote.speakers == ["Ann Hale"]


def test_would_be_and_a_word_ending_the_sentence() -> None:
    quote = only(run("Mayor Ann Hale said it would be “improper” for her to speak on it."))
    assert quote.speakers == ["Ann Hale"]
    quote = only(run("Chief Tom Ames told reporters the tapes were “inconclusive.”"))
    assert quote.speakers == ["Tom Ames"]


def test_the_word_is_the_one_who_says_it_not_the_clause_s_subject() -> None:
    quote = only(run("Mayor Ann Hale said that Tom Ames was “confused” about the plan."))
    assert quote.speakers == ["Ann Hale"]


def test_another_verb_of_saying_between_leaves_it_a_scare_quote() -> None:
    quote = only(run("Mayor Ann Hale said the report, which critics say is “flawed,” was late."))
    assert quote.speakers == []


def test_no_copula_no_verb_of_saying_or_an_unnamed_subject_leave_it_nobody_s() -> None:
    for text in (
        "Mayor Ann Hale said the so-called “reform” would not pass.",
        "The harbor plan was “reckless” from the start, and the council knew it.",
        "Critics said the harbor plan was “reckless” from the start.",
        "Mayor Ann Hale visited the harbor. The plan was “reckless” from the start.",
    ):
        assert all(q.speakers == [] for q in run(text)), text


def test_a_cue_after_the_word_does_not_reach_back_into_a_question() -> None:
    quote = only(run("Asked whether the plan was “dead,” Mayor Ann Hale shook her head."))
    assert quote.speakers == []


def test_a_capitalised_word_is_no_such_word() -> None:
    quote = only(run("Mayor Ann Hale said the ship was “Endeavour” in the old records."))
    assert quote.speakers == []


def test_a_pronoun_that_fits_two_people_gives_nobody() -> None:
    quotes = run(
        "Tom Ames met Ben Fisk at the harbor on Monday.",
        "He said the new pier was “dangerous” and should close.",
    )
    assert all(q.speakers == [] for q in quotes)
