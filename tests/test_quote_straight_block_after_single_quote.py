"""A statement in straight marks run into one paragraph, each block opened and none closed
(`"First. "Second."`), where a block ends with words it quotes in single marks (`… as the
board pledged, 'We will keep faith.' "We face …`): the straight mark after the single
closing mark opens the next block, as it does after a full stop. Before, it closed the
block and the next one was lost."""

from __future__ import annotations

import pytest

from importers.quotes import find_segments
from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "CORVALE, OR – The harbor board today picked Rep. Wes Tarrant to chair it. "
STATEMENT = (
    'Tarrant made the following statement. "I look forward to working with the whole '
    'board as we fix the harbor. "As the board pledged, {inner} "We face many tasks, but '
    "the first is to dredge the channel. Soon I will name Rep. Tod Vail to lead the dock "
    'panel. "The board will also adopt new rules. We will not let them down." A copy of '
    "the rules is attached."
)
BLOCK = "We face many tasks, but the first is to dredge the channel."


@pytest.mark.parametrize(
    "inner",
    [
        "'We will keep faith with the town.'",
        "'Will we keep faith with the town?'",
        "'We will keep faith with the town!'",
        "’We will keep faith with the town.’",
    ],
)
def test_the_block_after_a_single_closing_mark_is_read(inner: str) -> None:
    text = LEAD + STATEMENT.format(inner=inner)
    spans = [text[s.start : s.end] for s in find_segments(text)]
    assert any(span.startswith(BLOCK) for span in spans), spans
    for quotes in (bare(HEAD + text), release(HEAD + text, "wes_tarrant")):
        said = {q.text.split(" Soon")[0]: q.speakers for q in quotes}
        assert said[BLOCK] == ["Wes Tarrant"], said


def test_a_single_closing_mark_then_a_closing_straight_mark_still_closes() -> None:
    for words in (
        "\"He told me, 'Go home.' \" Roe said. She left.",
        "\"He told me, 'Go home.'\" Roe said. She left.",
        "\"He told me, 'Go home.' \"",
    ):
        spans = [words[s.start : s.end] for s in find_segments(words)]
        assert spans[0].startswith("He told me, 'Go home.'"), words
        assert len(spans) == 1, (words, spans)


UNCUED = (
    'CORVALE, OR – "At times like this, words fall short of the loss the Vail family has '
    'suffered. "People of good will must stand together to end these deaths. We must say '
    '{inner} "I want the Vail family to know that my staff and I stand ready to help. "As '
    'surely as the tide comes in, I pray for the Vail family and for our whole town." ###'
)


@pytest.mark.parametrize("inner", ["'enough is enough.'", "‘enough is enough!’"])
def test_the_issuers_uncued_statement_goes_on_after_a_single_closing_mark(inner: str) -> None:
    # The issuer's statement with no cue: the block after the single closing mark and the
    # blocks after it stay the issuer's, as the blocks before it are.
    quotes = release(HEAD + UNCUED.format(inner=inner), "wes_tarrant")
    assert speakers(quotes) == [["Wes Tarrant"]] * 4, [(q.speakers, q.text[:20]) for q in quotes]
    assert speakers(bare(HEAD + UNCUED.format(inner=inner))) == [[]] * 4


GLUED = (
    'CORVALE, OR – Tarrant made the following statement: "The board has a plan. As I said '
    "in May, 'We will keep faith with the town.' \"We face many tasks, but the first is to "
    'dredge the channel."I will ask Rep. Tod Vail to lead the dock panel. The panel meets '
    'in June."# # #'
)


def test_a_text_gluing_its_openers_keeps_its_blocks() -> None:
    # `… channel."I will ask …`: the text types its blocks' openers glued to the stop
    # before them, so the mark after the single closing mark is read as a closer and the
    # block after the glued mark stays whole and the issuer's (it was lost, and the mark
    # glued to the closing `# # #` opened a quotation of its own).
    quotes = release(HEAD + GLUED, "wes_tarrant")
    said = {q.text.split(".")[0]: q.speakers for q in quotes if q.kind == "direct"}
    assert said["I will ask Rep"] == ["Wes Tarrant"], said


PASSAGE = (
    'CORVALE, OR – "The harbor act is a good bill. "Let me quote the harbor union, '
    "'the act is not the bill we would have written. Still, it fixes the channel.' "
    '"Additionally, the act funds dredging and protects the dock workers. "Again, that is '
    'from the union. "I urge my colleagues to pass it."'
)


def test_a_block_adding_to_a_quoted_passage_is_not_run_on_as_the_issuers() -> None:
    # The block before ends on a passage of several sentences quoted in single marks and
    # the next block adds to it (`Additionally, …`): it may go on with the passage (the
    # union's words), so it is not read as the issuer's statement going on; the blocks
    # before it are.
    quotes = release(HEAD + PASSAGE, "wes_tarrant")
    said = {q.text.split(",")[0]: q.speakers for q in quotes if q.kind == "direct"}
    assert said["Additionally"] == [], said
    assert said["The harbor act is a good bill."] == ["Wes Tarrant"], said
    assert said["Let me quote the harbor union"] == ["Wes Tarrant"], said


def test_a_block_of_its_own_after_a_quoted_passage_is_the_issuers() -> None:
    text = PASSAGE.replace('"Additionally, the act funds', '"The act also funds')
    quotes = release(HEAD + text, "wes_tarrant")
    said = {q.text.split(" funds")[0]: q.speakers for q in quotes if q.kind == "direct"}
    assert said["The act also"] == ["Wes Tarrant"], said
