"""A label naming whose statement follows (`Roe’s statement is below:`, `Below is Rep.
Ben Roe’s full statement:`, `Excerpts of Roe’s remarks`) gives the words, and the uncued
blocks running on from them, to that person: not to the member the lead names first,
nor to the issuer by default."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "WASHINGTON – Rep. Ann Vail welcomed Rep. Ben Roe to the harbor on Tuesday. "
FIRST = "“I rise today because the harbor has waited long enough for this repair.”"
SECOND = "“The boats will come home before the winter sets in.”"


def test_the_labelled_person_speaks_not_the_lead_or_the_issuer() -> None:
    for label in (
        "Roe’s statement is below:",
        "Roe’s full remarks are below.",
        "Below is Rep. Ben Roe’s statement:",
        "Excerpts of Roe’s remarks",
        "Text of Rep. Roe's remarks:",
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{LEAD}{label}{gap}{FIRST}\n\n{SECOND}"
            want = [["Ben Roe"], ["Ben Roe"]]
            assert speakers(bare(text)) == want, label
            assert speakers(release(text, "ann_vail")) == want, label


def test_narration_between_ends_the_labelled_run() -> None:
    text = f"{HEAD}{LEAD}Roe’s statement is below:\n\n{FIRST}\n\nVail toured the dock.\n\n{SECOND}"
    got = speakers(release(text, "ann_vail"))
    assert got[0] == ["Ben Roe"] and got[1] != ["Ben Roe"]


def test_no_label_of_another_takes_the_words() -> None:
    for label in (
        "In response to Roe’s statement:",  # the issuer answers Roe
        "Vail and Roe’s remarks:",  # two people, not Roe alone
        "Roe’s mother’s statement is below:",  # the owner's kin, not the owner
        "Roe’s statement last week angered many.",  # no label of the words
        "The Harbor Department’s statement is below:",  # a body: not a person's label
    ):
        text = f"{HEAD}{LEAD}{label} {FIRST}"
        assert speakers(release(text, "ann_vail")) != [["Ben Roe"]], label
