"""A contact block's pieces between its phone numbers and addresses are the contact's:
the line a number reaches (`ofc.`, `mobile`) and a second contact after `- or -`. They
are read into the contact field, and nothing of the title or the dateline goes with
them."""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = "CORVALE, OR – The harbor will be dredged this spring, the office said today."


@pytest.mark.parametrize(
    ("head_text", "contact"),
    [
        (
            "CONTACT: Ann Roe (541) 555-0100 ofc.; (541) 555-0199 mobile "
            "Ann.Roe@mail.house.gov Roe Hails Corvale Harbor Grant",
            "CONTACT: Ann Roe (541) 555-0100 ofc.; (541) 555-0199 mobile Ann.Roe@mail.house.gov",
        ),
        (
            "CONTACT: Ann Roe (541) 555-0100 ofc.; (541) 555-0199 mobile "
            "Ann.Roe@mail.house.gov - or - Tod Vail (541) 555-0142 ofc.; (541) 555-0177 "
            "mobile Tod.Vail@mail.house.gov Roe Hails Corvale Harbor Grant",
            "CONTACT: Ann Roe (541) 555-0100 ofc.; (541) 555-0199 mobile "
            "Ann.Roe@mail.house.gov - or - Tod Vail (541) 555-0142 ofc.; (541) 555-0177 mobile "
            "Tod.Vail@mail.house.gov",
        ),
        (
            "Contact: Ann Roe 541-555-0100 office 541-555-0199 cell - or - Tod Vail "
            "541-555-0142 Roe Hails Corvale Harbor Grant",
            "Contact: Ann Roe 541-555-0100 office 541-555-0199 cell - or - Tod Vail 541-555-0142",
        ),
    ],
)
def test_contact_pieces_between_numbers_are_the_contacts(head_text: str, contact: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.headline == "Roe Hails Corvale Harbor Grant"
    assert head.rest == _BODY
    assert head.contact is not None
    assert _words(head.contact) == _words(contact)


def _words(text: str) -> list[str]:
    """The words of `text`, the stops and dashes between them left out."""
    return [w.rstrip(";") for w in text.split() if w.strip("-–—")]


# Words in lower case after a title's own number are the title's, not a contact's line.
def test_a_title_after_a_contact_keeps_its_words() -> None:
    text = (
        "Contact: Ann Roe 541-555-0100 Vail Urges Corvale Riders to Call 541-555-0142 "
        f"for Ferry Times {_BODY}"
    )
    head = split_release_head(text)
    assert head.contact is not None and "ferry" not in head.contact.lower()
    assert head.rest == _BODY


# Two names joined by a slash share the number after them: both are the contact's.
@pytest.mark.parametrize(
    "head_text",
    [
        "Contact: Ann Roe/Bram Vail (Tarrant), 541-555-0100 Tod Vail (Roe), 541-555-0142 "
        "Roe and Tarrant Hail Corvale Harbor Grant",
        "For Immediate Release: May 4, 2010 Ann Roe/Bram Vail (Tarrant): (541) 555-0100 "
        "Tod Vail (Roe): (541) 555-0142 Roe and Tarrant Hail Corvale Harbor Grant",
    ],
)
def test_names_joined_by_a_slash_are_the_contacts(head_text: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.headline == "Roe and Tarrant Hail Corvale Harbor Grant"
    assert head.rest == _BODY
    assert head.contact is not None and "Ann Roe/Bram Vail (Tarrant)" in head.contact


# A title with a slash between two words before a number stays the title.
def test_a_title_with_a_slash_before_a_number_stays_the_title() -> None:
    text = f"Roe Hails Harbor/Ferry Grant Contact: Tod Vail 541-555-0142 {_BODY}"
    head = split_release_head(text)
    assert head.headline == "Roe Hails Harbor/Ferry Grant"


# A title between two of a contact block's numbers after a line word is no contact's name:
# its words stay out of the contact.
@pytest.mark.parametrize(
    "head_text",
    [
        "CONTACT: Ann Roe (541) 555-0100 cell Roe Hails Corvale Harbor Grant (541) 555-0199",
        "CONTACT: Ann Roe (541) 555-0100 home Ann Roe Backs Harbor Dredging (541) 555-0199",
    ],
)
def test_a_title_between_a_contacts_numbers_is_no_contact(head_text: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.contact is None or "Harbor" not in head.contact


# A second contact's name after a line word stays the contact's.
def test_a_name_after_a_line_word_stays_the_contacts() -> None:
    text = (
        "CONTACT: Ann Roe (541) 555-0100 mobile Tod Vail (541) 555-0199 "
        f"Roe Hails Corvale Harbor Grant {_BODY}"
    )
    head = split_release_head(text)
    assert head.headline == "Roe Hails Corvale Harbor Grant"
    assert head.contact is not None and "Tod Vail" in head.contact
