"""Two contacts' names after a line word are the contact's, not a title's.

Invented text only. 41dcfce lets a line word (`cell`, `office`) with no `or` before the
names take one person's name only; a list of people's names, each a known first name and
a surname, is a contact's too ("cell Tod Vail and Ann Dunn"), while a title's words stay
out ("cell Corvale Harbor Grant Day").
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_TITLE_AND_BODY = (
    "Roe Hails Corvale Harbor Grant CORVALE, OR – Rep. Ann Roe today hailed the grant."
)


@pytest.mark.parametrize(
    "block",
    [
        "CONTACT: Ann Roe (541) 555-0100 cell Tod Vail and Ann Dunn (541) 555-0199",
        "CONTACT: Ann Roe (541) 555-0100 cell Tod Vail or Ann Dunn (541) 555-0199",
        "Contact: Ann Roe, 541-555-0100 office; Tod Vail, Ann Dunn, 541-555-0199",
    ],
)
def test_a_list_of_names_after_a_line_word_is_the_contacts(block: str) -> None:
    head = split_release_head(f"{block} {_TITLE_AND_BODY}")
    assert head.headline == "Roe Hails Corvale Harbor Grant"
    assert head.contact is not None and "Ann Dunn" in head.contact


@pytest.mark.parametrize(
    "words",
    ["Corvale Harbor Grant Day", "Tod Vail and Corvale Harbor Day", "Ann Roe Harbor Day"],
)
def test_a_title_after_a_line_word_stays_out(words: str) -> None:
    head = split_release_head(
        f"CONTACT: Ann Roe (541) 555-0100 cell {words} (541) 555-0199 CORVALE, OR – "
        "Rep. Ann Roe today hailed the grant."
    )
    assert head.contact is not None and "Harbor" not in head.contact
