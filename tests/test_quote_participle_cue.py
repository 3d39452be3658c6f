"""A second quotation right after `said, suggesting,` or `said, going on to say (that)` has
a cue of its own (the participle), as after `said, adding …`: the speaker goes on, and the
two quotations are two statements, not one cue split in two. Only right after: words
between the participle and the mark may bring another's words, a term or a sign's text.
Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def _direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_suggesting_right_before_the_quotation_is_its_cue() -> None:
    first, second = _direct(
        "“The harbor needs a plan,” Mayor Ann Holt said, suggesting, “Who pays for the new"
        " docks, and when?”"
    )
    assert (first.speakers, first.cue) == (["Ann Holt"], "said")
    assert (second.speakers, second.cue) == (["Ann Holt"], "suggesting")


def test_going_on_to_say_right_before_the_quotation_is_its_cue() -> None:
    for joint in (", “We", ": “We", " that “we"):
        first, second = _direct(
            f"“We met the fishers twice,” Ivo Brandt said, going on to say{joint} will build"
            " the dock this spring.”"
        )
        assert first.speakers == second.speakers == ["Ivo Brandt"]
        assert second.cue is not None and second.cue.startswith("going on to say")


def test_words_between_the_participle_and_the_quotation_keep_the_first_statements_speaker() -> None:
    # Not a cue of its own: the second part goes on with the first one's speaker.
    for paragraph, speaker in (
        (
            "“The harbor needs a plan,” Mayor Ann Holt said, suggesting a few questions,"
            " including, “Who pays for the new docks?”",
            "Ann Holt",
        ),
        (
            "“We met the fishers twice,” Ivo Brandt said, going on to say that the town has"
            " spent “years waiting for a dock that never came.”",
            "Ivo Brandt",
        ),
    ):
        first, second = _direct(paragraph)
        assert first.speakers == second.speakers == [speaker]
        assert second.cue is None


def test_a_name_and_its_own_cue_between_keep_the_quotation_theirs() -> None:
    quotes = extract_quotes(
        [
            "“The pier is sinking,” Mayor Ann Holt said, suggesting the board heed Mayor Tod"
            " Vail, who wrote that “the pilings are rotten.”"
        ]
    )[1]
    [pilings] = [q for q in quotes if q.text.startswith("the pilings")]
    assert pilings.speakers == ["Tod Vail"]


def test_a_term_or_a_signs_text_after_the_participle_is_nobodys() -> None:
    for paragraph, words in (
        (
            "“The dock is unsafe,” Mayor Ann Holt said, suggesting that the “harbor tax” was a"
            " mistake.",
            "harbor tax",
        ),
        (
            "“The dock is unsafe,” Mayor Ann Holt said, going on to say that the sign at the"
            " gate reads “Keep Out.”",
            "Keep Out",
        ),
    ):
        quotes = extract_quotes([paragraph])[1]
        [term] = [q for q in quotes if q.text.startswith(words)]
        assert term.speakers == []


def test_a_short_quotation_right_after_the_participle_gets_no_cue_of_its_own() -> None:
    first, second = _direct(
        "“The dock is unsafe,” Mayor Ann Holt said, suggesting, “harbor tax relief.”"
    )
    assert first.cue == "said"
    assert second.cue is None


def test_one_cue_splitting_a_statement_still_leaves_the_second_part_uncued() -> None:
    first, second = _direct(
        "“The harbor needs a plan,” Mayor Ann Holt said, “and it needs one now.”"
    )
    assert (first.cue, second.cue) == ("said", None)
    assert second.speakers == ["Ann Holt"]
