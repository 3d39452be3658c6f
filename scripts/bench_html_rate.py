#!/usr/bin/env python3
"""The HTML import rate against trafilatura's bare extraction, on the same pages, in one run.

Each set's pages are read into memory once; then, for several rounds, our whole parse
(`press.eval_html.ours`: `importers.html.parse_html` and the scorers' fields) and
trafilatura's `bare_extraction` as the shared scorers call it (`trafilatura_peer`) read
every page, taking turns page by page. Which system reads a page first rotates from page
to page and from round to round, as both share library caches a page's second reader
finds warm. Each call is timed by CPU time (`time.process_time`, the process's own work:
on a loaded machine wall time also holds other processes' turns on the core) and by wall
time, and the ratio ours / trafilatura (of pages a second: trafilatura's time over ours)
prints per round and for the whole set, so a round slowed by the machine shows as such.

Our parse's parts are timed inside the same calls: reading the page into a tree
(`read_page`), the main-text extraction (`text_from_extractor`, trafilatura's extractor
inside ours), the quote parse (`run_quote_extraction` / `extract_quotes_ru`) and the date
rules (`extract_dates`); the rest is the other fields. The pages whose parse costs the
most CPU time are listed with their parts.

Example:
    nice -n 10 .venv/bin/python scripts/bench_html_rate.py article-extraction-benchmark wcxb
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importers import html as H  # noqa: E402
from press.eval_common import corpus_dir  # noqa: E402
from press.eval_html import (  # noqa: E402
    HTML_SETS,
    WARM_UP_PAGES,
    Page,
    load_pages,
    ours,
    trafilatura_peer,
)

PARTS = {
    "page reading": "read_page",
    "extraction": "text_from_extractor",
    "quote parse": "run_quote_extraction",
    "quote parse ru": "extract_quotes_ru",
    "dates": "extract_dates",
}
SYSTEMS: dict[str, Callable[[bytes, str | None], dict[str, Any]]] = {
    "ours": ours,
    "trafilatura": trafilatura_peer,
}

# CPU seconds of each part within the page being parsed (reset before each call).
_part_cpu: dict[str, float] = defaultdict(float)


def _timed(part: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        c0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _part_cpu[part] += time.process_time() - c0

    return wrapper


def time_parts() -> None:
    """Wrap the parts where `importers.html` looks them up."""
    for part, name in PARTS.items():
        setattr(H, name, _timed(part.removesuffix(" ru"), getattr(H, name)))


def _call(
    extract: Callable[[bytes, str | None], dict[str, Any]], data: bytes, url: str | None
) -> None:
    try:
        extract(data, url)
    except Exception:  # a crash costs its page only; it is timed all the same
        pass


def bench(set_name: str, pages: tuple[Page, ...], rounds: int, top: int) -> None:
    names = list(SYSTEMS)
    for extract in SYSTEMS.values():
        _call(extract, pages[0][1], pages[0][2])
        for warm_up in WARM_UP_PAGES:
            _call(extract, warm_up, None)
    total_cpu = dict.fromkeys(names, 0.0)
    total_wall = dict.fromkeys(names, 0.0)
    parts: dict[str, float] = defaultdict(float)
    page_cpu: dict[str, float] = defaultdict(float)
    page_parts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    print(f"{set_name}: {len(pages)} pages, {rounds} rounds")
    for r in range(rounds):
        cpu = dict.fromkeys(names, 0.0)
        wall = dict.fromkeys(names, 0.0)
        for i, (doc_id, data, url) in enumerate(pages):
            k = (i + r) % len(names)
            for name in names[k:] + names[:k]:
                _part_cpu.clear()
                t0, c0 = time.perf_counter(), time.process_time()
                _call(SYSTEMS[name], data, url)
                c = time.process_time() - c0
                wall[name] += time.perf_counter() - t0
                cpu[name] += c
                if name == "ours":
                    page_cpu[doc_id] += c
                    for part, s in _part_cpu.items():
                        parts[part] += s
                        page_parts[doc_id][part] += s
        for name in names:
            total_cpu[name] += cpu[name]
            total_wall[name] += wall[name]
        print(
            f"  round {r + 1}: CPU ours {cpu['ours']:.2f} s,"
            f" trafilatura {cpu['trafilatura']:.2f} s,"
            f" ratio {cpu['trafilatura'] / cpu['ours']:.3f}; wall ratio"
            f" {wall['trafilatura'] / wall['ours']:.3f}"
        )
    n = len(pages) * rounds
    print(
        f"  all rounds: pages/CPU-s ours {n / total_cpu['ours']:.2f}, trafilatura"
        f" {n / total_cpu['trafilatura']:.2f}, ratio"
        f" {total_cpu['trafilatura'] / total_cpu['ours']:.3f}; pages/s wall ours"
        f" {n / total_wall['ours']:.2f}, trafilatura {n / total_wall['trafilatura']:.2f}, ratio"
        f" {total_wall['trafilatura'] / total_wall['ours']:.3f}"
    )
    ours_cpu = total_cpu["ours"] / rounds
    print(f"  our parse, CPU s a round: {ours_cpu:.2f}")
    for part in ("page reading", "extraction", "quote parse", "dates"):
        print(f"    {part:<14} {parts[part] / rounds:.3f}")
    print(f"    {'the rest':<14} {ours_cpu - sum(parts.values()) / rounds:.3f}")
    print("  costliest pages (CPU s a round: whole; reading, extraction, quotes, dates):")
    for doc_id in sorted(page_cpu, key=page_cpu.__getitem__, reverse=True)[:top]:
        p = page_parts[doc_id]
        print(
            f"    {doc_id:<36} {page_cpu[doc_id] / rounds:.3f}; "
            + ", ".join(
                f"{p[x] / rounds:.3f}"
                for x in ("page reading", "extraction", "quote parse", "dates")
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", choices=HTML_SETS, metavar="SET")
    parser.add_argument("--rounds", type=int, default=3, help="passes over each set")
    parser.add_argument("--top", type=int, default=10, help="costliest pages to list")
    args = parser.parse_args()
    time_parts()
    corpus = corpus_dir()
    for set_name in args.sets:
        bench(set_name, load_pages(set_name, corpus), args.rounds, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
