"""An uncued quotation right after a sentence saying that somebody named by no name gave
a view and no more of it (`The former Corvale Gazette editor weighed in on this
program.`) is nobody's: neither the last speaker's going on nor the issuer's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
SAID = "“We will fight for the program,” said Wes Tarrant. "


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_a_view_of_somebody_named_by_no_name_is_nobodys() -> None:
    for sentence in (
        "The former Corvale Gazette editor weighed in on this program.",
        "Last fall, a local pastor weighed in on this program.",
        "One harbor pilot opined on the program last fall.",
    ):
        for got in both(f"{SAID}{sentence} “The program pays for itself.”"):
            assert got == [["Wes Tarrant"], []], sentence


def test_the_member_named_by_his_office_still_goes_on() -> None:
    text = f"{SAID}The congressman weighed in on this program again. “It pays for itself.”"
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Wes Tarrant"]]


def test_a_view_reported_by_a_clause_is_left_as_it_was() -> None:
    text = f"{SAID}The former editor weighed in that the program works. “I will keep asking.”"
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Wes Tarrant"]]
