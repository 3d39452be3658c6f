"""From one input to documents: detect the format by content, then parse it.

A reader yields documents, or `Failure`s for the parts of the input it could not read,
so one bad record in a large export costs that record only. Record-per-line formats and
compressed inputs are read as streams.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO, cast

from search.model import Document, Origin, document_id

from .containers import ZIP_MAGIC, is_tar, tar_members, zip_members
from .feeds import feed_documents, is_feed
from .options import Failure, Item, Later, ParseOptions, keep_original, parser_options
from .sources import InputError, Source, decode, looks_binary
from .warc import is_warc, warc_documents

__all__ = [
    "FORMATS",
    "Failure",
    "Format",
    "Item",
    "ParseOptions",
    "keep_original",
    "media_type",
    "parser_options",
    "read_documents",
]

Reader = Callable[[Source, ParseOptions], Iterator[Item | Later]]
GZIP_MAGIC = b"\x1f\x8b"
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<meta ")


def sniff(head: bytes) -> str:
    """The format of an input from its first bytes; names are not trusted."""
    if head[:2] == GZIP_MAGIC:
        return "gzip"
    if head[:4] in ZIP_MAGIC:
        return "zip"
    if is_tar(head):
        return "tar"
    if is_warc(head):
        return "warc"
    if looks_binary(head):
        raise InputError("binary file, not text")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"{", b"["):
        return "json"
    lowered = head[:4096].lower()
    if start == b"<" and is_feed(head) and not any(m in lowered for m in HTML_MARKERS[:2]):
        return "feed"
    if start == b"<" and any(marker in lowered for marker in HTML_MARKERS):
        return "html"
    return "text"


def read_documents(source: Source, options: ParseOptions, skip: int = 0) -> Iterator[Item | Later]:
    """Every document in one input, after the first `skip` records (stored earlier).

    An input that cannot be read at all raises InputError.
    """
    head = source.head()
    if not head.strip():
        raise InputError("empty file")
    fmt = sniff(head)
    if fmt == "gzip":
        yield from _read_gzip(source, options, skip)
    elif fmt == "json":
        yield from _read_json(source, options, skip)
    elif options.deferred and fmt in ("text", "html") and not skip:
        # Read here, parsed by whoever runs the `Later` (a worker process).
        data = source.read(options.max_bytes)
        yield Later(_parse_file, (fmt, source.name, data, replace(options, deferred=False)))
    else:
        yield from itertools.islice(READERS[fmt](source, options), skip, None)


def _parse_file(fmt: str, name: str, data: bytes, options: ParseOptions) -> Item:
    """A text or HTML file read ahead (`ParseOptions.deferred`), parsed as
    `read_documents` would have parsed it; a file that is no article is a failure."""
    try:
        item = next(READERS[fmt](Source.from_bytes(name, data), options))
    except InputError as exc:
        return Failure(name, str(exc))
    return item() if isinstance(item, Later) else item


def _origin(source: Source, fmt: str, data: bytes) -> Origin:
    return Origin(path=source.name, format=fmt, sha256=hashlib.sha256(data).hexdigest())


class _Gunzip(gzip.GzipFile):
    """A gzip stream that also closes the file under it (GzipFile leaves it open)."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__(fileobj=raw)
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def _read_gzip(source: Source, options: ParseOptions, skip: int = 0) -> Iterator[Item | Later]:
    inner = Source(source.name, lambda: cast(BinaryIO, _Gunzip(source.open())))
    try:
        yield from read_documents(inner, options, skip)
    except (EOFError, OSError, zlib.error) as exc:
        # Whatever came before the damage was imported; the rest is reported.
        raise InputError(f"truncated or corrupt gzip data: {exc}") from exc


def _read_members(
    members: Iterator[Source | InputError], options: ParseOptions
) -> Iterator[Item | Later]:
    """Each member of an archive through detection; a bad member costs that member only."""
    for member in members:
        if isinstance(member, InputError):
            yield Failure(member.name or "?", str(member))
            continue
        try:
            yield from read_documents(member, options)
        except InputError as exc:
            yield Failure(member.name, str(exc))


def _read_zip(source: Source, options: ParseOptions) -> Iterator[Item | Later]:
    yield from _read_members(zip_members(source, options.max_bytes), options)


def _read_tar(source: Source, options: ParseOptions) -> Iterator[Item | Later]:
    yield from _read_members(tar_members(source, options.max_bytes), options)


def _read_feed(source: Source, options: ParseOptions) -> Iterator[Item]:
    yield from feed_documents(source, options)


def _read_warc(source: Source, options: ParseOptions) -> Iterator[Item]:
    yield from warc_documents(source, options)


def _read_text(source: Source, options: ParseOptions) -> Iterator[Item]:
    from .limits import parse_text_bounded as parse_text

    data = source.read(options.max_bytes)
    doc = parse_text(
        decode(data),
        source=options.source,
        published=options.published,
        origin=_origin(source, "text", data),
    )
    if not doc.body:
        raise InputError("no article text found")
    yield keep_original(doc, data, "text", source.name, options)


def _read_html(source: Source, options: ParseOptions) -> Iterator[Item]:
    from .limits import parse_html_bounded as parse_html

    data = source.read(options.max_bytes)
    doc = parse_html(
        data,
        source=options.source,
        published=options.published,
        origin=_origin(source, "html", data),
    )
    yield keep_original(doc, data, "html", source.name, options)


def _read_json(source: Source, options: ParseOptions, skip: int = 0) -> Iterator[Item | Later]:
    """JSON Lines (streamed; skipped records are not parsed), a JSON array, or one object."""
    first_line = _first_line(source)
    try:
        json.loads(first_line)
        lines_format = True
    except ValueError:
        # A first record longer than the peek: one object too large to read whole is
        # only readable as lines (and each line obeys the size cap).
        big = source.size is None or source.size > options.max_bytes
        lines_format = first_line.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" and big
    if lines_format:
        yield from _json_lines(source, options, skip)
        return
    data = source.read(options.max_bytes)
    try:
        value = json.loads(decode(data))
    except ValueError as exc:
        raise InputError(f"invalid JSON: {exc}") from exc
    records = value if isinstance(value, list) else [value]
    for n, record in itertools.islice(enumerate(records), skip, None):
        name = f"{source.name}[{n}]" if isinstance(value, list) else source.name
        yield _record(record, name, source, options)


def _first_line(source: Source) -> bytes:
    with source.open() as f:
        return f.readline(1 << 20)


def _json_lines(source: Source, options: ParseOptions, skip: int = 0) -> Iterator[Item | Later]:
    inline = replace(options, deferred=False)  # what a `Later` record is parsed with
    with source.open() as f:
        for number, line in enumerate(bounded_lines(f, options.max_bytes), 1):
            if line is not None and not line.strip():
                continue
            if skip:
                skip -= 1
                continue
            name = f"{source.name}:{number}"
            if line is None:
                yield Failure(name, f"record over the {options.max_bytes:,}-byte size cap")
                continue
            if options.deferred:
                yield Later(_parse_line, (line, name, source.name, inline))
                continue
            yield _parse_line(line, name, source.name, options)


def _parse_line(line: bytes, name: str, source_name: str, options: ParseOptions) -> Item:
    """One JSON Lines record (`name`: the input and line number)."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Failure(name, f"invalid JSON: {exc}")
    return _record(record, name, Source(source_name, _no_stream), options)


def _no_stream() -> BinaryIO:
    raise InputError("a record is read from its line only")


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a stream, each read to at most `max_bytes`; None for a longer line,
    whose rest is read past in pieces and never held."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None


def _record(record: Any, name: str, source: Source, options: ParseOptions) -> Item:
    """One JSON record: our own document shape, or any shape through the field mapping."""
    from .records import document_from_record

    if not isinstance(record, dict):
        return Failure(name, "not a JSON object")
    try:
        if options.field_map:
            raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
            doc = document_from_record(
                record,
                options.field_map,
                origin=_origin(source, "json", raw),
                source=options.source,
                published=options.published,
            )
            return keep_original(doc, raw, "record", name, options)
        if "schema" not in record:
            return Failure(
                name,
                "not a press-archive document (no 'schema' field); "
                "import other shapes with --map FIELD=TARGET",
            )
        doc = Document.from_dict(record)
        if not SAFE_ID.fullmatch(doc.id) or ".." in doc.id:
            # An id becomes a path segment of every link to the document: one with a
            # slash, a space or a control character would give broken links.
            doc.id = document_id(doc.url, doc.headline, doc.body)
        return _override(doc, options)
    except InputError as exc:
        return Failure(name, str(exc))
    except (TypeError, ValueError, KeyError) as exc:
        return Failure(name, f"not a press-archive document: {exc}")


def _override(doc: Document, options: ParseOptions) -> Document:
    if not (options.source or options.published):
        return doc
    return replace(
        doc,
        source=options.source or doc.source,
        published=options.published or doc.published,
    )


# -- reading a stored original again (`press reparse`) --------------------------


def _reparse_text(
    data: bytes, options: ParseOptions, extra: dict[str, Any], origin: Origin | None
) -> Document:
    from .limits import parse_text_bounded as parse_text

    return parse_text(
        decode(data), source=options.source, published=options.published, origin=origin
    )


def _reparse_html(
    data: bytes, options: ParseOptions, extra: dict[str, Any], origin: Origin | None
) -> Document:
    from .limits import parse_html_bounded as parse_html

    return parse_html(
        data,
        url=extra.get("url"),
        source=options.source,
        published=options.published,
        origin=origin,
    )


def _reparse_record(
    data: bytes, options: ParseOptions, extra: dict[str, Any], origin: Origin | None
) -> Document:
    from .records import document_from_record

    return document_from_record(
        json.loads(data),
        options.field_map,
        origin=origin,
        source=options.source,
        published=options.published,
    )


def _reparse_feed_entry(
    data: bytes, options: ParseOptions, extra: dict[str, Any], origin: Origin | None
) -> Document:
    from .feeds import entry_document

    return entry_document(json.loads(data), options, origin)


# (original bytes, the options the reader was given, what else it kept, the origin)
Reparser = Callable[[bytes, ParseOptions, dict[str, Any], Origin | None], Document]


@dataclass(frozen=True)
class Format:
    """One format: how an input of it is read, how a stored original of it is read
    again, and the media type its original is served as."""

    reader: Reader | None  # None: a format only an original has (a record, a feed entry)
    reparser: Reparser | None  # None: inputs of it are containers, never kept as originals
    media_type: str


# The one table of formats. `gzip` and `json` are read before it (they stream records).
FORMATS: dict[str, Format] = {
    "zip": Format(_read_zip, None, "application/zip"),
    "tar": Format(_read_tar, None, "application/x-tar"),
    "warc": Format(_read_warc, None, "application/warc"),
    "feed": Format(_read_feed, None, "application/xml"),
    "html": Format(_read_html, _reparse_html, "text/html"),
    "text": Format(_read_text, _reparse_text, "text/plain"),
    "record": Format(None, _reparse_record, "application/json"),
    "feed-entry": Format(None, _reparse_feed_entry, "application/json"),
}
READERS: dict[str, Reader] = {n: f.reader for n, f in FORMATS.items() if f.reader is not None}


def media_type(fmt: str) -> str:
    """The media type an original of this format is served as."""
    known = FORMATS.get(fmt)
    return known.media_type if known else "application/octet-stream"
