"""A statement's title on an event told by a clause with no "that" keeps its verb.

Invented text only. An article right after a noun opens a relative clause with no "that"
("… on the Day the Senate Votes the Harbor Bill Down"): its verb is the clause's subject's,
and opens no deck whose subject would be the member.
"""

import pytest

from importers.records import document_from_record

_BODY = " CORVALE, OR – Rep. Ann Roe today welcomed the news."


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


@pytest.mark.parametrize(
    "title",
    [
        "Roe Statement on the Day the Senate Votes the Harbor Bill Down",
        "ROE STATEMENT ON THE DAY THE SENATE VOTES THE HARBOR BILL DOWN",
        "Roe Statement on the Week the Board Approves the Corvale Ferry Plan",
        "Roe Statement on the Night the Council Passes the Harbor Levy",
    ],
)
def test_a_relative_clause_in_a_statements_title_opens_no_deck(title):
    doc = _doc(title + _BODY)
    assert doc.headline == title
    assert doc.subheadings == []


@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (
            "Roe Statement on the Harbor Act Welcomes the Governor’s Signature",
            "Roe Statement on the Harbor Act",
            "Welcomes the Governor’s Signature",
        ),
        (
            "Roe Statement Against the Harbor Levy Applauds the Board’s Vote",
            "Roe Statement Against the Harbor Levy",
            "Applauds the Board’s Vote",
        ),
        (
            "Roe Statement Marking the Harbor Anniversary Thanks the Corvale Crews",
            "Roe Statement Marking the Harbor Anniversary",
            "Thanks the Corvale Crews",
        ),
    ],
)
def test_a_deck_verb_after_a_prepositions_article_still_opens_the_deck(text, headline, deck):
    doc = _doc(text + _BODY)
    assert doc.headline == headline
    assert doc.subheadings == [deck]
