#!/usr/bin/env python3
"""What each post-processing step of the HTML body does to body P/R/F1, with sites held out.

`importers.html.assemble` takes lines out of the extracted text before it becomes the
body: the repeated headline (`drop_headline`), photo credit lines (`extract_photos`),
figure captions (`drop_captions`), a lead date, the dateline (whose text the scorers'
prediction still holds) and sign-offs. For every page of the article-extraction-benchmark
and WCXB dev, the page is read and extracted once, then the body is built as the parse
builds it (`base`) and once with each step left out, and scored with the shared body
scorer's tokens (lower-cased `\\w+`, multiset overlap). `base` is checked against the
body of the whole parse (`press.eval_html.ours`) page by page.

For each step: the mean P/R/F1 with the step left out, the same with the choice to leave
it out made on the other folds of sites (sites dealt into folds as `press evaluate`
deals them; the step is left out of a fold's pages only where that raised F1 on the other
folds), and how many sites' F1 and how many pages' P and R rise or fall.

Example:
    nice -n 10 .venv/bin/python scripts/html_body_steps.py wcxb
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importers import html as H  # noqa: E402
from importers.html_page import Page, read_page  # noqa: E402
from importers.repair import garbled, repair_text  # noqa: E402
from importers.russian import extract_dateline_paragraph_ru, is_russian  # noqa: E402
from importers.sources import InputError  # noqa: E402
from importers.text import (  # noqa: E402
    extract_dateline_paragraph,
    extract_lead_date,
    extract_photos,
    strip_signoff,
)
from press.eval_common import corpus_dir  # noqa: E402
from press.eval_html import (  # noqa: E402
    HELDOUT_FOLDS,
    WCXB_SPLIT,
    _site_order,
    load_pages,
    ours,
    page_sites,
)
from search.model import Photo  # noqa: E402

SETS = ("article-extraction-benchmark", "wcxb")
STEPS = ("headline", "credit lines", "captions", "lead date", "dateline", "sign-off")
WORD_RE = re.compile(r"\w+")
Scores = tuple[float, float, float]


def tokens(text: str | None) -> list[str]:
    return WORD_RE.findall((text or "").lower())


def prf(pred: list[str], gold: list[str]) -> Scores:
    hit = sum((Counter(pred) & Counter(gold)).values())
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def body_without(page: Page, headline: str | None, main: H.MainText, off: str | None) -> str:
    """The scorers' body as `assemble` and `prediction` build it, with step `off` left out."""
    paragraphs = (
        main.paragraphs if off == "headline" else H.drop_headline(main.paragraphs, headline)
    )
    photos, shown = H.extract_figure_photos(page)
    credit_lines: list[Photo] = []
    if off != "credit lines":
        credit_lines, paragraphs = extract_photos(paragraphs)
    photos = H.merge_photos(photos, credit_lines)
    if off != "captions":
        paragraphs = H.drop_captions(paragraphs, photos, shown)
    russian = is_russian("\n".join(paragraphs[:3]))
    if off != "lead date":
        _, paragraphs = extract_lead_date(paragraphs)
    dateline = None
    if off != "dateline":
        read_dateline = extract_dateline_paragraph_ru if russian else extract_dateline_paragraph
        dateline, paragraphs = read_dateline(paragraphs)
    if off != "sign-off":
        paragraphs = strip_signoff(paragraphs)
    headings = set(main.headings)
    subheadings = [p for p in paragraphs if p in headings]
    body = [p for p in paragraphs if p not in headings] or paragraphs
    parts = [dateline.raw] if dateline and dateline.raw else []
    return "\n\n".join(parts + subheadings + body)


def gold_bodies(set_name: str, corpus: Path) -> dict[str, str]:
    if set_name == "article-extraction-benchmark":
        gt = json.loads((corpus / set_name / "ground-truth.json").read_text(encoding="utf-8"))
        return {doc_id: g.get("articleBody") or "" for doc_id, g in gt.items()}
    out = {}
    for path in (corpus / "wcxb" / WCXB_SPLIT / "ground-truth").glob("*.json"):
        g = json.loads(path.read_text(encoding="utf-8")).get("ground_truth", {})
        out[path.stem] = g.get("main_content") or ""
    return out


def score_set(set_name: str, corpus: Path) -> tuple[dict[str, tuple[str, dict[str, Scores]]], int]:
    """Page id → (site, variant → scores), and how many pages' `base` differs from the parse."""
    gold = gold_bodies(set_name, corpus)
    sites = page_sites(set_name, corpus)
    rows: dict[str, tuple[str, dict[str, Scores]]] = {}
    differ = 0
    for doc_id, data, url in load_pages(set_name, corpus):
        gold_tokens = tokens(gold.get(doc_id))
        if not gold_tokens:
            continue
        try:
            page = read_page(data, url)
            headline = H.extract_headline(page)
            main = H.extract_main_text(page)
        except InputError:
            continue
        if any(garbled(t) for t in (*main.paragraphs, *main.headings, headline or "")):
            main = H.MainText(
                [repair_text(p) for p in main.paragraphs], [repair_text(h) for h in main.headings]
            )
            headline = repair_text(headline) if headline else headline
        scores = {}
        for off in (None, *STEPS):
            body = body_without(page, headline, main, off)
            scores[off or "base"] = prf(tokens(body), gold_tokens)
            if off is None:
                differ += body != (ours(data, url).get("body") or "")
        rows[doc_id] = (sites[doc_id], scores)
    return rows, differ


def report(set_name: str, rows: dict[str, tuple[str, dict[str, Scores]]]) -> list[str]:
    n = max(len(rows), 1)
    ordered = sorted({site for site, _ in rows.values()}, key=_site_order)
    folds = {site: i % HELDOUT_FOLDS for i, site in enumerate(ordered)}
    lines = []
    for variant in ("base", *STEPS):
        mean = [sum(s[variant][k] for _, s in rows.values()) / n for k in range(3)]
        heldout = [0.0, 0.0, 0.0]
        for k in range(HELDOUT_FOLDS):
            fit = [s for site, s in rows.values() if folds[site] != k]
            leave_out = sum(s[variant][2] for s in fit) > sum(s["base"][2] for s in fit)
            for site, s in rows.values():
                if folds[site] == k:
                    for j in range(3):
                        heldout[j] += s[variant if leave_out else "base"][j]
        by_site: dict[str, float] = {}
        for site, s in rows.values():
            by_site[site] = by_site.get(site, 0.0) + s[variant][2] - s["base"][2]

        def moved(values: list[float]) -> str:
            return f"+{sum(v > 1e-9 for v in values)}/-{sum(v < -1e-9 for v in values)}"

        deltas = [[s[variant][j] - s["base"][j] for _, s in rows.values()] for j in range(2)]
        lines.append(
            f"{set_name} {'without ' + variant if variant != 'base' else 'as parsed':22} "
            f"P={mean[0]:.4f} R={mean[1]:.4f} F1={mean[2]:.4f} | sites held out: "
            f"P={heldout[0] / n:.4f} R={heldout[1] / n:.4f} F1={heldout[2] / n:.4f} | "
            f"sites' F1 {moved(list(by_site.values()))}, pages' P {moved(deltas[0])}, "
            f"R {moved(deltas[1])}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"default: {' '.join(SETS)}")
    args = parser.parse_args()
    unknown = [s for s in args.sets if s not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    corpus = corpus_dir()
    for set_name in args.sets or SETS:
        rows, differ = score_set(set_name, corpus)
        for line in report(set_name, rows):
            print(line, flush=True)
        print(f"{set_name}: `as parsed` differs from the whole parse's body on {differ} pages")


if __name__ == "__main__":
    main()
