"""A contact for each member: the member's name and a dash before the contact's name.

Invented text only. `Contact: For Roe – Tod Vail /541-… For Vail – Bram Dunn/541-…` and
`Contact: Roe - Tod Vail: 541-…`: the member's name, a dash and the contact's name are
the contact's, not a title's ("For Roe – Tod Vail /" was read as the headline) nor lost.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_TITLE = "Roe and Vail Hail Corvale Harbor Grant"
_BODY = "CORVALE, OR – The harbor will be dredged this spring, the office said today."


@pytest.mark.parametrize(
    ("head_text", "names"),
    [
        (
            "Contact: For Roe – Tod Vail /541-555-0100/541-555-0199 For Vail – Bram "
            "Dunn/541-555-0142",
            ["For Roe", "Tod Vail", "For Vail", "Bram Dunn"],
        ),
        (
            "Contact:Roe - Tod Vail:? 541-555-0100Vail - Bram Dunn: 541-555-0142",
            ["Roe", "Tod Vail", "Vail", "Bram Dunn"],
        ),
        ("Contact: For Roe/ Tod Vail: 541-555-0100", ["For Roe", "Tod Vail"]),
    ],
)
def test_a_members_contact_is_the_contacts(head_text: str, names: list[str]) -> None:
    head = split_release_head(f"{head_text} {_TITLE} {_BODY}")
    assert head.headline == _TITLE
    assert head.rest == _BODY
    assert head.contact is not None
    assert all(name in head.contact for name in names)


# A title told with a verb between a contact's numbers stays out of the contact.
def test_a_title_after_a_dash_between_numbers_is_no_contact() -> None:
    text = f"Contact: Tod Vail 541-555-0100 Roe - Vail Hails Harbor 541-555-0142 {_TITLE} {_BODY}"
    head = split_release_head(text)
    assert head.contact is not None and "Hails" not in head.contact
