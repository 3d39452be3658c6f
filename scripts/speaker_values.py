#!/usr/bin/env python3
"""The speaker values of an archive, for reading by eye: the most quoted and a random draw.

Usage: scripts/speaker_values.py ARCHIVE [ARCHIVE…] [--top 200] [--random 200] [--seed 8]

Prints, as Markdown: how many quotes the archive holds, how many distinct speaker values
its speaker facet shows (one per `speaker_key`) and how many spellings those stand for,
then the `--top` most quoted values with their quote counts and a seeded random draw of
`--random` values. Every quote is read (`Backend.scan`), so it works on any archive URL,
and several archives holding parts of one corpus count as one (a document in two of them
counts once). Values are keyed and shown as the speaker facet keys and shows them.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search import open_backend  # noqa: E402
from search.base import QuoteHit, SearchRequest  # noqa: E402
from search.speakers import display_name, speaker_key  # noqa: E402


def speaker_values(*archives: str) -> tuple[int, list[tuple[str, int]], int]:
    """(quotes, [(speaker value, quotes)…] most quoted first, spellings) of the archives."""
    seen: set[tuple[str, int]] = set()
    quotes: Counter[str] = Counter()
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for archive in archives:
        with open_backend(archive) as backend:
            for hit in backend.scan(SearchRequest(scope="quotes", sort="oldest")):
                assert isinstance(hit, QuoteHit)
                if (hit.document_id, hit.index) in seen:
                    continue
                seen.add((hit.document_id, hit.index))
                for name in hit.speakers:
                    key = speaker_key(name)
                    quotes[key] += 1
                    spellings[key][name] += 1
    # Most quoted first, then by key: the speaker facet's order.
    ranked = sorted(quotes, key=lambda k: (-quotes[k], k))
    values = [(display_name(spellings[k]), quotes[k]) for k in ranked]
    return len(seen), values, sum(len(s) for s in spellings.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--random", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    quotes, values, spellings = speaker_values(*args.archives)
    attributed = sum(n for _, n in values)
    print(f"- quotes (titles are not quotes): {quotes:,}; quote–speaker pairs: {attributed:,}")
    print(f"- distinct speaker values (speaker facet): {len(values):,}")
    print(f"- distinct spellings behind them: {spellings:,}")
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
