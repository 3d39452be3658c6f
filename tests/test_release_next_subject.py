"""A name after a full quoted sentence: the cue of the words before it, or the subject of a
sentence of its own (invented text)."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes

HOLT = "“We need the bridge,” Mayor Ann Holt said. "


def speakers(text: str) -> list[list[str]]:
    _, quotes = extract_quotes(text.split("\n"))
    return [list(q.speakers) for q in quotes]


@pytest.mark.parametrize(
    "after",
    [
        "“It is overdue.” Sen. Tod Vail has asked the agency for a report.",
        "“It is overdue.” Sen. Tod Vail praised the decision.",
        "“It is overdue.” Sen. Tod Vail agreed that the span is old.",
        "“It is overdue.” Sen. Tod Vail said the span is old and must close.",
        "“It is overdue.” Sen. Tod Vail urged the agency to act.",
        "“It is overdue.” Sen. Tod Vail wrote a letter to the agency.",
        "“It is overdue.” Sen. Tod Vail vowed in January to fund the work.",
        "“It is overdue.” Sen. Tod Vail recently called on the agency to act.",
        "“It is overdue.” Sen. Tod Vail concluded by discussing the budget.",
        "“Is it late?” Sen. Tod Vail recently attempted to speed the work.",
        "“It is late!” Sen. Tod Vail finished the inspection on Monday.",
    ],
)
def test_a_sentence_of_its_own_is_no_cue(after: str) -> None:
    # The second quotation goes on Ann Holt's words; Tod Vail's sentence is about
    # something else.
    assert speakers(HOLT + after) == [["Ann Holt"], ["Ann Holt"]]


@pytest.mark.parametrize(
    "after",
    [
        "“It is overdue.” Sen. Tod Vail said.",
        "“It is overdue.” Sen. Tod Vail said days later.",
        "“It is overdue.” Sen. Tod Vail said weeks ago.",
        "“It is overdue.” Sen. Tod Vail said the next day.",
        "“It is overdue.” Sen. Tod Vail said that day.",
        "“It is overdue.” Sen. Tod Vail recalled years later.",
        "“It is overdue.” Sen. Tod Vail added for emphasis.",
        "“It is overdue.” Sen. Tod Vail explained further.",
        "“It is overdue.” Sen. Tod Vail announced Tuesday.",
        "“It is overdue.” Sen. Tod Vail announced Dec. 3.",
        "“It is overdue.” Sen. Tod Vail has said many times.",
        "“It is overdue.” Sen. Tod Vail told reporters Tuesday.",
        "“It is overdue.” Sen. Tod Vail said Thursday, adding that the agency must act.",
        "“It is overdue.” Sen. Tod Vail, who said last year that the span was safe, said Tuesday.",
        "“Why is it late?” Sen. Tod Vail demanded to know.",
        "“Why is it late?” Sen. Tod Vail asked the secretary.",
        "“We will not wait!” Sen. Tod Vail exclaimed to reporters.",
        "“We will not wait!” Sen. Tod Vail yelled to the clerk.",
        "“Enough!” Sen. Tod Vail shouted to the crowd.",
    ],
)
def test_a_cue_keeps_its_speaker(after: str) -> None:
    assert speakers(HOLT + after) == [["Ann Holt"], ["Tod Vail"]]


def test_the_words_without_a_speaker_before_go_to_nobody() -> None:
    text = (
        "Mayor Ann Holt opened the hall on Monday. “It is overdue.” Sen. Tod Vail has asked"
        " the agency for a report."
    )
    assert speakers(text) == [[]]


def test_the_subject_of_the_sentence_between_speaks_next() -> None:
    # The narrated sentence is no cue of the words before it, but a verb of saying with a
    # titled subject gives the quotation after it to that subject, not to the one before.
    text = (
        "“The clinic saved my life,” Ida Marsh said. “I can see a doctor now.” Congressman"
        " Rob Teague praised the clinic's staff. “They work harder than anyone I know.”"
    )
    assert speakers(text) == [["Ida Marsh"], ["Ida Marsh"], ["Rob Teague"]]
