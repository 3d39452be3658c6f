#!/usr/bin/env python3
"""Parse rate on the congressional press releases, against an earlier revision, in one run.

Parses a spread sample of the releases (every Nth record of the corpus) as `press import
--map member=issuer --map text=text --map date=published` would, without storing them:
headline split, dateline, speakers and quotes. With `--baseline REV` the same records are
parsed by the parsers of that git revision too (its `importers/` and `search/` unpacked
into a temporary folder), in alternating rounds in child processes, and the ratio of the
two rates is printed: machines are noisy, a ratio within one run is not.

Example:
    .venv/bin/python scripts/bench_parse.py --records 3000 --baseline HEAD~3
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
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
    started = time.perf_counter()
    for record in records:
        document_from_record(record, MAPPING, origin=None)
    print(json.dumps({"seconds": time.perf_counter() - started, "records": len(records)}))


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
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"corpus not found: {args.corpus}")

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
        print(f"{label}: {args.records / seconds:.0f} releases/s (best of {args.rounds})")
    if "baseline" in best:
        print(f"current / baseline rate: {best['baseline'] / best['current']:.3f}")


if __name__ == "__main__":
    main()
