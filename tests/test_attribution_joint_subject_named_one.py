"""Shapes read right already, kept so: a joint subject after a possessive whose only
named member is set off by commas (`Holt’s parents and longtime neighbor, Ann Roe,`;
`Holt’s daughter and her husband, Ivo Lund,`) gives that named one, never the issuer;
a title once held by one of two people of a surname (`Mayor Bram Vail thanked former
Mayor Tod Vail. “…,” Mayor Vail said.`) never gives the former holder. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
QUOTE = "“We will rebuild the house,”"


def test_a_joint_subject_gives_its_one_named_member_or_nobody() -> None:
    for cue, name in (
        ("Holt’s parents and longtime neighbor, Ann Roe, told the crowd.", "Ann Roe"),
        ("Tarrant’s parents and longtime neighbor, Ann Roe, told the crowd.", "Ann Roe"),
        ("Holt’s daughter and her husband, Ivo Lund, told reporters.", "Ivo Lund"),
        ("Tarrant’s daughter and her husband, Ivo Lund, told reporters.", "Ivo Lund"),
    ):
        for got in both(f"{LEAD}The fire took the Holt home. {QUOTE} {cue}"):
            assert got in ([[name]], [[]]), (cue, got)
            assert got != [["Wes Tarrant"]], (cue, got)


def test_a_title_held_once_by_a_namesake_never_names_the_former_holder() -> None:
    for gap in (" ", "\n\n"):
        text = f"{LEAD}Mayor Bram Vail thanked former Mayor Tod Vail.{gap}{QUOTE} Mayor Vail said."
        for got in both(text):
            assert got[-1] in (["Bram Vail"], []), (gap, got)
