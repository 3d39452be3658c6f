#!/usr/bin/env python3
"""Parse rate on the congressional press releases, against an earlier revision, in one run.

Parses a spread sample of the releases (every Nth record of the corpus) as `press import
--map member=issuer --map text=text --map date=published` would, without storing them:
headline split, dateline, speakers and quotes. With `--baseline REV` the same records are
parsed by the parsers of that git revision too (its `importers/` and `search/` unpacked
into a temporary folder), in alternating rounds in child processes, and the ratio of the
two rates is printed: machines are noisy, a ratio within one run is not.

With `--parts`, the share of parse time spent in the release parts is printed instead:
the run-in head split (`split_release_head`), place lookups outside it, and the derived
title, timed inside whole parses (quotes included) of the same sample.

Example:
    .venv/bin/python scripts/bench_parse.py --records 3000 --baseline HEAD~3
    .venv/bin/python scripts/bench_parse.py --records 800 --parts
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RELEASES = Path("congress-press-releases") / "releases.jsonl.gz"


def default_corpus() -> Path:
    """The releases file: under $PRESS_CORPUS (the corpus folder, or the file itself),
    else in the shared corpus beside the checkout. A linked worktree (`git worktree add`)
    may stand anywhere, so the main checkout's neighbour is tried too."""
    if env := os.environ.get("PRESS_CORPUS"):
        path = Path(env)
        return path if path.is_file() else path / RELEASES
    roots = [ROOT]
    common = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
        capture_output=True,
        text=True,
    )
    if common.returncode == 0 and common.stdout.strip():
        roots.append(Path(common.stdout.strip()).parent)  # the main checkout, beside .git
    candidates = [root.parent / "shared" / "corpus" / RELEASES for root in roots]
    return next((c for c in candidates if c.is_file()), candidates[0])


MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def sample(path: Path, n: int) -> list[str]:
    """Every k-th line of the corpus, so that every member's style is in the sample."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    return lines[::step][:n]


def child(records_path: str) -> None:
    """Parse every record once (after a short warm-up) and print the seconds taken."""
    from importers.records import document_from_record

    records = [json.loads(line) for line in Path(records_path).read_text().splitlines()]
    for record in records[:50]:  # warm-up: lazy imports and tables load here
        document_from_record(record, MAPPING, origin=None)
    if importlib.util.find_spec("ftfy") is not None:
        importlib.import_module("ftfy")  # imported by the first record that needs it
    # What an import does once its first documents are in, where the tree does it.
    if importlib.util.find_spec("importers.parallel") is not None:
        settle = getattr(importlib.import_module("importers.parallel"), "settle_loaded", None)
        if settle is not None:
            settle()
    # Processor time: other work on a shared machine does not count.
    started = time.process_time()
    for record in records:
        document_from_record(record, MAPPING, origin=None)
    print(json.dumps({"seconds": time.process_time() - started, "records": len(records)}))


def parts(records_path: str, rounds: int) -> dict[str, float]:
    """Processor seconds spent in each release part and in whole parses, best of `rounds`
    (processor time: other work on a shared machine does not count)."""
    from importers import places, records, text
    from importers.records import document_from_record

    spent: dict[str, float] = {}
    depth = [0]

    def timed(name: str, func: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:  # inside another part: counted there
                return func(*args, **kwargs)
            depth[0] += 1
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started
                depth[0] -= 1

        return wrapper

    records.split_release_head = timed("head split", records.split_release_head)
    text.derived_title = timed("derived title", text.derived_title)
    # Place lookups go through the module's functions, wherever they are called from.
    places.resolve = timed("place lookups", places.resolve)
    places.is_known = timed("place lookups", places.is_known)
    places.region = timed("place lookups", places.region)
    rows = [json.loads(line) for line in Path(records_path).read_text().splitlines()]
    for record in rows[:50]:
        document_from_record(record, MAPPING, origin=None)
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent.clear()
        started = time.process_time()
        for record in rows:
            document_from_record(record, MAPPING, origin=None)
        spent["whole parse"] = time.process_time() - started
        if spent["whole parse"] < best.get("whole parse", float("inf")):
            best = dict(spent)
    return best


def run_child(tree: Path, records_path: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(records_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["seconds"])


CHILD = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    f"sys.path.insert(1, {str(ROOT / 'scripts')!r}); "
    "import bench_parse; bench_parse.child(sys.argv[2])"
)


def unpack(rev: str, into: Path) -> None:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "importers", "search"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", help="git revision whose parsers to compare against")
    parser.add_argument(
        "--corpus", type=Path, help="the releases .jsonl.gz (default: $PRESS_CORPUS or ../shared)"
    )
    parser.add_argument(
        "--parts", action="store_true", help="the release parts' share of parse time"
    )
    args = parser.parse_args()
    args.corpus = args.corpus or default_corpus()
    if not args.corpus.is_file():
        raise SystemExit(f"corpus not found: {args.corpus}")
    if args.parts:
        with tempfile.TemporaryDirectory() as tmp:
            records_path = Path(tmp) / "records.jsonl"
            records_path.write_text("".join(sample(args.corpus, args.records)))
            spent = parts(str(records_path), args.rounds)
        whole = spent.pop("whole parse")
        for name, seconds in sorted(spent.items()):
            print(f"{name}: {seconds:.3f} s, {100 * seconds / whole:.1f} % of parse time")
        share = sum(spent.values()) / whole
        print(f"release parts: {100 * share:.1f} % of {whole:.2f} s ({args.records} releases)")
        return

    with tempfile.TemporaryDirectory() as tmp:
        records_path = Path(tmp) / "records.jsonl"
        records_path.write_text("".join(sample(args.corpus, args.records)))
        trees = {"current": ROOT}
        if args.baseline:
            trees["baseline"] = Path(tmp) / "baseline"
            trees["baseline"].mkdir()
            unpack(args.baseline, trees["baseline"])
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                seconds = run_child(tree, records_path)
                best[name] = min(best.get(name, seconds), seconds)
    for name, seconds in best.items():
        label = f"{name} ({args.baseline})" if name == "baseline" else name
        print(f"{label}: {args.records / seconds:.0f} releases/CPU-s (best of {args.rounds})")
    if "baseline" in best:
        print(f"current / baseline rate: {best['baseline'] / best['current']:.3f}")


if __name__ == "__main__":
    main()
