"""The embedded default backend: one SQLite file with FTS5 indexes; no server.

Layout: `documents` (one row per document, the full document as compressed JSON plus
the columns searches sort and filter on), `doc_facets` (one row per facet value of a
document), `speakers` and `quotes` (one row per quote), with FTS5 indexes over
documents (headline, subheadings, body, quotes, captions) and over quote text.
"""

from __future__ import annotations

import dataclasses
import fcntl
import html
import json
import os
import sqlite3
import threading
import time
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from .base import (
    Backend,
    DocumentHit,
    Facet,
    FacetValue,
    QuoteHit,
    SearchError,
    SearchRequest,
    SearchResult,
    Similar,
    SpeakerSummary,
    WriteResult,
    facet_values,
    similar_documents,
    summarise_speaker,
)
from .facets import document_facets, facet_key, facet_size, value_key
from .model import Document, Original, parse_iso_date, quote_key, text_key
from .query import MatchAll
from .similarity import bands, document_signature
from .snippets import best_window, marked_columns
from .speakers import (
    CONFIDENT,
    confident_speaker_names,
    display_name,
    quote_speakers,
    speaker_key,
)
from .sqlite_compile import (
    DOC_WEIGHTS,
    Compiler,
    marking_expression,
    ranking_expression,
    stem_ranking_expression,
)
from .stemming import stem_text

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    headline TEXT,
    source TEXT,
    place TEXT,
    published TEXT,
    month TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    text_key TEXT,
    signature TEXT,
    data BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    title TEXT
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS documents_month ON documents (month);
CREATE INDEX IF NOT EXISTS documents_text_key ON documents (text_key);
CREATE TABLE IF NOT EXISTS doc_bands (
    doc INTEGER NOT NULL REFERENCES documents (rowid),
    band TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_bands_band ON doc_bands (band);
CREATE INDEX IF NOT EXISTS doc_bands_doc ON doc_bands (doc);
CREATE TABLE IF NOT EXISTS originals (
    doc INTEGER PRIMARY KEY REFERENCES documents (rowid),
    format TEXT NOT NULL,
    filename TEXT NOT NULL,
    options TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_facets (
    doc INTEGER NOT NULL REFERENCES documents (rowid),
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_facets_lookup ON doc_facets (facet, key, doc);
-- Covering: facet counts join each row's document to its values without table reads.
DROP INDEX IF EXISTS doc_facets_doc;
CREATE INDEX IF NOT EXISTS doc_facets_by_doc ON doc_facets (doc, facet, key, value);
CREATE TABLE IF NOT EXISTS speakers (
    doc INTEGER NOT NULL REFERENCES documents (rowid),
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    role TEXT,
    kind TEXT,
    aliases TEXT
);
CREATE INDEX IF NOT EXISTS speakers_key ON speakers (key);
CREATE INDEX IF NOT EXISTS speakers_doc ON speakers (doc);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    alias_key TEXT NOT NULL,
    key TEXT NOT NULL,
    doc INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS speaker_aliases_alias ON speaker_aliases (alias_key, key);
CREATE INDEX IF NOT EXISTS speaker_aliases_doc ON speaker_aliases (doc);
CREATE TABLE IF NOT EXISTS quotes (
    rowid INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents (rowid),
    idx INTEGER NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    mention TEXT,
    kind TEXT NOT NULL,
    paragraph INTEGER,
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,
    published TEXT,
    speakers TEXT,
    method TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS quotes_text_key ON quotes (text_key, published);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key, published);
CREATE INDEX IF NOT EXISTS quotes_published ON quotes (published);
-- Every speaker of a quote (a joint statement has several), keyed by `speaker_key`.
CREATE TABLE IF NOT EXISTS quote_speakers (
    quote INTEGER NOT NULL REFERENCES quotes (rowid),
    doc INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_speakers_key ON quote_speakers (key, quote);
CREATE INDEX IF NOT EXISTS quote_speakers_quote ON quote_speakers (quote, key, name);
CREATE INDEX IF NOT EXISTS quote_speakers_doc ON quote_speakers (doc);
-- Text as written (quoted words, phrases, prefixes, exact forms ranked first) ...
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    headline, subheadings, body, quotes, captions,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- ... and as stems tagged by their language's stemmer (search/stemming.py): every form.
-- Which column holds a form is all they answer (no positions): detail = column.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_stem USING fts5 (
    headline, subheadings, body, quotes, captions,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", detail = column
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_stem USING fts5 (
    text, tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", detail = column
);
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_generation_insert AFTER INSERT ON documents BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;
CREATE TRIGGER IF NOT EXISTS documents_generation_delete AFTER DELETE ON documents BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;
CREATE TEMP TABLE IF NOT EXISTS base (rid INTEGER PRIMARY KEY);
"""
SCHEMA_VERSION = "2"
# doc_facets rows of the speakers of a document's confidently attributed quotes.
CONFIDENT_FACET = "speaker:confident"
COMMIT_EVERY = 500
READ_BATCH = 200  # documents read at once when every document is read
COMMIT_SECONDS = 2.0
RESULT_CACHE_SIZE = 256
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 32


def _month(published: str | None) -> str | None:
    return published[:7] if published else None


def _dump(doc: Document) -> bytes:
    return zlib.compress(json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8"), 6)


def _load(blob: bytes) -> Document:
    return Document.from_dict(json.loads(zlib.decompress(blob)))


def _clean(text: str) -> str:
    # The snippet markers must never come from the article itself.
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def marked_html(text: str) -> str:
    """Escape article text, then turn the snippet markers into <mark> elements."""
    escaped = html.escape(text, quote=False)
    return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def _most_used(spellings: dict[str, int]) -> str | None:
    return display_name(spellings) if spellings else None


def facet_rows(doc: Document) -> list[tuple[str, str]]:
    """(facet, value) pairs a document contributes to the facet counts."""
    return list(document_facets(doc))


class _Deadline:
    """Interrupts a statement that runs past its time limit (progress handler)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.until = 0.0

    def _check(self) -> int:
        return 1 if time.monotonic() > self.until else 0

    @contextmanager
    def limit(self, ms: int) -> Iterator[None]:
        self.until = time.monotonic() + ms / 1000
        self.conn.set_progress_handler(self._check, 2000)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)


class SqliteBackend(Backend):
    on_wait: Callable[[str], None] | None = None  # hears why a write has to wait

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        result_cache: int = RESULT_CACHE_SIZE,
        upgrade: bool = False,
    ):
        """Open (or create) the archive at `path`.

        An archive of an older schema is refused with what to run, unless `upgrade`:
        then it can only be read and rebuilt (`reindex`) into the current schema.
        """
        self.path = Path(path).expanduser()
        self.result_cache = result_cache
        self.upgrade = upgrade
        self.old_schema: str | None = None
        self.url = f"sqlite:///{self.path}"
        self._local = threading.local()
        self._results: OrderedDict[tuple[Any, ...], SearchResult] = OrderedDict()
        self._results_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._check_schema(self.conn)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise SearchError(f"cannot open the archive {self.path}: {exc}") from exc

    # -- connections -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        stored = _stored_schema(conn)
        if stored not in (None, SCHEMA_VERSION):
            if not self.upgrade:
                conn.close()
                raise SearchError(_schema_message(self.path, stored))
            # Read as it is: the current schema's indexes name columns it lacks.
            self.old_schema = stored
            return conn
        conn.executescript(SCHEMA)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
        # Names this archive file, not its path: an archive deleted and created again at
        # the same path is another archive, and an import journal must not carry over.
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('archive_id', ?)", (uuid.uuid4().hex,))
        if row is not None and row[0] != SCHEMA_VERSION and not self.upgrade:
            raise SearchError(_schema_message(self.path, row[0]))

    @property
    def archive_key(self) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()
        return f"{self.url}#{row[0] if row else ''}"

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- writing ---------------------------------------------------------------

    def write(self, documents: Iterable[Document]) -> Iterator[WriteResult]:
        with self._one_writer():
            yield from self._write(documents)

    @contextmanager
    def _one_writer(self) -> Iterator[None]:
        """One writer per archive file at a time, across processes: a second import
        waits for the first to finish (and says so) instead of failing record by record
        on a locked database."""
        with open(self.path.with_name(self.path.name + ".lock"), "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if self.on_wait:
                    self.on_wait(f"waiting for another import into {self.path} to finish")
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _write(self, documents: Iterable[Document]) -> Iterator[WriteResult]:
        # Results are yielded after their transaction commits, so a caller that records
        # progress never records a document that a crash could still lose.
        conn = self.conn
        done: list[WriteResult] = []
        last_commit = time.monotonic()
        # IMMEDIATE: the write lock is taken (or waited for) up front; a read-then-write
        # transaction would fail at once when another writer committed in between.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for doc in documents:
                done.append(self._write_one(conn, doc))
                if len(done) >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
                    conn.execute("COMMIT")
                    last_commit = time.monotonic()
                    yield from done
                    done = []
                    conn.execute("BEGIN IMMEDIATE")
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
        yield from done

    def _write_one(self, conn: sqlite3.Connection, doc: Document) -> WriteResult:
        try:
            content_hash = doc.content_hash
            row = conn.execute(
                "SELECT rowid, content_hash FROM documents WHERE id = ?", (doc.id,)
            ).fetchone()
            if row and row[1] == content_hash:
                return WriteResult(doc.id, "unchanged")
            conn.execute("SAVEPOINT doc")
            try:
                if row:
                    # A re-import without the original bytes (an export) keeps them.
                    self._remove_rows(conn, row[0], keep_original=doc.original is None)
                self._insert(conn, doc, content_hash, row[0] if row else None)
            except BaseException:
                conn.execute("ROLLBACK TO doc")
                conn.execute("RELEASE doc")
                raise
            conn.execute("RELEASE doc")
            return WriteResult(doc.id, "updated" if row else "created")
        except (sqlite3.Error, ValueError, TypeError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc):
                raise SearchError(f"cannot write to {self.path}: {exc}") from exc
            return WriteResult(doc.id, "failed", f"{type(exc).__name__}: {exc}")

    def _insert(
        self, conn: sqlite3.Connection, doc: Document, content_hash: str, rowid: int | None
    ) -> None:
        published = doc.published.isoformat() if doc.published else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        sig = document_signature(doc)
        cur = conn.execute(
            "INSERT INTO documents (rowid, id, headline, source, place, published, month, url,"
            " content_hash, text_key, signature, data, imported_at, title)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rowid,
                doc.id,
                doc.headline,
                doc.source,
                doc.dateline.facet_place if doc.dateline else None,
                published,
                _month(published),
                doc.url,
                content_hash,
                text_key(doc),
                sig,
                _dump(doc),
                now,
                doc.title,
            ),
        )
        rid = cur.lastrowid
        if sig:
            conn.executemany(
                "INSERT INTO doc_bands (doc, band) VALUES (?,?)",
                [(rid, band) for band in bands(sig)],
            )
        if doc.original is not None:
            o = doc.original
            conn.execute(
                "INSERT OR REPLACE INTO originals (doc, format, filename, options, data)"
                " VALUES (?,?,?,?,?)",
                (
                    rid,
                    o.format,
                    o.filename,
                    json.dumps(o.options, default=str),
                    zlib.compress(o.data, 6),
                ),
            )
        conn.executemany(
            "INSERT INTO doc_facets (doc, facet, value, key) VALUES (?,?,?,?)",
            [(rid, f, v, value_key(f, v)) for f, v in facet_rows(doc)]
            # Hidden facet: the speakers of confidently attributed quotes only.
            + [(rid, CONFIDENT_FACET, n, speaker_key(n)) for n in confident_speaker_names(doc)],
        )
        self._insert_speakers(conn, rid, doc)
        self._insert_quotes(conn, rid, doc, published)
        conn.execute(
            "INSERT INTO documents_fts (rowid, headline, subheadings, body, quotes, captions)"
            " VALUES (?,?,?,?,?,?)",
            (
                rid,
                _clean(doc.headline or ""),
                _clean("\n".join(doc.subheadings)),
                _clean(doc.text),
                _clean("\n".join(q.text for q in doc.quotes if q.kind != "title")),
                _clean("\n".join(p.caption or "" for p in doc.photos)),
            ),
        )
        self._insert_stems(conn, rid, doc)

    def _insert_stems(self, conn: sqlite3.Connection, rid: int | None, doc: Document) -> None:
        """The document's and its quotes' texts as stems, by the document's language."""
        lang = doc.language
        # Each quote is stemmed once, for its own row and for the document's column.
        quotes = conn.execute("SELECT rowid, text FROM quotes WHERE doc = ?", (rid,)).fetchall()
        stems = [(qid, stem_text(text, lang)) for qid, text in quotes]
        conn.execute(
            "INSERT INTO documents_stem (rowid, headline, subheadings, body, quotes, captions)"
            " VALUES (?,?,?,?,?,?)",
            (
                rid,
                stem_text(doc.headline or "", lang),
                stem_text("\n".join(doc.subheadings), lang),
                stem_text(doc.text, lang),
                " ".join(dict.fromkeys(" ".join(s for _, s in stems).split())),
                stem_text("\n".join(p.caption or "" for p in doc.photos), lang),
            ),
        )
        conn.executemany("INSERT INTO quotes_stem (rowid, text) VALUES (?,?)", stems)

    def _insert_quotes(
        self, conn: sqlite3.Connection, rid: int | None, doc: Document, published: str | None
    ) -> None:
        # Quoted titles stay in the document (its page marks them) but are nobody's
        # quote: they are not rows here, so quote search and the speaker facet skip them.
        for i, q in enumerate(doc.quotes):
            names = quote_speakers(q)
            if q.kind == "title":
                continue
            cur = conn.execute(
                "INSERT INTO quotes (doc, idx, speaker, speaker_key, mention, kind, paragraph,"
                " text, text_key, published, speakers, method, confidence)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    rid,
                    i,
                    names[0] if names else None,
                    speaker_key(names[0]) if names else None,
                    q.mention,
                    q.kind,
                    q.paragraph,
                    _clean(q.text),
                    quote_key(q.text),
                    published,
                    json.dumps(names, ensure_ascii=False),
                    q.method,
                    q.confidence,
                ),
            )
            conn.executemany(
                "INSERT INTO quote_speakers (quote, doc, name, key) VALUES (?,?,?,?)",
                [(cur.lastrowid, rid, n, speaker_key(n)) for n in names],
            )

    def _insert_speakers(self, conn: sqlite3.Connection, rid: int | None, doc: Document) -> None:
        conn.executemany(
            "INSERT INTO speakers (doc, name, key, role, kind, aliases) VALUES (?,?,?,?,?,?)",
            [
                (rid, s.name, speaker_key(s.name), s.role, s.kind, json.dumps(s.aliases))
                for s in doc.speakers
            ],
        )
        # Only name-like aliases ("Stepanov", not "the envoy" or "he") lead to a speaker.
        conn.executemany(
            "INSERT INTO speaker_aliases (alias_key, key, doc) VALUES (?,?,?)",
            [
                (speaker_key(a), speaker_key(s.name), rid)
                for s in doc.speakers
                for a in s.aliases
                if a[:1].isupper() and speaker_key(a) != speaker_key(s.name)
            ],
        )

    def _remove_rows(
        self, conn: sqlite3.Connection, rid: int, *, keep_original: bool = False
    ) -> None:
        if not keep_original:
            conn.execute("DELETE FROM originals WHERE doc = ?", (rid,))
        conn.execute(
            "DELETE FROM quotes_stem WHERE rowid IN (SELECT rowid FROM quotes WHERE doc = ?)",
            (rid,),
        )
        for table, column in (
            ("doc_bands", "doc"),
            ("doc_facets", "doc"),
            ("speakers", "doc"),
            ("speaker_aliases", "doc"),
            ("quotes", "doc"),
            ("quote_speakers", "doc"),
            ("documents_fts", "rowid"),
            ("documents_stem", "rowid"),
            ("documents", "rowid"),
        ):
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (rid,))

    def delete(self, doc_id: str) -> bool:
        conn = self.conn
        row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row:
            return False
        with conn:
            conn.execute("BEGIN")
            self._remove_rows(conn, row[0])
        return True

    def reindex(self) -> dict[str, object]:
        """Rebuild into a new file from the stored documents, then replace the old file."""
        rebuilt = self.path.with_name(self.path.name + ".rebuild")
        for stale in _sqlite_files(rebuilt):
            stale.unlink(missing_ok=True)
        new = SqliteBackend(rebuilt)
        # The rebuilt file is the same archive: what import journals know stays true.
        new.conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'archive_id'",
            (self.archive_key.rpartition("#")[2],),
        )
        counts: dict[str, int] = {}
        failures = []
        for result in new.write(self._stored_documents()):
            counts[result.status] = counts.get(result.status, 0) + 1
            if result.status == "failed":
                failures.append(result)
        new.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        new.close()
        if failures:
            for stale in _sqlite_files(rebuilt):
                stale.unlink(missing_ok=True)
            raise SearchError(
                f"rebuild failed for {len(failures)} documents, e.g. "
                f"{failures[0].id}: {failures[0].error}; the archive is unchanged"
            )
        # Fold the old write-ahead log in first, so no stale log is applied to the new file.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.close()
        for stale in _sqlite_files(self.path)[1:]:
            stale.unlink(missing_ok=True)
        os.replace(rebuilt, self.path)
        return {"documents": counts.get("created", 0), "archive": self.url}

    # -- reading ---------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _load(row[0]) if row else None

    def get_many(self, doc_ids: list[str]) -> list[Document]:
        marks = ",".join("?" * len(doc_ids))
        rows = self.conn.execute(f"SELECT id, data FROM documents WHERE id IN ({marks})", doc_ids)
        found = {doc_id: blob for doc_id, blob in rows}
        return [_load(found[i]) for i in doc_ids if i in found]

    def _stored_documents(self) -> Iterator[Document]:
        """Every document with its original bytes (what a rebuild copies)."""
        sql = (
            "SELECT d.rowid, d.data, o.format, o.filename, o.options, o.data FROM documents d"
            " LEFT JOIN originals o ON o.doc = d.rowid WHERE d.rowid > ? ORDER BY d.rowid LIMIT ?"
        )
        for _rid, blob, fmt, filename, options, data in self._batches(sql):
            doc = _load(blob)
            if fmt is not None:
                doc.original = Original(zlib.decompress(data), fmt, filename, json.loads(options))
            yield doc

    def iter_documents(self) -> Iterator[Document]:
        sql = "SELECT rowid, data FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?"
        for _rid, blob in self._batches(sql):
            yield _load(blob)

    def _batches(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """The rows of `sql` (rowid first; `rowid > ?` and `LIMIT ?` its parameters) read
        in batches, each a read of its own: one read held open for a whole pass would keep
        every page the caller rewrites meanwhile (`press reparse`) in the write-ahead log."""
        conn = self._connect()
        try:
            last = 0
            while rows := conn.execute(sql, (last, READ_BATCH)).fetchall():
                yield from rows
                last = rows[-1][0]
        finally:
            conn.close()

    def speaker_keys(self, name: str) -> list[str]:
        """Canonical keys a name or alias stands for: itself and every speaker it aliases."""
        key = speaker_key(name)
        rows = self.conn.execute(
            "SELECT DISTINCT key FROM speaker_aliases WHERE alias_key = ?", (key,)
        ).fetchall()
        return list(dict.fromkeys([key, *(r[0] for r in rows)]))

    def similar(self, doc_id: str, limit: int = 20) -> list[Similar]:
        row = self.conn.execute(
            "SELECT rowid, text_key, signature FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return []
        rid, key, sig = row
        candidates = self.conn.execute(
            "SELECT d.id, d.headline, d.source, d.published, d.text_key, d.signature"
            " FROM documents d WHERE d.rowid != ? AND (d.text_key = ? OR d.rowid IN"
            " (SELECT b2.doc FROM doc_bands b1 JOIN doc_bands b2 ON b2.band = b1.band"
            "  WHERE b1.doc = ?))",
            (rid, key, rid),
        ).fetchall()
        return similar_documents(key, sig, candidates, limit)

    def has_original(self, doc_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM originals o JOIN documents d ON d.rowid = o.doc WHERE d.id = ?",
                (doc_id,),
            ).fetchone()
            is not None
        )

    def original(self, doc_id: str) -> Original | None:
        row = self.conn.execute(
            "SELECT o.format, o.filename, o.options, o.data FROM originals o"
            " JOIN documents d ON d.rowid = o.doc WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        return Original(zlib.decompress(row[3]), row[0], row[1], json.loads(row[2]))

    def same_quotes(self, document_id: str, index: int, limit: int = 100) -> list[QuoteHit]:
        rows = self.conn.execute(
            "SELECT q2.rowid FROM documents d JOIN quotes q ON q.doc = d.rowid AND q.idx = ?"
            " JOIN quotes q2 ON q2.text_key = q.text_key WHERE d.id = ?"
            " ORDER BY q2.published IS NULL, q2.published, q2.rowid LIMIT ?",
            (index, document_id, limit),
        ).fetchall()
        if not rows:
            return []
        marks = ",".join("?" * len(rows))
        hits = self.conn.execute(
            "SELECT d.id, q.idx, q.text, q.speaker, q.kind, d.headline, d.source, q.published,"
            " q.paragraph, NULL, q.rowid, q.speakers, q.method, q.confidence, d.title"
            " FROM quotes q JOIN documents d ON d.rowid = q.doc"
            f" WHERE q.rowid IN ({marks})"
            " ORDER BY q.published IS NULL, q.published, q.rowid",
            [r[0] for r in rows],
        ).fetchall()
        return [_quote_hit(r, marked_html(r[2])) for r in hits]

    def speaker(self, name: str) -> SpeakerSummary | None:
        key = self._one_speaker(name)
        if key is None:
            return None
        rows = self.conn.execute(
            "SELECT value, doc FROM doc_facets WHERE facet = 'speaker' AND key = ?", (key,)
        ).fetchall()
        names: dict[str, int] = {}
        for n, _doc in rows:
            names[n] = names.get(n, 0) + 1
        roles: dict[str, None] = {}
        aliases: dict[str, None] = {}
        for role, alias_json in self.conn.execute(
            "SELECT role, aliases FROM speakers WHERE key = ? ORDER BY doc", (key,)
        ):
            if role:
                roles[role] = None
            aliases.update(dict.fromkeys(json.loads(alias_json or "[]")))
        quotes = self.conn.execute(
            "SELECT count(DISTINCT quote) FROM quote_speakers WHERE key = ?", (key,)
        ).fetchone()[0]
        return summarise_speaker(names, len({r[1] for r in rows}), quotes, roles, aliases)

    def _one_speaker(self, name: str) -> str | None:
        """The key of the one speaker a name stands for: the name's own, else the one
        speaker it is an alias of. A surname shared by two speakers names neither."""
        key = speaker_key(name)
        exists = "SELECT 1 FROM doc_facets WHERE facet = 'speaker' AND key = ? LIMIT 1"
        if self.conn.execute(exists, (key,)).fetchone():
            return key
        others = [k for k in self.speaker_keys(name) if k != key]
        return others[0] if len(others) == 1 else None

    def stats(self) -> dict[str, object]:
        conn = self.conn

        def one(sql: str) -> object:
            return conn.execute(sql).fetchone()[0]

        return {
            "archive": self.url,
            "documents": one("SELECT count(*) FROM documents"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "speakers": one("SELECT count(DISTINCT key) FROM doc_facets WHERE facet = 'speaker'"),
            "sources": one("SELECT count(DISTINCT key) FROM doc_facets WHERE facet = 'source'"),
            "earliest": one("SELECT min(published) FROM documents"),
            "latest": one("SELECT max(published) FROM documents"),
        }

    # -- searching -------------------------------------------------------------

    def _generation(self) -> tuple[int, str]:
        """Changes whenever a document is added, replaced or removed, or the file replaced."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return os.stat(self.path).st_ino, row[0] if row else "0"

    def search(self, request: SearchRequest) -> SearchResult:
        # Facet counts over a large archive are the slow part, and journalists repeat
        # searches (the landing page, paging, going back): answers are kept until the
        # archive changes.
        key = (self._generation(), repr(request))
        with self._results_lock:
            cached = self._results.get(key)
            if cached is not None:
                self._results.move_to_end(key)
                return dataclasses.replace(cached, took_ms=0.0)
        result = self._search(request)
        if not result.timed_out and not any(f.timed_out for f in result.facets.values()):
            with self._results_lock:
                self._results[key] = result
                while len(self._results) > self.result_cache:
                    self._results.popitem(last=False)
        return result

    def _search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        conn = self.conn
        deadline = _Deadline(conn)
        plan = _Plan(self, request)
        try:
            with deadline.limit(request.timeout_ms):
                plan.fill_base(conn)
                total = plan.count(conn)
                hits = plan.page(conn)
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise SearchError(f"search failed: {exc}") from exc
            return SearchResult(0, [], timed_out=True, took_ms=_ms(started))
        facets = {}
        for name in request.facets:
            facets[name] = plan.facet(conn, name, deadline)
        histogram = plan.histogram(conn, deadline) if request.histogram else []
        return SearchResult(total, hits, facets, histogram, took_ms=_ms(started))

    def scan(self, request: SearchRequest) -> Iterator[DocumentHit] | Iterator[QuoteHit]:
        conn = self._connect()
        try:
            plan = _Plan(self, request)
            plan.fill_base(conn)
            yield from plan.rows(conn, limit=-1, offset=0)
        finally:
            conn.close()


def _quote_hit(r: tuple[Any, ...], text_html: str) -> QuoteHit:
    """A QuoteHit from a row: doc id, idx, text, speaker, kind, headline, source,
    published, paragraph, score, rowid, speakers (JSON), method, confidence, title."""
    return QuoteHit(
        document_id=r[0],
        index=r[1],
        text=text_html,
        speaker=r[3],
        kind=r[4],
        headline=r[5],
        source=r[6],
        published=parse_iso_date(r[7]),
        paragraph=r[8],
        score=-r[9] if r[9] is not None else None,
        speakers=json.loads(r[11] or "[]"),
        method=r[12],
        confidence=r[13],
        title=r[14] if len(r) > 14 else None,
    )


def _stored_schema(conn: sqlite3.Connection) -> str | None:
    """The schema version the file was written with (None: a new, empty file)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.OperationalError:  # no meta table yet
        return None
    return row[0] if row else None


def _schema_message(path: Path, stored: str) -> str:
    if stored.isdigit() and int(stored) > int(SCHEMA_VERSION):
        return (
            f"{path} was written by a newer version of Press Archive (archive schema {stored};"
            f" this version reads schema {SCHEMA_VERSION}): upgrade Press Archive to open it"
        )
    return (
        f"{path} is an archive of schema {stored}; this version of Press Archive uses schema"
        f" {SCHEMA_VERSION}. Rebuild it with `press reindex --archive {path}` (documents and"
        f" their original files are kept), then run `press reparse --archive {path}` to read"
        " the originals with the current parsers"
    )


def _sqlite_files(path: Path) -> list[Path]:
    """The database file and its write-ahead log and shared-memory files."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


# Below this many rows, a statement is driven from the temp table of rows (CROSS JOIN
# fixes the join order): the planner has no statistics for temp tables and otherwise
# starts from a whole facet's index, which costs the same for 50 matches as for 50,000.
DRIVE_FROM_ROWS = 25_000


class _Plan:
    """One search request turned into SQL over temp tables.

    `base` holds the rows matching the query; `hits` those of them that also pass every
    selected facet value, filled once so the count, the page, the histogram and the
    facets not selected do not each apply the filters again; `rank` the relevance scores.
    """

    def __init__(self, backend: SqliteBackend, request: SearchRequest):
        self.request = request
        self.base_rows = self.hits_rows = 0
        self.quotes = request.scope == "quotes"
        # With only confident attributions, a document's speakers are those of its
        # confidently attributed quotes (a hidden facet of their own).
        self.speaker_facet = CONFIDENT_FACET if request.confident else "speaker"
        self.compiler = Compiler(request.scope, backend.speaker_keys, self.speaker_facet)
        self.backend = backend
        self.rank_expr = ranking_expression(request.node, request.scope)
        self.stem_expr = stem_ranking_expression(request.node, request.scope)
        self.mark_expr = marking_expression(request.node, request.scope)
        # Quote rows of confident attributions only: a condition on every row.
        self.confident = request.confident and self.quotes
        # Browsing the whole archive: no temporary tables, and statements indexes answer.
        self.everything = (
            isinstance(request.node, MatchAll) and not request.filters and not self.confident
        )

    # The row table of the scope and the id of the document each row belongs to.
    @property
    def table(self) -> str:
        return "quotes q" if self.quotes else "documents d"

    @property
    def row(self) -> str:
        return "q.rowid" if self.quotes else "d.rowid"

    @property
    def doc(self) -> str:
        return "q.doc" if self.quotes else "d.rowid"

    def fill_base(self, conn: sqlite3.Connection) -> None:
        if self.everything:
            table = "quotes" if self.quotes else "documents"
            self.base_rows = self.hits_rows = conn.execute(
                f"SELECT count(*) FROM {table}"
            ).fetchone()[0]
            return
        sql = self.compiler.compile(self.request.node)
        where, params = sql.where, sql.params
        if self.confident:
            where, params = f"({where}) AND q.confidence >= ?", [*params, CONFIDENT]
        conn.execute("DELETE FROM temp.base")
        self.base_rows = self.hits_rows = conn.execute(
            f"INSERT INTO temp.base (rid) SELECT {self.row} FROM {self.table} WHERE {where}",
            params,
        ).rowcount
        if self.request.filters:
            where, params = self.filters()
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS hits (rid INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM temp.hits")
            self.hits_rows = conn.execute(
                f"INSERT INTO temp.hits (rid) SELECT base.rid FROM temp.base JOIN {self.table}"
                f" ON {self.row} = base.rid WHERE {where}",
                params,
            ).rowcount

    @property
    def hits(self) -> str:
        """The rows passing the query and the selected facets, named `base` in SQL."""
        if self.everything:
            return f"(SELECT rowid AS rid FROM {'quotes' if self.quotes else 'documents'}) AS base"
        return "temp.hits AS base" if self.request.filters else "temp.base"

    def _join(self, rows: int) -> str:
        return "CROSS JOIN" if rows <= DRIVE_FROM_ROWS else "JOIN"

    def filters(
        self, skip: str | None = None, *, per_row: bool = False
    ) -> tuple[str, list[object]]:
        """SQL for the selected facet values, except those of the facet `skip`.

        `per_row` checks each row's document (EXISTS) instead of listing every document
        with the value (IN): cheaper when few rows are checked and the value is common.
        """
        parts: list[str] = []
        params: list[object] = []
        for facet, values in self.request.filters.items():
            if facet == skip:
                continue
            keys = [k for v in values for k in self._keys(facet, v)]
            marks = ",".join("?" * len(keys))
            if facet == "speaker" and self.quotes:
                # Any speaker of the quote: a joint quote is each of its speakers'.
                parts.append(
                    f"EXISTS (SELECT 1 FROM quote_speakers s WHERE s.quote = q.rowid"
                    f" AND s.key IN ({marks}))"
                    if per_row
                    else f"q.rowid IN (SELECT quote FROM quote_speakers WHERE key IN ({marks}))"
                )
            elif per_row:
                parts.append(
                    f"EXISTS (SELECT 1 FROM doc_facets v WHERE v.facet = ? AND v.key IN ({marks})"
                    f" AND v.doc = {self.doc})"
                )
                params.append(self._row_facet(facet))
            else:
                parts.append(
                    f"{self.doc} IN (SELECT doc FROM doc_facets"
                    f" WHERE facet = ? AND key IN ({marks}))"
                )
                params.append(self._row_facet(facet))
            params.extend(keys)
        return (" AND ".join(parts) or "1"), params

    def _keys(self, facet: str, value: str) -> list[str]:
        return self.backend.speaker_keys(value) if facet == "speaker" else [facet_key(value)]

    def _row_facet(self, facet: str) -> str:
        """The facet's name in doc_facets for this request."""
        return self.speaker_facet if facet == "speaker" else facet

    def count(self, conn: sqlite3.Connection) -> int:
        if self.everything:
            return self.hits_rows
        count: int = conn.execute(f"SELECT count(*) FROM {self.hits}").fetchone()[0]
        return count

    def page(self, conn: sqlite3.Connection) -> list[DocumentHit] | list[QuoteHit]:
        # One scope, so one kind of hit.
        hits = list(self.rows(conn, limit=self.request.limit, offset=self.request.offset))
        return cast(list[DocumentHit] | list[QuoteHit], hits)

    def rows(
        self, conn: sqlite3.Connection, *, limit: int, offset: int
    ) -> Iterator[DocumentHit | QuoteHit]:
        rank_join, score = "", "NULL"
        if self.rank_expr and self.request.sort == "relevance":
            self._fill_rank(conn, needed=-1 if limit < 0 else offset + limit)
            rank_join, score = "LEFT JOIN temp.rank r ON r.rid = base.rid", "r.score"
        order = self._order(score)
        if self.quotes:
            select = (
                "SELECT d.id, q.idx, q.text, q.speaker, q.kind, d.headline, d.source,"
                f" q.published, q.paragraph, {score}, q.rowid, q.speakers, q.method,"
                f" q.confidence, d.title FROM {self.hits}"
                " JOIN quotes q ON q.rowid = base.rid JOIN documents d ON d.rowid = q.doc"
            )
        else:
            select = (
                "SELECT d.id, d.headline, d.source, d.place, d.published, d.rowid,"
                f" {score}, d.title FROM {self.hits} JOIN documents d ON d.rowid = base.rid"
            )
        sql = f"{select} {rank_join} ORDER BY {order} LIMIT ? OFFSET ?"
        cursor = conn.execute(sql, [limit, offset])
        while batch := cursor.fetchmany(200):
            yield from (
                self._quote_hits(conn, batch) if self.quotes else self._doc_hits(conn, batch)
            )

    def _fill_rank(self, conn: sqlite3.Connection, needed: int = -1) -> None:
        # A keyed table rather than a joined subquery: the planner does not always index
        # the subquery, and then scans every score for every hit.
        # Rows holding a word as written (`exact`) rank above rows holding only another
        # form of it. Within the first tier only the text as written scores: stems are
        # tagged by language, so a stem's rarity is counted within its language, and a
        # word shared by two languages would rank the smaller language's documents first.
        fts = "quotes_fts" if self.quotes else "documents_fts"
        stem = "quotes_stem" if self.quotes else "documents_stem"
        weights = "" if self.quotes else ", " + ", ".join(map(str, DOC_WEIGHTS))
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS rank"
            " (rid INTEGER PRIMARY KEY, exact INTEGER, score REAL)"
        )
        conn.execute("DELETE FROM temp.rank")
        conn.execute(
            f"INSERT INTO temp.rank (rid, exact, score) SELECT rowid, 1, bm25({fts}{weights})"
            f" FROM {fts} WHERE {fts} MATCH ?",
            [self.rank_expr],
        )
        if not self.stem_expr:
            return
        if needed >= 0:
            # When the hits holding the words as written fill the page, the rows holding
            # only other forms come after it and need no score (common words: most).
            exact_hits = conn.execute(
                f"SELECT count(*) FROM {self.hits} JOIN temp.rank r ON r.rid = base.rid"
            ).fetchone()[0]
            if exact_hits >= needed:
                return
        conn.execute(
            f"INSERT INTO temp.rank (rid, exact, score) SELECT rowid, 0, bm25({stem}{weights})"
            f" FROM {stem} WHERE {stem} MATCH ? AND true ON CONFLICT (rid) DO NOTHING",
            [self.stem_expr],
        )

    def _order(self, score: str) -> str:
        column = "q.published" if self.quotes else "d.published"
        # SQLite sorts NULL (undated) last in descending order by itself.
        if self.request.sort == "oldest":
            return f"{column} ASC NULLS LAST, base.rid ASC"
        if score != "NULL" and self.request.sort == "relevance":
            return f"r.exact DESC, {score} ASC NULLS LAST, {column} DESC"
        return f"{column} DESC, base.rid DESC"

    def _doc_hits(
        self, conn: sqlite3.Connection, batch: list[tuple[Any, ...]]
    ) -> list[DocumentHit]:
        snippets = self._snippets(conn, [r[5] for r in batch])
        return [
            DocumentHit(
                id=r[0],
                headline=r[1],
                source=r[2],
                place=r[3],
                published=parse_iso_date(r[4]),
                snippet=snippets.get(r[5], ""),
                score=-r[6] if r[6] is not None else None,
                title=r[7],
            )
            for r in batch
        ]

    def _snippets(self, conn: sqlite3.Connection, rowids: list[int]) -> dict[int, str]:
        marks = ",".join("?" * len(rowids))
        out: dict[int, str] = {}
        if self.rank_expr:
            # Not FTS5's snippet(): its cost grows with the square of a document's matches
            # and no time limit can stop it (see search/snippets.py).
            pair = (MARK_OPEN, MARK_CLOSE)
            try:
                columns = marked_columns(conn, rowids, cast(str, self.mark_expr), pair)
            except sqlite3.OperationalError as exc:
                if "interrupt" not in str(exc):
                    raise
                columns = {}  # past the time limit: the openings below are cheap
                conn.set_progress_handler(None, 0)
            for rid, texts in columns.items():
                out[rid] = marked_html(best_window(texts, pair, SNIPPET_TOKENS))
        missing = [r for r in rowids if not out.get(r)]
        if missing:
            marks = ",".join("?" * len(missing))
            sql = f"SELECT rowid, substr(body, 1, 280) FROM documents_fts WHERE rowid IN ({marks})"
            for rid, text in conn.execute(sql, missing):
                out[rid] = marked_html(text + ("…" if len(text) >= 280 else ""))
        return out

    def _quote_hits(self, conn: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> list[QuoteHit]:
        marked: dict[int, str] = {}
        if self.rank_expr:
            marks = ",".join("?" * len(batch))
            sql = (
                "SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts"
                f" WHERE quotes_fts MATCH ? AND rowid IN ({marks})"
            )
            params = [MARK_OPEN, MARK_CLOSE, self.mark_expr, *(r[10] for r in batch)]
            marked = {rid: text for rid, text in conn.execute(sql, params)}
        return [_quote_hit(r, marked_html(marked.get(r[10], r[2]))) for r in batch]

    def facet(self, conn: sqlite3.Connection, name: str, deadline: _Deadline) -> Facet:
        if name in self.request.filters:
            # Counted under the other facets' selections only, so alternatives stay visible.
            rows_table, join = "temp.base", self._join(self.base_rows)
            where, params = self.filters(skip=name, per_row=join == "CROSS JOIN")
        else:
            rows_table, join = self.hits, self._join(self.hits_rows)
            where, params = "1", []
        if name == "speaker" and self.quotes:
            # Each speaker of a joint quote counts it.
            if self.everything:
                source = "quote_speakers s WHERE 1"
            else:
                source = (
                    f"{rows_table} {join} quotes q ON q.rowid = base.rid"
                    f" JOIN quote_speakers s ON s.quote = q.rowid WHERE {where}"
                )
            sql = (
                f"SELECT s.key, count(*) AS n FROM {source}"
                " GROUP BY s.key ORDER BY n DESC, 1 LIMIT ?"
            )
            spellings = f"SELECT s.key, s.name, count(*) FROM {source} AND s.key IN"
        else:
            # One facet row per document and value, so count(*) counts each row once.
            # Keys are counted from the index alone; their display forms come after.
            if self.everything and not self.quotes:
                source = "doc_facets f WHERE f.facet = ?"
            elif where == "1" and not self.quotes:
                source = f"{rows_table} {join} doc_facets f ON f.doc = base.rid AND f.facet = ?"
            else:
                source = (
                    f"{rows_table} {join} {self.table} ON {self.row} = base.rid"
                    f" {join} doc_facets f ON f.doc = {self.doc} AND f.facet = ? WHERE {where}"
                )
            sql = (
                f"SELECT f.key, count(*) AS n FROM {source}"
                " GROUP BY f.key ORDER BY n DESC, 1 LIMIT ?"
            )
            spellings = f"SELECT f.key, f.value, count(*) FROM {source} AND f.key IN"
            params = [self._row_facet(name), *params]
        size = facet_size(name, self.request.facet_size)
        try:
            with deadline.limit(max(self.request.timeout_ms // 2, 200)):
                rows = conn.execute(sql, [*params, size]).fetchall()
                # The spellings of each key (a merged speaker, "Strauß"/"STRAUSS"), counted
                # in one more pass over the rows for the keys shown: a key is shown by its
                # most used spelling among the rows counted, as Elasticsearch picks it.
                spelled: dict[str, dict[str, int]] = {}
                if rows:
                    marks = ",".join("?" * len(rows))
                    found = conn.execute(
                        f"{spellings} ({marks}) GROUP BY 1, 2", [*params, *(k for k, _ in rows)]
                    )
                    for key, spelling, n in found:
                        spelled.setdefault(key, {})[spelling] = n
                rows = [(_most_used(spelled.get(key, {})) or key, n) for key, n in rows]
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
            return Facet(name, self._selected_only(name), timed_out=True)
        chosen = self.request.filters.get(name, [])
        values = facet_values(name, rows, chosen, lambda v: self._keys(name, v))
        return Facet(name, values)

    def _selected_only(self, name: str) -> list[FacetValue]:
        return [FacetValue(v, 0, True) for v in self.request.filters.get(name, [])]

    def histogram(self, conn: sqlite3.Connection, deadline: _Deadline) -> list[tuple[str, int]]:
        month = "substr(q.published, 1, 7)" if self.quotes else "d.month"
        if self.everything:
            sql = (
                f"SELECT {month} AS m, count(*) FROM {self.table}"
                " WHERE m IS NOT NULL GROUP BY m ORDER BY m"
            )
        else:
            sql = (
                f"SELECT {month} AS m, count(*) FROM {self.hits} {self._join(self.hits_rows)}"
                f" {self.table} ON {self.row} = base.rid WHERE m IS NOT NULL GROUP BY m ORDER BY m"
            )
        try:
            with deadline.limit(max(self.request.timeout_ms // 2, 200)):
                return [(m, n) for m, n in conn.execute(sql)]
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
            return []
