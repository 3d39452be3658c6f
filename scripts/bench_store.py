#!/usr/bin/env python3
"""The embedded archive's store step against a plain FTS table of the same texts.

Parses a spread sample of the congressional releases once (`--map member=issuer --map
text=text --map date=published`, outside the timings), then, in one process on one
core, in the same run:

- prepare: what the archive derives from each document in Python before storing it
  (`search.sqlite.prepare_document`: its JSON once, content hash, MinHash signature
  and bands, stems, facet, speaker and quote rows; in a parallel import, the workers'
  share);
- store: `SqliteBackend.write` of the prepared documents into a new archive (the
  writer's share: the inserts and their indexes, commits included);
- plain: the same records as `sqlite-utils insert` + `enable-fts` would load them: a
  table of the record's fields and an FTS5 index over `text` (external content, as
  sqlite-utils makes it), one transaction.

It prints milliseconds per document (process CPU time and wall-clock), the file sizes
after a checkpoint, the ratios store / plain, and the archive's largest tables and
indexes. `--slices K` writes the documents in K successive writes and prints the store's
CPU per document of each (how it grows with the archive); `--parsed FILE` keeps the
parsed documents in FILE (pickle, with a digest of the sample they came from) and reads
them from there when it exists, so a second run compares the store of other code on the
same documents without parsing again (a FILE of another sample is refused). The corpus
is read from $PRESS_CORPUS (default ../shared/corpus).
`--profile` adds cProfile's top functions of the store step, `--statements` the store's
CPU by statement (`bench_store_at_size.TimedConnection`).
`--baseline REV` times the prepare and store steps of that git revision's `search/` (or
of a folder holding `search/`) against the working tree's on the same parsed documents,
in `--rounds` alternating rounds, each tree in a child process of its own, and prints
both trees' CPU per document and the ratios (working tree / baseline) of their medians
and of each round: a ratio measured in one run, which the load of a shared machine
disturbs less than two runs apart. `--tree REV` (a revision or a folder holding
`search/`) is timed in the working tree's place: in a checkout where other uncommitted
edits sit in `search/`, a commit is timed against its parent alone. Each run prints the
load average (1, 5, 15 minutes) as it starts and as it ends.

Example:
    .venv/bin/python scripts/bench_store.py --records 3000
    .venv/bin/python scripts/bench_store.py --records 30000 --slices 6 --parsed /tmp/p.pickle
    .venv/bin/python scripts/bench_store.py --records 3000 --baseline HEAD --rounds 4
    .venv/bin/python scripts/bench_store.py --records 3000 --tree HEAD --baseline HEAD~1
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import gzip
import hashlib
import json
import os
import pickle
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = (
    Path(os.environ.get("PRESS_CORPUS") or ROOT.parent / "shared" / "corpus")
    / "congress-press-releases"
    / "releases.jsonl.gz"
)
MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def sample(path: Path, n: int) -> list[bytes]:
    """Every k-th release, so every member's style is in the sample."""
    with gzip.open(path, "rb") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    return lines[::step][:n]


def timed(func, *args):  # type: ignore[no-untyped-def]
    cpu, wall = time.process_time(), time.perf_counter()
    result = func(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size


def plain(lines: list[bytes], path: Path) -> None:
    """The records as `sqlite-utils insert` then `enable-fts ... text` store them."""
    records = [json.loads(line) for line in lines]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE releases (member TEXT, collection TEXT, date TEXT, text TEXT)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO releases VALUES (?,?,?,?)",
        [(r.get("member"), r.get("collection"), r.get("date"), r.get("text")) for r in records],
    )
    conn.execute("CREATE VIRTUAL TABLE releases_fts USING FTS5 (text, content=releases)")
    conn.execute("INSERT INTO releases_fts (rowid, text) SELECT rowid, text FROM releases")
    conn.execute("COMMIT")
    conn.close()


def child(tree: Path, parsed: Path) -> None:
    """Time one tree's prepare and store of the kept documents; print them as JSON."""
    sys.path.insert(0, str(tree))
    from search.sqlite import SqliteBackend, prepare_document

    with parsed.open("rb") as kept:
        docs = pickle.load(kept)["docs"]
    prepare_document(docs[0])
    with tempfile.TemporaryDirectory() as tmp:
        prepared, prep_cpu, _ = timed(lambda: [prepare_document(d) for d in docs])
        backend = SqliteBackend(Path(tmp) / "archive.db")
        statuses, store_cpu, _ = timed(lambda: [r.status for r in backend.write(prepared)])
        backend.close()
        archive = size(Path(tmp) / "archive.db")
    n = len(docs)
    print(json.dumps({"prepare": prep_cpu / n, "store": store_cpu / n, "bytes": archive}))
    if statuses.count("failed"):
        sys.exit(f"{statuses.count('failed')} documents failed to store")


def unpack(rev: str, dest: Path) -> Path:
    """`search/` of `rev` unpacked under `dest`; a folder holding it is used as it is."""
    if (Path(rev) / "search").is_dir():
        return Path(rev).resolve()
    archive = subprocess.run(
        ["git", "archive", rev, "search", "importers"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def compare(baseline: str, parsed: Path, rounds: int, tree: str | None = None) -> None:
    """The working tree's (or `tree`'s) prepare and store against `baseline`'s, in
    alternating rounds."""
    with tempfile.TemporaryDirectory() as tmp:
        timed_tree = ROOT
        if tree is not None:
            (Path(tmp) / "tree").mkdir()
            timed_tree = unpack(tree, Path(tmp) / "tree")
        (Path(tmp) / "baseline").mkdir()
        trees = {"working tree": timed_tree, baseline: unpack(baseline, Path(tmp) / "baseline")}
        times: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
        for i in range(rounds):
            order = list(trees) if i % 2 == 0 else list(reversed(trees))
            for label in order:
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        str(trees[label]),
                        "--parsed",
                        str(parsed),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                times[label].append(json.loads(out.stdout.splitlines()[-1]))
    new, old = times["working tree"], times[baseline]
    name = tree or "working tree"
    print(f"{rounds} rounds, CPU ms per document (medians), {name} against {baseline}:")
    for step in ("prepare", "store"):
        a = statistics.median(t[step] for t in new)
        b = statistics.median(t[step] for t in old)
        rounds_ratio = ", ".join(f"{x[step] / y[step]:.3f}" for x, y in zip(new, old, strict=True))
        print(
            f"  {step:<8} {1000 * b:.3f} -> {1000 * a:.3f} ms: {a / b:.3f}"
            f" (by round: {rounds_ratio})"
        )
    print(f"  archive  {old[-1]['bytes'] / 1e6:.2f} -> {new[-1]['bytes'] / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--profile", action="store_true", help="cProfile the store step")
    parser.add_argument("--slices", type=int, default=1, help="successive writes, timed apart")
    parser.add_argument("--parsed", type=Path, help="parsed documents kept here (pickle)")
    parser.add_argument("--keep", type=Path, help="copy the archive written here")
    parser.add_argument("--statements", action="store_true", help="the store's CPU by statement")
    parser.add_argument("--baseline", help="a revision (or folder) to time against")
    parser.add_argument("--rounds", type=int, default=4, help="alternating rounds (--baseline)")
    parser.add_argument("--tree", help="a revision (or folder) timed instead of the working tree")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.parsed)
        return
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    from importers.formats import read_documents
    from importers.options import ParseOptions
    from importers.sources import Source
    from search.base import Prepared
    from search.model import Document
    from search.sqlite import SqliteBackend, prepare_document

    lines = sample(CORPUS, args.records)
    # The kept parse names the sample it was parsed from: the plain table is built from
    # the records, so the store must time the same records' documents.
    drawn = {"records": len(lines), "sample": hashlib.sha256(b"".join(lines)).hexdigest()}
    if args.parsed and args.parsed.exists():
        with args.parsed.open("rb") as kept:
            saved = pickle.load(kept)
        if not isinstance(saved, dict) or saved.get("sample") != drawn["sample"]:
            had = saved.get("records") if isinstance(saved, dict) else "an unknown number of"
            sys.exit(
                f"{args.parsed} holds the documents of {had} records, not of this run's sample"
                f" ({drawn['records']} records of {CORPUS}): give another --parsed file or"
                " delete it to parse again"
            )
        docs = saved["docs"]
    else:
        options = ParseOptions(field_map=MAPPING)
        source = Source.from_bytes("releases.jsonl", b"".join(lines))
        docs = [d for d in read_documents(source, options) if isinstance(d, Document)]
        if args.parsed:
            with args.parsed.open("wb") as kept:
                pickle.dump({**drawn, "docs": docs}, kept)
    n = len(docs)
    if args.baseline:
        if not args.parsed:
            sys.exit("--baseline needs --parsed FILE: each tree's child reads the documents there")
        print(load(), "(start)")
        compare(args.baseline, args.parsed, args.rounds, args.tree)
        print(load(), "(end)")
        return
    if args.tree:
        sys.exit("--tree is timed against --baseline REV")
    prepare_document(docs[0])  # lazy tables and stemmers load here, not in the timing
    started = load()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        prepared, prep_cpu, prep_wall = timed(lambda: [prepare_document(d) for d in docs])
        backend = SqliteBackend(work / "archive.db")
        profile = cProfile.Profile() if args.profile else None
        spent: collections.Counter[str] = collections.Counter()
        if args.statements:
            from bench_store_at_size import TimedConnection

            backend._local.conn = TimedConnection(backend.conn, spent)

        def store(part: list[Prepared]) -> list[str]:
            if profile:
                profile.enable()
            statuses = [r.status for r in backend.write(part)]
            if profile:
                profile.disable()
            return statuses

        statuses, store_cpu, store_wall, slices = [], 0.0, 0.0, []
        step = -(-n // max(1, args.slices))
        for start in range(0, n, step):
            done, cpu, wall = timed(store, prepared[start : start + step])
            statuses += done
            store_cpu, store_wall = store_cpu + cpu, store_wall + wall
            slices.append((start + len(done), 1000 * cpu / len(done)))
        tables = backend.conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 24"
        ).fetchall()
        backend.close()
        if args.keep:
            size(work / "archive.db")
            shutil.copyfile(work / "archive.db", args.keep)
        _, plain_cpu, plain_wall = timed(plain, lines, work / "plain.db")
        archive_bytes, plain_bytes = size(work / "archive.db"), size(work / "plain.db")
    failed = statuses.count("failed")
    print(f"documents: {n} ({failed} failed to store); {started} (start), {load()} (end)")
    print("ms per document   CPU     wall")
    for label, cpu, wall in (
        ("prepare", prep_cpu, prep_wall),
        ("store (writer)", store_cpu, store_wall),
        ("plain FTS", plain_cpu, plain_wall),
    ):
        print(f"  {label:<15} {1000 * cpu / n:6.3f}  {1000 * wall / n:6.3f}")
    print(f"store / plain, CPU: {store_cpu / plain_cpu:.2f}")
    if len(slices) > 1:
        print("store CPU per document, by write (archive size after it):")
        for after, ms in slices:
            print(f"  up to {after:>7,} documents  {ms:6.3f} ms")
    print(
        f"archive {archive_bytes / 1e6:.1f} MB, plain {plain_bytes / 1e6:.1f} MB:"
        f" {archive_bytes / plain_bytes:.2f}x"
    )
    for name, pages in tables:
        print(f"  {name:<28} {pages / 1e6:7.2f} MB")
    for kind, seconds in spent.most_common(16):
        print(f"  {1000 * seconds / n:.3f} ms  {kind}")
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
