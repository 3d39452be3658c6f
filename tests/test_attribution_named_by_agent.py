"""Words a person is called in the passive, their agent named after them with `by`
(`Roe was dubbed “the toughest harbor master in the state” by the Corvale Gazette`): the
agent's words, never those of the one they name; nobody's when the parse cannot give
the agent."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE – Rep. Wes Tarrant today received an award from the Harbor League. "
AFTER = " Her work led to new laws."


def _both(sentence: str) -> list[list[list[str]]]:
    text = f"{LEAD}Harbor master Ann Roe also spoke. {sentence}{AFTER}"
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


def test_words_a_person_is_called_by_an_agent_are_not_that_persons() -> None:
    for sentence in (
        "Roe, who served from 2006 through 2014, was dubbed “the toughest harbor master in "
        "the state” by the Corvale Gazette.",
        "Roe was described as “the toughest harbor master in the state” by Mayor Tod Vail.",
        "Roe has been called “the best friend the harbor ever had” by the Harbor League.",
    ):
        for got in _both(sentence):
            assert got in ([[]], []), (sentence, got)


def test_words_the_subject_calls_somebody_stay_the_subjects() -> None:
    for got in _both("Roe called Tod Vail “the toughest harbor master in the state.”"):
        assert got == [["Ann Roe"]], got
