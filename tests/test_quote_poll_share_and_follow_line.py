"""Words no named person said in news reports: a poll's share of people agreeing to a
clause that holds them, and a writer's social-media line closing a page inside a
transcript's marks. Invented news paragraphs."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def _direct(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(list(paragraphs))[1] if q.kind == "direct"]


# -- a poll's share of people as the sentence's subject ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 41 percent of likely voters agreed that Tod Vail is in “good enough shape to"
        " lead the port board,” while 58 percent said the same of Ann Roe.",
        "Just 33% of residents said that Mayor Ann Roe was “doing enough about the"
        " flooding on Bell Street.”",
        "A majority of those polled believe that Tod Vail is “too cautious to run the harbor.”",
        "Two-thirds of voters in Dunmore agreed that Ann Roe had been “honest about the"
        " budget gap.”",
    ],
)
def test_a_poll_shares_clause_is_not_its_subjects_words(sentence: str) -> None:
    # Not the clause's subject's (the name right after `that`), nor an earlier name's.
    assert [speaker for speaker, _ in _direct(sentence)] == [None]


def test_a_poll_share_after_a_speaker_does_not_carry_them_on() -> None:
    quotes = _direct(
        "“We will rebuild the pier by spring,” Tod Vail said on Monday.",
        "Only 40 percent of voters agreed that Vail is “ready to manage the port.”",
    )
    assert quotes[0][0] == "Tod Vail"
    assert quotes[1] == (None, "ready to manage the port.")


def test_a_named_subject_saying_that_still_speaks() -> None:
    # The share is the poll's subject only: a person saying a clause keeps the words.
    assert _direct("Ann Roe said that the plan was “a fair deal for every household.”") == [
        ("Ann Roe", "a fair deal for every household.")
    ]
    assert _direct("“It is 40 percent of the budget,” Ann Roe said.")[0][0] == "Ann Roe"


# -- a social-media line at the end of a transcript ---------------------------------


def test_a_follow_line_in_a_transcripts_marks_is_nobodys_speech() -> None:
    quotes = _direct(
        "Partial transcript as follows:",
        '"HOST: Will the council vote on Tuesday?',
        '"VAIL: We will vote, and we will win.',
        '"Follow Bram Keel on Twitter @bramkeel."',
    )
    assert all("Follow" not in text for _, text in quotes)


@pytest.mark.parametrize(
    "line",
    [
        "Follow Bram Keel on Twitter @bramkeel.",
        "Follow him on Twitter: @bramkeel",
        "Follow @bramkeel on Twitter.",
        "Follow Ann Lise Roe on Facebook.",
    ],
)
def test_follow_lines_continue_no_speaker(line: str) -> None:
    quotes = _direct("Ann Roe said:", "“We will win the vote.", f"“{line}”")
    assert quotes == [("Ann Roe", "We will win the vote.")]


def test_words_asking_to_follow_a_plan_are_still_speech() -> None:
    quotes = _direct(
        "“Follow the money on this harbor deal and you will see,” Ann Roe said.",
        "“Follow us on the trail next week,” Tod Vail told hikers.",
    )
    assert [speaker for speaker, _ in quotes] == ["Ann Roe", "Tod Vail"]


# -- one statement split by a cue naming its speaker with a title -------------------


def test_a_title_before_the_cues_name_ends_no_sentence() -> None:
    from press.eval_quotes import group_statements

    paragraph = "“We owe the dock workers the truth,” Mr. Vail said, “and we will give it soon.”"
    quotes = [q for q in extract_quotes([paragraph])[1] if q.kind == "direct"]
    assert [len(g) for g in group_statements(quotes, [paragraph])] == [2]
    later = "“We owe them the truth,” Mr. Vail said. Dr. Ann Roe later said “it is too late.”"
    quotes = [q for q in extract_quotes([later])[1] if q.kind == "direct"]
    assert [len(g) for g in group_statements(quotes, [later])] == [1, 1]


# -- curly marks inside a transcript's turn printed in straight marks ---------------


def test_curly_marks_inside_a_straight_transcript_turn_quote_within_it() -> None:
    quotes = _direct(
        "Partial transcript as follows:",
        '"HOST: Will the mayor watch “Harbor Nights” tonight? I want to know.',
        '"VAIL: Well, look, the show is called “Harbor Nights.” But the vote is serious.',
    )
    texts = [text for _, text in quotes]
    assert texts[0].startswith("HOST: Will the mayor watch “Harbor Nights” tonight?")
    assert texts[1].endswith("But the vote is serious.")
    assert len(texts) == 2


def test_curly_marks_after_a_straight_opener_without_a_label_still_split() -> None:
    # No speaker's label: a straight mark opening a paragraph may have lost its closer
    # before the curly quotation, which is read on its own as before.
    quotes = _direct('"The bill is ready, Ann Roe said, “and we will pass it this week.”')
    assert len(quotes) == 2


# -- words sung or chanted ----------------------------------------------------------


def test_a_singer_after_the_words_sings_them() -> None:
    quotes = _direct(
        "“Keep the harbor lights on for me,” Lena Dorsey sings to the crowd before asking"
        " them, “Where do we go from here?”"
    )
    assert [speaker for speaker, _ in quotes] == ["Lena Dorsey", "Lena Dorsey"]


def test_chanting_marchers_are_named_but_no_person() -> None:
    [(speaker, text)] = _direct("Marchers chanted “No more cuts to the ferry” outside the hall.")
    assert (speaker, text) == (None, "No more cuts to the ferry")


# -- a follow line with a cue of its own, or before more text, is speech ------------


def test_a_follow_line_told_by_a_named_speaker_is_theirs() -> None:
    # `told them:` is the words' own cue: the sheriff's words, not a line of the page.
    assert _direct(
        "Sheriff Lena Marsh urged drivers to keep off the flooded roads. She told them:"
        " “Follow the sheriff’s office on Facebook.”"
    ) == [("Lena Marsh", "Follow the sheriff’s office on Facebook.")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Sheriff Lena Marsh urged drivers to keep off the flooded roads. “Follow Dunmore"
            " Rescue on Instagram!” Marsh said.",
        ),
        (
            "Sheriff Lena Marsh urged drivers to keep off the flooded roads.",
            "“Follow Dunmore Rescue on Instagram!” Marsh said.",
        ),
        (
            "Sheriff Lena Marsh urged drivers to keep off the flooded roads.",
            "“Follow Dunmore Rescue on Instagram!” Marsh said.",
            "The roads around the mill reopened on Friday.",
        ),
    ],
)
def test_a_follow_line_with_a_cue_after_it_is_the_speakers(paragraphs: tuple[str, ...]) -> None:
    assert _direct(*paragraphs) == [("Lena Marsh", "Follow Dunmore Rescue on Instagram!")]


def test_a_follow_line_inside_a_statement_goes_on_with_its_speaker() -> None:
    # More of the statement after it: not the page's closing line.
    quotes = _direct(
        "Ann Roe said:",
        "“We will win the vote.",
        "“Follow the county on Twitter.”",
        "“We will rebuild the pier by spring.”",
    )
    assert [speaker for speaker, _ in quotes] == ["Ann Roe", "Ann Roe", "Ann Roe"]


def test_a_follow_line_sharing_its_speakers_paragraph_is_theirs() -> None:
    quotes = _direct(
        "“We will win the vote,” Ann Roe said. “Follow Bram Keel on Twitter @bramkeel.”"
    )
    assert quotes[-1] == ("Ann Roe", "Follow Bram Keel on Twitter @bramkeel.")
