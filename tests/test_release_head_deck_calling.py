"""A calling before a deck's surname is no first name.

Invented text only. A word no list of first names knows is moved from a Title Case title
into the deck before the deck's surname only where it is the person's first name. A
calling ("Trooper", "Inspector") is not: the body names the person first with another
word before the surname ("State Trooper Kyle Dunn"), or writes the word in lower case.
"""

import pytest

from importers.records import document_from_record

_HEAD = "Roe Honors Fallen {w} Dunn was killed on duty in May CORVALE, OR – "


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


@pytest.mark.parametrize(
    ("word", "body"),
    [
        (
            "Trooper",
            "Rep. Ann Roe today honored State Trooper Kyle Dunn of Corvale. Trooper Dunn "
            "served ten years. Dunn was a veteran of the force.",
        ),
        (
            "Trooper",
            "Rep. Ann Roe today honored Trooper Dunn of Corvale, a state trooper for ten "
            "years. Dunn was a veteran of the force.",
        ),
        (
            "Inspector",
            "Rep. Ann Roe today honored Harbor Inspector Kyle Dunn of Corvale. Inspector Dunn "
            "served ten years. Dunn was a veteran.",
        ),
    ],
)
def test_a_calling_before_the_surname_stays_in_the_title(word, body):
    doc = _doc(_HEAD.format(w=word) + body)
    assert doc.headline == f"Roe Honors Fallen {word}"
    assert doc.subheadings == ["Dunn was killed on duty in May"]


def test_a_first_name_no_list_knows_still_opens_the_deck():
    doc = _doc(
        "Corvale Resident Offered Appointment to U.S. Naval Academy Kyras Tull was nominated "
        "to the Academy by Roe CORVALE, OR – Rep. Ann Roe today announced that Kyras Tull of "
        "Corvale has been offered an appointment. Tull is the son of two teachers."
    )
    assert doc.headline == "Corvale Resident Offered Appointment to U.S. Naval Academy"
    assert doc.subheadings == ["Kyras Tull was nominated to the Academy by Roe"]
