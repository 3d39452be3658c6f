"""Search result snippets for the embedded archive, at a cost bounded by the text read.

FTS5's own `snippet()` scores every match against every other match of a column, so a
document repeating a search word ten thousand times takes a minute per search, inside a
single SQL step that no time limit can interrupt. Here each matching column is read only
up to `PREFIX_CHARS`, copied into a small in-memory FTS5 table with the archive's own
tokenizer, marked with `highlight()` (linear in the text), and the densest window of
words is cut out in Python.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

PREFIX_CHARS = 20_000  # of each column; a match further in falls back to the opening
_TOKENIZE = re.compile(r"tokenize\s*=\s*('(?:[^']|'')*'|\"[^\"]*\")", re.IGNORECASE)


def ensure_table(conn: sqlite3.Connection, source: str = "documents_fts") -> tuple[str, list[str]]:
    """The name and columns of a scratch FTS5 table with the columns and tokenizer of
    `source` (one per source, in the connection's temp schema), created if missing."""
    name = f"marks_{source}"
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({source})")]
    exists = conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (name,)).fetchone()
    if not exists:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (source,)).fetchone()
        match = _TOKENIZE.search(row[0] if row else "")
        tokenize = f", tokenize = {match.group(1)}" if match else ""
        conn.execute(
            f"CREATE VIRTUAL TABLE temp.{name} USING fts5 ({', '.join(columns)}{tokenize})"
        )
    return name, columns


def marked_columns(
    conn: sqlite3.Connection,
    rowids: Iterable[int],
    expression: str,
    marks: tuple[str, str],
    source: str = "documents_fts",
) -> dict[int, list[str]]:
    """Each row's columns (their first `PREFIX_CHARS`) with the matches between `marks`.

    Rows whose opening text does not match are left out.
    """
    rowids = list(rowids)
    if not rowids:
        return {}
    name, columns = ensure_table(conn, source)
    conn.execute(f"DELETE FROM temp.{name}")
    placeholders = ",".join("?" * len(rowids))
    prefixes = ", ".join(f"substr({c}, 1, {PREFIX_CHARS})" for c in columns)
    conn.execute(
        f"INSERT INTO temp.{name} (rowid, {', '.join(columns)})"
        f" SELECT rowid, {prefixes} FROM {source} WHERE rowid IN ({placeholders})",
        rowids,
    )
    return _marked(conn, name, len(columns), expression, marks)


def marked_texts(
    conn: sqlite3.Connection,
    texts: dict[int, str],
    expression: str,
    marks: tuple[str, str],
    source: str = "quotes_fts",
) -> dict[int, str]:
    """Each text (by rowid), whole, with its matches between `marks` as the one-column
    table `source` marks them; texts that do not match are left out.

    `highlight()` on the archive's table runs the query again for each row, and a prefix
    in it reads every indexed word it begins: only the given texts are indexed here.
    """
    if not texts:
        return {}
    name, (column,) = ensure_table(conn, source)
    conn.execute(f"DELETE FROM temp.{name}")
    conn.executemany(f"INSERT INTO temp.{name} (rowid, {column}) VALUES (?, ?)", texts.items())
    return {rid: marked for rid, (marked,) in _marked(conn, name, 1, expression, marks).items()}


def _marked(
    conn: sqlite3.Connection, name: str, width: int, expression: str, marks: tuple[str, str]
) -> dict[int, list[str]]:
    """The rows of the scratch table `name` that match, each column marked; then empties it."""
    highlights = ", ".join(f"highlight({name}, {i}, ?, ?)" for i in range(width))
    sql = f"SELECT rowid, {highlights} FROM temp.{name} WHERE {name} MATCH ?"
    out: dict[int, list[str]] = {}
    for row in conn.execute(sql, [*marks * width, expression]):
        out[row[0]] = [text or "" for text in row[1:]]
    conn.execute(f"DELETE FROM temp.{name}")
    return out


def best_window(columns: list[str], marks: tuple[str, str], size: int, ellipsis: str = "…") -> str:
    """The `size` words of one column holding the most marked matches, with ellipses.

    The column with the most matches wins; ties go to the earlier column. Marks cut by
    the window's edges are closed or opened again, so the result stays balanced.
    """
    opening, closing = marks
    best_column, best_count = "", 0
    for text in columns:
        count = text.count(opening)
        if count > best_count:
            best_column, best_count = text, count
    words = best_column.split()
    if not words:
        return ""
    marked = [i for i, w in enumerate(words) if opening in w]
    start, most = 0, -1
    # Slide over the marked words only: each window starts a little before a match.
    right = 0
    for left, first in enumerate(marked):
        while right < len(marked) and marked[right] < first + size:
            right += 1
        if right - left > most:
            most, start = right - left, max(0, first - 2)
    if start <= size // 4:
        start = 0  # close enough to the opening to show it
    end = min(len(words), start + size)
    start = max(0, min(start, end - size))
    window = " ".join(words[start:end])
    before = " ".join(words[:start])
    if before.count(opening) > before.count(closing):
        window = opening + window  # the window opens inside a marked phrase
    if window.count(opening) > window.count(closing):
        window += closing
    return (ellipsis if start else "") + window + (ellipsis if end < len(words) else "")
