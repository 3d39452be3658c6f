"""`“…,” said a video from Dover.`: the capitalised word after `from` that follows a thing
(a video, a letter) names its source only as a person by evidence (a title, a known
given name, the surname of one named in full) or a body; one other word there is a place
or somebody unknown, never a speaker. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
QUOTE = "“We will rebuild the pier for the town,”"


def test_a_place_after_from_is_no_source() -> None:
    for cue in (
        "said a video from Dover.",
        "read a letter from Corvale.",
        "said a post from Dover.",
    ):
        for got in both(f"{LEAD}{QUOTE} {cue}"):
            assert got == [[]], (cue, got)


def test_a_person_after_from_is_still_the_source() -> None:
    for before, cue, want in (
        ("", "said a statement from Ann Holt.", "Ann Holt"),
        ("Ann Holt toured the pier. ", "said a statement from Holt.", "Ann Holt"),
        ("", "read a letter from Corvale Mayor Tod Vail.", "Tod Vail"),
    ):
        for got in both(f"{LEAD}{before}{QUOTE} {cue}"):
            assert got == [[want]], (cue, got)
