"""Quoted law text amending or repealing a section cited with its code or a comma
(`Section 1074 of title 10, United States Code, is amended …`, `Section 4 of the Harbor
Act (33 U.S.C. 101) is repealed.`) is law text, nobody's, as a section named without
them is; a statement speaking of a section by its number stays its speaker's.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OR – Congressman Wes Tarrant introduced the Small Harbor Act on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(LEAD + text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "law",
    [
        "Section 1074 of title 10, United States Code, is amended by striking ‘ten’ and"
        " inserting ‘twelve’.",
        "Section 4 of the Harbor Act (33 U.S.C. 101) is amended by striking ‘ten’ and"
        " inserting ‘twelve’.",
        "Section 4 of the Harbor Act (33 U.S.C. 101) is repealed.",
        "Section 4(b) of the Harbor and Ferry Landing Improvement Act of 2019 is amended by"
        " striking ‘pier’.",
    ],
)
def test_law_text_amending_a_cited_section_is_nobodys(law: str) -> None:
    text = f"The Small Harbor Act makes one change to the law.\n\n“{law}”"
    for got in both(text):
        assert got in ([], [[]]), law


def test_a_statement_naming_a_cited_section_stays_the_speakers() -> None:
    text = (
        "Congressman Wes Tarrant (D-Ore.) released the following statement: “Section 1074 of"
        " title 10, United States Code, left small harbors out, and this bill fixes it.”"
    )
    for got in both(text):
        assert got == [["Wes Tarrant"]]
