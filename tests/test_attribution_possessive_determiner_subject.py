"""A cue's subject opened by a possessive determiner before capitalised words that hold
no first name (`“We will not,” asserted his Harbor Authority.`, `…”, invoked their
Executive Order`) is a thing or a body somebody holds, no person: the words are nobody's,
never a speaker made of the capitalised words. A role and a name after the determiner
still speak (`said its Executive Director Ann Roe`). Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Bill Passes\n\nSALEM, OR – The House passed the harbor bill on Tuesday.\n\n"


def both(paragraph: str) -> list[list[list[str]]]:
    text = HEAD + paragraph + "\n\n"
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not,” asserted his Harbor Authority.",
        "“We will not,” said their Harbor Board.",
        "Rep. Tod Vail, leader of the self-proclaimed “most open harbor board in history”, "
        "asserted his Executive Privilege to keep the files.",
        "Rep. Tod Vail said the “harbor bill”, asserted his Executive Privilege.",
        "The board, proud of its so-called “open harbor”, invoked their Executive Order.",
    ],
)
def test_a_possessive_before_capitalised_words_is_no_speaker(paragraph: str) -> None:
    for got in both(paragraph):
        assert all(names == [] for names in got), got


def test_a_role_and_a_name_after_a_possessive_still_speak() -> None:
    paragraph = (
        "“The Corvale Harbor Board thanks Rep. Tarrant,” said its Executive Director Ann Roe."
    )
    assert both(paragraph) == [[["Ann Roe"]], [["Ann Roe"]]]
