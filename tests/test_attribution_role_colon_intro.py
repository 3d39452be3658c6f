"""Words one person of no name introduces by a role with a colon (`The mayor weighed in:
“…”`) are that person's, whoever holds the role: nobody's, never the issuer's of the
release, unless the role is surely the issuer's own title (`The congressman weighed in:`
in a congressman's release). Every fixture is invented text."""

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
        "The mayor weighed in:",
        "The chairman weighed in:",
        "The governor weighed in:",
        "A local teacher weighed in:",
        "The Mayor was blunt:",
        "The mayor of Corvale had one message:",
        "On Monday, the county sheriff weighed in:",
        "The senator weighed in:",
        "The congresswoman weighed in:",
        "The delegate weighed in:",
        "The congressman from Texas was blunt:",
        "The senior congressman from Oregon was blunt:",
        "The representative of the union was blunt:",
    ],
)
def test_a_role_of_no_name_introducing_words_is_no_speaker(intro: str) -> None:
    assert _in_release(f"{intro} {WORDS}") == [[]]
    assert speakers(bare(f"{intro} {WORDS}")) == [[]]


@pytest.mark.parametrize(
    "intro",
    [
        "The congressman weighed in:",
        "The Congressman was blunt:",
        "The representative was blunt:",
        "The Representative was blunt:",
        "On Monday, the representative was blunt:",
        "Tarrant weighed in:",
        "The mayor heard from the Congressman:",
    ],
)
def test_the_issuers_own_title_keeps_the_words(intro: str) -> None:
    assert _in_release(f"{intro} {WORDS}") == [["Wes Tarrant"]]


def test_a_role_in_a_paragraph_of_its_own_before_the_words() -> None:
    assert _in_release(f"The mayor weighed in:\n\n{WORDS}") == [[]]


def test_the_title_after_another_member_named_is_not_the_issuers() -> None:
    intro = "Rep. Tod Vail spoke next.\n\nThe representative was blunt:"
    assert _in_release(f"{intro} {WORDS}") != [["Wes Tarrant"]]


@pytest.mark.parametrize(
    "before",
    [
        # another member named two sentences before, or in a paragraph before
        "Rep. Wes Tarrant (D-OR) hosted Rep. Tod Vail (R-ID) at the harbor on Tuesday. "
        "The two toured the docks for an hour and met with workers.",
        "Rep. Tod Vail (R-ID) visited the harbor on Tuesday.\n\n"
        "The two toured the docks for an hour. They met with workers at noon.",
    ],
)
def test_the_title_after_another_member_named_earlier_is_not_the_issuers(before: str) -> None:
    assert _in_release(f"{before} The congressman was blunt: {WORDS}") == [[]]


def test_the_title_after_a_member_of_another_chamber_named_earlier_keeps_the_words() -> None:
    before = "Sen. Ann Roe (D-OR) visited the harbor on Tuesday.\n\nThe two toured the docks."
    assert _in_release(f"{before} The congressman was blunt: {WORDS}") == [["Wes Tarrant"]]


def test_the_house_title_in_a_senators_release_is_no_speaker() -> None:
    lead = "SALEM, OR – Senator Wes Tarrant today backed dredging at small ports.\n\n"
    text = f"{HEAD}{lead}The representative was blunt: {WORDS}"
    assert speakers(release(text, member="wes_tarrant")) == [[]]


@pytest.mark.parametrize(
    "intro",
    [
        "The other congressman was blunt:",
        "Another congressman was blunt:",
        "A congressman was blunt:",
        "The late congressman was blunt:",
        "The former congressman was blunt:",
    ],
)
def test_another_or_an_unnamed_member_is_not_the_member_named(intro: str) -> None:
    # another member, a member not yet named, a dead or a former one: never the one
    # the release names with the title (the issuer), whom the text calls none of these
    assert _in_release(f"{intro} {WORDS}") == [[]]
    lead = "SALEM, OR – Congressman Tod Vail today backed dredging at small ports.\n\n"
    assert speakers(bare(f"{HEAD}{lead}{intro} {WORDS}")) == [[]]


def test_the_former_member_the_text_named_so_keeps_the_words() -> None:
    lead = "SALEM, OR – Former Congressman Tod Vail today backed dredging at small ports.\n\n"
    text = f"{HEAD}{lead}The former congressman was blunt: {WORDS}"
    assert speakers(bare(text)) == [["Tod Vail"]]


@pytest.mark.parametrize(
    "intro",
    [
        "The representative heard from Ann Roe:",
        "The mayor heard from Ann Roe:",
        "Residents heard from Ann Roe:",
    ],
)
def test_words_heard_from_a_named_person_are_never_the_issuers(intro: str) -> None:
    assert _in_release(f"{intro} {WORDS}") in ([[]], [["Ann Roe"]])


def test_the_issuers_title_speaking_from_a_place_keeps_the_words() -> None:
    assert _in_release(f"The congressman spoke from Corvale Harbor: {WORDS}") == [["Wes Tarrant"]]
