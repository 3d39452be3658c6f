#!/usr/bin/env python3
"""Benchmark the embedded (SQLite) archive on the congressional press-release corpus.

Measures what a journalist waits for:
  * quote searches with two facets selected, answering with every facet count and the
    month histogram (the search page's request): p50 / p95 over several runs of 24
    representative queries; the target is p95 < 300 ms;
  * the export of a result set of 50,000+ documents, streamed: its time, and the peak
    memory (RSS) of the exporting process next to that of a small export, to show
    memory stays flat however many documents are written.

Prints a table and writes the figures into docs/benchmarks.md, section
"Embedded archive: search and export".

Example:
    .venv/bin/python scripts/bench_sqlite.py --build
    .venv/bin/python scripts/bench_sqlite.py --archive /tmp/congress.db --runs 5

`--build` imports ../shared/corpus/congress-press-releases/releases.jsonl.gz into the
archive first (once; an existing archive is reused).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.base import FACETS, SearchRequest  # noqa: E402
from search.export import export  # noqa: E402
from search.query import parse_query  # noqa: E402
from search.sqlite import SqliteBackend  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
DEFAULT_ARCHIVE = ROOT / ".cache" / "bench" / "congress.db"
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Embedded archive: search and export"
TARGET_P95_MS = 300
MIN_EXPORT_DOCS = 50_000

# What reporters look for in congressional statements; words, phrases, prefixes, OR.
from bench_terms import TERMS  # noqa: E402


def top_values(backend: SqliteBackend, facet: str, n: int) -> list[str]:
    request = SearchRequest(
        scope="quotes", facets=(facet,), facet_size=n, limit=0, histogram=False, timeout_ms=60_000
    )
    return [v.value for v in backend.search(request).facets[facet].values]


def quote_requests(backend: SqliteBackend) -> list[tuple[str, dict[str, list[str]]]]:
    """Each term with two facets chosen the way a reporter would: a person or an
    office, and a year or the dateline place."""
    speakers = top_values(backend, "speaker", 8)
    sources = top_values(backend, "source", 8)
    years = top_values(backend, "year", 6)
    places = top_values(backend, "place", 3)
    out = []
    for i, term in enumerate(TERMS):
        pair = i % 4
        if pair == 0:
            filters = {"speaker": [speakers[i % len(speakers)]], "year": [years[i % len(years)]]}
        elif pair == 1:
            filters = {"source": [sources[i % len(sources)]], "year": [years[i % len(years)]]}
        elif pair == 2:
            filters = {"source": [sources[i % len(sources)]], "place": [places[i % len(places)]]}
        else:
            filters = {"year": [years[i % len(years)]], "language": ["en"]}
        out.append((term, filters))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_search(backend: SqliteBackend, runs: int) -> dict[str, object]:
    cases = quote_requests(backend)

    def once(term: str, filters: dict[str, list[str]]) -> tuple[float, int, bool]:
        request = SearchRequest(
            parse_query(term),
            filters=filters,
            scope="quotes",
            facets=FACETS,
            histogram=True,
            limit=20,
            timeout_ms=10_000,
        )
        started = time.perf_counter()
        result = backend.search(request)
        return (time.perf_counter() - started) * 1000, result.total, result.timed_out

    for term, filters in cases:  # warm the page cache, as a running server would be
        once(term, filters)
    timings: list[float] = []
    per_case: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    timed_out = 0
    for _ in range(runs):
        for term, filters in cases:
            ms, total, late = once(term, filters)
            timings.append(ms)
            label = f"{term} | " + "; ".join(f"{k}={v[0]}" for k, v in filters.items())
            per_case.setdefault(label, []).append(ms)
            totals[label] = total
            timed_out += late
    slowest = sorted(per_case, key=lambda k: statistics.median(per_case[k]), reverse=True)[:3]
    return {
        "queries": len(cases),
        "runs": runs,
        "samples": len(timings),
        "p50": percentile(timings, 50),
        "p95": percentile(timings, 95),
        "max": max(timings),
        "timed_out": timed_out,
        "slowest": [(k, statistics.median(per_case[k]), totals[k]) for k in slowest],
        "median_hits": statistics.median(totals.values()),
    }


# -- export, in a child process so its peak memory can be read on its own -------------


def export_child(archive: str, fmt: str, query: str, filters: str) -> None:
    backend = SqliteBackend(archive)
    request = SearchRequest(
        parse_query(query), filters=json.loads(filters), sort="newest", facets=(), histogram=False
    )
    started = time.perf_counter()
    rows = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for chunk in export(backend, request, fmt):
            sink.write(chunk)
            rows += chunk.count("\n") if fmt == "jsonl" else 0
    backend.close()
    print(json.dumps({"rows": rows, "seconds": time.perf_counter() - started}))


def run_export(archive: Path, query: str, filters: dict[str, list[str]]) -> dict[str, float]:
    proc = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--export-child",
            str(archive),
            "jsonl",
            query,
            json.dumps(filters),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"export child failed ({proc.returncode})")
    figures = json.loads(out)
    figures["peak_rss_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return figures


def bench_export(archive: Path, backend: SqliteBackend) -> dict[str, object]:
    sources = top_values(backend, "source", 1)
    small = run_export(archive, "veterans", {"source": sources})
    large = run_export(archive, "", {"language": ["en"]})
    if large["rows"] < MIN_EXPORT_DOCS:
        raise SystemExit(
            f"the large export has {large['rows']} documents; need "
            f"{MIN_EXPORT_DOCS}+ (is the whole corpus imported?)"
        )
    return {"small": small, "large": large}


# -- the archive, the report ------------------------------------------------------------


def build(archive: Path) -> None:
    if archive.exists():
        return
    archive.parent.mkdir(parents=True, exist_ok=True)
    press = Path(sys.executable).with_name("press")
    command = [
        str(press),
        "import",
        str(CORPUS),
        "--map",
        "member=issuer",
        "--map",
        "text=text",
        "--map",
        "date=published",
        "--archive",
        f"sqlite:///{archive}",
        "-q",
    ]
    print("importing:", " ".join(command), file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(command, check=False)  # failed records are reported; the rest imports
    print(f"imported in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def report(archive: Path, stats: dict, search: dict, exports: dict) -> str:
    s, e = exports["small"], exports["large"]
    verdict = "meets" if search["p95"] < TARGET_P95_MS else "misses"
    lines = [
        SECTION,
        "",
        f"Measured {dt.date.today().isoformat()} with `scripts/bench_sqlite.py` on "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}. Archive: the congressional press releases "
        f"({stats['documents']:,} documents, {stats['quotes']:,} quotes, "
        f"{archive.stat().st_size / 2**20:,.0f} MB).",
        "",
        f"**Quote search with two facets** ({search['queries']} queries × {search['runs']} runs "
        f"after a warm-up pass; every facet count and the month histogram included; median "
        f"result set {search['median_hits']:,.0f} quotes):",
        "",
        "| p50 | p95 | max | timed out |",
        "|---:|---:|---:|---:|",
        f"| {search['p50']:.0f} ms | {search['p95']:.0f} ms | {search['max']:.0f} ms "
        f"| {search['timed_out']} |",
        "",
        f"The p95 {verdict} the {TARGET_P95_MS} ms target. Slowest queries (median):",
        "",
        *[f"- `{label}`: {ms:.0f} ms ({hits:,} hits)" for label, ms, hits in search["slowest"]],
        "",
        "**Export** (JSONL, full documents, streamed through `search.export.export`; peak RSS "
        "of the exporting process):",
        "",
        "| export | documents | time | peak RSS |",
        "|---|---:|---:|---:|",
        f"| small (`veterans`, one source) | {s['rows']:,} | {s['seconds']:.1f} s "
        f"| {s['peak_rss_mb']:.0f} MB |",
        f"| large (every English document) | {e['rows']:,} | {e['seconds']:.1f} s "
        f"| {e['peak_rss_mb']:.0f} MB |",
        "",
        f"Memory grows by {e['peak_rss_mb'] - s['peak_rss_mb']:.0f} MB for "
        f"{e['rows'] / max(s['rows'], 1):,.0f}× the documents: it stays flat.",
        "",
        "Reproduce: `.venv/bin/python scripts/bench_sqlite.py --build` (imports the corpus "
        "into `.cache/bench/congress.db` first).",
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace the section in docs/benchmarks.md, or add it (creating the file)."""
    old = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n\n"
    start = old.find(SECTION)
    if start == -1:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + len(SECTION))
        new = old[:start] + text + (old[end + 1 :] if end != -1 else "")
    DOCS.write_text(new, encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--export-child":
        export_child(*sys.argv[2:6])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--build", action="store_true", help="import the corpus if missing")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    archive = args.archive.resolve()
    if args.build:
        build(archive)
    if not archive.exists():
        raise SystemExit(f"no archive at {archive}: pass --build to import the corpus")
    backend = SqliteBackend(archive, result_cache=0)  # every search computed, none recalled
    stats = backend.stats()
    search = bench_search(backend, args.runs)
    exports = bench_export(archive, backend)
    backend.close()
    text = report(archive, stats, search, exports)
    print(text)
    if not args.no_write:
        write_section(text)
        print(f"written to {DOCS.relative_to(ROOT)}", file=sys.stderr)
    if search["p95"] >= TARGET_P95_MS:
        sys.exit(1)


if __name__ == "__main__":
    main()
