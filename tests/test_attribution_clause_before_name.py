"""After a quotation that ended its sentence, a name that is the subject of a second
clause (`Tarrant’s team won and rival Ann Roe said so.`) reports something of its own:
the words before are nobody's, never that name's nor the issuer's. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
FIRST = "“This is a fine night for the valley!”"


def test_a_name_after_a_clause_and_and_is_no_speaker() -> None:
    for after in (
        "Tarrant’s team won and rival Ann Roe said so.",
        "The team won and rival Ann Roe said so.",
        "The bill passed and Mayor Ann Roe said so.",
    ):
        for got in both(f"{LEAD}{FIRST} {after}"):
            assert got == [[]], (after, got)


def test_a_role_before_the_name_still_speaks() -> None:
    for got in both(f"{LEAD}{FIRST} campaign manager Ann Roe said."):
        assert got == [["Ann Roe"]], got
