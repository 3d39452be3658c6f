"""Russian agency copy against its expected parse (`tests/fixtures/russian/*.jsonl`).

Each fixture line is one item as an agency or a press service writes it, with the
parse it should give: headline, dateline place (canonical) and agency, publication
date where the year is known, direct quotes and their speakers (nominative, the
fullest name the item gives), reported speech, photo agency and photographer. Items
go through the importer as `press import` reads a text file. The `dev` split is what
the rules were written from; `check` was written afterwards and is only scored.

Usage: python -m press.eval_russian [--split dev|check|all] [--misses]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from press.eval_common import REPO_ROOT
from search.facets import facet_key
from search.model import Document, Quote

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "russian"
SPLITS = ("dev", "check")
# A predicted reported clause stands for a gold one when it covers this share of it.
REPORTED_OVERLAP = 0.5
_TRIM = " \t\n,.;:!?…—–-"


def load(split: str) -> list[dict[str, Any]]:
    path = FIXTURES / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def parse_item(item: dict[str, Any]) -> Document:
    """The item as the importer reads a text file (`--date` when the item gives one)."""
    from importers.options import ParseOptions
    from importers.pipeline import ImportSummary, iter_documents

    published = dt.date.fromisoformat(item["date"]) if item.get("date") else None
    with tempfile.TemporaryDirectory(prefix="russian-fixture-") as folder:
        path = Path(folder) / "item.txt"
        path.write_text(item["text"], encoding="utf-8")
        options = ParseOptions(published=published)
        summary = ImportSummary()
        docs = [doc for _, doc in iter_documents([str(path)], options, summary)]
    if summary.failures:
        raise RuntimeError(f"{item.get('id', 'item')}: {summary.failures[0].reason}")
    return docs[0]


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).strip(_TRIM).casefold().replace("ё", "е")


def _names(names: Iterable[str]) -> list[str]:
    return sorted(facet_key(n) for n in names)


@dataclass
class Tally:
    """Counts per measure over a split."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def count(self, measure: str, ok: bool, item: str, detail: str) -> None:
        self.total[measure] = self.total.get(measure, 0) + 1
        self.right[measure] = self.right.get(measure, 0) + int(ok)
        if not ok:
            self.misses.append(f"{item} {measure}: {detail}")

    def rate(self, measure: str) -> float | None:
        total = self.total.get(measure, 0)
        return self.right.get(measure, 0) / total if total else None

    def figures(self) -> dict[str, float | None]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out: dict[str, float | None] = {m: self.rate(m) for m in MEASURES}
        out.update(direct_precision=precision, direct_recall=recall, direct_f1=f1)
        return out


MEASURES = ("headline", "place", "agency", "published", "speaker", "reported", "photo")


def score_item(item: dict[str, Any], doc: Document, tally: Tally) -> None:
    want = item["expected"]
    name = item["id"]
    tally.count(
        "headline", _norm(doc.headline) == _norm(want["headline"]), name, f"{doc.headline!r}"
    )
    dateline = doc.dateline
    got_place = dateline.facet_place if dateline else None
    tally.count(
        "place",
        _norm(got_place) == _norm(want["canonical"]),
        name,
        f"{got_place!r} ≠ {want['canonical']!r}",
    )
    got_agency = dateline.agency if dateline else None
    tally.count(
        "agency",
        _norm(got_agency) == _norm(want["agency"]),
        name,
        f"{got_agency!r} ≠ {want['agency']!r}",
    )
    if want.get("published"):
        got = doc.published.isoformat()[:10] if doc.published else None
        tally.count("published", got == want["published"], name, f"{got} ≠ {want['published']}")

    direct = [q for q in doc.quotes if q.kind == "direct"]
    unmatched = list(direct)
    for gold in want["direct"]:
        hit = next((q for q in unmatched if _norm(q.text) == _norm(gold["text"])), None)
        if hit is None:
            tally.fn += 1
            tally.misses.append(f"{name} direct missed: {gold['text'][:60]!r}")
            if gold["speakers"]:
                tally.count("speaker", False, name, f"no quote for {gold['text'][:40]!r}")
            continue
        unmatched.remove(hit)
        tally.tp += 1
        _score_speakers(tally, name, gold, hit)
    for extra in unmatched:
        tally.fp += 1
        tally.misses.append(f"{name} direct extra: {extra.text[:60]!r} {extra.speakers}")

    reported = [q for q in doc.quotes if q.kind == "reported"]
    for gold in want["reported"]:
        hit = next((q for q in reported if _covers(q.text, gold["text"])), None)
        tally.count("reported", hit is not None, name, f"missed {gold['text'][:50]!r}")
        if hit is not None:
            _score_speakers(tally, name, gold, hit)

    photos = [(p.agency, p.photographer) for p in doc.photos]
    for gold in want["photos"]:
        ok = any(
            _norm(a) == _norm(gold["agency"]) and _norm(p) == _norm(gold["photographer"])
            for a, p in photos
        )
        tally.count("photo", ok, name, f"{photos} ≠ {gold}")


def _score_speakers(tally: Tally, name: str, gold: dict[str, Any], quote: Quote) -> None:
    if not gold["speakers"] and not quote.speakers:
        return
    ok = _names(quote.speakers) == _names(gold["speakers"])
    tally.count("speaker", ok, name, f"{quote.speakers} ≠ {gold['speakers']} ({quote.text[:30]!r})")


def _covers(predicted: str, gold: str) -> bool:
    p, g = _norm(predicted), _norm(gold)
    if not p or not g:
        return False
    if g in p:
        return len(g) >= REPORTED_OVERLAP * len(p)
    return p in g and len(p) >= REPORTED_OVERLAP * len(g)


def evaluate(splits: Iterable[str] = SPLITS) -> dict[str, Tally]:
    """Tallies per split, and over all of them."""
    tallies: dict[str, Tally] = {}
    everything = Tally()
    for split in splits:
        tally = Tally()
        for item in load(split):
            doc = parse_item(item)
            score_item(item, doc, tally)
            score_item(item, doc, everything)
        tallies[split] = tally
    tallies["all"] = everything
    return tallies


def lines(tallies: dict[str, Tally]) -> list[str]:
    out = []
    for split, tally in tallies.items():
        figures = tally.figures()
        shown = " ".join(
            f"{k}={v:.3f}" if v is not None else f"{k}=n/a" for k, v in figures.items()
        )
        out.append(f"russian {split}: {shown}")
    return out


if __name__ == "__main__":
    # The one command is `press evaluate russian`; `python -m` hands it the arguments.
    import runpy

    sys.argv = ["press", "evaluate", "russian", *sys.argv[1:]]
    runpy.run_module("press.cli", run_name="__main__", alter_sys=True)
