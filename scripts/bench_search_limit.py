"""Searches over an archive holding a document with 10,000 quotes answer within the limit.

Builds a throw-away archive (the many-quotes document plus ordinary statements), then
runs every search shape (both scopes, each sort order, facets and histogram, with the
result cache off) and reports each one's time against the search limit. Then, on a
loopback waitress server with 8 threads, 8 such searches run at once while another
client asks for /api/openapi.json: its wait shows whether searches starve other requests.

    .venv/bin/python scripts/bench_search_limit.py [--quotes 10000] [--elasticsearch URL]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import logging
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from search.base import Backend, SearchRequest
from search.query import parse_query

QUERIES = [
    "sanctions",
    "statement",
    "petrov",
    '"about sanctions"',
    "number",
    "sanctions AND petrov",
    "sanct*",
    'speaker:"Oleg Petrov"',
    "harbour OR sanctions",
]


def many_quotes(n: int) -> str:
    lines = [
        "Ten thousand quotes headline",
        "WASHINGTON (Sputnik) - Ambassador Oleg Petrov spoke to reporters.",
    ]
    lines += [f"“Statement number {i} about sanctions,” Petrov said." for i in range(n)]
    return "\n".join(lines) + "\n"


def ordinary(n: int) -> str:
    return (
        f"Harbour notice {n}\n\nGDANSK (Port Wire) - Berth {n} closes for repairs, the port "
        f"office said on Monday.\n\n“Sanctions do not touch berth {n},” harbour master "
        f"Ola Nord said.\n"
    )


def build(backend: Backend, folder: Path, quotes: int) -> None:
    from importers.pipeline import import_paths

    (folder / "many.txt").write_text(many_quotes(quotes))
    for n in range(200):
        (folder / f"notice-{n:03d}.txt").write_text(ordinary(n))
    summary = import_paths(backend, [str(folder)])
    assert summary.ok, summary.failures


def direct(backend: Backend, limit_ms: int) -> list[float]:
    times = []
    for scope in ("documents", "quotes"):
        for sort in ("relevance", "newest", "oldest"):
            for query in QUERIES:
                request = SearchRequest(
                    query=parse_query(query),
                    scope=scope,  # type: ignore[arg-type]
                    sort=sort,  # type: ignore[arg-type]
                    histogram=True,
                    timeout_ms=limit_ms,
                )
                started = time.perf_counter()
                result = backend.search(request)
                elapsed = (time.perf_counter() - started) * 1000
                times.append(elapsed)
                flag = " (timed out)" if result.timed_out else ""
                print(f"  {scope:9} {sort:9} {query:24} {elapsed:8.1f} ms{flag}")
    return times


def concurrent_http(backend: Backend, limit_ms: int) -> tuple[list[float], float]:
    from waitress.server import create_server

    from web import create_app

    app = create_app({"BACKEND": backend, "SEARCH_TIMEOUT_MS": limit_ms})
    server = create_server(app, host="127.0.0.1", port=0, threads=16)
    port = server.effective_port  # type: ignore[union-attr]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"

    def get(path: str) -> float:
        started = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=600) as response:
            response.read()
        return (time.perf_counter() - started) * 1000

    try:
        with concurrent.futures.ThreadPoolExecutor(9) as pool:
            searches = [
                pool.submit(get, f"/search?q={urllib.parse.quote(q)}&n={uuid.uuid4().hex}")
                for q in ["sanctions", "statement", "petrov", "number"] * 2
            ]
            time.sleep(0.05)
            spec = pool.submit(get, "/api/openapi.json")
            return [f.result() for f in searches], spec.result()
    finally:
        server.close()


def report(label: str, times: list[float], limit_ms: int) -> None:
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    over = sum(t > limit_ms for t in times)
    print(
        f"{label}: {len(times)} searches, max {max(times):.0f} ms, p95 {p95:.0f} ms, "
        f"{over} over the {limit_ms} ms limit"
    )


def main() -> None:
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # queue depth notes
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--limit-ms", type=int, default=3000)
    parser.add_argument("--elasticsearch", help="also run on this Elasticsearch URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        from search.sqlite import SqliteBackend

        backends: list[tuple[str, Backend]] = [
            ("embedded", SqliteBackend(Path(tmp) / "bench.db", result_cache=0))
        ]
        if args.elasticsearch:
            from search.elastic import ElasticBackend

            prefix = f"press-bench-{uuid.uuid4().hex[:8]}"
            backends.append(
                ("elasticsearch", ElasticBackend(args.elasticsearch, index_prefix=prefix))
            )
        for label, backend in backends:
            try:
                started = time.perf_counter()
                build(backend, folder, args.quotes)
                print(f"{label}: archive built in {time.perf_counter() - started:.1f} s")
                report(label, direct(backend, args.limit_ms), args.limit_ms)
                searches, spec = concurrent_http(backend, args.limit_ms)
                report(f"{label}, 8 at once over HTTP", searches, args.limit_ms)
                print(f"{label}: /api/openapi.json during them: {spec:.0f} ms")
            finally:
                if label == "elasticsearch":
                    backend.drop()  # type: ignore[attr-defined]
                backend.close()


if __name__ == "__main__":
    main()
