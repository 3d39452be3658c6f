#!/usr/bin/env python3
"""Make a benchmark corpus of 1,000,000 distinct press documents from the real releases.

Benchmark-only: nothing in the package imports this. Two steps, each written once to a
folder outside the repository (default /tmp/million):

1. ``parse``: every congressional release in
   ../shared/corpus/congress-press-releases/releases.jsonl.gz goes through the full parse
   (``--map member=issuer --map text=text --map date=published``: headline split,
   dateline, speakers and quotes) in a pool of processes, into ``base.jsonl`` in our own
   export format. The parse rate (documents per CPU-second) is written to
   ``base.meta.json``: parsing is measured here, once, and not again in the loads.
2. ``generate``: ``million.jsonl`` holds the parsed releases themselves first (so the
   first 105k of the file is the real corpus), then generated documents up to
   ``--count``. Each generated document takes the headline, dateline, source and date of
   one release (its *host*) and a body made of the host's paragraphs and paragraphs of
   other releases by other members, each paragraph carrying its quotes (offsets moved,
   speakers added to the document's speaker list). Every generated text is distinct
   (its id is the digest of its wording and duplicates are dropped); about
   ``--near-dup-rate`` of them are near-duplicates of an earlier generated document
   (the same paragraphs with one paragraph left out or one sentence changed, as a
   corrected or republished release is), so near-duplicate detection has realistic work.

Everything is deterministic from ``--seed``: the same seed gives the same file.
``press import million.jsonl`` reads it without parsing again (export format), so
loading it measures the store and the index.

Example:
    .venv/bin/python scripts/make_million.py parse --jobs 2
    .venv/bin/python scripts/make_million.py generate --count 1000000 --seed 15
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
FIELD_MAP = {"member": "issuer", "text": "text", "date": "published"}
DEFAULT_DIR = Path(os.environ.get("PRESS_MILLION_DIR", "/tmp/million"))


# -- step 1: parse the real releases once ----------------------------------------------


def _parse(line: bytes) -> tuple[str | None, float]:
    from importers.records import document_from_record
    from search.model import Origin

    started = time.process_time()
    try:
        record = json.loads(line)
        doc = document_from_record(record, FIELD_MAP, origin=Origin(path=CORPUS.name))
    except Exception:  # such records fail in `press import` too; counted below
        return None, time.process_time() - started
    return json.dumps(doc.to_dict(), ensure_ascii=False), time.process_time() - started


def parse(out_dir: Path, jobs: int, limit: int | None) -> None:
    out = out_dir / "base.jsonl"
    if out.exists():
        print(f"{out} exists; parse skipped", file=sys.stderr)
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    started = time.monotonic()
    n = failed = 0
    cpu = 0.0
    with gzip.open(CORPUS) as f, partial.open("w", encoding="utf-8") as w:
        lines = (line for i, line in enumerate(f) if limit is None or i < limit)
        with multiprocessing.Pool(jobs) as pool:
            for doc, seconds in pool.imap(_parse, lines, chunksize=32):
                cpu += seconds
                if doc is None:
                    failed += 1
                    continue
                w.write(doc + "\n")
                n += 1
                if n % 10_000 == 0:
                    print(f"parsed {n:,} in {time.monotonic() - started:,.0f} s", file=sys.stderr)
    partial.rename(out)
    wall = time.monotonic() - started
    meta = {
        "documents": n,
        "failed": failed,
        "jobs": jobs,
        "wall_seconds": round(wall, 1),
        "cpu_seconds": round(cpu, 1),
        "documents_per_cpu_second": round(n / cpu, 1) if cpu else None,
        "documents_per_wall_second": round(n / wall, 1),
    }
    (out_dir / "base.meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta), file=sys.stderr)


# -- step 2: generate a million distinct documents from the parsed releases ---------------

# A sentence ends at . ! ? (a closing quotation mark may follow) before a capital letter
# or an opening quotation mark: the places where a text can be cut and joined to another.
_CUT = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")
_LAST_WORD = re.compile(r"[\w.]+[.!?]$")


class _Release:
    """One parsed release as material: its paragraphs, the cuts between its sentences
    (never inside a quote) and its quotes and speakers."""

    __slots__ = ("head", "body", "cuts", "quotes", "speakers", "source")

    def __init__(self, doc: dict[str, Any]):
        self.head = {
            k: doc.get(k)
            for k in ("headline", "subheadings", "dateline", "published", "language", "title")
        }
        self.source: str | None = doc.get("source")
        self.body: list[str] = doc.get("body") or []
        self.quotes: list[dict[str, Any]] = doc.get("quotes") or []
        self.speakers: list[dict[str, Any]] = doc.get("speakers") or []
        self.cuts: list[list[int]] = []
        for i, text in enumerate(self.body):
            inside = [(q["start"], q["end"]) for q in self.quotes if q.get("paragraph") == i]
            cuts = [0]
            for m in _CUT.finditer(text):
                word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start() + 1)
                core = word.group()[:-1] if word else ""
                if "." in core or (len(core) <= 3 and core[:1].isupper()):
                    continue  # "U.S.", "Mr.", "Sen.", an initial: not a sentence's end
                if not any(s <= m.end() <= e for s, e in inside):
                    cuts.append(m.end())
            cuts.append(len(text))
            self.cuts.append(cuts)

    def chunk(
        self, rng: random.Random, *, first: bool, sentences: int
    ) -> tuple[str, list[dict[str, Any]]] | None:
        """A run of whole sentences of one paragraph with the quotes inside it (offsets
        made relative to the run): the opening sentences when `first`, else a run from
        anywhere."""
        if not self.body:
            return None
        para = 0 if first else rng.randrange(len(self.body))
        cuts = self.cuts[para]
        spans = len(cuts) - 1
        if spans < 1:
            return None
        start = 0 if first else rng.randrange(spans)
        end = min(spans, start + sentences)
        a, b = cuts[start], cuts[end]
        text = self.body[para][a:b].strip()
        shift = a + (len(self.body[para][a:b]) - len(self.body[para][a:b].lstrip()))
        quotes = []
        for q in self.quotes:
            if q.get("paragraph") == para and a <= q["start"] and q["end"] <= b:
                q = dict(q)
                q["start"] -= shift
                q["end"] -= shift
                quotes.append(q)
        return (text, quotes) if text else None


def _speakers_for(release: _Release, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = {n for q in quotes for n in (q.get("speakers") or [])}
    return [s for s in release.speakers if s["name"] in names]


def _compose(rng: random.Random, host: _Release, donors: list[_Release]) -> dict[str, Any] | None:
    """A new release: the host's headline, dateline, date and opening sentences, then runs
    of sentences from releases of other members, then perhaps more of the host."""
    parts: list[tuple[_Release, tuple[str, list[dict[str, Any]]] | None]] = [
        (host, host.chunk(rng, first=True, sentences=rng.randint(1, 3)))
    ]
    for donor in donors:
        parts.append((donor, donor.chunk(rng, first=False, sentences=rng.randint(2, 5))))
    if rng.random() < 0.5:
        parts.append((host, host.chunk(rng, first=False, sentences=rng.randint(1, 3))))
    body: list[str] = []
    quotes: list[dict[str, Any]] = []
    speakers: dict[str, dict[str, Any]] = {s["name"]: s for s in host.speakers[:1]}
    for release, piece in parts:
        if piece is None:
            continue
        text, carried = piece
        for q in carried:
            q["paragraph"] = len(body)
            quotes.append(q)
        for s in _speakers_for(release, carried):
            speakers.setdefault(s["name"], s)
        body.append(text)
    if len(body) < 2:
        return None
    return _document(host, body, quotes, list(speakers.values()))


def _document(
    host: _Release, body: list[str], quotes: list[dict[str, Any]], speakers: list[dict[str, Any]]
) -> dict[str, Any]:
    from search.model import SCHEMA_VERSION, document_id

    head = host.head
    return {
        "schema": SCHEMA_VERSION,
        "headline": head["headline"],
        "subheadings": head["subheadings"] or [],
        "dateline": head["dateline"],
        "source": host.source,
        "published": head["published"],
        "updated": None,
        "authors": [],
        "language": head["language"],
        "body": body,
        "photos": [],
        "speakers": speakers,
        "quotes": quotes,
        "mined_chars": None,
        "url": None,
        "origin": {
            "path": "million.jsonl",
            "format": "generated",
            "sha256": None,
            "captured": None,
            "date_evidence": None,
        },
        "title": head["title"],
        "id": document_id(None, head["headline"], body),
    }


def _near_duplicate(
    rng: random.Random, doc: dict[str, Any], other: _Release
) -> dict[str, Any] | None:
    """Another version of a generated release, as a corrected or republished one is: a
    sentence added at its end, or its last paragraph (and that paragraph's quotes) left
    out, sometimes with a changed headline."""
    from search.model import document_id

    body = list(doc["body"])
    quotes = [dict(q) for q in doc["quotes"]]
    if len(body) >= 3 and len(body[-1]) * 4 < sum(map(len, body)) and rng.random() < 0.5:
        body.pop()
        quotes = [q for q in quotes if q["paragraph"] < len(body)]
    else:
        extra = other.chunk(rng, first=False, sentences=1)
        if extra is None:
            return None
        body[-1] = body[-1] + " " + extra[0]  # after every quote: offsets stay right
    headline = doc["headline"]
    if headline and rng.random() < 0.3:
        headline = "UPDATED: " + headline
    new = dict(doc, body=body, quotes=quotes, headline=headline)
    new["id"] = document_id(None, headline, body)
    return new


def _load(base: Path) -> list[_Release]:
    releases = []
    with base.open(encoding="utf-8") as f:
        for line in f:
            releases.append(_Release(json.loads(line)))
    return releases


def generate(out_dir: Path, steps: list[int], seed: int, near_dup_rate: float) -> None:
    """The files `million-<n>.jsonl`, one per step, holding documents from the previous
    step's count to `n`; together `steps[-1]` distinct documents."""
    base = out_dir / "base.jsonl"
    if not base.exists():
        raise SystemExit(f"no {base}: run the parse step first")
    rng = random.Random(seed)
    started = time.monotonic()
    seen: set[str] = set()
    real = 0

    def documents() -> Iterator[dict[str, Any]]:
        nonlocal real
        with base.open(encoding="utf-8") as f:
            for line in f:  # the real releases first, each id once
                doc = json.loads(line)
                if doc["id"] not in seen:
                    seen.add(doc["id"])
                    real += 1
                    yield doc
        releases = _load(base)
        by_source: dict[str | None, int] = {}
        for r in releases:
            by_source[r.source] = by_source.get(r.source, 0) + 1
        print(
            f"material: {len(releases):,} releases of {len(by_source):,} members", file=sys.stderr
        )
        recent: list[dict[str, Any]] = []  # generated documents a version may be made of
        while True:
            doc: dict[str, Any] | None
            if recent and rng.random() < near_dup_rate:
                doc = _near_duplicate(rng, rng.choice(recent), rng.choice(releases))
            else:
                host = rng.choice(releases)
                donors = []
                for _ in range(rng.randint(1, 3)):
                    donor = rng.choice(releases)
                    if donor.source == host.source:  # another member's words, once retried
                        donor = rng.choice(releases)
                    donors.append(donor)
                doc = _compose(rng, host, donors)
                if doc is not None:
                    if len(recent) < 5000:
                        recent.append(doc)
                    else:
                        recent[rng.randrange(5000)] = doc
            if doc is None or doc["id"] in seen:
                continue
            seen.add(doc["id"])
            yield doc

    stream = documents()
    written = 0
    for step in steps:
        path = out_dir / f"million-{step // 1000:04d}k.jsonl"
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as w:
            while written < step:
                w.write(json.dumps(next(stream), ensure_ascii=False) + "\n")
                written += 1
        partial.rename(path)
        print(
            f"{path}: up to {written:,} documents ({time.monotonic() - started:,.0f} s)",
            file=sys.stderr,
        )
    meta = {
        "seed": seed,
        "steps": steps,
        "real_releases": real,
        "near_dup_rate": near_dup_rate,
        "seconds": round(time.monotonic() - started, 1),
    }
    (out_dir / "million.meta.json").write_text(json.dumps(meta, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("parse", help="parse the real releases into base.jsonl")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--limit", type=int, help="only the first N releases")
    g = sub.add_parser("generate", help="write the generated corpus, one file per step")
    g.add_argument(
        "--steps",
        default="105000,300000,1000000",
        help="document counts the archive is measured at (comma-separated)",
    )
    g.add_argument("--seed", type=int, default=15)
    g.add_argument(
        "--near-dup-rate",
        type=float,
        default=0.03,
        help="share of generated documents that are another's version",
    )
    args = parser.parse_args()
    if args.step == "parse":
        parse(args.dir, args.jobs, args.limit)
    else:
        generate(
            args.dir, sorted(int(n) for n in args.steps.split(",")), args.seed, args.near_dup_rate
        )


if __name__ == "__main__":
    main()
