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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rep. Ann Roe released a statement on Tuesday, which reads:", "Ann Roe"),
        ("Tarrant issued the following statement, which reads in part:", "Wes Tarrant"),
        ("Tarrant gave a speech on the floor, which stated:", "Wes Tarrant"),
        ("Ann Roe wrote an op-ed in the Corvale Times, which says:", "Ann Roe"),
        ("Mayor Ann Roe issued a brief statement, which said:", "Ann Roe"),
    ],
)
def test_the_words_of_a_statement_the_subject_gave_stay_hers(sentence: str, speaker: str) -> None:
    # `which` stands for the subject's own statement, speech or op-ed: her words, in a
    # release and as bare text alike.
    text = f"{HEAD}{LEAD}{sentence} {WORDS}\n\n"
    for quotes in (bare(text), release(text, "wes_tarrant")):
        assert speakers(quotes) == [[speaker]], (sentence, speakers(quotes))


def test_a_named_statement_after_the_subjects_own_is_still_nobodys() -> None:
    # the last statement before the comma is a document's name, not the subject's own
    sentence = (
        "Ann Roe gave a statement after the release of the Harbor Board Statement, which declared"
    )
    text = f"{HEAD}{LEAD}{sentence} {WORDS}\n\n"
    assert speakers(bare(text)) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarrant gave these remarks from the floor: Mr. Speaker, I read this morning the "
        "Corvale Declaration of Harbor Rights, which reads:",
        "Ann Roe forwarded an email from a board aide about the harbor study, which said:",
    ],
)
def test_a_statement_in_another_clause_or_from_another_keeps_the_words_nobodys(
    sentence: str,
) -> None:
    text = f"{HEAD}{LEAD}{sentence} {WORDS}\n\n"
    assert speakers(bare(text)) == [[]], (sentence, speakers(bare(text)))
