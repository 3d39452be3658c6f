"""A person a verb of saying has named in full as a quotation's speaker is a person,
whatever the lexicon makes of the name, so a later `he`/`she` may mean them; a single
word or a body's name at a cue is no such evidence. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


def test_a_pronoun_after_a_cue_naming_an_unknown_first_name() -> None:
    assert _speakers(
        [
            "“It was my third try at the border,” said Zorvan Ollek, 31, from Ludhiana.",
            "“I paid an agent and was caught within a day,” he said.",
        ]
    ) == ["Zorvan Ollek", "Zorvan Ollek"]


def test_a_name_never_given_a_quotation_still_needs_evidence() -> None:
    # Named only as the object of a sentence, the words may be a place or a body's name.
    assert _speakers(
        [
            "The trucks left Zorvan Ollek at dawn.",
            "“We drove all night,” he said.",
        ]
    ) == [None]


def test_a_one_word_body_given_a_quotation_is_no_person() -> None:
    # `Harbornet claimed`: one word at a cue says nothing of a person, so `she` stays
    # nobody's rather than the firm's.
    assert _speakers(
        [
            "According to Harbor's brand manager, Lysis Marren-Toft, the shop does well.",
            "Harbornet claimed the “biggest share of sales” this year.",
            "“We see that reach matters, but trust matters more,” she said.",
        ]
    )[-1:] == [None]


def test_a_known_man_named_after_the_speaker_takes_he() -> None:
    assert _speakers(
        [
            "“It was my third try,” said Zorvan Ollek, 31.",
            "His uncle, Peter Hale, met him at the gate.",
            "“He looked thin and tired,” he said.",
        ]
    ) == ["Zorvan Ollek", "Peter Hale"]
