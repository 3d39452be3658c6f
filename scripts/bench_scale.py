#!/usr/bin/env python3
"""How the archive grows: a million documents into the embedded archive and Elasticsearch.

Loads the corpus of `scripts/make_million.py` (files `million-<n>k.jsonl`, our own export
format, so `press import` stores and indexes without parsing) into one archive step by
step — 105k, then 300k, then 1M documents — and at each size measures:

  * the import of that step: documents per second (the store and the index only: the
    parse is measured once by `make_million.py parse`), peak memory (max RSS) of the
    `press import` process;
  * the archive's size on disk (SQLite file and its log; Elasticsearch primary store);
  * p50 / p95 of the same 24 searches in both scopes — quotes and documents, each with
    two facets selected, answering with every facet and the month histogram (the search
    page's request), the backend's answer cache off — and browsing every document;
  * an export (JSONL, whole documents) of the first 100,000 results of a search for every
    English document, newest first: its time and the exporting process's peak memory.

Figures go to a JSON file per backend (`results-<name>.json` beside the corpus); a step
already measured is skipped, so an interrupted run continues. `report` writes the table
into docs/benchmarks.md (section "Toward a million documents") and the plot
docs/benchmarks-scale.png (matplotlib: `pip install -e '.[bench]'`).

Example:
    .venv/bin/python scripts/make_million.py parse
    .venv/bin/python scripts/make_million.py generate
    .venv/bin/python scripts/bench_scale.py run --archive sqlite:////tmp/million/scale.db
    ES_PORT=9450 ES_CACHE=/tmp/es-million scripts/elasticsearch.sh start
    .venv/bin/python scripts/bench_scale.py run --archive http://127.0.0.1:9450 --name elastic
    .venv/bin/python scripts/bench_scale.py report

To measure a fixed revision while the tree changes, put its packages first on the path:
`PYTHONPATH=/path/to/checkout .venv/bin/python scripts/bench_scale.py …` (children
inherit it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from proctree import cpu_seconds, pss_uss, tree
from searches import representative

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: a checkout named there is measured instead

DEFAULT_DIR = Path(os.environ.get("PRESS_MILLION_DIR", "/tmp/million"))
DOCS = ROOT / "docs" / "benchmarks.md"
PLOT = ROOT / "docs" / "benchmarks-scale.png"
SECTION = "## Toward a million documents"
EXPORT_ROWS = 100_000
ES_PREFIX = os.environ.get("PRESS_ES_INDEX_PREFIX", "press-million")

from bench_terms import TERMS  # noqa: E402  (the scripts folder leads the path)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def open_archive(url: str) -> Any:
    from search import open_backend

    if url.startswith(("http://", "https://")):
        return open_backend(url, index_prefix=ES_PREFIX, request_timeout=120)
    return open_backend(url, result_cache=0)  # every search computed, none recalled


# -- the searches -------------------------------------------------------------------


def top_values(backend: Any, facet: str, n: int) -> list[str]:
    from search.base import SearchRequest

    request = SearchRequest(
        scope="quotes", facets=(facet,), facet_size=n, limit=0, histogram=False, timeout_ms=120_000
    )
    return [v.value for v in backend.search(request).facets[facet].values]


def choose_cases(backend: Any) -> list[tuple[str, dict[str, list[str]]]]:
    """Each term with two facets chosen the way a reporter would: a person or an office,
    and a year or the dateline place. Chosen once, at the first size, and kept."""
    speakers = top_values(backend, "speaker", 8)
    sources = top_values(backend, "source", 8)
    years = top_values(backend, "year", 6)
    places = top_values(backend, "place", 3)
    cases = []
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
        cases.append((term, filters))
    return cases


def bench_searches(
    backend: Any, cases: list[tuple[str, dict[str, list[str]]]], runs: int, es_pid: int | None
) -> dict[str, Any]:
    def cpu_now() -> float:
        if es_pid is None:
            return time.process_time()
        return cpu_seconds(es_pid)

    def once(term: str, filters: dict[str, list[str]], scope: str) -> tuple[float, int, bool]:
        request = representative(term, filters, scope, 10_000)
        started, cpu = time.perf_counter(), cpu_now()
        result = backend.search(request)
        late = result.timed_out or any(f.timed_out for f in result.facets.values())
        cpu_ms.append((cpu_now() - cpu) * 1000)
        return (time.perf_counter() - started) * 1000, result.total, late

    out: dict[str, Any] = {}
    cpu_ms: list[float] = []
    for scope in ("quotes", "documents"):
        for term, filters in cases:  # warm the caches, as a running server would be
            once(term, filters, scope)
        cpu_ms.clear()
        timings: list[float] = []
        per_case: dict[str, list[float]] = {}
        totals: dict[str, int] = {}
        timed_out = 0
        for _ in range(runs):
            for term, filters in cases:
                ms, total, late = once(term, filters, scope)
                timings.append(ms)
                label = f"{term} | " + "; ".join(f"{k}={v[0]}" for k, v in filters.items())
                per_case.setdefault(label, []).append(ms)
                totals[label] = total
                timed_out += late
        slowest = sorted(per_case, key=lambda k: statistics.median(per_case[k]), reverse=True)
        out[scope] = {
            "samples": len(timings),
            "p50": percentile(timings, 50),
            "p95": percentile(timings, 95),
            "max": max(timings),
            "timed_out": timed_out,
            "median_hits": statistics.median(totals.values()),
            "slowest": [(k, statistics.median(per_case[k]), totals[k]) for k in slowest[:3]],
            # CPU time of the searching process (SQLite) or the Elasticsearch node: what
            # the search costs, less disturbed by other work on a shared machine.
            "cpu_p50": percentile(cpu_ms, 50),
            "cpu_p95": percentile(cpu_ms, 95),
        }
    browse = []
    for _ in range(runs + 1):
        ms, total, _late = once("", {}, "documents")
        browse.append(ms)
    out["browse"] = {"median": statistics.median(browse[1:]), "first": browse[0], "total": total}
    return out


# -- import and export, in child processes so their peak memory is their own ---------


def child_env(archive: str) -> dict[str, str]:
    env = dict(os.environ, PRESS_ES_INDEX_PREFIX=ES_PREFIX)
    env.setdefault("PYTHONPATH", "")
    return env


class TreeWatch:
    """CPU seconds and summed PSS of a process and every process below it, read from
    /proc once a second. `/usr/bin/time` alone misses the parse workers: they are the
    fork server's children, never waited for by the importing process, so their CPU is
    in no rusage it can read (an import with `--jobs 2` looked three times cheaper)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.seconds, self.peak_pss_kb = pid, dict[int, float](), 0

    def sample(self) -> None:
        pss = 0
        for p in tree(self.pid):
            # A process's last sample stands for it once it has gone (≤ 1 s lost each).
            self.seconds[p.pid] = p.cpu
            pss += pss_uss(p.pid)[0]
        self.peak_pss_kb = max(self.peak_pss_kb, pss // 1024)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.seconds.values())


def run_child(command: list[str], archive: str, nice: int = 0) -> tuple[float, float, str, float]:
    """Run a command; its wall seconds, its peak RSS in MB, its standard output and its
    CPU seconds with its children's (which a busy shared machine disturbs much less than
    wall time)."""
    figures = run_measured(command, archive, nice)
    return figures["seconds"], figures["peak_rss_mb"], figures["stdout"], figures["cpu_seconds"]


def run_measured(command: list[str], archive: str, nice: int = 0) -> dict[str, Any]:
    """Run a command; wall seconds, peak RSS of its largest process (MB), peak summed PSS
    of its process tree (MB), CPU seconds of the tree, and its standard output."""
    # Through /usr/bin/time: a child forked from this process starts with this process's
    # pages, which its own peak (ru_maxrss) would count; time's child starts small.
    started = time.perf_counter()
    prefix = ["nice", "-n", str(nice)] if nice else []
    # Output to files, not pipes: nobody reads a pipe while the tree is being watched.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [*prefix, "/usr/bin/time", "-f", "%M %U %S", *command],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=child_env(archive),
            cwd="/",
        )
        watch = TreeWatch(proc.pid)
        while True:
            watch.sample()
            try:
                proc.wait(timeout=1)
                break
            except subprocess.TimeoutExpired:
                pass
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{command[:4]}… failed ({proc.returncode}): {stderr[-2000:]}")
    peak_kb, user, system = stderr.strip().splitlines()[-1].split()
    return {
        "seconds": seconds,
        "peak_rss_mb": int(peak_kb) / 1024,
        "peak_pss_mb": watch.peak_pss_kb / 1024,
        # what time saw (the importing process) or more: the workers as last sampled
        "cpu_seconds": max(float(user) + float(system), watch.cpu_seconds),
        "stdout": stdout,
    }


def import_step(
    archive: str, path: Path, jobs: int | None = None, nice: int = 0, records: int | None = None
) -> dict[str, Any]:
    command = [
        sys.executable,
        "-c",
        "from press.cli import main; main()",
        "import",
        str(path),
        "--archive",
        archive,
        "-q",
        *(["--jobs", str(jobs)] if jobs else []),
    ]
    print("importing:", path.name, file=sys.stderr)
    figures = run_measured(command, archive, nice)
    out = figures.pop("stdout")
    print(out.strip(), file=sys.stderr)
    if records is None:
        with path.open("rb") as f:
            records = sum(1 for _ in f)
    return {
        "records": records,
        **figures,
        "rate": records / figures["seconds"],
        "cpu_rate": records / figures["cpu_seconds"],
        "jobs": jobs,
        "summary": out.strip(),
    }


def cut_slice(corpus: Path, first: int, last: int) -> Path:
    """Documents first+1 … last of the largest step's file, as a file of their own: each
    step imports only the documents the step before did not (all of them new)."""
    source = max(corpus.glob("million-*k.jsonl"))
    path = corpus / f"slice-{first // 1000:04d}k-{last // 1000:04d}k.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with source.open("rb") as f, partial.open("wb") as w:
            for i, line in enumerate(f):
                if i >= last:
                    break
                if i >= first:
                    w.write(line)
        partial.rename(path)
    return path


def import_sample(archive: str, path: Path, count: int, offset: int = 0) -> dict[str, Any]:
    """Import `count` documents of a step's file, every k-th one (the file holds the
    releases member by member, so every member is in the sample): the import's figures
    at this archive size without storing the whole step."""
    sample = path.with_name(f"{path.stem}-sample-{offset}-{count}.jsonl")
    if not sample.exists():
        with path.open("rb") as f:
            lines = sum(1 for _ in f)
        every = max(1, lines // count)
        partial = sample.with_suffix(".partial")
        with path.open(encoding="utf-8") as f, partial.open("w", encoding="utf-8") as w:
            taken = 0
            for i, line in enumerate(f):
                if i % every == offset % every and taken < count:
                    w.write(line)
                    taken += 1
        partial.rename(sample)
    return import_step(archive, sample)


def grow_by_copy(archive: str, target: int, chunk: int = 50_000) -> dict[str, Any]:
    """Grow an embedded archive to `target` documents by copying the rows of documents it
    holds (with their quotes, facet values, speakers, bands and text indexes) under new
    rowids and ids, in SQL: the search indexes reach the size without paying the store's
    per-document Python work again. Texts repeat; every id is new. Each transaction
    copies at most `chunk` documents, so the write-ahead log stays a bounded size."""
    from search.sqlite import SqliteBackend

    backend = SqliteBackend(archive.removeprefix("sqlite://"))
    conn = backend.conn  # with the functions the text views read through
    conn.execute("PRAGMA cache_size = -1000000")  # a copy's pages stay in memory (1 GB)
    started, cpu = time.perf_counter(), time.process_time()
    have = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    copied = 0
    while have < target:
        n = min(have, target - have)
        doff = conn.execute("SELECT max(rowid) FROM documents").fetchone()[0]
        qoff = conn.execute("SELECT coalesce(max(rowid), 0) FROM quotes").fetchone()[0]
        last = conn.execute(
            "SELECT rowid FROM documents ORDER BY rowid LIMIT 1 OFFSET ?", (n - 1,)
        ).fetchone()[0]
        first = 0
        while first < last:
            # The offsets stay those of the pass: rows copied by an earlier chunk are past
            # `last` (documents) and `qoff` (quotes), so no chunk copies a copy.
            upto = conn.execute(
                "SELECT max(rowid) FROM (SELECT rowid FROM documents WHERE rowid > ?"
                " ORDER BY rowid LIMIT ?)",
                (first, chunk),
            ).fetchone()[0]
            upto = min(upto, last)
            args = {"doff": doff, "qoff": qoff, "first": first, "last": upto, "tag": f"~{doff}"}
            conn.execute("BEGIN IMMEDIATE")
            for sql in COPY_SQL:
                conn.execute(sql, args)
            conn.execute("COMMIT")
            first = upto
            have = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            print(f"copied up to row {upto:,} of {last:,}: {have:,} documents", file=sys.stderr)
        copied += n
    backend.close()
    return {
        "copied": copied,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
    }


# The embedded archive's tables (schema 3), each copied with rowids moved past the last.
_DOC_COLUMNS = (
    "headline, source, place, published, month, url, content_hash, text_key, signature, data,"
    " imported_at, title, stems"
)
_QUOTE_COLUMNS = (
    "idx, speaker, speaker_key, mention, kind, paragraph, text, text_key, published, speakers,"
    " method, confidence"
)
_FTS_COLUMNS = "headline, subheadings, body, quotes, captions"
COPY_SQL = [
    f"INSERT INTO documents (rowid, id, {_DOC_COLUMNS}) SELECT rowid + :doff, id || :tag,"
    f" {_DOC_COLUMNS} FROM documents WHERE rowid > :first AND rowid <= :last",
    "INSERT INTO doc_bands (band, doc) SELECT band, doc + :doff FROM doc_bands"
    " WHERE doc > :first AND doc <= :last",
    "INSERT INTO doc_facets (doc, facet, value, key) SELECT doc + :doff, facet, value, key"
    " FROM doc_facets WHERE doc > :first AND doc <= :last",
    "INSERT INTO speakers (doc, name, key, role, kind, aliases) SELECT doc + :doff, name, key,"
    " role, kind, aliases FROM speakers WHERE doc > :first AND doc <= :last",
    "INSERT INTO speaker_aliases (alias_key, key, doc) SELECT alias_key, key, doc + :doff"
    " FROM speaker_aliases WHERE doc > :first AND doc <= :last",
    f"INSERT INTO quotes (rowid, doc, {_QUOTE_COLUMNS}) SELECT rowid + :qoff, doc + :doff,"
    f" {_QUOTE_COLUMNS} FROM quotes WHERE doc > :first AND doc <= :last",
    "INSERT INTO quote_speakers (quote, doc, name, key) SELECT quote + :qoff, doc + :doff,"
    " name, key FROM quote_speakers WHERE doc > :first AND doc <= :last",
    # The text indexes keep no text of their own (schema 3): their rows are given here.
    "INSERT INTO quotes_fts (rowid, text) SELECT rowid + :qoff, text FROM quotes"
    " WHERE doc > :first AND doc <= :last AND rowid <= :qoff",
    "INSERT INTO quotes_stem (rowid, text) SELECT q.rowid + :qoff,"
    " press_stems(d.data, d.stems, -1 - q.idx) FROM quotes q JOIN documents d ON d.rowid = q.doc"
    " WHERE q.doc > :first AND q.doc <= :last AND q.rowid <= :qoff",
    f"INSERT INTO documents_fts (rowid, {_FTS_COLUMNS}) SELECT rid + :doff, {_FTS_COLUMNS}"
    " FROM documents_text WHERE rid > :first AND rid <= :last",
    f"INSERT INTO documents_stem (rowid, {_FTS_COLUMNS}) SELECT rid + :doff, {_FTS_COLUMNS}"
    " FROM documents_stems WHERE rid > :first AND rid <= :last",
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'",
]


def export_child(archive: str, rows: int) -> None:
    from search.base import SearchRequest
    from search.export import export
    from search.query import parse_query

    backend = open_archive(archive)
    request = SearchRequest(
        parse_query(""), filters={"language": ["en"]}, sort="newest", facets=(), histogram=False
    )
    started = time.perf_counter()
    written = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for chunk in export(backend, request, "jsonl"):
            sink.write(chunk)
            written += 1
            if written >= rows:
                break
    seconds = time.perf_counter() - started
    backend.close()
    print(json.dumps({"rows": written, "seconds": seconds}))


def export_step(archive: str, rows: int, nice: int = 0) -> dict[str, Any]:
    command = [sys.executable, __file__, "export-child", archive, str(rows)]
    measured = run_measured(command, archive, nice)
    figures: dict[str, Any] = json.loads(measured["stdout"].strip().splitlines()[-1])
    figures["peak_rss_mb"] = measured["peak_rss_mb"]
    figures["cpu_seconds"] = measured["cpu_seconds"]
    return figures


def archive_size(archive: str, backend: Any) -> int:
    if archive.startswith(("http://", "https://")):
        backend.client.indices.refresh(index=f"{ES_PREFIX}-*")
        stats = backend.client.indices.stats(index=f"{ES_PREFIX}-*", metric="store")
        return int(stats["_all"]["primaries"]["store"]["size_in_bytes"])
    path = Path(archive.removeprefix("sqlite://"))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


# -- the run ------------------------------------------------------------------------


def steps(corpus: Path, counts: list[int]) -> Iterator[Path]:
    """The corpus file of each step, waiting for one the generator is still writing."""
    for count in counts:
        path = corpus / f"million-{count // 1000:04d}k.jsonl"
        if not path.exists() and not path.with_suffix(".partial").exists():
            raise SystemExit(f"no {path}: run scripts/make_million.py generate")
        while not path.exists():
            time.sleep(10)
        yield path


def save(path: Path, results: dict[str, Any]) -> None:
    path.write_text(json.dumps(results, indent=1) + "\n")


def measure_step(args: argparse.Namespace, results: dict[str, Any], step: dict[str, Any]) -> None:
    """Size, searches and the export of the archive as it stands, into `step`."""
    backend = open_archive(args.archive)
    stats = backend.stats()
    step["documents"], step["quotes"] = stats["documents"], stats["quotes"]
    step["size_bytes"] = archive_size(args.archive, backend)
    if "cases" not in results:
        results["cases"] = choose_cases(backend)
    step["load_average"] = os.getloadavg()
    step["search"] = bench_searches(backend, results["cases"], args.runs, args.es_pid)
    backend.close()
    if not (getattr(args, "keep_export", False) and "export" in step):
        step["export"] = export_step(args.archive, EXPORT_ROWS, args.nice)
    step["load_average_after"] = os.getloadavg()


def _report_step(step: dict[str, Any]) -> None:
    print(json.dumps({k: v for k, v in step.items() if k != "search"}), file=sys.stderr)
    print(
        json.dumps({s: step["search"][s] for s in ("quotes", "documents", "browse")}),
        file=sys.stderr,
    )


def run(args: argparse.Namespace) -> None:
    results_path = args.dir / f"results-{args.name}.json"
    results: dict[str, Any] = (
        json.loads(results_path.read_text()) if results_path.exists() else {"steps": []}
    )
    results.setdefault("archive", args.archive)
    done = {s["file"] for s in results["steps"]}
    counts = [int(n) for n in args.steps.split(",")]
    previous = 0
    for target, path in zip(counts, steps(args.dir, counts), strict=True):
        first, previous = previous, target
        if path.name in done:
            continue
        if args.only and path.name not in args.only:
            break
        step: dict[str, Any] = results.pop("partial", None) or {
            "file": path.name,
            "when": dt.datetime.now(dt.UTC).isoformat(),
        }
        if "import" not in step:
            if args.sample:
                step["import"] = import_sample(args.archive, path, args.sample, args.sample_offset)
            elif args.slices:
                part = cut_slice(args.dir, first, target)
                step["import"] = import_step(
                    args.archive, part, args.jobs, args.nice, records=target - first
                )
            else:
                step["import"] = import_step(args.archive, path, args.jobs, args.nice)
            save(results_path, {**results, "partial": step})
        if args.sample and "copy" not in step:
            # The rest of the size by copying rows (embedded archive only).
            step["copy"] = grow_by_copy(args.archive, target)
            save(results_path, {**results, "partial": step})
        if args.keep and not args.archive.startswith(("http://", "https://")):
            # The archive at this size, kept to measure another revision's searches on.
            db = Path(args.archive.removeprefix("sqlite://"))
            subprocess.run(["cp", db, db.with_name(f"{db.stem}-{target // 1000}k{db.suffix}")])
        measure_step(args, results, step)
        results["steps"].append(step)
        save(results_path, results)
        _report_step(step)


def measure(args: argparse.Namespace) -> None:
    """Measure an archive filled some other way (e.g. a copy kept at one size while the
    import went on), with the import's figures as measured then (a JSON object of
    `import_step`'s keys), as one more step of results-NAME.json."""
    results_path = args.dir / f"results-{args.name}.json"
    results: dict[str, Any] = (
        json.loads(results_path.read_text()) if results_path.exists() else {"steps": []}
    )
    step: dict[str, Any] = {"file": args.label, "when": dt.datetime.now(dt.UTC).isoformat()}
    earlier = [s for s in results["steps"] if s["file"] == args.label]
    if args.keep_export and earlier and "export" in earlier[0]:
        step["export"] = earlier[0]["export"]  # the export does not run the search code
    step["import"] = json.loads(args.import_figures.read_text()) if args.import_figures else {}
    if args.stored_by:
        step["stored_by"] = args.stored_by
    if args.code:
        step["code"] = args.code
    measure_step(args, results, step)
    results["steps"] = [s for s in results["steps"] if s["file"] != args.label] + [step]
    results["steps"].sort(key=lambda s: s["documents"])
    save(results_path, results)
    _report_step(step)


def remeasure(args: argparse.Namespace) -> None:
    """The searches of the last measured step again (the archive unchanged since), e.g.
    after a change to the search code: figures of the new code at the same size."""
    results_path = args.dir / f"results-{args.name}.json"
    results = json.loads(results_path.read_text())
    step = results["steps"][-1]
    backend = open_archive(args.archive)
    if backend.stats()["documents"] != step["documents"]:
        raise SystemExit("the archive changed since its last step was measured")
    if args.runs:
        step.setdefault("earlier_search", []).append(step["search"])
        step["search"] = bench_searches(backend, results["cases"], args.runs, args.es_pid)
    backend.close()
    if args.export:
        step.setdefault("earlier_export", []).append(step["export"])
        step["export"] = export_step(args.archive, EXPORT_ROWS)
    save(results_path, results)
    print(json.dumps({s: step["search"][s] for s in ("quotes", "documents")}), file=sys.stderr)
    print(json.dumps(step["export"]), file=sys.stderr)


# -- the report ---------------------------------------------------------------------


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB" if n < 2**30 else f"{n / 2**30:,.1f} GB"


def _peak(figures: dict[str, Any]) -> str:
    # None: not measured cleanly (a run before peaks were read through /usr/bin/time).
    peak = figures.get("peak_rss_mb")
    if peak is None:
        return "n/a"
    if figures.get("peak_pss_mb"):  # the whole tree, workers included, shared pages split
        return f"{peak:,.0f} MB ({figures['peak_pss_mb']:,.0f} MB)"
    return f"{peak:,.0f} MB"


def report(args: argparse.Namespace) -> None:
    runs = {}
    for name in args.names:
        path = args.dir / f"results-{name}.json"
        if path.exists():
            runs[name] = json.loads(path.read_text())
    if not runs:
        raise SystemExit(f"no results-*.json in {args.dir}")

    def label(name: str) -> str:
        return "Elasticsearch (1 node)" if name.startswith("elastic") else "embedded"

    lines = [
        SECTION,
        "",
        "| backend | documents | quotes | stored by | import: docs/s (per CPU-s) "
        "| import peak RSS (tree PSS) | size | quotes, 2 facets: p50 / p95 (CPU) "
        "| documents, 2 facets: p50 / p95 (CPU) | browse all | export: rows, time, peak RSS |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, data in runs.items():
        for s in data["steps"]:
            q, d, e, i = s["search"]["quotes"], s["search"]["documents"], s["export"], s["import"]
            how = s.get("stored_by") or (
                f"import of {i['records']:,}, copies of rows"
                if "copy" in s
                else f"import of {i['records']:,}"
            )
            lines.append(
                f"| {label(name)} | {s['documents']:,} | {s['quotes']:,} | {how} "
                f"| {i['rate']:,.0f} ({i['cpu_rate']:,.0f}) | {_peak(i)} "
                f"| {_mb(s['size_bytes'])} "
                f"| {q['p50']:,.0f} / {q['p95']:,.0f} ms ({q['cpu_p50']:,.0f} / "
                f"{q['cpu_p95']:,.0f}) "
                f"| {d['p50']:,.0f} / {d['p95']:,.0f} ms ({d['cpu_p50']:,.0f} / "
                f"{d['cpu_p95']:,.0f}) "
                f"| {s['search']['browse']['median']:,.0f} ms "
                f"| {e['rows']:,}, {e['seconds']:,.1f} s, {_peak(e)} |"
            )
    plot_title = "Search CPU p95, import rate and archive size by archive size"
    lines += ["", f"![{plot_title}]({PLOT.name})", ""]
    text = "\n".join(lines)
    print(text)
    if args.plot or args.write:
        plot(runs, args.png)
    if args.write:
        write_section(text + "\n" + (args.notes.read_text() if args.notes else ""))


def plot(runs: dict[str, Any], path: Path = PLOT) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(13, 4))
    for name, data in runs.items():
        xs = [s["documents"] / 1000 for s in data["steps"]]
        for scope, style in (("quotes", "-o"), ("documents", "--s")):
            axes[0].plot(
                xs,
                [s["search"][scope]["cpu_p95"] for s in data["steps"]],
                style,
                label=f"{name}: {scope}",
            )
        # Elasticsearch's node does most of an import's work: its CPU counts too.
        rates = [
            s["import"]["records"]
            / (s["import"]["cpu_seconds"] + s["import"].get("node_cpu_seconds", 0))
            for s in data["steps"]
        ]
        axes[1].plot(xs, rates, "-o", label=name)
        axes[2].plot(xs, [s["size_bytes"] / 2**30 for s in data["steps"]], "-o", label=name)
    axes[0].axhline(300, color="grey", lw=0.8, ls=":")
    axes[0].axhline(150, color="grey", lw=0.8, ls=":")
    titles = (
        "search CPU p95 (ms): 2 facets selected, all counted",
        "import: documents per CPU-second (ES: client + node)",
        "archive size (GB)",
    )
    for ax, title in zip(axes, titles, strict=True):
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("documents (thousands)")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    print(f"plot: {path}", file=sys.stderr)


def write_section(text: str) -> None:
    """Replace the section's table (its heading down to the plot) in docs/benchmarks.md,
    keeping the text under it, or add the section at the end."""
    old = DOCS.read_text(encoding="utf-8")
    start = old.find(SECTION)
    if start == -1:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        plot_line = old.find(PLOT.name, start)
        end = old.find("\n", plot_line) + 1 if plot_line != -1 else old.find("\n\n", start) + 2
        new = old[:start] + text + old[end:]
    DOCS.write_text(new, encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "export-child":
        export_child(sys.argv[2], int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="the generated corpus")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="load the next steps and measure each")
    r.add_argument("--archive", required=True, help="sqlite:///path or an Elasticsearch URL")
    r.add_argument("--name", default="sqlite", help="results-NAME.json (sqlite or elastic)")
    r.add_argument("--runs", type=int, default=3, help="rounds of the searches per size")
    r.add_argument("--only", nargs="*", help="stop before steps not named here")
    r.add_argument("--steps", default="105000,300000,1000000", help="as given to make_million")
    r.add_argument(
        "--sample",
        type=int,
        help="embedded archive: import only this many documents of each step's file, then "
        "grow to the step's size by copying rows",
    )
    r.add_argument("--sample-offset", type=int, default=0, help="which k-th documents")
    r.add_argument(
        "--slices",
        action="store_true",
        help="import only each step's new documents (from the largest step's file), so "
        "every document of the archive is imported for real",
    )
    r.add_argument("--jobs", type=int, help="press import --jobs (default: its own)")
    r.add_argument("--keep", action="store_true", help="keep a copy of the archive per step")
    r.add_argument("--es-pid", type=int, help="the Elasticsearch node's pid: its CPU per search")
    for command in (r, ms := sub.add_parser("measure", help=measure.__doc__.split(",")[0])):
        command.add_argument("--nice", type=int, default=0, help="niceness of imports, exports")
    ms.add_argument("--archive", required=True)
    ms.add_argument("--name", required=True, help="results-NAME.json")
    ms.add_argument("--label", required=True, help="the step's name, e.g. 105k")
    ms.add_argument("--runs", type=int, default=1)
    ms.add_argument("--es-pid", type=int)
    ms.add_argument("--import-figures", type=Path, help="JSON: the import's figures")
    ms.add_argument("--stored-by", help="how the documents got there, for the table")
    ms.add_argument("--code", help="the revision measured, for the record")
    ms.add_argument(
        "--keep-export", action="store_true", help="keep the step's export figures if measured"
    )
    m = sub.add_parser("searches", help="measure the last step's searches again")
    m.add_argument("--archive", required=True)
    m.add_argument("--name", default="sqlite")
    m.add_argument("--runs", type=int, default=3)
    m.add_argument("--es-pid", type=int)
    m.add_argument("--export", action="store_true", help="measure the export again too")
    p = sub.add_parser("report", help="print the table; write it and the plot with --write")
    p.add_argument("--write", action="store_true", help="into docs/benchmarks.md and the PNG")
    p.add_argument("--plot", action="store_true", help="write the PNG only")
    p.add_argument("--png", type=Path, default=PLOT, help="where the plot goes")
    p.add_argument("--notes", type=Path, help="text to put under the table")
    p.add_argument(
        "--names", nargs="*", default=["sqlite", "elastic"], help="results-NAME.json to show"
    )
    args = parser.parse_args()
    if args.command == "run":
        run(args)
    elif args.command == "measure":
        measure(args)
    elif args.command == "searches":
        remeasure(args)
    else:
        report(args)


if __name__ == "__main__":
    main()
