"""`press import`: inputs → documents → the archive, streaming, with a full account.

Documents flow one at a time from the readers into `Backend.write`, so memory does not
grow with the corpus. Every input ends in the summary: imported, updated, unchanged,
or failed with its reason. With a `Journal`, what is stored is recorded as results come
back, so an interrupted import, run again, skips what it already stored.

With `jobs` above 1, the readers hand their parsing back (`Later`) and it runs, with
what the backend derives from each document, in worker processes (`parallel.py`); the
answers are taken in reading order, so the summary, the journal and the archive are
those of a one-process import.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from search.base import Backend, Prepared, WriteResult
from search.model import Document, document_id, normalised_digest

from .formats import Failure, ParseOptions, _parse_line, read_documents
from .journal import Journal
from .options import Later
from .parallel import PRELOAD, Raised, Settling, parse_and_prepare, run_ordered
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
    stopped: bool = False  # reading failed: nothing after that point counts
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


@dataclass(frozen=True)
class _End:
    """The end of an input's items, and the error that ended its reading, if one did."""

    error: Raised | None = None


def _items(
    state: _Input, options: ParseOptions, on_read: Callable[[int], None] | None = None
) -> Iterator[tuple[_Input, Any]]:
    """(state, item) for the items of one input after its skipped records, then an `_End`."""
    try:
        source = open_input(state.name, on_read)
        for item in read_documents(source, options, skip=state.skip):
            if state.stopped:  # a parse handed back failed: read no further
                break
            yield state, item
    except Exception as exc:  # a parser bug must cost one input, not the import
        yield state, _End(Raised.of(exc))
        return
    yield state, _End()


def _take(state: _Input, item: Any, result: Any, summary: ImportSummary) -> Any:
    """Account for one item of an input (`result`: what its `Later` gave); the document
    or prepared document to store, if it is one."""
    if state.stopped:
        state.finished = state.finished or isinstance(item, _End)
        return None
    if isinstance(item, _End):
        if item.error is not None:
            _stop(state, item.error, summary)
        state.finished = True
        return None
    value = result if isinstance(item, Later) else item
    if isinstance(value, Raised):
        _stop(state, value, summary)
        return None
    index = state.produced
    state.produced += 1
    if isinstance(value, Failure):
        summary.failures.append(value)
        state.outcome(index, False)
        return None
    return value


def _stop(state: _Input, error: Raised, summary: ImportSummary) -> None:
    reason = (
        error.message
        if error.input_error
        else f"could not parse: {error.type_name}: {error.message}"
    )
    summary.failures.append(Failure(state.name, reason))
    state.broken = state.stopped = True


def _task(prepare: Callable[[Document], Prepared] | None, unit: tuple[_Input, Any]) -> Any:
    item = unit[1]
    return functools.partial(parse_and_prepare, item, prepare) if isinstance(item, Later) else None


def _preload(
    prepare: Callable[[Document], Prepared] | None,
    several: bool,
    units: list[tuple[_Input, Any]],
) -> list[str]:
    """What the workers' fork server loads, judged by the first items read: the parsers
    and their models (seconds of CPU before any worker starts), unless the import reads
    one input and its every item is a record of our own document shape (an export),
    which is read, not parsed; then only the reader and the archive's preparation of a
    document. With `several` inputs the first says nothing of the others, which may need
    parsing: workers that loaded the models each for themselves would hold a copy each."""
    if several or any(isinstance(item, Later) and _parses(item) for _, item in units):
        return PRELOAD
    return [_parse_line.__module__, *([prepare.__module__] if prepare else [])]


def _parses(item: Later) -> bool:
    options = item.args[-1] if item.args else None
    own_shape = isinstance(options, ParseOptions) and not options.field_map
    return not (item.parse is _parse_line and own_shape)


def _read(
    state: _Input,
    options: ParseOptions,
    summary: ImportSummary,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """The documents of one input after its skipped records; failures go to the summary."""
    for _, item in _items(state, options, on_read):
        doc = _take(state, item, item() if isinstance(item, Later) else None, summary)
        if doc is not None:
            yield doc


def import_paths(
    backend: Backend,
    paths: list[str],
    options: ParseOptions | None = None,
    on_input: Callable[[str], None] | None = None,
    journal: Journal | None = None,
    on_stored: Callable[[str], None] | None = None,
    on_read: Callable[[int], None] | None = None,
    on_size: Callable[[int], None] | None = None,
    jobs: int = 1,
) -> ImportSummary:
    """Import everything the paths name into the backend and account for each input.

    `on_input` is called as each input is opened, `on_stored` as each input is fully
    accounted for (its documents stored or failed), `on_read` with the bytes of input
    files as they are read, and `on_size` once with the bytes of all input files.
    `jobs` above 1 parses in that many worker processes.
    """
    options = options or ParseOptions()
    prepare = None
    if jobs > 1:
        options = replace(options, deferred=True)
        prepare = backend.preparer()
    summary = ImportSummary()
    names, errors, total = list_inputs(paths)
    if on_size:
        on_size(total)
    summary.failures.extend(Failure(e.name or "?", str(e)) for e in errors)
    sent: deque[tuple[_Input, int]] = deque()  # documents awaiting their write result
    open_inputs: deque[_Input] = deque()
    settling = Settling()

    def units() -> Iterator[tuple[_Input, Any]]:
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
            yield from _items(state, options, on_read)

    def documents() -> Iterator[Document | Prepared]:
        ordered = run_ordered(
            units(),
            functools.partial(_task, prepare),
            jobs,
            functools.partial(_preload, prepare, len(names) > 1),
        )
        for (state, item), result in ordered:
            settling.answered()
            doc = _take(state, item, result, summary)
            if doc is not None:
                sent.append((state, state.produced - 1))
                yield doc
            if isinstance(item, _End):
                _settle(open_inputs, journal, on_stored)

    # The collector is settled here, not in the generators: it is left as it was when the
    # import ends or stops, whatever still holds them.
    with settling:
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


def claimed_urls(
    backend: Backend, documents: Iterator[Document | Prepared]
) -> Iterator[Document | Prepared]:
    """Documents whose URL names a stored document with other content get an id of their own.

    A page's canonical URL is only its claim: a document stored under that URL is
    updated by the same page (same original bytes, or the same wording parsed again),
    never replaced by different text. That text is kept as another version.
    """
    seen: OrderedDict[str, tuple[str | None, str | None]] = OrderedDict()
    batch: list[Document | Prepared] = []
    held = 0  # bytes of originals in the batch: memory stays flat with large pages
    for item in documents:
        doc = item.document if isinstance(item, Prepared) else item
        if not doc.url and not batch:
            yield item  # nothing claimed, nothing to wait for
            continue
        batch.append(item)
        held += len(doc.original.data) if doc.original else 0
        if len(batch) >= VERSION_BATCH or held > VERSION_BATCH_BYTES:
            yield from _claimed_batch(backend, batch, seen)
            batch, held = [], 0
    yield from _claimed_batch(backend, batch, seen)


def _claimed_batch(
    backend: Backend,
    items: list[Document | Prepared],
    seen: OrderedDict[str, tuple[str | None, str | None]],
) -> Iterator[Document | Prepared]:
    # A prepared document whose id changes here is derived again by the writer.
    batch = [d.document if isinstance(d, Prepared) else d for d in items]
    claimed = [d for d in batch if d.url and d.id == document_id(d.url, d.headline, d.body)]
    lookup = [d.id for d in claimed if d.id not in seen]
    stored = {d.id: _identity(d) for d in backend.get_many(lookup)} if lookup else {}
    for item, doc in zip(items, batch, strict=True):
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
        yield item


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
