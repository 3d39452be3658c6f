"""A speaker value is a whole name or nobody: a rank cut out of an office (`Sergeant at
Arms`) is no name, and the words after a quotation whose long cue named nobody are not
the release issuer's; a middle initial's full stop does not cut the name it stands in.
Invented text."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, LEAD, release, speakers

WORDS = "“The new harbor road has been a great help to every town in the valley.”"


def _values(text: str) -> list[list[str]]:
    return speakers(release(f"{HEAD}{LEAD}{text}"))


def test_a_rank_cut_out_of_an_office_is_no_name() -> None:
    text = f"{WORDS[:-2]},” said Harbor Police Union President and National Sergeant at Arms "
    assert _values(text + "Tod Brine.") == [[]]
    # The words going on after that long cue are the unnamed speaker's, not the issuer's.
    assert _values(text + "Tod Brine. “Congresswoman Quill’s plan saves lives.”") == [[], []]
    assert not N.person_shape("National Sergeant".split())
    # A rank after a first name may be a surname; before one it is the person's title.
    assert N.person_shape("Ann Judge".split())
    assert _values(f"{WORDS[:-2]},” said Sergeant Tod Brine.") == [["Tod Brine"]]


def test_a_middle_initial_does_not_cut_a_name_after_an_ampersand() -> None:
    for cue in (
        "said HarborBio President & CEO Tod K. Vellan.",
        "said Harbor & Bay CEO Tod K. Vellan, who runs the firm.",
    ):
        assert _values(f"{WORDS[:-2]},” {cue} “We thank the Congresswoman.”") == [
            ["Tod K. Vellan"],
            ["Tod K. Vellan"],
        ]
