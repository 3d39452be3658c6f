"""Words a group of people with no name introduces with a colon (`Local leaders weighed
in: “…”`) are that group's, whoever among them says them: nobody's, never the issuer's of
the release. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges.”"


def _in_release(text: str) -> list[list[str]]:
    return speakers(release(HEAD + LEAD + text, member="wes_tarrant"))


@pytest.mark.parametrize(
    "intro",
    [
        "Local leaders weighed in:",
        "Several residents spoke up:",
        "Business owners agreed:",
        "Corvale residents had one message:",
        "Harbor pilots were blunt:",
        "Democrats weighed in:",
        "On Monday, local leaders weighed in:",
        "Supporters of the harbor bill weighed in:",
        "The fishermen of Corvale also spoke up:",
        "Local business leaders shared their support for the measure:",
        "Local leaders weighed in on this program:",
    ],
)
def test_a_group_of_no_name_introducing_words_is_no_speaker(intro: str) -> None:
    assert _in_release(f"{intro} {WORDS}") == [[]]
    assert speakers(bare(f"{intro} {WORDS}")) == [[]]


@pytest.mark.parametrize(
    "intro",
    [
        "Tarrant weighed in:",
        "The Congressman weighed in:",
        "Residents heard from Tarrant:",
        "Local leaders heard from the Congressman:",
        "Tarrant had one message for local leaders:",
        "Local leaders heard from Tarrant on Monday:",
    ],
)
def test_the_issuer_introduced_keeps_the_words(intro: str) -> None:
    assert _in_release(f"{intro} {WORDS}") == [["Wes Tarrant"]]


def test_a_group_in_a_paragraph_of_its_own_before_the_words() -> None:
    assert _in_release(f"Local leaders weighed in:\n\n{WORDS}") == [[]]
