"""A group set off with a list of names before the cue (`Dock workers, including Ann
Roe, Tod Vail and Ben Marsh said:`): the group's words, as with one name set off (`The
crowd, including Mayor Ann Roe, said:`): nobody's, never the list's last two alone.
Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
WORDS = "“We will rebuild the pier for the town.”"


def test_a_list_set_off_inside_a_group_names_no_speaker() -> None:
    for group in ("Dock workers, including", "Residents of Corvale, among them", "Fans, such as"):
        for names in (
            "Ann Roe, Tod Vail and Ben Marsh",
            "Ann Roe, Tod Vail, and Ben Marsh",
            "Mayor Ann Roe, Tod Vail, Bo Lind and Ben Marsh",
        ):
            said = f"{group} {names} said: {WORDS}"
            for got in both(f"{LEAD}{said}"):
                assert got == [[]], (said, got)


def test_a_list_that_is_the_subject_still_speaks() -> None:
    for got in both(f"{LEAD}Ann Roe, Tod Vail and Ben Marsh said: {WORDS}"):
        assert got == [["Ann Roe", "Tod Vail", "Ben Marsh"]], got
