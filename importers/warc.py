"""Web archives (WARC, gzipped or not): one document per archived HTML page.

Each `response` record with an HTML payload and a 200 status becomes a document with
its target URL; the capture date is kept in the document's origin (it is when the page
was archived, not when it was published).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from search.model import Document, Origin

from .options import Failure, ParseOptions, keep_original
from .sources import COPY_CHUNK, InputError, Source

WARC_MARKERS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.", b"filedesc://")  # WARC, or ARC


def is_warc(head: bytes) -> bool:
    return head.startswith(WARC_MARKERS)


def warc_documents(source: Source, options: ParseOptions) -> Iterator[Document | Failure]:
    """Documents from the HTML responses; a damaged archive raises InputError at the damage."""
    from .limits import parse_html_bounded as parse_html

    pages = 0
    with source.open() as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in records:
                if not _is_html_page(record):
                    _read_past(record, pages)
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{source.name}!{url}"
                # Bounded before it is read: a small archive can hold a huge page.
                data = record.content_stream().read(options.max_bytes + 1)
                pages += 1
                if len(data) > options.max_bytes:
                    yield Failure(name, f"page over the {options.max_bytes:,}-byte size cap")
                    _read_past(record, pages)
                    continue
                _read_past(record, pages - 1)
                origin = Origin(
                    path=name,
                    format="warc",
                    sha256=hashlib.sha256(data).hexdigest(),
                    captured=record.rec_headers.get_header("WARC-Date"),
                )
                try:
                    doc = parse_html(
                        data,
                        url=url,
                        source=options.source,
                        published=options.published,
                        origin=origin,
                    )
                    yield keep_original(doc, data, "html", url or name, options, url=url)
                except InputError as exc:
                    yield Failure(name, str(exc))
            # A header cut short ends warcio's iteration as if the archive ended there.
            # (A gzipped archive has no known size here: gzip itself reports a cut.)
            if source.size and records.offset < source.size - 4:
                raise InputError(
                    f"damaged or truncated web archive after {pages} pages: the last "
                    f"{source.size - records.offset:,} bytes are no complete record"
                )
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as exc:
            # warcio fails on a record cut inside its header with an AttributeError.
            raise InputError(
                f"damaged or truncated web archive after {pages} pages: {exc}"
            ) from exc
    if pages == 0:
        raise InputError("web archive holds no HTML pages")


def _read_past(record: Any, pages: int) -> None:
    """Read the rest of a record; a record shorter than its header says was cut off.

    warcio ends quietly at the end of the file, wherever that is: only the record's
    own length tells a complete archive from a cut one.
    """
    declared = record.rec_headers.get_header("Content-Length")
    if record.format.startswith("warc") and not (declared or "").strip().isdigit():
        raise InputError(f"damaged web archive after {pages} pages: a record header is cut off")
    stream = record.raw_stream
    while stream.read(COPY_CHUNK):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise InputError(f"truncated web archive after {pages} pages: a record is cut off")


def _is_html_page(record: Any) -> bool:
    # ARC files have no record types; warcio reports their pages as "response".
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()
