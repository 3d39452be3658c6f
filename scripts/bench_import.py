#!/usr/bin/env python3
"""Import rate of English releases into the embedded archive, against an earlier revision.

Parses a spread sample of the congressional press releases as `press import --map
member=issuer --map text=text --map date=published` does and writes them into a new
SQLite archive: parse, language, quotes, stems and indexes, everything an import pays
for. With `--baseline REV` the same records are imported by that git revision's code too
(its `importers/`, `search/` and `mappings/` unpacked into a temporary folder), in
alternating rounds in child processes, and the ratio of the two rates is printed:
machines are noisy, a ratio within one run is not. Rates are per second of the child's
CPU time (wall-clock rates are printed beside them), which other work on a shared
machine disturbs much less. `--revision REV` measures that
revision instead of the working tree (two commits compared without the edits in hand).
`--without-word-forms` adds a third import in each round: the measured tree with
language detection answering nothing and no stems made or indexed, so the share of an
import that word forms cost on the code as it is now is read in the same run.

Example:
    .venv/bin/python scripts/bench_import.py --records 2000 --baseline HEAD~1
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
MAPPING = {"member": "issuer", "text": "text", "date": "published"}
PACKAGES = ("importers", "search", "mappings")
WITHOUT = "without word forms"


def sample(path: Path, n: int) -> list[str]:
    """Every k-th line of the corpus, so that every member's style is in the sample."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    return lines[::step][:n]


def child(tree: str, records_path: str, archive: str, plain: bool = False) -> None:
    """Import every record once into a new archive and print the seconds taken."""
    # The packages of `tree`, not those the virtualenv installs in editable mode.
    sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, tree)
    from importers.records import document_from_record
    from search.sqlite import SqliteBackend

    if plain:  # word forms off: no language, no stems (the measurement's baseline only)
        import importers.text
        import search.sqlite

        importers.text.detect_language = lambda text: None  # type: ignore[assignment]
        search.sqlite.stem_text = lambda text, language: ""  # type: ignore[assignment]

    records = [json.loads(line) for line in Path(records_path).read_text().splitlines()]
    for record in records[:20]:  # warm-up: lazy imports, models and tables load here
        document_from_record(record, MAPPING, origin=None)
    # The language model too, which English records seldom reach (a once-per-process load).
    if importlib.util.find_spec("importers.language") is not None:
        getattr(importlib.import_module("importers.language"), "_model", lambda: None)()
    backend = SqliteBackend(archive)
    started, cpu = time.perf_counter(), time.process_time()
    docs = (document_from_record(r, MAPPING, origin=None) for r in records)
    stored = sum(1 for r in backend.write(docs) if r.status != "failed")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    backend.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "records": len(records), "stored": stored}))


def run(tree: Path, records: Path, work: Path, label: str, n: int) -> tuple[float, float]:
    """(records per CPU second, records per wall-clock second) of one import."""
    archive = work / f"{label}-{n}.db"
    plain = ["--plain"] if label == WITHOUT else []
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(tree), str(records), str(archive), *plain],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["records"] / result["cpu"], result["records"] / result["seconds"]


def unpack(rev: str, dest: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", rev, *PACKAGES], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", help="git revision to compare with")
    parser.add_argument("--revision", help="git revision to measure (default: the work tree)")
    parser.add_argument(
        "--without-word-forms",
        action="store_true",
        help="also import with language detection and stems switched off",
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, plain=args.plain)
        return
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        records = work / "records.jsonl"
        records.write_text("".join(sample(CORPUS, args.records)))
        trees = {"current": ROOT}
        if args.revision:
            current = work / "current"
            current.mkdir()
            trees["current"] = unpack(args.revision, current)
        if args.baseline:
            base = work / "baseline"
            base.mkdir()
            trees["baseline"] = unpack(args.baseline, base)
        if args.without_word_forms:
            trees[WITHOUT] = trees["current"]
        rates: dict[str, list[float]] = {label: [] for label in trees}
        for n in range(args.rounds):
            for label, tree in trees.items():
                cpu_rate, wall_rate = run(tree, records, work, label, n)
                rates[label].append(cpu_rate)
                print(
                    f"round {n + 1} {label}: {cpu_rate:.1f} records/CPU-s"
                    f" ({wall_rate:.1f} records/s wall)",
                    flush=True,
                )
    for label, values in rates.items():
        print(f"{label}: median {statistics.median(values):.1f} records/CPU-s over {args.rounds}")
    for label, name in (("baseline", f"baseline ({args.baseline})"), (WITHOUT, WITHOUT)):
        if label in rates:
            ratio = statistics.median(rates["current"]) / statistics.median(rates[label])
            # Each round's own ratio too: load that drifts over a run moves both alike.
            rounds = [c / b for c, b in zip(rates["current"], rates[label], strict=True)]
            print(
                f"current / {name}: {ratio:.3f}"
                f" (per round: {', '.join(f'{r:.3f}' for r in rounds)};"
                f" median {statistics.median(rounds):.3f})"
            )


if __name__ == "__main__":
    main()
