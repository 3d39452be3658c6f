"""The speaker scorer judges a value only on the text its gold annotates: a news page's
ground truth may leave out paragraphs the parse keeps, whose speakers the gold cannot
list."""

from __future__ import annotations

from press.eval_speakers import GoldDoc, GoldSegment, GoldSpeaker, Source, score_document
from search.model import Document, Quote


def test_a_value_only_outside_the_annotated_text_is_unjudged() -> None:
    text = "“We sail at noon,” said Ida Brandt."
    gold = GoldDoc(
        "wcxb:0000",
        "holdout3",
        "",
        [GoldSpeaker("Ida Brandt", aliases=["Brandt"])],
        [GoldSegment(0, 18, "speech", ["Ida Brandt"])],
        site="example.org",
    )
    doc = Document(headline=None, body=[text, "“I paint what I see,” says Tove Lund."])
    doc.quotes = [
        Quote("We sail at noon,", speakers=["Ida Brandt"], start=1, end=17),
        # A paragraph the page's ground truth leaves out: its speaker is not in the gold.
        Quote("I paint what I see,", speakers=["Tove Lund"], paragraph=1, start=1, end=20),
    ]
    result = score_document(Source(gold, text), doc)
    counts = result.counts
    assert (counts.values, counts.values_one_real, counts.values_unjudged) == (1, 1, 1)
    assert any("Tove Lund" in note and "unjudged" in note for note in result.misses)
