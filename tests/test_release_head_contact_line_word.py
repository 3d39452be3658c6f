"""A contact's line word (`cell`, `home`) takes only its number's words.

Invented text only. Between two of a contact block's numbers, words after a line word
with no `or` between are one person's name at most ("mobile Tod Vail"); a title's words
there ("cell Corvale Harbor Grant") are no contact's.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = "CORVALE, OR – The harbor will be dredged this spring, the office said today."


@pytest.mark.parametrize(
    "head_text",
    [
        "CONTACT: Ann Roe (541) 555-0100 cell Corvale Harbor Grant Day (541) 555-0199",
        "CONTACT: Ann Roe (541) 555-0100 home Ann Roe Harbor Day (541) 555-0199",
        "Contact: Ann Roe 541-555-0100 mobile Corvale Ferry Landing 541-555-0199",
    ],
)
def test_a_title_after_a_line_word_is_no_contact(head_text: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.contact is not None and "Harbor" not in head.contact
    assert "Ferry" not in head.contact


@pytest.mark.parametrize(
    ("head_text", "name"),
    [
        ("CONTACT: Ann Roe (541) 555-0100 mobile Tod Vail (541) 555-0199", "Tod Vail"),
        ("Contact: Ann Roe 541-555-0100 cell - or - Bram Vail 541-555-0142", "Bram Vail"),
        ("Contact: Ann Roe 541-555-0100 office and Wes Tarrant 541-555-0142", "Wes Tarrant"),
    ],
)
def test_a_contacts_name_after_a_line_word_stays_the_contacts(head_text: str, name: str) -> None:
    head = split_release_head(f"{head_text} Roe Hails Corvale Harbor Grant {_BODY}")
    assert head.headline == "Roe Hails Corvale Harbor Grant"
    assert head.contact is not None and name in head.contact


@pytest.mark.parametrize(
    ("head_text", "name"),
    [
        # a first name no list holds, an initial: not sure to be a name, but no title
        ("CONTACT: Ann Roe (541) 555-0100 cell Kyras Tull (541) 555-0199", "cell Kyras Tull"),
        ("CONTACT: Ann Roe (541) 555-0100 cell T. Vail (541) 555-0199", "cell T. Vail"),
        ("Contact: Ann Roe 541-555-0100 mobile Dr. Tod Vail 541-555-0199", "mobile Dr. Tod Vail"),
    ],
)
def test_a_line_words_other_words_are_kept_with_the_contact(head_text: str, name: str) -> None:
    head = split_release_head(f"{head_text} Roe Hails Corvale Harbor Grant {_BODY}")
    assert head.headline == "Roe Hails Corvale Harbor Grant"
    assert head.contact is not None and name in head.contact
    assert head.contact.index(name) < head.contact.index("555-0199")
