"""A colon cue between two quotations (`” said Tod Vail: “…”`) that the text does not
settle: a second cue after the words naming somebody else (`“…,” Bram Vail added.`), or
a name that is whom the words were said to (`said to Tod Vail:`, `told Tod Vail:`).
Nobody then: never the name after the verb, nor the issuer. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
FIRST = "Ann Roe called it “a sad day.”"


def test_a_cue_after_the_words_naming_another_gives_nobody() -> None:
    text = f"{LEAD}{FIRST} said Tod Vail: “We open again on Monday,” Bram Vail added."
    for got in both(text):
        assert got == [["Ann Roe"], []] or got == [["Ann Roe"], ["Bram Vail"]], got


def test_a_cue_after_the_words_naming_the_same_person_keeps_him() -> None:
    for after in ("Vail added.", "he added.", "Tod Vail added."):
        text = f"{LEAD}{FIRST} said Tod Vail: “We open again on Monday,” {after}"
        for got in both(text):
            assert got == [["Ann Roe"], ["Tod Vail"]], (after, got)


def test_the_one_the_words_were_said_to_is_no_speaker() -> None:
    for cue in ("said to Tod Vail:", "told Tod Vail:"):
        text = f"{LEAD}{FIRST} {cue} “We open again on Monday.”"
        for got in both(text):
            assert got == [["Ann Roe"], []], (cue, got)
