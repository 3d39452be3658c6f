"""`they` and a verb of writing (`In it they wrote: “…”`) right after the sentence that
lists a letter's signers as all of them (`The letter was signed by Reps. Tod Vail (D-OR),
Cal Dunn (D-OR) and Bram Vail (R-OR).`) are those signers; nobody when the list says it
leaves some out, no whole list is read, or another writer comes between. Every fixture is
invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
LIST = "Reps. Tod Vail (D-OR), Cal Dunn (D-OR) and Bram Vail (R-OR)"
WORDS = "“Small harbors cannot wait another season for the dredges.”"
THREE = ["Tod Vail", "Cal Dunn", "Bram Vail"]


def _both(text: str) -> list[list[list[str]]]:
    return [
        speakers(bare(LEAD + text)),
        speakers(release(HEAD + LEAD + text, member="wes_tarrant")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"The letter was signed by {LIST}. In it they wrote: {WORDS}",
        f"The letter to the Board was signed by {LIST}.\n\nIn it, they wrote: {WORDS}",
        f"The letter was signed by {LIST}. They wrote: {WORDS}",
        f"The letter was signed by {LIST}. In the letter, they wrote: {WORDS}",
    ],
)
def test_they_after_the_signed_by_list_are_the_signers(text: str) -> None:
    for given in _both(text):
        assert given == [THREE]


@pytest.mark.parametrize(
    "text",
    [
        f"The letter was also signed by {LIST}. In it they wrote: {WORDS}",
        f"The letter was signed by {LIST}. Later the Board wrote back. In it they wrote: {WORDS}",
        f"The letter was signed by {LIST}, among others. In it they wrote: {WORDS}",
        f"The letter was signed by {LIST}. In it they said: {WORDS}",
        f"The bill was signed by {LIST}. In it they wrote: {WORDS}",
    ],
)
def test_they_after_no_whole_list_is_nobody(text: str) -> None:
    for given in _both(text):
        assert given == [[]]
