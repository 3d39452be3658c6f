"""A single capital letter before a full stop: an initial (`Ann B. Roe`, `J. I. Case`)
ends no sentence, but a letter naming a plan, a part or a war (`Plan B.`, `Part D.`,
`World War I.`) does when a pronoun opens the next sentence. Invented sentences."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.sentences import sentence_ends
from press.eval_quotes import group_statements


@pytest.mark.parametrize(
    "text",
    [
        "The council chose Plan B. She said the vote was fair.",
        "Dunmore mills still lean on Part D. He wants that changed.",
        "The mill opened after World War I. It closed in 1990.",
        "Both of them backed Route C. They will meet again on Monday.",
        "The board asked for Annex F. We sent it on Friday.",
    ],
)
def test_a_letter_before_a_pronoun_ends_the_sentence(text: str) -> None:
    assert len(list(sentence_ends(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The award went to Ann B. Roe of Dunmore.",
        "Students at J. I. Case High School voted.",
        "Dr. Tod A. I. Vail spoke first.",
        "The letter was signed by Ann B. Hemsworth and Tod C. Itkin.",
        "Mayor Lena M. Theroux opened the pier.",
    ],
)
def test_an_initial_before_a_name_ends_no_sentence(text: str) -> None:
    assert list(sentence_ends(text)) == []


def test_words_after_a_letter_ending_the_cues_sentence_are_a_new_statement() -> None:
    paragraph = (
        "“We will win the dock vote,” Vail said of Plan B. She is sure that “the pier can"
        " wait another year.”"
    )
    quotes = [q for q in extract_quotes([paragraph])[1] if q.kind == "direct"]
    assert [len(g) for g in group_statements(quotes, [paragraph])] == [1, 1]
