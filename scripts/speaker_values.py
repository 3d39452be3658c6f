#!/usr/bin/env python3
"""The speaker values of an archive, for reading by eye: the most quoted and a random draw.

Usage: scripts/speaker_values.py ARCHIVE [--top 200] [--random 200] [--seed 8]

Prints, as Markdown: how many quotes the archive holds, how many distinct speaker values
its speaker facet shows (one per speaker key) and how many spellings those stand for,
then the `--top` most quoted values with their quote counts and a seeded random draw of
`--random` values. Works on any archive URL (the embedded file or Elasticsearch): the
values are the archive's own quote-scope speaker facet.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search import open_backend  # noqa: E402
from search.base import SearchRequest  # noqa: E402

ALL_VALUES = 1_000_000  # a facet size past any archive's number of speakers


def speaker_values(archive: str) -> tuple[int, list[tuple[str, int]]]:
    """(quotes, [(speaker value, quotes)…] most quoted first) of the archive."""
    with open_backend(archive) as backend:
        request = SearchRequest(
            scope="quotes",
            facets=("speaker",),
            facet_size=ALL_VALUES,
            limit=0,
            histogram=False,
            timeout_ms=600_000,
        )
        result = backend.search(request)
        facet = result.facets["speaker"]
        if facet.timed_out:
            raise SystemExit("the speaker facet timed out")
        return result.total, [(v.value, v.count) for v in facet.values]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--random", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    quotes, values = speaker_values(args.archive)
    attributed = sum(n for _, n in values)
    print(f"- quotes: {quotes:,}; quote–speaker attributions: {attributed:,}")
    print(f"- distinct speaker values (speaker facet): {len(values):,}")
    print()
    print(f"### The {args.top} most quoted speaker values")
    print()
    print("| # | speaker | quotes |")
    print("|---|---|---|")
    for n, (value, count) in enumerate(values[: args.top], 1):
        print(f"| {n} | {value} | {count} |")
    print()
    print(f"### {args.random} speaker values drawn at random (seed {args.seed})")
    print()
    drawn = random.Random(args.seed).sample(values, min(args.random, len(values)))
    print("| # | speaker | quotes |")
    print("|---|---|---|")
    for n, (value, count) in enumerate(sorted(drawn, key=lambda v: v[0]), 1):
        print(f"| {n} | {value} | {count} |")


if __name__ == "__main__":
    main()
