#!/usr/bin/env python3
"""`press import --jobs N` against `--jobs 1`: rate, identical archives, flat memory.

Imports the same congressional releases (`--map member=issuer --map text=text --map
date=published`) into two new embedded archives with `press import`, once with
`--jobs 1` and once with `--jobs N`, in the same run (rounds alternate), and prints the
ratio of their rates. The two archives are then compared row by row: document ids,
content hashes and stored JSON, quotes with their speakers, facet rows, near-duplicate
bands and originals. Memory of the whole process tree (`press` and its fork server and
workers, read from /proc every 0.2 s), its peak, and the peak in each quarter of the
run (flat memory: the quarters stay level as the archive grows), two ways: the sum of
each process's resident set (RSS: a page the workers share with the fork server counts
once per process), and the sum of their proportional sets (PSS, from
/proc/PID/smaps_rollup: a shared page counts once over the tree, the honest figure;
but a file page also mapped by processes outside the tree, a library or the mapped
language model, is divided with them too), and the sum of their private pages (USS:
what the tree holds that nothing else does, shared pages left out).
The CPU seconds of `press` (the reader and the one writer), of its fork server and of
the workers are printed apart, so a `--jobs` import's extra CPU can be placed. The load
average of the machine is printed beside the figures: other work on the
machine takes cores from the workers. Both imports run a copy of the working tree's
packages taken at the start, so edits made meanwhile do not tell the two apart.

Example:
    .venv/bin/python scripts/bench_jobs.py --records 20000 --jobs 2
    .venv/bin/python scripts/bench_jobs.py --records 0          # all 105,155 releases
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from proctree import pss_uss, tree

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
PRESS = str(Path(sys.executable).with_name("press"))
MAPPING = ["--map", "member=issuer", "--map", "text=text", "--map", "date=published"]
PACKAGES = ("importers", "search", "press", "web", "mappings")


def sample(path: Path, n: int, out: Path) -> Path:
    """Every k-th release, so every member's style is in it (all of them for n = 0)."""
    if n <= 0:
        return path
    with gzip.open(path, "rt", encoding="utf-8") as f:
        total = sum(1 for _ in f)
    step = max(1, total // n)
    with gzip.open(path, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        kept = 0
        for number, line in enumerate(f):
            if number % step == 0 and kept < n:
                w.write(line)
                kept += 1
    return out


def tree_rss(
    root: int, cpu: dict[int, float] | None = None, parents: dict[int, int] | None = None
) -> tuple[int, int, int]:
    """Resident bytes of a process and all its descendants: RSS, PSS and USS summed.
    `cpu` gets each process's CPU seconds so far (user + system), by process id, and
    `parents` each one's parent."""
    total, proportional, private = 0, 0, 0
    for p in tree(root):
        if cpu is not None:
            cpu[p.pid] = p.cpu
        if parents is not None:
            parents[p.pid] = p.parent
        pss, uss = pss_uss(p.pid)
        total, proportional, private = total + p.rss, proportional + pss, private + uss
    return total, proportional, private


def snapshot(dest: Path) -> dict[str, str]:
    """A copy of the packages, and the environment that makes `press` (and its worker
    processes) import them ahead of the editable install."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, dest / package, ignore=shutil.ignore_patterns("*.pyc"))
    return {**os.environ, "PYTHONPATH": str(dest)}


def run(records: Path, archive: Path, jobs: int, env: dict[str, str]) -> dict[str, object]:
    """One `press import`: wall seconds, documents, peak tree RSS and its quarters."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{archive}{suffix}").unlink(missing_ok=True)
    cmd = [PRESS, "import", str(records), *MAPPING, "--archive", str(archive)]
    cmd += ["--jobs", str(jobs), "--quiet", "--restart"]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    samples: list[tuple[float, tuple[int, int, int]]] = []
    cpu: dict[int, float] = {}  # last seen CPU seconds of each process of the tree
    parents: dict[int, int] = {}
    while True:
        # Waited for here rather than by `poll`, for its own CPU to the very end.
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            break
        samples.append((time.perf_counter() - started, tree_rss(proc.pid, cpu, parents)))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    main_cpu = usage.ru_utime + usage.ru_stime
    cpu[proc.pid] = main_cpu
    out, err = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"press import failed ({proc.returncode}): {err[-2000:]}")
    quarters, pss_quarters = [0, 0, 0, 0], [0, 0, 0, 0]
    for at, (rss, pss, _uss) in samples:
        q = min(3, int(4 * at / seconds))
        quarters[q] = max(quarters[q], rss)
        pss_quarters[q] = max(pss_quarters[q], pss)
    docs = sqlite3.connect(archive).execute("SELECT count(*) FROM documents").fetchone()[0]
    return {
        "jobs": jobs,
        "seconds": seconds,
        "documents": docs,
        "rate": docs / seconds,
        "peak_mb": max((r for _, (r, _p, _u) in samples), default=0) / 1e6,
        "quarters_mb": [round(q / 1e6) for q in quarters],
        "pss_peak_mb": max((p for _, (_r, p, _u) in samples), default=0) / 1e6,
        "uss_peak_mb": max((u for _, (_r, _p, u) in samples), default=0) / 1e6,
        "pss_quarters_mb": [round(q / 1e6) for q in pss_quarters],
        "load": (load + os.getloadavg()[0]) / 2,
        # CPU seconds of `press` (the reader and writer) and of the whole tree (its fork
        # server and workers, each as last seen, up to 0.2 s before it ended).
        "main_cpu": main_cpu,
        "tree_cpu": sum(cpu.values()),
        # The fork server (and multiprocessing's resource tracker) are children of
        # `press`; the workers are the fork server's children.
        "server_cpu": sum(c for pid, c in cpu.items() if parents.get(pid) == proc.pid),
        "worker_cpu": sum(
            c for pid, c in cpu.items() if parents.get(parents.get(pid, -1)) == proc.pid
        ),
        "summary": out.strip().splitlines()[-1],
    }


CONTENTS = {
    "documents": "SELECT id, content_hash, headline, source, place, published, text_key,"
    " signature, data, title, stems FROM documents ORDER BY id",
    "quotes": "SELECT d.id, q.idx, q.speaker, q.speaker_key, q.mention, q.kind, q.text,"
    " q.speakers, q.method, q.confidence FROM quotes q JOIN documents d ON d.rowid = q.doc"
    " ORDER BY d.id, q.idx",
    "quote speakers": "SELECT d.id, q.idx, s.name, s.key FROM quote_speakers s"
    " JOIN quotes q ON q.rowid = s.quote JOIN documents d ON d.rowid = q.doc"
    " ORDER BY 1, 2, 3",
    "facets": "SELECT d.id, f.facet, f.value, f.key FROM doc_facets f"
    " JOIN documents d ON d.rowid = f.doc ORDER BY 1, 2, 3",
    "bands": "SELECT d.id, b.band FROM doc_bands b JOIN documents d ON d.rowid = b.doc"
    " ORDER BY 1, 2",
    "originals": "SELECT d.id, o.format, o.filename, o.options, o.data FROM originals o"
    " JOIN documents d ON d.rowid = o.doc ORDER BY 1",
}


def compare(a: Path, b: Path) -> dict[str, str]:
    """For each kind of row: how many, and whether both archives hold the same."""
    out = {}
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    for name, sql in CONTENTS.items():
        ra, rb = ca.execute(sql).fetchall(), cb.execute(sql).fetchall()
        same = "identical" if ra == rb else f"DIFFERENT ({len(ra)} / {len(rb)} rows)"
        out[name] = f"{len(ra):,} rows, {same}"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000, help="0: every release")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--work", help="folder for the sample and archives (default: temporary)")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        work = Path(tmp)
        env = snapshot(work / "tree")
        records = sample(CORPUS, args.records, work / "records.jsonl")
        print(f"records: {args.records or 'all'} ({records}); cores: {os.cpu_count()}", flush=True)
        results: dict[int, list[dict[str, object]]] = {1: [], args.jobs: []}
        for n in range(args.rounds):
            for jobs in (1, args.jobs):
                result = run(records, work / f"jobs{jobs}.db", jobs, env)
                results[jobs].append(result)
                print(
                    f"round {n + 1} --jobs {jobs}: {result['seconds']:.1f} s,"
                    f" {result['rate']:.1f} documents/s, process tree peak: PSS"
                    f" {result['pss_peak_mb']:.0f} MB (by quarter {result['pss_quarters_mb']}),"
                    f" USS summed {result['uss_peak_mb']:.0f} MB,"
                    f" RSS summed {result['peak_mb']:.0f} MB (by quarter"
                    f" {result['quarters_mb']}),"
                    f" load average {result['load']:.2f}; {result['summary']}",
                    flush=True,
                )
                docs = float(str(result["documents"])) or 1.0
                print(
                    f"  CPU: tree {result['tree_cpu']:.1f} s"
                    f" ({1000 * float(str(result['tree_cpu'])) / docs:.2f} ms/document),"
                    f" press (reader and writer) {result['main_cpu']:.1f} s"
                    f" ({1000 * float(str(result['main_cpu'])) / docs:.2f} ms/document)"
                    + (
                        f", fork server {result['server_cpu']:.1f} s, workers"
                        f" {result['worker_cpu']:.1f} s"
                        f" ({1000 * float(str(result['worker_cpu'])) / docs:.2f} ms/document)"
                        if jobs > 1
                        else ""
                    ),
                    flush=True,
                )
        for name, verdict in compare(work / "jobs1.db", work / f"jobs{args.jobs}.db").items():
            print(f"  {name}: {verdict}")
    best = {j: max(float(str(r["rate"])) for r in rs) for j, rs in results.items()}
    print(f"--jobs {args.jobs} / --jobs 1 rate: {best[args.jobs] / best[1]:.2f}")
    # What the CPU allows on an idle machine with `--jobs` cores: the tree's CPU spread
    # over them, unless `press` alone (the one writer) takes longer. Other work on the
    # machine does not change CPU seconds much, where it changes wall time a lot.
    cpu = {j: min(float(str(r["tree_cpu"])) for r in rs) for j, rs in results.items()}
    writer = min(float(str(r["main_cpu"])) for r in results[args.jobs])
    bound = min(args.jobs * cpu[1] / cpu[args.jobs], cpu[1] / writer)
    print(
        f"CPU: --jobs {args.jobs} tree / --jobs 1 tree {cpu[args.jobs] / cpu[1]:.3f};"
        f" press's share of the --jobs {args.jobs} tree {writer / cpu[args.jobs]:.3f};"
        f" rate ratio the CPU allows on {args.jobs} idle cores: {bound:.2f}"
    )


if __name__ == "__main__":
    main()
