#!/usr/bin/env python
"""What the map of one person's spellings costs the speaker facet on Elasticsearch.

Writes a seeded random sample of an embedded archive's documents to fresh indexes of an
Elasticsearch node, stores the map computed from the WHOLE archive (as `press import`
would store it for that archive), and times the same searches with the speaker facet
with the map and with no map, alternating in one run (the machine is shared: only the
ratio within the run is a figure). The indexes are dropped at the end.

A sample keeps the share of documents the map's filters match, so the ratio is the
archive's; the fixed cost of one filter per merged person weighs more in a small index
than in the whole archive, so the ratio is, if anything, high.

    scripts/bench_speaker_map.py ARCHIVE.db --es URL [--docs 5000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.base import SearchRequest  # noqa: E402
from search.elastic import ElasticBackend  # noqa: E402
from search.query import parse_query  # noqa: E402
from search.speaker_aliases import alias_map, people_of, person_labels  # noqa: E402
from search.sqlite import _load, speaker_context, speaker_names_and_texts  # noqa: E402

QUERIES = ["", "health care", "veterans", "border security", "tax"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--es", required=True)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
    names, texts = speaker_names_and_texts(conn)
    aliases = alias_map(names, texts, speaker_context(conn))
    (top,) = conn.execute("SELECT max(rowid) FROM documents").fetchone()
    rows = sorted(random.Random(args.seed).sample(range(1, top + 1), args.docs))
    docs = []
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (blob,) in conn.execute(f"SELECT data FROM documents WHERE rowid IN ({marks})", chunk):
            docs.append(_load(blob))
    store = ElasticBackend(args.es, index_prefix=f"press-bench-{uuid.uuid4().hex[:10]}")
    try:
        failed = [r for r in store.write(docs) if r.status not in ("created", "updated")]
        store.client.indices.refresh(index=store.aliases["documents"])
        store._store_speaker_map(aliases, person_labels(names, aliases), {})
        print(f"archive map: {len(aliases)} keys merged into {len(people_of(aliases))} persons")
        print(f"documents written: {len(docs) - len(failed)} of {len(docs)}")
        timings: dict[str, list[float]] = {"map": [], "none": []}
        kept = {"map": store._speaker_canon(), "none": ({}, {}, {})}

        def run(mode: str) -> float:
            # The backend's kept map, as a search reads it: the stored one, or none.
            store._speaker_aliases = (time.monotonic(), *kept[mode])
            started = time.perf_counter()
            for text in QUERIES:
                for scope in ("documents", "quotes"):
                    request = SearchRequest(
                        parse_query(text), scope=scope, facets=("speaker",), facet_size=30
                    )
                    store.search(request)
            return time.perf_counter() - started

        run("map"), run("none")  # warm both
        for n in range(args.rounds):
            order = ("map", "none") if n % 2 == 0 else ("none", "map")
            for mode in order:
                timings[mode].append(run(mode))
        with_map, without = statistics.median(timings["map"]), statistics.median(timings["none"])
        per = len(QUERIES) * 2
        print(f"searches per round: {per} (speaker facet, documents and quotes)")
        print(f"median round with the map: {with_map * 1000:.1f} ms")
        print(f"median round with no map: {without * 1000:.1f} ms")
        print(f"ratio with/without: {with_map / without:.2f}")
    finally:
        store.drop()


if __name__ == "__main__":
    main()
