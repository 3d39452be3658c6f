#!/usr/bin/env python3
"""Do two embedded archives hold the same contents?

Compares every ordinary table's rows (with their row ids, in order) and the answers of
each full-text index to a few words, and prints one line a table or index with the row
counts and digests of both archives. What records when and how a file was written is
left out: `documents.imported_at` and the meta keys of commits and identity (archive id,
generation, appended and replaced bookkeeping, people), so an archive written in other
transactions, or at another time, compares equal. Exits 1 when anything differs.

Example:
    .venv/bin/python scripts/compare_archives.py before.db after.db --word energy
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.sqlite import _stored_stems, stem_text  # noqa: E402

# Columns and meta keys that say when or in which transactions a file was written.
VOLATILE_COLUMNS = {("documents", "imported_at")}
# Columns compared by what they hold, not by their compressed bytes, which zlib's level
# changes (the stems: `search.sqlite.STEMS_LEVEL`).
UNPACKED_COLUMNS = {("documents", "stems"): "press_unpacked_stems(data, stems)"}
VOLATILE_META = {"archive_id", "generation", "appended", "replaced", "people"}
WORDS = ("energy", "veterans", "health", "said", "tax", "bill")


def _digest(rows: Iterable[tuple[object, ...]]) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    for row in rows:
        h.update(repr(row).encode())
        n += 1
    return n, h.hexdigest()[:16]


def _unpacked_stems(data: bytes | None, stems: bytes | None) -> str | None:
    if data is None or stems is None:
        return None
    return repr(_stored_stems(data, stems))


def contents(path: str, words: Iterable[str], language: str) -> dict[str, tuple[int, str]]:
    """A digest of each table's rows and of each full-text index's answer to each word
    (the stem indexes are asked the word's stem, as the archive's searches ask them)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.create_function("press_unpacked_stems", 2, _unpacked_stems, deterministic=True)
    master = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    fts = [name for name, sql in master if (sql or "").upper().startswith("CREATE VIRTUAL")]
    out: dict[str, tuple[int, str]] = {}
    for name, _ in master:
        # The full-text indexes' own tables hold segments that depend on how the
        # writes were batched; their answers are compared below instead.
        if name in fts or name.startswith("sqlite_") or any(name.startswith(f + "_") for f in fts):
            continue
        columns = [
            c[1]
            for c in conn.execute(f'PRAGMA table_info("{name}")')
            if (name, c[1]) not in VOLATILE_COLUMNS
        ]
        select = ", ".join(UNPACKED_COLUMNS.get((name, c), f'"{c}"') for c in columns)
        where = ""
        if name == "meta":
            where = f" WHERE key NOT IN ({', '.join('?' * len(VOLATILE_META))})"
        params = sorted(VOLATILE_META) if name == "meta" else []
        try:  # with the row ids other tables refer to (meta's say only when keys came)
            conn.execute(f'SELECT rowid FROM "{name}" LIMIT 0')
            select = select if name == "meta" else "rowid, " + select
        except sqlite3.OperationalError:
            pass
        order = ", ".join(str(i + 1) for i in range(len(columns) + select.startswith("rowid, ")))
        rows = conn.execute(f'SELECT {select} FROM "{name}"{where} ORDER BY {order}', params)
        out[name] = _digest(rows)
    for name in fts:
        for word in words:
            term = stem_text(word, language) if name.endswith("_stem") else word
            rows = conn.execute(
                f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH ? ORDER BY rowid',
                (f'"{term}"',),
            )
            out[f"{name} MATCH {word}"] = _digest(rows)
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="one archive (.db)")
    parser.add_argument("b", help="the other archive (.db)")
    parser.add_argument(
        "--word", action="append", help=f"a word to ask each full-text index (default: {WORDS})"
    )
    parser.add_argument("--language", default="en", help="the words' language (stems)")
    args = parser.parse_args(argv)
    words = args.word or WORDS
    a, b = contents(args.a, words, args.language), contents(args.b, words, args.language)
    differ = 0
    for key in sorted(a.keys() | b.keys()):
        same = a.get(key) == b.get(key)
        differ += not same
        print(f"{key}\t{a.get(key)}\t{b.get(key)}\t{'same' if same else 'DIFFERENT'}")
    print(f"{len(a.keys() | b.keys()) - differ} same, {differ} different")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
