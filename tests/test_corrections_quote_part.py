"""A quote correction names the part holding its quote (body, headline, subheading) and is
found again only among the quotes of that part: a headline repeating a body quote's words
never takes the body quote's correction. Invented names and words."""

from __future__ import annotations

import datetime as dt

import pytest

from search.corrections import (
    Correction,
    CorrectionError,
    apply_corrections,
    find_quote,
    prepare,
)
from search.model import Document, Quote, Speaker

WORDS = "The lighthouse keeps its lamp lit all winter"
BODY = [
    "KESTRELVIK – Warden Odile Marrach spoke at the pier on Friday.",
    f"“{WORDS},” Marrach said.",
]


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def body_only() -> Document:
    """As parsed before head quotes: the body quote carries a wrong speaker."""
    start, end = _at(BODY[1], WORDS)
    return Document(
        headline="Lamp stays lit",
        source="Kestrelvik Harbour Office",
        published=dt.date(2025, 6, 7),
        language="en",
        body=list(BODY),
        speakers=[Speaker("Odile Marrach"), Speaker("Pell Unwin")],
        quotes=[Quote(WORDS, "Pell Unwin", cue="said", paragraph=1, start=start, end=end)],
    )


def with_headline_quote(doc: Document) -> Document:
    """The same release parsed again: the headline quotes the same words, first."""
    again = body_only()
    again.id = doc.id
    again.headline = f"Marrach: “{WORDS}”"
    start, end = _at(again.headline, WORDS)
    again.quotes.insert(0, Quote(WORDS, None, part="headline", start=start, end=end))
    return again


def speaker_fix(doc: Document, index: int) -> Correction:
    return Correction(
        doc.id, "quote", "speaker", {"name": "Odile Marrach", "role": None}, "ed", quote=index
    )


# -- pure ---------------------------------------------------------------------------


def test_a_body_quote_correction_stays_on_the_body_quote_after_a_headline_quote_appears():
    doc = body_only()
    fix = prepare(speaker_fix(doc, 0), doc)
    assert (fix.quote_part, fix.quote_occurrence) == ("body", 0)
    applied = apply_corrections(with_headline_quote(doc), [fix])
    assert [(q.part, q.speaker, q.corrected) for q in applied.document.quotes] == [
        ("headline", None, []),
        ("body", "Odile Marrach", ["speaker"]),
    ]
    assert applied.orphaned == []


def test_a_headline_quote_correction_counts_only_among_headline_quotes():
    doc = with_headline_quote(body_only())
    fix = prepare(speaker_fix(doc, 0), doc)
    assert (fix.quote_part, fix.quote_occurrence) == ("headline", 0)
    body_fix = prepare(speaker_fix(doc, 1), doc)
    # the body quote is the first body quote of these words, though the second overall
    assert (body_fix.quote_part, body_fix.quote_occurrence) == ("body", 0)
    assert find_quote(doc, fix) == 0 and find_quote(doc, body_fix) == 1


def test_a_correction_whose_part_lost_its_quote_is_orphaned_not_moved():
    doc = with_headline_quote(body_only())
    fix = prepare(speaker_fix(doc, 0), doc)  # the headline quote
    reparsed = body_only()  # a parse without it; the body still quotes the same words
    reparsed.id = doc.id
    applied = apply_corrections(reparsed, [fix])
    assert applied.orphaned == [fix.id]
    assert applied.document.quotes[0].speaker == "Pell Unwin"


def test_the_part_is_kept_in_the_record_and_absent_means_body():
    doc = with_headline_quote(body_only())
    head = prepare(speaker_fix(doc, 0), doc)
    body = prepare(speaker_fix(doc, 1), doc)
    assert (head.to_dict()["quote_part"], body.to_dict()["quote_part"]) == ("headline", "body")
    assert Correction.from_dict(head.to_dict()).quote_part == "headline"
    assert Correction.from_dict(body.to_dict()).quote_part == "body"
    # records made before head quotes have no quote_part: their quotes are body quotes
    old = {k: v for k, v in head.to_dict().items() if k != "quote_part"}
    assert Correction.from_dict(old).quote_part == "body"
    assert find_quote(doc, Correction.from_dict(old)) == 1
    headline = prepare(Correction(doc.id, "document", "headline", "Lamp lit", "ed"), doc)
    assert headline.to_dict()["quote_part"] is None
    assert Correction.from_dict(headline.to_dict()).quote_part is None


@pytest.mark.parametrize("part", ["footer", ["headline"], 3])
def test_an_unknown_quote_part_in_a_record_is_refused_by_name(part):
    doc = body_only()
    record = prepare(speaker_fix(doc, 0), doc).to_dict() | {"quote_part": part}
    with pytest.raises(CorrectionError, match="quote_part"):
        Correction.from_dict(record)


# -- both backends -------------------------------------------------------------------


def test_an_editors_speaker_survives_a_reparse_that_adds_a_headline_quote(archive_factory):
    backend = archive_factory()
    doc = body_only()
    list(backend.write([doc]))
    assert backend.correct(speaker_fix(doc, 0)).status == "applied"
    assert [r.status for r in backend.write([with_headline_quote(doc)])] == ["updated"]
    stored = backend.get(doc.id)
    assert [(q.part, q.speaker, q.corrected) for q in stored.quotes] == [
        ("headline", None, []),
        ("body", "Odile Marrach", ["speaker"]),
    ]
    assert backend.orphaned_corrections() == []


def test_a_headline_correction_survives_and_stays_off_the_body(archive_factory):
    backend = archive_factory()
    doc = with_headline_quote(body_only())
    list(backend.write([doc]))
    fix = Correction(doc.id, "quote", "not_quote", True, "ed", quote=0)
    stored_fix = backend.correct(fix)
    assert stored_fix.quote_part == "headline"
    assert backend.correction(stored_fix.id).quote_part == "headline"
    list(backend.write([with_headline_quote(doc)]))
    stored = backend.get(doc.id)
    assert [(q.part, q.kind, q.corrected) for q in stored.quotes] == [
        ("headline", "title", ["not_quote"]),
        ("body", "direct", []),
    ]
