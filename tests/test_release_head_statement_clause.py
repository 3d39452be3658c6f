"""A statement's title on an event told as a clause keeps the clause's verb.

Invented text only. After "as", "when", "while" … the words of a statement's title are a
clause with its own subject ("Roe Statement as Governor Signs the Harbor Act"): its verb
opens no deck, whose subject would be the member.
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
        "Roe Statement as Governor Signs the Harbor Act",
        "ROE STATEMENT AS GOVERNOR SIGNS THE HARBOR ACT",
        "Roe Statement as Corvale Mayor Tod Vail Joins the Harbor Board",
        "Roe Statement When Tod Vail Receives the Medal of Honor",
        "Roe Statement as Nation Celebrates the Fourth of July",
    ],
)
def test_a_clause_in_a_statements_title_opens_no_deck(title):
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
            "Roe Statement on Senate Passage of Annual Harbor Bill Includes a Number of "
            "Provisions Written by Roe",
            "Roe Statement on Senate Passage of Annual Harbor Bill",
            "Includes a Number of Provisions Written by Roe",
        ),
    ],
)
def test_a_deck_verb_after_a_statements_noun_phrase_still_opens_the_deck(text, headline, deck):
    doc = _doc(text + _BODY)
    assert doc.headline == headline
    assert doc.subheadings == [deck]
