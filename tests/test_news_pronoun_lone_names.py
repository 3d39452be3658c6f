"""He/she after a surname or first name standing alone as a subject, of a person the
text named in full before: the pronoun means that person, or nobody when the name is
not sure, never an earlier person named in full. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


_TWO_PRODUCERS = "We asked two producers, Kevin Marrow and Bernard Tulloch, for their picks."


def test_a_lone_first_name_opening_a_sentence_is_who_he_is() -> None:
    assert _speakers(
        [
            _TWO_PRODUCERS,
            "Kevin recommends the Vexa 200 as a budget option. He notes that they have "
            "“a flat response and are comfortable to wear.”",
        ]
    ) == ["Kevin Marrow"]


def test_a_possessive_opening_the_pronouns_sentence_blocks() -> None:
    # `Bernard’s go-to option is “…,” he explains`: not Kevin's; nobody's, since what a
    # name owns is a firm's product as often (`Ford’s new truck is “…,” he said`).
    assert _speakers(
        [
            "We asked two producers, Bernard Tulloch and Kevin Marrow, for their picks.",
            "“Buy what you can afford,” Kevin said.",
            "Bernard’s go-to option is “the Harlo 40. They are flat response headphones,” "
            "he explains.",
        ]
    ) == ["Kevin Marrow", None]


def test_a_possessive_owning_a_person_blocks_only() -> None:
    # `Bernard’s lawyer …`: the lawyer may be who `he` is; nobody, not Kevin.
    assert _speakers(
        [
            _TWO_PRODUCERS,
            "“Buy what you can afford,” Kevin said.",
            "Bernard’s lawyer disagrees. “The deal was never signed,” he says.",
        ]
    ) == ["Kevin Marrow", None]


def test_a_lone_name_of_a_full_name_with_a_bare_initial_is_that_persons() -> None:
    # `Kevin and Bernard P Tulloch`: the middle initial without its full stop is the
    # name's (as in `Bernard P. Tulloch`), so the pronoun after `For his part, Bernard
    # believes` is his, never Kevin's; `Kevin` alone beside `Kevin Marrow` may be either.
    assert _speakers(
        [
            "Advice came from Kevin and Bernard P Tulloch, who runs a small studio, and "
            "from Kevin Marrow, a sound engineer.",
            "Kevin recommends the Vexa 200 as a budget option. “It is a safe first buy,” he says.",
            "For his part, Bernard believes the biggest chance is to buy used. “With small "
            "changes, an old camera can be a webcam,” he says.",
        ]
    ) == [None, "Bernard P Tulloch"]


def test_a_surname_two_people_share_is_nobody() -> None:
    assert _speakers(
        [
            "Tom Brandt and Paul Brandt have fished the bay for thirty years. Ivo Sandoval, "
            "who buys their catch, praised them. “They never miss a morning,” Sandoval "
            "said.",
            "Later, Brandt recalled the worst season. “The nets came up empty,” he said.",
        ]
    ) == ["Ivo Sandoval", None]


def test_a_lone_subject_opening_the_sentence_of_a_later_full_name() -> None:
    # `Orvane sees it …, as Charles Dawe might have put it, …`: not Dawe's words.
    assert (
        _speakers(
            [
                "Michael Orvane runs a small lab at Lakeport University. “We listen to the "
                "cells,” Orvane said. Ivo Sandoval, a chemist, agreed.",
                "Orvane sees this tendency as a force of change, pushing the world toward a "
                "state of, as Charles Dawe might have put it, endless forms. “We don't have "
                "the words for it yet,” he says.",
            ]
        )[-1]
        is None
    )


def test_a_lone_word_nobody_was_named_in_full_with_does_not_block() -> None:
    assert _speakers(
        [
            "Ann Reed, who chairs the river trust, opened its new office on Monday.",
            "After the ceremony, Google said it would fund a survey of the river. “We are "
            "grateful for the help,” she said.",
        ]
    ) == ["Ann Reed"]


def test_a_lone_name_that_is_a_place_takes_the_pronoun_from_nobody_else() -> None:
    # `Washington believes …`: the government as often as Denzel Washington; nobody's.
    assert _speakers(
        [
            "We asked Denzel Washington and Kevin Marrow about the treaty.",
            "Kevin Marrow toured the camps. Washington believes the deal is fair. "
            "“The camps are full,” he said.",
        ]
    ) == [None]


def test_a_firms_product_after_a_surname_is_nobodys() -> None:
    assert _speakers(
        [
            "We asked two engineers, Bill Ford and Kevin Marrow, about trucks.",
            "“I drive one every day,” Kevin Marrow said. Ford’s new truck is “slow but "
            "tough,” he said.",
        ]
    ) == ["Kevin Marrow", None]
