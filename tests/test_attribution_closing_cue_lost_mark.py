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


@pytest.mark.parametrize(
    "lead",
    [
        LEAD,
        "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday. ",
    ],
)
@pytest.mark.parametrize("cue", ["said Senator Roe.", "said Dunn.", "Ann Roe said."])
def test_the_words_going_on_after_such_a_cue_are_never_the_issuers(lead: str, cue: str) -> None:
    text = f"{lead}“The harbor needs dredging, {cue}{AFTER}"
    assert speakers(release(text, "wes_tarrant"))[-1] != ["Wes Tarrant"]


@pytest.mark.parametrize(
    ("cue", "going_on"),
    [("said Roe.", ["Ann Roe"]), ("said Senator Roe.", ["Ann Roe"]), ("said Dunn.", [])],
)
def test_the_words_going_on_are_the_cued_persons_not_the_speaker_before(
    cue: str, going_on: list[str]
) -> None:
    text = (
        "CORVALE, OH – Senators Ann Roe, Tod Vail and Wes Tarrant introduced a harbor bill "
        f"today. “We act now,” said Senator Vail. “The harbor needs dredging, {cue}{AFTER}"
    )
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert speakers(quotes)[0] == ["Tod Vail"]
        assert speakers(quotes)[-1] == going_on


@pytest.mark.parametrize(
    "cue",
    [
        "added Roe.",
        "noted Roe.",
        "Roe added.",
        "Ann Roe noted.",
        "said Rep. Roe.",
        "Rep. Roe stated.",
    ],
)
def test_other_verbs_and_titled_names_end_such_words(cue: str) -> None:
    text = f"{LEAD}“The harbor needs dredging, {cue}{AFTER}"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert speakers(quotes) == [["Ann Roe"], ["Ann Roe"]]


@pytest.mark.parametrize("cue", ["added Roe.", "noted Roe.", "Roe added.", "said Dr. Roe."])
def test_such_a_cue_naming_nobody_the_text_names_is_nobodys_both_parts(cue: str) -> None:
    text = (
        "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday. "
        f"“The harbor needs dredging, {cue}{AFTER}"
    )
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert ["Wes Tarrant"] not in speakers(quotes)
