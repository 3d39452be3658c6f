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


# -- he/she with a rival the text does not rule out ---------------------------------


def test_he_with_two_men_named_before_it_is_nobodys() -> None:
    # Only the first-name lexicon would tell the brand from the man: nobody's.
    assert _speakers(
        [
            "Next year the chain plans 90 more stores, said Dale Moritz, head of Paris Crumb.",
            "Moritz credits its focus on bread. Paris Crumb remains “a real bakery,” he said.",
        ]
    ) == [None]


def test_he_with_the_one_man_of_the_paragraph_keeps_its_speaker() -> None:
    assert _speakers(["Ann Holt met Karl Brenner on Monday. “We are done waiting,” he said."]) == [
        "Karl Brenner"
    ]


def test_she_with_a_man_and_a_woman_named_is_the_woman() -> None:
    assert _speakers(["Ann Holt met Karl Brenner on Monday. “We are done waiting,” she said."]) == [
        "Ann Holt"
    ]


def test_a_rival_counts_only_in_the_pronouns_sentence_or_the_one_before() -> None:
    assert _speakers(
        [
            "Tom Vail opened the plant in 1998.",
            "Karl Brenner runs it today. He hired 40 people. “We are done waiting,” he said.",
        ]
    ) == ["Karl Brenner"]


def test_the_subject_just_named_keeps_its_pronoun_past_an_earlier_man() -> None:
    assert _speakers(
        [
            "Tom Vail and Karl Brenner run the plant.",
            "Brenner says the plant will grow. “We are done waiting,” he said.",
        ]
    ) == ["Karl Brenner", "Karl Brenner"]  # the reported words, then the quotation


def test_a_title_of_one_sex_settles_it() -> None:
    # `Ms.` tells which of two people named `she` means when the other's sex is unknown.
    assert _speakers(
        ["Ms. Ann Holt met Sasha Quell on Monday. “We are done waiting,” she said."]
    ) == ["Ann Holt"]


def test_a_pronoun_that_already_meant_the_person_settles_it() -> None:
    # `he` meant Brenner when he was the only man named; the next `he` that goes on
    # with his words is still his, though another man was named between.
    assert _speakers(
        [
            "Karl Brenner runs the plant. “We are done waiting,” he said.",
            "The plant once belonged to Tom Vail. “It is ours now,” he said.",
        ]
    ) == ["Karl Brenner", "Karl Brenner"]


def test_a_name_the_lexicon_is_sure_of_keeps_its_pronoun() -> None:
    assert _speakers(["Ann Vail met Karl Brenner on Monday. “We are done waiting,” he said."]) == [
        "Karl Brenner"
    ]
    # Never the object of a subject who may as well be `he` (nobody, as Tom has not
    # spoken yet).
    assert _speakers(["Tom Vail met Karl Brenner on Monday. “We are done waiting,” he said."]) == [
        None
    ]
