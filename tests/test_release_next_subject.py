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


# An earlier speaker, then a quotation that ends its sentence and a cue after it.
PARTY = "WASHINGTON - Sen. Ann Holt spoke on Tuesday.\n\n“The plan is ready,” Holt said. "


@pytest.mark.parametrize(
    "after",
    [
        # a listener's verb: words later in the sentence are no demand of its own
        "“The money is there.” Tod Vail told reporters at a forum for small business owners.",
        "“The money is there.” Tod Vail told the panel for the record.",
        "“The money is there.” Tod Vail told the crowd to loud applause.",
        "“The money is there.” Tod Vail told The Times for a story on the budget.",
        "“The money is there.” Tod Vail warned colleagues for years.",
        "“The money is there.” Tod Vail reminded members before voting to adjourn.",
        "“The money is there.” Tod Vail assured the families waiting for news.",
        "“The money is there.” Tod Vail told members gathered to hear the plan.",
        "“The money is there.” Tod Vail told supporters who came to see him.",
        "“The money is there.” Tod Vail told reporters before heading to vote.",
        # whom the words were written to, or whose they echo; the words themselves
        "“The money is there.” Tod Vail wrote the committee.",
        "“The money is there.” Tod Vail wrote his colleagues.",
        "“The money is there.” Tod Vail wrote Secretary Roe on Monday.",
        "“The money is there.” Tod Vail emailed his staff.",
        "“The money is there.” Tod Vail stressed the point.",
        "“The money is there.” Tod Vail emphasized the point at the hearing.",
        "“The money is there.” Tod Vail echoed her colleague.",
        "“The money is there.” Tod Vail posted the message online.",
        # after a question or an exclamation, a verb aimed at a person, office or crowd
        "“Who will pay for it?” Tod Vail pressed the secretary.",
        "“Who will pay for it?” Tod Vail questioned the secretary.",
        "“Who will pay for it?” Tod Vail challenged the witness.",
        "“Why did the agency wait?” Tod Vail grilled the administrator.",
        "“We did it!” Tod Vail congratulated the volunteers.",
        "“Vote yes!” Tod Vail exhorted the crowd.",
        "“Vote yes!” Tod Vail told the crowd for the last time.",
    ],
)
def test_a_cue_with_a_listener_or_an_object_of_speech_keeps_its_speaker(after: str) -> None:
    assert speakers(PARTY + after) == [["Ann Holt"], ["Tod Vail"]]


@pytest.mark.parametrize(
    "after",
    [
        "“The money is there.” Tod Vail told reporters at a forum for small business owners.",
        "“Who will pay for it?” Tod Vail pressed the secretary.",
    ],
)
def test_a_cue_with_nobody_before_keeps_its_speaker(after: str) -> None:
    assert speakers("WASHINGTON - The hearing opened on Tuesday.\n\n" + after) == [["Tod Vail"]]


def test_a_demand_straight_after_the_listener_is_a_sentence_of_its_own() -> None:
    for after in (
        "“The money is there.” Tod Vail asked the agency for a report.",
        "“The money is there.” Tod Vail urged the Senate Armed Services Committee to act.",
        "“The money is there.” Tod Vail reminded members to vote.",
        "“The money is there.” Tod Vail, who chairs the council, advises the agency on how to"
        " share data.",
        "“The money is there.” Tod Vail wrote a letter to the agency.",
        "“Is it late?” Tod Vail finished the inspection on Monday.",
    ):
        assert speakers(PARTY + after) == [["Ann Holt"], ["Ann Holt"]], after


def test_a_title_that_does_not_fit_the_named_person_names_nobody() -> None:
    # `Congressman Green` is not Sen. Ann Green: somebody the text names no other way.
    text = (
        "WASHINGTON - Sen. Ann Green and Rep. Tod Vail spoke on Tuesday.\n\n“The plan is"
        " ready,” Vail said. Congressman Green called the act historic. “It is a good day.”"
    )
    assert speakers(text) == [["Tod Vail"], []]
    # the title that fits still finds the person by the name
    text = (
        "WASHINGTON - Sen. Ann Holt and Rep. Al Green spoke on Tuesday.\n\n“The plan is"
        " ready,” Holt said. Congressman Green called the act historic. “It is a good day.”"
    )
    assert speakers(text) == [["Ann Holt"], ["Al Green"]]
