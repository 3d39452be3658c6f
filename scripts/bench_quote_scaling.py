#!/usr/bin/env python3
"""Quote extraction time per KB as one paragraph grows: linear or not, in one run.

Times `importers.quotes.extract_quotes` on a single paragraph of quotations at each size
and prints the time per KB. Shapes: `cue` (the default), quotations with no full stop
(the worst shape for a search that walks back to the sentence start); `pronoun`, an
organisation's sentences each followed by a quotation cued by `they said` (each pronoun
asks whether the organisation opened its sentence); `he`, paragraphs each naming two
people in a sentence, one the subject who says something and one in the words reported,
then a quotation cued by `he said` (each pronoun weighs the subject, the other person and
whether the text shows either to be a person or gives their sex); `lone`, paragraphs each
naming a new person in full and then their surname alone as a sentence's subject before
a quotation cued by `she said` (each lone surname is looked up among the people named
before it, who grow with the text). Parse time is linear
when the largest and the smallest time per KB stay within 2× of each other; the exit
status says whether they do.

Example:
    .venv/bin/python scripts/bench_quote_scaling.py --sizes 10,100,1000
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNITS = {
    "cue": "lorem “quoted words here” said the envoy ",
    "pronoun": "Harbor Holdings said more. “The point is settled,” they said. ",
    "he": "Casey Morgan, who runs the bakery, said sales doubled after Tom Reed wrote about"
    " it. “We were not ready,” he said.\n\n",
}


# `lone`: one person a paragraph, each with a surname of their own.
LONE = (
    "Maria {0}, who runs the bakery, spoke first. {0} says sales doubled."
    " “We were not ready,” she said.\n\n"
)
_SYLLABLES = ("bar", "ken", "lo", "mir", "tan", "vel", "dor", "sun", "pra", "gol", "nes", "fi")


def _surnames() -> Iterator[str]:
    """Distinct made-up surnames (`Barkenlo`, `Barkenmir`, …), as many as asked for."""
    for n in itertools.count(3):
        for parts in itertools.product(_SYLLABLES, repeat=n):
            yield "".join(parts).capitalize()


def paragraph(kb: int, shape: str = "cue") -> str:
    """About `kb` KB of quotations of one shape, in one paragraph (or, for `he` and
    `lone`, in paragraphs parted by blank lines)."""
    size = kb * 1024
    if shape == "lone":
        out: list[str] = []
        total = 0
        for name in _surnames():
            if total >= size:
                break
            out.append(LONE.format(name))
            total += len(out[-1])
        return "".join(out)[:size]
    unit = UNITS[shape]
    return (unit * (size // len(unit) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000", help="paragraph sizes in KB")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many runs a size")
    ap.add_argument(
        "--shape", choices=sorted([*UNITS, "lone"]), default="cue", help="the paragraph's shape"
    )
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from importers.quotes import extract_quotes

    extract_quotes(
        paragraph(1, a.shape).split("\n\n")
    )  # warm-up: patterns compiled, lexicons loaded
    per_kb = []
    for kb in (int(s) for s in a.sizes.split(",")):
        text = paragraph(kb, a.shape)
        best = float("inf")
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            _speakers, quotes = extract_quotes(text.split("\n\n"))
            best = min(best, time.perf_counter() - t0)
        per_kb.append(best / kb * 1000)
        print(f"{kb:>6} KB  {best:8.3f} s  {per_kb[-1]:7.3f} ms/KB  {len(quotes)} quotes")
    ratio = max(per_kb) / min(per_kb)
    print(f"time per KB, slowest / fastest: {ratio:.2f} (linear: within 2)")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
