"""The contact read before a title stays the head's where a time word opens the lead.

Invented text only. `CONTACT: Tod Vail 541-… (W) 541-… (C) May 24, 2006 Title Today, …`
with no dateline: the title ends where the lead's time phrase starts, and the contact
read before it is kept, as where a dateline or the member's name opens the body.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_TITLE = "Roe Hails Corvale Harbor Grant"


@pytest.mark.parametrize(
    "label",
    [
        "FOR IMMEDIATE RELEASE CONTACT: Tod Vail 541-555-0100 (W) 541-555-0199 (C) May 24, 2006",
        "FOR IMMEDIATE RELEASECONTACT: Tod Vail 541-555-0100 (W) 541-555-0199 (C) May 24, 2006",
        "CONTACT: Tod Vail 541-555-0100",
    ],
)
@pytest.mark.parametrize("opening", ["Today,", "On Monday,"])
def test_the_contact_is_kept_before_a_time_words_lead(label: str, opening: str) -> None:
    body = f"{opening} Congresswoman Ann Roe (OR-02) welcomed the harbor grant."
    head = split_release_head(f"{label} {_TITLE} {body}")
    assert head.headline == _TITLE
    assert head.rest == body
    assert head.contact is not None and "Tod Vail 541-555-0100" in head.contact
