"""`press import`: inputs → documents → the archive, streaming, with a full account.

Documents flow one at a time from the readers into `Backend.write`, so memory does not
grow with the corpus. Every input ends in the summary: imported, updated, unchanged,
or failed with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from search.base import Backend
from search.model import Document

from .formats import Failure, ParseOptions, read_documents
from .sources import InputError, expand, open_input


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    inputs: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "imported": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "failures": [{"input": f.name, "reason": f.reason} for f in self.failures],
        }


def iter_documents(
    paths: list[str],
    options: ParseOptions,
    summary: ImportSummary,
    on_input: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, Document]]:
    """(input name, document) for every document in the inputs; failures go to the summary."""
    for item in expand(paths):
        if isinstance(item, InputError):
            summary.failures.append(Failure(item.name or "?", str(item)))
            continue
        summary.inputs += 1
        if on_input:
            on_input(item)
        try:
            for doc in read_documents(open_input(item), options):
                if isinstance(doc, Failure):
                    summary.failures.append(doc)
                else:
                    yield item, doc
        except InputError as exc:
            summary.failures.append(Failure(item, str(exc)))
        except Exception as exc:  # a parser bug must cost one input, not the import
            summary.failures.append(Failure(item, f"could not parse: {type(exc).__name__}: {exc}"))


def import_paths(
    backend: Backend,
    paths: list[str],
    options: ParseOptions | None = None,
    on_input: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import everything the paths name into the backend and account for each input."""
    summary = ImportSummary()
    names: dict[str, str] = {}

    def documents() -> Iterable[Document]:
        for name, doc in iter_documents(paths, options or ParseOptions(), summary, on_input):
            names[doc.id] = name
            yield doc

    for result in backend.write(documents()):
        name = names.pop(result.id, result.id)
        if result.status == "failed":
            summary.failures.append(Failure(name, result.error or "could not be stored"))
        else:
            setattr(summary, result.status, getattr(summary, result.status) + 1)
    return summary
