"""Words right after `, which states:` (`which reads:`, `which declared`) are those of the
thing `which` stands for, the report, declaration or review named before the comma: never
the person the sentence names elsewhere (its subject, or a name inside the thing's
description), nor the issuer."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "CORVALE, OR – Rep. Wes Tarrant spoke on the harbor on Tuesday.\n\n"
WORDS = (
    "“No study has shown that dredging in the south channel is the main cause of the "
    "decline of the harbor smelt.”"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "This was confirmed by the Corvale Academy report on water use and Tod Vail "
        "health, which states:",
        "Tarrant made the following statement after the release of the Harbor Board "
        "Statement, which declared",
        "Mr. Speaker, I want to read this morning the Corvale Declaration of Harbor "
        "Rights, which reads:",
        "He followed this pledge with his Harbor Posture Review in 2020, which stated,",
        "Ann Roe pointed to the county’s study, which also notes:",
    ],
)
def test_the_words_after_which_says_are_no_persons(sentence: str) -> None:
    text = f"{HEAD}{LEAD}{sentence} {WORDS}\n\n"
    for quotes in (bare(text), release(text, "wes_tarrant")):
        got = speakers(quotes)
        assert got == [[]], (sentence, got)


def test_a_body_named_right_before_the_comma_is_no_other_person() -> None:
    text = f"{HEAD}{LEAD}The report was backed by the Corvale Harbor Board, which said: {WORDS}\n\n"
    for quotes in (bare(text), release(text, "wes_tarrant")):
        assert speakers(quotes) in ([[]], [["Corvale Harbor Board"]])


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarrant backed the Harbor Act, which he said",
        "Ann Roe, who chairs the board, said:",
        "Ann Roe praised the act, saying:",
    ],
)
def test_a_person_saying_the_words_keeps_them(sentence: str) -> None:
    text = f"{HEAD}{LEAD}{sentence} {WORDS}\n\n"
    got = speakers(release(text, "wes_tarrant"))
    assert got != [[]] and got[0], (sentence, got)
