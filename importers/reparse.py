"""`press reparse`: run the current parsers over every stored original again.

Documents keep their ids (links and citations stay valid) and their origin; what the
parsers now read differently is written back, and the report counts which fields
changed. Documents imported without original bytes (our own JSON export) are left as
they are and counted.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from search.base import Backend, Prepared
from search.corrections import Correction, apply_corrections
from search.model import Document, Original, parse_iso_date

from .formats import FORMATS
from .options import Failure, ParseOptions
from .parallel import Raised, Settling, run_ordered
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


def reparse_one(
    original: Original,
    old: Document,
    prepare: Callable[[Document], Prepared] | None = None,
    corrections: list[Correction] | None = None,
) -> tuple[str, Any, Document | Prepared | None]:
    """("failed", reason, None), ("unchanged", None, None) or ("changed", the fields that
    changed, the new document), prepared for the archive when `prepare` is given.

    A corrected document (`corrections`: its records) is compared as the archive will
    show it, corrections applied, and always written back: the archive applies them
    again and keeps the new parse beneath them."""
    try:
        new = parse_original(original, old)
    except InputError as exc:
        return "failed", str(exc), None
    except Exception as exc:  # a parser bug costs this document only
        return "failed", f"{type(exc).__name__}: {exc}", None
    shown = apply_corrections(new, corrections).document if corrections else new
    fields = changed_fields(old, shown)
    if not fields and not corrections:
        return "unchanged", None, None
    if prepare is not None:
        try:
            return "changed", fields, prepare(new)
        except Exception:
            pass  # the writer derives it again and reports why it cannot
    return "changed", fields, new


def reparse(
    backend: Backend, on_document: Callable[[], None] | None = None, jobs: int = 1
) -> ReparseSummary:
    """Reparse every document that has its original; write back the ones that changed.

    `jobs` above 1 parses in that many worker processes; the writes are the same.
    """
    summary = ReparseSummary()
    prepare = backend.preparer() if jobs > 1 else None
    settling = Settling()

    def stored() -> Iterator[tuple[Document, Original | None, list[Correction]]]:
        for old in backend.iter_documents():
            if on_document:
                on_document()
            corrected = old.corrected or any(q.corrected for q in old.quotes)
            # Read here, in the one process that talks to the archive.
            records = backend.corrections(document_id=old.id, limit=10_000) if corrected else []
            yield old, backend.original(old.id), records

    def task(
        entry: tuple[Document, Original | None, list[Correction]],
    ) -> Callable[[], Any] | None:
        old, original, records = entry
        if not original:
            return None
        return functools.partial(reparse_one, original, old, prepare, records)

    def updates() -> Iterator[Document | Prepared]:
        for (old, original, _records), result in run_ordered(stored(), task, jobs):
            settling.answered()
            if original is None:
                summary.no_original += 1
                continue
            if isinstance(result, Raised):  # not raised by `reparse_one` itself
                summary.failures.append(Failure(old.id, f"{result.type_name}: {result.message}"))
                continue
            status, detail, new = result
            if status == "failed":
                summary.failures.append(Failure(old.id, detail))
            elif status == "unchanged":
                summary.unchanged += 1
            else:
                summary.fields.update(detail)
                yield new

    with settling:  # the collector is left as it was when the reparse ends or stops
        for result in backend.write(updates()):
            if result.status == "failed":
                summary.failures.append(Failure(result.id, result.error or "could not be stored"))
            elif result.status == "updated":
                summary.changed += 1
            else:
                summary.unchanged += 1
    return summary
