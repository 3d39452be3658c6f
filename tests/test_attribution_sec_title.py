"""`Sec.` is a secretary's title, as `Sen.` and `Gov.` are: its full stop ends no sentence,
so `said Sec. Tod Vail.` names Tod Vail, and the words after it are his, never the
issuer's."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

HARBOR = "“We will keep the harbor open all winter,”"
TIDE = "“We live by the tide, and we always have.”"


def _both(text: str, want: list[list[str]]) -> None:
    assert speakers(bare(HEAD + text)) == want, text
    assert speakers(release(HEAD + text)) == want, text


def test_said_sec_and_a_full_name_names_the_secretary() -> None:
    for cue in ("said Sec. Tod Vail.", "Sec. Tod Vail said."):
        text = f"WASHINGTON – The town opened its new bridge.\n\n{HARBOR} {cue} {TIDE}"
        _both(text, [["Tod Vail"], ["Tod Vail"]])


def test_sec_and_a_surname_names_the_secretary_named_before() -> None:
    lead = "WASHINGTON – Harbor Secretary Tod Vail visited the docks with Quill on Monday."
    _both(f"{lead}\n\n{HARBOR} said Sec. Vail. {TIDE}", [["Tod Vail"], ["Tod Vail"]])


def test_a_section_of_a_bill_names_nobody() -> None:
    text = (
        "WASHINGTON – Quill filed the Harbor Act. Sec. 2 of the bill reads: "
        "“The harbor shall stay open all winter.” Quill said it was time."
    )
    _both(text, [[]])
