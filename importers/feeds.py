"""RSS and Atom feeds: one document per entry.

The entry's full content is used when the feed carries it; when the entry links to a
page that sits beside the feed as a local file, that page is parsed instead, since it
holds the whole article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
from bs4 import BeautifulSoup

from search.model import Document, Origin

from .options import Failure, ParseOptions, keep_original
from .sources import InputError, Source

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
ENCODING_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def is_feed(head: bytes) -> bool:
    lowered = head[:2048].lower()
    return any(marker in lowered for marker in FEED_MARKERS)


def _published(entry: feedparser.FeedParserDict) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)


def _local_page(link: str | None, source: Source) -> Path | None:
    """The linked page as a file in the feed's folder or below it, if there is one.

    A feed is data from elsewhere: its links may name any file on the machine
    (`../../secret`, `/etc/passwd`, a symbolic link out). Only regular files whose real
    path lies inside the folder the feed was imported from are read.
    """
    if not link or source.path is None:
        return None
    parsed = urlparse(link)
    if parsed.scheme not in ("", "file") or parsed.netloc not in ("", "localhost"):
        return None
    folder = source.path.parent.resolve()
    path = Path(unquote(parsed.path))
    if not path.is_absolute():
        path = folder / path
    try:
        real = path.resolve(strict=True)
        regular = stat.S_ISREG(real.stat().st_mode)
    except (OSError, RuntimeError):
        return None
    if not regular or not real.is_relative_to(folder) or real == source.path.resolve():
        return None
    return real


def _entry_html(entry: feedparser.FeedParserDict) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            value: str = content["value"]
            return value
    summary: str | None = entry.get("summary")
    return summary


def feed_documents(source: Source, options: ParseOptions) -> Iterator[Document | Failure]:
    """A document for each entry with text; a feed that cannot be read raises InputError."""
    from .limits import parse_html_bounded as parse_html

    data = source.read(options.max_bytes)
    feed = feedparser.parse(data)
    problem = feed.get("bozo_exception")
    # An encoding mismatch is recoverable; broken XML means entries cannot be trusted.
    if feed.bozo and not isinstance(problem, ENCODING_PROBLEMS):
        raise InputError(f"malformed feed: {problem}")
    if not feed.entries:
        raise InputError("feed has no entries")
    site = feed.feed.get("title")
    for n, entry in enumerate(feed.entries):
        name = f"{source.name}#{n + 1}"
        page = _local_page(entry.get("link"), source)
        try:
            if page:
                raw = Source.from_path(str(page)).read(options.max_bytes)
                origin = Origin(
                    path=str(page), format="feed", sha256=hashlib.sha256(raw).hexdigest()
                )
                doc = parse_html(
                    raw,
                    url=entry.get("link"),
                    source=options.source or site,
                    published=options.published or _published(entry),
                    origin=origin,
                )
                doc = keep_original(doc, raw, "html", str(page), options, url=entry.get("link"))
            else:
                fields = entry_fields(entry, site)
                raw = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
                origin = Origin(path=name, format="feed", sha256=hashlib.sha256(raw).hexdigest())
                doc = entry_document(fields, options, origin)
                doc = keep_original(doc, raw, "feed-entry", name, options)
        except InputError as exc:
            yield Failure(f"{name} ({page})" if page else name, str(exc))
            continue
        yield doc


def entry_fields(entry: feedparser.FeedParserDict, site: str | None) -> dict[str, str | None]:
    """What a document needs of a feed entry, as plain data (kept as its original)."""
    when = _published(entry)
    return {
        "title": " ".join((entry.get("title") or "").split()) or None,
        "link": entry.get("link"),
        "published": when.isoformat() if when else None,
        "author": entry.get("author"),
        "site": site,
        "html": _entry_html(entry),
    }


def entry_document(
    fields: dict[str, str | None], options: ParseOptions, origin: Origin | None
) -> Document:
    """A feed entry's own content (title, HTML, date) as a document."""
    from .limits import parse_text_bounded as parse_text

    paragraphs = fragment_paragraphs(fields.get("html") or "")
    if not paragraphs:
        raise InputError("feed entry has no text")
    headline = fields.get("title")
    when = fields.get("published")
    published = options.published or (dt.datetime.fromisoformat(when) if when else None)
    doc = parse_text(
        "\n\n".join([headline, *paragraphs]) if headline else "\n\n".join(paragraphs),
        source=options.source or fields.get("site"),
        published=published,
        url=fields.get("link"),
        origin=origin,
    )
    author = fields.get("author")
    if not doc.authors and author:
        doc.authors = [author]
    return doc


BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr")


def fragment_paragraphs(fragment: str) -> list[str]:
    """The text of an HTML fragment, one paragraph per block element."""
    soup = BeautifulSoup(fragment, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for tag in soup.find_all(BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = soup.get_text()
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
