#!/usr/bin/env python3
"""CPU per search on an embedded archive, and where it goes, for one revision of the code.

Runs the searches of `scripts/bench_scale.py` (each term with two facets selected, every
facet and the month histogram counted, the answer cache off) once to warm the caches,
then `--runs` rounds, and prints the CPU time of one search (p50 / p95) and the share of
each step: finding the matching rows (`fill_base`, the selected facets applied), the
result page (ranking, snippets), each facet and the histogram. CPU time, because on a
shared machine wall time mostly measures the other work. Also printed: the CPU of the
first search after opening the archive (`first`: whatever a revision reads once per
archive generation, such as facet columns, is read there) and of browsing everything
(no words, no facet selected, every facet and the histogram: the median of the runs).
`--statements` also prints the CPU of each SQL statement (its execution and the reading
of its rows, summed over the timed searches) and each step's own Python work.

To compare two revisions on the same archive in one run, give each one's checkout:

    git worktree add /tmp/before HEAD~1   # or `git archive HEAD~1 | tar -x -C /tmp/before`
    for code in /tmp/before .; do
        .venv/bin/python scripts/bench_search_cpu.py /tmp/million/scale.db --code $code
    done
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from searches import representative

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("fill_base", "count", "page", "facet", "histogram")


class _TimedCursor:
    """A cursor whose row reads count towards its statement's CPU."""

    def __init__(self, cursor: Any, key: str, spent: collections.Counter[str]) -> None:
        self._cursor, self._key, self._spent = cursor, key, spent

    def _timed(self, method: str, *args: Any) -> Any:
        started = time.process_time()
        try:
            return getattr(self._cursor, method)(*args)
        finally:
            self._spent[self._key] += time.process_time() - started

    def fetchone(self) -> Any:
        return self._timed("fetchone")

    def fetchall(self) -> Any:
        return self._timed("fetchall")

    def fetchmany(self, size: int = 1) -> Any:
        return self._timed("fetchmany", size)

    def __iter__(self) -> Any:
        return iter(self.fetchall())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class _TimedConnection:
    """A connection that sums the CPU of each statement (its text, whitespace folded)."""

    def __init__(self, conn: Any, spent: collections.Counter[str]) -> None:
        self._conn, self._spent = conn, spent

    def _run(self, method: str, sql: str, *args: Any) -> Any:
        key = " ".join(sql.split())
        started = time.process_time()
        try:
            return _TimedCursor(getattr(self._conn, method)(sql, *args), key, self._spent)
        finally:
            self._spent[key] += time.process_time() - started

    def execute(self, sql: str, *args: Any) -> Any:
        return self._run("execute", sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._run("executemany", sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("archive", help="an embedded archive (SQLite file)")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose search is run")
    ap.add_argument("--scope", choices=("quotes", "documents"), nargs="*")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--statements", action="store_true", help="the CPU of each SQL statement")
    ap.add_argument(
        "--cases",
        type=Path,
        default=Path("/tmp/million/results-sqlite300.json"),
        help="a bench_scale.py results file: its searches are run",
    )
    a = ap.parse_args()
    sys.path.insert(0, str(a.code.resolve()))
    from search import sqlite

    spent: collections.Counter[str] = collections.Counter()
    sql_spent: collections.Counter[str] = collections.Counter()
    depth = [0]  # a step called from another is counted in the outer one only

    def timed(step: str, method: Any) -> Any:
        def run(plan: Any, *args: Any, **kwargs: Any) -> Any:
            if a.statements and depth[0] == 0:
                args = (_TimedConnection(args[0], sql_spent), *args[1:])
            started, before = time.process_time(), sum(sql_spent.values())
            depth[0] += 1
            try:
                return method(plan, *args, **kwargs)
            finally:
                depth[0] -= 1
                label = f"facet:{args[1]}" if step == "facet" else step
                seconds = time.process_time() - started
                spent[label] += seconds
                if a.statements and depth[0] == 0:
                    sql_spent[f"(Python of {label})"] += seconds - (
                        sum(sql_spent.values()) - before
                    )

        return run

    for step in STEPS:
        setattr(sqlite._Plan, step, timed(step, getattr(sqlite._Plan, step)))
    backend = sqlite.SqliteBackend(a.archive, result_cache=0)
    cases = json.loads(a.cases.read_text())["cases"]
    walls: list[float] = []  # wall milliseconds of the searches since cleared
    for scope in a.scope or ("quotes", "documents"):

        def once(term: str, filters: dict[str, list[str]], scope: str = scope) -> float:
            request = representative(term, filters, scope, 60_000)
            started, wall = time.process_time(), time.perf_counter()
            backend.search(request)
            walls.append((time.perf_counter() - wall) * 1000)
            return (time.process_time() - started) * 1000

        first = once(*cases[0])
        for term, filters in cases:
            once(term, filters)
        browse = sorted(once("", {}) for _ in range(max(a.runs, 3)))[max(a.runs, 3) // 2]
        spent.clear()
        sql_spent.clear()
        walls.clear()
        cpu = sorted(
            (once(term, filters), term, filters) for _ in range(a.runs) for term, filters in cases
        )
        total = sum(c for c, _, _ in cpu)
        p50, p95 = cpu[len(cpu) // 2][0], cpu[int(0.95 * (len(cpu) - 1))][0]
        # Wall time as well (what the target names), though on a shared machine it
        # measures the other work too; the load average says how busy it was.
        walls.sort()
        w50, w95 = walls[len(walls) // 2], walls[int(0.95 * (len(walls) - 1))]
        print(
            f"{scope} ({a.code}): CPU per search p50 {p50:.0f} ms, p95 {p95:.0f} ms;"
            f" wall p50 {w50:.0f} ms, p95 {w95:.0f} ms (load {os.getloadavg()[0]:.1f});"
            f" first {first:.0f} ms, browse {browse:.0f} ms"
        )
        for step, seconds in spent.most_common():
            print(f"  {step:<18} {seconds * 1000 / total * 100:5.1f} %")
        for ms, term, filters in cpu[-3:]:
            print(f"  slowest: {ms:.0f} ms  {term} {filters}")
        for statement, seconds in sql_spent.most_common(12):
            print(f"  {seconds * 1000 / total * 100:5.1f} %  {statement[:150]}")
    backend.close()


if __name__ == "__main__":
    main()
