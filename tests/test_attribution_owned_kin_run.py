"""A kin noun between an owner's possessive and a full name, with no commas (`said Ann’s
father Tod Vail`, `said Ann Roe’s mother Ivy Roe`): the run names the relative, who
speaks, never the owner nor the issuer; a lone surname after it may be either of one
surname and is nobody's, as with the commas (`Holt’s husband, Tod Holt`)."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "CORVALE – Rep. Wes Tarrant’s bill to name the pier after Sgt. Ann Roe became law. "
WORDS = "“Our family is grateful for this honor,”"


def test_a_relative_named_after_an_owners_kin_noun_speaks() -> None:
    for cue, kin in (
        ("said Ann’s father Tod Vail.", "Tod Vail"),
        ("said Ann Roe’s mother Ivy Roe.", "Ivy Roe"),
        ("said Sergeant Roe’s brother Bram Roe.", "Bram Roe"),
        ("Ann’s grandfather Tod Vail said.", "Tod Vail"),
        ("said Ann's stepson Bram Vail.", "Bram Vail"),
    ):
        for got in both(f"{LEAD}{WORDS} {cue}"):
            assert got == [[kin]], (cue, got)


def test_a_relative_named_by_a_first_name_alone_is_nobody() -> None:
    # `Tod` alone may be another Tod of the text: nobody, never the owner or the issuer
    for got in both(f"{LEAD}{WORDS} said Ann’s father Tod."):
        assert got == [[]], got


def test_a_lone_surname_after_the_kin_run_is_nobodys() -> None:
    # the same as with the commas: `Holt` may be the owner or the kin named after her
    for cue in ("said Holt’s husband, Tod Holt.", "said Holt’s husband Tod Holt."):
        text = f"Ann Holt opened the pier. {WORDS} {cue} “It is a fine pier,” Holt said."
        for got in both(text):
            assert got == [["Tod Holt"], []], (cue, got)
