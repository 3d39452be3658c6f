"""A member's surname that is also a first name is the subject before the title's verb.

Invented text only. `_elided_subject_deck` reads the title's subject after an office and,
since the deck's verb may come first, past a first name before the surname (`Senator Ann
Roe Calls …`); a surname that lists of first names hold (`Rep. Scott`, `Senator Lee`)
right before the title's verb is the subject itself.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = " CORVALE, OR – Rep. Ann Roe said today the harbor needs dredging."


@pytest.mark.parametrize("member", ["Rep. Scott", "Senator Lee", "Rep. Vail", "Rep. Ann Roe"])
def test_a_title_case_deck_opens_at_its_verb(member: str) -> None:
    head = split_release_head(
        f"{member} Honors Harbor Pilot Ann Lee Salutes Her Thirty Years of Service" + _BODY
    )
    assert head.headline == f"{member} Honors Harbor Pilot Ann Lee"
    assert head.subheadline == "Salutes Her Thirty Years of Service"


@pytest.mark.parametrize("member", ["Senator Scott", "Senator Ann Roe"])
def test_a_sentence_case_deck_opens_at_its_verb(member: str) -> None:
    head = split_release_head(
        f"{member} Calls On Congress To Responsibly Fund Harbor Urges Senate to use next "
        "50 days to act" + _BODY
    )
    assert head.headline == f"{member} Calls On Congress To Responsibly Fund Harbor"
    assert head.subheadline == "Urges Senate to use next 50 days to act"
