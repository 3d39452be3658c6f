"""Interrupted imports: run again, they finish the job, and nothing is stored twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from importers.journal import Journal
from importers.pipeline import import_paths
from search.model import Document
from search.sqlite import SqliteBackend


def statement(n: int) -> str:
    return (
        f"Lock gate notice {n}\n\nGDANSK (Port Wire) - Lock gate {n} closes for repairs, "
        f"the canal office said.\n\n“Gate {n} reopens in spring,” engineer Ola Nord said.\n"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "notices"
    out.mkdir()
    for n in range(40):
        (out / f"{n:03d}.txt").write_text(statement(n))
    return out


def test_interrupted_folder_import_resumes_and_stores_each_once(folder, tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    journal = Journal(backend.url, tmp_path / "journal")
    opened = 0

    def interrupt(name: str) -> None:
        nonlocal opened
        opened += 1
        if opened == 25:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(backend, [str(folder)], journal=journal, on_input=interrupt)
    stored = backend.stats()["documents"]
    assert 0 < stored < 40

    # What was stored is either skipped (journaled) or found unchanged: never stored twice.
    again = import_paths(backend, [str(folder)], journal=journal)
    assert again.skipped + again.unchanged == stored
    assert again.created == 40 - stored and again.failed == 0
    assert backend.stats()["documents"] == 40


def test_large_export_resumes_inside_the_file(tmp_path):
    export = tmp_path / "big.jsonl"
    with export.open("w") as f:
        for n in range(2600):
            doc = Document(headline=f"Notice {n}", body=[f"Lock gate {n} closes for repairs."])
            f.write(json.dumps(doc.to_dict()) + "\n")
    backend = SqliteBackend(tmp_path / "a.db")
    journal = Journal(backend.url, tmp_path / "journal")
    seen = 0

    def stop_after_two_thousand(n: int) -> None:
        nonlocal seen
        seen += n
        if seen > export.stat().st_size * 0.8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(backend, [str(export)], journal=journal, on_read=stop_after_two_thousand)
    progress = journal.progress(str(export))
    assert progress.records >= 1000 and not progress.complete

    again = import_paths(backend, [str(export)], journal=journal)
    assert again.created + again.unchanged == 2600 - progress.records
    assert backend.stats()["documents"] == 2600
    assert journal.progress(str(export)).complete


def test_changed_file_is_read_again(folder, tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    journal = Journal(backend.url, tmp_path / "journal")
    import_paths(backend, [str(folder)], journal=journal)
    target = folder / "007.txt"
    target.write_text(statement(7).replace("spring", "summer"))
    os.utime(target, ns=(time.time_ns(), time.time_ns() + 10**9))
    again = import_paths(backend, [str(folder)], journal=journal)
    assert again.skipped == 39 and again.created == 1


def test_killed_press_import_run_again_imports_every_document_once(tmp_path):
    """SIGKILL in the middle of `press import`, then the same command again."""
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(3000):
        (folder / f"{n:05d}.txt").write_text(statement(n))
    db = tmp_path / "archive.db"
    env = {**os.environ, "PRESS_STATE_DIR": str(tmp_path / "state")}
    command = [
        sys.executable,
        "-m",
        "press.cli",
        "import",
        str(folder),
        "--archive",
        f"sqlite:///{db}",
        "-q",
    ]
    proc = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers and fork server share its process group
    )
    deadline = time.monotonic() + 120
    # Killed once a thousand documents are stored and the journal has noted some of them
    # (it is written at most a second late), so the second run has something to resume.
    while time.monotonic() < deadline and (
        _count(db) < 1000 or _journalled(tmp_path / "state") == 0
    ):
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < _count(db) < 3000, "the import finished before it could be interrupted"
    # Its workers and fork server end with it rather than wait for ever.
    assert _group_ends(proc.pid, within=60), "processes of the killed import are left"

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "already imported" in done.stdout
    assert _count(db) == 3000
    backend = SqliteBackend(db)
    assert backend.stats()["quotes"] == 3000


def _group_ends(group: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def _journalled(state: Path) -> int:
    """Inputs the import journals under `state` record as wholly stored."""
    done = 0
    for path in (state / "imports").glob("*.db"):
        try:
            with sqlite3.connect(path, timeout=5) as conn:
                done += conn.execute("SELECT count(*) FROM inputs WHERE complete").fetchone()[0]
        except sqlite3.Error:
            pass
    return done


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
