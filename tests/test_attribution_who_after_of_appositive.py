"""`who` after a name and an appositive ending in `of` and another name (`Ann Roe, the
niece of Tod Vail, who said …`) may mean either person: the words are nobody's, never the
nearer name's by default. Invented names and sentences."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(LEAD + text)), speakers(release(LEAD + text, "wes_tarrant"))]


def test_who_after_an_of_appositive_is_nobody() -> None:
    for appositive in ("the niece of Tod Vail", "a friend of Mayor Tod Vail", "the son of Vail"):
        text = (
            f"The idea came from Ann Roe, {appositive}, who said that the board “made fun "
            "of the docks for its own gain.”"
        )
        for got in both(text):
            assert got == [[]], (appositive, got)


def test_who_right_after_a_name_is_still_that_person() -> None:
    text = "The idea came from Rep. Ann Roe, who said she was “offended by the board.”"
    for got in both(text):
        assert got == [["Ann Roe"]], got
