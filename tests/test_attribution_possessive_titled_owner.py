"""A titled person named in full only as an owner (`Judge Tod Vail’s nomination`) is
registered by that full name, as `Mayor Tod Vail’s` was: `Judge`, also a first name, no
longer hides the title, so `Judge Vail said` names Tod Vail, not the bare surname."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

WORDS = "“The harbor belongs to the board.”"


def _both(text: str, want: list[list[str]]) -> None:
    assert speakers(bare(HEAD + text)) == want, text
    assert speakers(release(HEAD + text)) == want, text


def test_the_owners_full_name_is_the_value_of_the_titled_surname() -> None:
    for owned in ("nomination to the harbor court", "family"):
        lead = f"WASHINGTON – Congresswoman Nora Quill met Judge Tod Vail’s {owned} on Monday."
        _both(f"{lead}\n\nJudge Vail said, {WORDS} Quill disagreed.", [["Tod Vail"]])


def test_a_surname_two_titled_owners_share_is_read_as_for_names_not_owned() -> None:
    owned = "Quill praised Judge Tod Vail’s ruling and Judge Ann Vail’s dissent."
    named = "Quill praised Judge Tod Vail for a ruling and Judge Ann Vail for a dissent."
    for lead in (owned, named):
        text = f"WASHINGTON – {lead}\n\nJudge Vail said, {WORDS} Quill disagreed."
        assert speakers(bare(HEAD + text)) == speakers(bare(HEAD + text.replace(owned, named)))
