"""A cue after a quotation that the parse does not read, but whose sentence holds a verb of
saying and another person's full name (`“…” Rosa Penning, 43, of Corvale, Ore., a dock
worker since 1999 and mother of three, told the crowd.`), keeps the words, and the uncued
ones going on after that cue, from a release's issuer and from the member a text's lead
names (the issuer took them before). Invented texts."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record

MAPPING = {"member": "issuer", "text": "text", "date": "published"}
LEAD = "WASHINGTON – Today, Rep. Dana Fulmer (D-Ore.) spoke at the harbor rally in Corvale."

UNREAD = [
    "“This is a big night for us!” Fulmer’s longtime friend and, since 2010, her campaign"
    " treasurer Rosa Penning told the crowd. “We have his back.”",
    "“This is a big night for us!” Fulmer’s niece and the county’s new harbor pilot, Rosa"
    " Penning, a longtime Corvale resident, shouted to the crowd. “We have his back.”",
    "“This is a big night for us!” Rosa Penning, 43, of Corvale, Ore., a dock worker since"
    " 1999 and mother of three, told the crowd. “We have his back.”",
]


def _release(paragraph: str) -> list[str | None]:
    record = {"member": "dana_fulmer", "text": f"{LEAD}\n\n{paragraph}", "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


@pytest.mark.parametrize("paragraph", UNREAD)
def test_an_unread_cue_naming_another_keeps_the_words_from_the_issuer(paragraph: str) -> None:
    assert set(_release(paragraph)) <= {None, "Rosa Penning"}


@pytest.mark.parametrize("paragraph", UNREAD)
def test_an_unread_cue_naming_another_keeps_the_words_from_the_lead(paragraph: str) -> None:
    quotes = extract_quotes([LEAD.removeprefix("WASHINGTON – Today, "), paragraph])[1]
    assert {q.speaker for q in quotes if q.kind == "direct"} <= {None, "Rosa Penning"}


@pytest.mark.parametrize(
    "paragraph",
    [
        # No verb of saying after the words, or no other person's full name with it.
        "“We will keep fighting for our ports.” The bill passed the House on Tuesday.",
        "“We will keep fighting for our ports.” On Monday Fulmer said the vote was close.",
        "“We will keep fighting for our ports.” Fulmer said the Harbor Commission agreed.",
    ],
)
def test_the_issuers_words_stay_the_issuers(paragraph: str) -> None:
    assert _release(paragraph) == ["Dana Fulmer"]
