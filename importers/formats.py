"""From one input's bytes to documents: detect the format by content, then parse it.

A reader yields documents, or `Failure`s for the parts of the input it could not read,
so one bad record in a large export costs that record only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from search.model import Document, Origin

from .sources import InputError, Source, decode


@dataclass(frozen=True)
class ParseOptions:
    """Overrides the user gave on the command line."""

    source: str | None = None
    published: dt.date | dt.datetime | None = None


@dataclass
class Failure:
    name: str  # the input, with the record within it when there is one ("x.jsonl:17")
    reason: str


# (input, its text, the options, sha256 of its bytes) → documents and failures
Reader = Callable[[Source, str, ParseOptions, str], Iterator[Document | Failure]]


def detect(source: Source, text: str) -> str:
    """The format of an input, by its content first and its name second."""
    head = text.lstrip()[:1]
    if head in "{[" and head:
        return "json"
    return "text"


def read_documents(source: Source, options: ParseOptions) -> Iterator[Document | Failure]:
    """Every document in one input; an unreadable input raises InputError."""
    text = decode(source.data)
    fmt = detect(source, text)
    sha = hashlib.sha256(source.data).hexdigest()
    yield from READERS[fmt](source, text, options, sha)


def _read_text(source: Source, text: str, options: ParseOptions, sha: str):
    from .text import parse_text

    doc = parse_text(
        text,
        source=options.source,
        published=options.published,
        origin=Origin(path=source.name, format="text", sha256=sha),
    )
    if not doc.body:
        raise InputError("no article text found")
    yield doc


def _read_json(source: Source, text: str, options: ParseOptions, sha: str):
    """Our own export: a JSON document, a JSON array of them, or JSON Lines."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except ValueError as exc:
            raise InputError(f"invalid JSON: {exc}") from exc
        items = ((f"{source.name}[{i}]", r) for i, r in enumerate(records))
    else:
        items = _json_lines(source.name, text)
    for name, record in items:
        if isinstance(record, Failure):
            yield record
            continue
        try:
            doc = Document.from_dict(record)
        except (TypeError, ValueError, KeyError) as exc:
            yield Failure(name, f"not a press-archive document: {exc}")
            continue
        yield _apply(doc, options)


def _json_lines(name: str, text: str) -> Iterator[tuple[str, object | Failure]]:
    try:
        # A single pretty-printed object spans many lines.
        yield name, json.loads(text)
        return
    except ValueError:
        pass
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield where, json.loads(line)
        except ValueError as exc:
            yield where, Failure(where, f"invalid JSON: {exc}")


def _apply(doc: Document, options: ParseOptions) -> Document:
    changes: dict[str, object] = {}
    if options.source:
        changes["source"] = options.source
    if options.published:
        changes["published"] = options.published
    return replace(doc, **changes) if changes else doc


READERS: dict[str, Reader] = {"text": _read_text, "json": _read_json}
