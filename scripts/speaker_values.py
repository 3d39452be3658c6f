#!/usr/bin/env python3
"""The speaker values of an archive, for reading by eye: the most quoted and a random draw.

Usage: scripts/speaker_values.py ARCHIVE [ARCHIVE…] [--top 200] [--random 200] [--seed 8]
       scripts/speaker_values.py ARCHIVE --parse-again PARSED.jsonl [--corpus DIR] …

Prints, as Markdown: how many quotes the archive holds, how many distinct speaker values
its speaker facet shows (one per `speaker_key`) and how many spellings those stand for,
then the `--top` most quoted values with their quote counts and a seeded random draw of
`--random` values. Every quote is read (`Backend.scan`), so it works on any archive URL,
and several archives holding parts of one corpus count as one (a document in two of them
counts once). Values are keyed and shown as the speaker facet keys and shows them.

With `--parse-again`, the releases an embedded archive holds (its originals name their
corpus line, `releases.jsonl.gz:N`) are parsed again with this tree's parsers, as `press
import --map member=issuer …` parses a record, one JSON line per release into
PARSED.jsonl in a seeded random order (it resumes where it stopped, and a parse stopped
early is a random sample of the archive's releases); the figures and lists are then
given twice, for the archive's own speaker values and for this tree's, over the same
releases (those in PARSED.jsonl).
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
from search.speakers import display_name, quote_speakers, speaker_key  # noqa: E402

CORPUS_FILE = Path("congress-press-releases") / "releases.jsonl.gz"


def speaker_values(*archives: str) -> tuple[int, list[tuple[str, int]], int]:
    """(quotes, [(speaker value, quotes)…] most quoted first, spellings) of the archives."""
    seen: set[tuple[str, int]] = set()
    names: list[str] = []
    for archive in archives:
        with open_backend(archive) as backend:
            for hit in backend.scan(SearchRequest(scope="quotes", sort="oldest")):
                assert isinstance(hit, QuoteHit)
                if (hit.document_id, hit.index) in seen:
                    continue
                seen.add((hit.document_id, hit.index))
                names.extend(hit.speakers)
    return len(seen), *_values(names)


def _values(names: list[str]) -> tuple[list[tuple[str, int]], int]:
    """(speaker value, quotes) most quoted first, then by key (the speaker facet's
    order), and the number of spellings behind them."""
    quotes: Counter[str] = Counter()
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        key = speaker_key(name)
        quotes[key] += 1
        spellings[key][name] += 1
    ranked = sorted(quotes, key=lambda k: (-quotes[k], k))
    return [(display_name(spellings[k]), quotes[k]) for k in ranked], sum(
        len(s) for s in spellings.values()
    )


def parse_again(archive: str, corpus: Path, out: Path) -> None:
    """Parse the archive's releases again into `out` (appending what is not there yet)."""
    import gzip
    import json
    import sqlite3

    from importers.records import document_from_record

    con = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    rows = con.execute("SELECT filename, options FROM originals").fetchall()
    wanted = {int(f.rsplit(":", 1)[1]): json.loads(o)["field_map"] for f, o in rows}
    done = set()
    if out.exists():
        done = {json.loads(line)["line"] for line in out.open(encoding="utf-8")}
    records = {}
    with gzip.open(corpus / CORPUS_FILE, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n in wanted and n not in done:
                records[n] = line
    # In a seeded random order, so that a parse stopped early is a sample of the whole.
    order = sorted(records)
    random.Random(8).shuffle(order)
    with out.open("a") as w:
        for n in order:
            doc = document_from_record(json.loads(records[n]), wanted[n], origin=None)
            quotes = [quote_speakers(q) for q in doc.quotes]
            w.write(json.dumps({"line": n, "quotes": quotes}) + "\n")
            w.flush()


def compare(archive: str, parsed: Path) -> tuple[int, list[tuple[str, list[tuple[str, int]], int]]]:
    """(releases, [(label, values, spellings)…]) of the archive and of the new parse, over
    the releases in `parsed`."""
    import json
    import sqlite3

    again = [json.loads(line) for line in parsed.open(encoding="utf-8")]
    lines = {a["line"] for a in again}
    con = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    at = {
        d: int(f.rsplit(":", 1)[1]) for d, f in con.execute("SELECT doc, filename FROM originals")
    }
    before = [
        n for d, n in con.execute("SELECT doc, name FROM quote_speakers") if at.get(d) in lines
    ]
    after = [n for a in again for q in a["quotes"] for n in q]
    return len(lines), [("archive", *_values(before)), ("parsed again", *_values(after))]


def print_values(values: list[tuple[str, int]], top: int, draw: int, seed: int) -> None:
    print(f"### The {top} most quoted speaker values")
    print()
    print("| # | speaker | quotes |")
    print("|---|---|---|")
    for n, (value, count) in enumerate(values[:top], 1):
        print(f"| {n} | {value} | {count} |")
    print()
    print(f"### {draw} speaker values drawn at random (seed {seed})")
    print()
    drawn = random.Random(seed).sample(values, min(draw, len(values)))
    print("| # | speaker | quotes |")
    print("|---|---|---|")
    for n, (value, count) in enumerate(sorted(drawn, key=lambda v: v[0]), 1):
        print(f"| {n} | {value} | {count} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--random", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--parse-again", type=Path, metavar="PARSED.jsonl")
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    parser.add_argument("--no-parse", action="store_true", help="only read PARSED.jsonl")
    args = parser.parse_args()
    if args.parse_again:
        if not args.no_parse:
            parse_again(args.archives[0], args.corpus, args.parse_again)
        releases, sides = compare(args.archives[0], args.parse_again)
        print(f"- releases: {releases:,}")
        for label, values, spellings in sides:
            pairs = sum(n for _, n in values)
            print(
                f"- {label}: quote–speaker pairs {pairs:,}; distinct speaker values "
                f"{len(values):,} ({spellings:,} spellings)"
            )
        for label, values, _ in sides:
            print(f"\n## {label}\n")
            print_values(values, args.top, args.random, args.seed)
        return
    quotes, values, spellings = speaker_values(*args.archives)
    attributed = sum(n for _, n in values)
    print(f"- quotes (titles are not quotes): {quotes:,}; quote–speaker pairs: {attributed:,}")
    print(f"- distinct speaker values (speaker facet): {len(values):,}")
    print(f"- distinct spellings behind them: {spellings:,}")
    print()
    print_values(values, args.top, args.random, args.seed)


if __name__ == "__main__":
    main()
