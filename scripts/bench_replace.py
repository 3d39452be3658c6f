#!/usr/bin/env python3
"""CPU of the first search after a document is replaced in place, on an embedded archive.

A search counts facets from columns kept in memory per generation of the archive
(`search/sqlite_columns.py`). A write that replaces a document (a re-import of changed
copy, a correction, a reparse of one document) makes a new generation; this measures
what the next search of each scope then costs, with every facet and the histogram
(the searches of `scripts/bench_scale.py`): `--rounds` documents are each replaced by
a copy with another source and then written back as they were, and a search of each
scope follows each write. The archive is written: give it a copy.

    cp /tmp/million/load/m219k.db /tmp/scale-store/replace.db
    for code in /tmp/before .; do
        .venv/bin/python scripts/bench_replace.py /tmp/scale-store/replace.db --code $code
    done

Benchmark-only: nothing in the package imports this.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from searches import representative

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("archive", help="an embedded archive (SQLite file; it is written)")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose search is run")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--check",
        action="store_true",
        help="after each write, compare every answer with a backend that reads afresh",
    )
    ap.add_argument(
        "--cases",
        type=Path,
        default=Path("/tmp/million/load/results-sqlite-load.json"),
        help="a bench_scale.py results file: its first search is run",
    )
    a = ap.parse_args()
    sys.path.insert(0, str(a.code.resolve()))
    from search import sqlite

    backend = sqlite.SqliteBackend(a.archive, result_cache=0)
    term, filters = json.loads(a.cases.read_text())["cases"][0]
    scopes = ("quotes", "documents")
    checked: list[str] = []

    def answer(result: Any) -> Any:
        facets = {n: [(v.value, v.count) for v in f.values] for n, f in result.facets.items()}
        return result.total, facets, result.histogram

    def search(scope: str) -> float:
        request = representative(term, filters, scope, 60_000)
        started = time.process_time()
        result = backend.search(request)
        spent = (time.process_time() - started) * 1000
        if a.check:
            fresh = sqlite.SqliteBackend(a.archive, result_cache=0)
            assert answer(fresh.search(request)) == answer(result), "answers differ"
            fresh.close()
            checked.append(scope)
        return spent

    for scope in scopes:  # every column read once
        search(scope)
    step = backend.conn.execute("SELECT max(rowid) FROM documents").fetchone()[0] // (a.rounds + 1)
    spent: dict[str, list[float]] = {scope: [] for scope in scopes}
    for n in range(1, a.rounds + 1):
        (doc_id,) = backend.conn.execute(
            "SELECT id FROM documents WHERE rowid >= ? ORDER BY rowid LIMIT 1", (n * step,)
        ).fetchone()
        doc = backend.get(doc_id)
        assert doc is not None
        for version in (dataclasses.replace(doc, source=f"{doc.source} (again)"), doc):
            statuses = [r.status for r in backend.write([version])]
            assert statuses == ["updated"], statuses
            for scope in scopes:
                spent[scope].append(search(scope))
    documents = backend.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    for scope in scopes:
        ms = spent[scope]
        print(
            f"{scope} ({a.code}, {documents:,} documents): first search after a replace,"
            f" CPU median {statistics.median(ms):.0f} ms, max {max(ms):.0f} ms ({len(ms)} writes)"
        )
    if checked:
        print(f"answers identical to a fresh read after every write ({len(checked)} searches)")
    backend.close()


if __name__ == "__main__":
    main()
