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
EPOCH = "1970-01-01T00:00:00Z"
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
    return atom_response(build_feed(result, params))


def atom_response(feed: ET.Element) -> Response:
    xml = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


def feed_element(title: str, updated: str | None, alternate: str) -> ET.Element:
    """An Atom feed's head: this request's URL as its id and self link, `alternate` (an
    app URL) as the page it mirrors; a feed with nothing dated takes the epoch."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    self_url = external_url(request.full_path.rstrip("?"))
    sub(feed, "id", self_url)
    sub(feed, "title", title)
    sub(feed, "updated", updated or EPOCH)
    sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=external_url(alternate), type="text/html")
    sub(sub(feed, "author"), "name", "Press Archive")
    return feed


def stamp(value: dt.date | dt.datetime | None) -> str | None:
    """RFC 3339, as Atom wants; a plain date is midnight UTC."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat().replace("+00:00", "Z")


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    attrs = {k: _NOT_XML.sub("", v) for k, v in attrs.items()}
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def build_feed(result: SearchResult, params: SearchParams) -> ET.Element:
    """The Atom document: the search as the feed, its newest hits as entries."""
    page_url = params.url("search.index", None, sort="newest", size=None)
    # Undated hits sort last and take the feed's date, so the feed date stays stable.
    updated = max((s for h in result.hits if (s := stamp(h.published))), default=EPOCH)
    feed = feed_element(f"Press Archive: {describe_search(params.request)}", updated, page_url)
    sub(feed, "generator", "Press Archive")
    for hit in result.hits:
        _entry(feed, hit, updated)
    return feed


def _entry(feed: ET.Element, hit: DocumentHit | QuoteHit, fallback: str) -> None:
    entry = sub(feed, "entry")
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
    sub(entry, "id", url)
    sub(entry, "title", title)
    sub(entry, "updated", stamp(hit.published) or fallback)
    if hit.published:
        sub(entry, "published", stamp(hit.published))
    sub(entry, "link", rel="alternate", href=url, type="text/html")
    if hit.source:
        sub(sub(entry, "author"), "name", hit.source)
    sub(entry, "summary", summary, type="text")
