#!/usr/bin/env python3
"""What word forms cost Elasticsearch at index time, three ways, as ratios within one run.

Parses a spread sample of the congressional press releases once, then bulk-loads the
same documents, built by `search.elastic.document_source`, into fresh indexes in
alternating rounds:

- `hunspell`: as the archive writes them, with the current mapping — each text also in
  `stems.<language>.*`, analysed by the node with the core `hunspell` filter;
- `python`: each text instead as the tagged Snowball stems `search/stemming.py` computes
  for the embedded archive (`stem_text`, computed in the timing), in `stems.*` fields
  split on spaces by the built-in `whitespace` analyzer;
- `none`: no stemmed fields at all.

Prints each median rate and its ratio to `none`, and `python` / `hunspell`; and, since
rates swing with the machine's other load, the CPU each way spends per 1,000 documents
(the node's, from its process stats, plus this client's), which swings less. The node
is shared, so other clients' requests count in its CPU too: compare medians.

Example:
    .venv/bin/python scripts/bench_stemming_es.py --records 2000 --rounds 5
The Elasticsearch test server: `scripts/elasticsearch.sh start`.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
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
from search.model import Document  # noqa: E402
from search.stemming import stem_text  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def sources(n: int) -> list[tuple[Document, dict[str, Any]]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    docs = [
        document_from_record(json.loads(line), MAPPING, origin=None) for line in lines[::step][:n]
    ]
    return [(d, document_source(d)) for d in docs]


# -- the Python-stems variant --------------------------------------------------------

STEMS = {"type": "text", "analyzer": "whitespace", "index_options": "docs"}


def python_mapping() -> dict[str, Any]:
    """The documents mapping with the stems fields as space-separated Python stems."""
    body = copy.deepcopy(load_mapping("documents"))
    props = body["mappings"]["properties"]
    fields = ("headline", "subheadings", "body", "captions")
    props["stems"] = {"properties": {f: dict(STEMS) for f in fields}}
    props["quotes"]["properties"]["stems"] = {"properties": {"text": dict(STEMS)}}
    return body


def python_stems(doc: Document, source: dict[str, Any]) -> dict[str, Any]:
    """The source with each text as `stem_text` stems, as the embedded archive stores them."""
    lang = doc.language
    out = {**source}
    out["stems"] = {
        "headline": stem_text(doc.headline or "", lang),
        "subheadings": stem_text("\n".join(doc.subheadings), lang),
        "body": stem_text(doc.text, lang),
        "captions": stem_text("\n".join(p.caption or "" for p in doc.photos), lang),
    }
    out["quotes"] = [{**q, "stems": {"text": stem_text(q["text"], lang)}} for q in source["quotes"]]
    return out


def without_stems(source: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in source.items() if k != "stems"}
    out["quotes"] = [{k: v for k, v in q.items() if k != "stems"} for q in source["quotes"]]
    return out


# -- the runs ---------------------------------------------------------------------------


def node_cpu_ms(es: Elasticsearch) -> int:
    time.sleep(1.1)  # the node refreshes its process stats once a second
    stats = es.nodes.stats(metric="process")["nodes"]
    return sum(int(n["process"]["cpu"]["total_in_millis"]) for n in stats.values())


def load(
    es: Elasticsearch, variant: str, docs: list[tuple[Document, dict[str, Any]]]
) -> tuple[float, float]:
    """Documents per second into a new index (Python stems are computed in the timing),
    and CPU seconds per 1,000 documents, the node's and this client's."""
    index = f"press-bench-stems-{uuid.uuid4().hex[:8]}"
    es.indices.create(
        index=index, **(python_mapping() if variant == "python" else load_mapping("documents"))
    )
    try:

        def source(doc: Document, built: dict[str, Any]) -> dict[str, Any]:
            if variant == "hunspell":
                return built
            plain = without_stems(built)
            # The stems are made in the timing, as a write would make them.
            return python_stems(doc, plain) if variant == "python" else plain

        actions = ({"_index": index, "_id": b["id"], "_source": source(d, b)} for d, b in docs)
        node = node_cpu_ms(es)
        started, cpu = time.perf_counter(), time.process_time()
        for ok, item in helpers.streaming_bulk(es, actions, chunk_size=500, raise_on_error=False):
            if not ok:
                raise SystemExit(f"bulk failure: {item}")
        es.indices.refresh(index=index)
        rate = len(docs) / (time.perf_counter() - started)
        client = time.process_time() - cpu
        spent = (node_cpu_ms(es) - node) / 1000 + client
        return rate, spent * 1000 / len(docs)
    finally:
        es.indices.delete(index=index)


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
    variants = ["hunspell", "python", "none"]
    rates: dict[str, list[float]] = {v: [] for v in variants}
    cpus: dict[str, list[float]] = {v: [] for v in variants}
    for n in range(args.rounds):
        for label in variants:
            rate, cpu = load(es, label, docs)
            rates[label].append(rate)
            cpus[label].append(cpu)
            print(
                f"round {n + 1} {label}: {rate:.0f} documents/s, {cpu:.2f} CPU s/1000", flush=True
            )
    medians = {label: statistics.median(v) for label, v in rates.items()}
    cpu_medians = {label: statistics.median(v) for label, v in cpus.items()}
    for label, value in medians.items():
        ratio = value / medians["none"]
        print(
            f"{label}: median {value:.0f} documents/s over {args.rounds} rounds, {ratio:.3f} x none"
        )
    for label, value in cpu_medians.items():
        print(f"{label}: median {value:.2f} CPU seconds per 1000 documents (node + client)")
    print(f"python / hunspell: {medians['python'] / medians['hunspell']:.3f} (rate)")
    print(f"hunspell / python: {cpu_medians['hunspell'] / cpu_medians['python']:.3f} (CPU)")


if __name__ == "__main__":
    main()
