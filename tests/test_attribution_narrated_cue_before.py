"""An uncued quotation right after a sentence of narration that a cue set off by a comma
ends (`The case went on for years, said a lawyer. “…”`) may be that cue's person going
on: when the person is not the issuer (by no surname of theirs, no office of a member,
no pronoun), the words are not the issuer's. Invented texts."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
WORDS = "“It is a waste of money.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "The case went on for years, said a lawyer.",
        "The case went on for years, a lawyer said.",
        "The case went on for years, Vail said.",
        "The case went on for years, said Tarrant’s aide.",
    ],
)
def test_a_cue_of_another_ending_the_narration_keeps_the_issuer_out(sentence: str) -> None:
    text = f"{LEAD}{sentence} {WORDS}"
    assert speakers(release(text, "wes_tarrant")) == [[]]
    assert speakers(bare(text)) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The case went on for years, Tarrant said.",
        "The case went on for years, the congressman said.",
        "The case went on for years, he said.",
        "The case went on for years.",
    ],
)
def test_the_issuer_or_nobody_named_keeps_the_words(sentence: str) -> None:
    assert speakers(release(f"{LEAD}{sentence} {WORDS}", "wes_tarrant")) == [["Wes Tarrant"]]
