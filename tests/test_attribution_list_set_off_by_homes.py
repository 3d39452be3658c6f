"""A cue's subject that is a list whose items are set off by commas with a home or a role
after each (`Tod Vail, of Corvale, and Cal Dunn, of Salem, said:`) is never one of its
items alone, nor a place: the whole list cannot be read there, so nobody speaks. With no
commas (`Tod Vail of Corvale and Cal Dunn of Salem said:`) each item's name is read before
its `of`, and all of them speak. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges.”"


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    "listed",
    [
        "Reps. Tod Vail (D-OR), of Corvale, and Cal Dunn (D-OR), of Salem, wrote:",
        "Tod Vail, of Corvale, and Cal Dunn, of Salem, said:",
        "Chair Ann Roe, of Corvale, and Vice Chair Tod Vail, of Salem, said:",
        "Ann Roe, the mayor, and Tod Vail, the clerk, said:",
    ],
)
def test_a_list_set_off_item_by_item_gives_nobody(listed: str) -> None:
    for given in _both(f"{listed} {WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cal Dunn, of Salem, said:", ["Cal Dunn"]),
        ("Rep. Cal Dunn (D-OR), of Salem, wrote:", ["Cal Dunn"]),
        ("Tod Vail and Cal Dunn, both of Salem, said:", ["Tod Vail", "Cal Dunn"]),
        ("Ann Roe, of the Harbor Board, said:", ["Ann Roe"]),
        # a role's second half after `and`, no list
        ("Ivo Brandt, President, and CEO of the Harbor Council, said:", ["Ivo Brandt"]),
    ],
)
def test_one_name_or_a_pair_with_its_home_still_speaks(text: str, who: list[str]) -> None:
    for given in _both(f"{text} {WORDS}"):
        assert given == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Tod Vail of Corvale and Cal Dunn of Salem said:", ["Tod Vail", "Cal Dunn"]),
        ("Tod Vail of Corvale and Cal Dunn said:", ["Tod Vail", "Cal Dunn"]),
        ("Ann Roe of the Harbor Council and Tod Vail of Salem wrote:", ["Ann Roe", "Tod Vail"]),
        ("Reps. Tod Vail of Corvale and Ann Roe of Salem wrote:", ["Tod Vail", "Ann Roe"]),
        ("Mayor Tod Vail of Corvale and Mayor Cal Dunn of Salem said:", ["Tod Vail", "Cal Dunn"]),
        # one person with a body whose name holds `and`
        ("Ann Roe of Johnson and Johnson said:", ["Ann Roe"]),
        ("Tod Vail of Corvale said:", ["Tod Vail"]),
    ],
)
def test_a_list_with_homes_and_no_commas_gives_every_item(text: str, who: list[str]) -> None:
    for given in _both(f"{text} {WORDS}"):
        assert given == [who]


def test_a_cue_after_the_words_gives_every_item() -> None:
    text = "“Small harbors cannot wait,” said Tod Vail of Corvale and Cal Dunn of Salem."
    for given in _both(text):
        assert given == [["Tod Vail", "Cal Dunn"]]


def test_a_later_surname_cue_still_finds_its_item() -> None:
    text = (
        "Tod Vail of Corvale and Ann Roe of Salem were joined by the board. "
        "“Small harbors cannot wait,” Vail said."
    )
    for given in _both(text):
        assert given == [["Tod Vail"]]
