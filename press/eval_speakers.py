"""Score speaker attribution against the hand-annotated sample `tests/gold/speakers.jsonl`.

Usage: python -m press.eval_speakers [--gold PATH] [--corpus DIR] [--limit N]
       [--split dev|check|holdout|holdout2|...|holdout33 ...]
       [--show-dev-misses]
       (also `press evaluate speakers --out DIR`)

Every quoted segment of 60 congressional releases and 20 news pages is labelled `speech`
(with its canonical speakers, or none when the text does not say who) or `not-speech`
(titles, scare quotes, quoted law text); each document lists its real speakers with
the forms and aliases the text uses. Gold offsets point into the release's `text`
field, or into a news page's ground-truth main text (`articleBody` of the
article-extraction-benchmark, `main_content` of WCXB); see docs/evaluation.md.

Each document is parsed two ways: `issuer`, as `press import --map member=issuer --map
text=text --map date=published` reads a release, and `bare`, as `press parse` reads the
release text alone. News pages have no issuer: both modes parse the HTML page as
`press parse page.html` does. Predicted quotes are placed in the gold text by their
text, then matched to gold segments by character overlap. Figures per split (`dev`,
`check`, `all`) and mode:

- recall: gold speech segments with a known speaker (outside release headlines) whose
  overlapping predicted quote names exactly those speakers (each value naming one real
  speaker; a joint quote must name all of them);
- nonspeech_per100: gold non-speech segments that a predicted quote gives a speaker,
  per 100 documents;
- one_real: share of predicted speaker values (distinct per document) that name exactly
  one real speaker of the document; a value counts when one of its quotes is placed in
  the gold text (a news page's ground truth can leave out paragraphs the parse keeps,
  whose speakers the gold cannot list: such values are unjudged, and listed as such);
- canonical: share of those values equal to a real speaker's canonical name (no title,
  no second person).

`dev`, `check` and `holdout` to `holdout32` documents may be listed one by one
(`--show-misses dev|…|holdout32`; each was held out until the next split was
annotated). The `holdout` split (30 releases of members in no other split,
drawn by `scripts/speaker_sample.py --holdout`) was read once its figures were taken;
`holdout2` (30 releases of the next 30 members, `--holdout2`, annotated before the rules
written from the holdout's misses) once the next split was annotated; `holdout3` (40
releases of the 37 members left, `--holdout3`, annotated before the rules written from
holdout2's misses) once `holdout4` was annotated. Every member was then in a split:
`holdout4` (40 releases no split of either gold file holds, one each from 40 members
outside `dev`, `--holdout4`, annotated before the rules written from holdout3's misses)
holds out releases, not members; it was read once `holdout5` (the next 40 drawn the
same way, `--holdout5`, annotated before the rules written from holdout4's misses) was
annotated, `holdout5` once `holdout6` (the next 40, `--holdout6`, annotated before
the rules written from holdout5's misses) was, `holdout6` once `holdout7` (the next
40, `--holdout7`, annotated before the rules written from holdout6's misses) was,
`holdout7` once `holdout8` (the next 40, `--holdout8`, annotated before the rules
written from holdout7's misses) was, `holdout8` once `holdout9` (the next 40,
`--holdout9`, annotated before the rules written from holdout8's misses) was,
`holdout9` once `holdout10` (the next 40, `--holdout10`, annotated before the rules
written from holdout9's misses) was, `holdout10` once `holdout11` (the next 40,
`--holdout11`, annotated before the rules written from holdout10's misses) was,
`holdout11` once `holdout12` (the next 40, `--holdout12`, annotated before the rules
written from holdout11's misses) was, `holdout12` once `holdout13` (the next 40,
`--holdout13`, annotated before the rules written from holdout12's misses) was,
`holdout13` once `holdout14` (the next 40, `--holdout14`, annotated before the rules
written from holdout13's misses) was, `holdout14` once `holdout15` (the next 40,
`--holdout15`, annotated before the rules written from holdout14's misses) was,
`holdout15` once `holdout16` (the next 40, `--holdout16`, annotated before the rules
written from holdout15's misses) was, `holdout16` once `holdout17` (the next 40,
`--holdout17`, annotated before the rules written from holdout16's misses) was,
`holdout17` once `holdout18` (the next 40, `--holdout18`, annotated before the rules
written from holdout17's misses) was, `holdout18` once `holdout19` (the next 40,
`--holdout19`, annotated before the rules written from holdout18's misses) was,
`holdout19` once `holdout20` (the next 40, `--holdout20`, annotated before the rules
written from holdout19's misses) was, `holdout20` once `holdout21` (the next 40,
`--holdout21`, annotated before the rules written from holdout20's misses) was,
`holdout21` once `holdout22` (the next 40, `--holdout22`, annotated before the rules
written from holdout21's misses) was, `holdout22` once `holdout23` (the next 40,
`--holdout23`, annotated before the rules written from holdout22's misses) was,
`holdout23` once `holdout24` (the next 40, `--holdout24`, annotated before the rules
written from holdout23's misses) was, `holdout24` once `holdout25` (the next 40,
`--holdout25`, annotated before the rules written from holdout24's misses) was,
`holdout25` once `holdout26` (the next 40, `--holdout26`, annotated before the rules
written from holdout25's misses) was, `holdout26` once `holdout27` (the next 40,
`--holdout27`, annotated before the rules written from holdout26's misses) was,
`holdout27` once `holdout28` (the next 40, `--holdout28`, annotated before the rules
written from holdout27's misses) was, `holdout28` once `holdout29` (the next 40,
`--holdout29`, annotated before the rules written from holdout28's misses) was,
`holdout29` once `holdout30` (the next 40, `--holdout30`, annotated before the rules
written from holdout29's misses) was, `holdout30` once `holdout31` (the next 40,
`--holdout31`, annotated before the rules written from holdout30's misses) was,
`holdout31` once `holdout32` (the next 40, `--holdout32`, annotated before the rules
written from holdout31's misses) was, and `holdout32` once `holdout33` (the next 40,
`--holdout33`, annotated before the rules written from holdout32's misses) was. The
newest is scored only when asked for by name, and its release misses are never shown.
News pages (`tests/gold/speakers-news.jsonl`, sites in no other split, drawn by
`scripts/news_sample.py`): `holdout3` (15 pages), `holdout4` (the next 20 sites,
annotated before the rules written from holdout3's pages; read since holdout5 was
annotated), `holdout5` (the next 20 sites, annotated before the rules written from
holdout4's pages; read since holdout6 was annotated), `holdout6` (the next 20 sites,
annotated before the rules written from holdout5's pages; read since holdout7 was
annotated), `holdout7` (the next 20 sites, annotated before the rules written from
holdout6's pages; read since holdout8 was annotated), `holdout8` (the next 20 sites,
annotated before the rules written from holdout7's pages; read since holdout9 was
annotated), `holdout9` (the next 20 sites, annotated before the rules written from
holdout8's pages; read since holdout10 was annotated), `holdout10` (the next 20 sites,
annotated before the rules written from holdout9's pages; read since holdout11 was
annotated), `holdout11` (the next 20 sites whose pages hold reported speech,
annotated before the rules written from holdout10's pages; read since holdout12 was
annotated), `holdout12` (the 6 sites left with such pages of 2-10 quoted segments,
then 14 sites with such pages of 11-15, annotated before the rules written from
holdout11's pages; read since holdout13 was annotated), `holdout13` (the 6 sites
left with such pages of 2-15 segments whose quotes were not read for rules, then 11
sites with such pages of 16-25 and 3 of 26-30, annotated before the rules written from
holdout12's pages; read since holdout14 was annotated) and `holdout14` (the 3 sites
left with such pages of 2-30 segments, then 7 with such pages of 31-45 and 2 of 46-60:
12 pages, every unused site with such a page up to 60 segments, annotated before the
rules written from holdout13's pages; read since the releases' holdout15 was annotated:
no news split was drawn beside it, nor beside the releases' holdout16 to holdout33, so
the pages have no sealed split until the next one is).
"""

from __future__ import annotations

import bisect
import difflib
import gzip
import hashlib
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.repair import repair_text
from press.eval_common import REPO_ROOT, jsonl_lines
from search.model import Document, Quote, quote_paragraph_text

GOLD_PATH = REPO_ROOT / "tests" / "gold" / "speakers.jsonl"
RELEASES = Path("congress-press-releases") / "releases.jsonl.gz"
RELEASE_MAP = {"member": "issuer", "text": "text", "date": "published"}
SPLITS = (
    "dev",
    "check",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
)
# Release splits whose misses may be listed; the newest holdout's never are.
READABLE = SPLITS[:-1]
# News pages only: their holdout3 was read once their holdout4 was annotated, their
# holdout4 once their holdout5 was, their holdout5 once their holdout6 was, their
# holdout6 once their holdout7 was, their holdout7 once their holdout8 was, their
# holdout8 once their holdout9 was, their holdout9 once their holdout10 was, their
# holdout10 once their holdout11 was, their holdout11 once their holdout12 was, their
# holdout12 once their holdout13 was, their holdout13 once their holdout14 was. Their
# holdout14 is read since the releases' holdout15 was annotated, beside which no news
# split was drawn (nor beside the releases' holdout16 to holdout33): every news split may
# be listed until the next one is annotated.
READABLE_PAGES = SPLITS[SPLITS.index("holdout3") : SPLITS.index("holdout15")]
# Scored unless splits are named: the holdouts are scored only when asked for.
DEFAULT_SPLITS = ("dev", "check")
MODES = ("issuer", "bare")
LABELS = ("speech", "not-speech")
# Predicted quotes stand for a gold segment when together they cover this share of it.
MIN_COVER = 0.5
_SPACE = re.compile(r"\s+")
# One character for one, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})


class GoldError(ValueError):
    """The gold file is malformed or does not fit the corpus it points into."""


@dataclass
class GoldSpeaker:
    name: str
    kind: str = "person"
    forms: list[str] = field(default_factory=list)  # other canonical spellings
    aliases: list[str] = field(default_factory=list)  # surnames, "Rep. X" as written

    def canonical_keys(self) -> set[str]:
        return {name_key(n) for n in [self.name, *self.forms]}

    def keys(self) -> set[str]:
        return self.canonical_keys() | {name_key(a) for a in self.aliases}


@dataclass
class GoldSegment:
    start: int
    end: int
    label: str
    speakers: list[str] | None = None
    headline: bool = False


@dataclass
class GoldDoc:
    doc: str  # "release:<line>", "article-extraction-benchmark:<id>" or "wcxb:<id>"
    split: str
    sha: str
    speakers: list[GoldSpeaker]
    segments: list[GoldSegment]
    member: str | None = None
    site: str | None = None

    @property
    def kind(self) -> str:
        return "release" if self.doc.startswith("release:") else "page"

    @property
    def ref(self) -> str:
        return self.doc.partition(":")[2]


# -- the gold file ------------------------------------------------------------------


def load_gold(path: Path | str | None = None) -> list[GoldDoc]:
    """Every annotated document; a GoldError names the line and what is wrong."""
    path = Path(path or GOLD_PATH)
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(_gold_doc(json.loads(line)))
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}:{n}: {exc}") from exc
        if docs[-1].doc in seen:
            raise GoldError(f"{path}:{n}: {docs[-1].doc} annotated twice")
        seen.add(docs[-1].doc)
    return docs


def _gold_doc(rec: dict[str, Any]) -> GoldDoc:
    speakers = [
        GoldSpeaker(s["name"], s.get("kind", "person"), s.get("forms", []), s.get("aliases", []))
        for s in rec["speakers"]
    ]
    names = {s.name for s in speakers}
    segments = []
    for s in rec["segments"]:
        seg = GoldSegment(
            s["start"], s["end"], s["label"], s.get("speakers"), s.get("headline", False)
        )
        if seg.label not in LABELS:
            raise ValueError(f"label {seg.label!r} is not one of {LABELS}")
        if not 0 <= seg.start < seg.end:
            raise ValueError(f"bad offsets {seg.start}..{seg.end}")
        if seg.label == "not-speech" and seg.speakers:
            raise ValueError("a not-speech segment has speakers")
        for name in seg.speakers or []:
            if name not in names:
                raise ValueError(f"speaker {name!r} is not among the document's speakers")
        segments.append(seg)
    doc = GoldDoc(
        rec["doc"], rec["split"], rec["sha"], speakers, segments, rec.get("member"), rec.get("site")
    )
    if doc.split not in SPLITS:
        raise ValueError(f"split {doc.split!r} is not one of {SPLITS}")
    if doc.kind == "release" and not doc.member:
        raise ValueError("a release needs its member")
    return doc


def may_list(doc: GoldDoc) -> bool:
    """Whether the misses of `doc` may be listed (its split has been read). News pages
    follow their own holdouts: a release split made readable does not open theirs."""
    if doc.kind == "page":
        return doc.split in DEFAULT_SPLITS or doc.split in READABLE_PAGES
    return doc.split in READABLE


def text_hash(text: str) -> str:
    """The first 16 hex digits of the text's SHA-256 (UTF-8), as the gold file stores it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- the corpus ---------------------------------------------------------------------


@dataclass
class Source:
    """What the parser reads for one gold document, and the text the offsets point into."""

    gold: GoldDoc
    text: str
    record: dict[str, Any] | None = None  # a release's JSON record
    html: bytes | None = None
    url: str | None = None


def read_sources(docs: list[GoldDoc], corpus: Path) -> list[Source]:
    """The corpus items of `docs`, checked against the stored text hashes."""
    lines = {int(d.ref) for d in docs if d.kind == "release"}
    records = _release_records(corpus / RELEASES, lines) if lines else {}
    truth: dict[str, Any] = {}
    out = []
    for doc in docs:
        if doc.kind == "release":
            record = records[int(doc.ref)]
            source = Source(doc, record["text"], record=record)
        else:
            set_name = doc.doc.partition(":")[0]
            text, url = _page_truth(corpus, set_name, doc.ref, truth)
            folder = corpus / set_name / ("dev" if set_name == "wcxb" else "")
            with gzip.open(folder / "html" / f"{doc.ref}.html.gz") as f:
                source = Source(doc, text, html=f.read(), url=url)
        if text_hash(source.text) != doc.sha:
            raise GoldError(f"{doc.doc}: the corpus text has changed since it was annotated")
        out.append(source)
    return out


def _release_records(path: Path, lines: set[int]) -> dict[int, dict[str, Any]]:
    """The releases at `lines` (counted from 0, as the gold names them)."""
    try:
        return jsonl_lines(path, lines, first=0)
    except ValueError as exc:
        raise GoldError(str(exc)) from exc


def _page_truth(corpus: Path, set_name: str, ref: str, cache: dict[str, Any]) -> tuple[str, str]:
    if set_name == "article-extraction-benchmark":
        if set_name not in cache:
            path = corpus / set_name / "ground-truth.json"
            cache[set_name] = json.loads(path.read_text(encoding="utf-8"))
        gold = cache[set_name][ref]
        return gold["articleBody"], gold.get("url") or ""
    if set_name == "wcxb":
        path = corpus / "wcxb" / "dev" / "ground-truth" / f"{ref}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        return gold["ground_truth"]["main_content"], gold.get("url") or ""
    raise GoldError(f"unknown page set {set_name!r}")


# -- parsing the two ways ---------------------------------------------------------------


def parse(source: Source, mode: str) -> Document:
    """The project's own parse of one document, read from a file by the importer pipeline
    exactly as `press import --map member=issuer …` (mode `issuer`, a release's JSON
    record) or `press parse` (mode `bare`: the release text as a .txt file, or the page as
    a .html file) reads it. A document the importer refuses parses to no quotes."""
    from importers.options import ParseOptions
    from importers.pipeline import ImportSummary, iter_documents

    if source.html is not None:
        name, data, options = "page.html", source.html, ParseOptions()
    elif mode == "issuer":
        record = json.dumps(source.record, ensure_ascii=False) + "\n"
        name, data = "release.jsonl", record.encode("utf-8")
        options = ParseOptions(field_map=dict(RELEASE_MAP))
    else:
        name, data, options = "release.txt", source.text.encode("utf-8"), ParseOptions()
    with tempfile.TemporaryDirectory(prefix="speaker-gold-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        docs = [doc for _, doc in iter_documents([str(path)], options, ImportSummary())]
    return docs[0] if docs else Document(headline=None, body=[])


def quote_speakers(quote: Quote) -> list[str]:
    """Every speaker value a quote carries (`speakers`, else `speaker`)."""
    if quote.speakers:
        return list(quote.speakers)
    return [quote.speaker] if quote.speaker else []


# -- placing predicted quotes in the gold text -------------------------------------------


class Folded:
    """A text with whitespace runs folded to one space and quote marks unified, mapped back."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        self.index: list[int] = []
        previous_space = True
        for i, ch in enumerate(unicodedata.normalize("NFC", text).translate(_FOLD)):
            if ch.isspace():
                if previous_space:
                    continue
                ch, previous_space = " ", True
            else:
                previous_space = False
            chars.append(ch)
            self.index.append(i)
        self.text = "".join(chars)

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.index[start], self.index[end - 1] + 1


def fold(text: str) -> str:
    return Folded(text).text.strip()


def place_quotes(doc: Document, text: str) -> list[tuple[int, int] | None]:
    """Each quote's (start, end) in `text`, found by its words near where its paragraph is;
    None where the quote's text is not in `text` (a page's boilerplate, say).

    The words are looked for in the text as the importer repairs it (marks and dashes of a
    wrong encoding put back, invisible characters removed), as the parse read it, and the
    span found there is given back in the annotated text's offsets."""
    repaired = repair_text(text)
    ref = Folded(repaired)
    to_text = _offsets_back(text, repaired)
    # Where each paragraph stands in the text, the head's lines (the headline, the
    # subheadlines) before the body's, as a quote's (part, paragraph) names them.
    paragraph_at: dict[tuple[str, int], int] = {}
    cursor = 0
    parts = [("headline", 0, doc.headline or "")]
    parts += [("subheading", i, line) for i, line in enumerate(doc.subheadings)]
    for part, i, para in parts:
        found = ref.text.find(fold(para)[:200], cursor) if para.strip() else -1
        if found >= 0:
            paragraph_at[part, i] = found
            cursor = found
    cursor = 0  # the body is found from the start: a head line may be missing from the text
    for i, para in enumerate(doc.body):
        found = ref.text.find(fold(para)[:200], cursor)
        if found >= 0:
            paragraph_at["body", i] = found
            cursor = found
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for quote in doc.quotes:
        needle = fold(quote.text)
        if not needle:
            spans.append(None)
            continue
        hint = paragraph_at.get((quote.part, quote.paragraph))
        para = quote_paragraph_text(doc, quote) or ""
        expected = hint + len(fold(para[: quote.start])) if hint is not None else cursor
        hits = _occurrences(ref.text, needle)
        if not hits:
            spans.append(None)
            continue
        start = min(hits, key=lambda h: (abs(h - expected), h))
        begin, end = ref.original(start, start + len(needle))
        spans.append((to_text(begin), to_text(end - 1) + 1))
        cursor = start
    return spans


def _offsets_back(text: str, repaired: str) -> Callable[[int], int]:
    """A map from offsets in `repaired` to offsets in `text`: the same offset where the
    repair changed nothing; else aligned by the runs the two share, an offset inside a
    changed run going to that run's start in `text`."""
    if repaired == text:
        return lambda at: at
    runs = difflib.SequenceMatcher(None, repaired, text, autojunk=False).get_opcodes()
    starts = [run[1] for run in runs]

    def back(at: int) -> int:
        tag, r_start, _r_end, t_start, _t_end = runs[bisect.bisect_right(starts, at) - 1]
        return t_start + (at - r_start) if tag == "equal" else t_start

    return back


def _occurrences(haystack: str, needle: str) -> list[int]:
    hits, at = [], haystack.find(needle)
    while at >= 0:
        hits.append(at)
        at = haystack.find(needle, at + 1)
    return hits


# -- matching and counting -----------------------------------------------------------------


def name_key(name: str) -> str:
    """A speaker value as compared: case, spacing, apostrophes and edge punctuation folded."""
    folded = unicodedata.normalize("NFKC", name).translate(_FOLD).casefold()
    return _SPACE.sub(" ", folded).strip(" .,;:\"'()")


def resolve(value: str, speakers: list[GoldSpeaker]) -> list[GoldSpeaker]:
    """The document's real speakers a predicted value names (one, none or several)."""
    key = name_key(value)
    return [s for s in speakers if key in s.keys()]


@dataclass
class Counts:
    """Plain counts behind the four figures, summed over documents."""

    documents: int = 0
    releases: int = 0
    gold_segments: int = 0
    gold_speech: int = 0
    gold_speech_known: int = 0  # with a speaker, outside headlines: the recall base
    gold_speech_unknown: int = 0
    gold_nonspeech: int = 0
    speech_found: int = 0  # a predicted quote overlaps the segment
    speech_named: int = 0  # … and names exactly its speakers
    speech_canonical: int = 0  # … in canonical form
    nonspeech_given_speaker: int = 0
    predicted_quotes: int = 0
    predicted_with_speaker: int = 0
    predicted_unplaced: int = 0
    values: int = 0  # distinct speaker values per document, of quotes in the gold text
    # … and values only of quotes the gold text does not hold (a news page's ground
    # truth may leave out paragraphs the parse keeps): neither right nor wrong.
    values_unjudged: int = 0
    values_one_real: int = 0
    values_canonical: int = 0
    # Recall per document, summed, so one long transcript does not stand for a whole half.
    docs_with_speech: int = 0
    doc_recall_sum: float = 0.0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | None]:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "recall": share(self.speech_named, self.gold_speech_known),
            "nonspeech_per100": (
                round(100 * self.nonspeech_given_speaker / self.documents, 2)
                if self.documents
                else None
            ),
            "one_real": share(self.values_one_real, self.values),
            "canonical": share(self.values_canonical, self.values),
            "recall_per_document": (
                round(self.doc_recall_sum / self.docs_with_speech, 3)
                if self.docs_with_speech
                else None
            ),
        }


@dataclass
class DocResult:
    counts: Counts
    misses: list[str]  # readable notes, for dev documents only


def score_document(source: Source, doc: Document) -> DocResult:
    """Compare one parse with its gold annotation."""
    gold = source.gold
    counts = Counts(documents=1, releases=int(gold.kind == "release"))
    notes: list[str] = []
    spans = place_quotes(doc, source.text)
    predicted = [(q, span) for q, span in zip(doc.quotes, spans, strict=True)]
    counts.predicted_quotes = len(predicted)
    counts.predicted_with_speaker = sum(1 for q, _ in predicted if quote_speakers(q))
    counts.predicted_unplaced = sum(1 for _, span in predicted if span is None)
    # Reported speech has no quotation marks, so it stands for no gold segment.
    marked = [(q, span) for q, span in predicted if span is not None and q.kind != "reported"]
    for seg in gold.segments:
        counts.gold_segments += 1
        candidates = _standing_for(seg, gold.segments, marked)
        if seg.label == "not-speech":
            counts.gold_nonspeech += 1
            spoken = [(q, span) for q, span in candidates if quote_speakers(q)]
            if _covers(seg, [span for _, span in spoken]):
                counts.nonspeech_given_speaker += 1
                given = quote_speakers(spoken[0][0])
                notes.append(f"not speech given {given}: {_show(source, seg)}")
            continue
        counts.gold_speech += 1
        if seg.speakers is None:
            counts.gold_speech_unknown += 1
            continue
        if seg.headline:
            continue
        counts.gold_speech_known += 1
        counts.speech_found += _covers(seg, [span for _, span in candidates])
        want = set(seg.speakers)
        named = [
            (q, span)
            for q, span in candidates
            if _names_exactly(quote_speakers(q), want, gold.speakers)
        ]
        if _covers(seg, [span for _, span in named]):
            counts.speech_named += 1
            canon = {
                name_key(n) for s in gold.speakers if s.name in want for n in [s.name, *s.forms]
            }
            in_form = [
                span for q, span in named if all(name_key(v) in canon for v in quote_speakers(q))
            ]
            counts.speech_canonical += _covers(seg, in_form)
        else:
            got = [quote_speakers(q) for q, _ in candidates] or "no quote"
            notes.append(f"speech of {sorted(want)} got {got}: {_show(source, seg)}")
    canonical = (
        set().union(*(s.canonical_keys() for s in gold.speakers)) if gold.speakers else set()
    )
    values = {v for q, span in predicted if span is not None for v in quote_speakers(q)}
    outside = {v for q, _ in predicted for v in quote_speakers(q)} - values
    counts.values_unjudged = len(outside)
    for value in sorted(outside):
        notes.append(f"value {value!r} is given only outside the annotated text (unjudged)")
    for value in sorted(values):
        counts.values += 1
        real = resolve(value, gold.speakers)
        if len(real) == 1:
            counts.values_one_real += 1
        else:
            notes.append(f"value {value!r} names {len(real)} real speakers")
        if name_key(value) in canonical:
            counts.values_canonical += 1
        elif len(real) == 1:
            notes.append(f"value {value!r} is not canonical ({real[0].name})")
    if counts.gold_speech_known:
        counts.docs_with_speech = 1
        counts.doc_recall_sum = counts.speech_named / counts.gold_speech_known
    return DocResult(counts, notes)


def _standing_for(
    seg: GoldSegment,
    segments: list[GoldSegment],
    marked: list[tuple[Quote, tuple[int, int]]],
) -> list[tuple[Quote, tuple[int, int]]]:
    """Predicted quotes overlapping `seg`, less those standing for a segment that holds it
    (a quote of a statement is not a quote of the title inside it)."""
    out = []
    for quote, (start, end) in marked:
        overlap = _overlap(seg.start, seg.end, start, end)
        if not overlap:
            continue
        outer = [
            o
            for o in segments
            if o is not seg
            and o.start <= seg.start
            and seg.end <= o.end
            and _overlap(o.start, o.end, start, end) > overlap
        ]
        if not outer:
            out.append((quote, (start, end)))
    return out


def _covers(seg: GoldSegment, spans: list[tuple[int, int]]) -> bool:
    """Whether `spans` together cover at least MIN_COVER of `seg` (a statement the parse
    cut in two still counts when both parts are right)."""
    covered, reach = 0, seg.start
    for start, end in sorted(spans):
        start, end = max(start, reach), min(end, seg.end)
        if end > start:
            covered += end - start
            reach = end
    return covered >= MIN_COVER * (seg.end - seg.start)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _names_exactly(values: list[str], want: set[str], speakers: list[GoldSpeaker]) -> bool:
    named: set[str] = set()
    for value in values:
        real = resolve(value, speakers)
        if len(real) != 1:
            return False
        named.add(real[0].name)
    return named == want


def _show(source: Source, seg: GoldSegment) -> str:
    words = source.text[seg.start : seg.end].split()
    short = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    return f"{source.gold.doc} [{seg.start}:{seg.end}] {short}"


# -- the whole sample -------------------------------------------------------------------


@dataclass
class Report:
    """Counts and figures per (split, mode), `all` included, and dev notes."""

    counts: dict[tuple[str, str], Counts]
    dev_notes: dict[str, list[str]]  # misses of the splits that may be read, by document
    by_kind: dict[tuple[str, str, str], Counts] = field(default_factory=dict)

    def figures(self) -> dict[str, dict[str, Any]]:
        rows = {f"{split}/{mode}": c for (split, mode), c in self.counts.items()}
        rows |= {f"{split}/{mode}/{kind}s": c for (split, mode, kind), c in self.by_kind.items()}
        return {name: {**c.figures(), "counts": c.__dict__.copy()} for name, c in rows.items()}

    def lines(self, by_kind: bool = False) -> list[str]:
        """One line per split and mode; with `by_kind`, releases and pages apart too."""
        rows = [(f"{split:<5} {mode:<6}", c) for (split, mode), c in self.counts.items()]
        if by_kind:
            rows += [
                (f"{split:<5} {mode:<6} {kind + 's':<8}", c)
                for (split, mode, kind), c in self.by_kind.items()
            ]
        out = []
        for label, c in rows:
            f = c.figures()
            out.append(
                f"{label} {c.documents:>2} docs: "
                f"recall {_fmt(f['recall'])} ({c.speech_named}/{c.gold_speech_known}; "
                f"per document {_fmt(f['recall_per_document'])}), "
                f"non-speech given a speaker {_fmt(f['nonspeech_per100'], 2)}/100 docs "
                f"({c.nonspeech_given_speaker}/{c.gold_nonspeech}), "
                f"one real speaker {_fmt(f['one_real'])} ({c.values_one_real}/{c.values}), "
                f"canonical {_fmt(f['canonical'])} ({c.values_canonical}/{c.values})"
                + (f", {c.values_unjudged} outside the gold text" if c.values_unjudged else "")
            )
        return out


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def evaluate_speakers(
    corpus: Path | str,
    gold_path: Path | str | None = None,
    *,
    limit: int | None = None,
    only: Iterable[str] | None = None,
    modes: Iterable[str] = MODES,
    splits: Iterable[str] = DEFAULT_SPLITS,
) -> Report:
    """Parse every gold document of `splits` (or the first `limit`, or those named in
    `only`) both ways and count against the annotation."""
    splits = tuple(splits)
    docs = [d for d in load_gold(gold_path) if d.split in splits]
    if only is not None:
        wanted = set(only)
        docs = [d for d in docs if d.doc in wanted]
    if limit is not None:
        docs = docs[:limit]
    sources = read_sources(docs, Path(corpus))
    counts: dict[tuple[str, str], Counts] = {}
    notes: dict[str, list[str]] = {}
    by_kind: dict[tuple[str, str, str], Counts] = {}
    modes = list(modes)
    for split in (*splits, "all"):
        for mode in modes:
            counts[(split, mode)] = Counts()
    for source in sources:
        for mode in modes:
            result = score_document(source, parse(source, mode))
            counts[(source.gold.split, mode)].add(result.counts)
            counts[("all", mode)].add(result.counts)
            for split in (source.gold.split, "all"):
                key = (split, mode, source.gold.kind)
                by_kind.setdefault(key, Counts()).add(result.counts)
            if may_list(source.gold) and result.misses:
                notes.setdefault(f"{source.gold.doc} {mode}", []).extend(result.misses)
    order = {name: n for n, name in enumerate((*SPLITS, "all", *modes))}
    kinds = sorted(by_kind, key=lambda k: (order[k[0]], order[k[1]], k[2] != "release"))
    return Report(counts, notes, {k: by_kind[k] for k in kinds})


if __name__ == "__main__":
    # The one command is `press evaluate speakers`; `python -m` hands it the arguments.
    import runpy

    sys.argv = ["press", "evaluate", "speakers", *sys.argv[1:]]
    runpy.run_module("press.cli", run_name="__main__", alter_sys=True)
