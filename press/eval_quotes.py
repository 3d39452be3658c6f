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
from importers.repair import repair_text
from importers.sentences import sentence_ends
from press.eval_common import corpus_dir
from search.model import Quote

BLANK_LINE = re.compile(r"\n\s*\n")


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


# After a cue, a participle of a verb of saying, or `going on to` and a verb.
_SECOND_ACT = re.compile(
    r"(?:,|\b(?:before|after|then|while))\s+(?:adding|asking|saying|suggesting|noting|telling"
    r"|warning|arguing|insisting)\b|\b(?:going|went)\s+on\s+to\s+[a-z]"
)


def _same_statement(group: list[Quote], q: Quote, paragraphs: list[str] | None) -> bool:
    prev = group[-1]
    if prev.part != q.part or prev.paragraph != q.paragraph or prev.speaker != q.speaker:
        return False
    # A quotation with a cue of its own starts a new statement: `“…,” she said. “…,” she
    # said.` is two. One cue splitting a statement (`“…,” she said, “…”`) leaves the
    # second part without a cue.
    if q.cue is not None:
        return False
    if paragraphs is not None and q.part == "body":
        # `“…,” she said, adding, “…”`, `“…,” he said, going on to say that “…”`,
        # `“…,” she sings before asking him, “…”`: a second act of saying after the cue
        # is an attribution of its own, its words another statement.
        if _SECOND_ACT.search(paragraphs[q.paragraph], prev.end, q.start):
            return False
        # `Holt told the board: “…,” she said. “…”`, `Holt said it mattered because
        # “…,” she said. “…”`: a quotation its own sentence introduced, then a cue after
        # it: that cue is a second attribution, whose words are the next quotation.
        if prev.cue is not None and _introduced_then_cued(paragraphs[q.paragraph], prev, q):
            return False
    if paragraphs is None or q.method == "continuation" or q.part != "body":
        return True  # `paragraphs` are the body's: a head quote's number is not one of them
    # `“…,” Holt said. Later she asked whether “…”`: a sentence of its own, attributed by
    # its own subject, is another statement; a title's full stop ends none (`“…,” Mr.
    # Holt said, “…”` is one statement split by its cue).
    between = paragraphs[q.paragraph][max(0, prev.end - 1) : q.start]
    return next(sentence_ends(between), None) is None


_SAYS_IN_LEAD = re.compile(
    r"\b(?:said|says|told|tells|explained|explains|wrote|writes|argued|argues|noted|notes"
    r"|added|adds|insisted|insists|warned|warns)\b"
)


def _introduced_then_cued(text: str, prev: Quote, q: Quote) -> bool:
    """`prev` opens inside a sentence that introduces it (a colon or a verb of saying
    before its opening mark), its cue follows it, and a sentence ends before `q`."""
    # Through the first letter of each quotation: a sentence ends before a capital.
    between = text[max(0, prev.end - 1) : q.start + 1]
    cue_after = (prev.cue or "").split()[:1]
    if not cue_after or f" {cue_after[0]}" not in between:
        return False
    if next(sentence_ends(between), None) is None:
        return False
    opening = max((end for end in sentence_ends(text[: prev.start + 1])), default=0)
    lead = text[opening : prev.start].rstrip(" “\"‘'")
    # The sentence attributes the words itself: a colon right before them, or a verb of
    # saying of its own (`Both parties “…,” said Cha.` is one sentence and one cue).
    return lead.endswith(":") or _SAYS_IN_LEAD.search(lead) is not None


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


# What the scorer counts as a gold direct quote and as its quoted part.
_GOLD_MARKS = '“”"'
_QUOTED_PART = re.compile(r'[“"]([^“”"]+)[”"]')
_WORD = re.compile(r"\w+")


def scoring_corpus(corpus: str | Path, split: str, scratch: str | Path) -> Path:
    """The corpus as `score_quotes.py --quoted-part` can read the PolNeAR `split`.

    A gold quote whose quoted part holds no word (a dash or an ellipsis between quotation
    marks) makes the scorer divide by zero; the `train` split has such quotes. Its
    measure cannot match them anyway, so they are left out of a view of the corpus made
    of links, with those attributions dropped from copies of their files; where there
    are none, the corpus itself is returned.
    """
    corpus = Path(corpus)
    base = corpus / "polnear" / split
    # The scorer reads the first annotation of each article in name order.
    first: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    fixed: dict[str, str] = {}
    for name, ann in first.items():
        text_path = base / "text" / f"{name}.txt"
        if text_path.is_file():
            kept = _scorable_lines(ann.read_text(encoding="utf-8"), text_path)
            if kept is not None:
                fixed[ann.name] = kept
    if not fixed:
        return corpus
    view = Path(scratch) / "corpus"
    attributions = view / "polnear" / split / "attributions"
    attributions.mkdir(parents=True)
    for entry in corpus.iterdir():
        if entry.name != "polnear":
            (view / entry.name).symlink_to(entry.resolve())
    for entry in (corpus / "polnear").iterdir():
        if entry.name != split:
            (view / "polnear" / entry.name).symlink_to(entry.resolve())
    (attributions.parent / "text").symlink_to((base / "text").resolve())
    for ann in (base / "attributions").glob("*.ann"):
        if ann.name in fixed:
            (attributions / ann.name).write_text(fixed[ann.name], encoding="utf-8")
        else:
            (attributions / ann.name).symlink_to(ann.resolve())
    return view


def _scorable_lines(ann: str, text_path: Path) -> str | None:
    """The annotation without its wordless gold quotes, or None when it has none."""
    lines = ann.splitlines(keepends=True)
    rows = [line.rstrip("\n").split("\t") for line in lines]
    spans: dict[str, str] = {}
    text = ""
    for fields in rows:
        if len(fields) >= 2 and fields[0].startswith("T"):
            text = text or text_path.read_text(encoding="utf-8")
            pieces = (piece.split() for piece in fields[1].split(" ", 1)[1].split(";"))
            spans[fields[0]] = " ".join(text[int(a) : int(b)] for a, b in pieces)
    drop = []
    for k, fields in enumerate(rows):
        if len(fields) < 2 or not fields[0].startswith("E"):
            continue
        args = dict(arg.split(":", 1) for arg in fields[1].split())
        content = " ".join(spans.get(args[r], "") for r in ("Content", "Content2") if r in args)
        if not any(mark in content for mark in _GOLD_MARKS) or not _WORD.search(content):
            continue
        quoted = " ".join(_QUOTED_PART.findall(content)) or content
        if not _WORD.search(quoted):
            drop.append(k)
    if not drop:
        return None
    return "".join(line for k, line in enumerate(lines) if k not in drop)


def predict_polnear(out_dir: str, split: str = "dev", corpus: str | Path | None = None) -> int:
    """Write predictions for every text of the PolNeAR `split`; returns how many.

    `corpus` defaults to the shared corpus beside the repository (or $PRESS_CORPUS).
    """
    text_dir = Path(corpus or corpus_dir()) / "polnear" / split / "text"
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for path in sorted(text_dir.glob("*.txt")):
        # Repaired as `press import` and `press parse` read a text (mis-decoded UTF-8).
        headline, paragraphs = split_article(repair_text(path.read_text(encoding="utf-8")))
        pred = prediction(paragraphs, headline)
        with open(Path(out_dir) / f"{path.stem}.json", "w", encoding="utf-8") as f:
            json.dump(pred, f, ensure_ascii=False)
        count += 1
    return count


# -- the speaker misses of a readable split ----------------------------------------

READABLE = ("dev",)  # the PolNeAR split whose misses may be listed; train is never read
_STOP = set(
    """a an the this that these those he she it they we i you him her them us me his hers
its their our my your who whom whose which what of in on at to for from by with and or but
as about after before into over under according mr mrs ms dr sen rep gov president senator
secretary gen rev prof st""".split()
)


def _tokens(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def _gold_quotes(base: Path, name: str) -> list[dict[str, str | None]]:
    """The gold direct quotes of one article as the scorer reads them: content, quoted
    part and source text."""
    text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
    anns = sorted((base / "attributions").glob(f"{name}_*.ann"))
    if not anns:
        return []
    spans: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for line in anns[0].read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            pieces = (p.split() for p in fields[1].split(" ", 1)[1].split(";"))
            spans[fields[0]] = " ".join(text[int(a) : int(b)] for a, b in pieces)
        elif fields[0].startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    gold: list[dict[str, str | None]] = []
    for event in events:
        content = " ".join(spans[event[k]] for k in ("Content", "Content2") if k in event)
        if any(mark in content for mark in _GOLD_MARKS) and _tokens(content):
            quoted = " ".join(_QUOTED_PART.findall(content)) or content
            source = spans.get(event.get("Source", ""))
            gold.append({"content": content, "quoted": quoted, "source": source})
    return gold


def _speaker_ok(pred: dict, source: str | None) -> bool:
    """The scorer's test: a capitalised word of the source (not a title) in the mention or
    speaker; a source without one (he, the spokesman) equal to the mention."""
    if not source:
        return False
    caps = {t.lower() for t in _WORD.findall(source) if t[0].isupper() and t.lower() not in _STOP}
    if caps:
        said = _tokens((pred.get("mention") or "") + " " + (pred.get("speaker") or ""))
        return bool(caps & set(said))
    mention = pred.get("mention") or pred.get("speaker") or ""
    return " ".join(mention.split()).lower() == " ".join(source.split()).lower()


def speaker_misses(pred_dir: str | Path, split: str, corpus: str | Path | None = None) -> list[str]:
    """One line per gold quote of a readable PolNeAR `split` whose speaker the predictions
    in `pred_dir` miss: found with another speaker or none, or not found at all; and, marked
    `mention only`, each the scorer counts right on the mention alone while the quote
    carries no speaker value. Matched as the scorer matches (half the quoted part's words,
    one to one, best overlap first)."""
    if split not in READABLE:
        raise ValueError(f"PolNeAR misses are listed only for {', '.join(READABLE)}")
    from collections import Counter

    base = Path(corpus or corpus_dir()) / "polnear" / split
    lines: list[str] = []
    for path in sorted((base / "text").glob("*.txt")):
        golds = _gold_quotes(base, path.stem)
        try:
            pred = json.loads((Path(pred_dir) / f"{path.stem}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pred = {}
        preds = [q for q in pred.get("quotes") or [] if _tokens(q.get("text"))]
        gtok = [_tokens(g["quoted"]) for g in golds]
        ptok = [_tokens(q["text"]) for q in preds]
        pairs = sorted(
            (
                (sum((Counter(p) & Counter(g)).values()) / len(g), gi, pi)
                for gi, g in enumerate(gtok)
                for pi, p in enumerate(ptok)
            ),
            reverse=True,
        )
        match: dict[int, int] = {}
        used: set[int] = set()
        for cover, gi, pi in pairs:
            if cover < 0.5:
                break
            if gi not in match and pi not in used:
                match[gi] = pi
                used.add(pi)
        for gi, g in enumerate(golds):
            content = " ".join((g["content"] or "").split())
            if gi not in match:
                lines.append(f"{path.stem}: not found [{g['source']}] {content[:160]}")
                continue
            q = preds[match[gi]]
            said = f"{q.get('speaker')!r} (mention {q.get('mention')!r})"
            if not _speaker_ok(q, g["source"]):
                lines.append(f"{path.stem}: [{g['source']}] got {said} {content[:160]}")
            elif not q.get("speaker"):
                # Counted right on the mention alone (`he`, a surname the parse gave
                # nobody, `the senator`): the quote carries no speaker value.
                lines.append(
                    f"{path.stem}: mention only [{g['source']}] got {said} {content[:160]}"
                )
    return lines
