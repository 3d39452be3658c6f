"""Measure the importers with the shared scoring scripts.

Run it as `press evaluate [SET...] --out DIR`, the one command for every set.

Each set writes one prediction file per input into DIR/<set>/ (the format of the eval
README) and runs that set's scorer as a subprocess; the scorer's summary line is
printed and returned. The scorers live in ../shared/eval next to the repository
(or $PRESS_EVAL_DIR) and read the corpus in ../shared/corpus (or $PRESS_CORPUS).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from search.model import Document

from .eval_common import (
    REPO_ROOT,
    EvaluationUnavailable,
    corpus_dir,
    eval_dir,
    require,
    run_scorer,
)

__all__ = ["REPO_ROOT", "EvaluationUnavailable", "corpus_dir", "eval_dir", "run", "run_scorer"]


# -- sets ------------------------------------------------------------------------


def datelines(out: Path) -> str:
    """Reuters-21578 dateline places: parse each story as plain text."""
    from importers.text import parse_text

    corpus = corpus_dir()
    require(corpus / "reuters21578", "the Reuters-21578 set")
    pred_dir = out / "datelines"
    pred_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reuters-inputs-") as inputs:
        subprocess.run(
            [
                sys.executable,
                str(eval_dir() / "make_reuters_inputs.py"),
                inputs,
                "--corpus",
                str(corpus),
            ],
            check=True,
            capture_output=True,
        )
        for path in sorted(Path(inputs).glob("*.txt")):
            doc = parse_text(path.read_text(encoding="utf-8"), quotes=False)
            _write(pred_dir / f"{path.stem}.json", prediction(doc))
    return run_scorer("score_datelines.py", pred_dir)


def quotes(out: Path) -> str:
    """PolNeAR direct quotes and their speakers, scored on the quoted part."""
    from press.eval_quotes import predict_polnear

    corpus = corpus_dir()
    split = polnear_split(corpus)
    require(corpus / "polnear" / split, f"the PolNeAR {split} split")
    pred_dir = out / "quotes"
    predict_polnear(str(pred_dir), split, str(corpus))
    return run_scorer("score_quotes.py", pred_dir, "--quoted-part", env={"EVAL_SPLIT": split})


def polnear_split(corpus: Path) -> str:
    """The split the scorer reads: $EVAL_SPLIT, else `test` where present, else `dev`."""
    explicit = os.environ.get("EVAL_SPLIT")
    if explicit:
        return explicit
    return "test" if (corpus / "polnear" / "test").is_dir() else "dev"


def _html_set(name: str) -> Callable[[Path], str]:
    """An HTML set: ours and trafilatura on the same pages, one line each."""

    def run_set(out: Path) -> str:
        from press.eval_html import evaluate as evaluate_html

        return "\n".join(evaluate_html([name], out, echo=False))

    run_set.__doc__ = f"{name}: body, title and date, with trafilatura on the same pages."
    return run_set


def releases(out: Path) -> str:
    """Congressional press releases: headline, subheadline and dateline against our gold
    (`tests/gold/releases.jsonl`), per split (dev, check, holdout, all)."""
    from press.eval_releases import CORPUS_FILE
    from press.eval_releases import evaluate as evaluate_releases

    path = require(corpus_dir() / CORPUS_FILE, "the congressional press releases")
    report = evaluate_releases(path)
    (out / "releases").mkdir(parents=True, exist_ok=True)
    _write(out / "releases" / "figures.json", report.splits)
    return "\n".join(report.lines())


def speakers(out: Path) -> str:
    """Speaker attribution on the annotated releases and news pages
    (`tests/gold/speakers.jsonl`), per split and with or without the issuer given."""
    from press.eval_speakers import evaluate_speakers

    report = evaluate_speakers(corpus_dir())
    (out / "speakers").mkdir(parents=True, exist_ok=True)
    _write(out / "speakers" / "figures.json", report.figures())
    return "\n".join(report.lines())


def russian(out: Path) -> str:
    """Russian agency copy against its expected parse (`tests/fixtures/russian`), per
    split: dev (the rules' source) and check (written afterwards, scored only)."""
    from press.eval_russian import evaluate as evaluate_russian
    from press.eval_russian import lines as russian_lines

    tallies = evaluate_russian()
    (out / "russian").mkdir(parents=True, exist_ok=True)
    _write(out / "russian" / "figures.json", {k: t.figures() for k, t in tallies.items()})
    return "\n".join(russian_lines(tallies))


def dates(out: Path) -> str:
    """Publication dates of the news-date and WCXB pages: the committed weights of the
    date signals, and weights re-fitted with each site left out (sites never seen)."""
    from press.eval_html import evaluate_dates

    lines = evaluate_dates(echo=False)
    (out / "dates").mkdir(parents=True, exist_ok=True)
    _write(out / "dates" / "figures.json", {"lines": lines})
    return "\n".join(lines)


SETS: dict[str, Callable[[Path], str]] = {
    "datelines": datelines,
    "quotes": quotes,
    **{name: _html_set(name) for name in ("article-extraction-benchmark", "wcxb", "news-dates")},
    "releases": releases,
    "speakers": speakers,
    "russian": russian,
    "dates": dates,
}


def prediction(doc: Document) -> dict[str, Any]:
    """A parsed document in the scorers' prediction format."""
    pred: dict[str, Any] = {
        "headline": doc.headline,
        "body": doc.text,
        "published": doc.published.isoformat()[:10] if doc.published else None,
        "authors": doc.authors,
    }
    if doc.dateline is not None:
        pred["dateline"] = {"place": doc.dateline.place, "agency": doc.dateline.agency}
    if doc.quotes:
        pred["quotes"] = [
            {"text": q.text, "speaker": q.speaker, "mention": q.mention, "kind": q.kind}
            for q in doc.quotes
        ]
    return pred


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# -- entry points ----------------------------------------------------------------


def run(sets: list[str], out: Path) -> dict[str, str]:
    """Evaluate each named set into `out`; returns set name → scorer summary line."""
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        raise ValueError(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    eval_dir()
    corpus_dir()
    out = Path(out).resolve()  # the scorers run in their own folder
    return {name: SETS[name](out) for name in sets}
