"""Words a lone letter's cue introduces (`“…,” the letter reads.`, `the letter stated`,
`the letter continues`) are the issuer's when the sentence telling of that letter names
the issuer as its only sender and nothing between speaks of another writing: the
quote parser does not know the issuer, so the release fallback names them. A letter of
somebody else's, a reply, several letters or a co-signer leave the words to nobody.
Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Tarrant Presses Governor on Harbor Dredging\n\n"
SENT = (
    "SALEM, OR – Congressman Wes Tarrant this week sent a letter to Governor Ivo Brandt"
    " urging dredging at small ports.\n\n"
)
WORDS = "“Small harbors cannot wait another season for the dredges,”"


def _issued(text: str) -> list[list[str]]:
    return speakers(release(HEAD + text, member="wes_tarrant"))


@pytest.mark.parametrize(
    "cue", ["the letter reads.", "the letter stated.", "the letter continues."]
)
def test_the_issuers_lone_letter_is_the_issuers(cue: str) -> None:
    assert _issued(f"{SENT}{WORDS} {cue}") == [["Wes Tarrant"]]


def test_the_cue_before_the_words_and_a_sentence_between() -> None:
    text = (
        f"{SENT}Dredging has stalled for two years. The letter reads: “Small harbors cannot"
        " wait another season for the dredges.”"
    )
    assert _issued(text) == [["Wes Tarrant"]]


def test_bare_text_names_nobody() -> None:
    assert speakers(bare(HEAD + f"{SENT}{WORDS} the letter reads.")) == [[]]


@pytest.mark.parametrize(
    "sent",
    [
        # another sender
        "SALEM, OR – Governor Ivo Brandt this week sent a letter to Congressman Wes Tarrant"
        " about dredging.\n\n",
        # a co-signer, or colleagues
        "SALEM, OR – Congressman Wes Tarrant and five colleagues this week sent a letter to"
        " Governor Ivo Brandt urging dredging.\n\n",
        "SALEM, OR – Congressman Wes Tarrant this week sent a letter, signed by 40 members,"
        " to Governor Ivo Brandt urging dredging.\n\n",
        # a reply between
        f"{SENT}Governor Ivo Brandt wrote back on Friday.\n\n",
        f"{SENT}The Governor answered him on Friday.\n\n",
        # several letters
        "SALEM, OR – Congressman Wes Tarrant this week sent letters to Governor Ivo Brandt and"
        " Mayor Ann Roe urging dredging.\n\n",
        f"{SENT}Mayor Ann Roe sent a letter to the Board as well.\n\n",
        # the issuer got the letter
        "SALEM, OR – Congressman Wes Tarrant this week received a letter from Governor Ivo"
        " Brandt about dredging.\n\n",
    ],
)
def test_a_letter_not_surely_the_issuers_leaves_the_words_to_nobody(sent: str) -> None:
    assert _issued(f"{sent}{WORDS} the letter reads.") == [[]]


def test_a_co_signer_never_leaves_the_issuer_alone() -> None:
    sent = (
        "SALEM, OR – Congressman Wes Tarrant, joined by Rep. Ann Roe, this week sent a letter"
        " to Governor Ivo Brandt urging dredging.\n\n"
    )
    assert _issued(f"{sent}{WORDS} the letter reads.") in ([[]], [["Wes Tarrant", "Ann Roe"]])
