#!/usr/bin/env python3
"""What hunspell stemming costs Elasticsearch at index time, as a ratio within one run.

Parses a spread sample of the congressional press releases once, then bulk-loads the
same documents, built by `search.elastic.document_source`, into fresh indexes with the
current mapping, in alternating rounds: once as the archive writes them (texts also in
`stems.<language>.*`, analysed with hunspell) and once with the stemmed fields left out.
Prints both rates and their ratio.

Example:
    .venv/bin/python scripts/bench_stemming_es.py --records 3000 --rounds 3
The Elasticsearch test server: `scripts/elasticsearch.sh start`.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from elasticsearch import Elasticsearch, helpers  # noqa: E402

from importers.records import document_from_record  # noqa: E402
from search.elastic import document_source, load_mapping  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def sources(n: int) -> list[dict[str, Any]]:
    import json

    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    docs = [
        document_from_record(json.loads(line), MAPPING, origin=None) for line in lines[::step][:n]
    ]
    return [document_source(d) for d in docs]


def load(es: Elasticsearch, docs: list[dict[str, Any]], stems: bool) -> float:
    """Documents per second into a new index with the current documents mapping."""
    index = f"press-bench-stems-{uuid.uuid4().hex[:8]}"
    es.indices.create(index=index, **load_mapping("documents"))
    try:
        actions = (
            {
                "_index": index,
                "_id": d["id"],
                "_source": d if stems else _without_stems(d),
            }
            for d in docs
        )
        started = time.perf_counter()
        for ok, item in helpers.streaming_bulk(es, actions, chunk_size=500, raise_on_error=False):
            if not ok:
                raise SystemExit(f"bulk failure: {item}")
        es.indices.refresh(index=index)
        return len(docs) / (time.perf_counter() - started)
    finally:
        es.indices.delete(index=index)


def _without_stems(source: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in source.items() if k != "stems"}
    out["quotes"] = [{k: v for k, v in q.items() if k != "stems"} for q in source["quotes"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--es", default="http://127.0.0.1:9201")
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    docs = sources(args.records)
    es = Elasticsearch(args.es, request_timeout=120)
    rates: dict[str, list[float]] = {"stemmed": [], "unstemmed": []}
    for n in range(args.rounds):
        for label in rates:
            rates[label].append(load(es, docs, stems=label == "stemmed"))
            print(f"round {n + 1} {label}: {rates[label][-1]:.0f} documents/s", flush=True)
    medians = {label: statistics.median(v) for label, v in rates.items()}
    for label, value in medians.items():
        print(f"{label}: median {value:.0f} documents/s over {args.rounds} rounds")
    print(f"stemmed / unstemmed: {medians['stemmed'] / medians['unstemmed']:.3f}")


if __name__ == "__main__":
    main()
