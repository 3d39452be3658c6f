"""A document's page: the article with every located quote marked and linked."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, render_template

from search.model import Document, Quote

from .backend import get_backend

bp = Blueprint("documents", __name__, url_prefix="/documents")

SPEAKER_COLOURS = 6  # speaker-0 … speaker-5 in style.css


@dataclass
class Segment:
    """A run of a paragraph: plain text, or a quote (`quote` and `index` set)."""

    text: str
    quote: Quote | None = None
    index: int = -1
    colour: int = 0


def quote_located(doc: Document, quote: Quote) -> bool:
    """True when the quote's offsets point at its text in the body, so it can be marked."""
    if not 0 <= quote.paragraph < len(doc.body):
        return False
    para = doc.body[quote.paragraph]
    return 0 <= quote.start < quote.end <= len(para) and para[quote.start : quote.end] == quote.text


def mark_quotes(doc: Document) -> tuple[list[list[Segment]], list[Segment]]:
    """The body split into segments with quotes cut out, plus the quotes not located.

    A quote is marked only where its offsets match its text; a quote overlapping one
    already marked, or whose offsets are off, is listed separately instead, so every
    quote still has its `#q<index>` anchor on the page.
    """
    colours = {s.name: i % SPEAKER_COLOURS for i, s in enumerate(doc.speakers)}
    by_paragraph: dict[int, list[tuple[int, Quote]]] = {}
    unlocated: list[Segment] = []
    for i, q in enumerate(doc.quotes):
        if quote_located(doc, q):
            by_paragraph.setdefault(q.paragraph, []).append((i, q))
        else:
            unlocated.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))

    paragraphs: list[list[Segment]] = []
    for p, text in enumerate(doc.body):
        segments: list[Segment] = []
        pos = 0
        for i, q in sorted(by_paragraph.get(p, []), key=lambda iq: (iq[1].start, -iq[1].end)):
            if q.start < pos:  # overlaps the previous quote
                unlocated.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))
                continue
            if q.start > pos:
                segments.append(Segment(text[pos : q.start]))
            segments.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))
            pos = q.end
        if pos < len(text):
            segments.append(Segment(text[pos:]))
        paragraphs.append(segments)
    unlocated.sort(key=lambda s: s.index)
    return paragraphs, unlocated


def safe_link(url: str | None) -> str | None:
    """The URL when it is a web address; anything else (javascript:…) is not linked."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@bp.get("/<doc_id>")
def show(doc_id: str):
    doc = get_backend().get(doc_id)
    if doc is None:
        abort(404, description=f"No document with id ‘{doc_id}’ is in the archive.")
    paragraphs, unlocated = mark_quotes(doc)
    quote_counts: dict[str, int] = {}
    for q in doc.quotes:
        if q.speaker:
            quote_counts[q.speaker] = quote_counts.get(q.speaker, 0) + 1
    return render_template(
        "document.html",
        doc=doc,
        paragraphs=paragraphs,
        unlocated=unlocated,
        quote_counts=quote_counts,
        link=safe_link(doc.url),
    )
