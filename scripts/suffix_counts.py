"""Count documents whose text writes a generational suffix (Jr., Sr., II, III, IV) right
after a quoted speaker's name, and whether the speaker's value keeps it.

Usage: python scripts/suffix_counts.py ARCHIVE.db [--reparse]

Reads the archive read-only. For each document whose text writes a suffix after a word:
does a speaker value (of two words or more) lack the suffix the text writes right after
it (`Donald M. Payne` where the text says `Donald M. Payne, Jr.`; counted apart when the
value is only the issuer's handle-given name, which names the member the same way in
every release), and does any speaker value keep one. With `--reparse`, the same counts
for the stored parse and for the stored originals parsed again by the parsers on the
path (no file is written).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections import Counter

from importers.names import split_suffix
from importers.reparse import parse_original
from search.model import Document, Original
from search.speakers import quote_speakers
from search.sqlite import _load, _unpack_original

SUFFIX = r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)(?!\w)"
WRITTEN = re.compile(r"[a-z]" + SUFFIX)


def tally(counts: Counter[str], doc: Document, text: str, values: set[str]) -> None:
    names = {n for q in doc.quotes for n in quote_speakers(q)}
    values.update(names)
    plain = [n for n in names if split_suffix(n)[1] is None and " " in n]
    lacking = [n for n in plain if re.search(re.escape(n) + SUFFIX, text)]
    if lacking and all(n == doc.source for n in lacking):
        counts["lacks it (issuer's handle name only)"] += 1
    elif lacking:
        counts["lacks it"] += 1
    if any(split_suffix(n)[1] for n in names):
        counts["keeps one"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--reparse", action="store_true")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT d.data, o.format, o.filename, o.options, o.data FROM documents d"
        " LEFT JOIN originals o ON o.doc = d.rowid"
    )
    stored: Counter[str] = Counter()
    again: Counter[str] = Counter()
    values: dict[str, set[str]] = {"stored": set(), "parsed again": set()}
    documents = written = 0
    for data, fmt, filename, options, original in rows:
        documents += 1
        doc = _load(data)
        text = "\n\n".join(doc.body)
        if not WRITTEN.search(text):
            continue
        written += 1
        tally(stored, doc, text, values["stored"])
        if args.reparse and original is not None:
            orig = Original(_unpack_original(original, data), fmt, filename, json.loads(options))
            tally(again, parse_original(orig, doc), text, values["parsed again"])
    print(f"{documents} documents, {written} write a suffix after a word")
    for label, counts in (("stored", stored), ("parsed again", again)):
        if label == "stored" or args.reparse:
            found = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
            print(f"  {label}: {found}; distinct speaker values {len(values[label])}")


if __name__ == "__main__":
    main()
