"""Ctrl-C during `press import --jobs 2`: it stops promptly, says so, exits non-zero and
loses nothing; the same command again imports the rest, each record once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

RECORDS = 4000


def release(n: int) -> dict[str, str]:
    return {
        "member": f"Rep. Ivo Marsh {n % 5}",
        "date": f"2019-05-{1 + n % 28:02d}",
        "text": (
            f"Marsh Welcomes Ferry Grant {n} PORTLAND – Representative Ivo Marsh said"
            f" that pier {n} will get a new ramp this year. “Pier {n} has waited long"
            " enough for a ramp that works in winter,” said Marsh. ###"
        ),
    }


def test_ctrl_c_stops_a_parallel_import_promptly_and_a_rerun_stores_each_once(tmp_path):
    records = tmp_path / "releases.jsonl"
    records.write_text("".join(json.dumps(release(n)) + "\n" for n in range(RECORDS)))
    db = tmp_path / "archive.db"
    env = {**os.environ, "PRESS_STATE_DIR": str(tmp_path / "state")}
    command = [
        sys.executable,
        "-m",
        "press.cli",
        "import",
        str(records),
        *("--map", "member=issuer", "--map", "text=text", "--map", "date=published"),
        "--jobs",
        "2",
        "--archive",
        f"sqlite:///{db}",
        "-q",
    ]
    proc = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's job
        # Ctrl-C as at a terminal: a test run started in the background by a
        # non-interactive shell hands its children SIGINT ignored, and the import rightly
        # keeps an ignored SIGINT ignored.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and _count(db) == 0 and proc.poll() is None:
        time.sleep(0.1)
    # Ctrl-C reaches the whole group: the importing process, its fork server, workers.
    os.killpg(proc.pid, signal.SIGINT)
    started = time.monotonic()
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("press import was still running 30 s after Ctrl-C") from None
    took = time.monotonic() - started
    print(f"stopped {took:.2f} s after Ctrl-C")
    stored = _count(db)
    assert 0 < stored < RECORDS, "the import finished before it could be interrupted"
    assert proc.returncode == 130, err
    assert "import interrupted" in err and "run the same command again" in err
    assert took < 10, f"{took:.1f} s to stop after Ctrl-C"
    assert _group_ends(proc.pid, within=30), "processes of the interrupted import are left"

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        query = "SELECT count(*), count(DISTINCT id) FROM documents"
        total, distinct = conn.execute(query).fetchone()
        per_document = conn.execute("SELECT DISTINCT count(*) FROM quotes GROUP BY doc")
        counts = [n for (n,) in per_document]
    assert total == distinct == RECORDS
    assert len(counts) == 1  # every release's quotes once, none twice


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _group_ends(group: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0
