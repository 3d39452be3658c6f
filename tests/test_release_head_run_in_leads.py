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


# A noun naming a hearing or a work before a colon and a quotation (`… Subcommittee
# Hearing: “…”`, `… Releases Video: “…”`) is no speaker's label: it stays in the headline,
# the quotation after it (the hearing's or the video's name) is the deck.
@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (
            'STATEMENT FOR THE RECORD - ANN ROE ENERGY AND COMMERCE HEARING: "Unlocking '
            "Corvale's Harbor: Next Generation\" May 18, 2006 Mr. Chairman, Thank you for "
            "convening today's hearing.",
            "STATEMENT FOR THE RECORD - ANN ROE ENERGY AND COMMERCE HEARING",
            '"Unlocking Corvale\'s Harbor: Next Generation"',
        ),
        (
            "05.03.16 Senator Ann Roe Releases Video: “Putting the Harbor in Perspective” "
            "CORVALE, OR – U.S. Senator Ann Roe (R-OR) today released a video on the harbor.",
            "Senator Ann Roe Releases Video",
            "“Putting the Harbor in Perspective”",
        ),
        (
            "Harbor and Ferry Subcommittee Hearing: “Dredging the Corvale Channel” "
            "CORVALE, OR – Congresswoman Ann Roe (R-OR) today chaired a hearing on the channel.",
            "Harbor and Ferry Subcommittee Hearing",
            "“Dredging the Corvale Channel”",
        ),
    ],
)
def test_a_hearing_or_video_before_a_colon_is_no_speakers_label(text, headline, deck):
    doc = _doc(text)
    assert doc.headline == headline
    assert doc.subheadings[:1] == [deck]


# A name's label stays a label: `… Passes Senate Vail: “…”` keeps its split.
def test_a_surname_before_a_colon_is_still_the_speakers_label():
    doc = _doc(
        "Corvale Harbor Bill Passes Senate Vail: “The harbor needs this bill.” CORVALE, OR – "
        "Congresswoman Ann Roe (R-OR) today backed the harbor bill."
    )
    assert doc.headline == "Corvale Harbor Bill Passes Senate"
    assert doc.subheadings[:1] == ["Vail: “The harbor needs this bill.”"]
