"""Predictions for the PolNeAR quote scorer (`../shared/eval/score_quotes.py`).

Run through `press evaluate quotes`.

Writes one `<article>.json` per PolNeAR text with the direct quotes found by
`importers.quotes.extract_quotes`. PolNeAR annotates one attribution per statement, so
quotations one cue splits in two (`“…,” she said. “…”`) and the fragments quoted in one
sentence (`a “loser,” a “liar”`) are written as one prediction, their texts joined.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from importers.quotes import extract_quotes
from press.eval_common import corpus_dir
from search.model import Quote

BLANK_LINE = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+[“\"]?[A-Z]")


def split_article(text: str) -> tuple[str | None, list[str]]:
    """First non-empty line is the headline; the rest is paragraphs split at blank lines."""
    text = text.strip()
    if not text:
        return None, []
    headline, _, rest = text.partition("\n")
    paragraphs = [" ".join(p.split("\n")).strip() for p in BLANK_LINE.split(rest)]
    return headline.strip(), [p for p in paragraphs if p]


def group_statements(quotes: list[Quote], paragraphs: list[str] | None = None) -> list[list[Quote]]:
    """Direct quotes of one attribution: same paragraph and speaker, and either uncued
    (continuing) or carrying the same cue and mention. With the `paragraphs`, a quotation
    in a later sentence joins only as a continuation."""
    groups: list[list[Quote]] = []
    for q in quotes:
        if q.kind != "direct":
            continue
        if groups and _same_statement(groups[-1], q, paragraphs):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _same_statement(group: list[Quote], q: Quote, paragraphs: list[str] | None) -> bool:
    prev = group[-1]
    if prev.paragraph != q.paragraph or prev.speaker != q.speaker:
        return False
    # A quotation with a cue of its own starts a new statement: `“…,” she said. “…,” she
    # said.` is two. One cue splitting a statement (`“…,” she said, “…”`) leaves the
    # second part without a cue.
    if q.cue is not None:
        return False
    if paragraphs is None or q.method == "continuation":
        return True
    # `“…,” Holt said. Later she asked whether “…”`: a sentence of its own, attributed by
    # its own subject, is another statement.
    return not SENTENCE_END.search(paragraphs[q.paragraph], prev.end, q.start)


def prediction(paragraphs: list[str], headline: str | None) -> dict:
    _speakers, quotes = extract_quotes(paragraphs, headline)
    out = []
    for group in group_statements(quotes, paragraphs):
        named = next((q for q in group if q.cue), group[0])
        out.append(
            {
                "text": " ".join(q.text for q in group),
                "speaker": named.speaker,
                "mention": named.mention,
                "kind": "direct",
            }
        )
    return {"quotes": out}


def predict_polnear(out_dir: str, split: str = "dev", corpus: str | Path | None = None) -> int:
    """Write predictions for every text of the PolNeAR `split`; returns how many.

    `corpus` defaults to the shared corpus beside the repository (or $PRESS_CORPUS).
    """
    text_dir = Path(corpus or corpus_dir()) / "polnear" / split / "text"
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for path in sorted(text_dir.glob("*.txt")):
        headline, paragraphs = split_article(path.read_text(encoding="utf-8"))
        pred = prediction(paragraphs, headline)
        with open(Path(out_dir) / f"{path.stem}.json", "w", encoding="utf-8") as f:
            json.dump(pred, f, ensure_ascii=False)
        count += 1
    return count
