"""Readers of a quote's paragraph that know only the body leave head quotes alone: their
paragraph numbers the headline or a subheadline, not a body paragraph. Invented text."""

from __future__ import annotations

from importers.speakers import attribute_to_issuer
from press.eval_quotes import group_statements
from search.model import Document, Quote

HEADLINE = "“Our orchards need rain before the harvest”"
BODY = [
    "“Our orchards need rain before the harvest,” Representative Nell Tamsin said on Monday.",
    "The county asked for help in May.",
]


def _doc() -> Document:
    words = "Our orchards need rain before the harvest"
    at = BODY[0].index(words)
    return Document(
        headline=HEADLINE,
        body=list(BODY),
        quotes=[
            Quote(words, part="headline", start=1, end=1 + len(words)),
            Quote(words, cue="said", paragraph=0, start=at, end=at + len(words)),
        ],
    )


def test_the_issuer_rules_read_body_quotes_only():
    doc = _doc()
    attribute_to_issuer(doc, "Nell Tamsin", lambda paragraph, end: False)
    assert doc.quotes[0].part == "headline" and doc.quotes[0].speakers == []


def test_a_head_quote_and_a_body_quote_are_two_statements():
    doc = _doc()
    doc.quotes[1].cue = None
    groups = group_statements(doc.quotes, doc.body)
    assert [[q.part for q in group] for group in groups] == [["headline"], ["body"]]
