"""`press reparse`: run the current parsers over every stored original again.

Documents keep their ids (links and citations stay valid) and their origin; what the
parsers now read differently is written back, and the report counts which fields
changed. Documents imported without original bytes (our own JSON export) are left as
they are and counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from search.base import Backend
from search.model import Document, Original, parse_iso_date

from .formats import FORMATS
from .options import Failure, ParseOptions
from .sources import InputError


@dataclass
class ReparseSummary:
    changed: int = 0
    unchanged: int = 0
    no_original: int = 0
    fields: Counter[str] = field(default_factory=Counter)  # field → documents it changed in
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def parse_original(original: Original, previous: Document) -> Document:
    """The document the current parsers read from the original bytes."""
    opts = original.options
    published = parse_iso_date(opts.get("published")) if opts.get("published") else None
    options = ParseOptions(
        source=opts.get("source"), published=published, field_map=opts.get("field_map") or {}
    )
    known = FORMATS.get(original.format)
    if known is None or known.reparser is None:
        raise InputError(f"no parser for originals of format {original.format!r}")
    doc = known.reparser(original.data, options, opts, previous.origin)
    doc.id = previous.id
    doc.original = original
    return doc


def changed_fields(old: Document, new: Document) -> list[str]:
    before, after = old.to_dict(), new.to_dict()
    return [k for k in after if before.get(k) != after.get(k)]


def reparse(backend: Backend, on_document: Callable[[], None] | None = None) -> ReparseSummary:
    """Reparse every document that has its original; write back the ones that changed."""
    summary = ReparseSummary()

    def updates() -> Iterator[Document]:
        for old in backend.iter_documents():
            if on_document:
                on_document()
            original = backend.original(old.id)
            if original is None:
                summary.no_original += 1
                continue
            try:
                new = parse_original(original, old)
            except InputError as exc:
                summary.failures.append(Failure(old.id, str(exc)))
                continue
            except Exception as exc:  # a parser bug costs this document only
                summary.failures.append(Failure(old.id, f"{type(exc).__name__}: {exc}"))
                continue
            fields = changed_fields(old, new)
            if not fields:
                summary.unchanged += 1
                continue
            summary.fields.update(fields)
            yield new

    for result in backend.write(updates()):
        if result.status == "failed":
            summary.failures.append(Failure(result.id, result.error or "could not be stored"))
        elif result.status == "updated":
            summary.changed += 1
        else:
            summary.unchanged += 1
    return summary
