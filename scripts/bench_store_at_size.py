#!/usr/bin/env python3
"""The embedded archive's store step at size: CPU of the single writer per document.

Two copies of one archive are given the same documents of an export (JSON Lines, the
format `press export` writes), prepared beforehand as a parallel import's workers do
(`prepare_document`, not timed), then written by `SqliteBackend.write` in rounds that
alternate between the copies: one written with `--a` settings, the other with `--b`.
Each round's documents are new to both copies, so the two grow alike. CPU is the
process's user and system time around each write (the kernel's share is where a page
cache too small for the archive shows), so the machine's load enters both alike; the
bytes the writer hands the kernel (`wchar`: the log's pages and its checkpoints) are
counted too.

A copy's settings (`--a`, `--b`) are a write cache in KiB, or comma-separated
`cache=KiB`, `commit=N` (documents a transaction), and FTS5's `automerge=N`,
`crisismerge=N`, `hashsize=BYTES` of its four full-text indexes (stored in the copy).

Example:
    .venv/bin/python scripts/bench_store_at_size.py /tmp/million/load/m181k.db \\
        /tmp/million/load/rest.jsonl --work /tmp/scale-store --per-round 1500 --rounds 4

Benchmark-only: nothing in the package imports this.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import itertools
import json
import pstats
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import search.sqlite  # noqa: E402
from search.model import Document  # noqa: E402
from search.sqlite import WRITE_CACHE_KIB, SqliteBackend, prepare_document  # noqa: E402


def cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


class TimedConnection:
    """A connection that adds each statement's CPU time (user and system) to `spent`,
    keyed by its first words and table: where the writer's CPU goes, by statement."""

    def __init__(self, conn: Any, spent: collections.Counter[str]) -> None:
        self._conn, self._spent = conn, spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def _timed(self, method: str, sql: str, *args: Any) -> Any:
        words = sql.split()
        # An insert or delete by its table (the word after INTO or FROM).
        ends = [i for i, w in enumerate(words[:6]) if w in ("INTO", "FROM")]
        kind = " ".join(words[: ends[0] + 2] if ends else words[:2])
        started = time.process_time()
        try:
            return getattr(self._conn, method)(sql, *args)
        finally:
            self._spent[kind] += time.process_time() - started

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed("execute", sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed("executemany", sql, *args)


def written_bytes() -> int:
    """Bytes this process has handed to write() so far (the log and its checkpoints)."""
    with open("/proc/self/io") as io_:
        for line in io_:
            if line.startswith("wchar:"):
                return int(line.split()[1])
    return 0


FTS_TABLES = ("documents_fts", "documents_stem", "quotes_fts", "quotes_stem")
FTS_OPTIONS = ("automerge", "crisismerge", "hashsize")


def parse_settings(text: str) -> dict[str, int]:
    """`65536` or `cache=65536,commit=2000,automerge=8`: one copy's settings."""
    if text.isdigit():
        return {"cache": int(text)}
    settings = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        if key not in ("cache", "commit", *FTS_OPTIONS):
            raise SystemExit(f"unknown setting {key!r}")
        settings[key] = int(value)
    return settings


def read_documents(path: Path, skip: int, count: int) -> list[Document]:
    with path.open("rb") as lines:
        return [
            Document.from_dict(json.loads(line))
            for line in itertools.islice(lines, skip, skip + count)
        ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive", type=Path, help="an embedded archive (copied, never written)")
    ap.add_argument("records", type=Path, help="an export (JSONL) of documents it lacks")
    ap.add_argument("--work", type=Path, required=True, help="where the two copies go")
    ap.add_argument("--skip", type=int, default=0, help="records of the export passed over")
    ap.add_argument("--per-round", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--a", default="0", help="copy A's settings (a bare number: cache KiB)")
    ap.add_argument("--b", default=str(WRITE_CACHE_KIB), help="copy B's settings")
    ap.add_argument("--profile", action="store_true", help="cProfile each copy's last round")
    ap.add_argument(
        "--statements", action="store_true", help="CPU of the writer's statements, by kind"
    )
    ap.add_argument(
        "--b-automerge",
        type=int,
        help="FTS5 'automerge' of copy B's four full-text indexes (stored in the copy)",
    )
    args = ap.parse_args()
    commit_every, commit_seconds = search.sqlite.COMMIT_EVERY, search.sqlite.COMMIT_SECONDS

    args.work.mkdir(parents=True, exist_ok=True)
    copies = {}
    for name in ("a", "b"):
        target = args.work / f"{name}.db"
        for stale in args.work.glob(f"{name}.db*"):
            stale.unlink()
        shutil.copyfile(args.archive, target)
        copies[name] = target
    settings = {"a": parse_settings(args.a), "b": parse_settings(args.b)}
    if args.b_automerge is not None:
        settings["b"]["automerge"] = args.b_automerge
    for name, chosen in settings.items():
        conn = sqlite3.connect(copies[name])
        for option in FTS_OPTIONS:
            if option in chosen:
                for table in FTS_TABLES:
                    conn.execute(
                        f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)",
                        (option, chosen[option]),
                    )
        conn.commit()
        conn.close()
    figures: dict[str, list[dict[str, float]]] = {"a": [], "b": []}
    profiles: dict[str, str] = {}
    statements = {name: collections.Counter[str]() for name in copies}
    for round_ in range(args.rounds):
        docs = read_documents(args.records, args.skip + round_ * args.per_round, args.per_round)
        prepared = [prepare_document(d) for d in docs]
        order = ("a", "b") if round_ % 2 == 0 else ("b", "a")
        for name in order:
            chosen = settings[name]
            backend = SqliteBackend(
                copies[name], write_cache_kib=chosen.get("cache", WRITE_CACHE_KIB)
            )
            # The transaction's size: the module's bounds, for this write only.
            search.sqlite.COMMIT_EVERY = chosen.get("commit", commit_every)
            search.sqlite.COMMIT_SECONDS = commit_seconds if "commit" not in chosen else 1e9
            if args.statements:
                backend._local.conn = TimedConnection(backend.conn, statements[name])
            profiler = cProfile.Profile() if args.profile and round_ >= args.rounds - 2 else None
            user, system = cpu()
            wrote = written_bytes()
            wall = time.perf_counter()
            if profiler:
                profiler.enable()
            statuses = [r.status for r in backend.write(prepared)]
            if profiler:
                profiler.disable()
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
                profiles[name] = out.getvalue()
            wall = time.perf_counter() - wall
            user2, system2 = cpu()
            wrote = written_bytes() - wrote
            backend.close()
            assert statuses.count("created") == len(prepared), set(statuses)
            figure = {
                "user": user2 - user,
                "system": system2 - system,
                "wall": wall,
                "documents": len(prepared),
                "written": wrote,
            }
            figures[name].append(figure)
            print(
                f"round {round_ + 1} {name} ({args.a if name == 'a' else args.b}):"
                f" {(figure['user'] + figure['system']) / len(prepared) * 1000:.2f} ms CPU a"
                f" document (user {figure['user']:.1f} s, system {figure['system']:.1f} s,"
                f" wall {wall:.1f} s, written {wrote / len(prepared) / 1024:.0f} KiB a document)",
                flush=True,
            )
    for name, spent in statements.items():
        if spent:
            total = sum(spent.values())
            documents = sum(f["documents"] for f in figures[name])
            print(
                f"-- copy {name}: CPU of its statements,"
                f" {total / documents * 1000:.2f} ms a document"
            )
            for kind, seconds in spent.most_common(14):
                print(f"  {seconds / total:6.1%}  {seconds / documents * 1000:.3f} ms  {kind}")
    for name, text in profiles.items():
        print(f"-- profile of copy {name}, its last round (by own time)\n{text}")
    per_doc = {
        name: [(f["user"] + f["system"]) / f["documents"] * 1000 for f in rounds]
        for name, rounds in figures.items()
    }
    ratios = [b / a for a, b in zip(per_doc["a"], per_doc["b"], strict=True)]
    print(
        json.dumps(
            {
                "archive": str(args.archive),
                "settings": settings,
                "ms_cpu_per_document": per_doc,
                "median_ms": {k: statistics.median(v) for k, v in per_doc.items()},
                "system_s": {k: [round(f["system"], 2) for f in v] for k, v in figures.items()},
                "kib_written_per_document": {
                    k: [round(f["written"] / f["documents"] / 1024) for f in v]
                    for k, v in figures.items()
                },
                "b_over_a_per_round": [round(r, 3) for r in ratios],
                "b_over_a_median": round(statistics.median(ratios), 3),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
