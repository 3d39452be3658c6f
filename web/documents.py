"""A document's page: the article with every located quote marked and linked."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass

from flask import Blueprint, Response, abort, render_template, send_file, url_for

from importers.formats import media_type
from search.base import Backend, Similar
from search.facets import facet_key
from search.model import Document, Quote, listed_title, quote_paragraph_text
from search.speakers import attribution_label, head_repeats, quote_speakers

from . import api_models as api
from .backend import get_backend
from .corrections import document_history
from .provenance import provenance
from .security import download_name, external_url

bp = Blueprint("documents", __name__, url_prefix="/documents")

SPEAKER_COLOURS = 6  # speaker-0 … speaker-5 in style.css
# Provenance is looked up per quote; beyond this many a document page links to it instead.
MAX_PROVENANCE_LOOKUPS = 40


@dataclass
class Segment:
    """A run of a paragraph: plain text, or a quote (`quote` and `index` set)."""

    text: str
    quote: Quote | None = None
    index: int = -1
    colour: int = 0


def quote_located(doc: Document, quote: Quote) -> bool:
    """True when the quote's offsets point at its text in the paragraph holding it (a
    body paragraph, the headline or a subheadline), so it can be marked."""
    para = quote_paragraph_text(doc, quote)
    return (
        para is not None
        and 0 <= quote.start < quote.end <= len(para)
        and para[quote.start : quote.end] == quote.text
    )


@dataclass
class Marked:
    """A document's text cut into segments, each located quote a segment of its own."""

    headline: list[Segment]  # empty when the document has no headline
    subheadings: list[list[Segment]]
    paragraphs: list[list[Segment]]
    unlocated: list[Segment]


def mark_quotes(doc: Document) -> Marked:
    """The headline, subheadlines and body split into segments with quotes cut out, plus
    the quotes not located.

    A quote is marked only where its offsets match its text; a quote overlapping one
    already marked, or whose offsets are off, is listed separately instead, so every
    quote still has its `#q<index>` anchor on the page.
    """
    colours = {s.name: i % SPEAKER_COLOURS for i, s in enumerate(doc.speakers)}
    by_paragraph: dict[tuple[str, int], list[tuple[int, Quote]]] = {}
    unlocated: list[Segment] = []
    for i, q in enumerate(doc.quotes):
        if quote_located(doc, q):
            by_paragraph.setdefault((q.part, q.paragraph), []).append((i, q))
        else:
            unlocated.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))

    def cut(part: str, p: int, text: str) -> list[Segment]:
        segments: list[Segment] = []
        pos = 0
        quotes = by_paragraph.get((part, p), [])
        for i, q in sorted(quotes, key=lambda iq: (iq[1].start, -iq[1].end)):
            if q.start < pos:  # overlaps the previous quote
                unlocated.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))
                continue
            if q.start > pos:
                segments.append(Segment(text[pos : q.start]))
            segments.append(Segment(q.text, q, i, colours.get(q.speaker or "", 0)))
            pos = q.end
        if pos < len(text):
            segments.append(Segment(text[pos:]))
        return segments

    marked = Marked(
        headline=cut("headline", 0, doc.headline) if doc.headline else [],
        subheadings=[cut("subheading", p, text) for p, text in enumerate(doc.subheadings)],
        paragraphs=[cut("body", p, text) for p, text in enumerate(doc.body)],
        unlocated=unlocated,
    )
    unlocated.sort(key=lambda s: s.index)
    return marked


PART_NAMES = {"headline": "the headline", "subheading": "a subheadline", "body": "the text"}


def quote_context(doc: Document, quote: Quote) -> dict[str, str] | None:
    """Where the quote stands (`the headline`, `a subheadline`, `the text`) and the
    paragraph around it, cut at the quote, for the quote page; None when its offsets are
    off."""
    para = quote_paragraph_text(doc, quote)
    if para is None or not quote_located(doc, quote):
        return None
    return {
        "where": PART_NAMES[quote.part],
        "before": para[: quote.start],
        "quote": quote.text,
        "after": para[quote.end :],
    }


def safe_link(url: str | None) -> str | None:
    """The URL when it is a web address; anything else (javascript:…) is not linked."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def citation(doc: Document, permalink: str, accessed: dt.date) -> str:
    """A citation line: headline, source, dateline place, date, URL or permalink, accessed."""
    parts = [f"“{doc.headline}”" if doc.headline else listed_title(None, doc.title, doc.source)]
    parts += [p for p in (doc.source, doc.dateline.facet_place if doc.dateline else None) if p]
    parts.append(doc.published.isoformat()[:10] if doc.published else "undated")
    where = safe_link(doc.url)
    line = ", ".join(parts) + ". "
    line += f"{where} (archived at {permalink})" if where else permalink
    return f"{line}. Accessed {accessed.isoformat()}."


def quote_provenance(backend: Backend, doc: Document) -> dict[int, api.Provenance]:
    """Provenance of the document's quotes by index (the first few body quotes, for long
    documents, and the few in its head: they come first in `doc.quotes` and must not use
    up the body's lookups)."""
    out: dict[int, api.Provenance] = {}
    body = 0
    repeats = head_repeats(doc)  # stored once, by the body quotation they repeat
    for i, quote in enumerate(doc.quotes):
        if quote.part == "body":
            body += 1
            if body > MAX_PROVENANCE_LOOKUPS:
                continue
        if quote.kind == "title":
            continue  # a quoted title is nobody's quote; the archive does not track it
        found = provenance(backend, doc.id, repeats.get(i, i))
        if found is not None:
            out[i] = found
    return out


def versions(doc: Document, similar: list[Similar]) -> dict[str, list[Similar]]:
    """Near and exact duplicates: this source's earlier and later versions, and the other
    sources that published the same story."""
    out: dict[str, list[Similar]] = {"earlier": [], "later": [], "elsewhere": []}
    mine = facet_key(doc.source or "")
    when = str(doc.published or "")
    for other in similar:
        if facet_key(other.source or "") != mine:
            out["elsewhere"].append(other)
        elif other.published is not None and str(other.published) < when:
            out["earlier"].append(other)
        else:
            out["later"].append(other)
    return out


def get_document(doc_id: str) -> Document:
    doc = get_backend().get(doc_id)
    if doc is None:
        abort(404, description=f"No document with id ‘{doc_id}’ is in the archive.")
    return doc


@bp.get("/<doc_id>")
def show(doc_id: str):
    doc = get_document(doc_id)
    marked = mark_quotes(doc)
    quote_counts: dict[str, int] = {}
    repeats = head_repeats(doc)  # a head quotation repeating the body's counts once
    for i, q in enumerate(doc.quotes):
        if i in repeats:
            continue
        for name in quote_speakers(q):  # a joint quote counts for each of its speakers
            quote_counts[name] = quote_counts.get(name, 0) + 1
    # Weak attributions are shown muted, with why in a tooltip.
    uncertain = {
        i: label
        for i, q in enumerate(doc.quotes)
        if (label := attribution_label(q.method, q.confidence, q.mention))
    }
    permalink = external_url(url_for("documents.show", doc_id=doc.id))
    return render_template(
        "document.html",
        doc=doc,
        marked=marked,
        paragraphs=marked.paragraphs,
        unlocated=marked.unlocated,
        quote_counts=quote_counts,
        uncertain=uncertain,
        speakers_of={i: quote_speakers(q) for i, q in enumerate(doc.quotes)},
        link=safe_link(doc.url),
        colours={s.name: i % SPEAKER_COLOURS for i, s in enumerate(doc.speakers)},
        provenance=quote_provenance(get_backend(), doc),
        citation=citation(doc, permalink, dt.date.today()),
        has_original=get_backend().has_original(doc.id),
        versions=versions(doc, get_backend().similar(doc.id)),
        **document_history(doc),
    )


@bp.get("/<doc_id>/quotes/<int:index>")
def quote(doc_id: str, index: int):
    """One quote: who said it, the earliest document carrying it, and who repeated it."""
    doc = get_document(doc_id)
    found = provenance(get_backend(), doc_id, index)
    if found is None:
        if 0 <= index < len(doc.quotes) and doc.quotes[index].kind == "title":
            abort(404, description=f"Quote {index} is a quoted title, not speech.")
        abort(404, description=f"The document has no quote number {index}.")
    quote = doc.quotes[index]
    return render_template(
        "quote.html", doc=doc, quote=quote, data=found, context=quote_context(doc, quote)
    )


@bp.get("/<doc_id>/original")
def original(doc_id: str):
    """The file the document was parsed from, or the document as JSON when the archive
    did not keep it (imported before originals were kept). The `X-Press-Original`
    header and the file name say which one this is."""
    stored = get_backend().original(doc_id)
    if stored is not None:
        filename = download_name(stored.filename, stored.data, f"{doc_id}.original")
        response = _attachment(stored.data, filename, media_type(stored.format))
        response.headers["X-Press-Original"] = "stored"
        return response
    doc = get_document(doc_id)
    payload = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    response = _attachment(payload, f"{doc.id}.document.json", "application/json")
    response.headers["X-Press-Original"] = "not-stored; this is the document as JSON"
    return response


def _attachment(data: bytes, filename: str, mimetype: str) -> Response:
    return send_file(
        io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=filename, max_age=0
    )
