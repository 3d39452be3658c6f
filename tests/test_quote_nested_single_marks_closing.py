"""Words quoted in single marks inside double ones, opened inside a sentence of an open
quotation and closed with it at once (`“… toward a “‘more harbor-worthy union.’”`): the
closing double mark after the single one ends both, so the statement is one quotation,
not a quotation cut before the inner words and the inner words as another. Every fixture
is invented text."""

from __future__ import annotations

from importers.quotes import find_segments
from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Today the board took a step toward a “‘more harbor-worthy union.’”"


def _both(text: str) -> list[tuple[str, list[str]]]:
    out = []
    for quotes in (release(HEAD + LEAD + text, member="wes_tarrant"), bare(text)):
        out.append([(q.text, q.speakers) for q in quotes if q.kind != "title"])
    return out


def test_the_double_closer_after_the_single_one_closes_the_statement() -> None:
    (seg,) = find_segments(WORDS)
    assert seg.closed and seg.end == len(WORDS) - 1


def test_a_statement_ending_in_nested_words_is_one_quotation() -> None:
    text = f"Rep. Ann Roe issued the following statement after the vote:\n\n{WORDS}"
    spoken = WORDS[1:-1]
    assert _both(text) == [[(spoken, ["Ann Roe"])], [(spoken, [])]]


def test_the_cue_after_the_nested_words_names_the_whole_statements_speaker() -> None:
    text = "“Today the board took a step toward a “‘more harbor-worthy union,’” said Ann Roe."
    quotes = release(HEAD + LEAD + text, member="wes_tarrant")
    assert speakers(quotes) == [["Ann Roe"]]
    assert speakers(bare(text)) == [["Ann Roe"]]


def test_the_paragraphs_after_it_keep_their_own_speakers() -> None:
    text = (
        f"Rep. Ann Roe issued the following statement after the vote:\n\n{WORDS}\n\n"
        "The board meets again in May.\n\n“The bay is open,” said Tod Vail."
    )
    quotes = release(HEAD + LEAD + text, member="wes_tarrant")
    assert speakers(quotes) == [["Ann Roe"], ["Tod Vail"]]


def test_single_marks_opening_after_a_sentences_end_still_open_a_quotation() -> None:
    text = "“We voted today. “‘Harbor first’ is our motto,” said Ann Roe."
    assert [text[s.start : s.end] for s in find_segments(text)] == [
        "We voted today. ",
        "‘Harbor first’ is our motto,",
    ]
