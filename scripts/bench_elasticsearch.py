#!/usr/bin/env python3
"""Benchmark: the congressional releases into Elasticsearch, ours against a bare bulk load.

1. Prepare: parse the releases once (`--map member=issuer --map text=text
   --map date=published`) into our JSONL export format, so both loads get the same
   documents.
2. Ours: `press import prepared.jsonl --archive URL --jobs N` in a subprocess
   (reading, the created/updated/unchanged check, quote entries, bulk writes,
   reporting), timed, with its peak memory. The archive's indexes are created
   before the timing, as the bare loads' are.
3. Bare: the same documents and quote entries into a fresh pair of indexes with the
   same mappings (and the replicas the archive's indexes get) through
   `helpers.streaming_bulk` and `helpers.parallel_bulk` (two threads) alone.
4. Searches: 20 representative searches, each with four facets, on the imported
   archive: p50 and p95 latency.

With `--rounds N` steps 2 and 3 run N times, ours and bare `parallel_bulk` one after
the other (the order swapped each round, so neither is always the one on a warmer
node), and the ratios are the medians of the rounds.

`--compare-sqlite ARCHIVE --prefix P` measures searches only: the representative
searches of `scripts/bench_search_cpu.py` (words and two facets selected, every facet
counted, the month histogram; the cases of a `bench_scale.py` results file) and
browsing everything, each run on the Elasticsearch archive `P` and on the embedded
archive in turn, so both see the same machine: wall p50 / p95 for each, the embedded
search's CPU and the node's CPU per search.

`--mapping-variants` measures where the node's indexing CPU goes: the first `--limit`
prepared documents (and their quote entries) are loaded with `streaming_bulk` into a
fresh index of each mapping variant in turn (`--rounds` times), and the node's CPU
seconds per document are printed (the median of the rounds): the mappings as they are,
without the hunspell stems, without the nested quotes and speakers, with the stems
and nested quote texts indexed without positions (no query reads them as phrases), and
with the nested quotes' fields no document search reads left unindexed.

`--search-variants --prefix P` measures where a search's CPU goes on the node: the
representative searches (the cases of a `bench_scale.py` results file) are sent as the
archive sends them and again with one part left out each time — the highlight, the
speaker facet's count by person (the archive's map of spellings), every facet's
sub-aggregation of written values, the month histogram, and all aggregations and the
highlight at once (the query and the page alone) — and the node's CPU per search and the
median `took` are printed for each variant (the node should be doing nothing else).

Before the timings, every node loads the hunspell dictionaries (an index with the
mappings analyses a word), so no load pays for that alone.

Usage: scripts/bench_elasticsearch.py [--es URL] [--jobs N] [--limit N] [--rounds N] [--workdir DIR]
       scripts/bench_elasticsearch.py --es URL --compare-sqlite ARCHIVE --prefix P [--cases FILE]
       scripts/bench_elasticsearch.py --es URL --search-variants --prefix P [--cases F] [--runs N]
The Elasticsearch test server: `scripts/elasticsearch.sh start` (URL http://127.0.0.1:9201);
a local cluster: `--es "$(scripts/elasticsearch.sh cluster-url)"`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from proctree import tree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from elasticsearch import Elasticsearch, helpers  # noqa: E402

from importers.records import document_from_record  # noqa: E402
from search.base import SearchRequest  # noqa: E402
from search.elastic import (  # noqa: E402
    ElasticBackend,
    document_source,
    load_mapping,
    node_urls,
    quote_sources,
)
from search.model import Document, Origin  # noqa: E402
from search.query import parse_query  # noqa: E402

RELEASES = REPO.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
FIELD_MAP = {"member": "issuer", "text": "text", "date": "published"}
CHUNK = 500
SEARCHES = [
    ("veterans", "documents", {}),
    ("health care", "documents", {}),
    ('"affordable care act"', "documents", {}),
    ("tax reform", "documents", {"year": ["2017"]}),
    ("immigration border", "documents", {}),
    ("veterans", "quotes", {}),
    ("jobs economy", "quotes", {}),
    ("opioid", "quotes", {"year": ["2018"]}),
    ("speaker:Schiff russia", "quotes", {}),
    ("", "documents", {}),
    ("", "quotes", {}),
    ("farm bill", "documents", {"place": ["washington"]}),
    ("hurricane OR flood", "documents", {}),
    ("education -student", "documents", {}),
    ("date:2009 stimulus", "documents", {}),
    ("medicare", "quotes", {"year": ["2012", "2013"]}),
    ("energy", "documents", {"source": ["Mike Simpson"]}),
    ("grant awarded", "documents", {}),
    ("statement", "quotes", {}),
    ("cyber security", "documents", {}),
]
FACETS = ("speaker", "source", "place", "year")


def _parse(line: bytes) -> str | None:
    record = json.loads(line)
    try:
        doc = document_from_record(record, FIELD_MAP, origin=Origin(path="releases.jsonl.gz"))
    except Exception:  # counted as skipped; the import itself reports such records
        return None
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def prepare(limit: int | None, out: Path) -> int:
    """Parse the releases once (two processes) into our export format."""
    if out.exists():
        return sum(1 for _ in out.open(encoding="utf-8"))
    started = time.monotonic()
    n = 0
    with gzip.open(RELEASES) as f, out.open("w", encoding="utf-8") as w:
        lines = (line for i, line in enumerate(f) if limit is None or i < limit)
        with multiprocessing.Pool(2) as pool:
            for doc in pool.imap(_parse, lines, chunksize=64):
                if doc:
                    w.write(doc + "\n")
                    n += 1
    print(f"prepared {n} documents in {time.monotonic() - started:.0f} s -> {out}")
    return n


def _client(url: str) -> Elasticsearch:
    return Elasticsearch(node_urls(url), request_timeout=120)


def _replicas(client: Elasticsearch) -> int:
    """The replicas the archive's indexes get on this cluster (ElasticBackend's rule)."""
    return 1 if client.cluster.health()["number_of_data_nodes"] > 1 else 0


def _create(client: Elasticsearch, name: str, kind: str) -> None:
    body = load_mapping(kind)
    body["settings"]["index"]["number_of_replicas"] = _replicas(client)
    client.indices.create(index=name, **body)


def warm_up(url: str) -> None:
    """Every node reads the hunspell dictionaries once, before any load is timed."""
    client = _client(url)
    name = f"press-bench-warm-{uuid.uuid4().hex[:6]}"
    body = load_mapping("documents")
    nodes = client.cluster.health()["number_of_data_nodes"]
    body["settings"]["index"].update(number_of_shards=nodes, number_of_replicas=0)
    client.indices.create(index=name, **body)
    client.cluster.health(index=name, wait_for_status="green", timeout="60s")
    for n in range(nodes * 4):  # documents on every shard
        client.index(index=name, id=str(n), document={"body": ["statements were issued"]})
    client.indices.delete(index=name)
    client.close()


_NODE_PIDS: dict[str, list[int]] = {}


def node_cpu(url: str) -> float:
    """CPU seconds the node's process has used, when it runs on this machine (else 0).

    The nodes' process ids are asked once per URL: asking each time is a request the
    node serves too, which a reading around a single search would count as its cost."""
    if url not in _NODE_PIDS:
        client = _client(url)
        try:
            found = client.nodes.info(node_id="_all", metric="process")["nodes"].values()
            _NODE_PIDS[url] = [int(node["process"]["id"]) for node in found]
        finally:
            client.close()
    seconds = 0.0
    for pid in _NODE_PIDS[url]:
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists():
            fields = stat.read_text().rsplit(")", 1)[1].split()
            seconds += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


def tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Each descendant's CPU seconds so far, by process id, into `seen`: the workers of
    `--jobs` are children of the fork server, which `press` need not wait for, so
    `RUSAGE_CHILDREN` would not count them."""
    for p in tree(root):
        if p.pid != root:
            seen[p.pid] = p.cpu


def ours(url: str, prepared: Path, prefix: str, jobs: int) -> dict[str, float]:
    # The archive's indexes are created before the timing, as the bare loads' are: what
    # is timed is the load, not the creation of an archive (seconds of the node's CPU).
    ElasticBackend(url, index_prefix=prefix).close()
    env = {**os.environ, "PRESS_ES_INDEX_PREFIX": prefix}
    node = node_cpu(url)
    started = time.monotonic()
    command = [str(REPO / ".venv" / "bin" / "press"), "import", str(prepared), "--archive", url]
    # Its output goes to files, not pipes: the pipes are not read until it ends, and an
    # import writing more than a pipe holds (warnings of retried requests) would wait.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    proc = subprocess.Popen(
        [*command, "-q", "--jobs", str(jobs)], env=env, stdout=out_file, stderr=err_file
    )
    # The import's processes (its workers included, each as last seen, up to 0.2 s
    # before it ended) and the node: what the load cost, which a busy shared machine
    # disturbs much less than the wall time.
    descendants: dict[int, float] = {}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            break
        tree_cpu(proc.pid, descendants)
        time.sleep(0.2)
    seconds = time.monotonic() - started
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
    out_file.close()
    err_file.close()
    cpu = usage.ru_utime + usage.ru_stime + sum(descendants.values()) + node_cpu(url) - node
    print(out.strip() or err[-2000:])
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": usage.ru_maxrss / 1024,
        "exit": proc.returncode,
    }


def _actions(prepared: Path, names: dict[str, str]):
    with prepared.open(encoding="utf-8") as f:
        for line in f:
            doc = Document.from_dict(json.loads(line))
            for qid, entry in quote_sources(doc):
                yield {"_index": names["quotes"], "_id": qid, "_source": entry}
            yield {"_index": names["documents"], "_id": doc.id, "_source": document_source(doc)}


def bare(url: str, prepared: Path, parallel: bool) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and the node) of a bare bulk load."""
    client = _client(url)
    names = {k: f"press-bench-bare-{k}-{uuid.uuid4().hex[:6]}" for k in ("documents", "quotes")}
    for kind, name in names.items():
        _create(client, name, kind)
    node, cpu = node_cpu(url), time.process_time()
    started = time.monotonic()
    if parallel:
        results = helpers.parallel_bulk(
            client, _actions(prepared, names), thread_count=2, chunk_size=CHUNK
        )
    else:
        results = helpers.streaming_bulk(
            client, _actions(prepared, names), chunk_size=CHUNK, max_retries=5
        )
    failed = sum(1 for ok, _ in results if not ok)
    client.indices.refresh(index=",".join(names.values()))
    seconds = time.monotonic() - started
    cpu = time.process_time() - cpu + node_cpu(url) - node
    client.indices.delete(index=",".join(names.values()))
    client.close()
    if failed:
        print(f"bare load: {failed} actions failed")
    return seconds, cpu


def searches(url: str, prefix: str, rounds: int = 5) -> tuple[float, float]:
    backend = ElasticBackend(url, index_prefix=prefix)
    times = []
    for round_ in range(rounds + 1):
        for q, scope, filters in SEARCHES:
            request = SearchRequest(parse_query(q), filters=filters, scope=scope, facets=FACETS)
            started = time.perf_counter()
            backend.search(request)
            if round_:  # the first round warms caches
                times.append((time.perf_counter() - started) * 1000)
    backend.close()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return values[int(0.5 * (len(values) - 1))], values[int(0.95 * (len(values) - 1))]


def compare_searches(url: str, prefix: str, archive: Path, cases: Path, runs: int) -> None:
    """The representative searches on both backends, in turn, at the same size."""
    from searches import representative

    from search.sqlite import SqliteBackend

    elastic = ElasticBackend(url, index_prefix=prefix)
    embedded = SqliteBackend(str(archive), result_cache=0)
    print(
        f"documents: Elasticsearch {elastic.stats().get('documents')},"
        f" embedded {embedded.stats().get('documents')}"
    )
    terms = [(t, f) for t, f in json.loads(cases.read_text())["cases"]]
    for scope in ("quotes", "documents"):
        wall: dict[str, list[float]] = {"elastic": [], "embedded": []}
        cpu = {"node": 0.0, "embedded": 0.0}
        browse: dict[str, list[float]] = {"elastic": [], "embedded": []}
        for round_ in range(runs + 1):  # the first round warms both
            for term, filters in [*terms, ("", {})]:
                request = representative(term, filters, scope, 60_000)
                node, started = node_cpu(url), time.perf_counter()
                elastic.search(request)
                took = (time.perf_counter() - started) * 1000
                node = node_cpu(url) - node
                own, started = time.process_time(), time.perf_counter()
                embedded.search(request)
                took_embedded = (time.perf_counter() - started) * 1000
                own = time.process_time() - own
                if not round_:
                    continue
                if term or filters:
                    wall["elastic"].append(took)
                    wall["embedded"].append(took_embedded)
                    cpu["node"] += node
                    cpu["embedded"] += own
                else:
                    browse["elastic"].append(took)
                    browse["embedded"].append(took_embedded)
        n = len(wall["elastic"])
        for name in ("elastic", "embedded"):
            p50, p95 = _percentiles(wall[name])
            b50, _ = _percentiles(browse[name])
            spent = cpu["node" if name == "elastic" else "embedded"] * 1000 / n
            print(
                f"{scope:<9} {name:<8} wall p50 {p50:6.0f} ms  p95 {p95:6.0f} ms"
                f"  CPU per search {spent:5.0f} ms ({'node' if name == 'elastic' else 'ours'})"
                f"  browse all p50 {b50:6.0f} ms  ({n} searches, load {os.getloadavg()[0]:.1f})"
            )
    elastic.close()
    embedded.close()


SEARCH_VARIANTS = (
    "as-is",
    "no-highlight",
    "no-people",
    "no-written",
    "no-histogram",
    "query-only",
)


def _search_variant(body: dict[str, Any], name: str) -> dict[str, Any]:
    """A search body with one part left out (`--search-variants`)."""
    body = json.loads(json.dumps(body))
    aggs = body.get("aggs", {})
    if name == "no-highlight":
        body.pop("highlight", None)
    elif name == "no-people" and "facet_speaker" in aggs:
        facet = aggs["facet_speaker"]["aggs"]
        facet.pop("people", None)
        facet["values"]["terms"].pop("exclude", None)
    elif name == "no-written":
        for facet in aggs.values():
            for agg in facet.get("aggs", {}).values():
                agg.pop("aggs", None)
    elif name == "no-histogram":
        aggs.pop("histogram", None)
    elif name == "query-only":
        body.pop("highlight", None)
        body.pop("aggs", None)
    return body


def search_variants(url: str, prefix: str, cases: Path, runs: int) -> None:
    """The node's CPU per search with one part of the body left out at a time."""
    from searches import representative

    from search.elastic import _count_people, _kwargs
    from search.elastic_compile import search_body

    backend = ElasticBackend(url, index_prefix=prefix)
    terms = [(t, f) for t, f in json.loads(cases.read_text())["cases"]]
    print(f"documents: {backend.stats().get('documents')}; {len(terms)} searches x {runs}")
    for scope in ("quotes", "documents"):
        bodies = []
        for term, filters in terms:
            request = representative(term, filters, scope, 60_000)
            body = search_body(backend._compiler(request), request)
            _canon, people, _labels = backend._speaker_canon()
            if people:
                _count_people(body, people)
            bodies.append(body)
        index = backend.aliases[scope]
        for name in SEARCH_VARIANTS:
            variant = [_search_variant(b, name) for b in bodies]
            for body in variant:  # warm the caches
                backend.client.search(index=index, **_kwargs(body))
            took: list[int] = []
            node = node_cpu(url)
            for _ in range(runs):
                for body in variant:
                    took.append(backend.client.search(index=index, **_kwargs(body))["took"])
            spent = (node_cpu(url) - node) * 1000 / len(took)
            p50, p95 = _percentiles([float(t) for t in took])
            print(
                f"{scope:<9} {name:<13} node CPU per search {spent:6.1f} ms"
                f"  took p50 {p50:5.0f} ms p95 {p95:5.0f} ms (load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    backend.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--es", default="http://127.0.0.1:9201")
    ap.add_argument("--limit", type=int, help="only the first N releases")
    ap.add_argument("--jobs", type=int, default=1, help="press import --jobs (default 1)")
    ap.add_argument("--workdir", type=Path, default=REPO / "artifacts" / "bench")
    ap.add_argument("--keep", action="store_true", help="keep the imported archive")
    ap.add_argument(
        "--bare-first", action="store_true", help="run the bare loads before ours, not after"
    )
    ap.add_argument(
        "--rounds", type=int, default=1, help="ours and bare parallel_bulk this many times"
    )
    ap.add_argument("--compare-sqlite", type=Path, help="searches only: against this archive")
    ap.add_argument("--prefix", help="with --compare-sqlite: the Elasticsearch archive's prefix")
    ap.add_argument(
        "--cases",
        type=Path,
        default=Path("/tmp/million/load/results-sqlite-load.json"),
        help="with --compare-sqlite: a bench_scale.py results file whose searches are run",
    )
    ap.add_argument("--runs", type=int, default=2, help="with --compare-sqlite: rounds")
    ap.add_argument(
        "--mapping-variants", action="store_true", help="the node's CPU per mapping variant"
    )
    ap.add_argument(
        "--search-variants",
        action="store_true",
        help="with --prefix: the node's CPU per search with parts of the body left out",
    )
    a = ap.parse_args()
    if a.search_variants:
        if not a.prefix:
            ap.error("--search-variants needs --prefix (the Elasticsearch archive's)")
        search_variants(a.es, a.prefix, a.cases, a.runs)
        return
    if a.mapping_variants:
        mapping_variants(a)
        return
    if a.compare_sqlite:
        if not a.prefix:
            ap.error("--compare-sqlite needs --prefix (the Elasticsearch archive's)")
        compare_searches(a.es, a.prefix, a.compare_sqlite, a.cases, a.runs)
        return
    if a.rounds > 1:
        rounds(a)
        return
    if not RELEASES.exists():
        sys.exit(f"the releases are not at {RELEASES}")
    a.workdir.mkdir(parents=True, exist_ok=True)
    prepared = a.workdir / f"prepared-{a.limit or 'all'}.jsonl"
    n = prepare(a.limit, prepared)
    prefix = f"press-bench-{uuid.uuid4().hex[:6]}"

    warm_up(a.es)
    # The one-minute load average as each load ends: on a shared machine the wall times
    # say as much of the other work as of the loads.
    loads: dict[str, float] = {}

    def ours_run() -> dict[str, float]:
        run = ours(a.es, prepared, prefix, a.jobs)
        loads["ours"] = os.getloadavg()[0]
        return run

    def bare_run(parallel: bool) -> tuple[float, float]:
        result = bare(a.es, prepared, parallel=parallel)
        loads["parallel" if parallel else "streaming"] = os.getloadavg()[0]
        return result

    if a.bare_first:  # the node's code warmed by the bare loads (its JIT), not by ours
        streaming, streaming_cpu = bare_run(parallel=False)
        parallel, parallel_cpu = bare_run(parallel=True)
        run = ours_run()
    else:
        run = ours_run()
        streaming, streaming_cpu = bare_run(parallel=False)
        parallel, parallel_cpu = bare_run(parallel=True)
    p50, p95 = searches(a.es, prefix)
    if not a.keep:
        backend = ElasticBackend(a.es, index_prefix=prefix)
        backend.drop()
        backend.close()

    best = min(streaming, parallel)
    rows = [
        ("documents", f"{n}"),
        (
            f"press import --jobs {a.jobs} (ours)",
            f"{run['seconds']:.1f} s, {n / run['seconds']:.0f} docs/s",
        ),
        ("bare streaming_bulk", f"{streaming:.1f} s, {n / streaming:.0f} docs/s"),
        ("bare parallel_bulk (2 threads)", f"{parallel:.1f} s, {n / parallel:.0f} docs/s"),
        (
            "load average at the end: ours / streaming / parallel",
            f"{loads['ours']:.1f} / {loads['streaming']:.1f} / {loads['parallel']:.1f}",
        ),
        ("ours / bare parallel_bulk", f"{parallel / run['seconds']:.2f}"),
        ("ours / best bare", f"{best / run['seconds']:.2f}"),
        (
            "CPU s: ours / streaming / parallel (client + node)",
            f"{run['cpu']:.1f} / {streaming_cpu:.1f} / {parallel_cpu:.1f}",
        ),
        ("CPU: bare parallel_bulk / ours", f"{parallel_cpu / run['cpu']:.2f}"),
        ("peak memory of press import (its own process)", f"{run['peak_mb']:.0f} MB"),
        ("search p50 / p95 (20 searches x 5, 4 facets)", f"{p50:.0f} ms / {p95:.0f} ms"),
    ]
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    if run["exit"]:
        sys.exit("press import reported failures")


VARIANTS = ("as-is", "no-stems", "no-nested", "no-positions", "lean-nested")


def _variant(kind: str, name: str) -> dict[str, Any]:
    """The index body of one mapping variant (`--mapping-variants`)."""
    body = load_mapping(kind)
    props = body["mappings"]["properties"]
    nested = props["quotes"]["properties"] if kind == "documents" else None
    if name == "no-stems":
        props["stems"] = {"type": "object", "enabled": False}
        if nested is not None:
            nested["stems"] = {"type": "object", "enabled": False}
    elif name == "no-nested" and kind == "documents":
        props["quotes"] = {"type": "object", "enabled": False}
        props["speakers"] = {"type": "object", "enabled": False}
    elif name == "no-positions":

        def freqs(fields: dict[str, Any]) -> None:
            for spec in fields.values():
                if spec.get("analyzer", "").startswith("press_stem"):
                    spec["index_options"] = "freqs"
                freqs(spec.get("properties", {}))

        freqs(props)
        if nested is not None:
            nested["text"]["index_options"] = "freqs"
    elif name == "lean-nested" and nested is not None:
        for field, spec in nested.items():
            if field not in ("text", "kind", "stems"):
                spec.pop("fields", None)
                spec["index"] = False
                if spec["type"] != "text":
                    spec["doc_values"] = False
    return body


def mapping_variants(a: argparse.Namespace) -> None:
    """The node's CPU per document of each mapping variant, loaded in turn."""
    a.workdir.mkdir(parents=True, exist_ok=True)
    prepared = a.workdir / f"prepared-{a.limit or 'all'}.jsonl"
    n = prepare(a.limit, prepared)
    items: dict[str, list[tuple[str, str]]] = {"documents": [], "quotes": []}
    with prepared.open(encoding="utf-8") as f:
        for line in f:
            doc = Document.from_dict(json.loads(line))
            items["documents"].append((doc.id, json.dumps(document_source(doc))))
            items["quotes"].extend((qid, json.dumps(e)) for qid, e in quote_sources(doc))
    client = _client(a.es)
    warm_up(a.es)
    spent: dict[tuple[str, str], list[float]] = {}
    for round_ in range(a.rounds):
        for kind in ("documents", "quotes"):
            for name in VARIANTS:
                if kind == "quotes" and name in ("no-nested", "lean-nested"):
                    continue
                index = f"press-bench-variant-{uuid.uuid4().hex[:6]}"
                client.indices.create(index=index, **_variant(kind, name))
                before = node_cpu(a.es)
                actions = ({"_index": index, "_id": i, "_source": s} for i, s in items[kind])
                answers = helpers.streaming_bulk(client, actions, chunk_size=CHUNK)
                failed = sum(1 for ok, _ in answers if not ok)
                client.indices.refresh(index=index)
                seconds = node_cpu(a.es) - before
                client.indices.delete(index=index)
                spent.setdefault((kind, name), []).append(seconds)
                print(
                    f"round {round_ + 1} {kind} {name}: node {seconds:.2f} CPU s"
                    f"{f', {failed} failed' if failed else ''} (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
    print(f"{n} documents, {len(items['quotes'])} quote entries; node CPU ms per document")
    for (kind, name), seconds in spent.items():
        print(f"{kind:<9} {name:<13} {statistics.median(seconds) * 1000 / n:6.2f}")
    client.close()


def rounds(a: argparse.Namespace) -> None:
    """Ours and bare `parallel_bulk`, `a.rounds` times, the order swapped each round."""
    a.workdir.mkdir(parents=True, exist_ok=True)
    prepared = a.workdir / f"prepared-{a.limit or 'all'}.jsonl"
    n = prepare(a.limit, prepared)
    warm_up(a.es)
    walls, cpus, peaks = [], [], []
    for round_ in range(a.rounds):
        prefix = f"press-bench-{uuid.uuid4().hex[:6]}"
        if round_ % 2:
            parallel, parallel_cpu = bare(a.es, prepared, parallel=True)
            run = ours(a.es, prepared, prefix, a.jobs)
        else:
            run = ours(a.es, prepared, prefix, a.jobs)
            parallel, parallel_cpu = bare(a.es, prepared, parallel=True)
        backend = ElasticBackend(a.es, index_prefix=prefix)
        backend.drop()
        backend.close()
        walls.append(parallel / run["seconds"])
        cpus.append(parallel_cpu / run["cpu"])
        peaks.append(run["peak_mb"])
        print(
            f"round {round_ + 1} ({'bare first' if round_ % 2 else 'ours first'}):"
            f" ours {run['seconds']:.1f} s, {run['cpu']:.1f} CPU s;"
            f" bare parallel_bulk {parallel:.1f} s, {parallel_cpu:.1f} CPU s;"
            f" wall ratio {walls[-1]:.2f}, CPU ratio {cpus[-1]:.2f}"
            f" (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        if run["exit"]:
            sys.exit("press import reported failures")
    print(
        f"{n} documents, press import --jobs {a.jobs}, {a.rounds} rounds:"
        f" ours / bare parallel_bulk, wall median {statistics.median(walls):.2f}"
        f" (each {', '.join(f'{w:.2f}' for w in walls)});"
        f" CPU median {statistics.median(cpus):.2f} (each {', '.join(f'{c:.2f}' for c in cpus)});"
        f" peak memory of press import {max(peaks):.0f} MB"
    )


if __name__ == "__main__":
    main()
