"""A statement label whose owner is a former or late member, a body, or two people
(`Below is former Rep. Tod Vail’s statement:`, `The Corvale Harbor Board’s statement as
prepared:`, `Tod Vail’s and Ann Roe’s remarks as prepared:`): the owner's words, or
nobody's when two own them; never the issuer's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Rep. Tod Vail spoke on the harbor bill on Tuesday.\n\n"
WORDS = "“We need the harbor open.”"


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(release(text, "wes_tarrant")), speakers(bare(text))]


def test_a_former_or_late_members_statement_is_theirs() -> None:
    for label in (
        "Below is former Rep. Tod Vail’s statement as prepared: ",
        "Below is former Rep. Tod Vail’s statement: ",
        "Below is the late Rep. Tod Vail’s statement: ",
        "The late Rep. Tod Vail’s remarks as prepared: ",
        "Former Rep. Tod Vail’s statement as prepared: ",
    ):
        assert _both(LEAD + label + WORDS) == [[["Tod Vail"]]] * 2, label


def test_a_former_title_the_text_does_not_give_names_nobody() -> None:
    text = LEAD.replace("Rep. Tod Vail", "Gov. Tod Vail") + (
        "Below is former Sen. Tod Vail’s statement: " + WORDS
    )
    assert _both(text) == [[[]]] * 2


def test_a_bodys_statement_is_the_bodys() -> None:
    lead = "CORVALE, OH – The Corvale Harbor Board met on Tuesday.\n\n"
    for label in (
        "The Corvale Harbor Board’s statement as prepared: ",
        "Below is the Corvale Harbor Board’s statement: ",
    ):
        assert _both(lead + label + WORDS) == [[["Corvale Harbor Board"]]] * 2, label


def test_two_owners_name_nobody() -> None:
    for label in (
        "Tod Vail’s and Ann Roe’s remarks as prepared: ",
        "Tod Vail’s and Ann Roe’s statement: ",
    ):
        text = LEAD.replace("Rep. Tod Vail", "Rep. Tod Vail and Rep. Ann Roe") + label + WORDS
        assert _both(text) == [[[]]] * 2, label
