"""A surname read before the full name that ends with a generational suffix (`stated
Congressman Tarrant.` … `Wes Tarrant, II is the U.S. Representative …`): the full name
takes the surname over, as a full name without a suffix does; the speaker is the person
named in full, never a bare surname naming nobody."""

from __future__ import annotations

from tests.issuer_release import bare, speakers

HEAD = "WASHINGTON – Congressman Tarrant is pleased to announce a harbor grant. "
WORDS = "“The grant will keep the harbor open,” stated Congressman Tarrant. “I am thrilled.” "


def test_a_full_name_with_a_suffix_after_its_surname_names_the_speaker() -> None:
    for tail, want in (
        ("Wes Tarrant, II is the U.S. Representative for the Fifth District.", "Wes Tarrant II"),
        ("Wes Tarrant II is the U.S. Representative for the Fifth District.", "Wes Tarrant II"),
        ("Wes Tarrant, Jr. is the U.S. Representative for the Fifth District.", "Wes Tarrant Jr."),
        ("Wes Tarrant is the U.S. Representative for the Fifth District.", "Wes Tarrant"),
    ):
        got = speakers(bare(f"{HEAD}{WORDS}{tail}"))
        assert got == [[want], [want]], (tail, got)


def test_a_suffix_alone_takes_over_no_other_name() -> None:
    text = f"{HEAD}“The grant will keep the harbor open,” said Mayor Ann Roe. Tod Vail III agreed."
    assert speakers(bare(text)) == [["Ann Roe"]]
