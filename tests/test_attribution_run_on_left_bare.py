"""Uncued words the parse reads as going on with the cue before them (their mention is
that cue's) but leaves with no speaker (`“…,” said the Corvale Sec. “…”`) are that
speaker's going on: never the issuer's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a harbor hearing on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_words_going_on_after_another_speaker_are_not_the_issuers() -> None:
    for cue in ("said the Corvale Sec.", "said the Corvale Sen."):
        for got in both(f"“We will build it,” {cue} “It will take a year.”"):
            assert "Wes Tarrant" not in got[1] and got[1] in ([], got[0]), (cue, got)


def test_the_issuers_own_words_going_on_stay_his() -> None:
    for cue in ("the Congressman said.", "said Tarrant."):
        text = f"“We will build it,” {cue} “It will take a year.”"
        assert speakers(release(LEAD + text, "wes_tarrant")) == [["Wes Tarrant"]] * 2, cue


def test_words_opened_inside_a_sentence_and_closed_nowhere_are_nobodys() -> None:
    # The statement's closing mark is lost; a term the narration quotes after it opens
    # inside a sentence and closes nowhere: not the speaker's words, nor the issuer's.
    text = (
        "“The harbor failed, like many others,” Rep. Ann Roe said, “Everyone I have "
        "talked to wants it fixed. Tarrant and Roe backed the Harbor Access Act, which "
        "would help sailors with an “other than honorable discharge. Last month, the "
        "House passed the bill."
    )
    for got in both(text):
        assert got == [["Ann Roe"], ["Ann Roe"], []], got


def test_words_going_on_in_a_sentence_of_their_own_stay_the_speakers() -> None:
    for went_on in (
        "“Everyone wants it fixed. “We will act now.",
        # a statement's paragraphs run together, one ending with no full stop
        "“Everyone wants it fixed, “At the pier the crews wait.",
        "“Everyone wants it fixed “At the pier the crews wait.",
    ):
        text = f"“The harbor failed,” Rep. Ann Roe said, {went_on}"
        for got in both(text):
            assert got == [["Ann Roe"]] * 3, (went_on, got)
