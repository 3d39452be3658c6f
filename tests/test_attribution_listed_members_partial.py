"""A group's cue (`“…,” the members wrote.`) after a list of members some of whom carry
party tags and some not (`signed by Tarrant, Senator Ann Roe, and Reps. Tod Vail (D-OR),
Cal Dunn (D-OR) and Bram Vail (R-OR)`, `Rep. Tod Vail (OR-03), Senators Ann Roe and Bo
Lind, and Reps. Cal Dunn (OR-01) …`): the tagged ones alone are not the group, so the
words are nobody's rather than theirs. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "WASHINGTON – Rep. Wes Tarrant is asking the Harbor Board to restore the dock fund. "
WORDS = "“We urge the Board to restore the fund,” the members wrote."
TAGGED = "Tod Vail (D-OR), Cal Dunn (D-OR) and Bram Vail (R-OR)"


def test_untagged_members_joined_before_the_tagged_list_name_no_speaker() -> None:
    for before in (
        "The letter was signed by Tarrant, Senator Ann Roe, and Reps.",
        "The letter was signed by Senators Ann Roe and Ivo Brandt and Representatives",
        "Sen. Ann Roe and Reps.",
    ):
        rest = "." if "letter" in before else " sent a letter to the Board."
        text = f"{LEAD}{before} {TAGGED}{rest} {WORDS}\n\n"
        for got in both(text):
            assert got == [[]] or len(got[0]) > 3, (text, got)


def test_untagged_members_set_off_inside_the_tagged_list_name_no_speaker() -> None:
    text = (
        f"{LEAD}Rep. Tod Vail (OR-03), Senators Ann Roe and Bo Lind, and Reps. Cal Dunn"
        " (OR-01) and Bram Vail (OR-04) today urged the Board to act. In a letter to Board"
        f" Chair Ivo Brandt, the lawmakers wrote: {WORDS.split(',')[0]}.”\n\n"
    )
    for got in both(text):
        assert got == [[]] or len(got[0]) == 5, (text, got)


def test_a_tagged_list_alone_still_names_the_members() -> None:
    for before in ("Reps.", "Today, Reps.", "On Monday, Reps."):
        text = f"{LEAD}{before} {TAGGED} sent a letter to the Board. {WORDS}\n\n"
        for got in both(text):
            assert got == [["Tod Vail", "Cal Dunn", "Bram Vail"]], (text, got)
