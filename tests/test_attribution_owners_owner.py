"""A cue's subject that is an owner's owner's person (`said Ann Roe’s father Tod Vail’s
lawyer`, `said Ann Roe’s father’s lawyer`): somebody the text does not name, so the words
are nobody's, and so are the uncued words going on after them; never the issuer's, never
a person named earlier, never the owners."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "CORVALE – Wes Tarrant met Ann Roe at the pier on Monday. "
WORDS = "“The family is grateful for the pier,”"
ON = " “We will appeal the fine.”"


def test_words_going_on_after_an_owners_owners_person_are_nobodys() -> None:
    for cue in (
        "said Ann Roe’s father Tod Vail’s lawyer.",
        "said Ann Roe’s father’s lawyer.",
        "Ann Roe’s father Tod Vail’s lawyer told reporters.",
        "said Sgt. Roe’s brother Bram Vail’s lawyer.",
    ):
        for got in both(f"{LEAD}{WORDS} {cue}{ON}"):
            assert got == [[], []], (cue, got)


def test_the_owners_kin_named_last_still_speaks() -> None:
    # the relative named in full after the kin noun speaks, and goes on (33bcca8)
    for got in both(f"{LEAD}{WORDS} said Ann Roe’s father Tod Vail.{ON}"):
        assert got == [["Tod Vail"], ["Tod Vail"]], got
