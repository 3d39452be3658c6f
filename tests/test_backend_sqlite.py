"""The behavioural suite on the embedded SQLite FTS5 backend."""

import pytest

from search.sqlite import SqliteBackend
from tests.backend_suite import BackendTests
from tests.fixtures.archive import archive_documents


class TestSqlite(BackendTests):
    @pytest.fixture(scope="class")
    @classmethod
    def backend(cls, tmp_path_factory):
        backend = SqliteBackend(tmp_path_factory.mktemp("sqlite") / "archive.db")
        results = list(backend.write(archive_documents()))
        assert {r.status for r in results} == {"created"}
        yield backend
        backend.close()

    @pytest.fixture
    def empty_backend(self, tmp_path):
        backend = SqliteBackend(tmp_path / "empty.db")
        yield backend
        backend.close()


def _answer(backend, request):
    result = backend.search(request)
    ids = [getattr(h, "id", None) or (h.document_id, h.index) for h in result.hits]
    facets = {
        n: [(v.value, v.count, v.selected) for v in f.values] for n, f in result.facets.items()
    }
    return result.total, ids, facets, result.histogram


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize(
    ("q", "filters"),
    [
        ("", {}),
        ("tariffs", {}),
        ("tariffs", {"source": ["Harbour News"]}),
        ("tariffs", {"source": ["Harbour News", "Capital Wire"], "year": ["2022"]}),
        ("", {"speaker": ["Marsh"], "language": ["en"]}),
    ],
)
def test_facet_counts_from_columns_are_those_of_sql(tmp_path, scope, q, filters):
    """Facets counted from the columns in memory, read afresh or kept, give the counts a
    plain SQL count of the same rows gives, under the other facets' selections."""
    import sqlite3

    import search.sqlite
    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "plans.db", result_cache=0)  # every answer computed
    list(backend.write(archive_documents()))
    request = SearchRequest(parse_query(q), filters=filters, scope=scope)
    first = _answer(backend, request)
    assert _answer(backend, request) == first  # columns kept
    backend._columns = search.sqlite.Columns()
    assert _answer(backend, request) == first  # columns read again

    conn = sqlite3.connect(tmp_path / "plans.db")
    for name, counted in first[2].items():
        if name == "year":
            continue  # its own test below
        others = {k: v for k, v in filters.items() if k != name}
        rows = backend.search(
            SearchRequest(parse_query(q), filters=others, scope=scope, facets=(), limit=10_000)
        ).hits
        if scope == "documents":
            ids = [h.id for h in rows]
            sql = (
                "SELECT f.key, f.value FROM documents d JOIN doc_facets f ON f.doc = d.rowid"
                " AND f.facet = ? WHERE d.id = ?"
            )
            pairs = [p for i in ids for p in conn.execute(sql, [name, i])]
        elif name == "speaker":
            sql = (
                "SELECT s.key, s.name FROM documents d JOIN quotes qq ON qq.doc = d.rowid"
                " JOIN quote_speakers s ON s.quote = qq.rowid WHERE d.id = ? AND qq.idx = ?"
            )
            pairs = [p for h in rows for p in conn.execute(sql, [h.document_id, h.index])]
        else:
            sql = (
                "SELECT f.key, f.value FROM documents d JOIN doc_facets f ON f.doc = d.rowid"
                " AND f.facet = ? WHERE d.id = ?"
            )
            pairs = [p for h in rows for p in conn.execute(sql, [name, h.document_id])]
        totals: dict[str, int] = {}
        for key, _ in pairs:
            totals[key] = totals.get(key, 0) + 1
        want = sorted(totals.items(), key=lambda kn: (-kn[1], kn[0]))[:10]
        assert [n for _, n, _ in counted if n] == [n for _, n in want], name
    conn.close()
    backend.close()


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_year_facet_counts_and_selects_by_the_rows_own_date(tmp_path, scope):
    """The year facet and filter read a row's date: a year before 1000 is its key ("999"),
    a key written with a leading zero selects nothing, and undated rows have no year."""
    import dataclasses
    import datetime as dt

    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "years.db")
    docs = archive_documents()[:3]
    dated = [dt.date(999, 5, 1), dt.date(2021, 1, 2), None]
    docs = [dataclasses.replace(d, published=p) for d, p in zip(docs, dated, strict=True)]
    list(backend.write(docs))

    def years(filters):
        request = SearchRequest(parse_query(""), filters=filters, scope=scope, facets=("year",))
        result = backend.search(request)
        return result.total, [(v.value, v.count, v.selected) for v in result.facets["year"].values]

    every = backend.search(SearchRequest(parse_query(""), scope=scope, facets=("year",)))
    total, counted = years({"year": ["999"]})
    assert [v for v, _, _ in counted] == ["999", "2021"]
    assert counted == [
        (v.value, v.count, v.selected or v.value == "999") for v in every.facets["year"].values
    ]
    assert total == next(n for v, n, _ in counted if v == "999") > 0
    assert years({"year": ["0999"]})[0] == 0
    assert years({"year": ["1999"]})[0] == 0
    backend.close()


@pytest.mark.parametrize(
    "body",
    [
        [],
        ["One paragraph."],
        ["Zweite Zeile über Straße \x02marked\x03.", "Третий абзац — «цитата».", "末尾 😀"],
    ],
)
def test_index_columns_give_the_index_the_texts_a_delete_reads_back(body):
    """The body column handed to the index at a write (UTF-8 bytes, built paragraph by
    paragraph) must be the very text a delete later reads back from the stored JSON."""
    from search.sqlite import _index_columns, _text_columns

    data = {"headline": "A \x02head\x03", "subheadings": ["deck"], "body": body, "quotes": []}
    written = _index_columns(data)
    assert bytes(written[2]).decode("utf-8") == _text_columns(data)[2]
    assert written[:2] + written[3:] == _text_columns(data)[:2] + _text_columns(data)[3:]


def test_an_archive_of_schema_three_gets_its_indexes_in_place(tmp_path):
    """Schema 4 adds only the row-id indexes: `reindex` adds them to a schema 3 file
    without a rebuild, and the answers stay the same."""
    import sqlite3

    from search.base import SearchError, SearchRequest
    from search.query import parse_query

    path = tmp_path / "three.db"
    backend = SqliteBackend(path, result_cache=0)
    list(backend.write(archive_documents()))
    requests = [
        SearchRequest(parse_query(q), filters=f, scope=s)
        for q, f in (("tariffs", {}), ("", {"language": ["en"]}), ("harbour OR port", {}))
        for s in ("documents", "quotes")
    ]
    before = [_answer(backend, r) for r in requests]
    backend.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX quotes_rows")
    conn.execute("DROP INDEX documents_rows")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    conn.commit()
    conn.close()

    with pytest.raises(SearchError, match="press reindex"):
        SqliteBackend(path)
    report = SqliteBackend(path, upgrade=True).reindex()
    assert report["in_place"] and report["documents"] == len(archive_documents())
    upgraded = SqliteBackend(path, result_cache=0)
    assert [_answer(upgraded, r) for r in requests] == before
    names = {n for (n,) in upgraded.conn.execute("SELECT name FROM sqlite_master")}
    assert {"quotes_rows", "documents_rows"} <= names
    upgraded.close()


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
def test_pages_follow_the_order_of_every_hit(tmp_path, scope, sort):
    """A page is ordered from the temp tables alone; the whole list (an export) joins
    the archive's tables: both give the same order, page after page."""
    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "pages.db", result_cache=0)
    list(backend.write(archive_documents()))
    for q in ("tariffs OR harbour OR port OR minister", ""):
        request = SearchRequest(
            parse_query(q), scope=scope, sort=sort, filters={"language": ["en"]}
        )
        every = list(backend.scan(request))
        assert every
        paged = [
            hit
            for offset in range(0, len(every), 2)
            for hit in backend.search(
                SearchRequest(
                    parse_query(q),
                    scope=scope,
                    sort=sort,
                    filters={"language": ["en"]},
                    limit=2,
                    offset=offset,
                )
            ).hits
        ]
        assert paged == every
    backend.close()


@pytest.mark.parametrize(
    "words", ["tariffs", "table OR open", '"the door"', "tarif*", "bold", "protecting growers"]
)
def test_quote_marks_are_those_of_the_archive_index(tmp_path, words):
    """A page's quotes are marked in a scratch table of their own: the same marks as
    highlight() over quotes_fts gives, for words, phrases, prefixes and stems."""
    from search.query import parse_query
    from search.snippets import marked_texts
    from search.sqlite_compile import marking_expression

    backend = SqliteBackend(tmp_path / "marks.db")
    list(backend.write(archive_documents()))
    conn = backend.conn
    expression = marking_expression(parse_query(words).node, "quotes")
    assert expression
    pair = ("\x02", "\x03")
    archive = dict(
        conn.execute(
            "SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts WHERE quotes_fts MATCH ?",
            [*pair, expression],
        )
    )
    assert archive
    texts = dict(conn.execute("SELECT rowid, text FROM quotes"))
    assert marked_texts(conn, texts, expression, pair) == archive
    backend.close()


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_facet_columns_follow_every_write(tmp_path, scope):
    """The facet columns are read again after a write: a document added, one replaced in
    place under the same id (a new source, the same row id) and one deleted are counted
    by the next search, also with the answer cache on."""
    import dataclasses

    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "columns.db")
    docs = archive_documents()
    list(backend.write(docs[:-1]))
    request = SearchRequest(parse_query(""), scope=scope, facets=("source", "year"))

    def sources() -> dict[str, int]:
        return {v.value: v.count for v in backend.search(request).facets["source"].values}

    def fresh() -> dict[str, int]:
        other = SqliteBackend(tmp_path / "columns.db", result_cache=0)
        try:
            result = other.search(request)
            return {v.value: v.count for v in result.facets["source"].values}
        finally:
            other.close()

    assert sources() == fresh()
    list(backend.write(docs[-1:]))
    assert sources() == fresh()
    renamed = dataclasses.replace(docs[0], source="Renamed Wire")
    list(backend.write([renamed]))
    assert "Renamed Wire" in sources() and sources() == fresh()
    assert backend.delete(docs[1].id)
    assert sources() == fresh()
    backend.close()


def test_facet_column_counts_rows_that_repeat_and_rows_it_does_not_hold():
    """A row id may come more than once (a document's quotes each count its values); an id
    past the column (a row written after it was read) has no values."""
    import numpy as np

    from search.speakers import display_name
    from search.sqlite_columns import Column

    column = Column.read([("a", "A", "1,3"), ("a", "á", "2"), ("b", "B", "3")])
    rows = np.array([1, 1, 3, 2, 9], dtype=np.int64)
    # Key "a" counted once per row it is on (4), shown as the spelling rule picks.
    assert column.count(rows, 10) == [(display_name({"A": 3, "á": 1}), 4), ("B", 1)]
    assert column.count(rows, 1) == [(display_name({"A": 3, "á": 1}), 4)]
    assert column.having(rows, ["b"]).tolist() == [False, False, True, False, False]
    assert column.having(rows, ["missing"]).tolist() == [False] * 5
    assert column.count(np.zeros(0, dtype=np.int64), 10) == []


def test_a_write_has_its_own_page_cache_and_gives_it_back(tmp_path):
    """A write runs with the larger page cache of `write_cache_kib` (a large import
    re-reads fewer index pages); afterwards the connection has the size it had, so a
    searching process keeps SQLite's default memory."""
    from search.sqlite import WRITE_CACHE_KIB

    backend = SqliteBackend(tmp_path / "cache.db")
    (before,) = backend.conn.execute("PRAGMA cache_size").fetchone()
    seen = []
    for _ in backend.write(archive_documents()[:3]):
        seen.append(backend.conn.execute("PRAGMA cache_size").fetchone()[0])
    assert seen and set(seen) == {-WRITE_CACHE_KIB}
    assert backend.conn.execute("PRAGMA cache_size").fetchone()[0] == before
    backend.close()
    plain = SqliteBackend(tmp_path / "plain.db", write_cache_kib=0)
    statuses = [r.status for r in plain.write(archive_documents()[:3])]
    assert statuses == ["created"] * 3
    assert plain.conn.execute("PRAGMA cache_size").fetchone()[0] == before
    plain.close()


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_matching_rows_handed_over_in_slices_give_the_same_answers(tmp_path, monkeypatch, scope):
    """A search hands SQL its matching row ids a slice at a time (`HITS_SLICE`, so a
    million of them are never one list in memory): slices of two rows give the same
    page, counts, facets and histogram, and the same whole result set to an export."""
    import search.sqlite
    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "slices.db", result_cache=0)
    list(backend.write(archive_documents()))
    requests = [
        SearchRequest(parse_query(""), filters={"language": ["en"]}, scope=scope, sort="newest"),
        SearchRequest(parse_query("tariffs"), scope=scope),
    ]
    whole = [(_answer(backend, r), list(backend.scan(r))) for r in requests]
    assert all(len(scanned) > 2 for _, scanned in whole)  # more than one slice below
    monkeypatch.setattr(search.sqlite, "HITS_SLICE", 2)
    assert [(_answer(backend, r), list(backend.scan(r))) for r in requests] == whole
    backend.close()


def _long_documents(count: int, paragraphs: int) -> list:
    """Documents with long bodies and no original bytes (as an export's records are)."""
    import dataclasses

    base = archive_documents()[0]
    docs = []
    for n in range(count):
        body = [
            f"Paragraph {p} of statement {n}: the committee heard witnesses on item {p * n}."
            for p in range(paragraphs)
        ]
        docs.append(dataclasses.replace(base, id=f"long-{n}", body=body, quotes=[]))
    assert all(doc.original is None for doc in docs)
    return docs


def test_a_transaction_of_long_documents_without_originals_is_bounded_by_its_bytes(
    tmp_path, monkeypatch
):
    """What a transaction holds for its retry counts every held document's text and
    derived rows, not only original bytes: an import of an export (no originals) with
    long bodies commits on the byte bound, long before the document count or the time
    bound, so the writer's memory stays flat whatever the documents' size."""
    import search.sqlite

    docs = _long_documents(12, paragraphs=600)  # about 48 kB of body each
    one = search.sqlite._held_bytes(search.sqlite.prepare_document(docs[0]))
    assert one > 2 * sum(map(len, docs[0].body))  # the body, its index texts and stems
    monkeypatch.setattr(search.sqlite, "COMMIT_BYTES", 3 * one + one // 2)
    pulled = []

    def fed():
        for doc in docs:
            pulled.append(doc.id)
            yield search.sqlite.prepare_document(doc)

    backend = SqliteBackend(tmp_path / "long.db")
    results = backend.write(fed())
    first = next(results)
    # Committed once a fourth document's bytes passed the bound (COMMIT_EVERY is 1,000).
    assert first.status == "created" and len(pulled) == 4
    assert [first, *results][-1].id == "long-11"
    assert backend.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
    backend.close()


def test_a_delete_during_an_import_waits_for_it_and_says_so(tmp_path):
    """An import holds the archive between its transactions too; a delete from another
    process or thread waits for the import's lock (and says why) instead of failing
    with SQLite's 'database is locked' after its busy timeout."""
    import threading

    path = tmp_path / "busy.db"
    docs = archive_documents()
    importer = SqliteBackend(path)
    list(importer.write(docs[:2]))
    holding, go_on = threading.Event(), threading.Event()

    def feed():
        yield docs[2]
        holding.set()  # the import has its lock and an open transaction now
        go_on.wait(30)
        yield docs[3]

    imported = []
    writer = threading.Thread(target=lambda: imported.extend(importer.write(feed())))
    writer.start()
    deleter = SqliteBackend(path)
    heard = []
    deleter.on_wait = heard.append
    deleted = []
    remover = threading.Thread(target=lambda: deleted.append(deleter.delete(docs[0].id)))
    try:
        assert holding.wait(30)
        remover.start()
        for _ in range(200):
            if heard:
                break
            threading.Event().wait(0.05)
        assert heard and "waiting for another import" in heard[0] and not deleted
    finally:
        go_on.set()
        writer.join(30)
        remover.join(60)
    assert deleted == [True]
    assert [r.status for r in imported] == ["created", "created"]
    assert deleter.get(docs[0].id) is None and deleter.get(docs[3].id) is not None
    importer.close()
    deleter.close()


def test_a_delete_that_finds_the_archive_locked_says_so(tmp_path):
    """A process writing without the import's lock (here a bare connection) makes a
    delete fail with a message that names the busy archive, not a raw SQLite error."""
    import sqlite3

    from search.base import SearchError

    path = tmp_path / "locked.db"
    backend = SqliteBackend(path)
    doc = archive_documents()[0]
    list(backend.write([doc]))
    backend.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(SearchError, match="is busy"):
            backend.delete(doc.id)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert backend.delete(doc.id)
    backend.close()


def _matching(backend, table, word):
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid"
    return [r for (r,) in backend.conn.execute(sql, (f'"{word}"',))]


def test_a_document_whose_index_rows_fail_is_the_only_one_left_out(tmp_path):
    """The full-text rows of a transaction's documents are written just before it
    commits. Rows that cannot go in roll the transaction back and its documents are
    written again one by one: the failing one is reported and leaves no row anywhere,
    the others are stored and found."""
    from search.sqlite import prepare_document

    docs = archive_documents()[:3]
    prepared = [prepare_document(doc) for doc in docs]
    broken = prepared[1].rows
    broken.stems = (*broken.stems[:2], object(), *broken.stems[3:])  # cannot be bound
    backend = SqliteBackend(tmp_path / "retry.db")
    results = list(backend.write(prepared))
    assert [r.status for r in results] == ["created", "failed", "created"]
    assert [r.id for r in results] == [doc.id for doc in docs]
    conn = backend.conn
    stored = [i for (i,) in conn.execute("SELECT id FROM documents ORDER BY rowid")]
    assert stored == [docs[0].id, docs[2].id]
    rowids = [r for (r,) in conn.execute("SELECT rowid FROM documents ORDER BY rowid")]
    for table in ("quotes", "doc_facets", "speakers", "doc_bands", "quote_speakers"):
        docs_of = {d for (d,) in conn.execute(f"SELECT DISTINCT doc FROM {table}")}
        assert docs_of <= set(rowids), table
    assert _matching(backend, "documents_fts", "Okafor") == [rowids[1]]  # not the failed
    assert _matching(backend, "documents_fts", "dialogue") == [rowids[0]]
    assert len(_matching(backend, "quotes_fts", "tariffs")) == 3  # the two stored documents'
    backend.close()


def test_a_document_written_twice_in_one_write_is_indexed_as_its_second(tmp_path):
    """A document replaced within the transaction that wrote it (its rows held back for
    the commit) is found by its second version's words only, in every index."""
    import dataclasses

    from search.stemming import stem_text

    first = archive_documents()[0]
    second = dataclasses.replace(
        first,
        headline="Harbour pilots reach a wage deal",
        body=["The pilots of Corvale signed a wage deal with the port on Friday."],
        quotes=[],
    )
    backend = SqliteBackend(tmp_path / "twice.db")
    results = list(backend.write([first, *archive_documents()[1:3], second]))
    assert [r.status for r in results] == ["created", "created", "created", "updated"]
    (rid,) = backend.conn.execute("SELECT rowid FROM documents WHERE id = ?", (first.id,))
    assert _matching(backend, "documents_fts", "dialogue") == []
    assert _matching(backend, "documents_fts", "pilots") == [rid[0]]
    assert _matching(backend, "documents_stem", stem_text("pilots", "en")) == [rid[0]]
    assert _matching(backend, "quotes_fts", "dialogue") == []
    assert backend.conn.execute("SELECT count(*) FROM quotes WHERE doc = ?", rid).fetchone() == (0,)
    backend.close()


def test_a_document_written_twice_in_one_write_keeps_its_second_versions_bands(tmp_path):
    """The near-duplicate bands of a transaction are held back and written in the order
    of their key as it commits: a document replaced within it keeps the bands of its
    second version only, and each other document its own."""
    import dataclasses

    from search.similarity import band_keys, document_signature

    first, *others = archive_documents()[:3]
    second = dataclasses.replace(
        first,
        headline="Harbour pilots reach a wage deal",
        body=["The pilots of Corvale signed a wage deal with the port on Friday, Ann Roe said."],
        quotes=[],
    )
    backend = SqliteBackend(tmp_path / "bands.db")
    results = list(backend.write([first, *others, second]))
    assert [r.status for r in results] == ["created", "created", "created", "updated"]
    for doc in (second, *others):
        (rid,) = backend.conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc.id,))
        stored = backend.conn.execute("SELECT band FROM doc_bands WHERE doc = ?", rid)
        assert sorted(b for (b,) in stored) == sorted(set(band_keys(document_signature(doc))))
    backend.close()


def test_a_stored_document_replaced_while_others_rows_are_held_is_indexed_as_its_second(
    tmp_path,
):
    """A document stored by an earlier write and replaced while the rows of the new
    transaction's other documents are held back: its rows are removed before theirs are
    written, and every index finds its second version and the other documents."""
    import dataclasses

    from search.stemming import stem_text

    first, other, third = archive_documents()[:3]
    second = dataclasses.replace(
        first,
        headline="Harbour pilots reach a wage deal",
        body=["The pilots of Corvale signed a wage deal with the port on Friday."],
        quotes=[],
    )
    backend = SqliteBackend(tmp_path / "replaced.db")
    assert [r.status for r in backend.write([first, other])] == ["created", "created"]
    assert [r.status for r in backend.write([third, second])] == ["created", "updated"]
    conn = backend.conn
    (rid,) = conn.execute("SELECT rowid FROM documents WHERE id = ?", (first.id,)).fetchone()
    (third_rid,) = conn.execute("SELECT rowid FROM documents WHERE id = ?", (third.id,)).fetchone()
    assert _matching(backend, "documents_fts", "dialogue") == []
    assert _matching(backend, "documents_fts", "pilots") == [rid]
    assert _matching(backend, "documents_stem", stem_text("pilots", "en")) == [rid]
    assert third_rid in _matching(backend, "documents_fts", "tariffs")
    for table in ("documents_fts", "documents_stem", "quotes_fts", "quotes_stem"):
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    backend.close()
