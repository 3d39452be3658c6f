"""What an import into one archive has finished, so an interrupted import resumes.

One small SQLite file per archive in the user's state directory records, for every input
file (by path, size and modification time), how many of its records are stored and
whether all of it is. A changed file is read again from the start. Nothing here decides
what is stored: re-reading an input is always safe, since documents have stable ids.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_state_dir

from search.wal import use_write_ahead_log

FLUSH_SECONDS = 1.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    records INTEGER NOT NULL,
    complete INTEGER NOT NULL
)
"""


@dataclass(frozen=True)
class Progress:
    records: int = 0  # leading records stored
    complete: bool = False


class Journal:
    def __init__(self, archive_url: str, directory: Path | None = None):
        directory = (
            directory
            or Path(os.environ.get("PRESS_STATE_DIR") or user_state_dir("press-archive"))
            / "imports"
        )
        directory.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(archive_url.encode("utf-8")).hexdigest()[:16]
        self.path = directory / f"{key}.db"
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        use_write_ahead_log(self.conn, wait=30)
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute(SCHEMA)
        self._pending: dict[str, tuple[tuple[str, int, int], int, bool]] = {}
        self._flushed = time.monotonic()

    @staticmethod
    def _identity(name: str) -> tuple[str, int, int] | None:
        try:
            stat = os.stat(name)
        except OSError:
            return None
        return os.path.abspath(name), stat.st_size, stat.st_mtime_ns

    def progress(self, name: str) -> Progress:
        """How far an earlier import got with this input (nothing, if the file changed)."""
        identity = self._identity(name)
        if identity is None:
            return Progress()
        row = self.conn.execute(
            "SELECT records, complete FROM inputs WHERE path = ? AND size = ? AND mtime_ns = ?",
            identity,
        ).fetchone()
        return Progress(row[0], bool(row[1])) if row else Progress()

    def record(self, name: str, records: int, complete: bool) -> None:
        """Note progress; written in batches (at most a second late, and on close)."""
        identity = self._identity(name)
        if identity is None:
            return
        self._pending[identity[0]] = (identity, records, complete)
        if time.monotonic() - self._flushed > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        rows = [
            (*identity, records, int(complete))
            for identity, records, complete in self._pending.values()
        ]
        self._pending.clear()
        self._flushed = time.monotonic()
        if not rows:
            return
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany(
                "INSERT INTO inputs (path, size, mtime_ns, records, complete) VALUES (?,?,?,?,?)"
                " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
                " mtime_ns = excluded.mtime_ns, records = excluded.records,"
                " complete = excluded.complete",
                rows,
            )

    def close(self) -> None:
        self.flush()
        self.conn.close()
