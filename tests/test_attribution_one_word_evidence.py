"""A lone capitalised word before or after `said` that the text writes where a place
stands (`The plant in Corvale will close.`, `grew up in Corvale`) and that nothing shows
to be a person's name (a title, a given name the lexicon knows, the sex a title or
pronoun gives it, an earlier full name of that surname) is the place: never a speaker,
nor a value of the speaker facet. Invented names."""

from __future__ import annotations

from importers.records import document_from_record
from tests.issuer_release import bare, release, speakers

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
QUOTE = "“We will fight the closing of the plant,”"


def _names(text: str) -> list[str]:
    record = {"text": text, "member": "wes_tarrant"}
    document = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [s.name for s in document.speakers]


def test_a_place_named_before_is_no_speaker() -> None:
    for before in ("The plant in Corvale will close. ", "Ann Roe grew up in Corvale. "):
        text = f"{LEAD}{before}{QUOTE} Corvale said."
        for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
            assert got == [[]], (before, got)
        assert "Corvale" not in _names(text)


def test_a_lone_name_with_evidence_still_speaks() -> None:
    for before, want in (
        ("Gov. Corvale toured the plant. ", "Corvale"),
        ("Ann Corvale toured the plant. ", "Ann Corvale"),
    ):
        text = f"{LEAD}{before}{QUOTE} Corvale said."
        for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
            assert got == [[want]], (before, got)
