"""Files opened by several processes at once: the switch to write-ahead logging waits."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from importers.journal import Journal
from search.sqlite import SqliteBackend
from search.wal import use_write_ahead_log


def _hold_the_file(path: Path, seconds: float, started: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    started.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def _new_file(tmp_path: Path) -> Path:
    path = tmp_path / "f.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    return path


def _held(path: Path, seconds: float) -> threading.Thread:
    started = threading.Event()
    holder = threading.Thread(target=_hold_the_file, args=(path, seconds, started))
    holder.start()
    started.wait()
    return holder


# Two connections that both read the file and then both want to switch it deadlock, and
# SQLite then fails one of them at once without its busy handler. A connection without a
# busy timeout meets the same immediate failure here, deterministically.


def test_the_switch_tries_again_until_the_file_is_free(tmp_path):
    path = _new_file(tmp_path)
    holder = _held(path, 0.3)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        conn.execute("PRAGMA journal_mode = WAL")
    use_write_ahead_log(conn, wait=10)
    holder.join()
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_the_switch_gives_up_after_its_wait_with_the_lock_error(tmp_path):
    path = _new_file(tmp_path)
    holder = _held(path, 1.0)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_write_ahead_log(conn, wait=0.2)
    holder.join()
    conn.close()


def test_a_file_already_in_the_mode_is_left_alone(tmp_path):
    path = _new_file(tmp_path)
    first = sqlite3.connect(path, isolation_level=None)
    use_write_ahead_log(first)
    holder_conn = sqlite3.connect(path, isolation_level=None)
    holder_conn.execute("BEGIN IMMEDIATE")  # a writer: the mode is read, not switched
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    use_write_ahead_log(second, wait=0)
    holder_conn.execute("COMMIT")
    for conn in (first, second, holder_conn):
        conn.close()


def _open_journal(directory: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        Journal("one archive", Path(directory)).close()
        results.put("ok")  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the test
        results.put(repr(exc))  # type: ignore[attr-defined]


def _open_archive(directory: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        backend = SqliteBackend(Path(directory) / "a.db")
        backend.stats()
        backend.close()
        results.put("ok")  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the test
        results.put(repr(exc))  # type: ignore[attr-defined]


@pytest.mark.parametrize("opener", [_open_journal, _open_archive], ids=["journal", "archive"])
def test_three_processes_opening_one_new_file_at_once_all_succeed(tmp_path, opener):
    context = multiprocessing.get_context("forkserver")
    for attempt in range(8):
        directory = tmp_path / str(attempt)
        directory.mkdir()
        barrier = context.Barrier(3)
        results = context.Queue()
        workers = [
            context.Process(target=opener, args=(str(directory), barrier, results))
            for _ in range(3)
        ]
        for worker in workers:
            worker.start()
        outcomes = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(timeout=120)
        assert outcomes == ["ok"] * 3
