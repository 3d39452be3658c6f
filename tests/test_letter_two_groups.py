"""A group's words (`“…,” the lawmakers wrote.`) after a letter whose signers a sentence
names, when a sentence between says other people wrote or sent one too (`Senators Ann Roe
(D-OR) and Ivo Brandt (D-OR) sent one as well.`): either group's letter, so nobody's,
and no other list is read in the signers' place. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
SENT = "Reps. Tod Vail (D-OR) and Cal Dunn (D-OR) sent a letter to the Board on Tuesday."
WORDS = "“Small harbors cannot wait another season for the dredges,” the lawmakers wrote."


def _both(text: str) -> list[list[list[str]]]:
    return [
        speakers(bare(LEAD + text)),
        speakers(release(HEAD + LEAD + text, member="wes_tarrant")),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "\n\nSenators Ann Roe (D-OR) and Ivo Brandt (D-OR) sent one as well. ",
        " Senators Ann Roe (D-OR) and Ivo Brandt (D-OR) sent one as well. ",
        "\n\nOn Friday, Gov. Ann Roe wrote to the Board too. ",
        "\n\nChair Ann Roe wrote back in May. ",
    ],
)
def test_another_groups_letter_between_leaves_the_words_nobodys(between: str) -> None:
    for given in _both(f"{SENT}{between}{WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    "between",
    [
        "\n\n",
        " The Board oversees the harbor. ",
        " Vail sent a copy to Gov. Ann Roe. ",
    ],
)
def test_the_signers_letter_alone_is_read_as_before(between: str) -> None:
    for given in _both(f"{SENT}{between}{WORDS}"):
        assert given == [["Tod Vail", "Cal Dunn"]]
