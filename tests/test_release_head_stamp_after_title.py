"""A date stamp after a whole title, or after a name or a label, is the release's stamp.

Invented text only. A stamp is the title's own only where the words before it cannot end
a title (a small word, or a title's verb wanting its object: "Roe Backs 12.4.12 Harbor
Vigil"); after a whole title, a name or a label, the words after the stamp are a contact,
a label or the title, never the title's last words.
"""

import pytest

from importers.records import document_from_record

_BODY = " CORVALE, OR – Rep. Ann Roe today announced her support for the vigil."


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("Roe Backs Harbor Vigil 12.4.12 Tod Vail 503-555-0143", "Roe Backs Harbor Vigil"),
        ("Roe Backs Harbor Vigil 12/4/2012 Tod Vail (503) 555-0143", "Roe Backs Harbor Vigil"),
        ("Roe Backs Harbor Vigil 12.4.12 Tod Vail", "Roe Backs Harbor Vigil"),
        ("Roe Backs Harbor Vigil 12.4.12 Tod Vail, Press Secretary", "Roe Backs Harbor Vigil"),
        ("Roe Backs Harbor Vigil 12.4.12 Tod Vail tvail@roe.example.gov", "Roe Backs Harbor Vigil"),
        ("ROE BACKS HARBOR VIGIL 12.4.12 TOD VAIL", "ROE BACKS HARBOR VIGIL"),
        ("Roe Backs Harbor Vigil 12.4.12 Press Office", "Roe Backs Harbor Vigil"),
        ("Roe Backs Harbor Vigil 12.4.12 Corvale Office", "Roe Backs Harbor Vigil"),
        ("Ann Roe 12.4.12 Roe Backs Harbor Vigil", "Roe Backs Harbor Vigil"),
        ("Harbor News 12.4.12 Roe Backs Harbor Vigil", "Roe Backs Harbor Vigil"),
        ("Harbor Bill Passes 12.4.12 Tod Vail 503-555-0143", "Harbor Bill Passes"),
    ],
)
def test_a_stamp_after_a_whole_title_or_a_name_stays_the_stamp(head, headline):
    doc = _doc(head + _BODY)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"


@pytest.mark.parametrize(
    "head",
    [
        "Roe Backs 12.4.12 Harbor Vigil",
        "ROE BACKS 12.4.12 HARBOR VIGIL",
        "Roe Backs 12.12.12 Vigil for Harbor Workers",
        "Roe Backs Sunday 12.12.12 Vigil",
    ],
)
def test_a_stamp_after_a_title_that_cannot_end_there_is_the_titles(head):
    assert _doc(head + _BODY).headline == head
