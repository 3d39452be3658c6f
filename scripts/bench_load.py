"""A bounded load on a loopback server: 20 clients, 2,000 requests, UI and API mixes.

Builds a throw-away embedded archive of generated statements (or uses `--archive`),
serves it with waitress on 127.0.0.1 (the result cache off, and every request a
different query, so nothing is answered from memory), and sends a fixed number of
requests from concurrent clients. Reports errors (answers >= 500 or no answer) and
latency percentiles per mix. Loopback only; bounded in requests and in time.

    .venv/bin/python scripts/bench_load.py [--clients 20] [--requests 2000]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import logging
import random
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from search.model import Document, Quote, Speaker
from search.sqlite import SqliteBackend

WORDS = (
    "sanctions harbour fees berth grain exports talks ministry budget tariffs ferry "
    "pilot lighthouse dredging quay council energy gas pipeline wheat corridor trade "
    "embassy envoy visa border customs fishing quota port season board tender"
).split()
SPEAKERS = ["Oleg Petrov", "Lena Marsh", "Ola Nord", "Anna Berg", "Ivo Brandt", "Mia Dahl"]
SOURCES = ["Sputnik", "Harbour Gazette", "Port Wire", "TASS", "Ministry of Trade"]
PLACES = ["Moscow", "Oslo", "Bergen", "Gdansk", "Washington"]
MAX_SECONDS = 900


def statement(rng: random.Random, n: int) -> Document:
    speaker = rng.choice(SPEAKERS)
    words = [rng.choice(WORDS) for _ in range(60)]
    quote = f"{' '.join(rng.choice(WORDS) for _ in range(8)).capitalize()},"
    body = [
        f"{rng.choice(PLACES).upper()} ({rng.choice(SOURCES)}) - {' '.join(words[:30])}.",
        f"“{quote}” {speaker} said.",
        f"{' '.join(words[30:]).capitalize()}.",
    ]
    return Document(
        headline=f"{' '.join(words[:6]).capitalize()} {n}",
        source=rng.choice(SOURCES),
        published=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500)),
        language="en",
        body=body,
        speakers=[Speaker(speaker, None, [], "person")],
        quotes=[Quote(text=quote, speaker=speaker, paragraph=1, start=1, end=1 + len(quote))],
    )


def build(path: Path, documents: int) -> list[str]:
    rng = random.Random(7)
    backend = SqliteBackend(path)
    docs = [statement(rng, n) for n in range(documents)]
    failed = [r for r in backend.write(docs) if r.status == "failed"]
    assert not failed, failed[:3]
    backend.close()
    return [d.id for d in docs]


def ui_request(rng: random.Random, ids: list[str]) -> str:
    words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
    choice = rng.random()
    if choice < 0.45:
        extra = rng.choice(
            [
                "",
                "&sort=newest",
                "&scope=quotes",
                f"&source={urllib.parse.quote(rng.choice(SOURCES))}",
            ]
        )
        return f"/search?q={urllib.parse.quote(words)}&page={rng.randint(1, 3)}{extra}"
    if choice < 0.75:
        return f"/documents/{rng.choice(ids)}"
    if choice < 0.9:
        return f"/speakers/{urllib.parse.quote(rng.choice(SPEAKERS))}?q={rng.choice(WORDS)}"
    return f"/search?speaker={urllib.parse.quote(rng.choice(SPEAKERS))}&q={rng.choice(WORDS)}"


def api_request(rng: random.Random, ids: list[str]) -> str:
    words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
    choice = rng.random()
    if choice < 0.5:
        scope = rng.choice(["documents", "quotes"])
        return f"/api/search?q={urllib.parse.quote(words)}&scope={scope}&size={rng.randint(5, 50)}"
    if choice < 0.8:
        return f"/api/documents/{rng.choice(ids)}"
    if choice < 0.95:
        return f"/api/speakers/{urllib.parse.quote(rng.choice(SPEAKERS))}"
    return "/api/openapi.json"


def run(base: str, ids: list[str], clients: int, total: int) -> dict[str, list[float]]:
    rng = random.Random(11)
    plan = [
        ("ui", ui_request(rng, ids)) if rng.random() < 0.5 else ("api", api_request(rng, ids))
        for _ in range(total)
    ]
    times: dict[str, list[float]] = {"ui": [], "api": []}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + MAX_SECONDS

    def fetch(item: tuple[str, str]) -> None:
        mix, path = item
        if time.monotonic() > deadline:
            with lock:
                errors.append(f"not sent (time limit): {path}")
            return
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError as exc:
            status = 0
            with lock:
                errors.append(f"{path}: {exc}")
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            times[mix].append(elapsed)
            if status >= 500:
                errors.append(f"{path}: {status}")

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(fetch, plan))
    wall = time.perf_counter() - started
    sent = sum(len(t) for t in times.values())
    print(f"{sent} requests from {clients} clients in {wall:.1f} s ({sent / wall:.0f}/s)")
    for mix, values in times.items():
        if values:
            q = statistics.quantiles(values, n=100)
            print(
                f"  {mix:3}: {len(values):5} requests  p50 {q[49]:6.0f} ms  p95 {q[94]:6.0f} ms"
                f"  p99 {q[98]:6.0f} ms  max {max(values):6.0f} ms"
            )
    print(f"errors: {len(errors)}")
    for line in errors[:10]:
        print(f"  {line}")
    return times


def main() -> None:
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # queue depth notes
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--documents", type=int, default=3000, help="size of the built archive")
    parser.add_argument("--threads", type=int, default=16, help="server threads")
    args = parser.parse_args()
    if not (1 <= args.clients <= 64 and 1 <= args.requests <= 20_000):
        raise SystemExit("bounded: 1-64 clients, 1-20,000 requests")

    from waitress.server import create_server

    from web import create_app

    with tempfile.TemporaryDirectory(prefix="press-load-") as tmp:
        path = Path(tmp) / "load.db"
        started = time.perf_counter()
        ids = build(path, args.documents)
        print(f"archive of {len(ids)} documents built in {time.perf_counter() - started:.1f} s")
        backend = SqliteBackend(path, result_cache=0)  # every answer computed afresh
        app = create_app({"BACKEND": backend})
        server = create_server(app, host="127.0.0.1", port=0, threads=args.threads)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            run(f"http://127.0.0.1:{server.effective_port}", ids, args.clients, args.requests)  # type: ignore[union-attr]
        finally:
            server.close()
            backend.close()


if __name__ == "__main__":
    main()
