"""Words right after a sentence saying that something or somebody drew praise or blame
(`Rep. Tarrant’s Harbor Act drew praise from the board:`, `The plan won support:`) are
those who gave it: never the issuer's, nor the owner's of the thing praised; nobody's
unless the one who gave it is the issuer."""

from __future__ import annotations

from tests.issuer_release import both, release, speakers

LEAD = "CORVALE – Rep. Wes Tarrant met the harbor board on Monday. "
WORDS = " “This act will keep our harbor open to every fishing family in Corvale.”"


def test_words_of_praise_drawn_are_not_the_drawers() -> None:
    for intro in (
        "Rep. Tarrant’s Harbor Act drew praise from the board:",
        "The Harbor Act drew praise from the board:",
        "Tarrant’s Harbor Act won strong support from Corvale fishermen:",
        "The Harbor Act drew criticism:",
        "Rep. Tarrant’s Harbor Act drew praise from Ann Roe:",
    ):
        for got in both(f"{LEAD}{intro}{WORDS}"):
            assert got == [[]], (intro, got)


def test_praise_from_the_issuer_is_the_issuers() -> None:
    got = speakers(
        release(f"{LEAD}Ann Roe’s plan drew praise from Rep. Tarrant:{WORDS}", "wes_tarrant")
    )
    assert got == [["Wes Tarrant"]], got


def test_words_of_praise_drawn_are_not_the_lead_members() -> None:
    # A lead naming the member with a party tag, then words in the first person: the
    # member the lead names does not take them either, unless named after `from`.
    lead = "CORVALE – Rep. Wes Tarrant (D-Ore.) met the harbor board on Monday.\n\n"
    words = " “We need this harbor bill now, and we will fight for it.”"
    for got in both(f"{lead}The Harbor Act drew praise from Ann Roe:{words}"):
        assert got == [[]], got
    got = speakers(release(f"{lead}The plan drew praise from Rep. Tarrant:{words}", "wes_tarrant"))
    assert got == [["Wes Tarrant"]], got
