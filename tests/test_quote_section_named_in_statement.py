"""A statement that speaks of a law's section by its number (`Section 9 of the Harbor
Act`) is the speaker's words, not quoted law text; a quotation headed by a section's
number (`Sec. 4. Harbor fees.`) or amending one is still law text, nobody's.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OR – Congressman Wes Tarrant visited the harbor on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(LEAD + text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "words",
    [
        "The Board’s report is a fair overview of the dredging allowed under Section 9 of"
        " the Harbor Act. It raises real concerns.",
        "Section 9 does not allow dredging of the inner harbor, and the Board must do more.",
        "I am glad the Board kept Sec. 12 of the Harbor Act in place.",
    ],
)
def test_a_statement_naming_a_section_is_the_speakers(words: str) -> None:
    text = (
        "Congressman Wes Tarrant (D-Ore.) had the following response to the Corvale Harbor"
        f" Board (CHB) report on dredging: “{words}”"
    )
    for got in both(text):
        assert got == [["Wes Tarrant"]], words


def test_every_paragraph_of_such_a_statement_is_the_speakers() -> None:
    text = (
        "Congressman Wes Tarrant (D-Ore.) released the following statement: “The Board’s"
        " report is a fair overview of the harbor. “Section 9 of the Harbor Act does not allow"
        " dredging of the inner harbor. The Board must do more. “I urge the Board to act this"
        " year.”"
    )
    for got in both(text):
        assert got == [["Wes Tarrant"]] * 3


@pytest.mark.parametrize(
    "law",
    [
        "Sec. 4. Harbor fees. The Board may set the fees each year by a vote of its members.",
        "Section 3(a) of the Harbor Act is amended by striking the word ‘pier’ each place"
        " it appears.",
    ],
)
def test_quoted_law_text_headed_by_or_amending_a_section_is_nobodys(law: str) -> None:
    _speakers, quotes = extract_quotes([f"The bill amends the Harbor Act by inserting “{law}”"])
    assert [q.kind for q in quotes] == ["title"]
    for got in both(f"Tarrant’s bill amends the Harbor Act by inserting “{law}”"):
        assert got in ([], [[]])
