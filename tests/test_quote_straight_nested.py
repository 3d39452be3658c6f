"""Straight marks around a few words inside a quotation opened and closed with curly
marks (`“… when they are about to "age out" of care.”`) quote those words within it: they
close neither the quotation nor open a new one, and the words are nobody's quotation of
their own."""

from __future__ import annotations

from importers.quotes import find_segments
from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE – Rep. Wes Tarrant backed the Harbor Housing Act on Monday. "
WORDS = (
    '“The act is long overdue. It lets youth at risk of "aging out" of care apply at 16, '
    'and lets them move up the list when they are about to "age out" of care.”'
)


def test_straight_marks_inside_curly_ones_quote_words_within_the_quotation() -> None:
    text = f"{LEAD}In a letter of support Ann Roe, chair of Harbor Ohio, stated: {WORDS}"
    (seg,) = find_segments(text)
    assert text[seg.start : seg.end].startswith("The act") and seg.end == len(text) - 1
    for quotes in (bare(text), release(text, "wes_tarrant")):
        assert [q.text for q in quotes] == [WORDS[1:-1]]
        assert speakers(quotes) == [["Ann Roe"]]


def test_one_pair_of_straight_marks_inside_is_quoted_within_too() -> None:
    text = f'{LEAD}Ann Roe said: “They are about to "age out" of care, and we must act.”'
    (seg,) = find_segments(text)
    assert text[seg.start : seg.end].endswith("we must act.")


def test_a_straight_mark_glued_to_a_word_or_after_a_sentence_still_pairs_as_before() -> None:
    # a straight closer typed for the curly one: glued to the word before it
    text = '“We will open the pier," Ann Roe said. “It is "ready" now.”'
    spans = [text[s.start : s.end] for s in find_segments(text)]
    assert spans == ["We will open the pier,", 'It is "ready" now.']
    # a straight opener after a sentence's end: the curly quotation lost its closer
    text = 'Ann Roe said: “We will open the pier. "It is ready," Tod Vail said.'
    spans = [text[s.start : s.end] for s in find_segments(text)]
    assert spans == ["We will open the pier. ", "It is ready,"]


def test_many_pairs_inside_one_statement_keep_it_whole() -> None:
    # Each straight opener reads back from itself to the last character that is no space;
    # its growth with the pairs is timed by scripts/bench_quote_scaling.py --shape
    # nested-straight (linear, as a ratio in one run).
    text = "Ann Roe said: “We must " + ' "ab" c' * 20000 + ".”"
    (seg,) = find_segments(text)
    assert (seg.start, seg.end) == (text.index("“") + 1, len(text) - 1)
    # a sentence's end before the straight opener: it opens, as before
    text = 'Ann Roe said: “We must. "ab" c.”'
    assert [text[s.start : s.end] for s in find_segments(text)] == ["We must. "]


def test_straight_pairs_after_a_curly_quotation_that_lost_its_closer_stand_alone() -> None:
    # `“extreme views.` is never closed; the next curly mark after the straight pairs
    # opens another quotation: the pairs are not inside the first, and Tod Vail's words
    # are not Ann Roe's
    text = (
        f"{LEAD}Ann Roe says the rule pushes people into “extreme views. May 2, 2024 The "
        'Corvale Gazette Ann Roe told "Corvale Today" that she was reviewing the rule because '
        '"harbor radio is one way." May 4, 2024 Corvale Radio Senator Tod Vail “I think the '
        "rule ought to come back, and I think it will.” May 6, 2024 Corvale Radio Mayor Ivy "
        "Holt says the rule is fine."
    )
    spans = [text[s.start : s.end] for s in find_segments(text)]
    assert "harbor radio is one way." in spans
    for quotes in (bare(text), release(text, "wes_tarrant")):
        said = {q.text: q.speakers for q in quotes}
        assert said["harbor radio is one way."] == ["Ann Roe"]
        assert "Ann Roe" not in said["I think the rule ought to come back, and I think it will."]
