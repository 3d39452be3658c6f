"""Whole result sets as CSV or JSON Lines, streamed: no page cap, flat memory."""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

from .base import Backend, DocumentHit, QuoteHit, SearchRequest
from .speakers import speaker_names

FORMATS = ("jsonl", "csv")
BATCH = 200
DOCUMENT_COLUMNS = (
    "id",
    "published",
    "headline",
    "title",
    "source",
    "place",
    "agency",
    "url",
    "speakers",
    "quotes",
    "corrected",
)
QUOTE_COLUMNS = (
    "document_id",
    "index",
    "published",
    "speaker",
    "speakers",
    "method",
    "confidence",
    "kind",
    "text",
    "headline",
    "title",
    "source",
    "corrected",
    # body, headline or subheading: where in the document the quote stands
    "part",
)
_TAGS = re.compile(r"</?mark>")


def plain(marked_html: str) -> str:
    """Hit text without the highlight marks and HTML escapes."""
    return html.unescape(_TAGS.sub("", marked_html))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: article text starting with `=`, `+`, `-`
    or `@` would otherwise run as a formula (`=HYPERLINK(…)`) when the file is opened."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export(backend: Backend, request: SearchRequest, fmt: str) -> Iterator[str]:
    """The result set as text chunks: JSONL documents/quotes, or CSV with a header row."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")
    rows = (
        _quote_rows(backend, request, jsonl=fmt == "jsonl")
        if request.scope == "quotes"
        else _document_rows(backend, request, full=fmt == "jsonl")
    )
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False, default=str) + "\n"
        return
    columns = QUOTE_COLUMNS if request.scope == "quotes" else DOCUMENT_COLUMNS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: formula_safe(v) for k, v in row.items()})
        if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _document_rows(
    backend: Backend, request: SearchRequest, *, full: bool
) -> Iterator[dict[str, Any]]:
    hits = backend.scan(request)
    while batch := list(itertools.islice(hits, BATCH)):
        ids = [h.id for h in batch if isinstance(h, DocumentHit)]
        for doc in backend.get_many(ids):
            if full:
                yield doc.to_dict()
                continue
            yield {
                "id": doc.id,
                "published": doc.published.isoformat() if doc.published else "",
                "headline": doc.headline or "",
                # A document without a headline: its derived title (issuer, first sentence).
                "title": doc.title or "",
                "source": doc.source or "",
                "place": (doc.dateline.facet_place or "") if doc.dateline else "",
                "agency": "; ".join(sorted({p.agency for p in doc.photos if p.agency})),
                "url": doc.url or "",
                "speakers": "; ".join(speaker_names(doc)),
                "quotes": len(doc.quotes),
                # What an editor corrected: document fields, then quotes by index.
                "corrected": "; ".join(
                    [
                        *doc.corrected,
                        *(
                            f"quote {i} {name}"
                            for i, q in enumerate(doc.quotes)
                            for name in q.corrected
                        ),
                    ]
                ),
            }


def _quote_rows(
    backend: Backend, request: SearchRequest, *, jsonl: bool
) -> Iterator[dict[str, Any]]:
    for hit in backend.scan(request):
        assert isinstance(hit, QuoteHit)
        yield {
            "document_id": hit.document_id,
            "index": hit.index,
            "published": hit.published.isoformat() if hit.published else "",
            "speaker": hit.speaker or "",
            # Every speaker of a joint quote: a list in JSONL, "; "-separated in CSV.
            "speakers": hit.speakers if jsonl else "; ".join(hit.speakers),
            "method": hit.method or "",
            "confidence": hit.confidence if hit.confidence is not None else "",
            "kind": hit.kind,
            "text": plain(hit.text),
            "headline": hit.headline or "",
            "title": hit.title or "",
            "source": hit.source or "",
            # The quote's fields an editor corrected: a list in JSONL, "; "-separated in CSV.
            "corrected": hit.corrected if jsonl else "; ".join(hit.corrected),
            "part": hit.part,
        }
