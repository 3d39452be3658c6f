"""The speaker gold sample is well-formed, and its scorer counts what it says it counts."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from press.eval_speakers import (
    SPLITS,
    GoldDoc,
    GoldSegment,
    GoldSpeaker,
    Source,
    evaluate_speakers,
    load_gold,
    resolve,
    score_document,
)
from search.model import Document, Quote
from tests.corpus import corpus_path


def test_gold_file_is_well_formed() -> None:
    docs = load_gold()
    assert docs, "no annotated documents"
    for doc in docs:
        assert doc.split in SPLITS
        names = [s.name for s in doc.speakers]
        assert len(names) == len(set(names)), doc.doc
        if doc.kind == "release":
            assert doc.member, doc.doc
        spans = sorted(doc.segments, key=lambda s: (s.start, -s.end))
        for a, b in zip(spans, spans[1:], strict=False):
            # Segments follow each other or nest (a title inside a statement); never cross.
            assert b.start >= a.end or b.end <= a.end, (doc.doc, a, b)
        for seg in doc.segments:
            if seg.label == "speech" and seg.speakers is not None:
                assert seg.speakers and set(seg.speakers) <= set(names), (doc.doc, seg)


# Splits drawn by member: none shares a member or site with another. `holdout4` draws
# other releases of members already in a split.
SPLITS_BY_MEMBER = ("dev", "check", "holdout", "holdout2", "holdout3")


def test_halves_share_no_member_or_site() -> None:
    docs = load_gold()
    sizes = Counter((d.split, d.kind) for d in docs)
    assert sizes == {
        ("dev", "release"): 30,
        ("check", "release"): 30,
        ("dev", "page"): 10,
        ("check", "page"): 10,
        ("holdout", "release"): 30,
        ("holdout2", "release"): 30,
        ("holdout3", "release"): 40,
        ("holdout4", "release"): 40,
        ("holdout5", "release"): 40,
        ("holdout6", "release"): 40,
        ("holdout7", "release"): 40,
        ("holdout8", "release"): 40,
        ("holdout9", "release"): 40,
        ("holdout10", "release"): 40,
        ("holdout11", "release"): 40,
        ("holdout12", "release"): 40,
        ("holdout13", "release"): 40,
        ("holdout14", "release"): 40,
        ("holdout15", "release"): 40,
        ("holdout16", "release"): 40,
        ("holdout17", "release"): 40,
        ("holdout18", "release"): 40,
        ("holdout19", "release"): 40,
        ("holdout20", "release"): 40,
        ("holdout21", "release"): 40,
        ("holdout22", "release"): 40,
        ("holdout23", "release"): 40,
        ("holdout24", "release"): 40,
        ("holdout25", "release"): 40,
        ("holdout26", "release"): 40,
        ("holdout27", "release"): 40,
        ("holdout28", "release"): 40,
        ("holdout29", "release"): 40,
        ("holdout30", "release"): 40,
        ("holdout31", "release"): 40,
        ("holdout32", "release"): 40,
        ("holdout33", "release"): 40,
    }
    # The corpus has 37 members left for the third holdout: three of them give two releases.
    members = Counter(d.member for d in docs if d.member and d.split in SPLITS_BY_MEMBER[:4])
    assert all(n == 1 for n in members.values()), "a member is sampled twice"
    third = Counter(d.member for d in docs if d.split == "holdout3")
    assert len(third) == 37 and sorted(third.values())[-4:] == [1, 2, 2, 2]
    for key in ("member", "site"):
        seen: dict[str, set[str]] = {}
        for d in docs:
            if getattr(d, key):
                seen.setdefault(d.split, set()).add(getattr(d, key))
        for a, b in combinations(SPLITS_BY_MEMBER, 2):
            shared = seen.get(a, set()) & seen.get(b, set())
            assert not shared, f"{key} in both {a} and {b}: {shared}"


def test_the_later_holdouts_hold_out_releases_of_members_outside_dev() -> None:
    docs = load_gold()
    dev = {d.member for d in docs if d.split == "dev" and d.member}
    later = tuple(f"holdout{n}" for n in range(4, 34))
    for split in later:
        held = [d for d in docs if d.split == split]
        others = {d.doc for d in docs if d.split != split}
        assert len({d.member for d in held}) == 40
        assert not {d.member for d in held} & dev
        assert not {d.doc for d in held} & others


def test_the_holdout_is_scored_only_when_named() -> None:
    from press.eval_speakers import DEFAULT_SPLITS, READABLE

    assert "holdout" not in DEFAULT_SPLITS
    assert "holdout2" not in DEFAULT_SPLITS
    assert "holdout3" not in DEFAULT_SPLITS
    assert "holdout4" not in DEFAULT_SPLITS
    assert "holdout5" not in DEFAULT_SPLITS
    assert "holdout6" not in DEFAULT_SPLITS
    assert "holdout7" not in DEFAULT_SPLITS
    assert "holdout8" not in DEFAULT_SPLITS
    assert "holdout9" not in DEFAULT_SPLITS
    assert "holdout10" not in DEFAULT_SPLITS
    assert "holdout11" not in DEFAULT_SPLITS
    assert "holdout12" not in DEFAULT_SPLITS
    assert "holdout13" not in DEFAULT_SPLITS
    assert "holdout14" not in DEFAULT_SPLITS
    assert "holdout15" not in DEFAULT_SPLITS
    assert "holdout16" not in DEFAULT_SPLITS
    assert "holdout17" not in DEFAULT_SPLITS
    assert "holdout18" not in DEFAULT_SPLITS
    assert "holdout19" not in DEFAULT_SPLITS
    assert "holdout20" not in DEFAULT_SPLITS
    assert "holdout21" not in DEFAULT_SPLITS
    assert "holdout22" not in DEFAULT_SPLITS
    assert "holdout23" not in DEFAULT_SPLITS
    assert "holdout24" not in DEFAULT_SPLITS
    assert "holdout25" not in DEFAULT_SPLITS
    assert "holdout26" not in DEFAULT_SPLITS
    assert "holdout27" not in DEFAULT_SPLITS
    assert "holdout28" not in DEFAULT_SPLITS
    assert "holdout29" not in DEFAULT_SPLITS
    assert "holdout30" not in DEFAULT_SPLITS
    assert "holdout31" not in DEFAULT_SPLITS
    assert "holdout32" not in DEFAULT_SPLITS
    assert "holdout33" not in DEFAULT_SPLITS
    assert "holdout32" in READABLE
    assert "holdout33" not in READABLE


# -- the scorer on a document written for the test ---------------------------------------

TEXT = (
    'Rep. Jane Roe said the "Clean Rivers Act" passes today. "We did it," Roe said. '
    '"It took years," said Sam Poe, the mayor. "Both of us are glad," they said.'
)


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def _gold() -> GoldDoc:
    segments = [
        GoldSegment(*_span("Clean Rivers Act"), "not-speech"),
        GoldSegment(*_span("We did it,"), "speech", ["Jane Roe"]),
        GoldSegment(*_span("It took years,"), "speech", ["Sam Poe"]),
        GoldSegment(*_span("Both of us are glad,"), "speech", ["Jane Roe", "Sam Poe"]),
    ]
    speakers = [
        GoldSpeaker("Jane Roe", aliases=["Roe", "Rep. Jane Roe"]),
        GoldSpeaker("Sam Poe", aliases=["Poe"]),
    ]
    return GoldDoc("release:0", "dev", "", speakers, segments, member="jane_roe")


def _quote(text: str, speakers: list[str]) -> Quote:
    start = TEXT.index(text)
    return Quote(text, speakers=speakers, start=start, end=start + len(text))


def test_scorer_counts_recall_titles_and_values() -> None:
    doc = Document(headline=None, body=[TEXT])
    doc.quotes = [
        _quote("Clean Rivers Act", ["Rep. Jane Roe"]),  # a title given a speaker
        _quote("We did it,", ["Roe"]),  # right speaker, not canonical
        _quote("It took years,", ["Sam Poe, the mayor"]),  # names nobody exactly
        _quote("Both of us are glad,", ["Jane Roe", "Sam Poe"]),  # joint, canonical
    ]
    counts = score_document(Source(_gold(), TEXT), doc).counts
    assert counts.gold_speech_known == 3
    assert counts.speech_named == 2
    assert counts.nonspeech_given_speaker == 1
    assert (counts.values, counts.values_one_real, counts.values_canonical) == (5, 4, 2)


def test_a_quote_holding_a_title_does_not_speak_the_title() -> None:
    gold = _gold()
    outer = _span('Rep. Jane Roe said the "Clean Rivers Act" passes today.')
    gold.segments.append(GoldSegment(*outer, "speech", ["Jane Roe"]))
    doc = Document(headline=None, body=[TEXT])
    doc.quotes = [_quote(TEXT[outer[0] : outer[1]], ["Jane Roe"])]
    counts = score_document(Source(gold, TEXT), doc).counts
    assert counts.nonspeech_given_speaker == 0
    assert counts.speech_named == 1


def test_a_shared_surname_names_two_speakers() -> None:
    speakers = [GoldSpeaker("Ann Lee", aliases=["Lee"]), GoldSpeaker("Bo Lee", aliases=["Lee"])]
    assert len(resolve("Lee", speakers)) == 2
    assert [s.name for s in resolve("bo  lee", speakers)] == ["Bo Lee"]


# -- the scorer on the corpus --------------------------------------------------------------


def test_scorer_runs_on_three_documents() -> None:
    corpus = corpus_path("congress-press-releases", "releases.jsonl.gz").parents[1]
    # The releases nearest the start of the corpus file, so the test reads little of it.
    scored = [d for d in load_gold() if d.kind == "release" and d.split in ("dev", "check")]
    releases = sorted(scored, key=lambda d: int(d.ref))[:3]
    report = evaluate_speakers(corpus, only=[d.doc for d in releases])
    counts = report.counts[("all", "issuer")]
    assert counts.documents == 3
    assert counts.gold_segments == sum(len(d.segments) for d in releases)
    assert report.counts[("all", "bare")].documents == 3
    assert len(report.lines()) == 6


def test_a_statement_cut_in_two_counts_when_both_parts_are_right() -> None:
    doc = Document(headline=None, body=[TEXT])
    doc.quotes = [_quote("Both of", ["Jane Roe", "Sam Poe"]), _quote(" us are glad,", ["Roe"])]
    counts = score_document(Source(_gold(), TEXT), doc).counts
    assert (counts.speech_found, counts.speech_named) == (1, 0)  # half named one speaker
    doc.quotes[1] = _quote(" us are glad,", ["Sam Poe", "Jane Roe"])
    counts = score_document(Source(_gold(), TEXT), doc).counts
    assert (counts.speech_found, counts.speech_named) == (1, 1)


def test_quotes_are_placed_in_the_text_as_the_importer_repairs_it() -> None:
    # Curly marks of Windows-1252 read as Mac Roman: the parse reads the repaired text, so
    # its quote holds `’` where the annotated text holds `í`; the span found is given back
    # in the annotated text's offsets, across a repair that changes the text's length too.
    raw = "ìWe did,�? said Sam Poe. Rep. Jane Roe spoke. ìWeíve done it,î Roe said."
    said = "Weíve done it,"
    gold = GoldDoc(
        "release:0",
        "dev",
        "",
        [GoldSpeaker("Jane Roe", aliases=["Roe"])],
        [GoldSegment(raw.index(said), raw.index(said) + len(said), "speech", ["Jane Roe"])],
        member="jane_roe",
    )
    doc = Document(headline=None, body=[raw])
    doc.quotes = [Quote("We’ve done it,", speakers=["Jane Roe"], start=0, end=0)]
    counts = score_document(Source(gold, raw), doc).counts
    assert counts.predicted_unplaced == 0
    assert (counts.speech_found, counts.speech_named) == (1, 1)
