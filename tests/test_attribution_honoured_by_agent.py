"""A few quoted words after a verb of honouring in the passive, its agent named with `by`
and the words given with `for` (`Rep. Tarrant will be honored Friday by the Corvale
Harbor League, for “…”`): what the agent says of the one it honours, never that one's
words; nobody's, as the agent is not read here."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "CORVALE – "
AFTER = " The league meets every spring."
WORDS = "“working day and night for every fishing family in Corvale.”"


def test_words_an_agent_honours_somebody_for_are_not_that_persons() -> None:
    for sentence in (
        "Congressman Wes Tarrant (OR-02) will be honored Friday evening, by the Corvale "
        "Harbor League (CHL), for ",
        "Rep. Wes Tarrant was honored by the Corvale Harbor League for ",
        "Harbor master Ann Roe has been recognized by Mayor Tod Vail for ",
        "Tarrant was praised this week by the Corvale Gazette for ",
    ):
        for got in both(f"{LEAD}{sentence}{WORDS}{AFTER}"):
            assert got in ([[]], []), (sentence, got)


def test_words_the_subject_is_honoured_for_saying_are_left_alone() -> None:
    text = f"{LEAD}Rep. Wes Tarrant said, {WORDS}{AFTER}"
    for got in both(text):
        assert got == [["Wes Tarrant"]], got
