"""Web archives (WARC, gzipped or not): one document per archived HTML page.

Each `response` record with an HTML payload and a 200 status becomes a document with
its target URL; the capture date is kept in the document's origin (it is when the page
was archived, not when it was published).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from search.model import Document, Origin

from .options import Failure, ParseOptions, keep_original
from .sources import InputError, Source

WARC_MARKERS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.", b"filedesc://")  # WARC, or ARC


def is_warc(head: bytes) -> bool:
    return head.startswith(WARC_MARKERS)


def warc_documents(source: Source, options: ParseOptions) -> Iterator[Document | Failure]:
    """Documents from the HTML responses; a damaged archive raises InputError at the damage."""
    from .html import parse_html

    pages = 0
    with source.open() as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in records:
                if not _is_html_page(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{source.name}!{url}"
                data = record.content_stream().read()
                pages += 1
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
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            raise InputError(
                f"damaged or truncated web archive after {pages} pages: {exc}"
            ) from exc
    if pages == 0:
        raise InputError("web archive holds no HTML pages")


def _is_html_page(record) -> bool:
    # ARC files have no record types; warcio reports their pages as "response".
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()
