"""With nobody quoted before, an uncued quotation after a sentence saying that a paper or
a board gave a view (`The Corvale Gazette weighed in on this program. “…”`) is the body's
view only when a body could say it: words in the first person singular (`I`, `my`) are
nobody's, neither the body's nor the issuer's; in the plural they stay the body's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_a_bodys_view_in_the_first_person_singular_is_nobodys() -> None:
    for gap in (" ", "\n\n"):
        for body in ("The Corvale Gazette", "The Corvale Harbor Board"):
            sentence = f"{body} weighed in on this program.{gap}"
            for words in ("“I am proud to have written this plan.”", "“My plan works.”"):
                for got in both(sentence + words):
                    assert got == [[]], (sentence, words)


def test_a_bodys_view_in_the_plural_stays_the_bodys() -> None:
    for gap in (" ", "\n\n"):
        for body in ("The Corvale Gazette", "The Corvale Harbor Board"):
            sentence = f"{body} weighed in on this program.{gap}"
            for got in both(sentence + "“We think the plan wastes money.”"):
                assert got == [[body.removeprefix("The ")]], sentence


def test_after_a_speaker_the_reading_is_unchanged() -> None:
    # With a speaker quoted before, `_other_subject` reads the view as it did.
    text = (
        "“We will fight for the program,” said Wes Tarrant. The Corvale Gazette weighed in "
        "on this program. “It wastes money.”"
    )
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Corvale Gazette"]]
