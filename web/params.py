"""Request args → `SearchRequest`, and `SearchResult` → plain dicts.

`parse_search_args` is the only place query-string arguments are read; it clamps sizes
and pages and turns anything unusable into a note rather than an error. `serialize` is
the only place results become data: the HTML page renders its dicts and the JSON API
returns them as they are, so both always agree (facet values are
`{value, count, selected, toggle_url}`, as in Datasette).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, overload
from urllib.parse import urlencode

from flask import url_for
from werkzeug.datastructures import MultiDict

from search.base import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    DocumentHit,
    QuoteHit,
    SearchRequest,
    SearchResult,
)
from search.facets import FACET_LABELS, FACETS, value_key
from search.query import (
    And,
    DateRange,
    Field,
    MatchAll,
    Not,
    describe,
    parse_partial_date,
    parse_query,
)
from search.speakers import attribution_label

from . import api_models as api

PAGE_SIZE = 20
SCOPES = ("documents", "quotes")
SORTS = ("relevance", "newest", "oldest")
MAX_QUERY_CHARS = 500  # keeps the compiled SQL / ES body bounded
MAX_VALUE_CHARS = 200
MAX_FILTER_VALUES = 20
HISTOGRAM_MONTHS = 48  # longer spans are shown by year

Link = Callable[..., str]  # builds a URL from the current search with some args changed


@dataclass
class SearchParams:
    """What the user asked for: the backend request plus what links back to it need."""

    request: SearchRequest
    page: int
    size: int
    notes: list[str] = field(default_factory=list)
    # The accepted arguments, without `page`; every link on the page is built from them.
    state: dict[str, list[str]] = field(default_factory=dict)
    # What the form fields show: what the user typed, even when it was not usable.
    form: dict[str, str] = field(default_factory=dict)

    def url(self, endpoint: str, values: Mapping[str, Any] | None = None, /, **changes: Any) -> str:
        """A link to `endpoint` with the current arguments, some replaced or removed.

        `values` fill the endpoint's own URL variables (a speaker page's name); a change
        of None removes an argument, a list makes it repeat.
        """
        return build_url(endpoint, values or {}, self.state, **changes)


def build_url(
    endpoint: str, values: Mapping[str, Any], state: Mapping[str, list[str]], **changes: Any
) -> str:
    args = {k: list(v) for k, v in state.items()}
    for key, value in changes.items():
        key = key.rstrip("_")  # from_= for the reserved word
        if value is None or value == [] or value == "":
            args.pop(key, None)
        else:
            args[key] = [value] if isinstance(value, str) else list(value)
    query = urlencode([(k, v) for k, values in args.items() for v in values])
    base = url_for(endpoint, **values)
    return f"{base}?{query}" if query else base


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def parse_search_args(
    args: MultiDict[str, str],
    *,
    filters: dict[str, list[str]] | None = None,
    scope: str | None = None,
    sort: str | None = None,
    facets: tuple[str, ...] = FACETS,
    histogram: bool = True,
    timeout_ms: int = 3000,
) -> SearchParams:
    """Turn query-string arguments into a search; keyword arguments fix values a page owns.

    Arguments: q, scope (documents|quotes), sort (relevance|newest|oldest), from/to
    (YYYY, YYYY-MM or YYYY-MM-DD), one repeatable argument per facet (speaker=…&speaker=…),
    page and size (≤ 100), confident (1: only confidently attributed quotes and speakers).
    """
    notes: list[str] = []
    state: dict[str, list[str]] = {}
    form: dict[str, str] = {}

    q = " ".join(args.get("q", "").split())
    if len(q) > MAX_QUERY_CHARS:
        q = q[:MAX_QUERY_CHARS]
        notes.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    form["q"] = q
    if q:
        state["q"] = [q]
    query = parse_query(q)

    # A scope or sort fixed by the page is not an argument, so links do not repeat it.
    if scope is None:
        scope = args.get("scope", "documents")
        if scope not in SCOPES:
            notes.append(f"Unknown scope ‘{scope[:40]}’; searched documents.")
            scope = "documents"
        if scope != "documents":
            state["scope"] = [scope]
    if sort is None:
        sort = args.get("sort", "relevance")
        if sort not in SORTS:
            notes.append(f"Unknown sort order ‘{sort[:40]}’; sorted by relevance.")
            sort = "relevance"
        if sort != "relevance":
            state["sort"] = [sort]

    dates: dict[str, dt.date | None] = {}
    for name, end in (("from", False), ("to", True)):
        raw = args.get(name, "").strip()[:MAX_VALUE_CHARS]
        form[name] = raw
        dates[name] = None
        if not raw:
            continue
        try:
            dates[name] = parse_partial_date(raw, end=end)
        except (ValueError, OverflowError):
            notes.append(
                f"Ignored the ‘{name}’ date ‘{raw}’: use YYYY, YYYY-MM or YYYY-MM-DD"
                " with a real month and day."
            )
            continue
        state[name] = [raw]
    date_from, date_to = dates["from"], dates["to"]
    if date_from and date_to and date_from > date_to:
        notes.append("The ‘from’ date was after the ‘to’ date; searched between the two.")
        date_from = parse_partial_date(state["to"][0])
        date_to = parse_partial_date(state["from"][0], end=True)
        state["from"], state["to"] = state["to"], state["from"]
        form["from"], form["to"] = form["to"], form["from"]

    selected: dict[str, list[str]] = {}
    for name in FACETS:
        values = [" ".join(v.split())[:MAX_VALUE_CHARS] for v in args.getlist(name)]
        values = list(dict.fromkeys(v for v in values if v))
        if len(values) > MAX_FILTER_VALUES:
            notes.append(f"Only the first {MAX_FILTER_VALUES} {name} filters were used.")
            values = values[:MAX_FILTER_VALUES]
        if values:
            selected[name] = values
            state[name] = values
    if filters:  # fixed by the page (a speaker page's speaker), not shown as toggles
        for name, values in filters.items():
            selected[name] = list(dict.fromkeys([*values, *selected.get(name, [])]))

    # Only confident attributions (`confident=1`, the search form's checkbox).
    confident = args.get("confident", "").strip().lower() in ("1", "true", "yes", "on")
    if confident:
        state["confident"] = ["1"]
    form["confident"] = "1" if confident else ""

    size = max(1, min(_int(args.get("size"), PAGE_SIZE), MAX_PAGE_SIZE))
    if size != PAGE_SIZE:
        state["size"] = [str(size)]
    last_page = MAX_OFFSET // size + 1
    page = max(1, min(_int(args.get("page"), 1), last_page))

    request = SearchRequest(
        query=query,
        filters=selected,
        date_from=date_from,
        date_to=date_to,
        scope=scope,  # type: ignore[arg-type]
        sort=sort,  # type: ignore[arg-type]
        offset=(page - 1) * size,
        limit=size,
        facets=facets,
        histogram=histogram,
        timeout_ms=timeout_ms,
        confident=confident,
    )
    return SearchParams(request, page, size, notes, state, form)


# -- in words ----------------------------------------------------------------------------

_FILTER_WORDS = {
    "speaker": "by",
    "source": "from",
    "place": "datelined",
    "agency": "with photos from",
    "language": "in language",
    "year": "published in",
}


def describe_search(request: SearchRequest) -> str:
    """The search in words: “Documents by Oleg Stepanov containing ‘sanctions’ from …”."""
    parts = ["Quotes" if request.scope == "quotes" else "Documents"]
    for name in FACETS:
        values = request.filters.get(name)
        if values:
            parts.append(f"{_FILTER_WORDS[name]} " + " or ".join(values))
    node = request.query.node
    items = () if isinstance(node, MatchAll) else node.items if isinstance(node, And) else (node,)
    texts: list[str] = []
    excluded: list[str] = []
    fields: list[str] = []
    for item in items:
        if isinstance(item, Field | DateRange):
            fields.append(describe(item))
        elif isinstance(item, Not) and not isinstance(item.item, Field | DateRange):
            excluded.append(describe(item.item))
        else:
            (fields if isinstance(item, Not) else texts).append(describe(item))
    if texts:
        parts.append("containing " + " and ".join(texts))
    if excluded:
        parts.append("without " + " or ".join(excluded))
    parts.extend(fields)
    if request.date_from or request.date_to:
        parts.append(describe(DateRange(request.date_from, request.date_to)))
    confident = ", confident attributions only" if request.confident else ""
    if len(parts) == 1:
        return "All " + parts[0].lower() + confident
    return " ".join(parts) + confident


# -- results as plain data -------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


@overload
def hit_dict(hit: QuoteHit) -> api.QuoteHit: ...
@overload
def hit_dict(hit: DocumentHit) -> api.DocumentHit: ...
def hit_dict(hit: DocumentHit | QuoteHit) -> api.DocumentHit | api.QuoteHit:
    """One hit as data. `snippet_html`/`text_html` are escaped HTML with <mark>."""
    if isinstance(hit, QuoteHit):
        return {
            "type": "quote",
            "document_id": hit.document_id,
            "index": hit.index,
            "text_html": hit.text,
            "speaker": hit.speaker,
            "speakers": [
                {"name": n, "url": url_for("speakers.show", name=n)} for n in hit.speakers
            ],
            "method": hit.method,
            "confidence": hit.confidence,
            "uncertain": attribution_label(hit.method, hit.confidence),
            "corrected": list(hit.corrected),
            "kind": hit.kind,
            "headline": hit.headline,
            "title": hit.title,
            "source": hit.source,
            "published": _iso(hit.published),
            "paragraph": hit.paragraph,
            "part": hit.part,
            "score": hit.score,
            "url": url_for("documents.show", doc_id=hit.document_id, _anchor=f"q{hit.index}"),
            "document_url": url_for("documents.show", doc_id=hit.document_id),
            "provenance_url": url_for("documents.quote", doc_id=hit.document_id, index=hit.index),
            "speaker_url": url_for("speakers.show", name=hit.speaker) if hit.speaker else None,
        }
    return {
        "type": "document",
        "id": hit.id,
        "headline": hit.headline,
        "title": hit.title,
        "source": hit.source,
        "place": hit.place,
        "published": _iso(hit.published),
        "snippet_html": hit.snippet,
        "score": hit.score,
        "url": url_for("documents.show", doc_id=hit.id),
    }


def facet_dicts(result: SearchResult, params: SearchParams, link: Link) -> list[api.Facet]:
    """Facets in display order; each value links to the search with it toggled."""
    out: list[api.Facet] = []
    for name in FACETS:
        facet = result.facets.get(name)
        if facet is None:
            continue
        chosen = params.state.get(name, [])
        key = partial(value_key, name)
        displayed = {key(v.value) for v in facet.values}
        values: list[api.FacetValue] = []
        for v in facet.values:
            if v.selected:
                # Unselect the value itself, or else the aliases that selected it
                # ("Stepanov" selects "Oleg Stepanov"): chosen values not shown on their own.
                drop = [c for c in chosen if key(c) == key(v.value)]
                drop = drop or [c for c in chosen if key(c) not in displayed]
                toggled = [c for c in chosen if c not in drop]
            else:
                toggled = [*chosen, v.value]
            values.append(
                {
                    "value": v.value,
                    "count": v.count,
                    "selected": v.selected,
                    "toggle_url": link(**{name: toggled}),
                }
            )
        out.append(
            {
                "name": name,
                "label": FACET_LABELS.get(name, name),
                "timed_out": facet.timed_out,
                "values": values,
            }
        )
    return out


def histogram_dicts(
    result: SearchResult, params: SearchParams, link: Link, max_months: int = HISTOGRAM_MONTHS
) -> api.Histogram:
    """Month buckets (year buckets for spans over `max_months`), each linking to its period."""
    months = result.histogram
    unit: Literal["month", "year"] = "month"
    buckets: list[tuple[str, int]] = list(months)
    if len(months) > max_months:
        unit = "year"
        years: dict[str, int] = {}
        for month, count in months:
            years[month[:4]] = years.get(month[:4], 0) + count
        buckets = sorted(years.items())
    peak = max((n for _, n in buckets), default=0)
    selected = params.state.get("from") == params.state.get("to")
    period = params.state.get("from", [None])[0] if selected else None
    return {
        "unit": unit,
        # The search without dates: the brush script adds `from` and `to` to it.
        "range_url": link(from_=None, to=None, page=None),
        "buckets": [
            {
                "period": p,
                "count": n,
                "percent": round(100 * n / peak) if peak else 0,
                "selected": p == period,
                "url": link(from_=p, to=p, page=None),
            }
            for p, n in buckets
        ],
    }


def pagination(total: int, params: SearchParams, link: Link) -> api.Pagination:
    reachable = min(total, MAX_OFFSET + params.size)
    pages = max(1, -(-reachable // params.size))
    page = params.page

    def to_page(n: int) -> str:
        return link(page=str(n) if n > 1 else None)

    return {
        "page": page,
        "pages": pages,
        "size": params.size,
        "first": params.request.offset + 1 if total else 0,
        "last": min(params.request.offset + params.size, total),
        "prev_url": to_page(page - 1) if page > 1 else None,
        "next_url": to_page(page + 1) if page < pages else None,
        "links": [
            {"page": n, "url": to_page(n), "current": n == page}
            for n in sorted({1, *range(max(1, page - 2), min(pages, page + 2) + 1), pages})
        ],
        "capped": total > reachable,
    }


def serialize(
    result: SearchResult,
    params: SearchParams,
    endpoint: str,
    values: Mapping[str, Any] | None = None,
    *,
    max_months: int = HISTOGRAM_MONTHS,
) -> api.SearchResponse:
    """A search result as the plain dict both the HTML page and the JSON API use.

    `endpoint` (with its URL `values`) is where toggle, histogram and page links point:
    the HTML page or the API.
    """
    link: Link = partial(params.url, endpoint, values)
    notes = [*params.notes, *params.request.query.notes]
    if result.timed_out:
        notes.append("The search ran out of time; narrow it down (a speaker, a date range).")
    request = params.request
    return {
        "query": params.state.get("q", [""])[0],
        "description": describe_search(request),
        "notes": notes,
        "scope": request.scope,
        "sort": request.sort,
        "from": _iso(request.date_from),
        "to": _iso(request.date_to),
        "filters": {k: list(v) for k, v in request.filters.items()},
        "confident": request.confident,
        "total": result.total,
        "timed_out": result.timed_out,
        "took_ms": result.took_ms,
        "pagination": pagination(result.total, params, link),
        "facets": facet_dicts(result, params, link),
        "histogram": histogram_dicts(result, params, link, max_months),
        "hits": [hit_dict(h) for h in result.hits],
        "clear_url": url_for(endpoint, **(values or {})),
    }
