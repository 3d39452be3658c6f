#!/usr/bin/env python3
"""Quote and speaker extraction cost against an earlier revision of those parsers, in one run.

Everything but the quote parsers is this tree's: a second tree is made from it with
`importers/quotes.py`, `importers/quote_patterns.py`, `importers/speakers.py` and
`importers/names.py` taken from the baseline revision, and both trees parse the same
spread sample of the congressional releases (`parse_text` of each record's text) in
alternating rounds in child processes. Each rate is per CPU second of the child (one
core), so a loaded machine slows neither side's figure much; the ratio of the two rates
is the parsers' own cost, and a ratio within one run is what is compared.

Example:
    .venv/bin/python scripts/bench_quote_parse.py --records 3000 --baseline 9a7dbe4^
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSERS = (
    "importers/quotes.py",
    "importers/quote_patterns.py",
    "importers/speakers.py",
    "importers/names.py",
)
CHILD = (
    "import sys, json, time; sys.path.insert(0, sys.argv[1]);"
    "from importers.text import parse_text;"
    "texts = [json.loads(l)['text'] for l in open(sys.argv[2], encoding='utf-8')];"
    "[parse_text(t) for t in texts[:50]];"
    "t0 = time.process_time(); [parse_text(t) for t in texts];"
    "print(time.process_time() - t0)"
)


def mixed_tree(rev: str, into: Path) -> None:
    """This tree's `importers` and `search`, with the baseline's quote parsers."""
    for folder in ("importers", "search"):
        shutil.copytree(ROOT / folder, into / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for path in PARSERS:
        old = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True, capture_output=True
        ).stdout
        (into / path).write_bytes(old)


def seconds(tree: Path, records: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(records)],
        check=True,
        capture_output=True,
        text=True,
        cwd="/",
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_parse import CORPUS, sample

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", required=True, help="git revision of the old quote parsers")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.jsonl"
        records.write_text("".join(sample(CORPUS, a.records)), encoding="utf-8")
        old = Path(tmp) / "baseline"
        old.mkdir()
        mixed_tree(a.baseline, old)
        best: dict[str, float] = {}
        started = time.perf_counter()
        for _ in range(a.rounds):
            for name, tree in (("baseline", old), ("current", ROOT)):
                s = seconds(tree, records)
                best[name] = min(best.get(name, s), s)
    for name, s in best.items():
        print(f"{name}: {a.records / s:.0f} releases per CPU second (best of {a.rounds})")
    print(f"current / baseline rate: {best['baseline'] / best['current']:.3f}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
