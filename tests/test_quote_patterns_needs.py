"""The cheap searches that rule text out before a costly pattern runs
(`quote_patterns.REPORTED_NEEDS`, `SUBJ_CUE_NEEDS`) never rule out text the pattern
matches."""

from __future__ import annotations

import gzip
import itertools
import json

from importers import quote_patterns as P
from tests.corpus import corpus_path

SENTENCES = [
    "Ann Holt said that the harbour fees would stay where they are.",
    "The harbour board chair, Lena Marsh, told reporters that berths were full.",
    "Tod Vail said the ferry would run again on Monday.",
    "Congresswoman Nora Quill announced Tuesday that the grant had been awarded.",
    "Mayor Al Kerr warned the council it had run out of time.",
    "Vail told\tthe Gazette that he would not run.",
    "According to Ann Holt, the ferry is late.",
    "The board met on Monday and nobody spoke.",
    "She said so.",
    "Holt argued, at length and with charts,\nthat the pier was unsafe.",
    "Officials insisted the numbers were wrong.",
    "Holt, who chairs the board, went on to say: ",
    "Vail pointed out at the hearing, ",
    "The chair also reiterated her support, adding: ",
    "Kerr shot back,",
    "The spokesman for the harbour board said:",
    "A senior aide to the mayor later told reporters,",
]


def _implied(sentences: list[str]) -> list[tuple[str, str]]:
    """(pattern name, sentence) for every sentence a pattern matches but its need does not."""
    names = {v: k for k, v in vars(P).items() if isinstance(v, type(P.REPORTED_THAT))}
    needs = {**P.REPORTED_NEEDS, P.SUBJ_CUE: P.SUBJ_CUE_NEEDS, P.GENERIC_CUE_END: P.SUBJ_CUE_NEEDS}
    return [
        (names[rx], s)
        for rx, need in needs.items()
        for s in sentences
        if rx.search(s) and not need.search(s)
    ]


def test_every_pattern_with_a_need_is_a_reported_pattern() -> None:
    assert set(P.REPORTED_NEEDS) <= {P.REPORTED_THAT, P.REPORTED_BARE, P.REPORTED_ACCORDING}


def test_needs_hold_on_written_sentences() -> None:
    assert any(P.REPORTED_THAT.search(s) for s in SENTENCES)
    assert any(P.REPORTED_BARE.search(s) for s in SENTENCES)
    assert sum(1 for s in SENTENCES if P.SUBJ_CUE.search(s)) >= 4
    assert sum(1 for s in SENTENCES if P.GENERIC_CUE_END.search(s)) >= 2
    assert _implied(SENTENCES) == []


def test_needs_hold_on_corpus_sentences() -> None:
    releases = corpus_path("congress-press-releases", "releases.jsonl.gz")
    with gzip.open(releases, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, 0, 4000, 20)]
    sentences = [s for t in texts for s in t.replace("\n", " ").split(". ") if s]
    assert sum(1 for s in sentences if P.REPORTED_THAT.search(s)) > 10
    assert sum(1 for s in sentences if P.SUBJ_CUE.search(s)) > 10
    assert _implied(sentences) == []
