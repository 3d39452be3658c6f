"""Uncued words right after a cue that names a person by an office's short form
(`said Sec. Vail.`, `said Asst. Sec. Tod Vail.`) that the parse cannot name go on with
that person's words: nobody's, never the issuer's. The short form's full stop before a
capitalised word ends no sentence.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a harbor hearing on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_words_after_an_unnamed_office_holder_are_not_the_issuers() -> None:
    for cue in (
        "said Sec. Vail.",
        "Sec. Vail said.",
        "said Asst. Sec. Tod Vail.",
        "said the sec. Tod Vail.",
        "said Pres. Vail.",
    ):
        text = f"“We will build it,” {cue} “It will take a year.”"
        for got in both(text):
            assert got[1] in ([], got[0]) and "Wes Tarrant" not in got[1], cue


def test_a_named_office_holder_keeps_both_quotations() -> None:
    for cue in ("said Sec. Tod Vail.", "said Sen. Vail."):
        text = f"“We will build it,” {cue} “It will take a year.”"
        for got in both(text):
            assert got[0] == got[1] and got[0] in (["Tod Vail"], ["Vail"]), cue


def test_a_sentence_ending_on_a_short_form_lets_the_member_speak_again() -> None:
    # a full stop after the short form with nothing capitalised after it still ends the
    # cue's sentence; a sentence of the member's own after it gives the words back to him
    text = (
        "“We will build it,” said Sec. Vail. Tarrant thanked him for the visit and "
        "toured the pier on Tuesday with the harbor board and the dock workers. "
        "“It will take a year.”"
    )
    assert speakers(release(LEAD + text, "wes_tarrant"))[1] == ["Wes Tarrant"]
