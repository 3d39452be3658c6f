#!/usr/bin/env python3
"""Quote extraction time per KB as one paragraph grows: linear or not, in one run.

Times `importers.quotes.extract_quotes` on a single paragraph of quotations with no full
stop (the worst shape for a search that walks back to the sentence start) at each size,
and prints the time per KB. Parse time is linear when the largest and the smallest time
per KB stay within 2× of each other; the exit status says whether they do.

Example:
    .venv/bin/python scripts/bench_quote_scaling.py --sizes 10,100,1000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNIT = "lorem “quoted words here” said the envoy "


def paragraph(kb: int) -> str:
    """About `kb` KB of quotations, each with a cue, in one sentence."""
    return (UNIT * (kb * 1024 // len(UNIT) + 1))[: kb * 1024]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000", help="paragraph sizes in KB")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many runs a size")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from importers.quotes import extract_quotes

    extract_quotes([paragraph(1)])  # warm-up: patterns compiled, lexicons loaded
    per_kb = []
    for kb in (int(s) for s in a.sizes.split(",")):
        text = paragraph(kb)
        best = float("inf")
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            _speakers, quotes = extract_quotes([text])
            best = min(best, time.perf_counter() - t0)
        per_kb.append(best / kb * 1000)
        print(f"{kb:>6} KB  {best:8.3f} s  {per_kb[-1]:7.3f} ms/KB  {len(quotes)} quotes")
    ratio = max(per_kb) / min(per_kb)
    print(f"time per KB, slowest / fastest: {ratio:.2f} (linear: within 2)")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
