"""Words whose closing mark is lost, ending in a cue set off by a comma right before the
next opening mark (`“The harbor needs dredging, said Roe. “We will act …”`), are the
cue's person's, or nobody's when the cue names nobody the text names: never the issuer's
nor the lead's member's by default. Invented texts."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = (
    "CORVALE, OH – Today, Reps. Ann Roe (R-OH) and Wes Tarrant (R-OH) issued statements "
    "on the harbor plan. "
)
AFTER = " “We will act this year.”"


@pytest.mark.parametrize(
    "words", ["“The harbor needs dredging, said Roe.", "“The harbor needs dredging, Roe said."]
)
def test_the_cue_at_the_end_names_the_speaker(words: str) -> None:
    text = f"{LEAD}{words}{AFTER}"
    assert speakers(release(text, "wes_tarrant"))[0] == ["Ann Roe"]
    assert speakers(bare(text))[0] == ["Ann Roe"]


def test_the_issuer_named_in_the_cue_keeps_the_words() -> None:
    text = f"{LEAD}“The harbor needs dredging, said Tarrant.{AFTER}"
    assert speakers(release(text, "wes_tarrant"))[0] == ["Wes Tarrant"]
    assert speakers(bare(text))[0] == ["Wes Tarrant"]


def test_a_cue_naming_nobody_known_gives_nobody() -> None:
    text = (
        "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday. "
        f"“The harbor needs dredging, said Dunn.{AFTER}"
    )
    assert speakers(release(text, "wes_tarrant"))[0] == []
    assert speakers(bare(text))[0] == []


def test_a_closed_quotation_is_left_alone() -> None:
    text = f"{LEAD}“The harbor needs dredging,” said Roe.{AFTER}"
    assert speakers(release(text, "wes_tarrant"))[0] == ["Ann Roe"]
