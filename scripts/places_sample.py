#!/usr/bin/env python3
"""Dateline-place facet values on a sample of the congressional press releases.

Parses every Nth release as `press import --map member=issuer --map text=text --map
date=published` does (without quotes, which do not touch the dateline) and counts the
values the dateline-place facet would list: how many distinct ones, and the top 100.
With `--baseline REV` the parsers of that git revision count the same releases too, for
the figures before and after.

Example:
    .venv/bin/python scripts/places_sample.py --records 20000 --baseline 16edf58 \
        --markdown docs/places-sample.md
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_parse import CORPUS, sample, unpack  # noqa: E402

MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def child(records_path: str) -> None:
    """Print the place facet value of every record (JSON list; null for no dateline)."""
    from importers import records as R
    from importers.text import parse_text
    from search.facets import facet_key

    values: list[str | None] = []
    for line in Path(records_path).read_text().splitlines():
        record = json.loads(line)
        headline, body = R.split_run_in_headline(record["text"])
        doc = parse_text(f"{headline}\n\n{body}" if headline else body, quotes=False)
        d = doc.dateline
        value = (getattr(d, "canonical", None) or d.place) if d else None
        values.append(value)
    # The facet merges values by key and shows one spelling of each.
    print(json.dumps([[v, facet_key(v)] if v else None for v in values]))


CHILD = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    f"sys.path.insert(1, {str(ROOT / 'scripts')!r}); "
    "import places_sample; places_sample.child(sys.argv[2])"
)


def count(tree: Path, records_path: Path) -> tuple[Counter[str], int]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(records_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = json.loads(out.strip().splitlines()[-1])
    spellings: dict[str, Counter[str]] = {}
    keys: Counter[str] = Counter()
    for row in rows:
        if row:
            value, key = row
            keys[key] += 1
            spellings.setdefault(key, Counter())[value] += 1
    shown = Counter({spellings[k].most_common(1)[0][0]: n for k, n in keys.items()})
    return shown, sum(1 for r in rows if r)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--baseline", help="git revision to count with as well (before)")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--markdown", type=Path, help="write the figures as Markdown here")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"corpus not found: {args.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        records_path = Path(tmp) / "records.jsonl"
        lines = sample(args.corpus, args.records)
        records_path.write_text("".join(lines))
        after, dated_after = count(ROOT, records_path)
        before = dated_before = None
        if args.baseline:
            tree = Path(tmp) / "baseline"
            tree.mkdir()
            unpack(args.baseline, tree)
            before, dated_before = count(tree, records_path)
    out = [
        f"Releases: {len(lines):,} (every {max(1, 105155 // args.records)}th of the corpus).",
        "",
        "| | releases with a dateline | distinct place values |",
        "|---|---|---|",
    ]
    if before is not None:
        out.append(f"| before ({args.baseline}) | {dated_before:,} | {len(before):,} |")
    out.append(f"| now | {dated_after:,} | {len(after):,} |")
    out += ["", f"Top {args.top} place values now:", ""]
    out += ["| # | place | releases |", "|---|---|---|"]
    out += [f"| {i} | {v} | {n:,} |" for i, (v, n) in enumerate(after.most_common(args.top), 1)]
    if before is not None:
        out += ["", f"Top 30 before ({args.baseline}):", "", "| # | place | releases |"]
        out += ["|---|---|---|"]
        out += [f"| {i} | {v} | {n:,} |" for i, (v, n) in enumerate(before.most_common(30), 1)]
    text = "\n".join(out) + "\n"
    print(text)
    if args.markdown:
        command = " ".join(["scripts/places_sample.py", *sys.argv[1:]])
        head = "# Dateline places in the press releases\n\n"
        head += f"```sh\n.venv/bin/python {command}\n```\n\n"
        args.markdown.write_text(head + text)


if __name__ == "__main__":
    main()
