"""A lower-case word spelt like a state's abbreviation (`we are.`, `for me.`, `log in.`)
ends its sentence, while a capitalised one (`Dover, Del.`) does not. Invented
sentences."""

from __future__ import annotations

import pytest

from importers.sentences import sentence_ends


@pytest.mark.parametrize(
    "text",
    [
        "Nobody told them who we are. Then the mayor left.",
        "The ferry was too late for me. She said so on Friday.",
        "The vendors did not log in. They called the office instead.",
        "It is fine, I guess it is ok. He shrugged.",
        "She waved to say hi. Her aide waved too.",
    ],
)
def test_a_lower_case_word_like_a_states_abbreviation_ends_the_sentence(text: str) -> None:
    assert len(list(sentence_ends(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The mill moved to Dover, Del. Later that year it closed.",
        "Tod Vail of Erie, Pa. Hunt spoke first.",
        "She grew up in Salem, Mass. With her came the band.",
    ],
)
def test_a_capitalised_states_abbreviation_ends_no_sentence(text: str) -> None:
    assert list(sentence_ends(text)) == []
