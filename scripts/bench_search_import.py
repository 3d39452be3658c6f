#!/usr/bin/env python3
"""Search latency on an embedded archive while `press import` writes into it.

A server searched during an import sees the archive change at every commit. This
script copies an archive, starts one searching process per checkout given with
`--code` (each opens the copy and runs the searches of a `bench_scale.py` results file
round after round, both scopes, every facet and the month histogram, under the web
server's time limit), lets them search the idle archive for `--idle` seconds, then
runs `press import` of `--records` records into the copy (the last records of the
file: documents the archive does not hold) and keeps them searching until it ends.
Each searcher reports, idle and during the import apart: the searches made, how many
timed out (the search or any facet), and wall and CPU milliseconds per search (p50 /
p95). The searchers run at the same time on the same archive, so their figures are
compared within one run; the import runs at the priority given with `--nice`.

    git archive HEAD~1 | tar -x -C /tmp/before
    nice -n 10 .venv/bin/python scripts/bench_search_import.py /tmp/scale/m181k.db \\
        /tmp/million/million-0300k.jsonl --work /tmp/busy.db --code /tmp/before --code .
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Run in each searcher's own process, with its checkout first on sys.path.
SEARCHER = r"""
import json, os, sys, time
code, archive, cases_file, stop, timeout_ms, pause = sys.argv[1:7]
sys.path.insert(0, code)
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(cases_file)), "."))
from searches import representative
from search.sqlite import SqliteBackend
cases = json.loads(open(cases_file).read())["cases"]
backend = SqliteBackend(archive, result_cache=0)
for scope in ("quotes", "documents"):  # what a server has read before the import
    backend.search(representative(*cases[0], scope, 600_000))
print("ready", flush=True)
phases = {"idle": [], "import": []}
n = 0
while not os.path.exists(stop + ".done"):
    phase = "import" if os.path.exists(stop + ".import") else "idle"
    term, filters = cases[n % len(cases)]
    scope = ("quotes", "documents")[(n // len(cases)) % 2]
    n += 1
    wall, cpu = time.monotonic(), time.process_time()
    result = backend.search(representative(term, filters, scope, int(timeout_ms)))
    late = result.timed_out or any(f.timed_out for f in result.facets.values())
    phases[phase].append(
        ((time.monotonic() - wall) * 1000, (time.process_time() - cpu) * 1000, late)
    )
    time.sleep(float(pause))
print(json.dumps(phases), flush=True)
"""


def percentiles(values: list[float]) -> str:
    if not values:
        return "-"
    values = sorted(values)
    p50, p95 = values[len(values) // 2], values[int(0.95 * (len(values) - 1))]
    return f"{p50:.0f} / {p95:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("archive", type=Path, help="an embedded archive (copied, never written)")
    ap.add_argument("records", type=Path, help="a JSONL export: its last records are imported")
    ap.add_argument("--work", type=Path, required=True, help="where the copy is made")
    ap.add_argument("--code", type=Path, action="append", help="a checkout to search with")
    ap.add_argument("--records-count", type=int, default=4000, dest="count")
    ap.add_argument("--jobs", type=int, default=1, help="the import's --jobs")
    ap.add_argument("--idle", type=float, default=30.0, help="seconds searched before")
    ap.add_argument("--timeout-ms", type=int, default=3000, help="the searches' time limit")
    ap.add_argument("--nice", type=int, default=0, help="niceness of the import")
    ap.add_argument("--pause", type=float, default=0.1, help="seconds between searches")
    ap.add_argument(
        "--cases",
        type=Path,
        default=Path("/tmp/million/load/results-sqlite-load.json"),
        help="a bench_scale.py results file: its searches are run",
    )
    a = ap.parse_args()
    codes = [c.resolve() for c in a.code or [ROOT]]
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{a.work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(a.archive, a.work)
    scratch = Path(tempfile.mkdtemp(prefix="bench-search-import-"))
    stop = str(scratch / "phase")
    # The searches module of this checkout: the same requests for every revision.
    cases = scratch / "cases.json"
    shutil.copyfile(a.cases, cases)
    shutil.copyfile(ROOT / "scripts" / "searches.py", scratch / "searches.py")
    lines = a.records.read_bytes().splitlines(keepends=True)[-a.count :]
    batch = scratch / "records.jsonl"
    batch.write_bytes(b"".join(lines))
    searchers = [
        subprocess.Popen(
            [sys.executable, "-c", SEARCHER, str(c), str(a.work), str(cases), stop]
            + [str(a.timeout_ms), str(a.pause)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for c in codes
    ]
    for s in searchers:
        assert s.stdout is not None and s.stdout.readline().strip() == "ready"
    time.sleep(a.idle)
    Path(stop + ".import").touch()
    started = time.monotonic()
    command = [
        sys.executable,
        "-c",
        "from press.cli import main; main()",
        "import",
        str(batch),
        "--archive",
        str(a.work),
        "-q",
        "--jobs",
        str(a.jobs),
        "--restart",  # a copy keeps the archive's id: its records are new to it all the same
    ]
    imported = subprocess.Popen(
        ["nice", "-n", str(a.nice), *command], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    wal = Path(f"{a.work}-wal")
    largest = 0  # the write-ahead log grows while readers keep it from being restarted
    while imported.poll() is None:
        largest = max(largest, wal.stat().st_size if wal.exists() else 0)
        time.sleep(0.5)
    seconds = time.monotonic() - started
    Path(stop + ".done").touch()
    out = (imported.stdout.read() if imported.stdout else "").strip()
    print(
        f"import of {a.count} records into a copy of {a.archive.name}: {seconds:.0f} s,"
        f" exit {imported.returncode}, largest WAL {largest / 2**20:.0f} MiB; {out[-300:]}"
    )
    for code, s in zip(codes, searchers, strict=True):
        out, _ = s.communicate()
        phases: dict[str, list[Any]] = json.loads(out.strip().splitlines()[-1])
        for phase, runs in phases.items():
            late = sum(1 for r in runs if r[2])
            print(
                f"{code} {phase:>6}: {len(runs)} searches, {late} timed out;"
                f" wall p50 / p95 {percentiles([r[0] for r in runs])} ms,"
                f" CPU {percentiles([r[1] for r in runs])} ms"
            )
    shutil.rmtree(scratch)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{a.work}{suffix}").unlink(missing_ok=True)
    os.sync()


if __name__ == "__main__":
    main()
