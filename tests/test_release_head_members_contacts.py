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


# A contact's name, `for` and the member the contact speaks for, with no label before.
@pytest.mark.parametrize(
    ("head_text", "names"),
    [
        (
            "Ann Roe for Senator Vail (202-555-0100) or Tod Dunn for Senator Roe (541-555-0199)",
            ["Ann Roe for Senator Vail", "or Tod Dunn for Senator Roe"],
        ),
        (
            "Contact: Tod Vail for Congressman Roe 541-555-0100 Bram Dunn for Senator Vail "
            "541-555-0199",
            ["Tod Vail for Congressman Roe", "Bram Dunn for Senator Vail"],
        ),
    ],
)
def test_a_contact_for_a_member_is_the_contacts(head_text: str, names: list[str]) -> None:
    head = split_release_head(f"{head_text} {_TITLE} {_BODY}")
    assert head.headline == _TITLE
    assert head.rest == _BODY
    assert head.contact is not None
    assert all(name in head.contact for name in names)


# A title naming what it is for, before a number, stays the title.
@pytest.mark.parametrize(
    "title", ["Roe Hails Harbor Grant for Senator Vail", "Ann Roe Stands for Senator Vail"]
)
def test_a_title_for_a_member_before_a_number_is_no_contact(title: str) -> None:
    head = split_release_head(f"Contact: Tod Vail 541-555-0100 {title} 541-555-0199 {_BODY}")
    assert head.headline == title
