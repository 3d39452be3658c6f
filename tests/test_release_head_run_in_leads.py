"""Heads whose lead, deck or label runs into the title with no line break left.

Invented text only. Where no boundary is sure, no headline is given rather than a wrong
one, and no word of the head is lost.
"""

import pytest

from importers.records import document_from_record


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


# A time word opening the lead, glued to the year of the date before it
# (`…Thursday May 4, 2006Today, Congresswoman …`): the lead opens there, the title before
# the date is the headline, and `Today,` stays in the body.
@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASECONTACT:Bram Vail 202-555-0143Roe Backs Harbor Repairs in "
        "CorvaleThursday May 4, 2006Today, Congresswoman Ann Roe (OR-02) sent a letter to the "
        "port board asking for the repairs.",
        "Roe Backs Harbor Repairs in Corvale May 4, 2006This week, Congresswoman Ann Roe "
        "(OR-02) sent a letter to the port board asking for the repairs.",
    ],
)
def test_a_time_word_glued_to_the_year_opens_the_lead(text):
    doc = _doc(text)
    assert doc.headline == "Roe Backs Harbor Repairs in Corvale"
    assert doc.text.split()[0] in ("Today,", "This")
