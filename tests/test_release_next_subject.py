"""A name right after a full quoted sentence is its cue only when the name's verb ends
there or takes a phrase of time, place or manner (`“…” Sen. Tod Vail said.`, `… said
Tuesday.`). When the verb takes an object or a clause of its own (`Sen. Tod Vail has asked
the agency for a report.`), the name is the subject of a new sentence: the quotation goes
on the words of whoever was cued before it, or gets no speaker. Every fixture is invented
text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes

OPENING = "“We need the bridge,” Mayor Ann Holt said. “It is overdue.” "


def speakers(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in extract_quotes(list(paragraphs))[1] if q.kind != "title"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tod Vail has asked the agency for a report.",
        "Sens. Ivo Brandt and Ben Fisk have asked for a study of the span.",
        "Sen. Tod Vail introduced a bill last week.",
        "Sen. Tod Vail wrote to the agency in May.",
        "Sen. Tod Vail will hold a hearing on May 4.",
        "Sen. Tod Vail is the chairman of the panel.",
        "Sen. Tod Vail praised the agency for its work.",
        "Sen. Tod Vail agreed that the span is old.",
        "Transportation Secretary Ivo Brandt said yesterday that the agency would act.",
        "Sen. Tod Vail said this is the worst bill in years.",
        "Sen. Tod Vail declared October as Bridge Safety Month.",
        "Sen. Tod Vail also called upon the agency to act.",
        "Sen. Tod Vail concluded by thanking the crews.",
        "Sen. Tod Vail told reporters that the agency would act.",
    ],
)
def test_a_new_sentence_about_another_person_is_not_the_cue(sentence: str) -> None:
    assert speakers(OPENING + sentence) == [["Ann Holt"], ["Ann Holt"]]


def test_the_words_get_no_speaker_when_nobody_was_cued_before() -> None:
    assert speakers("“It is overdue.” Sen. Tod Vail has asked the agency for a report.") == [[]]


def test_a_question_or_exclamation_goes_on_the_cued_words_too() -> None:
    text = (
        "“We need the bridge,” Mayor Ann Holt said. “Why is it late?” Sen. Tod Vail has "
        "urged the agency to speed up the work."
    )
    assert speakers(text) == [["Ann Holt"], ["Ann Holt"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tod Vail said.",
        "said Sen. Tod Vail.",
        "– Sen. Tod Vail",
        "Sen. Tod Vail (R-Ohio) said.",
        "Sen. Tod Vail added.",
        "Sen. Tod Vail agreed.",
        "Sen. Tod Vail said Tuesday.",
        "Sen. Tod Vail said this week.",
        "Sen. Tod Vail said May 4.",
        "Sen. Tod Vail said in a statement.",
        "Sen. Tod Vail said of the plan.",
        "Sen. Tod Vail said to the crowd.",
        "Sen. Tod Vail told reporters.",
        "Sen. Tod Vail warned the agency.",
        "Sen. Tod Vail wrote on Twitter.",
    ],
)
def test_a_signature_or_cue_after_the_words_still_names_the_speaker(sentence: str) -> None:
    assert speakers(OPENING + sentence) == [["Ann Holt"], ["Tod Vail"]]


def test_a_question_asked_of_someone_keeps_its_cue() -> None:
    text = (
        OPENING.replace("It is overdue.", "Why is it late?") + "Sen. Tod Vail asked the secretary."
    )
    assert speakers(text) == [["Ann Holt"], ["Tod Vail"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tod Vail concluded by discussing the span.",
        "Sen. Tod Vail has asked the agency for a report.",
    ],
)
def test_words_after_that_sentence_are_not_the_last_speakers(sentence: str) -> None:
    text = OPENING + sentence + " “The span is old and the state must act.”"
    assert speakers(text) == [["Ann Holt"], ["Ann Holt"], []]


def test_words_after_a_cue_go_on_as_before() -> None:
    text = OPENING + "Sen. Tod Vail said. “The span is old and the state must act.”"
    assert speakers(text) == [["Ann Holt"], ["Tod Vail"], ["Tod Vail"]]
