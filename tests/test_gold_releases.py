"""The annotated release sample is well-formed and its scorer runs."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from press.eval_releases import (
    CORPUS_FILE,
    DEFAULT_SPLITS,
    GOLD_PATH,
    HOLDOUT7_PLAIN,
    HOLDOUT7_SPEAKER_LINES,
    HOLDOUT8_LATER_SPEAKER_LINES,
    HOLDOUT8_PLAIN,
    HOLDOUT8_SPEAKER_LINES,
    HOLDOUT9_PLAIN,
    HOLDOUT9_SPEAKER_LINES,
    HOLDOUT10_PLAIN,
    HOLDOUT10_SPEAKER_LINES,
    HOLDOUT11_PLAIN,
    HOLDOUT11_SPEAKER_LINES,
    HOLDOUT12_PLAIN,
    HOLDOUT12_SPEAKER_LINES,
    HOLDOUT13_PLAIN,
    HOLDOUT13_SPEAKER_LINES,
    HOLDOUT14_PLAIN,
    HOLDOUT14_SPEAKER_LINES,
    HOLDOUT15_PLAIN,
    HOLDOUT15_SPEAKER_LINES,
    HOLDOUT16_PLAIN,
    HOLDOUT16_SPEAKER_LINES,
    HOLDOUT17_PLAIN,
    HOLDOUT17_SPEAKER_LINES,
    HOLDOUT18_PLAIN,
    HOLDOUT18_SPEAKER_LINES,
    HOLDOUT19_PLAIN,
    HOLDOUT19_SPEAKER_LINES,
    HOLDOUT20_PLAIN,
    HOLDOUT20_SPEAKER_LINES,
    HOLDOUT21_PLAIN,
    HOLDOUT21_SPEAKER_LINES,
    HOLDOUT22_PLAIN,
    HOLDOUT22_SPEAKER_LINES,
    HOLDOUT23_PLAIN,
    HOLDOUT23_SPEAKER_LINES,
    HOLDOUT24_PLAIN,
    HOLDOUT24_SPEAKER_LINES,
    HOLDOUT25_PLAIN,
    HOLDOUT25_SPEAKER_LINES,
    HOLDOUT26_PLAIN,
    HOLDOUT26_SPEAKER_LINES,
    HOLDOUT27_PLAIN,
    HOLDOUT27_SPEAKER_LINES,
    HOLDOUT28_PLAIN,
    HOLDOUT28_SPEAKER_LINES,
    HOLDOUT29_PLAIN,
    HOLDOUT29_SPEAKER_LINES,
    HOLDOUT30_PLAIN,
    HOLDOUT30_SPEAKER_LINES,
    HOLDOUT31_PLAIN,
    HOLDOUT31_SPEAKER_LINES,
    HOLDOUT32_PLAIN,
    HOLDOUT32_SPEAKER_LINES,
    MAX_PER_MEMBER,
    SEALED,
    SPLITS,
    GoldDateline,
    GoldRelease,
    Tally,
    draw_holdout7,
    draw_holdout8,
    draw_holdout9,
    draw_holdout10,
    draw_holdout11,
    draw_holdout12,
    draw_holdout13,
    draw_holdout14,
    draw_holdout15,
    draw_holdout16,
    draw_holdout17,
    draw_holdout18,
    draw_holdout19,
    draw_holdout20,
    draw_holdout21,
    draw_holdout22,
    draw_holdout23,
    draw_holdout24,
    draw_holdout25,
    draw_holdout26,
    draw_holdout27,
    draw_holdout28,
    draw_holdout29,
    draw_holdout30,
    draw_holdout31,
    draw_holdout32,
    evaluate,
    judge,
    load_texts,
    parse_release,
    predicted_subheadline,
    read_gold,
    speaker_gold_lines,
    text_hash,
)
from search.model import Document
from tests.corpus import corpus_path

ROW_KEYS = {"line", "member", "split", "sha1", "headline", "subheadline", "dateline"}
DATELINE_KEYS = {"span", "place", "canonical", "region", "canonical_region", "date"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_gold_rows_hold_offsets_and_names_only() -> None:
    for line in GOLD_PATH.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        # Offsets and place names only: no text copied from the corpus.
        assert ROW_KEYS <= set(row) <= ROW_KEYS | {"note"}, row["line"]
        if row["dateline"] is not None:
            assert set(row["dateline"]) == DATELINE_KEYS, row["line"]


def test_gold_is_well_formed() -> None:
    gold = read_gold()
    lines = [g.line for g in gold]
    assert len(lines) == len(set(lines)), "a release is annotated twice"
    # holdout3 and every later split are held out by release (every member is in an
    # earlier split): one release of a member in holdout3, at most two in the later ones.
    by_release = SPLITS[SPLITS.index("holdout3") :]
    by_member = [g for g in gold if g.split not in by_release]
    per_member = Counter(g.member for g in by_member)
    assert max(per_member.values()) <= MAX_PER_MEMBER
    assert max(Counter(g.member for g in gold if g.split == "holdout3").values()) == 1
    for split in by_release[1:]:
        assert max(Counter(g.member for g in gold if g.split == split).values()) <= 2
    splits: dict[str, set[str]] = {}
    for g in by_member:
        splits.setdefault(g.member, set()).add(g.split)
    assert all(len(s) == 1 for s in splits.values()), "a member is in both halves"
    for g in gold:
        spans = [s for s in (g.headline, g.subheadline) if s]
        if g.dateline:
            spans.append(g.dateline.span)
            assert g.dateline.place and g.dateline.canonical
            assert g.dateline.date is None or ISO_DATE.match(g.dateline.date)
        # Headline, subheadline and dateline come in that order and do not overlap.
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), g.line


@pytest.mark.corpus
def test_scorer_runs_on_three_releases() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    gold = sorted((g for g in read_gold() if g.split == "dev"), key=lambda g: g.line)[:3]
    records = load_texts(corpus, [g.line for g in gold])
    for g in gold:
        text = records[g.line]["text"]
        assert text_hash(text) == g.sha1
        if g.dateline:
            written = text[slice(*g.dateline.span)]
            assert g.dateline.place in written
            assert g.dateline.region is None or g.dateline.region in written
    report = evaluate(corpus, gold)
    assert report.splits["dev"]["releases"] == 3
    assert report.splits["all"]["releases"] == 3
    assert 0 <= report.splits["all"]["place_accuracy"] <= 1
    assert report.lines()[0].startswith("dev: 3 releases; place accuracy")


def test_judge_compares_spans_of_the_record_text() -> None:
    text = "08.01.20 Harbor Bill Clears the House WASHINGTON, D.C. – Today the House passed it."
    headline = (9, 37)
    dateline = GoldDateline(
        span=(38, 56),
        place="WASHINGTON",
        canonical="Washington, D.C.",
        region="D.C.",
        canonical_region="District of Columbia",
    )
    gold = GoldRelease(1, "jane_doe", "dev", text_hash(text), headline, None, dateline)
    record = {"member": "jane_doe", "date": "2020-08-01", "text": text}
    outcome = judge(gold, record)
    assert outcome.headline[1] == "Harbor Bill Clears the House"
    assert outcome.place[1] in ("WASHINGTON", "Washington, D.C.")
    assert outcome.subheadline[1] is None
    tally = Tally()
    tally.add(outcome)
    figures = tally.figures()
    assert figures["releases"] == 1 and figures["titles"] == 1
    assert figures["dated"] == 0


# A release whose page put a teaser (the body's first sentence) and share buttons above
# its head: the teaser repeats the words the body starts with.
_LEAD = (
    "Congresswoman Lena Varga (XX-04) has introduced the Clear Rivers Act, which will fund "
    "the cleanup of mill ponds across the valley and restore fish passage on three streams."
)
_DECK = "“Our rivers have waited long enough for this work to begin.”"


def test_a_deck_counts_where_a_teaser_above_the_head_repeats_the_body() -> None:
    text = (
        f"{_LEAD} share: f t Varga Bill Would Clear Mill Ponds {_DECK} Millbrook, Ohio – "
        f"{_LEAD} “Every town on the river will gain from it,” said Varga."
    )
    doc = parse_release({"member": "lena_varga", "date": "2020-08-01", "text": text})
    assert doc.headline == "Varga Bill Would Clear Mill Ponds"
    assert doc.subheadings[:1] == [_DECK]
    # The body starts after the deck, where the parse put it, not at the teaser.
    assert predicted_subheadline(doc, text) == _DECK


def test_a_section_title_below_the_body_start_is_still_no_subheadline() -> None:
    text = (
        f"{_LEAD} share: f t Varga Bill Would Clear Mill Ponds Millbrook, Ohio – {_LEAD} "
        "What the Bill Funds The act pays for dredging and new fish ladders."
    )
    doc = Document(
        headline="Varga Bill Would Clear Mill Ponds",
        subheadings=["What the Bill Funds"],
        body=[_LEAD, "The act pays for dredging and new fish ladders."],
    )
    assert predicted_subheadline(doc, text) is None
    # Nor without a headline to look from.
    doc.headline = None
    assert predicted_subheadline(doc, text) is None


def test_a_release_without_dateline_is_right_only_without_one() -> None:
    text = "Today the senator met farmers in her state and spoke about water rights."
    gold = GoldRelease(2, "jane_doe", "check", text_hash(text), None, None, None)
    outcome = judge(gold, {"member": "jane_doe", "date": "2020-08-01", "text": text})
    assert outcome.place == (None, None)
    assert outcome.headline == (None, None)
    tally = Tally()
    tally.add(outcome)
    assert tally.figures()["place_accuracy"] == 1.0
    assert tally.figures()["headline_exact"] == 1.0
    assert tally.figures()["titles_found"] is None


def test_holdout4_is_rich_in_titles() -> None:
    holdout4 = [g for g in read_gold() if g.split == "holdout4"]
    assert len(holdout4) >= 80
    assert sum(g.headline is not None for g in holdout4) >= 25


def test_holdout5_is_rich_in_titles() -> None:
    holdout5 = [g for g in read_gold() if g.split == "holdout5"]
    assert len(holdout5) >= 80
    assert sum(g.headline is not None for g in holdout5) >= 30


def test_holdout6_is_rich_in_titles() -> None:
    holdout6 = [g for g in read_gold() if g.split == "holdout6"]
    assert len(holdout6) >= 80
    assert sum(g.headline is not None for g in holdout6) >= 30


def test_holdout7_is_rich_in_titles() -> None:
    holdout7 = [g for g in read_gold() if g.split == "holdout7"]
    assert len(holdout7) >= 80
    assert sum(g.headline is not None for g in holdout7) >= 30


def test_holdout8_is_rich_in_titles() -> None:
    holdout8 = [g for g in read_gold() if g.split == "holdout8"]
    assert len(holdout8) >= 80
    assert sum(g.headline is not None for g in holdout8) >= 30


def test_holdout9_is_rich_in_titles() -> None:
    holdout9 = [g for g in read_gold() if g.split == "holdout9"]
    assert len(holdout9) >= 80
    assert sum(g.headline is not None for g in holdout9) >= 40


def test_holdout10_is_rich_in_titles() -> None:
    holdout10 = [g for g in read_gold() if g.split == "holdout10"]
    assert len(holdout10) >= 80
    assert sum(g.headline is not None for g in holdout10) >= 40


def test_holdout11_is_rich_in_titles() -> None:
    holdout11 = [g for g in read_gold() if g.split == "holdout11"]
    assert len(holdout11) >= 80
    assert sum(g.headline is not None for g in holdout11) >= 40


def test_holdout12_is_rich_in_titles() -> None:
    holdout12 = [g for g in read_gold() if g.split == "holdout12"]
    assert len(holdout12) >= 80
    assert sum(g.headline is not None for g in holdout12) >= 40


def test_holdout32_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout32 = [g for g in read_gold() if g.split == "holdout32"]
    # the draw's 240 candidates held 35 titles after the first 50
    assert len(holdout32) >= 85
    assert sum(g.headline is not None for g in holdout32) >= 44


def test_holdout31_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout31 = [g for g in read_gold() if g.split == "holdout31"]
    # the draw's 240 candidates held 37 titles after the first 50
    assert len(holdout31) >= 87
    assert sum(g.headline is not None for g in holdout31) >= 44


def test_holdout30_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout30 = [g for g in read_gold() if g.split == "holdout30"]
    # the draw's 240 candidates held 36 titles after the first 50
    assert len(holdout30) >= 86
    assert sum(g.headline is not None for g in holdout30) >= 46


def test_holdout29_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout29 = [g for g in read_gold() if g.split == "holdout29"]
    # the draw's 240 candidates held 33 titles after the first 50
    assert len(holdout29) >= 83
    assert sum(g.headline is not None for g in holdout29) >= 43


def test_holdout28_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout28 = [g for g in read_gold() if g.split == "holdout28"]
    # the draw's 240 candidates held 40 titles after the first 50
    assert len(holdout28) >= 90
    assert sum(g.headline is not None for g in holdout28) >= 54


def test_holdout27_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout27 = [g for g in read_gold() if g.split == "holdout27"]
    # the draw's 240 candidates held 31 titles after the first 50
    assert len(holdout27) >= 81
    assert sum(g.headline is not None for g in holdout27) >= 45


def test_holdout26_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout26 = [g for g in read_gold() if g.split == "holdout26"]
    # the draw's 240 candidates held 40 titles after the first 50
    assert len(holdout26) >= 90
    assert sum(g.headline is not None for g in holdout26) >= 53


def test_holdout25_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout25 = [g for g in read_gold() if g.split == "holdout25"]
    # the draw's 240 candidates held 26 titles after the first 50
    assert len(holdout25) >= 76
    assert sum(g.headline is not None for g in holdout25) >= 38


def test_holdout24_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout24 = [g for g in read_gold() if g.split == "holdout24"]
    # the draw's 240 candidates held 34 titles after the first 50
    assert len(holdout24) >= 84
    assert sum(g.headline is not None for g in holdout24) >= 43


def test_holdout23_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout23 = [g for g in read_gold() if g.split == "holdout23"]
    # the draw's 240 candidates held 28 titles after the first 50
    assert len(holdout23) >= 78
    assert sum(g.headline is not None for g in holdout23) >= 40


def test_holdout22_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout22 = [g for g in read_gold() if g.split == "holdout22"]
    # the draw's 240 candidates held 40 titles after the first 50
    assert len(holdout22) >= 90
    assert sum(g.headline is not None for g in holdout22) >= 48


def test_holdout21_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout21 = [g for g in read_gold() if g.split == "holdout21"]
    # the draw's 240 candidates held 41 titles after the first 50
    assert len(holdout21) >= 91
    assert sum(g.headline is not None for g in holdout21) >= 53


def test_holdout20_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout20 = [g for g in read_gold() if g.split == "holdout20"]
    # the draw's 240 candidates held 41 titles after the first 50
    assert len(holdout20) >= 91
    assert sum(g.headline is not None for g in holdout20) >= 45


def test_holdout19_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout19 = [g for g in read_gold() if g.split == "holdout19"]
    # the draw's 240 candidates held 39 titles after the first 50
    assert len(holdout19) >= 89
    assert sum(g.headline is not None for g in holdout19) >= 49


def test_holdout18_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout18 = [g for g in read_gold() if g.split == "holdout18"]
    # the draw's 240 candidates held 36 titles after the first 50
    assert len(holdout18) >= 86
    assert sum(g.headline is not None for g in holdout18) >= 45


def test_holdout17_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout17 = [g for g in read_gold() if g.split == "holdout17"]
    # the draw's 240 candidates held 31 titles after the first 50
    assert len(holdout17) >= 81
    assert sum(g.headline is not None for g in holdout17) >= 43


def test_holdout16_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout16 = [g for g in read_gold() if g.split == "holdout16"]
    # the draw's 240 candidates held 39 titles after the first 50
    assert len(holdout16) >= 89
    assert sum(g.headline is not None for g in holdout16) >= 46


def test_holdout15_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout15 = [g for g in read_gold() if g.split == "holdout15"]
    # the draw's 260 candidates held 41 titles after the first 50
    assert len(holdout15) >= 91
    assert sum(g.headline is not None for g in holdout15) >= 52


def test_holdout14_keeps_every_titled_candidate_of_its_draw() -> None:
    holdout14 = [g for g in read_gold() if g.split == "holdout14"]
    # the draw's 260 candidates held 40 titles after the first 50
    assert len(holdout14) >= 90
    assert sum(g.headline is not None for g in holdout14) >= 52


def test_holdout13_keeps_every_titled_candidate_of_its_draw() -> None:
    # the draw's 260 candidates held 36 titles: fewer than the earlier holdouts
    holdout13 = [g for g in read_gold() if g.split == "holdout13"]
    assert len(holdout13) >= 78
    assert sum(g.headline is not None for g in holdout13) >= 36


@pytest.mark.corpus
def test_holdout7_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout7(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout7"]
    assert [g.line for g in gold[:HOLDOUT7_PLAIN]] == candidates[:HOLDOUT7_PLAIN]
    later = gold[HOLDOUT7_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT7_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout8_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout8(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout8"]
    assert [g.line for g in gold[:HOLDOUT8_PLAIN]] == candidates[:HOLDOUT8_PLAIN]
    later = gold[HOLDOUT8_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT8_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout9_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout9(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout9"]
    assert [g.line for g in gold[:HOLDOUT9_PLAIN]] == candidates[:HOLDOUT9_PLAIN]
    later = gold[HOLDOUT9_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT9_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout10_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout10(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout10"]
    assert [g.line for g in gold[:HOLDOUT10_PLAIN]] == candidates[:HOLDOUT10_PLAIN]
    later = gold[HOLDOUT10_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT10_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout11_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout11(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout11"]
    assert [g.line for g in gold[:HOLDOUT11_PLAIN]] == candidates[:HOLDOUT11_PLAIN]
    later = gold[HOLDOUT11_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT11_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout12_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout12(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout12"]
    assert [g.line for g in gold[:HOLDOUT12_PLAIN]] == candidates[:HOLDOUT12_PLAIN]
    later = gold[HOLDOUT12_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT12_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout13_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout13(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout13"]
    assert [g.line for g in gold[:HOLDOUT13_PLAIN]] == candidates[:HOLDOUT13_PLAIN]
    later = gold[HOLDOUT13_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT13_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout14_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout14(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout14"]
    assert [g.line for g in gold[:HOLDOUT14_PLAIN]] == candidates[:HOLDOUT14_PLAIN]
    later = gold[HOLDOUT14_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT14_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout15_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout15(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout15"]
    assert [g.line for g in gold[:HOLDOUT15_PLAIN]] == candidates[:HOLDOUT15_PLAIN]
    later = gold[HOLDOUT15_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT15_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout16_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout16(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout16"]
    assert [g.line for g in gold[:HOLDOUT16_PLAIN]] == candidates[:HOLDOUT16_PLAIN]
    later = gold[HOLDOUT16_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT16_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout17_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout17(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout17"]
    assert [g.line for g in gold[:HOLDOUT17_PLAIN]] == candidates[:HOLDOUT17_PLAIN]
    later = gold[HOLDOUT17_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT17_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout32_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout32(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout32"]
    assert [g.line for g in gold[:HOLDOUT32_PLAIN]] == candidates[:HOLDOUT32_PLAIN]
    later = gold[HOLDOUT32_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT32_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout31_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout31(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout31"]
    assert [g.line for g in gold[:HOLDOUT31_PLAIN]] == candidates[:HOLDOUT31_PLAIN]
    later = gold[HOLDOUT31_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT31_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout30_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout30(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout30"]
    assert [g.line for g in gold[:HOLDOUT30_PLAIN]] == candidates[:HOLDOUT30_PLAIN]
    later = gold[HOLDOUT30_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT30_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout29_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout29(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout29"]
    assert [g.line for g in gold[:HOLDOUT29_PLAIN]] == candidates[:HOLDOUT29_PLAIN]
    later = gold[HOLDOUT29_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT29_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout28_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout28(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout28"]
    assert [g.line for g in gold[:HOLDOUT28_PLAIN]] == candidates[:HOLDOUT28_PLAIN]
    later = gold[HOLDOUT28_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT28_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout27_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout27(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout27"]
    assert [g.line for g in gold[:HOLDOUT27_PLAIN]] == candidates[:HOLDOUT27_PLAIN]
    later = gold[HOLDOUT27_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT27_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout26_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout26(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout26"]
    assert [g.line for g in gold[:HOLDOUT26_PLAIN]] == candidates[:HOLDOUT26_PLAIN]
    later = gold[HOLDOUT26_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT26_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout25_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout25(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout25"]
    assert [g.line for g in gold[:HOLDOUT25_PLAIN]] == candidates[:HOLDOUT25_PLAIN]
    later = gold[HOLDOUT25_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT25_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout24_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout24(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout24"]
    assert [g.line for g in gold[:HOLDOUT24_PLAIN]] == candidates[:HOLDOUT24_PLAIN]
    later = gold[HOLDOUT24_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT24_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout23_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout23(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout23"]
    assert [g.line for g in gold[:HOLDOUT23_PLAIN]] == candidates[:HOLDOUT23_PLAIN]
    later = gold[HOLDOUT23_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT23_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout22_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout22(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout22"]
    assert [g.line for g in gold[:HOLDOUT22_PLAIN]] == candidates[:HOLDOUT22_PLAIN]
    later = gold[HOLDOUT22_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT22_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout21_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout21(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout21"]
    assert [g.line for g in gold[:HOLDOUT21_PLAIN]] == candidates[:HOLDOUT21_PLAIN]
    later = gold[HOLDOUT21_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT21_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout20_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout20(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout20"]
    assert [g.line for g in gold[:HOLDOUT20_PLAIN]] == candidates[:HOLDOUT20_PLAIN]
    later = gold[HOLDOUT20_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT20_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout19_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout19(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout19"]
    assert [g.line for g in gold[:HOLDOUT19_PLAIN]] == candidates[:HOLDOUT19_PLAIN]
    later = gold[HOLDOUT19_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT19_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


@pytest.mark.corpus
def test_holdout18_keeps_the_first_candidates_and_the_titled_ones_after() -> None:
    corpus = corpus_path(str(CORPUS_FILE))
    candidates = [pick.line for pick in draw_holdout18(corpus)]
    gold = [g for g in read_gold() if g.split == "holdout18"]
    assert [g.line for g in gold[:HOLDOUT18_PLAIN]] == candidates[:HOLDOUT18_PLAIN]
    later = gold[HOLDOUT18_PLAIN:]
    assert all(g.headline is not None for g in later)
    kept = [line for line in candidates[HOLDOUT18_PLAIN:] if line in {g.line for g in later}]
    assert kept == [g.line for g in later]


def test_the_newest_holdouts_misses_are_never_listed(tmp_path) -> None:
    from press import evaluate

    assert SEALED == "holdout32" and SEALED not in DEFAULT_SPLITS and "holdout31" in DEFAULT_SPLITS
    with pytest.raises(ValueError, match="holdout32 is held out"):
        evaluate.releases(tmp_path, evaluate.Options(splits=("holdout32",), misses=True))


def test_holdout7_draws_past_the_speaker_gold_as_it_was_then(tmp_path) -> None:
    # frozen at the draw: the speaker gold may grow, the draw stays the same
    frozen = set(HOLDOUT7_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT7_SPEAKER_LINES)
    assert frozen <= speaker_gold_lines()
    with pytest.raises(FileNotFoundError, match="speaker gold"):
        speaker_gold_lines(tmp_path / "speakers.jsonl")


def test_holdout8_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw; the releases the speaker gold took up later are dropped after it
    frozen = set(HOLDOUT8_SPEAKER_LINES) | HOLDOUT8_LATER_SPEAKER_LINES
    assert len(set(HOLDOUT8_SPEAKER_LINES)) == len(HOLDOUT8_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    holdout8 = {g.line for g in read_gold() if g.split == "holdout8"}
    assert not holdout8 & speaker_lines


def test_holdout9_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout10 included); the gold may grow later
    frozen = set(HOLDOUT9_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT9_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT8_SPEAKER_LINES) | HOLDOUT8_LATER_SPEAKER_LINES <= frozen
    holdout9 = {g.line for g in read_gold() if g.split == "holdout9"}
    assert not holdout9 & speaker_lines


def test_holdout10_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout11 included); the gold may grow later
    frozen = set(HOLDOUT10_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT10_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT9_SPEAKER_LINES) <= frozen
    holdout10 = {g.line for g in read_gold() if g.split == "holdout10"}
    assert not holdout10 & speaker_lines


def test_holdout11_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout12 included); the gold may grow later
    frozen = set(HOLDOUT11_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT11_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT10_SPEAKER_LINES) <= frozen
    holdout11 = {g.line for g in read_gold() if g.split == "holdout11"}
    assert not holdout11 & speaker_lines


def test_holdout12_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout13 included); the gold may grow later
    frozen = set(HOLDOUT12_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT12_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT11_SPEAKER_LINES) <= frozen
    holdout12 = {g.line for g in read_gold() if g.split == "holdout12"}
    assert not holdout12 & speaker_lines


def test_holdout13_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout14 included); the gold may grow later
    frozen = set(HOLDOUT13_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT13_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT12_SPEAKER_LINES) <= frozen
    holdout13 = {g.line for g in read_gold() if g.split == "holdout13"}
    assert not holdout13 & speaker_lines


def test_holdout14_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout15 included); the gold may grow later
    frozen = set(HOLDOUT14_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT14_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT13_SPEAKER_LINES) <= frozen
    holdout14 = {g.line for g in read_gold() if g.split == "holdout14"}
    assert not holdout14 & speaker_lines


def test_holdout15_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout16 included); the gold may grow later
    frozen = set(HOLDOUT15_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT15_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT14_SPEAKER_LINES) <= frozen
    holdout15 = {g.line for g in read_gold() if g.split == "holdout15"}
    assert not holdout15 & speaker_lines


def test_holdout16_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout17 included); the gold may grow later
    frozen = set(HOLDOUT16_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT16_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT15_SPEAKER_LINES) <= frozen
    holdout16 = {g.line for g in read_gold() if g.split == "holdout16"}
    assert not holdout16 & speaker_lines


def test_holdout17_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout18 included); the gold may grow later
    frozen = set(HOLDOUT17_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT17_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT16_SPEAKER_LINES) <= frozen
    holdout17 = {g.line for g in read_gold() if g.split == "holdout17"}
    assert not holdout17 & speaker_lines


def test_holdout18_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout19 included); the gold may grow later
    frozen = set(HOLDOUT18_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT18_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT17_SPEAKER_LINES) <= frozen
    holdout18 = {g.line for g in read_gold() if g.split == "holdout18"}
    assert not holdout18 & speaker_lines


def test_holdout19_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout20 included); the gold may grow later
    frozen = set(HOLDOUT19_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT19_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT18_SPEAKER_LINES) <= frozen
    holdout19 = {g.line for g in read_gold() if g.split == "holdout19"}
    assert not holdout19 & speaker_lines


def test_holdout20_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout21 included); the gold may grow later
    frozen = set(HOLDOUT20_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT20_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT19_SPEAKER_LINES) <= frozen
    holdout20 = {g.line for g in read_gold() if g.split == "holdout20"}
    assert not holdout20 & speaker_lines


def test_holdout21_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout22 included); the gold may grow later
    frozen = set(HOLDOUT21_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT21_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT20_SPEAKER_LINES) <= frozen
    holdout21 = {g.line for g in read_gold() if g.split == "holdout21"}
    assert not holdout21 & speaker_lines


def test_holdout22_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout23 included); the gold may grow later
    frozen = set(HOLDOUT22_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT22_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT21_SPEAKER_LINES) <= frozen
    holdout22 = {g.line for g in read_gold() if g.split == "holdout22"}
    assert not holdout22 & speaker_lines


def test_holdout23_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout24 included); the gold may grow later
    frozen = set(HOLDOUT23_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT23_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT22_SPEAKER_LINES) <= frozen
    holdout23 = {g.line for g in read_gold() if g.split == "holdout23"}
    assert not holdout23 & speaker_lines


def test_holdout24_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout25 included); the gold may grow later
    frozen = set(HOLDOUT24_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT24_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT23_SPEAKER_LINES) <= frozen
    holdout24 = {g.line for g in read_gold() if g.split == "holdout24"}
    assert not holdout24 & speaker_lines


def test_a_release_the_import_refuses_is_scored_as_giving_nothing() -> None:
    """A record of a pasted style sheet alone: the import stores nothing, so the scorer
    finds no head in it rather than stopping the whole evaluation."""
    from press.eval_releases import parse_release

    style = (
        "Normal 0 false false false /* Style Definitions */ table.MsoNormalTable "
        '{mso-style-name:"Table Grid"; mso-padding-alt:0in 5.4pt 0in 5.4pt; font-size:9.0pt;}'
    )
    doc = parse_release({"member": "ivo_brandt", "date": "2012-03-04", "text": style})
    assert (doc.headline, doc.dateline, doc.body) == (None, None, [])


def test_holdout25_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout26 included); the gold may grow later
    frozen = set(HOLDOUT25_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT25_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT24_SPEAKER_LINES) <= frozen
    holdout25 = {g.line for g in read_gold() if g.split == "holdout25"}
    assert not holdout25 & speaker_lines


def test_holdout26_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout27 included); the gold may grow later
    frozen = set(HOLDOUT26_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT26_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT25_SPEAKER_LINES) <= frozen
    holdout26 = {g.line for g in read_gold() if g.split == "holdout26"}
    assert not holdout26 & speaker_lines


def test_holdout27_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout28 included); the gold may grow later
    frozen = set(HOLDOUT27_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT27_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT26_SPEAKER_LINES) <= frozen
    holdout27 = {g.line for g in read_gold() if g.split == "holdout27"}
    assert not holdout27 & speaker_lines


def test_holdout28_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout29 included); the gold may grow later
    frozen = set(HOLDOUT28_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT28_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT27_SPEAKER_LINES) <= frozen
    holdout28 = {g.line for g in read_gold() if g.split == "holdout28"}
    assert not holdout28 & speaker_lines


def test_holdout29_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout30 included); the gold may grow later
    frozen = set(HOLDOUT29_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT29_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT28_SPEAKER_LINES) <= frozen
    holdout29 = {g.line for g in read_gold() if g.split == "holdout29"}
    assert not holdout29 & speaker_lines


def test_holdout30_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout31 included); the gold may grow later
    frozen = set(HOLDOUT30_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT30_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT29_SPEAKER_LINES) <= frozen
    holdout30 = {g.line for g in read_gold() if g.split == "holdout30"}
    assert not holdout30 & speaker_lines


def test_holdout31_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout32 included); the gold may grow later
    frozen = set(HOLDOUT31_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT31_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT30_SPEAKER_LINES) <= frozen
    holdout31 = {g.line for g in read_gold() if g.split == "holdout31"}
    assert not holdout31 & speaker_lines


def test_holdout32_draws_past_the_speaker_gold_as_it_was_then() -> None:
    # frozen at the draw (the speaker gold's holdout33 included); the gold may grow later
    frozen = set(HOLDOUT32_SPEAKER_LINES)
    assert len(frozen) == len(HOLDOUT32_SPEAKER_LINES)
    speaker_lines = {
        int(json.loads(row)["doc"].partition(":")[2]) + 1
        for row in GOLD_PATH.with_name("speakers.jsonl").read_text("utf-8").splitlines()
        if row.strip() and json.loads(row)["doc"].startswith("release:")
    }
    assert frozen <= speaker_lines
    assert set(HOLDOUT31_SPEAKER_LINES) <= frozen
    holdout32 = {g.line for g in read_gold() if g.split == "holdout32"}
    assert not holdout32 & speaker_lines
