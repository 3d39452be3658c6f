"""Worker processes for `press import` and `press reparse` (`--jobs`).

Parsing, and what the archive derives from each document before storing it, run in a
pool of worker processes while the caller stays the archive's one writer. Work goes
out in small chunks with a few chunks per worker in flight at most (a bounded window),
so memory stays flat however large the input, and answers come back in the order the
work was given, so the archive is the one a single process writes.

Workers come from a fork server that has imported the parsers and loaded the models
nearly every document needs (`preload.py`) before forking them, so the workers share
those pages instead of holding a copy each. The fork server is started with this
process's module path (`sys.path`), so it imports the same files this process would;
left to itself it would look in its working folder first. A worker ignores Ctrl-C (the
caller stops them); a worker that dies is reported, never waited for.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from search.model import Document

from .sources import InputError

CHUNK = 8  # tasks handed to a worker at once: fewer messages between processes
CHUNKS_PER_WORKER = 4  # chunks in flight per worker: the window
# After how many answers an import moves what its process holds then out of the cyclic
# collector's reach (`Settling`): once the first documents have loaded the models.
SETTLE_AT = CHUNK
PRELOAD = ["importers.preload"]  # the parsers and the models they load

Entry = TypeVar("Entry")
Task = Callable[[], Any]


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class WorkerError(Exception):
    """A worker process ended without answering (killed, or out of memory)."""


@dataclass(frozen=True)
class Raised:
    """An exception a task raised, as the caller reports it (exceptions of any type
    cross the process boundary this way, whatever their constructor)."""

    type_name: str
    message: str
    input_error: bool

    @classmethod
    def of(cls, exc: Exception) -> Raised:
        return cls(type(exc).__name__, str(exc), isinstance(exc, InputError))


def run_tasks(tasks: list[Task]) -> list[Any]:
    """What each task returns, or `Raised`: the same in a worker and in this process."""
    out: list[Any] = []
    for task in tasks:
        try:
            out.append(task())
        except Exception as exc:  # reported where the task's result is used
            out.append(Raised.of(exc))
    return out


def parse_and_prepare(parse: Task, prepare: Callable[[Document], Any] | None) -> Any:
    """A parse; a document it gives is prepared for the archive too, when it can be (a
    document that cannot be is left to the writer, which reports why)."""
    item = parse()
    if prepare is not None and isinstance(item, Document):
        try:
            return prepare(item)
        except Exception:
            return item
    return item


class Settling:
    """A whole import's hold on the cyclic collector, as a `with` block around the loop
    that drains the import: `answered()` once per answer freezes (`settle_loaded`) after
    the first `SETTLE_AT`, and leaving the block, however it is left, unfreezes what the
    import froze. A process with frozen objects of its own (a pre-forking server), frozen
    before the import or while it runs, keeps them: the permanent generation cannot be
    unfrozen in part, so the import then leaves it all frozen (and freezes nothing itself
    when something was frozen before)."""

    def __init__(self) -> None:
        self._answered = 0
        self._frozen: int | None = None  # the freeze count right after the import froze

    def __enter__(self) -> Settling:
        return self

    def answered(self) -> None:
        self._answered += 1
        if self._answered == SETTLE_AT and gc.get_freeze_count() == 0:
            settle_loaded()
            self._frozen = gc.get_freeze_count()

    def __exit__(self, *exc_info: object) -> None:
        # Only a freeze adds to the count (frozen objects freed leave it): more than the
        # import froze means somebody else froze too.
        if self._frozen is not None and gc.get_freeze_count() <= self._frozen:
            gc.unfreeze()
        self._frozen = None


def settle_loaded() -> None:
    """Keep what this process holds now (modules, models, lexicons, the memos and tables
    the first documents filled) out of the cyclic collector's scans: its full
    collections otherwise walk every one of these long-lived objects again, about 3 % of
    a one-process import's CPU (timed with `gc.callbacks`). Not collected first: a full
    collection here would cost what it saves; garbage in reference cycles at this moment
    (a few objects) waits for `gc.unfreeze`, which `Settling` calls at the import's end."""
    gc.freeze()


def run_ordered(
    entries: Iterable[Entry],
    task_of: Callable[[Entry], Task | None],
    jobs: int,
    preload: Callable[[list[Entry]], list[str]] | None = None,
) -> Iterator[tuple[Entry, Any]]:
    """(entry, result) for every entry, in order. An entry's task (a picklable callable,
    or None for an entry with nothing to run) runs in one of `jobs` worker processes;
    its result is what it returned, or `Raised`. The entries are read ahead by at most
    `jobs * CHUNKS_PER_WORKER` chunks of `CHUNK` tasks. `preload` names the modules the
    workers' fork server imports before forking them, given the entries of the first
    chunk (by default `PRELOAD`: the parsers and their models). The cyclic collector is
    left as it was: a whole import settles it with `Settling`."""
    pool: _Pool | None = None
    queued: deque[tuple[list[tuple[Entry, bool]], Future[list[Any]] | list[Any]]] = deque()
    batch: list[tuple[Entry, bool]] = []
    tasks: list[Task] = []
    failed = True
    try:
        for entry in entries:
            if pool is not None:
                pool.check()
            task = task_of(entry)
            if task is None:
                if not queued and not batch:
                    yield entry, None  # nothing before it is waiting
                else:
                    batch.append((entry, False))
                continue
            batch.append((entry, True))
            tasks.append(task)
            if jobs <= 1:
                yield from _answers(batch, run_tasks(tasks))
                batch, tasks = [], []
                continue
            # The pool starts with the first full chunk: fewer tasks than that (a few
            # files) run here, where starting workers would cost more than it saves.
            if len(tasks) >= CHUNK:
                if pool is None:
                    modules = preload([e for e, _ in batch]) if preload else PRELOAD
                    pool = _Pool(jobs, modules)
                queued.append((batch, pool.submit(tasks)))
                batch, tasks = [], []
                yield from _drain(queued, jobs * CHUNKS_PER_WORKER, pool)
        if tasks or batch:
            queued.append((batch, run_tasks(tasks) if pool is None else pool.submit(tasks)))
        yield from _drain(queued, 0, pool)
        failed = False
    finally:
        if pool is not None:
            pool.close(failed)


def _drain(
    queued: deque[tuple[list[tuple[Entry, bool]], Future[list[Any]] | list[Any]]],
    keep: int,
    pool: _Pool | None,
) -> Iterator[tuple[Entry, Any]]:
    """The answers of queued chunks, oldest first, until at most `keep` are queued."""
    while len(queued) > keep:
        batch, answer = queued.popleft()
        if isinstance(answer, Future):
            assert pool is not None  # a chunk is only sent to a pool
            try:
                answer = pool.result(answer)
            except BrokenProcessPool as exc:
                raise WorkerError(
                    "a worker process stopped unexpectedly (killed, or out of memory);"
                    " run the command again to resume"
                ) from exc
        yield from _answers(batch, answer)


def _answers(batch: list[tuple[Entry, bool]], results: list[Any]) -> Iterator[tuple[Entry, Any]]:
    answers = iter(results)
    for entry, has_task in batch:
        yield entry, next(answers) if has_task else None


class _Pool:
    """The workers, and Ctrl-C while they run.

    Ctrl-C is only noted while the pool runs, and raised (`KeyboardInterrupt`) at the
    next point where the pool's state is whole: between answers, or while waiting for
    one. Raised anywhere else it could land inside the executor's own code in this
    process, between a lock's acquire and its release or halfway through a message to
    its manager thread, and leave the import waiting for ever at its exit."""

    WAIT = 0.1  # seconds between looks at Ctrl-C while waiting for an answer

    def __init__(self, jobs: int, preload: list[str]):
        self.interrupted = False
        self._handler: Any = None
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self._handler = signal.signal(signal.SIGINT, self._note_interrupt)
        try:
            context = multiprocessing.get_context("forkserver")
            # Taken by the fork server this process starts first; a later pool shares it.
            context.set_forkserver_preload(preload)
            _start_fork_server()
            self.executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start)
        except BaseException:
            self._restore_handler()
            raise

    def _note_interrupt(self, signum: int, frame: Any) -> None:
        self.interrupted = True

    def _restore_handler(self) -> None:
        if self._handler is not None:
            signal.signal(signal.SIGINT, self._handler)
            self._handler = None

    def check(self) -> None:
        """Raise `KeyboardInterrupt` if Ctrl-C came since the pool started."""
        if self.interrupted:
            raise KeyboardInterrupt

    def submit(self, tasks: list[Task]) -> Future[list[Any]]:
        return self.executor.submit(run_tasks, tasks)

    def result(self, future: Future[list[Any]]) -> list[Any]:
        """The future's answer; `KeyboardInterrupt` if Ctrl-C comes first."""
        while True:
            self.check()
            try:
                return future.result(timeout=self.WAIT)
            except TimeoutError:
                continue

    def close(self, failed: bool) -> None:
        try:
            self._close(failed)
        finally:
            self._restore_handler()

    def _close(self, failed: bool) -> None:
        if not failed:
            self.executor.shutdown(wait=True)
            return
        # Interrupted, or a worker died: stop the workers now rather than let them
        # finish queued work (Python 3.14 has `terminate_workers` for this).
        processes = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.terminate()
        self.executor.shutdown(wait=False, cancel_futures=True)


def _start_fork_server() -> None:
    """Start the fork server (once per process) importing by this process's `sys.path`:
    Python 3.11's fork server imports its preload with its own path, whose first entry
    is its working folder, not this process's."""
    path = os.pathsep.join(os.path.abspath(p) if p else os.getcwd() for p in sys.path)
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ.update(PYTHONPATH=path, PYTHONSAFEPATH="1")
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group: the caller stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker outlives an importing process killed outright (SIGKILL, out of memory):
    # the workers hold their task queue's writing end themselves and would wait on it
    # for ever, and the fork server with them. So a worker ends when its parent does.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)
