"""The gold files hold different documents, except the few known to be in two of them,
and the news draws still give the pages each committed split holds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from tests.corpus import corpus_path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"

# Releases in both the speaker gold and the release-head gold: corpus index (the speaker
# gold's `release:N`, 0-based) → (its speaker split, its release-head split). The draws
# up to the speakers' holdout7 read the release-head gold's 1-based `line` as an index,
# so they did not exclude these; no other release may be in both.
KNOWN_IN_BOTH = {
    8779: ("holdout4", "holdout4"),
    71481: ("holdout", "holdout3"),
    74747: ("holdout6", "holdout2"),
    88071: ("holdout7", "holdout6"),
    98192: ("holdout4", "holdout2"),
}


def _rows(name: str) -> list[dict]:
    lines = (GOLD / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_the_known_releases_are_in_both_gold_files() -> None:
    heads = {int(r["line"]) - 1: r["split"] for r in _rows("releases.jsonl")}
    speakers = {
        int(r["doc"].partition(":")[2]): r["split"]
        for r in _rows("speakers.jsonl")
        if r["doc"].startswith("release:")
    }
    both = {i: (speakers[i], heads[i]) for i in speakers.keys() & heads.keys()}
    assert both == KNOWN_IN_BOTH


def test_a_new_release_draw_excludes_the_release_head_gold() -> None:
    sample = _script("speaker_sample")
    # The committed draws keep reading the line as an index, so they draw what they drew.
    assert sample.release_index(88072, "holdout7") == 88072
    assert sample.release_index(88072, "holdout34") == 88071
    taken = sample._gold_lines("holdout34")
    assert {int(r["line"]) - 1 for r in _rows("releases.jsonl")} <= taken
    speaker_ids = {
        int(r["doc"].partition(":")[2])
        for r in _rows("speakers.jsonl")
        if r["doc"].startswith("release:")
    }
    assert speaker_ids <= taken


def test_news_draws_give_each_committed_split() -> None:
    corpus = corpus_path()
    corpus_path("wcxb", "dev", "ground-truth")
    corpus_path("article-extraction-benchmark", "ground-truth.json")
    sample = _script("news_sample")
    rows = _rows("speakers-news.jsonl")
    for split in dict.fromkeys(r["split"] for r in rows):
        committed = [r["doc"] for r in rows if r["split"] == split]
        drawn = [doc for doc, _ in sample.draw(corpus, len(committed), split)]
        assert drawn == committed, split


def test_news_splits_share_no_site() -> None:
    pages = [r for name in ("speakers.jsonl", "speakers-news.jsonl") for r in _rows(name)]
    splits: dict[str, set[str]] = {}
    for r in pages:
        if r.get("site"):
            splits.setdefault(r["site"], set()).add(r["split"])
    assert {site: s for site, s in splits.items() if len(s) > 1} == {}
