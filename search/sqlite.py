"""The embedded default backend: one SQLite file with FTS5 indexes; no server.

Layout: `documents` (one row per document, the full document as compressed JSON plus
the columns searches sort and filter on), `doc_facets` (one row per facet value of a
document), `speakers` and `quotes` (one row per quote), with FTS5 indexes over
documents (headline, subheadings, body, quotes, captions) and over quote text.

Each text is stored once: the documents' full-text tables read their texts from the
compressed JSON (and the stem tables from the compressed stems) through views, the
quote tables from `quotes`, and an original is compressed against its document's JSON.
Writing takes no savepoint per document (each would make FTS5 write out its pending
rows); a document that fails half-written has its transaction written again, one
savepoint per document (`_write_one`). A transaction's full-text rows are written table
by table as it commits, its near-duplicate bands in their key's order (`_IndexRows`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import functools
import hashlib
import html
import json
import os
import re
import sqlite3
import threading
import time
import unicodedata
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple, cast

import numpy as np

from .base import (
    Backend,
    DocumentHit,
    Facet,
    FacetValue,
    Prepared,
    QuoteHit,
    SearchError,
    SearchRequest,
    SearchResult,
    Similar,
    SpeakerSummary,
    WriteResult,
    facet_values,
    one_person,
    similar_documents,
    summarise_speaker,
)
from .corrections import (
    Correction,
    apply_corrections,
    as_utc,
    statuses_without_document,
)
from .facets import document_facets, facet_key, facet_size, value_key
from .model import (
    Document,
    Original,
    parse_iso_date,
    position_part,
    quote_key,
    quote_position,
    text_key,
)
from .query import MatchAll
from .similarity import band_keys, document_signature_and_words
from .snippets import best_window, marked_columns, marked_texts
from .speaker_aliases import (
    Context,
    alias_map,
    people_of,
    person_labels,
    person_rows,
    shown_by_label,
    variants,
)
from .speakers import (
    CONFIDENT,
    confident_speaker_names,
    display_name,
    quote_speakers,
    speaker_key,
    unstored_quotes,
)
from .sqlite_columns import (
    NO_YEAR,
    Column,
    Columns,
    Generation,
    Ints,
    Rows,
    ids_reused,
    parse_ints,
)
from .sqlite_compile import (
    DOC_WEIGHTS,
    Compiler,
    marking_expression,
    ranking_expression,
    stem_ranking_expression,
)
from .stemming import folds_as_lowered, stem_text, stem_texts
from .wal import use_write_ahead_log

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
    signature BLOB, -- the MinHash values (search/similarity.py), as bytes
    data BLOB NOT NULL, -- the document's JSON, compressed
    imported_at TEXT NOT NULL,
    title TEXT,
    stems BLOB -- what documents_stem and quotes_stem index, compressed (their content)
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS documents_month ON documents (month);
CREATE INDEX IF NOT EXISTS documents_text_key ON documents (text_key);
-- A search reads each matching row's date here, keyed by row id: a page of the table
-- holds a few documents, one of this index hundreds (schema 4).
CREATE INDEX IF NOT EXISTS documents_rows ON documents (rowid, published);
-- Near-duplicate candidates: documents sharing a band (`similarity.band_keys`).
CREATE TABLE IF NOT EXISTS doc_bands (
    band INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (band, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS originals (
    doc INTEGER PRIMARY KEY REFERENCES documents (rowid),
    format TEXT NOT NULL,
    filename TEXT NOT NULL,
    options TEXT NOT NULL,
    data BLOB NOT NULL
);
-- Ordered by document: facet counts join each row's document to its values in one read.
CREATE TABLE IF NOT EXISTS doc_facets (
    doc INTEGER NOT NULL REFERENCES documents (rowid),
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (doc, facet, key, value)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_facets_lookup ON doc_facets (facet, key, doc);
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
-- Archive-wide: a variant's speaker key -> its person's (search/speaker_aliases.py),
-- computed from the distinct speaker names after an import, reparse or rebuild.
CREATE TABLE IF NOT EXISTS speaker_canon (
    alias_key TEXT PRIMARY KEY,
    key TEXT NOT NULL
) WITHOUT ROWID;
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
CREATE INDEX IF NOT EXISTS quotes_text_key ON quotes (text_key);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key, published);
CREATE INDEX IF NOT EXISTS quotes_published ON quotes (published);
-- Each matching quote's document, date and confidence, keyed by row id (schema 4).
CREATE INDEX IF NOT EXISTS quotes_rows ON quotes (rowid, doc, published, confidence);
-- Every speaker of a quote (a joint statement has several), keyed by `speaker_key`.
CREATE TABLE IF NOT EXISTS quote_speakers (
    quote INTEGER NOT NULL REFERENCES quotes (rowid),
    doc INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (quote, key, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_speakers_key ON quote_speakers (key, quote);
-- Text as written (quoted words, phrases, prefixes, exact forms ranked first) ...
-- The indexed texts are not stored again: they are read from the document's JSON
-- (`press_text`, registered on every connection) when a snippet or a removal needs them.
CREATE VIEW IF NOT EXISTS documents_text (rid, headline, subheadings, body, quotes, captions)
AS SELECT rowid, press_text(data, 0), press_text(data, 1), press_text(data, 2),
    press_text(data, 3), press_text(data, 4) FROM documents;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    headline, subheadings, body, quotes, captions,
    content = 'documents_text', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- ... and as stems tagged by their language's stemmer (search/stemming.py): every form.
-- Which column holds a form is all they answer (no positions): detail = column.
CREATE VIEW IF NOT EXISTS documents_stems (rid, headline, subheadings, body, quotes, captions)
AS SELECT rowid, press_stems(data, stems, 0), press_stems(data, stems, 1),
    press_stems(data, stems, 2), press_stems(data, stems, 3), press_stems(data, stems, 4)
    FROM documents;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_stem USING fts5 (
    headline, subheadings, body, quotes, captions,
    content = 'documents_stems', content_rowid = 'rid',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", detail = column
);
CREATE VIEW IF NOT EXISTS quotes_stems (rid, text)
AS SELECT q.rowid, press_stems(d.data, d.stems, -1 - q.idx)
    FROM quotes q JOIN documents d ON d.rowid = q.doc;
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_stem USING fts5 (
    text, content = 'quotes_stems', content_rowid = 'rid',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", detail = column
);
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_generation_delete AFTER DELETE ON documents BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;
-- Corrections (search/corrections.py): one row per record, kept apart from the
-- documents and applied on top of them as they are written. A corrected document's
-- parsed form is kept too, so an undo or a reparse starts from the parse again.
CREATE TABLE IF NOT EXISTS corrections (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    created TEXT NOT NULL,
    user TEXT NOT NULL,
    status TEXT NOT NULL,
    undoes TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_document ON corrections (document_id);
CREATE INDEX IF NOT EXISTS corrections_created ON corrections (created, id);
CREATE INDEX IF NOT EXISTS corrections_status ON corrections (status);
CREATE TABLE IF NOT EXISTS parsed_documents (id TEXT PRIMARY KEY, data BLOB NOT NULL);
-- The corrected fields of each corrected quote, for quote hits and exports.
CREATE TABLE IF NOT EXISTS quote_corrections (
    doc INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
"""
SCHEMA_VERSION = "4"
# Schema 3 lacks only the row-id indexes of schema 4: `reindex` adds them in place.
INDEXES_ONLY = "3"
# doc_facets rows of the speakers of a document's confidently attributed quotes.
CONFIDENT_FACET = "speaker:confident"
# A transaction's bounds while importing. Each commit writes out every index page its
# documents touched, and at size the random keys (bands, facets, quote keys) touch most
# pages of their indexes whatever the count: fewer, larger transactions write each page
# fewer times (at 219,000 documents, 120 documents a commit cost the writer 1.3 ms of
# CPU a document in COMMIT alone; see docs/benchmarks.md). An import fed at the parse's
# rate reached the old 2 s bound at about 120 documents.
COMMIT_EVERY = 1000
READ_BATCH = 200  # documents read at once when every document is read
HITS_SLICE = 50_000  # matching row ids handed to SQL at once (`fill_base`)
COMMIT_SECONDS = 20.0
COMMIT_BYTES = 32 << 20  # held for a transaction's documents (`_held_bytes`)
RESULT_CACHE_SIZE = 256
# A write-ahead log past this size after a commit is started over (`_bound_log`).
LOG_RESTART_BYTES = 64 << 20
LOG_WAIT_MS = 3000  # how long a commit waits for searches to end before it restarts the log
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
_WORDS = re.compile(r"\w+")  # the words `quote_key` hashes (`model.normalise_text`)
SNIPPET_TOKENS = 32
ZDICT_BYTES = 32 * 1024  # zlib reads at most this much of a dictionary
# zlib's level for the stored stems: 4 is its cheapest level that looks for a longer
# match one byte on (6 looks further), and on stems (a tag after every word, the words
# of the JSON they are packed against) it compressed 3,000 releases smaller than 6 did
# (2.26 against 2.28 MB) in half the time (docs/benchmarks.md). Reading is the same.
STEMS_LEVEL = 4
LARGE_BODY_CHARS = 1 << 20  # a body this long is encoded piece by piece (_json_payload)
# The page cache of a writing connection (KiB; SQLite's default is 2 MB). At 180,000
# documents and more, the default let index pages go that the next documents need
# again, and a third of the writer's CPU was the kernel handing them back. A transaction
# of `COMMIT_EVERY` documents at 219,000 dirties more than 64 MB of pages: with less
# cache they are written to the log before the commit, and again at it.
WRITE_CACHE_KIB = 128 * 1024
# Documents replaced in place whose rows a search reads again to bring facet columns
# forward; past this many since the columns were read, it reads them whole.
REPLACED_KEPT = 5000


def _month(published: str | None) -> str | None:
    return published[:7] if published else None


def _dump(doc: Document) -> bytes:
    return zlib.compress(json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8"), 6)


def _load(blob: bytes) -> Document:
    return Document.from_dict(json.loads(_payload(blob)))


# What most documents' JSON opens with, given to zlib as a dictionary: a small JSON
# costs less when its keys are already known. Never change it (stored JSON needs it to
# be read); another one would go beside it, found by the Adler-32 zlib stores.
JSON_ZDICT = (
    b'{"authors": [], "body": ["", "The ", " said. ", " said, \xe2\x80\x9c"], "corrected": [],'
    b' "dateline": {"agency": null, "canonical": "", "canonical_region": "", "date": null,'
    b' "place": "", "raw": "", "region": ""}, "headline": "", "id": "", "language": "en",'
    b' "mined_chars": null, "origin": {"captured": null, "date_evidence": null,'
    b' "format": "json", "path": "", "sha256": ""}, "photos": [{"agency": null, "caption":'
    b' null, "credit": null, "photographer": null}], "published": "20", "quotes":'
    b' [{"confidence": 0.9, "corrected": [], "cue": "said", "end": 1, "kind": "direct",'
    b' "mention": "", "method": "cue", "paragraph": 0, "speaker": "", "speakers": [""],'
    b' "start": 0, "text": ""}, {"confidence": 0.85, "cue": "said", "end": 1, "kind":'
    b' "indirect", "mention": null, "method": "resolved", "paragraph": 1, "speaker": null,'
    b' "speakers": [], "start": 0, "text": ""}], "schema": "2", "source": "", "speakers":'
    b' [{"aliases": [], "kind": "person", "name": "", "role": null}], "subheadings": [],'
    b' "title": null, "updated": null, "url": null}'
)
_ZDICTS = {zlib.adler32(JSON_ZDICT): JSON_ZDICT}


def _deflate(data: bytes, zdict: bytes, level: int = 6) -> bytes:
    """`data` compressed by zlib against a preset dictionary (`zdict`)."""
    packer = zlib.compressobj(level, zdict=zdict)
    return packer.compress(data) + packer.flush()


def _inflate(blob: bytes, zdict: bytes) -> bytes:
    """What `_deflate` compressed against the same dictionary."""
    unpacker = zlib.decompressobj(zdict=zdict)
    return unpacker.decompress(blob) + unpacker.flush()


def _pack_json(payload: bytes) -> bytes:
    return _deflate(payload, JSON_ZDICT)


@functools.lru_cache(maxsize=16)
def _payload(blob: bytes) -> bytes:
    """A document's stored JSON (compressed with `JSON_ZDICT`, or without: schema 2)."""
    if len(blob) > 5 and blob[1] & 0x20:  # zlib's FDICT flag, then the Adler-32
        return _inflate(blob, _ZDICTS[int.from_bytes(blob[2:6], "big")])
    return zlib.decompress(blob)


class _HalfWritten(Exception):
    """A document failed after some of its rows were written (see `_write_one`)."""


def _disk_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc)


def _held_bytes(item: Document | Prepared) -> int:
    """About what a document held for its transaction's retry keeps in memory: its
    original's bytes and body, and what was derived for it (indexed texts, stems, the
    stored row). An import without originals (an export) is bounded by it too."""
    rows = item.rows if isinstance(item, Prepared) else None
    if isinstance(rows, _Rows):
        return rows.held  # counted where the rows were derived, not in the writer
    return _document_bytes(item.document if isinstance(item, Prepared) else item)


def _document_bytes(doc: Document) -> int:
    return sum(map(len, doc.body)) + (len(doc.original.data) if doc.original else 0)


def _rows_bytes(rows: _Rows) -> int:
    held = sum(len(column or "") for column in rows.text)
    held += sum(len(column) for column in rows.stems)
    held += sum(len(q[0][6] or "") + len(q[2]) for q in rows.quotes)
    held += len(rows.document[10]) + len(rows.document[12])  # stored JSON, stems
    held += len(rows.original[3]) if rows.original is not None else 0
    return held


class _IndexTables(NamedTuple):
    """The rows of a document (or of a transaction) held to the commit, one list a
    table (`_IndexRows`), in `_INDEX_INSERTS`'s order: its near-duplicate bands, then
    its full-text rows, each starting with its row id."""

    bands: list[tuple[Any, ...]]  # (band, document)
    quotes_fts: list[tuple[Any, ...]]  # (quote, text)
    quotes_stem: list[tuple[Any, ...]]  # (quote, stems)
    documents_fts: list[tuple[Any, ...]]  # (document, headline, …, captions)
    documents_stem: list[tuple[Any, ...]]  # (document, headline, …, captions)


# One statement a table of `_IndexTables`, in its order.
_INDEX_INSERTS = (
    "INSERT OR IGNORE INTO doc_bands (band, doc) VALUES (?,?)",
    "INSERT INTO quotes_fts (rowid, text) VALUES (?,?)",
    "INSERT INTO quotes_stem (rowid, text) VALUES (?,?)",
    "INSERT INTO documents_fts (rowid, headline, subheadings, body, quotes, captions)"
    " VALUES (?,?,?,?,?,?)",
    "INSERT INTO documents_stem (rowid, headline, subheadings, body, quotes, captions)"
    " VALUES (?,?,?,?,?,?)",
)


def _write_index(conn: sqlite3.Connection, rows: _IndexTables) -> None:
    """Rows in `_INDEX_INSERTS`'s tables, one statement a table; the bands in the order
    of their key, (band, document)."""
    bands, *texts = rows
    if bands:
        conn.executemany(_INDEX_INSERTS[0], sorted(bands))
    for sql, table in zip(_INDEX_INSERTS[1:], texts, strict=True):
        if table:
            conn.executemany(sql, table)


class _IndexRows:
    """A transaction's full-text rows and near-duplicate bands, held back and written
    table by table just before it commits (`SqliteBackend._write`). FTS5 gathers each
    table's new terms in a hash table of its own until it writes them out; filled a
    document at a time, the four tables' took turns in the CPU's caches, and filled one
    after another they cost the writer less CPU (docs/benchmarks.md). Each full-text
    table is given the same rows as before. A document replaced while its own rows are
    held has them written first, so each table is told of its removal after them; one
    stored by an earlier transaction is removed at once and the held rows wait on (a
    removal with rows held makes FTS5 write out every table's pending rows, a segment
    more each, at every replaced document: the same index, fewer segments). The bands'
    keys are hashes, so a document's land on random pages of `doc_bands`; written in the
    order of their key, each insert finds its page where the one before it left off (the
    same rows: `doc_bands` is ordered by its key whatever the order of the inserts)."""

    def __init__(self) -> None:
        self.tables = _IndexTables(*([] for _ in _INDEX_INSERTS))
        self.held = 0  # bytes of texts not counted by `_held_bytes` (rows derived here)
        self.documents: set[int] = set()  # the row ids of the documents held

    def add(self, rows: _IndexTables, *, count: bool) -> None:
        for table, more in zip(self.tables, rows, strict=True):
            table.extend(more)
        self.documents.update(row[0] for row in rows.documents_fts)
        if count:
            # The full-text rows' texts (all tables but the bands), without their row ids.
            texts = rows[1:]
            self.held += sum(len(c or "") for more in texts for row in more for c in row[1:])

    def write(self, conn: sqlite3.Connection) -> None:
        try:
            _write_index(conn, self.tables)
        finally:
            self.clear()

    def clear(self) -> None:
        for table in self.tables:
            table.clear()
        self.held = 0
        self.documents.clear()


@dataclasses.dataclass
class _Rows:
    """What the archive stores of one document, derived before the write."""

    content_hash: str
    # The documents row from `id` to `stems` (without rowid and imported_at).
    document: tuple[Any, ...]
    bands: list[int]
    original: tuple[str, str, str, bytes] | None  # format, filename, options, data
    facets: list[tuple[str, str, str]]  # facet, value, key
    speakers: list[tuple[str, str, str | None, str | None, str]]
    aliases: list[tuple[str, str]]  # alias key, speaker key
    # Each quote's row (from idx), its speakers with their keys, and its stems.
    quotes: list[tuple[tuple[Any, ...], list[tuple[str, str]], str]]
    text: tuple[str | bytes | bytearray, ...]  # documents_fts columns (the body as UTF-8)
    stems: tuple[str, ...]  # documents_stem columns
    held: int = 0  # `_held_bytes`: the document's and these rows' bytes


def prepare_document(doc: Document) -> Prepared:
    """Everything the archive stores of a document, derived ahead of the write: what a
    parallel import computes in its worker processes (`SqliteBackend.preparer`)."""
    return Prepared(doc, doc.id, _rows(doc))


def _rows(doc: Document) -> _Rows:
    data = doc.to_dict()
    # Serialised once: the stored JSON is the one `Document.content_hash` hashes.
    payload = _json_payload(data)
    content_hash = hashlib.sha256(payload).hexdigest()
    published = doc.published.isoformat() if doc.published else None
    sig, words = document_signature_and_words(doc)
    lang = doc.language
    quoted = []
    reads: list[list[str] | None] = []  # each quote's words, where its key read them
    unstored = unstored_quotes(doc)  # titles; head repeats, counted by the body's quote
    for i, q in enumerate(doc.quotes):
        names = quote_speakers(q)
        if i in unstored:
            continue
        text = _clean(q.text)
        key, read = _quote_key_and_words(q.text)
        reads.append(read)
        row = (
            i,
            names[0] if names else None,
            speaker_key(names[0]) if names else None,
            q.mention,
            q.kind,
            quote_position(q),
            text,
            key,
            published,
            json.dumps(names, ensure_ascii=False),
            q.method,
            q.confidence,
        )
        quoted.append((row, [(n, speaker_key(n)) for n in names]))
    # The short texts in one call (one table look-up for their words), the body alone.
    headline, subheadings, captions, *quote_stems = stem_texts(
        [
            doc.headline or "",
            "\n".join(doc.subheadings),
            "\n".join(p.caption or "" for p in doc.photos),
            *(row[6] for row, _ in quoted),
        ],
        lang,
        [_headline_words(doc.headline, words), None, None, *reads],
    )
    quotes = [(*q, stems) for q, stems in zip(quoted, quote_stems, strict=True)]
    stems = (
        headline,
        subheadings,
        # Paragraph by paragraph (never one long string), from the signature's words.
        stem_text(doc.body, lang, None if words is None else words[1:]),
        _quote_stems(quote_stems),
        captions,
    )
    blob = _pack_json(payload)
    rows = _Rows(
        content_hash=content_hash,
        document=(
            doc.id,
            doc.headline,
            doc.source,
            doc.dateline.facet_place if doc.dateline else None,
            published,
            _month(published),
            doc.url,
            content_hash,
            _text_key(doc, words),
            bytes.fromhex(sig) if sig else None,
            blob,
            doc.title,
            _pack_stems(stems, [(q[0][0], q[2]) for q in quotes], payload),
        ),
        bands=band_keys(sig) if sig else [],
        original=_original_row(doc.original, payload) if doc.original is not None else None,
        facets=[(f, v, value_key(f, v)) for f, v in facet_rows(doc)]
        # Hidden facet: the speakers of confidently attributed quotes only.
        + [(CONFIDENT_FACET, n, speaker_key(n)) for n in confident_speaker_names(doc)],
        speakers=[
            (s.name, speaker_key(s.name), s.role, s.kind, json.dumps(s.aliases))
            for s in doc.speakers
        ],
        # Only name-like aliases ("Stepanov", not "the envoy" or "he") lead to a speaker.
        aliases=[
            (speaker_key(a), speaker_key(s.name))
            for s in doc.speakers
            for a in s.aliases
            if a[:1].isupper() and speaker_key(a) != speaker_key(s.name)
        ],
        quotes=quotes,
        text=_index_columns(data),
        stems=stems,
    )
    rows.held = _document_bytes(doc) + _rows_bytes(rows)
    return rows


def _quote_key_and_words(text: str) -> tuple[str, list[str] | None]:
    """`quote_key(text)`, and the words `stem_texts` reads from the quote's indexed text
    where the two readings are one: NFKC leaves the text as it is and it holds no
    underscore (a word character the stems split at) and no snippet mark (`_clean`)."""
    if (
        "_" in text
        or MARK_OPEN in text
        or MARK_CLOSE in text
        or not unicodedata.is_normalized("NFKC", text)
    ):
        return quote_key(text), None
    words = _WORDS.findall(text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:16], words


def _text_key(doc: Document, words: list[list[str]] | None) -> str | None:
    """`model.text_key(doc)`, from the body's words as the signature read them (`words[1:]`,
    a paragraph each) where they are the words `normalise_text` reads: NFKC leaves each
    paragraph as it is (ASCII always) and its case folds as it lowers. Else read again."""
    if words is None or not all(
        p.isascii() or (unicodedata.is_normalized("NFKC", p) and folds_as_lowered(p))
        for p in doc.body
    ):
        return text_key(doc)
    body = " ".join(chain.from_iterable(words[1:]))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:20] if body else None


def _headline_words(headline: str | None, words: list[list[str]] | None) -> list[str] | None:
    """The headline's words as the signature read them (its first line), where the stems
    would read the same (`stemming.stem_text`'s test), else None."""
    if words is None or not headline or "_" in headline or not folds_as_lowered(headline):
        return None
    return words[0]


def _index_columns(data: dict[str, Any]) -> tuple[str | bytes | bytearray, ...]:
    """`_text_columns` as the index is given them at a write: the body as UTF-8 bytes,
    made paragraph by paragraph. The index reads the same characters (the same tokens,
    columns and offsets), while a long body with one character beyond Latin-1 is never
    a string of 2 or 4 bytes a character plus the UTF-8 copy SQLite is handed."""
    headline, subheadings, _, quotes, captions = _text_columns({**data, "body": []})
    body = bytearray()
    for i, paragraph in enumerate(data.get("body") or []):
        body += b"\n\n%s" % paragraph.encode("utf-8") if i else paragraph.encode("utf-8")
    for mark in (MARK_OPEN.encode("utf-8"), MARK_CLOSE.encode("utf-8")):  # as _clean
        if mark in body:
            body = body.replace(mark, b"")
    return headline, subheadings, body, quotes, captions


def _json_payload(data: dict[str, Any]) -> bytes:
    """A document's JSON as stored and hashed: UTF-8, keys sorted, characters as written.
    A long body is encoded piece by piece, never as one string of 2 or 4 bytes a
    character beside its UTF-8 copy; the bytes are the same."""
    if sum(len(p) for p in data.get("body") or []) < LARGE_BODY_CHARS:
        return json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    out = bytearray()
    for piece in json.JSONEncoder(sort_keys=True, ensure_ascii=False).iterencode(data):
        out += piece.encode("utf-8")
    return bytes(out)


def _text_columns(data: dict[str, Any]) -> tuple[str, ...]:
    """The documents_fts columns of a document's JSON. Removing a document tells the
    index these texts again, read back from the stored JSON: what they are made of may
    only change with SCHEMA_VERSION (a rebuild)."""
    return (
        _clean(data.get("headline") or ""),
        _clean("\n".join(data.get("subheadings") or [])),
        _clean("\n\n".join(data.get("body") or [])),
        _clean("\n".join(q["text"] for q in data.get("quotes") or [] if q["kind"] != "title")),
        _clean("\n".join(p.get("caption") or "" for p in data.get("photos") or [])),
    )


@functools.lru_cache(maxsize=16)
def _stored_text(blob: bytes) -> tuple[str, ...]:
    return _text_columns(json.loads(_payload(blob)))


def _pack_stems(columns: tuple[str, ...], quotes: list[tuple[int, str]], payload: bytes) -> bytes:
    """The stems a document's rows were indexed with: its documents_stem columns (the
    quotes column, their union, is made again on reading), then each quote's by its
    index in the document; compressed against the document's JSON (`payload`)."""
    stored = [*columns[:3], None, *columns[4:], {str(idx): stems for idx, stems in quotes}]
    encoded = json.dumps(stored, ensure_ascii=False).encode("utf-8")
    return _deflate(encoded, payload[-ZDICT_BYTES:], STEMS_LEVEL)


def _quote_stems(quotes: Iterable[str]) -> str:
    """The documents_stem quotes column: the distinct stems of its quotes, in order."""
    return " ".join(dict.fromkeys(" ".join(quotes).split()))


@functools.lru_cache(maxsize=16)
def _stored_stems(data: bytes, blob: bytes) -> tuple[tuple[str, ...], dict[str, str]]:
    *columns, quotes = json.loads(_inflate(blob, _payload(data)[-ZDICT_BYTES:]))
    columns[3] = _quote_stems(quotes.values())
    return tuple(columns), quotes


def _text_column(blob: bytes | None, column: int) -> str | None:
    """SQL `press_text(data, n)`: column n of documents_fts, from the stored JSON."""
    return _stored_text(blob)[column] if blob is not None else None


def _stem_column(data: bytes | None, blob: bytes | None, column: int) -> str | None:
    """SQL `press_stems(data, stems, n)`: column n of documents_stem, from the stored
    stems; `press_stems(data, stems, -1 - i)`: the stems of the document's quote i."""
    if data is None or blob is None:
        return None
    columns, quotes = _stored_stems(data, blob)
    return columns[column] if column >= 0 else quotes.get(str(-1 - column))


def _original_row(original: Original, payload: bytes) -> tuple[str, str, str, bytes]:
    """An originals row. The bytes are compressed with the document's JSON (`payload`)
    as the dictionary: an article's original repeats its text, which then costs little."""
    data = _deflate(original.data, payload[-ZDICT_BYTES:])
    return original.format, original.filename, json.dumps(original.options, default=str), data


def _unpack_original(data: bytes, document: bytes) -> bytes:
    """The original bytes of an originals row (`document`: the documents row's JSON)."""
    if len(data) > 1 and data[1] & 0x20:  # zlib's FDICT flag: packed with the JSON
        return _inflate(data, _payload(document)[-ZDICT_BYTES:])
    return zlib.decompress(data)  # an archive of schema 2, being rebuilt


def _clean(text: str) -> str:
    # The snippet markers must never come from the article itself.
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def marked_html(text: str) -> str:
    """Escape article text, then turn the snippet markers into <mark> elements."""
    escaped = html.escape(text, quote=False)
    return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def _most_used(spellings: dict[str, int]) -> str | None:
    return display_name(spellings) if spellings else None


def _year_prefix(key: str) -> str | None:
    """The first four characters of the dates of a year facet key ("999" → "0999"), or
    None for a key no date has (the facet's keys are `str(year)`)."""
    if not key.isascii() or not key.isdigit() or str(int(key)) != key or not 0 < int(key) < 10000:
        return None
    return f"{int(key):04d}"


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


def speaker_names_and_texts(
    conn: sqlite3.Connection,
) -> tuple[dict[str, int], Callable[[str], Iterator[str]]]:
    """What `alias_map` is computed from: the archive's distinct speaker values, each with
    the number of documents it is a speaker of, and a reader of the bodies of the
    documents a speaker key is a speaker of (in id order)."""
    names = dict(
        conn.execute(
            "SELECT value, count(*) FROM doc_facets WHERE facet = 'speaker' GROUP BY value"
        ).fetchall()
    )

    def texts(key: str) -> Iterator[str]:
        rows = conn.execute(
            "SELECT d.data FROM doc_facets f JOIN documents d ON d.rowid = f.doc"
            " WHERE f.facet = 'speaker' AND f.key = ? ORDER BY d.id",
            (key,),
        )
        for (blob,) in rows:
            yield _load(blob).text

    return names, texts


def speaker_context(conn: sqlite3.Connection) -> Context:
    """A reader, for `alias_map`, of each document a speaker key is a speaker of: its
    date and the role it gives the speaker."""

    def context(key: str) -> Iterator[tuple[str | None, str | None]]:
        yield from conn.execute(
            "SELECT d.published, s.role FROM doc_facets f JOIN documents d ON d.rowid = f.doc"
            " LEFT JOIN speakers s ON s.doc = f.doc AND s.key = f.key"
            " WHERE f.facet = 'speaker' AND f.key = ?",
            (key,),
        )

    return context


class SqliteBackend(Backend):
    on_wait: Callable[[str], None] | None = None  # hears why a write has to wait

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        result_cache: int = RESULT_CACHE_SIZE,
        upgrade: bool = False,
        write_cache_kib: int = WRITE_CACHE_KIB,
    ):
        """Open (or create) the archive at `path`.

        An archive of an older schema is refused with what to run, unless `upgrade`:
        then it can only be read and rebuilt (`reindex`) into the current schema.
        `write_cache_kib`: the page cache while writing (0: SQLite's default).
        """
        self.path = Path(path).expanduser()
        self.result_cache = result_cache
        self.write_cache_kib = write_cache_kib
        self.upgrade = upgrade
        self.old_schema: str | None = None
        self.url = f"sqlite:///{self.path}"
        self._local = threading.local()
        self._results: OrderedDict[tuple[Any, ...], SearchResult] = OrderedDict()
        self._results_lock = threading.Lock()
        self._columns = Columns()  # facet columns in memory (search/sqlite_columns.py)
        self._log_tried = 0  # the log's size when a restart last had to give up
        # The speaker alias map of a generation, with each merged person's variant keys
        # and the labels of people written more than one way (`person_labels`).
        self._canon: tuple[object, dict[str, str], dict[str, list[str]], dict[str, str]] | None = (
            None
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._check_schema(self.conn)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise SearchError(f"cannot open the archive {self.path}: {exc}") from exc

    # -- connections -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.create_function("press_text", 2, _text_column, deterministic=True)
        conn.create_function("press_stems", 3, _stem_column, deterministic=True)
        # Pages of 16 KiB hold a document's row (its JSON and stems) with less left
        # over than 4 KiB ones (only a new file takes it).
        conn.execute("PRAGMA page_size = 16384")
        use_write_ahead_log(conn, wait=30)
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
        # Written only when missing: opening an archive another import is writing to
        # must not wait for its write lock.
        have = {k for (k,) in conn.execute("SELECT key FROM meta")}
        if row is None:
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        if "generation" not in have:
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
        # Names this archive file, not its path: an archive deleted and created again at
        # the same path is another archive, and an import journal must not carry over.
        if "archive_id" not in have:
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

    def write(self, documents: Iterable[Document | Prepared]) -> Iterator[WriteResult]:
        with self._one_writer(), self._write_cache():
            yield from self._write(documents)

    @contextmanager
    def _write_cache(self) -> Iterator[None]:
        """A larger page cache for the length of a write (`WRITE_CACHE_KIB`); searches
        on the same connection afterwards keep the size they had."""
        conn = self.conn
        (before,) = conn.execute("PRAGMA cache_size").fetchone()
        if self.write_cache_kib:
            conn.execute(f"PRAGMA cache_size = {-int(self.write_cache_kib)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {int(before)}")

    def preparer(self) -> Callable[[Document], Prepared]:
        return prepare_document

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

    def _write(self, documents: Iterable[Document | Prepared]) -> Iterator[WriteResult]:
        # Results are yielded after their transaction commits, so a caller that records
        # progress never records a document that a crash could still lose.
        conn = self.conn
        done: list[WriteResult] = []
        written: list[Document | Prepared] = []  # the open transaction's documents
        held = 0  # what they hold in memory (`_held_bytes`)
        index = _IndexRows()  # their full-text rows, written as the transaction commits
        last_commit = time.monotonic()
        # IMMEDIATE: the write lock is taken (or waited for) up front; a read-then-write
        # transaction would fail at once when another writer committed in between.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in documents:
                written.append(item)
                held += _held_bytes(item)
                try:
                    done.append(self._write_one(conn, item, alone=False, index=index))
                except _HalfWritten:
                    # Written again, each document in a savepoint of its own, so the one
                    # that fails leaves nothing behind and the others stay.
                    conn.execute("BEGIN IMMEDIATE")
                    done = [self._write_one(conn, d) for d in written]
                if (
                    len(done) >= COMMIT_EVERY
                    or held + index.held > COMMIT_BYTES
                    or time.monotonic() - last_commit > COMMIT_SECONDS
                ):
                    done = self._commit(conn, done, written, index)
                    last_commit = time.monotonic()
                    yield from done
                    done, written, held = [], [], 0
                    conn.execute("BEGIN IMMEDIATE")
        finally:
            if conn.in_transaction:
                done = self._commit(conn, done, written, index)
        yield from done

    def _commit(
        self,
        conn: sqlite3.Connection,
        done: list[WriteResult],
        written: list[Document | Prepared],
        index: _IndexRows,
    ) -> list[WriteResult]:
        """Commit the open transaction, its held-back full-text rows first, and return
        its documents' results. Rows that fail to go in roll the transaction back, and
        its documents are written again as after a half-written one (`_write_one`)."""
        try:
            index.write(conn)
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if _disk_full(exc):
                raise SearchError(f"cannot write to {self.path}: {exc}") from exc
            if not isinstance(exc, Exception):
                raise
            conn.execute("BEGIN IMMEDIATE")
            done = [self._write_one(conn, d) for d in written]
        if any(r.status in ("created", "updated") for r in done):
            # Kept answers of searches are answers of an older archive now.
            conn.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
            )
            if all(r.status != "updated" for r in done):
                _note_appended(conn)
            _note_replaced(conn, [r.id for r in done if r.status == "updated"])
        conn.execute("COMMIT")
        self._bound_log(conn)
        return done

    def _bound_log(self, conn: sqlite3.Connection) -> None:
        """Searches running while an import writes each hold the state they began with,
        and while one always is, no checkpoint finishes and the log keeps everything the
        import writes (855 MB for 1,500 documents at 181k while two processes searched). Past
        a size, wait for the searches of older states to end and start the log over. A
        reader that stays (a long export) is waited for a search's time only, and again
        once the log has grown by as much, so the import is not held up at every commit."""
        try:
            size = os.stat(self.path.with_name(self.path.name + "-wal")).st_size
        except OSError:
            return
        if size <= max(LOG_RESTART_BYTES, self._log_tried + LOG_RESTART_BYTES):
            return
        (waits,) = conn.execute("PRAGMA busy_timeout").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {LOG_WAIT_MS}")
        try:
            # TRUNCATE: RESTART, and the file emptied, so its size says what it holds.
            (busy, _, _) = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(waits)}")
        self._log_tried = size if busy else 0

    def _write_one(
        self,
        conn: sqlite3.Connection,
        item: Document | Prepared,
        *,
        alone: bool = True,
        index: _IndexRows | None = None,
    ) -> WriteResult:
        """Write one document. `alone`: in a savepoint of its own, so a document that
        fails half-written leaves nothing behind. Without it (no savepoint per document:
        each one makes the full-text tables write out what they hold), a failure after
        the first row is written rolls the whole transaction back and raises
        `_HalfWritten`, for the caller to write its documents again one by one.
        `index`: where its full-text rows wait for the commit (else written at once)."""
        doc = item.document if isinstance(item, Prepared) else item
        try:
            corrected = self._corrected(conn, doc)
            derived = not (isinstance(item, Prepared) and corrected is doc and item.id == doc.id)
            if isinstance(item, Prepared) and not derived:
                rows = cast(_Rows, item.rows)
            else:
                # Derived here: a corrected document, or one whose id changed since.
                doc = corrected
                rows = _rows(doc)
            row = conn.execute(
                "SELECT rowid, content_hash FROM documents WHERE id = ?", (doc.id,)
            ).fetchone()
            if row and row[1] == rows.content_hash:
                return WriteResult(doc.id, "unchanged")
            if alone:
                conn.execute("SAVEPOINT doc")
            try:
                kept = None
                if row:
                    if index is not None and row[0] in index.documents:
                        # Its rows are among those held back: each table is told of the
                        # removal after them, as it was when none were held back.
                        index.write(conn)
                    # A re-import without the original bytes (an export) keeps them.
                    kept = self._original_at(conn, row[0]) if doc.original is None else None
                    self._remove_rows(conn, row[0])
                fts = self._insert(conn, rows, row[0] if row else None, kept)
                if index is None:
                    _write_index(conn, fts)
                else:
                    index.add(fts, count=derived)
                self._mark_corrected_quotes(conn, doc)
            except BaseException as exc:
                if alone:
                    conn.execute("ROLLBACK TO doc")
                    conn.execute("RELEASE doc")
                    raise
                conn.execute("ROLLBACK")
                if index is not None:
                    index.clear()
                if isinstance(exc, Exception) and not _disk_full(exc):
                    raise _HalfWritten() from exc
                raise
            if alone:
                conn.execute("RELEASE doc")
            return WriteResult(doc.id, "updated" if row else "created")
        except (sqlite3.Error, ValueError, TypeError) as exc:
            if _disk_full(exc):
                raise SearchError(f"cannot write to {self.path}: {exc}") from exc
            return WriteResult(doc.id, "failed", f"{type(exc).__name__}: {exc}")

    def _original_at(self, conn: sqlite3.Connection, rid: int) -> Original | None:
        row = conn.execute(
            "SELECT o.format, o.filename, o.options, o.data, d.data FROM originals o"
            " JOIN documents d ON d.rowid = o.doc WHERE o.doc = ?",
            (rid,),
        ).fetchone()
        if row is None:
            return None
        return Original(_unpack_original(row[3], row[4]), row[0], row[1], json.loads(row[2]))

    def _insert(
        self,
        conn: sqlite3.Connection,
        rows: _Rows,
        rowid: int | None,
        kept: Original | None = None,
    ) -> _IndexTables:
        """Insert a document's rows; return its bands and full-text rows
        (`_INDEX_INSERTS`'s tables), which the caller writes now or holds back
        (`_IndexRows`)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        cur = conn.execute(
            "INSERT INTO documents (rowid, id, headline, source, place, published, month, url,"
            " content_hash, text_key, signature, data, title, stems, imported_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rowid, *rows.document, now),
        )
        rid = cur.lastrowid
        original = rows.original
        if original is None and kept is not None:
            original = _original_row(kept, _payload(rows.document[10]))
        if original is not None:
            conn.execute(
                "INSERT INTO originals (doc, format, filename, options, data) VALUES (?,?,?,?,?)",
                (rid, *original),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO doc_facets (doc, facet, value, key) VALUES (?,?,?,?)",
            [(rid, *facet) for facet in rows.facets],
        )
        conn.executemany(
            "INSERT INTO speakers (doc, name, key, role, kind, aliases) VALUES (?,?,?,?,?,?)",
            [(rid, *speaker) for speaker in rows.speakers],
        )
        conn.executemany(
            "INSERT INTO speaker_aliases (alias_key, key, doc) VALUES (?,?,?)",
            [(*alias, rid) for alias in rows.aliases],
        )
        # Quoted titles stay in the document (its page marks them) but are nobody's
        # quote: they are not rows here, so quote search and the speaker facet skip them.
        stems: list[tuple[int, str]] = []
        texts: list[tuple[int, str]] = []
        if rows.quotes:
            # The row ids SQLite would give them one by one (one past the largest), so
            # the quotes and their speakers go in one statement each.
            (last,) = conn.execute("SELECT max(rowid) FROM quotes").fetchone()
            qids = range((last or 0) + 1, (last or 0) + 1 + len(rows.quotes))
            quote_rows: list[tuple[object, ...]] = []
            speaker_rows: list[tuple[object, ...]] = []
            for qid, (quote, names, stem) in zip(qids, rows.quotes, strict=True):
                quote_rows.append((qid, rid, *quote))
                speaker_rows.extend((qid, rid, name, key) for name, key in names)
                stems.append((qid, stem))
                texts.append((qid, quote[6]))
            conn.executemany(
                "INSERT INTO quotes (rowid, doc, idx, speaker, speaker_key, mention, kind,"
                " paragraph, text, text_key, published, speakers, method, confidence)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                quote_rows,
            )
            conn.executemany(
                "INSERT INTO quote_speakers (quote, doc, name, key) VALUES (?,?,?,?)",
                speaker_rows,
            )
        # The quote indexes are filled by the writer rather than by triggers: a statement
        # with a trigger makes the full-text tables write out their pending rows first.
        bands = [(band, rid) for band in rows.bands]
        return _IndexTables(bands, texts, stems, [(rid, *rows.text)], [(rid, *rows.stems)])

    def _remove_rows(
        self, conn: sqlite3.Connection, rid: int, *, keep_original: bool = False
    ) -> None:
        if not keep_original:
            conn.execute("DELETE FROM originals WHERE doc = ?", (rid,))
        for table in ("quotes_stem", "quote_speakers"):
            column = "rowid" if table == "quotes_stem" else "quote"
            conn.execute(
                f"DELETE FROM {table} WHERE {column} IN (SELECT rowid FROM quotes WHERE doc = ?)",
                (rid,),
            )
        (sig,) = conn.execute("SELECT signature FROM documents WHERE rowid = ?", (rid,)).fetchone()
        if sig:
            conn.executemany(
                "DELETE FROM doc_bands WHERE band = ? AND doc = ?",
                [(band, rid) for band in band_keys(sig.hex())],
            )
        # The full-text rows first: their removal reads the texts from the documents row.
        for table, column in (
            ("doc_facets", "doc"),
            ("speakers", "doc"),
            ("speaker_aliases", "doc"),
            ("quotes", "doc"),
            ("quote_corrections", "doc"),
            ("documents_fts", "rowid"),
            ("documents_stem", "rowid"),
            ("documents", "rowid"),
        ):
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (rid,))

    def delete(self, doc_id: str) -> bool:
        # An import takes SQLite's write lock again right after each commit, so a delete
        # that only waited for that lock failed after its busy timeout: it waits for the
        # import's file lock instead (and says so through `on_wait`), as a second import does.
        with self._one_writer():
            try:
                return self._delete(doc_id)
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                # Another process writing without that lock (a reindex, an older version).
                raise SearchError(
                    f"the archive {self.path} is busy: another process is writing to it;"
                    " try again when it has finished"
                ) from exc

    def _delete(self, doc_id: str) -> bool:
        conn = self.conn
        row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row:
            return False
        with conn:
            conn.execute("BEGIN")
            self._remove_rows(conn, row[0])
            # Its corrections stay on record, reported as orphaned.
            conn.execute("DELETE FROM parsed_documents WHERE id = ?", (doc_id,))
            conn.execute(
                "UPDATE corrections SET status = 'orphaned'"
                " WHERE document_id = ? AND status = 'applied' AND undoes IS NULL",
                (doc_id,),
            )
        return True

    def _has_table(self, name: str) -> bool:
        """Whether the file has this table (an archive of an older schema may lack it)."""
        found = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None

    def reindex(self) -> dict[str, object]:
        """Rebuild into a new file from the stored documents, then replace the old file
        (an archive lacking only the current schema's indexes gets them in place)."""
        if self.old_schema == INDEXES_ONLY:
            return self._add_indexes()
        rebuilt = self.path.with_name(self.path.name + ".rebuild")
        for stale in _sqlite_files(rebuilt):
            stale.unlink(missing_ok=True)
        new = SqliteBackend(rebuilt)
        # The rebuilt file is the same archive: what import journals know stays true.
        new.conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'archive_id'",
            (self.archive_key.rpartition("#")[2],),
        )
        corrections = 0
        if self._has_table("corrections"):
            # Corrections first: each document is written as parsed, with them applied.
            corrections = self.conn.execute("SELECT count(*) FROM corrections").fetchone()[0]
            with new.conn:
                new.conn.execute("BEGIN")
                new.conn.executemany(
                    "INSERT INTO corrections VALUES (?,?,?,?,?,?,?)",
                    self.conn.execute(
                        "SELECT id, document_id, created, user, status, undoes, data"
                        " FROM corrections"
                    ),
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
        return {
            "documents": counts.get("created", 0),
            "archive": self.url,
            "corrections": corrections,
        }

    def _add_indexes(self) -> dict[str, object]:
        conn = self.conn
        # Every statement of the schema is IF NOT EXISTS: only the missing indexes are made.
        # Stopped half way, it is run again.
        conn.executescript(SCHEMA)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))
        self.old_schema = None
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        return {"documents": documents, "archive": self.url, "corrections": 0, "in_place": True}

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
        """Every document with its original bytes (what a rebuild copies); a corrected
        one as parsed, since the rebuilt archive applies its corrections again."""
        parsed, data = "", "d.data"
        if self._has_table("parsed_documents"):
            parsed, data = (
                " LEFT JOIN parsed_documents p ON p.id = d.id",
                "coalesce(p.data, d.data)",
            )
        sql = (
            f"SELECT d.rowid, {data}, o.format, o.filename, o.options, o.data, d.data"
            f" FROM documents d LEFT JOIN originals o ON o.doc = d.rowid{parsed}"
            " WHERE d.rowid > ? ORDER BY d.rowid LIMIT ?"
        )
        for _rid, blob, fmt, filename, options, data, stored in self._batches(sql):
            doc = _load(blob)
            if fmt is not None:
                original = _unpack_original(data, stored)
                doc.original = Original(original, fmt, filename, json.loads(options))
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
        """Canonical keys a name or alias stands for: itself and every speaker it aliases,
        each with the keys of every spelling of the same person (`speaker_aliases`)."""
        key = speaker_key(name)
        rows = self.conn.execute(
            "SELECT DISTINCT key FROM speaker_aliases WHERE alias_key = ?", (key,)
        ).fetchall()
        keys = [key, *(r[0] for r in rows)]
        canon, people = self._speaker_people()
        if not canon:
            return list(dict.fromkeys(keys))
        return list(dict.fromkeys(k for one in keys for k in [one, *variants(canon, one, people)]))

    def speaker_aliases(self) -> dict[str, str]:
        """The archive's map from a variant's speaker key to its person's, as last stored."""
        return self._speaker_people()[0]

    def _speaker_people(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """The map and each merged person's variant keys, read once a generation."""
        aliases, people, _ = self._speaker_canon()
        return aliases, people

    def speaker_labels(self) -> dict[str, str]:
        """Each person's key → the spelling the person is shown by, for people the
        archive writes more than one way (`person_labels`), as last stored."""
        return self._speaker_canon()[2]

    def _speaker_canon(
        self,
    ) -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
        generation = self._generation()
        cached = self._canon
        if cached is not None and cached[0] == generation:
            return cached[1], cached[2], cached[3]
        if not self._has_table("speaker_canon"):
            return {}, {}, {}
        aliases = dict(self.conn.execute("SELECT alias_key, key FROM speaker_canon").fetchall())
        people = people_of(aliases)
        # Kept in meta (no table of their own: an archive without them shows each
        # person by the spellings a search finds, as before).
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'speaker_labels'").fetchone()
        labels: dict[str, str] = json.loads(row[0]) if row else {}
        self._canon = (generation, aliases, people, labels)
        return aliases, people, labels

    def update_speaker_aliases(self) -> dict[str, int]:
        seen = self._generation().number
        names, texts = speaker_names_and_texts(self.conn)
        aliases = alias_map(names, texts, speaker_context(self.conn))
        labels = person_labels(names, aliases)
        stored = self._speaker_canon()
        if (aliases, labels) != (stored[0], stored[2]) or self._generation().number != seen:
            conn = self.conn
            with self._one_writer():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if self._generation(conn).number != seen:
                        # Another writer changed the archive (or stored a map) since it
                        # was read: computed again under the lock, an older map never
                        # replaces a newer one.
                        names, texts = speaker_names_and_texts(conn)
                        aliases = alias_map(names, texts, speaker_context(conn))
                        labels = person_labels(names, aliases)
                    conn.execute("DELETE FROM speaker_canon")
                    conn.executemany("INSERT INTO speaker_canon VALUES (?, ?)", aliases.items())
                    conn.execute(
                        "INSERT OR REPLACE INTO meta VALUES ('speaker_labels', ?)",
                        (json.dumps(labels, ensure_ascii=False, sort_keys=True),),
                    )
                    # Facet columns and kept answers are of the archive before the merge.
                    conn.execute(
                        "UPDATE meta SET value = CAST(value AS INTEGER) + 1"
                        " WHERE key = 'generation'"
                    )
                    # No document changed: only the speaker columns are read again.
                    _note_appended(conn)
                    _note_replaced(conn, [])
                    conn.execute(
                        "INSERT OR REPLACE INTO meta SELECT 'people', value FROM meta"
                        " WHERE key = 'generation'"
                    )
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
        return {"names": len(names), "merged": len(aliases)}

    def similar(self, doc_id: str, limit: int = 20) -> list[Similar]:
        row = self.conn.execute(
            "SELECT rowid, text_key, signature FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return []
        rid, key, sig = row
        sig = sig.hex() if sig else None
        keys = band_keys(sig) if sig else []
        candidates = self.conn.execute(
            "SELECT d.id, d.headline, d.source, d.published, d.text_key, d.signature"
            " FROM documents d WHERE d.rowid != ? AND (d.text_key = ? OR d.rowid IN"
            f" (SELECT doc FROM doc_bands WHERE band IN ({','.join('?' * len(keys))})))",
            (rid, key, *keys),
        ).fetchall()
        hexed = [(*c[:5], c[5].hex() if c[5] else None) for c in candidates]
        return similar_documents(key, sig, hexed, limit)

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
            "SELECT o.format, o.filename, o.options, o.data, d.data FROM originals o"
            " JOIN documents d ON d.rowid = o.doc WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        return Original(_unpack_original(row[3], row[4]), row[0], row[1], json.loads(row[2]))

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
            " q.paragraph, NULL, q.rowid, q.speakers, q.method, q.confidence, d.title,"
            " qc.fields FROM quotes q JOIN documents d ON d.rowid = q.doc"
            " LEFT JOIN quote_corrections qc ON qc.doc = q.doc AND qc.idx = q.idx"
            f" WHERE q.rowid IN ({marks})"
            " ORDER BY q.published IS NULL, q.published, q.rowid",
            [r[0] for r in rows],
        ).fetchall()
        return [_quote_hit(r, marked_html(r[2])) for r in hits]

    def speaker(self, name: str) -> SpeakerSummary | None:
        key = self._one_speaker(name)
        if key is None:
            return None
        # Every spelling of the person the archive merges (`speaker_aliases`).
        canon, people, labels = self._speaker_canon()
        keys = variants(canon, key, people)
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT value, doc FROM doc_facets WHERE facet = 'speaker' AND key IN ({marks})",
            keys,
        ).fetchall()
        names: dict[str, int] = {}
        for n, _doc in rows:
            names[n] = names.get(n, 0) + 1
        roles: dict[str, None] = {}
        aliases: dict[str, None] = {}
        for role, alias_json in self.conn.execute(
            f"SELECT role, aliases FROM speakers WHERE key IN ({marks}) ORDER BY doc", keys
        ):
            if role:
                roles[role] = None
            aliases.update(dict.fromkeys(json.loads(alias_json or "[]")))
        quotes = self.conn.execute(
            f"SELECT count(DISTINCT quote) FROM quote_speakers WHERE key IN ({marks})", keys
        ).fetchone()[0]
        summary = summarise_speaker(names, len({r[1] for r in rows}), quotes, roles, aliases)
        return shown_by_label(summary, labels.get(keys[0]))

    def _one_speaker(self, name: str) -> str | None:
        """The person's key of the one speaker a name stands for: the name's own, else the
        one speaker it is an alias of. A surname shared by two speakers names neither, nor
        one written for one of two people of the archive who have it."""
        key = speaker_key(name)
        canon = self.speaker_aliases()
        exists = "SELECT 1 FROM doc_facets WHERE facet = 'speaker' AND key = ? LIMIT 1"
        if self.conn.execute(exists, (key,)).fetchone():
            return canon.get(key, key)
        others = {canon.get(k, k) for k in self.speaker_keys(name)} - {canon.get(key, key)}
        return one_person(key, others, lambda: self._keys_ending(key), canon)

    def _keys_ending(self, surname: str) -> list[str]:
        """The speaker keys of the archive whose last word is `surname` (a key)."""
        ending = "% " + surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT DISTINCT key FROM doc_facets WHERE facet = 'speaker' AND key LIKE ?"
            " ESCAPE '\\'",
            (ending,),
        ).fetchall()
        return [k for (k,) in rows]

    def stats(self) -> dict[str, object]:
        conn = self.conn

        def one(sql: str) -> object:
            return conn.execute(sql).fetchone()[0]

        return {
            "archive": self.url,
            "documents": one("SELECT count(*) FROM documents"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "speakers": one("SELECT count(DISTINCT key) FROM doc_facets WHERE facet = 'speaker'"),
            # Speakers once the spellings of one person merge (`speaker_aliases`).
            "persons": one(
                "SELECT count(DISTINCT coalesce(c.key, f.key)) FROM doc_facets f"
                " LEFT JOIN speaker_canon c ON c.alias_key = f.key WHERE f.facet = 'speaker'"
            )
            if self._has_table("speaker_canon")
            else one("SELECT count(DISTINCT key) FROM doc_facets WHERE facet = 'speaker'"),
            "sources": one("SELECT count(DISTINCT key) FROM doc_facets WHERE facet = 'source'"),
            "earliest": one("SELECT min(published) FROM documents"),
            "latest": one("SELECT max(published) FROM documents"),
        }

    # -- corrections (search/corrections.py) -------------------------------------

    def _corrected(self, conn: sqlite3.Connection, doc: Document) -> Document:
        """The document with the corrections recorded for it applied. Its parsed form is
        kept beside it, so an undo starts from the parse and not from corrected values."""
        rows = conn.execute(
            "SELECT status, data FROM corrections WHERE document_id = ?", (doc.id,)
        ).fetchall()
        if not rows:
            return doc
        records = [_correction(status, data) for status, data in rows]
        applied = apply_corrections(doc, records)
        conn.execute(
            "INSERT OR REPLACE INTO parsed_documents (id, data) VALUES (?, ?)", (doc.id, _dump(doc))
        )
        was = {c.id: c.status for c in records}
        conn.executemany(
            "UPDATE corrections SET status = ? WHERE id = ?",
            [(status, cid) for cid, status in applied.statuses.items() if was[cid] != status],
        )
        return applied.document

    def _mark_corrected_quotes(self, conn: sqlite3.Connection, doc: Document) -> None:
        marked = [(i, q.corrected) for i, q in enumerate(doc.quotes) if q.corrected]
        if not marked:
            return
        rid = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
        conn.executemany(
            "INSERT OR REPLACE INTO quote_corrections (doc, idx, fields) VALUES (?,?,?)",
            [(rid, i, json.dumps(fields)) for i, fields in marked],
        )

    def _record(self, records: list[Correction]) -> list[Correction]:
        # One transaction: a record is never kept without its document rewritten.
        conn = self.conn
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            added = self._insert_corrections(conn, records)
            self._rewrite(conn, sorted({c.document_id for c in added}))
        return added

    def _insert_corrections(
        self, conn: sqlite3.Connection, records: list[Correction]
    ) -> list[Correction]:
        added = []
        for c in records:
            cur = conn.execute(
                "INSERT OR IGNORE INTO corrections"
                " (id, document_id, created, user, status, undoes, data)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    c.id,
                    c.document_id,
                    _stamp(c.created),
                    c.user,
                    c.status,
                    c.undoes,
                    json.dumps(c.to_dict(), ensure_ascii=False),
                ),
            )
            if cur.rowcount:
                added.append(c)
        return added

    def _rewrite(self, conn: sqlite3.Connection, document_ids: list[str]) -> None:
        """Write these documents again from their parsed form, corrections applied."""
        for doc_id in document_ids:
            row = conn.execute(
                "SELECT coalesce(p.data, d.data) FROM documents d"
                " LEFT JOIN parsed_documents p ON p.id = d.id WHERE d.id = ?",
                (doc_id,),
            ).fetchone()
            if row is None:
                rows = conn.execute(
                    "SELECT status, data FROM corrections WHERE document_id = ?", (doc_id,)
                ).fetchall()
                statuses = statuses_without_document(_correction(*r) for r in rows)
                conn.executemany(
                    "UPDATE corrections SET status = ? WHERE id = ?",
                    [(status, cid) for cid, status in statuses.items()],
                )
                continue
            result = self._write_one(conn, _load(row[0]))
            if result.status == "failed":
                raise SearchError(f"could not rewrite {doc_id}: {result.error}")

    def correction(self, correction_id: str) -> Correction | None:
        row = self.conn.execute(
            "SELECT status, data FROM corrections WHERE id = ?", (correction_id,)
        ).fetchone()
        return _correction(*row) if row else None

    def corrections(
        self,
        document_id: str | None = None,
        user: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Correction]:
        where, params = ["1"], []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if user is not None:
            where.append("user = ?")
            params.append(user)
        if (start := as_utc(since)) is not None:
            where.append("created >= ?")
            params.append(_stamp(start))
        if (end := as_utc(until, end=True)) is not None:
            where.append("created <= ?")
            params.append(_stamp(end))
        rows = self.conn.execute(
            f"SELECT status, data FROM corrections WHERE {' AND '.join(where)}"
            " ORDER BY created DESC, id DESC LIMIT ? OFFSET ?",
            [*params, max(0, int(limit)), max(0, int(offset))],
        )
        return [_correction(*r) for r in rows]

    def orphaned_corrections(self) -> list[Correction]:
        rows = self.conn.execute(
            "SELECT status, data FROM corrections WHERE status = 'orphaned'"
            " ORDER BY created DESC, id DESC"
        )
        return [_correction(*r) for r in rows]

    # -- searching -------------------------------------------------------------

    def _generation(self, conn: sqlite3.Connection | None = None) -> Generation:
        """Changes whenever a document is added, replaced or removed, or the file replaced."""
        meta = dict(
            (conn or self.conn)
            .execute(
                "SELECT key, value FROM meta"
                " WHERE key IN ('generation', 'appended', 'people', 'replaced')"
            )
            .fetchall()
        )
        number = int(meta.get("generation") or 0)
        start, _, end = (meta.get("appended") or "").partition(" ")
        since = int(start) if end.isdigit() and int(end) == number else number
        people = int(meta.get("people") or 0)
        first, last, ids = ((meta.get("replaced") or "").split(" ") + ["", "", ""])[:3]
        if not (last.isdigit() and int(last) == number and first.isdigit()):
            first, ids = "-1", ""
        return Generation(os.stat(self.path).st_ino, number, since, people, int(first), ids)

    def search(self, request: SearchRequest) -> SearchResult:
        # Facet counts over a large archive are the slow part, and journalists repeat
        # searches (the landing page, paging, going back): answers are kept until the
        # archive changes.
        conn = self.conn
        with _snapshot(conn):
            generation = self._generation(conn)
            key = (generation, repr(request))
            with self._results_lock:
                cached = self._results.get(key)
                if cached is not None:
                    self._results.move_to_end(key)
                    return dataclasses.replace(cached, took_ms=0.0)
            result = self._search(conn, request, generation)
        if not result.timed_out and not any(f.timed_out for f in result.facets.values()):
            with self._results_lock:
                self._results[key] = result
                while len(self._results) > self.result_cache:
                    self._results.popitem(last=False)
        return result

    def _search(
        self, conn: sqlite3.Connection, request: SearchRequest, generation: Generation
    ) -> SearchResult:
        started = time.monotonic()
        deadline = _Deadline(conn)
        plan = _Plan(self, request, generation)
        # Read (or brought forward) once per generation, outside the time limit: a search
        # after an import's commit must not time out reading what the commit changed.
        plan.load(conn)
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
            with _snapshot(conn):  # the whole list of one generation, as a search's page
                plan = _Plan(self, request, self._generation(conn))
                plan.load(conn)
                plan.fill_base(conn)
                yield from plan.rows(conn, limit=-1, offset=0)
        finally:
            conn.close()


def _quote_hit(r: tuple[Any, ...], text_html: str) -> QuoteHit:
    """A QuoteHit from a row: doc id, idx, text, speaker, kind, headline, source,
    published, paragraph, score, rowid, speakers (JSON), method, confidence, title,
    corrected fields (JSON)."""
    part, paragraph = position_part(r[8] or 0)
    return QuoteHit(
        document_id=r[0],
        index=r[1],
        text=text_html,
        speaker=r[3],
        kind=r[4],
        headline=r[5],
        source=r[6],
        published=parse_iso_date(r[7]),
        part=part,
        paragraph=paragraph,
        score=-r[9] if r[9] is not None else None,
        speakers=json.loads(r[11] or "[]"),
        method=r[12],
        confidence=r[13],
        title=r[14] if len(r) > 14 else None,
        corrected=json.loads(r[15]) if len(r) > 15 and r[15] else [],
    )


def _correction(status: str, data: str) -> Correction:
    record = Correction.from_dict(json.loads(data))
    record.status = status  # type: ignore[assignment]
    return record


def _stamp(moment: datetime) -> str:
    """A time as stored: UTC, fixed width, so text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
    if stored == INDEXES_ONLY:
        return (
            f"{path} is an archive of schema {stored}; this version of Press Archive uses schema"
            f" {SCHEMA_VERSION}, which adds two indexes. Run `press reindex --archive {path}`:"
            " it adds them in place (the documents are not rebuilt)"
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


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every statement reads the archive as it was at the first
    (WAL keeps that state for the reader while a writer commits)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _note_appended(conn: sqlite3.Connection) -> None:
    """Record that the generation just counted only added documents: `appended` holds
    the run of generations `start end` between which every write added rows past the
    largest row ids and changed none, so facet columns can be brought forward by reading
    the new rows alone (search/sqlite_columns.py). Any other write leaves it behind."""
    (number,) = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    row = conn.execute("SELECT value FROM meta WHERE key = 'appended'").fetchone()
    start, _, end = (row[0] if row else "").partition(" ")
    number = int(number)
    if not end.isdigit() or int(end) != number - 1:
        start = str(number - 1)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('appended', ?)", (f"{start} {number}",))


def _last_row(conn: sqlite3.Connection, table: str) -> tuple[int, int]:
    """The largest row id of `quotes` or `documents` and that quote's document (-1 for
    documents: a replaced document keeps its row id), (0, -1) when the table is empty."""
    if table == "quotes":
        sql = "SELECT rowid, doc FROM quotes ORDER BY rowid DESC LIMIT 1"
    else:
        sql = "SELECT rowid, -1 FROM documents ORDER BY rowid DESC LIMIT 1"
    row = conn.execute(sql).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, -1)


def _note_replaced(conn: sqlite3.Connection, document_ids: list[str]) -> None:
    """Record the run of generations (`replaced`: `start end rowids`) between which every
    write added documents or replaced documents in place (a replaced document keeps its
    row id), with the row ids of those replaced: facet columns are then brought forward
    by reading those documents' rows again and the rows added (search/sqlite_columns.py)
    rather than whole. A write this does not see (a removal, a correction rewriting a
    document) ends the run: the generation it began from is not the run's end."""
    (number,) = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    number = int(number)
    # Each replaced document's removal counted one generation (the delete trigger), the
    # commit one more: the transaction began at this generation.
    began = number - 1 - len(document_ids)
    row = conn.execute("SELECT value FROM meta WHERE key = 'replaced'").fetchone()
    start, end, ids = ((row[0] if row else "").split(" ") + ["", "", ""])[:3]
    rows = {int(r) for r in ids.split(",") if r} if end == str(began) else set()
    if end != str(began):
        start = str(began)
    for doc_id in document_ids:
        found = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if found:
            rows.add(found[0])
    if len(rows) > REPLACED_KEPT:  # a reparse: the columns are read whole once
        start, rows = str(number), set()
    value = f"{start} {number} {','.join(map(str, sorted(rows)))}"
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('replaced', ?)", (value,))


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


# The facet column of each quote's speakers (the others are named as in doc_facets).
QUOTE_SPEAKERS = "quote speakers"
SPEAKER_FACET = "speaker"
# The covering indexes that answer "row id → document, date" for each scope.
ROW_INDEX = {"quotes": "quotes_rows", "documents": "documents_rows"}


@dataclasses.dataclass
class _Found:
    """The rows matching the query, as arrays in one order: row id, document, the year
    of the row's date (`NO_YEAR` if undated), and for each selected facet whether the
    row has one of its selected values."""

    rid: Ints
    doc: Ints
    year: Ints
    passes: dict[str, Any]

    def keep(self, skip: str | None = None) -> Any:
        """Which rows pass every selected facet except `skip`."""
        keep = np.ones(len(self.rid), dtype=np.bool_)
        for facet, passes in self.passes.items():
            if facet != skip:
                keep &= passes
        return keep


class _Plan:
    """One search request turned into SQL over temp tables, and facet counts over arrays.

    `found` holds the rows matching the query; `hits` those of them that also pass every
    selected facet value, filled once so the count, the page and the histogram do not
    each apply the filters again; `rank` the relevance scores. The facets count the
    rows read from `found` once (`_Found`) against the archive's facet columns.
    """

    def __init__(self, backend: SqliteBackend, request: SearchRequest, generation: Generation):
        self.request = request
        self.generation = generation  # of the read transaction the search runs in
        self.base_rows = self.hits_rows = 0
        self._found: _Found | None = None
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
        table = self.table
        if sql.by_rowid:
            # Each matching row looked up in the narrow index keyed by row id: a page of
            # the table holds a few documents (or tens of quotes), one of it hundreds.
            table += f" INDEXED BY {ROW_INDEX[self.request.scope]}"
        if sql.match and sql.rest:
            # Rows read by joining the match's row ids as they come (in order).
            fts, term = sql.match
            table = f"{fts} CROSS JOIN {table} ON {self.row} = {fts}.rowid"
            where, params = f"{fts} MATCH ? AND {sql.rest.where}", [term, *sql.rest.params]
        else:
            where, params = sql.where, sql.params
        if self.confident:
            where, params = f"({where}) AND q.confidence >= ?", [*params, CONFIDENT]
        if sql.match and sql.rest and sql.rest.where == "1" and not self.confident:
            # Words alone: the full-text index lists the rows; no row is looked up.
            fts, term = sql.match
            select, params = f"SELECT group_concat(rowid) FROM {fts} WHERE {fts} MATCH ?", [term]
        else:
            select = f"SELECT group_concat({self.row}) FROM {table} WHERE {where}"
        # The matching row ids in one value (no row handed to Python one by one); their
        # documents and dates, the selected facets and the facet counts are read from the
        # columns in memory.
        found = self._read_found(conn, parse_ints(conn.execute(select, params).fetchone()[0]))
        passing = found.rid[found.keep()]
        self.base_rows = len(found.rid)
        # The rows passing every selected value, with their document and date, for the
        # count, the histogram and the order of the page (a month is the date's first 7
        # characters, as `_month` writes it), each looked up by row id.
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS hits (rid INTEGER PRIMARY KEY, doc INTEGER,"
            " published TEXT)"
        )
        conn.execute("DELETE FROM temp.hits")
        row_table = f"{self.table} INDEXED BY {ROW_INDEX[self.request.scope]}"
        published = "q.published" if self.quotes else "d.published"
        # A slice of the row ids at a time: one list of them all is a Python object per
        # id (at a million matching rows about 100 MB at once, an export's peak).
        self.hits_rows = 0
        for start in range(0, len(passing), HITS_SLICE):
            ids = passing[start : start + HITS_SLICE].tolist()
            self.hits_rows += conn.execute(
                f"INSERT INTO temp.hits (rid, doc, published) SELECT {self.row}, {self.doc},"
                f" {published} FROM json_each(?) AS j CROSS JOIN {row_table}"
                f" ON {self.row} = j.value",
                ["[" + ",".join(map(str, ids)) + "]"],
            ).rowcount

    @property
    def hits(self) -> str:
        """The rows passing the query and the selected facets, named `base` in SQL."""
        if self.everything:
            if self.quotes:
                return "(SELECT rowid AS rid, doc, published FROM quotes) AS base"
            return "(SELECT rowid AS rid, rowid AS doc, published, month FROM documents) AS base"
        return "temp.hits AS base"

    @property
    def month(self) -> str:
        """The month of a `base` row: the whole archive's documents are counted by month
        from their index; other rows' months are their dates' first 7 characters."""
        if self.everything and not self.quotes:
            return "base.month"
        return "substr(base.published, 1, 7)"

    def _read_found(self, conn: sqlite3.Connection, rid: Ints | None = None) -> _Found:
        """The rows matching the query (row ids; every row when browsing everything) with
        their documents and years, and for each selected facet which rows have one of its
        selected values."""
        if self._found is not None:
            return self._found
        rid, doc, year = self._rows(conn).find(rid)
        passes: dict[str, Any] = {}
        for facet, values in self.request.filters.items():
            keys = [k for v in values for k in self._keys(facet, v)]
            if facet == "year":
                # A year is the row's own date: its first four characters, as written.
                years = [int(y) for y in map(_year_prefix, keys) if y]
                passes[facet] = np.isin(year, years)
            elif facet == "speaker" and self.quotes:
                # Any speaker of the quote: a joint quote is each of its speakers'.
                passes[facet] = self._column(conn, QUOTE_SPEAKERS).having(rid, keys)
            else:
                passes[facet] = self._column(conn, self._row_facet(facet)).having(doc, keys)
        self._found = _Found(rid, doc, year, passes)
        return self._found

    def _rows(self, conn: sqlite3.Connection) -> Rows:
        """Each row's document and year, by row id (search/sqlite_columns.py)."""
        table, doc = ("quotes", "doc") if self.quotes else ("documents", "rowid")
        year = "substr(published, 1, 4)"
        sql = (
            f"SELECT group_concat(rowid), group_concat({doc}),"
            f" group_concat(ifnull(CAST({year} AS INTEGER), {NO_YEAR}))"
            f" FROM {table} INDEXED BY {ROW_INDEX[self.request.scope]} WHERE rowid > ?"
        )
        # Rows of replaced documents (by document: a replaced one's quotes are new rows)
        # and rows added past `bound`.
        again = (
            f"SELECT group_concat(r), group_concat(d), group_concat(y) FROM ("
            f"SELECT rowid AS r, {doc} AS d, ifnull(CAST({year} AS INTEGER), {NO_YEAR}) AS y"
            f" FROM {table} INDEXED BY {ROW_INDEX[self.request.scope]} WHERE rowid > ?"
            f" UNION ALL SELECT rowid, {doc}, ifnull(CAST({year} AS INTEGER), {NO_YEAR})"
            f" FROM {table} WHERE {doc} IN (SELECT value FROM json_each(?)) AND rowid <= ?)"
        )

        def read(above: int | None) -> Rows:
            return Rows.read(conn.execute(sql, [-1 if above is None else above]).fetchone())

        def patch(kept: Rows) -> Rows:
            docs = self.generation.replaced_ids()
            last, _ = _last_row(conn, table)
            if ids_reused(kept.bound, kept.owner if self.quotes else -1, last, docs):
                return read(None)
            listed = json.dumps(docs.tolist())
            delta = Rows.read(conn.execute(again, [kept.bound, listed, kept.bound]).fetchone())
            return kept.patch(delta, kept.rows_of(docs) if self.quotes else docs)

        return self.backend._columns.get(self.generation, table, read, patch=patch)

    def _column(self, conn: sqlite3.Connection, name: str) -> Column:
        """A facet column of the archive: the speakers of each quote, or a doc_facets facet
        for each document."""
        if name == QUOTE_SPEAKERS:
            sql = "SELECT key, name, group_concat(quote) FROM quote_speakers GROUP BY key, name"
            params: list[object] = []
        else:
            sql = (
                "SELECT key, value, group_concat(doc) FROM doc_facets WHERE facet = ?"
                " GROUP BY key, value"
            )
            params = [name]
        # Speakers are counted by person: the archive's spellings of one person merged.
        speakers = name in (QUOTE_SPEAKERS, SPEAKER_FACET, CONFIDENT_FACET)
        aliases, _people, labels = self.backend._speaker_canon() if speakers else ({}, {}, {})

        def by_person(rows: list[Any]) -> list[Any]:
            return person_rows(rows, aliases, labels) if aliases or labels else rows

        table, row = ("doc_facets", "doc")
        if name == QUOTE_SPEAKERS:
            table, row = ("quote_speakers", "quote")
        owner = "quotes" if name == QUOTE_SPEAKERS else "documents"  # the rows' table

        def read(above: int | None) -> Column:
            if above is None:
                rows = conn.execute(sql, params).fetchall()
            else:
                # The rows past `above` alone: the table's name stands for them in the SQL
                # (materialized: read by a range of the primary key, not by the SQL's index).
                bound = (
                    f"WITH {table} AS MATERIALIZED (SELECT * FROM main.{table} WHERE {row} > ?)"
                    f" {sql}"
                )
                rows = conn.execute(bound, [above, *params]).fetchall()
            return Column.read(by_person(rows), *_last_row(conn, owner))

        def patch(kept: Column) -> Column:
            # The rows of replaced documents read again (a quote's: every quote of the
            # document now, whatever its row id), and the rows added past `bound`; read
            # whole when the quotes written since may have taken row ids the column
            # holds for others (a replaced document's deleted quotes held the last ids).
            docs = self.generation.replaced_ids()
            last, last_doc = _last_row(conn, owner)
            if ids_reused(kept.bound, kept.owner, last, docs):
                return read(None)
            listed = json.dumps(docs.tolist())
            of_docs = "SELECT value FROM json_each(?)"
            if name == QUOTE_SPEAKERS:
                of_docs = f"SELECT rowid FROM main.quotes WHERE doc IN ({of_docs})"
                (found,) = conn.execute(f"SELECT group_concat(rowid) FROM ({of_docs})", [listed])
                docs = parse_ints(found[0])
            bounded = (
                f"WITH {table} AS MATERIALIZED (SELECT * FROM main.{table}"
                f" WHERE {row} > ? OR {row} IN ({of_docs})) {sql}"
            )
            rows = conn.execute(bounded, [kept.bound, listed, *params]).fetchall()
            delta = Column.read(by_person(rows), last, last_doc)
            return kept.patch(delta, docs)

        # The alias map changes the speaker columns alone (`update_speaker_aliases`).
        changed = self.generation.people if speakers else 0
        return self.backend._columns.get(self.generation, name, read, changed, patch)

    def load(self, conn: sqlite3.Connection) -> None:
        """Read the columns this search counts with (kept for the generation)."""
        self._rows(conn)
        for facet in [*self.request.filters, *self.request.facets]:
            if facet == "year":
                continue  # the rows' own dates
            if facet == "speaker" and self.quotes:
                self._column(conn, QUOTE_SPEAKERS)
            else:
                self._column(conn, self._row_facet(facet))

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
        if self.quotes:
            select = (
                "SELECT d.id, q.idx, q.text, q.speaker, q.kind, d.headline, d.source,"
                " q.published, q.paragraph, {score}, q.rowid, q.speakers, q.method,"
                " q.confidence, d.title, qc.fields FROM {rows}"
                " JOIN quotes q ON q.rowid = base.rid JOIN documents d ON d.rowid = q.doc"
                " LEFT JOIN quote_corrections qc ON qc.doc = q.doc AND qc.idx = q.idx"
            )
        else:
            select = (
                "SELECT d.id, d.headline, d.source, d.place, d.published, d.rowid,"
                " {score}, d.title FROM {rows} JOIN documents d ON d.rowid = base.rid"
            )
        if limit >= 0 and not self.everything:
            # A page: ordered from the temp tables alone (each row's date is kept there),
            # so only the page's rows are looked up in the archive's tables.
            page = conn.execute(
                f"SELECT base.rid, {score} FROM {self.hits} {rank_join}"
                f" ORDER BY {self._order(score, 'base.published')} LIMIT ? OFFSET ?",
                [limit, offset],
            ).fetchall()
            if not page:
                return
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS page"
                " (rid INTEGER PRIMARY KEY, n INTEGER, score REAL)"
            )
            conn.execute("DELETE FROM temp.page")
            conn.executemany(
                "INSERT INTO temp.page VALUES (?, ?, ?)",
                [(rid, n, value) for n, (rid, value) in enumerate(page)],
            )
            sql = select.format(rows="temp.page AS base", score="base.score")
            cursor = conn.execute(f"{sql} ORDER BY base.n")
        else:
            column = "q.published" if self.quotes else "d.published"
            sql = select.format(rows=self.hits, score=score)
            cursor = conn.execute(
                f"{sql} {rank_join} ORDER BY {self._order(score, column)} LIMIT ? OFFSET ?",
                [limit, offset],
            )
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
        # Only the hits are scored: bm25 is most of the cost of scoring, and with facets
        # selected most rows the words match are not hits. `+rowid` keeps the hits a
        # filter on the match: as a constraint, FTS5 would run the match once per hit.
        only_hits = "" if self.everything else f" AND +rowid IN (SELECT rid FROM {self.hits})"
        conn.execute(
            f"INSERT INTO temp.rank (rid, exact, score) SELECT rowid, 1, bm25({fts}{weights})"
            f" FROM {fts} WHERE {fts} MATCH ?{only_hits}",
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
            f" FROM {stem} WHERE {stem} MATCH ?{only_hits} AND true"
            " ON CONFLICT (rid) DO NOTHING",
            [self.stem_expr],
        )

    def _order(self, score: str, column: str) -> str:
        # SQLite sorts NULL (undated) last in descending order by itself.
        if self.request.sort == "oldest":
            return f"{column} ASC NULLS LAST, base.rid ASC"
        if score != "NULL" and self.request.sort == "relevance":
            # Ties in row order, as the rows are kept: a page and a whole list agree.
            return f"r.exact DESC, {score} ASC NULLS LAST, {column} DESC, base.rid ASC"
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
            texts = {r[10]: r[2] for r in batch}
            pair = (MARK_OPEN, MARK_CLOSE)
            marked = marked_texts(conn, texts, cast(str, self.mark_expr), pair)
        return [_quote_hit(r, marked_html(marked.get(r[10], r[2]))) for r in batch]

    def facet(self, conn: sqlite3.Connection, name: str, deadline: _Deadline) -> Facet:
        size = facet_size(name, self.request.facet_size)
        try:
            with deadline.limit(max(self.request.timeout_ms // 2, 200)):
                rows = self._facet_of_rows(conn, name, size)
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
            return Facet(name, self._selected_only(name), timed_out=True)
        chosen = self.request.filters.get(name, [])
        values = facet_values(name, rows, chosen, lambda v: self._keys(name, v))
        return Facet(name, values)

    def _facet_of_rows(
        self, conn: sqlite3.Connection, name: str, size: int
    ) -> list[tuple[str, int]]:
        """A facet counted over the matching rows: each key's count and the count of each
        of its spellings (a merged speaker, "Strauß"/"STRAUSS"). A selected facet is
        counted under the other facets' selections only, so alternatives stay visible."""
        found = self._read_found(conn)
        keep = found.keep(skip=name)
        if name == "year":
            # A year is written one way (its key): counted from the rows' own dates.
            years = found.year[keep]
            numbers, counts = np.unique(years[years != NO_YEAR], return_counts=True)
            counted = [(str(y), n) for y, n in zip(numbers.tolist(), counts.tolist(), strict=True)]
            counted.sort(key=lambda kn: (-kn[1], kn[0]))
            return counted[:size]
        if name == "speaker" and self.quotes:
            # Each speaker of a joint quote counts it.
            return self._column(conn, QUOTE_SPEAKERS).count(found.rid[keep], size)
        # Each row counts its document's values (a quote, those of its document).
        return self._column(conn, self._row_facet(name)).count(found.doc[keep], size)

    def _selected_only(self, name: str) -> list[FacetValue]:
        return [FacetValue(v, 0, True) for v in self.request.filters.get(name, [])]

    def histogram(self, conn: sqlite3.Connection, deadline: _Deadline) -> list[tuple[str, int]]:
        sql = (
            f"SELECT {self.month} AS m, count(*) FROM {self.hits}"
            " WHERE m IS NOT NULL GROUP BY m ORDER BY m"
        )
        try:
            with deadline.limit(max(self.request.timeout_ms // 2, 200)):
                return [(m, n) for m, n in conn.execute(sql)]
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
            return []
