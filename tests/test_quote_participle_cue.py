"""A second quotation after `said, suggesting …` or `said, going on to say …` has a cue of
its own (the participle), as after `said, adding …`: the speaker goes on, and the two
quotations are two statements, not one cue split in two. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def _direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_suggesting_after_the_cue_is_the_second_quotations_cue() -> None:
    first, second = _direct(
        "“The harbor needs a plan,” Mayor Ann Holt said, suggesting a few questions,"
        " including, “Who pays for the new docks?”"
    )
    assert (first.speakers, first.cue) == (["Ann Holt"], "said")
    assert (second.speakers, second.cue) == (["Ann Holt"], "suggesting")


def test_going_on_to_say_after_the_cue_is_the_second_quotations_cue() -> None:
    first, second = _direct(
        "“We met the fishers twice,” Ivo Brandt said, going on to say that the town has"
        " spent “years waiting for a dock that never came.”"
    )
    assert first.speakers == second.speakers == ["Ivo Brandt"]
    assert second.cue is not None and second.cue.startswith("going on to say")


def test_one_cue_splitting_a_statement_still_leaves_the_second_part_uncued() -> None:
    first, second = _direct(
        "“The harbor needs a plan,” Mayor Ann Holt said, “and it needs one now.”"
    )
    assert (first.cue, second.cue) == ("said", None)
    assert second.speakers == ["Ann Holt"]
