#!/usr/bin/env python3
"""Write the answers of a set of searches on an embedded archive, or compare two such files.

A change to how the embedded archive searches must not change what it answers. `dump`
runs the searches of a `scripts/bench_scale.py` results file (each term with its two
facets), plus searches without words, without facets, with two values of one facet,
with years written `0999` / `999`, with several words (a field, a phrase, a negation, an
OR), and with confident attributions only, in both scopes,
with every facet and the month histogram, and writes each answer (total, the page of
hits as shown, every facet value with its count and selection, the histogram, what timed
out) as JSON. `compare` says which searches answer differently.

To check a revision against the one before, on the same archive (or on a copy that
`press reindex` brought to the current schema):

    git archive HEAD~1 | tar -x -C /tmp/before
    .venv/bin/python scripts/search_answers.py dump /tmp/s300k.db before.json --code /tmp/before
    .venv/bin/python scripts/search_answers.py dump /tmp/s300k-new.db after.json
    .venv/bin/python scripts/search_answers.py compare before.json after.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from searches import representative

ROOT = Path(__file__).resolve().parent.parent
Filters = dict[str, list[str]]

MORE: list[tuple[str, Filters]] = [
    ("", {}),
    ("tax", {}),
    ("", {"year": ["2016"]}),
    ("", {"language": ["en"], "speaker": ["Rick Larsen"]}),
    ("health care", {"year": ["2019", "2018"], "source": ["Rick Larsen", "Nita Lowey"]}),
    ("veterans", {"year": ["0999"]}),
    ("veterans", {"year": ["999"]}),
    ("jobs", {"place": ["Washington, D.C."]}),
    ("water", {"speaker": ["Henry Cuellar"]}),
    # Several words of one index, with a field, a phrase, a negation and an OR.
    ("health care -tax", {}),
    ("headline:tax relief", {"year": ["2016"]}),
    ('"small business" jobs loans', {"language": ["en"]}),
    ("quote:jobs economy", {"source": ["John Larson"]}),
    ("veterans OR military benefits", {}),
]
CONFIDENT_TERMS = ("tax", "health care", "")


def dump(archive: str, out: Path, code: Path, cases_file: Path) -> None:
    sys.path.insert(0, str(code.resolve()))
    from search import sqlite

    cases = [(t, f) for t, f in json.loads(cases_file.read_text())["cases"]] + MORE
    backend = sqlite.SqliteBackend(archive, result_cache=0)
    answers: list[dict[str, Any]] = []
    cpu = 0.0
    for scope in ("quotes", "documents"):
        for confident in (False, True):
            for term, filters in cases:
                if confident and term not in CONFIDENT_TERMS:
                    continue
                request = representative(term, filters, scope, 600_000, confident)
                started = time.process_time()
                result = backend.search(request)
                cpu += time.process_time() - started
                answers.append(
                    {
                        "search": [scope, term, filters, confident],
                        "total": result.total,
                        "hits": [repr(h) for h in result.hits],
                        "facets": {
                            name: [(v.value, v.count, v.selected) for v in facet.values]
                            for name, facet in result.facets.items()
                        },
                        "timed_out": [result.timed_out]
                        + [f.timed_out for f in result.facets.values()],
                        "histogram": result.histogram,
                    }
                )
    backend.close()
    out.write_text(json.dumps(answers, indent=0))
    print(f"{len(answers)} searches written to {out} ({cpu:.1f} CPU-s)")


def compare(first: Path, second: Path) -> int:
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    if [x["search"] for x in a] != [y["search"] for y in b]:
        print("the two files answer different searches")
        return 2
    differ = 0
    for x, y in zip(a, b, strict=True):
        parts = [k for k in ("total", "hits", "facets", "timed_out", "histogram") if x[k] != y[k]]
        if parts:
            differ += 1
            print(f"differs ({', '.join(parts)}): {x['search']}")
    print(f"{len(a)} searches compared, {differ} answer differently")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the answers of the searches")
    d.add_argument("archive", help="an embedded archive (SQLite file)")
    d.add_argument("out", type=Path)
    d.add_argument("--code", type=Path, default=ROOT, help="the checkout whose search is run")
    d.add_argument(
        "--cases",
        type=Path,
        required=True,
        help="a bench_scale.py results file (e.g. DIR/results-sqlite.json): its searches are run",
    )
    c = sub.add_parser("compare", help="compare two files of answers")
    c.add_argument("first", type=Path)
    c.add_argument("second", type=Path)
    a = ap.parse_args()
    if a.command == "dump":
        dump(a.archive, a.out, a.code, a.cases)
    else:
        sys.exit(compare(a.first, a.second))


if __name__ == "__main__":
    main()
