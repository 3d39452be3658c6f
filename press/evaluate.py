"""Measure the importers: every evaluation set behind one command, `press evaluate`.

Run it as `press evaluate [SET...] --out DIR [options]`. The shared corpora's sets
write one prediction file per input into DIR/<set>/ (the format of the eval README) and
run that set's scorer as a subprocess; the sets with our own gold (`releases`,
`speakers`, `russian`, `dates`) score in process and write DIR/<set>/figures.json. Each
set returns its lines; `Options` carries the few choices some sets take (a split, the
misses to list). The scorers live in ../shared/eval next to the repository (or
$PRESS_EVAL_DIR) and read the corpus in ../shared/corpus (or $PRESS_CORPUS).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from search.model import Document

from .eval_common import (
    REPO_ROOT,
    EvaluationUnavailable,
    corpus_dir,
    corpus_path,
    eval_dir,
    require,
    run_scorer,
)

__all__ = [
    "REPO_ROOT",
    "EvaluationUnavailable",
    "Options",
    "corpus_dir",
    "draw",
    "eval_dir",
    "run",
    "run_scorer",
]


@dataclass(frozen=True)
class Options:
    """What some sets take beyond the output folder; a set ignores what it does not use."""

    # releases, speakers, russian: score these splits ("all": every one); quotes: the
    # PolNeAR split (one). Empty: each set's default.
    splits: tuple[str, ...] = ()
    # releases: every disagreement (of the one split named, else dev); russian: dev's;
    # speakers: the same as show_misses=("dev",); quotes: each speaker miss of PolNeAR dev.
    misses: bool = False
    show_misses: tuple[str, ...] = ()  # speakers: each miss on these (readable) splits
    by_kind: bool = False  # speakers: releases and news pages apart too
    limit: int | None = None  # speakers: only the first N gold documents
    gold: Path | None = None  # releases, speakers: another gold file


def _splits(
    asked: tuple[str, ...],
    known: tuple[str, ...],
    default: tuple[str, ...],
    sealed: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The splits to score: the default, every one but the `sealed` for `all`, else the
    named ones. A sealed split is scored only when it is named, so no figure of `all`
    carries it."""
    if not asked:
        return default
    if "all" in asked:
        return tuple(s for s in known if s not in sealed) + tuple(
            s for s in dict.fromkeys(asked) if s in sealed
        )
    unknown = [s for s in asked if s not in known]
    if unknown:
        raise ValueError(
            f"unknown split(s) {', '.join(unknown)}; choose from {', '.join(known)}, all"
        )
    return tuple(dict.fromkeys(asked))


# -- sets ------------------------------------------------------------------------


def datelines(out: Path, options: Options) -> str:
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


def quotes(out: Path, options: Options) -> str:
    """PolNeAR direct quotes and their speakers, scored on the quoted part."""
    from press.eval_quotes import READABLE, predict_polnear, scoring_corpus, speaker_misses

    corpus = corpus_dir()
    if len(options.splits) > 1:
        raise ValueError("quotes scores one PolNeAR split at a time")
    split = options.splits[0] if options.splits else polnear_split(corpus)
    # Checked before anything is parsed: a held-out split's misses are never listed.
    if options.misses and split not in READABLE:
        raise ValueError(f"PolNeAR misses are listed only for {', '.join(READABLE)}, not {split}")
    require(corpus / "polnear" / split, f"the PolNeAR {split} split")
    pred_dir = out / "quotes"
    predict_polnear(str(pred_dir), split, str(corpus))
    with tempfile.TemporaryDirectory(prefix="polnear-view-") as scratch:
        view = scoring_corpus(corpus, split, scratch)
        env = {"EVAL_SPLIT": split, "EVAL_CORPUS": str(view)}
        line = run_scorer("score_quotes.py", pred_dir, "--quoted-part", env=env)
    if options.misses:
        return "\n".join([*speaker_misses(pred_dir, split, corpus), line])
    return line


def polnear_split(corpus: Path) -> str:
    """The split the scorer reads: $EVAL_SPLIT, else `test` where present, else `dev`."""
    explicit = os.environ.get("EVAL_SPLIT")
    if explicit:
        return explicit
    return "test" if (corpus / "polnear" / "test").is_dir() else "dev"


def _html_set(name: str) -> Callable[[Path, Options], str]:
    """An HTML set: ours and trafilatura on the same pages, one line each."""

    def run_set(out: Path, options: Options) -> str:
        from press.eval_html import evaluate as evaluate_html

        return "\n".join(evaluate_html([name], out, echo=False))

    run_set.__doc__ = f"{name}: body, title and date, with trafilatura on the same pages."
    return run_set


def releases(out: Path, options: Options) -> str:
    """Congressional press releases: headline, subheadline and dateline against our gold
    (`tests/gold/releases.jsonl`), per split (every split and all by default)."""
    from press import eval_releases

    if options.misses and eval_releases.SEALED in options.splits:
        raise ValueError(f"{eval_releases.SEALED} is held out: its misses are not listed")
    report = eval_releases.evaluate(
        release_corpus(),
        eval_releases.read_gold(options.gold or eval_releases.GOLD_PATH),
        splits=_splits(
            options.splits,
            eval_releases.SPLITS,
            eval_releases.DEFAULT_SPLITS,
            (eval_releases.SEALED,),
        ),
    )
    (out / "releases").mkdir(parents=True, exist_ok=True)
    _write(out / "releases" / "figures.json", report.splits)
    lines = report.lines()
    if options.misses:
        # One split named: its misses; otherwise the dev half's only.
        one = len(options.splits) == 1 and options.splits[0] != "all"
        lines += report.split_misses[options.splits[0]] if one else report.misses
    return "\n".join(lines)


def release_corpus() -> Path:
    """The releases file: under the corpus folder, or the file $PRESS_CORPUS names."""
    from press.eval_releases import corpus_file

    given = corpus_path()
    if given.is_file():
        return given
    return require(corpus_file(), "the congressional press releases")


def draw(name: str) -> list[dict[str, Any]]:
    """A gold sample of the releases as drawn (`sample`: dev and check; `holdout`,
    `holdout2` … `holdout32`: the later ones), one record per release."""
    from press import eval_releases

    draws = {
        "sample": eval_releases.draw_sample,
        "holdout": eval_releases.draw_holdout,
        "holdout2": eval_releases.draw_holdout2,
        "holdout3": eval_releases.draw_holdout3,
        "holdout4": eval_releases.draw_holdout4,
        "holdout5": eval_releases.draw_holdout5,
        "holdout6": eval_releases.draw_holdout6,
        "holdout7": eval_releases.draw_holdout7,
        "holdout8": eval_releases.draw_holdout8,
        "holdout9": eval_releases.draw_holdout9,
        "holdout10": eval_releases.draw_holdout10,
        "holdout11": eval_releases.draw_holdout11,
        "holdout12": eval_releases.draw_holdout12,
        "holdout13": eval_releases.draw_holdout13,
        "holdout14": eval_releases.draw_holdout14,
        "holdout15": eval_releases.draw_holdout15,
        "holdout16": eval_releases.draw_holdout16,
        "holdout17": eval_releases.draw_holdout17,
        "holdout18": eval_releases.draw_holdout18,
        "holdout19": eval_releases.draw_holdout19,
        "holdout20": eval_releases.draw_holdout20,
        "holdout21": eval_releases.draw_holdout21,
        "holdout22": eval_releases.draw_holdout22,
        "holdout23": eval_releases.draw_holdout23,
        "holdout24": eval_releases.draw_holdout24,
        "holdout25": eval_releases.draw_holdout25,
        "holdout26": eval_releases.draw_holdout26,
        "holdout27": eval_releases.draw_holdout27,
        "holdout28": eval_releases.draw_holdout28,
        "holdout29": eval_releases.draw_holdout29,
        "holdout30": eval_releases.draw_holdout30,
        "holdout31": eval_releases.draw_holdout31,
        "holdout32": eval_releases.draw_holdout32,
    }
    if name not in draws:
        raise ValueError(f"unknown draw {name}; choose from {', '.join(draws)}")
    return [dict(pick.__dict__) for pick in draws[name](release_corpus())]


def speakers(out: Path, options: Options) -> str:
    """Speaker attribution on the annotated releases and news pages
    (`tests/gold/speakers.jsonl`), per split (dev and check by default) and with or
    without the issuer given."""
    from press import eval_speakers

    gold = options.gold or eval_speakers.GOLD_PATH
    shown = set(options.show_misses) | ({"dev"} if options.misses else set())
    readable = (*eval_speakers.READABLE, *eval_speakers.READABLE_PAGES)
    if shown - set(readable):
        raise ValueError(f"misses are listed only for {', '.join(readable)}")
    report = eval_speakers.evaluate_speakers(
        corpus_dir(),
        gold,
        limit=options.limit,
        splits=_splits(
            options.splits,
            eval_speakers.SPLITS,
            eval_speakers.DEFAULT_SPLITS,
            eval_speakers.SPLITS[-1:],
        ),
    )
    (out / "speakers").mkdir(parents=True, exist_ok=True)
    _write(out / "speakers" / "figures.json", report.figures())
    lines = []
    if shown:
        listed = {d.doc for d in eval_speakers.load_gold(gold) if d.split in shown}
        for doc, notes in report.dev_notes.items():
            if doc.partition(" ")[0] in listed:
                lines += [doc, *(f"  {note}" for note in notes)]
    return "\n".join([*lines, *report.lines(by_kind=options.by_kind)])


def russian(out: Path, options: Options) -> str:
    """Russian agency copy against its expected parse (`tests/fixtures/russian`), per
    split: dev (the rules' source) and check (written afterwards, scored only)."""
    from press import eval_russian

    tallies = eval_russian.evaluate(
        _splits(options.splits, eval_russian.SPLITS, eval_russian.SPLITS)
    )
    (out / "russian").mkdir(parents=True, exist_ok=True)
    _write(out / "russian" / "figures.json", {k: t.figures() for k, t in tallies.items()})
    lines = eval_russian.lines(tallies)
    if options.misses and "dev" in tallies:
        lines += [f"  {miss}" for miss in tallies["dev"].misses]
    return "\n".join(lines)


def dates(out: Path, options: Options) -> str:
    """Publication dates of the news-date and WCXB pages: the committed weights of the
    date signals, and weights re-fitted with each site left out (sites never seen)."""
    from press.eval_html import evaluate_dates

    lines = evaluate_dates(echo=False)
    (out / "dates").mkdir(parents=True, exist_ok=True)
    _write(out / "dates" / "figures.json", {"lines": lines})
    return "\n".join(lines)


SETS: dict[str, Callable[[Path, Options], str]] = {
    "datelines": datelines,
    "quotes": quotes,
    **{name: _html_set(name) for name in ("article-extraction-benchmark", "wcxb", "news-dates")},
    "releases": releases,
    "speakers": speakers,
    "russian": russian,
    "dates": dates,
}
# Sets scored by the scripts in ../shared/eval (the others score against our own gold).
SHARED_SCORERS = ("datelines", "quotes", "article-extraction-benchmark", "wcxb", "news-dates")
OWN_FIXTURES = ("russian",)  # reads only the repository's fixtures, never the corpus
# Sets that find their own corpus input and say when it is missing: `releases` takes the
# corpus folder or the releases file itself ($PRESS_CORPUS, see `release_corpus`).
OWN_INPUT = (*OWN_FIXTURES, "releases")


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


def run(sets: list[str], out: Path, options: Options | None = None) -> dict[str, str]:
    """Evaluate each named set into `out`; returns set name → its lines (a scorer's
    summary line, or the figures of our own gold)."""
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        raise ValueError(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    if any(name in SHARED_SCORERS for name in sets):
        eval_dir()
    if any(name not in OWN_INPUT for name in sets):
        corpus_dir()
    out = Path(out).resolve()  # the scorers run in their own folder
    return {name: SETS[name](out, options or Options()) for name in sets}


def figures(out: Path, lines: dict[str, str]) -> dict[str, Any]:
    """Each set's figures as written into `out` (a scorer's summary line where a set
    writes none), for `--json`."""
    found: dict[str, Any] = {}
    for name, summary in lines.items():
        path = Path(out).resolve() / name / "figures.json"
        found[name] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else summary
    return found
