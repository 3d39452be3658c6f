"""Score the HTML importer against trafilatura on the shared HTML sets.

Usage: python -m press.eval_html SET... --out DIR

SET is `article-extraction-benchmark`, `wcxb` (its dev split) or `news-dates`. For each
set, `importers.html.parse_html` and trafilatura's `bare_extraction` (metadata on,
comments off, as `../shared/eval/peer_trafilatura.py` runs it) read the same pages in
the same process, taking turns page by page; as in `peeradapter.py`, only extraction
from pages already in memory is timed (one process, no file I/O). Predictions go to
DIR/<set>/press and DIR/<set>/trafilatura; the shared scorers then score both, and
every figure prints as a pair.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from importers import html_selectors as S
from importers.html import parse_html
from importers.sources import InputError
from press.eval_common import corpus_dir, run_scorer
from search.model import Document

HTML_SETS = ("article-extraction-benchmark", "wcxb", "news-dates")
WCXB_SPLIT = "dev"
Page = tuple[str, bytes, str | None]  # id, raw bytes, the page's URL
Extract = Callable[[bytes, str | None], dict[str, Any]]


# -- inputs ----------------------------------------------------------------------


def html_inputs(set_name: str, corpus: Path) -> list[tuple[str, Path, str | None]]:
    """(id, path of the .html.gz, URL) for every page of a set, as the scorers name them."""
    base = corpus / set_name
    if set_name == "article-extraction-benchmark":
        gt = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
        return [(i, base / "html" / f"{i}.html.gz", g.get("url")) for i, g in sorted(gt.items())]
    if set_name == "wcxb":
        split = base / WCXB_SPLIT
        out = []
        for path in sorted((split / "ground-truth").glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            out.append((path.stem, split / "html" / f"{path.stem}.html.gz", g.get("url")))
        return out
    if set_name == "news-dates":
        gt = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
        return sorted(
            (g["file"].removesuffix(".html.gz"), base / "html" / g["file"], url)
            for url, g in gt.items()
        )
    raise ValueError(f"unknown HTML set {set_name!r}; choose from {', '.join(HTML_SETS)}")


@functools.lru_cache(maxsize=len(HTML_SETS))
def load_pages(set_name: str, corpus: Path) -> tuple[Page, ...]:
    """Every page of a set in memory, read from disk once per process: the date
    evaluation after the page sets of one `press evaluate` run reuses them."""
    pages = []
    for doc_id, path, url in html_inputs(set_name, corpus):
        with gzip.open(path) as f:
            pages.append((doc_id, f.read(), url))
    return tuple(pages)


@functools.lru_cache(maxsize=len(HTML_SETS))
def page_sites(set_name: str, corpus: Path) -> dict[str, str]:
    """Page id → its site (the host without `www.`), the unit pages are grouped by."""
    from urllib.parse import urlsplit

    return {
        doc_id: (urlsplit(url or "").hostname or doc_id).removeprefix("www.")
        for doc_id, _, url in html_inputs(set_name, corpus)
    }


# -- the two systems ------------------------------------------------------------------


def ours(data: bytes, url: str | None) -> dict[str, Any]:
    """Our full parse (press-statement fields included) in the scorers' format."""
    try:
        doc = parse_html(data, url=url)
    except InputError:
        return {}
    return prediction(doc)


def prediction(doc: Document) -> dict[str, Any]:
    """Headline, date, authors and the article's text.

    The body is all the article text the document holds: the dateline and subheadings
    are split off the paragraphs but are still the article's words (the body scorer
    counts a bag of words, so their order does not matter).
    """
    parts = [doc.dateline.raw] if doc.dateline and doc.dateline.raw else []
    parts += doc.subheadings + doc.body
    return {
        "headline": doc.headline,
        "body": "\n\n".join(parts),
        "published": doc.published.isoformat()[:10] if doc.published else None,
        "authors": doc.authors,
    }


def trafilatura_peer(data: bytes, url: str | None) -> dict[str, Any]:
    """trafilatura.bare_extraction exactly as `peer_trafilatura.py` calls it."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    if doc is None or isinstance(doc, dict):
        return {}
    d = doc.as_dict()
    return {
        "headline": d.get("title"),
        "body": d.get("text") or "",
        "published": d.get("date"),
        "authors": [a.strip() for a in (d.get("author") or "").split(";") if a.strip()],
    }


WARM_UP_PAGE = (
    b"<!DOCTYPE html><html><head><title>Harbour ferry terminal opens</title></head><body>"
    b"<article><h1>Harbour ferry terminal opens</h1><p>LISBON, March 3, 2021 (Harbour Wire)"
    b" - The new ferry terminal on the south bank opened to passengers on Tuesday, the port"
    b" authority said.</p><p>\xe2\x80\x9cThe last piece was the floating pontoon,\xe2\x80\x9d"
    b" said Marta Quintela, the authority's director of works.</p><p>The terminal serves"
    b" three routes across the river and replaces a landing stage built in the 1950s.</p>"
    b"</article></body></html>"
)
# The tables only some pages reach: Russian morphology, and the regions a dateline such
# as `SPRINGFIELD, Ill.` is checked against. Loaded once per import, as the others are.
WARM_UP_PAGES = (
    WARM_UP_PAGE,
    "<!DOCTYPE html><html lang='ru'><head><title>Паромный терминал открыт</title></head>"
    "<body><article><h1>Паромный терминал открыт</h1><p>ЛИССАБОН, 3 марта. Новый"
    " паромный терминал на южном берегу открылся для пассажиров во вторник.</p><p>"
    "«Последним был плавучий понтон», — сказала директор работ Марта Кинтела.</p>"
    "</article></body></html>".encode(),
    b"<!DOCTYPE html><html><head><title>Ferry landing reopens</title></head><body><article>"
    b"<h1>Ferry landing reopens</h1><p>SPRINGFIELD, Ill. (Harbour Wire) - The river ferry"
    b" landing reopened on Monday after a month of repairs, the county said.</p><p>The"
    b" landing serves two crossings and a summer excursion boat.</p></article></body></html>",
)


def run_systems(systems: dict[str, Extract], pages: Sequence[Page]) -> dict[str, dict[str, Any]]:
    """Predictions and timings of each system over the same pages.

    The systems take turns page by page, so a change in machine load during the run
    falls on all of them alike; each call is timed on its own and the times summed.
    Which system reads a page first rotates from page to page: the second reader of a
    page finds the library caches both share (trafilatura's `trim` and
    `line_processing`, htmldate's) holding that page's strings, so a fixed order
    favoured the system going second (our parse's CPU on the article-extraction-
    benchmark pages: 5.77 s reading each page before trafilatura, 5.56 s after it).
    Each system reads the first page once before timing, as imports and lazily built
    tables are start-up costs, not per-page ones. Each call's CPU time is summed beside
    its wall time: on a shared machine a call's wall time also holds the time other
    processes had the core, the CPU time only its own work.
    """
    for extract in systems.values():
        _call(extract, *pages[0][1:])
        # Small pages of its own as well, so models a parse loads on first need (the
        # language model, the gazetteer, name lists, Russian morphology) load before
        # timing, whatever the set's first page happens to hold.
        for warm_up in WARM_UP_PAGES:
            _call(extract, warm_up, None)
    preds: dict[str, dict[str, Any]] = {name: {} for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    cpu = dict.fromkeys(systems, 0.0)
    errors = dict.fromkeys(systems, 0)
    names = list(systems)
    for i, (doc_id, data, url) in enumerate(pages):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            extract = systems[name]
            t0, c0 = time.perf_counter(), time.process_time()
            pred = _call(extract, data, url)
            seconds[name] += time.perf_counter() - t0
            cpu[name] += time.process_time() - c0
            errors[name] += pred is None
            preds[name][doc_id] = pred or {}
    return {
        name: {
            "preds": preds[name],
            "seconds": seconds[name],
            "cpu": cpu[name],
            "errors": errors[name],
        }
        for name in systems
    }


def _call(extract: Extract, data: bytes, url: str | None) -> dict[str, Any] | None:
    try:
        return extract(data, url)
    except Exception:  # a crash on one page scores as an empty prediction, and is counted
        return None


def write_predictions(preds: dict[str, dict[str, Any]], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc_id, pred in preds.items():
        (out_dir / f"{doc_id}.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")


def predict_html(
    set_name: str, out_dir: Path, *, peer: bool = False, corpus: Path | None = None
) -> dict[str, Any]:
    """Write our predictions for a set into `out_dir` (and trafilatura's into a sibling
    `trafilatura` folder with `peer=True`); returns the timing figures, the peer's
    under "peer"."""
    out_dir = Path(out_dir)
    pages = load_pages(set_name, Path(corpus) if corpus else corpus_dir())
    lengths: dict[int, tuple[int, int]] = {}
    systems: dict[str, Extract] = {"press": _noting_readability(ours, lengths)}
    if peer:
        systems["trafilatura"] = trafilatura_peer
    runs = run_systems(systems, pages)
    figures = {}
    for name, run in runs.items():
        folder = out_dir if name == "press" else out_dir.parent / name
        write_predictions(run["preds"], folder)
        seconds = run["seconds"]
        figures[name] = {
            "docs": len(pages),
            "seconds": round(seconds, 3),
            "cpu": round(run["cpu"], 3),
            "docs_per_s": round(len(pages) / seconds, 2) if seconds else None,
            "errors": run["errors"],
            "out": str(folder),
        }
    result = figures["press"]
    result["readability"] = {d: lengths[id(data)] for d, data, _ in pages if id(data) in lengths}
    if peer:
        result["peer"] = figures["trafilatura"]
    return result


def _noting_readability(extract: Extract, lengths: dict[int, tuple[int, int]]) -> Extract:
    """`extract`, noting for each page (by its bytes) the lengths of the extractor's
    text and of readability's when trafilatura first compares them in our parse: the
    held-out figures choose the share readability's text must reach from these."""
    from trafilatura import external

    from importers import html as H

    def noting(data: bytes, url: str | None) -> dict[str, Any]:
        seen: list[tuple[int, int]] = []

        def compare(
            body: Any, algo_body: Any, algo_text: str, len_text: int, len_algo: int, options: Any
        ) -> bool:
            if H._SOONER.get():
                seen.append((len_text, len_algo))
            return H._prefer_readability(body, algo_body, algo_text, len_text, len_algo, options)

        external._prefer_readability = compare
        try:
            return extract(data, url)
        finally:
            external._prefer_readability = H._prefer_readability
            if seen:
                lengths[id(data)] = seen[0]

    return noting


# -- scoring --------------------------------------------------------------------------


def scoring_corpus(corpus: Path, scratch: Path) -> Path:
    """The corpus as the body scorer can read it.

    A WCXB ground-truth record without `main_content` (an error page) stops
    score_body.py with a KeyError; its documented rule is to leave pages with no gold
    body out of the body average, so such records are given an empty one in a view of
    the corpus made of links, and everything else is the corpus itself.
    """
    gt_dir = corpus / "wcxb" / WCXB_SPLIT / "ground-truth"
    broken = [p for p in sorted(gt_dir.glob("*.json")) if _lacks_body(p)]
    if not broken:
        return corpus
    view = scratch / "corpus"
    view_gt = view / "wcxb" / WCXB_SPLIT / "ground-truth"
    view_gt.mkdir(parents=True)
    for entry in corpus.iterdir():
        if entry.name != "wcxb":
            (view / entry.name).symlink_to(entry)
    (view_gt.parent / "html").symlink_to(gt_dir.parent / "html")
    for path in gt_dir.glob("*.json"):
        if path in broken:
            record = json.loads(path.read_text(encoding="utf-8"))
            record["ground_truth"]["main_content"] = ""
            (view_gt / path.name).write_text(json.dumps(record), encoding="utf-8")
        else:
            (view_gt / path.name).symlink_to(path)
    return view


def _lacks_body(path: Path) -> bool:
    record = json.loads(path.read_text(encoding="utf-8"))
    return "main_content" not in record.get("ground_truth", {})


def score(set_name: str, pred_dir: Path, corpus: Path) -> str:
    env = {"EVAL_CORPUS": str(corpus), "EVAL_SPLIT": WCXB_SPLIT}
    if set_name == "news-dates":
        return run_scorer("score_dates.py", pred_dir, env=env)
    scorer_set = "wcxb" if set_name == "wcxb" else "article-extraction-benchmark"
    per_doc = pred_dir.parent / f"{pred_dir.name}-per-page.tsv"
    summary = run_scorer(
        "score_body.py", pred_dir, "--set", scorer_set, "--per-doc", str(per_doc), env=env
    )
    return f"{summary} | {site_averaged(set_name, per_doc, corpus)}"


def site_averaged(set_name: str, per_doc: Path, corpus: Path) -> str:
    """Body F1 with every site counting once (its pages averaged first): a site with
    many pages weighs no more than one never seen before. No step of the body's
    post-processing is fitted to pages, so there is nothing to re-fit per site."""
    hosts = page_sites(set_name, corpus)
    by_site: dict[str, list[float]] = {}
    for line in per_doc.read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, _p, _r, f1 = line.split("\t")
        by_site.setdefault(hosts.get(doc_id, doc_id), []).append(float(f1))
    means = [sum(v) / len(v) for v in by_site.values()]
    return f"site-averaged F1={sum(means) / max(len(means), 1):.3f} sites={len(means)}"


# -- the body on sites never seen ---------------------------------------------------

# The values of the body path's two chosen shares, `ARTICLE_BODY_SHARE` and
# `READABILITY_SHARE`, that a fit on the other sites picks from.
SHARE_GRID = (1.1, 1.25, 1.5, 2.0, 3.0, math.inf)


def declared_body_pages(set_name: str, corpus: Path) -> dict[str, tuple[int, int]]:
    """Page id → (words the extractor found, words of the JSON-LD `articleBody`) for
    every page that declares a body."""
    from importers.html import text_from_extractor, text_from_jsonld, words_in
    from importers.html_page import read_page

    found = {}
    for doc_id, data, url in load_pages(set_name, corpus):
        try:
            page = read_page(data, url)
            declared = text_from_jsonld(page)
            extracted = text_from_extractor(page) if declared else None
        except InputError:
            continue
        if declared is not None:
            found[doc_id] = (words_in(extracted) if extracted else 0, words_in(declared))
    return found


def per_page_f1(path: Path) -> dict[str, float]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {doc_id: float(f1) for doc_id, *_, f1 in (line.split("\t") for line in lines)}


def site_heldout_body(
    set_name: str,
    pred_dir: Path,
    corpus: Path,
    score_corpus: Path,
    readability: dict[str, tuple[int, int]] | None = None,
) -> str:
    """Body F1 with the two shares of the body path chosen on the other sites, for
    each fold of sites in turn (sites dealt into folds as for the dates): the declared
    body's share (every page that declares a body is parsed with it and without it) and
    readability's (every page where readability's text is longer than the smallest
    share tried, from the lengths `readability` noted, is parsed taking it and not)."""
    plain = per_page_f1(pred_dir.parent / f"{pred_dir.name}-per-page.tsv")
    hosts = page_sites(set_name, corpus)
    declared = declared_body_pages(set_name, corpus)
    f1 = _f1_both_ways(
        set_name, pred_dir, "body", declared, "ARTICLE_BODY_SHARE", 0.0, score_corpus, corpus
    )
    heldout = heldout_share_f1(declared, f1, plain, hosts)
    longer = {
        d: (own, theirs)
        for d, (own, theirs) in (readability or {}).items()
        if 0 < own and theirs > SHARE_GRID[0] * own
    }
    f1 = _f1_both_ways(
        set_name, pred_dir, "readability", longer, "READABILITY_SHARE", 1.0, score_corpus, corpus
    )
    # The two choices touch different pages but for a few: each page's gain from each.
    for doc_id, value in heldout_share_f1(longer, f1, plain, hosts).items():
        heldout[doc_id] += value - plain[doc_id]
    mean = sum(heldout.values()) / max(len(heldout), 1)
    return (
        f"site-held-out F1={mean:.3f} (declared body on {len(declared)} pages, "
        f"readability's text longer on {len(longer)})"
    )


def _f1_both_ways(
    set_name: str,
    pred_dir: Path,
    label: str,
    pages: dict[str, tuple[int, int]],
    share_name: str,
    taken: float,
    score_corpus: Path,
    corpus: Path,
) -> dict[str, dict[str, float]]:
    """Each of `pages` parsed with the share `share_name` at `taken` (the other text
    always taken when longer) and at infinity (never), and scored: the F1 under
    "declared" and "extracted", as `heldout_share_f1` reads them."""
    f1: dict[str, dict[str, float]] = {}
    subset = [p for p in load_pages(set_name, corpus) if p[0] in pages]
    for kind, share in (("declared", taken), ("extracted", math.inf)):
        folder = pred_dir.parent / f"{pred_dir.name}-{label}-{kind}"
        kept = getattr(S, share_name)
        setattr(S, share_name, share)
        try:
            write_predictions({d: ours(data, url) for d, data, url in subset}, folder)
        finally:
            setattr(S, share_name, kept)
        score(set_name, folder, score_corpus)
        f1[kind] = per_page_f1(folder.parent / f"{folder.name}-per-page.tsv")
    return f1


def heldout_share_f1(
    pages: dict[str, tuple[int, int]],
    f1: dict[str, dict[str, float]],
    plain: dict[str, float],
    hosts: dict[str, str],
) -> dict[str, float]:
    """Each page's F1 with the share a fit on the other folds of sites picks: `pages`
    gives (extracted, declared) words, `f1` the F1 "declared" and "extracted"."""
    sites = sorted({hosts[d] for d in pages}, key=_site_order)
    folds = {site: i % HELDOUT_FOLDS for i, site in enumerate(sites)}

    def page_f1(doc_id: str, share: float) -> float:
        extracted, declared = pages[doc_id]
        return f1["declared" if declared > share * extracted else "extracted"].get(doc_id, 0.0)

    heldout = dict(plain)
    for k in range(HELDOUT_FOLDS):
        fit = [d for d in pages if d in plain and folds[hosts[d]] != k]
        # At equal F1 the larger share, which leaves more pages as extracted.
        share = max(SHARE_GRID, key=lambda s: (sum(page_f1(d, s) for d in fit), s))
        for d in pages:
            if d in plain and folds[hosts[d]] == k:
                heldout[d] = page_f1(d, share)
    return heldout


def evaluate(sets: list[str], out: Path, *, echo: bool = True) -> list[str]:
    """Run both systems and the scorers over each set; returns (and prints) the lines."""
    corpus = corpus_dir()
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="press-eval-html-") as scratch:
        score_corpus = scoring_corpus(corpus, Path(scratch))
        for set_name in sets:
            timing = predict_html(set_name, out / set_name / "press", peer=True, corpus=corpus)
            peer = timing.pop("peer")
            for name, t in (("press", timing), ("trafilatura", peer)):
                summary = score(set_name, Path(t["out"]), score_corpus)
                if name == "press" and set_name != "news-dates":
                    summary += " | " + site_heldout_body(
                        set_name, Path(t["out"]), corpus, score_corpus, t["readability"]
                    )
                line = (
                    f"{name:12} {set_name}: {summary} | {t['docs']} docs in "
                    f"{t['seconds']:.2f}s = {t['docs_per_s']} docs/s ({t['cpu']:.2f} CPU s), "
                    f"errors={t['errors']}"
                )
                if echo:
                    print(line, flush=True)
                lines.append(line)
            rate = (
                f"import rate {set_name}: ours / trafilatura's bare extraction "
                f"{peer['seconds'] / timing['seconds']:.2f} by wall time, "
                f"{peer['cpu'] / timing['cpu']:.2f} by CPU time (pages in turn, one process)"
            )
            if echo:
                print(rate, flush=True)
            lines.append(rate)
            if set_name != "news-dates":
                for line in body_losses(set_name, out / set_name / "press", corpus):
                    if echo:
                        print(line, flush=True)
                    lines.append(line)
    return lines


# -- where the body's F1 goes ---------------------------------------------------------

WORD_RE = re.compile(r"\w+")
# A gold block of the WCXB markdown, by its first characters.
MARKDOWN_KINDS = (
    ("heading", re.compile(r"#")),
    ("list item", re.compile(r"(?:[-*+]|\d+[.)])\s")),
    ("table row", re.compile(r"\|")),
)
MARKDOWN_LINK_RE = re.compile(r"\]\([^)]*\)")
# schema.org and og:type kinds a page declares, grouped as the loss report shows them.
NEWS_TYPES = frozenset(S.ARTICLE_TYPES[:6])
# Lines shorter than this are the shape of share bars, tags, "read more" links.
SHORT_LINE_WORDS = 8
PROSE_LINE_WORDS = 15


def words(text: str | None) -> list[str]:
    """The body scorer's tokens: lower-cased `\\w+` runs."""
    return WORD_RE.findall((text or "").lower())


def page_kind(data: bytes, url: str | None) -> str:
    """What the page declares itself: a news story, another article (a blog post, a
    guide), a product page, or nothing of these."""
    from importers.html_page import read_page, types_of

    try:
        page = read_page(data, url)
    except InputError:
        return "other"
    kinds = {k for obj in (*page.articles, *page.pages) for k in types_of(obj)}
    og_type = (page.meta.get("og:type") or "").lower()
    if kinds & NEWS_TYPES:
        return "news"
    if kinds & set(S.ARTICLE_TYPES) or og_type == "article":
        return "article"
    if "product" in og_type or any("Product" in k for k in kinds):
        return "product"
    return "other"


def gold_blocks(set_name: str, corpus: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Page id → the gold body's blocks as (kind, tokens): WCXB's markdown gives
    headings, list items and table rows apart from paragraphs; the
    article-extraction-benchmark's text has only lines."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    if set_name == "article-extraction-benchmark":
        gt = json.loads((corpus / set_name / "ground-truth.json").read_text(encoding="utf-8"))
        for doc_id, g in gt.items():
            lines = (g.get("articleBody") or "").splitlines()
            out[doc_id] = [("paragraph", t) for line in lines if (t := words(line))]
        return out
    for path in sorted((corpus / "wcxb" / WCXB_SPLIT / "ground-truth").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))["ground_truth"]
        markdown = g.get("main_content_markdown") or g.get("main_content") or ""
        blocks = []
        for line in markdown.splitlines():
            text = line.strip()
            kind = next((k for k, rule in MARKDOWN_KINDS if rule.match(text)), "paragraph")
            # A link's address is markup, not the article's words.
            tokens = words(MARKDOWN_LINK_RE.sub("]", text))
            if tokens:
                blocks.append((kind, tokens))
        out[path.stem] = blocks
    return out


def body_losses(set_name: str, pred_dir: Path, corpus: Path) -> list[str]:
    """Where body F1 is lost, by the kind of page and by the kind of loss.

    Precision: lines of the prediction whose words are mostly not in the gold body,
    by where they stand (before the first line the gold holds, between, after the last)
    and by length (short lines are the shape of share bars, tags and link lists; prose
    is text shaped like the article). Recall: blocks of the gold body whose words are
    mostly missing from the prediction, by kind. Each figure is that share of the
    words, averaged over pages, so it reads against P and R.
    """
    from collections import Counter, defaultdict

    blocks = gold_blocks(set_name, corpus)
    pages = {doc_id: (data, url) for doc_id, data, url in load_pages(set_name, corpus)}
    by_kind: dict[str, defaultdict[str, float]] = {}
    lost: defaultdict[str, float] = defaultdict(float)
    n = 0
    for doc_id, gold in sorted(blocks.items()):
        gold_bag = Counter(t for _, tokens in gold for t in tokens)
        if not gold_bag or doc_id not in pages:
            continue
        n += 1
        path = pred_dir / f"{doc_id}.json"
        pred = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        body = pred.get("body") or ""
        lines = [t for line in body.split("\n") if (t := words(line))]
        pred_bag = Counter(t for line in lines for t in line)
        hit = sum((gold_bag & pred_bag).values())
        pred_total = sum(pred_bag.values())
        gold_total = sum(gold_bag.values())
        p = hit / max(pred_total, 1)
        r = hit / gold_total
        kind = page_kind(*pages[doc_id])
        row = by_kind.setdefault(kind, defaultdict(float))
        row["pages"] += 1
        row["p"] += p
        row["r"] += r
        row["f1"] += 2 * p * r / (p + r) if p + r else 0.0
        kept = [sum((Counter(line) & gold_bag).values()) * 2 >= len(line) for line in lines]
        first = kept.index(True) if True in kept else len(kept)
        last = len(kept) - 1 - kept[::-1].index(True) if True in kept else -1
        for i, (line, in_gold) in enumerate(zip(lines, kept, strict=True)):
            if in_gold:
                continue
            where = "before" if i < first else "after" if i > last else "inside"
            shape = (
                "short"
                if len(line) < SHORT_LINE_WORDS
                else "prose"
                if len(line) >= PROSE_LINE_WORDS
                else "mid-length"
            )
            lost[f"P {where}, {shape}"] += len(line) / pred_total
        for block_kind, tokens in gold:
            missing = len(tokens) - sum((Counter(tokens) & pred_bag).values())
            if missing * 2 > len(tokens):
                shape = "short" if len(tokens) < SHORT_LINE_WORDS else "long"
                lost[f"R {block_kind}, {shape}"] += len(tokens) / gold_total
    total_lost = sum(row["pages"] - row["f1"] for row in by_kind.values()) or 1.0
    lines_out = [
        f"body losses {set_name} by page kind: "
        + "; ".join(
            f"{kind} {row['pages']:.0f} pages F1={row['f1'] / row['pages']:.3f} "
            f"P={row['p'] / row['pages']:.3f} R={row['r'] / row['pages']:.3f} "
            f"share of F1 lost {(row['pages'] - row['f1']) / total_lost:.2f}"
            for kind, row in sorted(by_kind.items(), key=lambda kv: -kv[1]["pages"])
        )
    ]
    for side, title in (("P", "precision: extra lines"), ("R", "recall: missing gold blocks")):
        parts = sorted(((k, v) for k, v in lost.items() if k[0] == side), key=lambda kv: -kv[1])
        lines_out.append(
            f"body losses {set_name} {title}: "
            + "; ".join(f"{k[2:]} {v / max(n, 1):.4f}" for k, v in parts)
        )
    return lines_out


# -- dates on sites never seen --------------------------------------------------------

DATE_SETS = ("news-dates", "wcxb")
# Sites are dealt into this many folds; each fold is left out of one fit in turn.
HELDOUT_FOLDS = 10


def _site_order(site: str) -> str:
    """A fixed shuffle of the sites (a hash), so folds do not follow the alphabet."""
    import hashlib

    return hashlib.sha256(site.encode("utf-8")).hexdigest()


def gold_dates(set_name: str, corpus: Path) -> dict[str, str]:
    """Page id → the publication day the set's ground truth gives (`YYYY-MM-DD`)."""
    out: dict[str, str] = {}
    if set_name == "news-dates":
        gt = json.loads((corpus / set_name / "ground-truth.json").read_text(encoding="utf-8"))
        for g in gt.values():
            day = g.get("date")
            if isinstance(day, str) and len(day) >= 10:
                out[g["file"].removesuffix(".html.gz")] = day[:10]
    elif set_name == "wcxb":
        for path in sorted((corpus / "wcxb" / WCXB_SPLIT / "ground-truth").glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8")).get("ground_truth", {})
            day = g.get("publish_date")
            if isinstance(day, str) and len(day) >= 10 and day[4] == "-":
                out[path.stem] = day[:10]
    return out


# How a day may be written on a page, to tell a missed day from one the page never shows.
_WRITTEN_FORMS = (
    "%Y-%m-%d",
    "%B %-d, %Y",
    "%b %-d, %Y",
    "%b. %-d, %Y",
    "%-d %B %Y",
    "%-d %b %Y",
    "%m/%d/%Y",
    "%-m/%-d/%Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%Y%m%d",
)


def written_on_page(data: bytes, day: str) -> bool:
    """Whether the page's bytes spell the day in one of the common forms."""
    import datetime as dt

    text = data.decode("utf-8", "replace").lower()
    when = dt.date.fromisoformat(day)
    return any(when.strftime(form).lower() in text for form in _WRITTEN_FORMS)


DateRow = tuple[str, list[Any], str, bool, Any]


def date_evidence_rows(set_name: str, corpus: Path) -> list[DateRow]:
    """(site, evidence, gold day, whether the page writes that day anywhere, the last
    update the page declares) for every page of a set with a known day."""
    from importers.html_dates import collect_evidence, extract_updated
    from importers.html_page import read_page

    gold = gold_dates(set_name, corpus)
    sites = page_sites(set_name, corpus)
    rows = []
    for doc_id, data, url in load_pages(set_name, corpus):
        if doc_id not in gold:
            continue
        try:
            page = read_page(data, url)
            evidence, updated = collect_evidence(page), extract_updated(page)
        except InputError:
            evidence, updated = [], None
        written = written_on_page(data, gold[doc_id])
        rows.append((sites[doc_id], evidence, gold[doc_id], written, updated))
    return rows


def site_heldout_dates(rows_by_set: dict[str, list[DateRow]]) -> list[str]:
    """Date accuracy with the committed weights, and with weights fitted on every other
    site (pooled over the sets) for each site in turn: the figure for sites never seen.
    The misses are then sorted by what the page offered: the true day among its date
    signals (and of those, shown as the page's update), written somewhere on the page
    but read by no signal, or nowhere on the page at all (no reading can find it)."""
    import datetime as dt

    from importers.html_dates import WEIGHTS, choose_date, fit_weights

    # Each set counts alike in a fit, whatever its size.
    pooled = [
        (site, ev, dt.date.fromisoformat(day), 1 / len(rows))
        for rows in rows_by_set.values()
        for site, ev, day, *_ in rows
        if day
    ]
    sites = sorted({site for site, *_ in pooled})
    folds = {site: i % HELDOUT_FOLDS for i, site in enumerate(sorted(sites, key=_site_order))}
    fitted = {
        k: fit_weights((ev, day, w) for s, ev, day, w in pooled if folds[s] != k)
        for k in range(HELDOUT_FOLDS)
    }
    lines = []
    for set_name, rows in rows_by_set.items():
        plain = heldout = out_of_reach = 0
        # Right when the gold is the publication or the update the document keeps apart
        # (`updated`): the figure for the gold's pages labelled with their update.
        either = heldout_either = 0
        misses = {
            "among signals": 0,
            "shown as update": 0,
            "read by none": 0,
            "not on page": 0,
            "the declared update": 0,
        }
        # Which day the gold takes where a page gives an update beside its publication:
        # declared (meta, JSON-LD) or shown ("Updated …"), per kind [pages, gold is the
        # update, gold is the publication chosen].
        beside = {"declared": [0, 0, 0], "shown": [0, 0, 0]}
        for site, ev, day, written, updated in rows:
            gold = dt.date.fromisoformat(day)
            chosen = choose_date(ev, WEIGHTS).published
            shown = {e.day for e in ev if e.source == "shown_update"} - {chosen}
            for kind, days in (("declared", {updated} - {None, chosen}), ("shown", shown)):
                if chosen is not None and days:
                    tally = beside[kind]
                    tally[0] += 1
                    tally[1] += gold in days
                    tally[2] += gold == chosen
            # As `extract_dates`: a page with no publication date is filed under its
            # declared last update.
            right = (chosen or updated) == gold
            plain += right
            chosen_heldout = choose_date(ev, fitted[folds[site]]).published
            heldout += (chosen_heldout or updated) == gold
            either += right or gold == kept_update(ev, updated, chosen)
            heldout_either += (chosen_heldout or updated) == gold or gold == kept_update(
                ev, updated, chosen_heldout
            )
            if right:
                continue
            # The gold day is the last update the page declares beside its publication.
            misses["the declared update"] += updated == gold
            shown_update = any(e.day == gold and e.source == "shown_update" for e in ev)
            # Out of reach unless updates counted as publications: the day is nowhere
            # on the page, or it is the page's update (declared or shown).
            out_of_reach += updated == gold or shown_update or not written
            if any(e.day == gold for e in ev):
                misses["among signals"] += 1
                misses["shown as update"] += shown_update
            else:
                misses["read by none" if written else "not on page"] += 1
        n = max(len(rows), 1)
        lines.append(
            f"dates {set_name}: acc={plain / n:.3f} site-held-out acc={heldout / n:.3f} "
            f"n={len(rows)} sites={len({s for s, *_ in rows})} | publication or the kept "
            f"update: acc={either / n:.3f} site-held-out acc={heldout_either / n:.3f}"
        )
        lines.append(
            f"dates {set_name} misses: "
            + ", ".join(f"{k} {v}" for k, v in misses.items())
            + f"; ceiling (every day on the page read) {1 - misses['not on page'] / n:.3f}"
            + f", without taking updates for publications {1 - out_of_reach / n:.3f}"
        )
        lines.append(
            f"dates {set_name} updates beside the chosen publication: "
            + "; ".join(
                f"{kind} on {t[0]} pages, gold the update {t[1]}, gold the publication {t[2]}"
                for kind, t in beside.items()
            )
        )
    everything = fit_weights((ev, day, w) for _, ev, day, w in pooled)
    lines.append("weights fitted on all pages: " + json.dumps(everything, sort_keys=True))
    return lines


def kept_update(ev: list[Any], declared: Any, published: Any) -> Any:
    """The update a document keeps beside `published`, as `extract_dates` keeps it: the
    later of the declared and the shown one, when later than the publication."""
    shown = [e.day for e in ev if e.source == "shown_update"]
    latest = max([d for d in (declared, *shown) if d is not None], default=None)
    return latest if latest is not None and (published is None or latest > published) else None


def evaluate_dates(sets: list[str] | None = None, *, echo: bool = True) -> list[str]:
    corpus = corpus_dir()
    rows = {name: date_evidence_rows(name, corpus) for name in (sets or DATE_SETS)}
    lines = site_heldout_dates(rows)
    if echo:
        for line in lines:
            print(line, flush=True)
    return lines


if __name__ == "__main__":
    # The one command is `press evaluate SET`; `python -m` hands it the arguments.
    import runpy

    sys.argv = ["press", "evaluate", *sys.argv[1:]]
    runpy.run_module("press.cli", run_name="__main__", alter_sys=True)
