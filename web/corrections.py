"""Corrections as readers see them: the history on a document's page, the archive-wide
list (`/corrections`, by editor and date), its Atom feed and `GET /api/corrections`.

Reading corrections needs no account: a read-only server shows what was corrected, by
whom and why. Making and undoing them is `web.editing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, jsonify, render_template, request, url_for

from search.base import MAX_OFFSET
from search.corrections import Correction, find_quote
from search.model import Document, listed_title
from search.query import parse_partial_date

from .api_models import CorrectionList
from .backend import get_backend
from .feed import EPOCH, atom_response, feed_element, stamp, sub
from .security import external_url

bp = Blueprint("corrections", __name__)
api_bp = Blueprint("api_corrections", __name__, url_prefix="/api")

PAGE_SIZE = 50
FEED_SIZE = 50
MAX_API_LIMIT = 500
# Offsets stay within what every backend pages through (Elasticsearch's result window);
# a date filter reaches older corrections, `press corrections export` all of them.
MAX_PAGE = (MAX_OFFSET - MAX_API_LIMIT) // PAGE_SIZE - 1
HISTORY_SIZE = 200  # corrections listed on one document's page


def shown(value: Any) -> str:
    """A correction's before or after value in words."""
    if value is None:
        return "(none)"
    if value is True:
        return "not a quote"
    if isinstance(value, dict) and "name" in value:
        return str(value["name"]) + (f" ({value['role']})" if value.get("role") else "")
    if isinstance(value, dict):  # what a quote was before it was marked not a quote
        names = " and ".join(value.get("speakers") or []) or "no speaker"
        return f"a {value.get('kind') or 'direct'} quote by {names}"
    if isinstance(value, list):
        return " and ".join(map(str, value)) or "no speaker"
    return str(value)


FIELD_LABELS = {
    "headline": "headline",
    "published": "publication date",
    "place": "dateline place",
    "source": "source",
    "speaker": "speaker of quote {n}",
    "not_quote": "quote {n} marked not a quote",
    "split": "speakers of quote {n} (a joint statement)",
}


def describe(c: Correction) -> str:
    """What the correction did, in words ("speaker of quote 2", "undo: headline")."""
    label = FIELD_LABELS.get(c.field, c.field).format(n=c.quote)
    return ("undo: " if c.undoes else "") + label


@dataclass
class Entry:
    """One correction as the pages show it."""

    correction: Correction
    label: str
    before: str
    after: str
    quote_index: int | None = None  # where the quote is in the document as it now reads
    document_title: str | None = None
    document_url: str | None = None
    undoable: bool = False

    @property
    def anchor(self) -> str:
        return f"correction-{self.correction.id}"


def entry(c: Correction, doc: Document | None = None) -> Entry:
    found = find_quote(doc, c) if doc is not None and c.target == "quote" else None
    return Entry(
        correction=c,
        label=describe(c),
        before=shown(c.before),
        after=shown(c.after),
        quote_index=found,
        document_title=listed_title(doc.headline, doc.title, doc.source) if doc else None,
        document_url=url_for("documents.show", doc_id=c.document_id) if doc else None,
        undoable=not c.undoes and c.status != "undone",
    )


def document_history(doc: Document) -> dict[str, Any]:
    """What the document page needs: its corrections newest first, and for each field
    and quote in effect the latest correction of it (linked from a "corrected" mark)."""
    records = get_backend().corrections(document_id=doc.id, limit=HISTORY_SIZE)
    history = [entry(c, doc) for c in records]
    marks: dict[str, Entry] = {}
    quote_marks: dict[int, Entry] = {}
    for e in history:  # newest first: the first seen of a field is its latest
        c = e.correction
        if c.undoes or c.status != "applied":
            continue
        if c.target == "document" and c.field in doc.corrected:
            marks.setdefault(c.field, e)
        elif e.quote_index is not None and doc.quotes[e.quote_index].corrected:
            quote_marks.setdefault(e.quote_index, e)
    return {"history": history, "field_marks": marks, "quote_marks": quote_marks}


@dataclass
class Filters:
    user: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    document: str | None = None
    orphaned: bool = False  # only corrections whose quote or document is gone
    page: int = 1
    notes: list[str] = field(default_factory=list)

    def args(self, **changes: Any) -> dict[str, Any]:
        values = {
            "user": self.user,
            "from": self.since.isoformat() if self.since else None,
            "to": self.until.isoformat() if self.until else None,
            "document": self.document,
            "orphaned": "1" if self.orphaned else None,
            "page": str(self.page) if self.page > 1 else None,
        }
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v}


def parse_filters(args: Mapping[str, str]) -> Filters:
    """The list's filters from the query string; an unusable value is a note, not an error."""
    f = Filters(user=(args.get("user") or "").strip()[:200] or None)
    f.document = (args.get("document") or "").strip()[:200] or None
    f.orphaned = args.get("orphaned") in ("1", "true", "yes")
    for name, end in (("from", False), ("to", True)):
        value = (args.get(name) or "").strip()
        if not value:
            continue
        try:
            day = parse_partial_date(value, end=end)
        except ValueError:
            f.notes.append(f"‘{value[:40]}’ is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ignored.")
            continue
        if end:
            f.until = day
        else:
            f.since = day
    try:
        f.page = min(max(int(args.get("page") or 1), 1), MAX_PAGE)
    except ValueError:
        f.page = 1
    return f


def _titled(records: list[Correction]) -> list[Entry]:
    ids = list(dict.fromkeys(c.document_id for c in records))
    docs = {d.id: d for d in get_backend().get_many(ids)} if ids else {}
    out = []
    for c in records:
        doc = docs.get(c.document_id)
        e = entry(c, doc)
        if doc is None:
            e.document_title = f"(document {c.document_id} is no longer in the archive)"
        out.append(e)
    return out


def _fetch(f: Filters, size: int, offset: int) -> list[Correction]:
    if f.orphaned:  # few by nature: listed whole by the backend, filtered here
        found = [
            c
            for c in get_backend().orphaned_corrections()
            if (not f.user or c.user == f.user)
            and (not f.document or c.document_id == f.document)
            and (not f.since or c.created.date() >= f.since)
            and (not f.until or c.created.date() <= f.until)
        ]
        found.sort(key=lambda c: (c.created, c.id), reverse=True)
        return found[offset : offset + size]
    return get_backend().corrections(
        document_id=f.document,
        user=f.user,
        since=f.since,
        until=f.until,
        limit=size,
        offset=offset,
    )


@bp.get("/corrections")
def index():
    """The latest corrections archive-wide, filtered by editor and date, paged."""
    f = parse_filters(request.args)
    records = _fetch(f, PAGE_SIZE + 1, (f.page - 1) * PAGE_SIZE)
    more = len(records) > PAGE_SIZE
    entries = _titled(records[:PAGE_SIZE])
    return render_template(
        "corrections.html",
        filters=f,
        entries=entries,
        prev_url=url_for("corrections.index", **f.args(page=f.page - 1 if f.page > 2 else None))
        if f.page > 1
        else None,
        next_url=url_for("corrections.index", **f.args(page=f.page + 1)) if more else None,
        feed_url=url_for("corrections.feed", **f.args(page=None)),
    )


@bp.get("/corrections/feed")
def feed():
    """The newest corrections (same filters as the page) as an Atom feed."""
    f = parse_filters(request.args)
    entries = _titled(_fetch(f, FEED_SIZE, 0))
    who = f" by {f.user}" if f.user else ""
    newest = max((stamp(e.correction.created) or "" for e in entries), default="")
    page = url_for("corrections.index", **f.args(page=None))
    root = feed_element(f"Press Archive: corrections{who}", newest, page)
    for e in entries:
        c = e.correction
        item = sub(root, "entry")
        url = external_url(
            url_for("documents.show", doc_id=c.document_id, _anchor=e.anchor)
            if e.document_url
            else url_for("corrections.index", document=c.document_id)
        )
        sub(item, "id", f"urn:press-archive:correction:{c.id}")
        sub(item, "title", f"{c.user}: {e.label} in {e.document_title}")
        created = stamp(c.created) or EPOCH
        sub(item, "updated", created)
        sub(item, "published", created)
        sub(item, "link", rel="alternate", href=url, type="text/html")
        sub(sub(item, "author"), "name", c.user)
        summary = f"{e.before} → {e.after}"
        if c.reason:
            summary += f". Reason: {c.reason}"
        if c.status != "applied":
            summary += f" ({c.status})"
        sub(item, "summary", summary, type="text")
    return atom_response(root)


@api_bp.get("/corrections")
def api_list():
    """Corrections newest first, as correction records (`press corrections export`)."""
    f = parse_filters(request.args)
    try:
        limit = min(max(int(request.args.get("limit") or 100), 1), MAX_API_LIMIT)
        offset = min(max(int(request.args.get("offset") or 0), 0), MAX_OFFSET - MAX_API_LIMIT)
    except ValueError:
        limit, offset = 100, 0
    records = _fetch(f, limit, offset)
    answer: CorrectionList = {
        "corrections": records,
        "limit": limit,
        "offset": offset,
        "notes": f.notes,
    }
    # Each record as `press corrections export` writes it (the marker and version first).
    return jsonify({**answer, "corrections": [c.to_dict() for c in records]})
