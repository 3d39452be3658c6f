"""Opening an SQLite file in write-ahead-log mode when other processes open it too.

Switching a file to that mode takes its exclusive lock without SQLite's busy handler: while
another connection reads or switches the same file, the pragma fails at once with "database
is locked" (or leaves the old mode in place), whatever the connection's timeout. Two imports
started together into a new archive, or sharing one import journal, meet exactly that.
"""

from __future__ import annotations

import sqlite3
import time

FIRST_PAUSE = 0.005
LONGEST_PAUSE = 0.1


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def use_write_ahead_log(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Put the connection's file in write-ahead-log mode, trying again for up to `wait`
    seconds while another connection holds the lock the switch needs. A file already in
    that mode is left alone (the mode is stored in the file)."""
    deadline = time.monotonic() + wait
    pause = FIRST_PAUSE
    while True:
        try:
            (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
            if str(mode).lower() == "wal":
                return
            (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if str(mode).lower() == "wal":
                return
            failure: sqlite3.OperationalError | None = None
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
            failure = exc
        if time.monotonic() >= deadline:
            raise failure or sqlite3.OperationalError(
                f"database is locked: could not switch to write-ahead logging in {wait:g} s"
            )
        time.sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE)
