"""A sentence ending in a colon before the words, whose subject heard them from, or met,
another person named after the verb (`Ann Roe of Corvale heard from Cal Dunn: “…”`), is
no label naming its subject: the words may be the other person's, so they are nobody's,
never the subject's for the home set after its name, nor the issuer's. A label is still
read where no verb follows the home (`Mayor Ann Roe of Corvale: “…”`). Every fixture is
invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges.”"


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    "intro",
    [
        "Ann Roe of Corvale heard from Cal Dunn:",
        "Mayor Ann Roe of Corvale welcomed Cal Dunn:",
        "Tod Vail of Corvale welcomed Cal Dunn:",
        "Ann Roe of Corvale and Tod Vail heard from Cal Dunn:",
        "Ann Roe of Corvale and Tod Vail of Salem welcomed Cal Dunn:",
    ],
)
def test_a_subject_with_its_home_and_a_verb_is_no_label(intro: str) -> None:
    for given in _both(f"{intro} {WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        ("Mayor Ann Roe of Corvale:", ["Ann Roe"]),
        ("Ann Roe of the Harbor Board said:", ["Ann Roe"]),
        ("Ann Roe of Corvale and Tod Vail of Salem said:", ["Ann Roe", "Tod Vail"]),
        ("Ann Roe of Corvale told reporters:", ["Ann Roe"]),
    ],
)
def test_a_label_or_a_cue_with_a_home_still_names_its_speaker(intro: str, who: list[str]) -> None:
    for given in _both(f"{intro} {WORDS}"):
        assert given == [who]


@pytest.mark.parametrize(
    "intro",
    [
        "Congressman Tod Vail heard from a harbor pilot at the Corvale dock:",
        "Congressman Tarrant heard from a harbor pilot at the Corvale dock:",
        "Tod Vail heard from residents about the dredging:",
        "Ann Roe of Corvale heard from residents:",
        "Ann Roe of Corvale and Tod Vail of Salem heard from Cal Dunn:",
    ],
)
def test_words_the_subject_heard_from_another_are_nobodys(intro: str) -> None:
    for given in _both(f"{intro} {WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        ("Ann Roe heard from Rep. Cal Dunn:", ["Cal Dunn"]),
        ("Mayor Ann Roe heard from Rep. Cal Dunn at the dock:", ["Cal Dunn"]),
    ],
)
def test_a_titled_name_after_from_speaks(intro: str, who: list[str]) -> None:
    for given in _both(f"{intro} {WORDS}"):
        assert given == [who]


def test_the_subject_who_heard_and_then_said_keeps_the_words() -> None:
    text = f"{HEAD}{LEAD}Tarrant heard from residents and said: {WORDS}"
    assert speakers(release(text, member="wes_tarrant")) == [["Wes Tarrant"]]
    text = f"Rep. Tod Vail shared what he is hearing from residents: {WORDS}"
    assert speakers(bare(text)) == [["Tod Vail"]]
