"""`press import`: inputs → documents → the archive, streaming, with a full account.

Documents flow one at a time from the readers into `Backend.write`, so memory does not
grow with the corpus. Every input ends in the summary: imported, updated, unchanged,
or failed with its reason. With a `Journal`, what is stored is recorded as results come
back, so an interrupted import, run again, skips what it already stored.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from search.base import Backend, WriteResult
from search.model import Document, document_id, normalised_digest

from .formats import Failure, ParseOptions, read_documents
from .journal import Journal
from .sources import InputError, expand, open_input

CHECKPOINT_EVERY = 1000  # records of one input between journal entries
VERSION_BATCH = 200  # documents whose claimed URLs are looked up at once
VERSION_BATCH_BYTES = 8 << 20
SEEN_URLS = 50_000  # URLs this import wrote, remembered to tell versions apart


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # inputs an earlier, interrupted import had already stored
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
            "skipped_inputs": self.skipped,
            "failed": self.failed,
            "failures": [{"input": f.name, "reason": f.reason} for f in self.failures],
        }


@dataclass
class _Input:
    """One input on its way through: which of its records are stored so far."""

    name: str
    skip: int  # records an earlier run stored
    produced: int = 0  # records read in this run
    stored: int = 0  # leading records of this run known to be stored
    done: dict[int, bool] = field(default_factory=dict)  # outcomes past `stored`
    broken: bool = False  # a record failed: the stored prefix ends there
    finished: bool = False
    checkpointed: int = 0

    def outcome(self, index: int, ok: bool) -> None:
        if self.broken:
            return
        if not ok:
            self.broken = True
            self.done.clear()
            return
        self.done[index] = True
        while self.done.pop(self.stored, False):
            self.stored += 1

    @property
    def complete(self) -> bool:
        return self.finished and not self.broken and self.stored == self.produced


def list_inputs(paths: list[str]) -> tuple[list[str], list[InputError], int]:
    """The files the paths name, the names that match nothing, and their total size."""
    names, errors, total = [], [], 0
    for item in expand(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        names.append(item)
        if item != "-":
            try:
                total += os.path.getsize(item)
            except OSError:
                pass
    return names, errors, total


def iter_documents(
    paths: list[str],
    options: ParseOptions,
    summary: ImportSummary,
    on_input: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, Document]]:
    """(input name, document) for every document in the inputs; failures go to the summary."""
    names, errors, _ = list_inputs(paths)
    summary.failures.extend(Failure(e.name or "?", str(e)) for e in errors)
    for name in names:
        state = _Input(name, 0)
        summary.inputs += 1
        if on_input:
            on_input(name)
        for doc in _read(state, options, summary):
            yield name, doc


def _read(
    state: _Input,
    options: ParseOptions,
    summary: ImportSummary,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """The documents of one input after its skipped records; failures go to the summary."""
    try:
        source = open_input(state.name, on_read)
        for item in read_documents(source, options, skip=state.skip):
            index = state.produced
            state.produced += 1
            if isinstance(item, Failure):
                summary.failures.append(item)
                state.outcome(index, False)
            else:
                yield item
    except InputError as exc:
        summary.failures.append(Failure(state.name, str(exc)))
        state.broken = True
    except Exception as exc:  # a parser bug must cost one input, not the import
        summary.failures.append(
            Failure(state.name, f"could not parse: {type(exc).__name__}: {exc}")
        )
        state.broken = True
    state.finished = True


def import_paths(
    backend: Backend,
    paths: list[str],
    options: ParseOptions | None = None,
    on_input: Callable[[str], None] | None = None,
    journal: Journal | None = None,
    on_stored: Callable[[str], None] | None = None,
    on_read: Callable[[int], None] | None = None,
    on_size: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import everything the paths name into the backend and account for each input.

    `on_input` is called as each input is opened, `on_stored` as each input is fully
    accounted for (its documents stored or failed), `on_read` with the bytes of input
    files as they are read, and `on_size` once with the bytes of all input files.
    """
    options = options or ParseOptions()
    summary = ImportSummary()
    names, errors, total = list_inputs(paths)
    if on_size:
        on_size(total)
    summary.failures.extend(Failure(e.name or "?", str(e)) for e in errors)
    sent: deque[tuple[_Input, int]] = deque()  # documents awaiting their write result
    open_inputs: deque[_Input] = deque()

    def documents() -> Iterator[Document]:
        for name in names:
            summary.inputs += 1
            if on_input:
                on_input(name)
            progress = journal.progress(name) if journal else None
            if progress and progress.complete:
                summary.skipped += 1
                if on_stored:
                    on_stored(name)
                continue
            state = _Input(name, progress.records if progress else 0)
            open_inputs.append(state)
            for doc in _read(state, options, summary, on_read):
                sent.append((state, state.produced - 1))
                yield doc
            _settle(open_inputs, journal, on_stored)

    try:
        for result in backend.write(claimed_urls(backend, documents())):
            state, index = sent.popleft()
            _count(summary, state, result)
            state.outcome(index, result.status != "failed")
            if journal and state.stored - state.checkpointed >= CHECKPOINT_EVERY:
                journal.record(state.name, state.skip + state.stored, False)
                state.checkpointed = state.stored
            _settle(open_inputs, journal, on_stored)
        _settle(open_inputs, journal, on_stored)
    finally:
        if journal:
            journal.flush()
    return summary


def claimed_urls(backend: Backend, documents: Iterator[Document]) -> Iterator[Document]:
    """Documents whose URL names a stored document with other content get an id of their own.

    A page's canonical URL is only its claim: a document stored under that URL is
    updated by the same page (same original bytes, or the same wording parsed again),
    never replaced by different text. That text is kept as another version.
    """
    seen: OrderedDict[str, tuple[str | None, str | None]] = OrderedDict()
    batch: list[Document] = []
    held = 0  # bytes of originals in the batch: memory stays flat with large pages
    for doc in documents:
        if not doc.url and not batch:
            yield doc  # nothing claimed, nothing to wait for
            continue
        batch.append(doc)
        held += len(doc.original.data) if doc.original else 0
        if len(batch) >= VERSION_BATCH or held > VERSION_BATCH_BYTES:
            yield from _claimed_batch(backend, batch, seen)
            batch, held = [], 0
    yield from _claimed_batch(backend, batch, seen)


def _claimed_batch(
    backend: Backend, batch: list[Document], seen: OrderedDict[str, tuple[str | None, str | None]]
) -> Iterator[Document]:
    claimed = [d for d in batch if d.url and d.id == document_id(d.url, d.headline, d.body)]
    lookup = [d.id for d in claimed if d.id not in seen]
    stored = {d.id: _identity(d) for d in backend.get_many(lookup)} if lookup else {}
    for doc in batch:
        if doc.url and doc.id == document_id(doc.url, doc.headline, doc.body):
            mine = _identity(doc)
            earlier = seen.get(doc.id) or stored.get(doc.id)
            if earlier is not None and not _same(earlier, mine):
                basis = f"url:{doc.url.strip()}\nversion:{mine[1] or mine[0]}"
                doc.id = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]
            else:
                seen[doc.id] = mine
                seen.move_to_end(doc.id)
                while len(seen) > SEEN_URLS:
                    seen.popitem(last=False)
        yield doc


def _identity(doc: Document) -> tuple[str | None, str | None]:
    """What makes two documents under one URL the same page: its bytes, or its wording."""
    wording, words = normalised_digest("\n".join([doc.headline or "", *doc.body]))
    return (doc.origin.sha256 if doc.origin else None, wording[:20] if words else None)


def _same(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return (a[0] is not None and a[0] == b[0]) or (a[1] is not None and a[1] == b[1])


def _count(summary: ImportSummary, state: _Input, result: WriteResult) -> None:
    if result.status == "failed":
        summary.failures.append(
            Failure(state.name, f"document {result.id}: {result.error or 'could not be stored'}")
        )
    else:
        setattr(summary, result.status, getattr(summary, result.status) + 1)


def _settle(
    open_inputs: deque[_Input], journal: Journal | None, on_stored: Callable[[str], None] | None
) -> None:
    """Record inputs whose every document has its result, in the order they were read."""
    while (
        open_inputs
        and open_inputs[0].finished
        and (open_inputs[0].broken or open_inputs[0].stored == open_inputs[0].produced)
    ):
        state = open_inputs.popleft()
        if journal:
            journal.record(state.name, state.skip + state.stored, state.complete)
        if on_stored:
            on_stored(state.name)
