"""Saved searches as Atom feeds: `/feed?<search args>` lists the newest 50 matches.

Every search already has a stable URL; its feed is the same arguments under `/feed`.
The XML is built with ElementTree, which escapes whatever an article contains.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, request, url_for

from search.base import DocumentHit, QuoteHit, SearchResult
from search.export import plain
from search.model import listed_title

from .backend import get_backend
from .params import SearchParams, describe_search, parse_search_args
from .security import external_url

bp = Blueprint("feed", __name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
QUOTE_TITLE_CHARS = 120
ET.register_namespace("", ATOM)  # serialise Atom as the default namespace, without prefixes
# Characters XML 1.0 cannot carry at all, escaped or not; article text may hold them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@bp.get("/feed")
def atom():
    args = request.args.copy()
    args.pop("page", None)
    args["size"] = str(FEED_SIZE)
    params = parse_search_args(
        args,
        sort="newest",
        facets=(),
        histogram=False,
        timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"],
    )
    result = get_backend().search(params.request)
    xml = ET.tostring(build_feed(result, params), encoding="unicode", xml_declaration=True)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


def _stamp(value: dt.date | dt.datetime | None) -> str | None:
    """RFC 3339, as Atom wants; a plain date is midnight UTC."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat().replace("+00:00", "Z")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    attrs = {k: _NOT_XML.sub("", v) for k, v in attrs.items()}
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def build_feed(result: SearchResult, params: SearchParams) -> ET.Element:
    """The Atom document: the search as the feed, its newest hits as entries."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    self_url = external_url(request.full_path.rstrip("?"))
    page_url = params.url("search.index", None, sort="newest", size=None)
    _sub(feed, "id", self_url)
    _sub(feed, "title", f"Press Archive: {describe_search(params.request)}")
    # Undated hits sort last and take the feed's date, so the feed date stays stable.
    dates = [stamp for h in result.hits if (stamp := _stamp(h.published))]
    updated = max(dates, default=None) or "1970-01-01T00:00:00Z"
    _sub(feed, "updated", updated)
    _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _sub(
        feed,
        "link",
        rel="alternate",
        href=external_url(page_url),
        type="text/html",
    )
    author = _sub(feed, "author")
    _sub(author, "name", "Press Archive")
    _sub(feed, "generator", "Press Archive")
    for hit in result.hits:
        _entry(feed, hit, updated)
    return feed


def _entry(feed: ET.Element, hit: DocumentHit | QuoteHit, fallback: str) -> None:
    entry = _sub(feed, "entry")
    if isinstance(hit, QuoteHit):
        anchor = f"q{hit.index}"
        url = external_url(url_for("documents.show", doc_id=hit.document_id, _anchor=anchor))
        words = plain(hit.text)
        if len(words) > QUOTE_TITLE_CHARS:
            words = words[:QUOTE_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
        who = " and ".join(hit.speakers) if hit.speakers else hit.speaker or "Unattributed"
        title = f"{who}: “{words}”"
        summary = f"{plain(hit.text)} — in {listed_title(hit.headline, hit.title, hit.source)}"
    else:
        url = external_url(url_for("documents.show", doc_id=hit.id))
        title = listed_title(hit.headline, hit.title, hit.source)
        summary = plain(hit.snippet)
    _sub(entry, "id", url)
    _sub(entry, "title", title)
    _sub(entry, "updated", _stamp(hit.published) or fallback)
    if hit.published:
        _sub(entry, "published", _stamp(hit.published))
    _sub(entry, "link", rel="alternate", href=url, type="text/html")
    if hit.source:
        _sub(_sub(entry, "author"), "name", hit.source)
    _sub(entry, "summary", summary, type="text")
