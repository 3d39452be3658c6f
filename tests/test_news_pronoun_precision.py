"""A pronoun or a name suffix is given a speaker only when the text leaves no doubt who
is meant: invented news paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1]]


def test_a_surname_subject_between_blocks_an_earlier_man() -> None:
    # The lone surname opening the sentence may be the one `he` means: nobody's quote.
    assert _speakers(
        [
            "Senator Harold Vance spoke first at the hearing on Tuesday.",
            'Okonkwo was the second witness to testify. "We need more time," he said.',
        ]
    ) == [None]


def test_a_surname_subject_after_a_comma_blocks_too() -> None:
    assert _speakers(
        [
            "Gardener Paula Strand grew the flowers for the dinner.",
            'To set the table, Lindqvist says to pick plain linen. "Less is more," she says.',
        ]
    ) == [None]


def test_the_antecedents_own_surname_does_not_block() -> None:
    assert _speakers(
        [
            "Senator Harold Vance spoke first at the hearing.",
            'Vance was angry about the delays. "We need more time," he said.',
        ]
    ) == ["Harold Vance"]


def test_a_common_opening_word_does_not_block() -> None:
    assert _speakers(
        [
            "Senator Harold Vance spoke first at the hearing.",
            'Everyone was tired by then. "We need more time," he said.',
        ]
    ) == ["Harold Vance"]


def test_a_pronoun_with_one_candidate_keeps_its_speaker() -> None:
    assert _speakers(['Karl Brenner chairs the board. "We are done waiting," he said.']) == [
        "Karl Brenner"
    ]


def test_a_suffix_opening_a_sentence_names_nobody() -> None:
    assert _speakers(
        ['Tom Vail and Ann Holt tested the new car. Jr. called it "fast and fun to drive."']
    ) == [None]


def test_a_suffix_after_a_name_is_that_person() -> None:
    assert _speakers(['"We will win this," Emanuel Cleaver, II said.']) == ["Emanuel Cleaver II"]


def test_the_latest_subject_is_the_antecedents_surname() -> None:
    # Another surname opened an earlier sentence, but the pronoun's own sentence opens
    # with the antecedent's: hers.
    assert _speakers(
        [
            "At the forum, Senator Maria Lindqvist criticised Mayor Okafor's budget.",
            "Okafor has answered with a letter. Lindqvist says she welcomes what she calls "
            'a "long overdue debate."',
        ]
    ) == ["Maria Lindqvist"]
