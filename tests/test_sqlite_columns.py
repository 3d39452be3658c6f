"""The embedded archive's facet columns across generations: brought forward by the rows an
import adds, read again after any other change, and consistent while a writer commits."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from search.base import SearchRequest
from search.model import Document, Quote, Speaker
from search.query import parse_query
from search.sqlite import SqliteBackend
from search.sqlite_columns import Column, Columns, Rows

ROOT = Path(__file__).resolve().parent.parent
LOG = 1 << 20  # the write-ahead log's limit in the writer below
SPEAKERS = ("Ana Ruiz", "Ben Okafor", "Chidi Brandt")
SOURCES = ("Harbour Wire", "Capital Desk", "Valley Post")


def numbered(n: int) -> Document:
    """Document `n` of an invented import: its source, year and speaker follow from `n`."""
    speaker = SPEAKERS[n % len(SPEAKERS)]
    said = "Dredging of the basin starts in spring"
    body = [
        f"Statement {n} of the harbour council on dredging and berth number {n}.",
        f"“{said},” {speaker} said.",
    ]
    start = body[1].index(said)
    return Document(
        headline=f"Dredging notice {n}",
        source=SOURCES[n % len(SOURCES)],
        published=dt.date(2010 + n % 4, 1 + n % 12, 1),
        language="en",
        body=body,
        speakers=[Speaker(speaker)],
        quotes=[Quote(said, speaker, speaker, "said", "direct", 1, start, start + len(said))],
    )


def expected(count: int) -> dict[str, dict[str, int]]:
    """The facet counts of the first `count` documents of `numbered`."""
    return {
        "source": dict(collections.Counter(SOURCES[n % len(SOURCES)] for n in range(count))),
        "year": dict(collections.Counter(str(2010 + n % 4) for n in range(count))),
        "speaker": dict(collections.Counter(SPEAKERS[n % len(SPEAKERS)] for n in range(count))),
    }


def request(scope: str = "documents", **filters: list[str]) -> SearchRequest:
    return SearchRequest(
        parse_query("dredging"),
        filters=filters,
        scope=scope,  # type: ignore[arg-type]
        facets=("source", "year", "speaker"),
        histogram=True,
        timeout_ms=60_000,
    )


def answer(backend: SqliteBackend, req: SearchRequest) -> tuple[Any, ...]:
    result = backend.search(req)
    assert not result.timed_out
    assert not any(f.timed_out for f in result.facets.values())
    facets = {name: {v.value: v.count for v in f.values} for name, f in result.facets.items()}
    return result.total, facets, result.histogram


class Reads(Columns):
    """Columns that note how each column was read: whole (None) or past a row id."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[tuple[str, int | None]] = []

    def get(
        self, generation: Any, name: str, read: Any, changed: int = 0, patch: Any = None
    ) -> Any:
        def noted(above: int | None) -> Any:
            self.reads.append((name, above))
            return read(above)

        def patched(kept: Any) -> Any:
            self.reads.append((name, -1))  # the replaced documents' rows read again
            return patch(kept)

        return super().get(generation, name, noted, changed, patched if patch else None)


def fresh(path: Path, req: SearchRequest) -> tuple[Any, ...]:
    other = SqliteBackend(path, result_cache=0)
    try:
        return answer(other, req)
    finally:
        other.close()


def test_extended_column_counts_as_one_read_whole():
    """A column brought forward by rows past its last (new keys, new spellings of a known
    key, a known pair on new rows) counts and selects as the column read in one piece."""
    old = [("a", "A", "1,3"), ("b", "B", "2")]
    new = [("a", "A", "5"), ("a", "á", "6,7"), ("c", "C", "5,9")]
    whole = Column.read(
        [("a", "A", "1,3,5"), ("a", "á", "6,7"), ("b", "B", "2"), ("c", "C", "5,9")]
    )
    extended = Column.read(old).extend(Column.read(new))
    for rows in ([1, 2, 3, 5, 6, 7, 9], [5, 5, 6, 9, 12], [1, 1, 1, 2], []):
        ids = np.array(rows, dtype=np.int64)
        assert extended.count(ids, 10) == whole.count(ids, 10)
        for keys in (["a"], ["c"], ["b", "c"]):
            assert extended.having(ids, keys).tolist() == whole.having(ids, keys).tolist()
    unchanged = Column.read(old)
    nothing_new = unchanged.extend(Column.read([], bound=12))
    assert nothing_new.codes is unchanged.codes and nothing_new.bound == 12

    rows = Rows.read(("1,2", "1,1", "2020,2021")).extend(Rows.read(("4", "3", "2022")))
    assert rows.doc.tolist() == [-1, 1, 1, -1, 3] and rows.year[4] == 2022 and rows.top == 4


def test_runs_of_one_document_count_each_row():
    """Quotes count their documents' values once per quote, whether the documents come in
    runs (a document's quotes together) or scattered."""
    column = Column.read([("a", "A", "1,2"), ("b", "B", "2")])
    runs = np.array([1, 1, 1, 2, 2, 1], dtype=np.int64)
    assert column.count(runs, 10) == [("A", 6), ("B", 2)]
    assert column.having(runs, ["b"]).tolist() == [False, False, False, True, True, False]


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_added_documents_extend_the_columns_and_replacements_read_them_again(tmp_path, scope):
    """After an import's commit that only added documents, a search reads just the new
    rows of each column; after a document is replaced or removed it reads them whole.
    Either way it answers as a backend that reads everything afresh."""
    path = tmp_path / "generations.db"
    backend = SqliteBackend(path, result_cache=0)
    backend._columns = columns = Reads()
    list(backend.write(numbered(n) for n in range(30)))
    reqs = [request(scope), request(scope, source=[SOURCES[1]]), request(scope, year=["2011"])]
    # A facet no document has (agency): its column is empty, and still only new rows are
    # read for it.
    reqs.append(dataclasses.replace(reqs[0], facets=("agency", "source")))
    for req in reqs:
        assert answer(backend, req) == fresh(path, req)
    assert {above for _, above in columns.reads} == {None}

    columns.reads.clear()
    list(backend.write(numbered(n) for n in range(30, 45)))
    list(backend.write(numbered(n) for n in range(45, 50)))
    for req in reqs:
        assert answer(backend, req) == fresh(path, req)
    assert columns.reads and all(above is not None for _, above in columns.reads)
    assert min(above for _, above in columns.reads) >= 30  # past the first 30 rows
    assert answer(backend, reqs[0])[1] == expected(50)

    columns.reads.clear()
    replaced = numbered(3)
    replaced.source = "Renamed Wire"
    list(backend.write([replaced]))
    list(backend.write(numbered(n) for n in range(50, 55)))  # added after a replacement
    assert backend.delete(numbered(4).id)
    for req in reqs:
        assert answer(backend, req) == fresh(path, req)
    assert columns.reads and all(above is None for _, above in columns.reads)
    backend.close()


WRITER = """
import sys, time
import search.sqlite
from search.sqlite import SqliteBackend
from tests.test_sqlite_columns import numbered
path, first, total, batch, log = sys.argv[1], *map(int, sys.argv[2:6])
search.sqlite.LOG_RESTART_BYTES = log  # the size of this small archive's commits
backend = SqliteBackend(path)
for start in range(first, total, batch):
    results = list(backend.write(numbered(n) for n in range(start, min(start + batch, total))))
    assert all(r.status == "created" for r in results), results
    time.sleep(0.02)
backend.close()
"""


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_searches_during_an_import_answer_from_one_generation(tmp_path, scope):
    """A server's searches while another process imports into the archive: none times
    out, and each answer is that of one committed state of the archive — the documents
    are written in order, so a total of `t` must come with the facets and histogram of
    the first `t` documents."""
    path = tmp_path / "busy.db"
    backend = SqliteBackend(path)
    list(backend.write(numbered(n) for n in range(200)))
    backend._columns = columns = Reads()
    total = 1200
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "200", str(total), "40", str(LOG)], cwd=ROOT
    )
    seen: set[int] = set()
    log, largest = Path(f"{path}-wal"), 0
    try:
        while True:
            done = writer.poll() is not None
            largest = max(largest, log.stat().st_size if log.exists() else 0)
            for req in (request(scope), request(scope, source=[SOURCES[0]])):
                count, facets, histogram = answer(backend, req)
                if req.filters:
                    continue
                seen.add(count)
                assert facets == expected(count)
                assert sum(n for _, n in histogram) == count
            if done:
                break
            time.sleep(0.01)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.wait()
    assert writer.returncode == 0
    assert max(seen) == total
    assert len(seen) > 2, "no search ran while the import wrote"
    assert any(above is not None for _, above in columns.reads)  # new rows read alone
    # The log was started over past its limit, searches running or not (a commit's
    # frames past the limit at most; the automatic checkpoint alone lets it reach 16 MB).
    assert largest < 8 * LOG
    backend.close()


def test_sparse_row_ids_are_kept_by_position():
    """Rows whose ids grew sparse (quotes after reparses) are kept by position, sized by
    their number, and find the same documents and years as rows kept by row id, also
    when brought forward past a dense start."""
    rng = np.random.default_rng(7)
    rid = np.sort(rng.choice(50_000, 1_500, replace=False)) + 1
    doc, year = rid // 3, 2000 + rid % 20
    rows = Rows.build(rid, doc, year)
    assert rows.position is not None and len(rows.doc) == len(rid) == rows.count
    asked = np.concatenate((rid[::7], [0, 3, 49_999, 60_000], rid[:5]))
    found = rows.find(asked)
    expected = [(r, r // 3, 2000 + r % 20) for r in asked.tolist() if r in set(rid.tolist())]
    assert list(zip(*(a.tolist() for a in found), strict=True)) == expected
    assert rows.find()[0].tolist() == rid.tolist()

    dense = Rows.build(np.arange(1, 101), np.arange(1, 101), np.full(100, 2020))
    for cut in (100, 700, 1_400):
        parts = [Rows.build(rid[:cut], doc[:cut], year[:cut])]
        parts.append(Rows.build(rid[cut:], doc[cut:], year[cut:]))
        grown = parts[0].extend(parts[1])
        assert [a.tolist() for a in grown.find(asked)] == [a.tolist() for a in found]
    sparse_after = dense.extend(Rows.build(rid + 100, doc, year))
    assert sparse_after.position is not None and sparse_after.count == 1_600
    assert sparse_after.find(np.array([50, rid[0] + 100]))[1].tolist() == [50, doc[0]]


def test_counts_in_pieces_are_those_of_one_piece(monkeypatch):
    """A facet counts and selects its rows a piece at a time (bounded temporary memory):
    the same answers as all at once, runs of one document across pieces included."""
    import search.sqlite_columns

    column = Column.read([("a", "A", "1,2,5"), ("b", "B", "2,3"), ("c", "C", "4,5")])
    rows = np.array([1, 1, 2, 2, 2, 3, 5, 5, 4, 1, 9], dtype=np.int64)
    whole = column.count(rows, 10), column.having(rows, ["b", "c"]).tolist()
    monkeypatch.setattr(search.sqlite_columns, "CHUNK", 2)
    assert (column.count(rows, 10), column.having(rows, ["b", "c"]).tolist()) == whole


def test_reparsed_quotes_answer_as_read_afresh(tmp_path, monkeypatch):
    """Documents written again with new quotes (a reparse) give their quotes new row ids:
    the quote rows grow sparse and are kept by position, and the answers are those of a
    backend that reads everything afresh."""
    import search.sqlite_columns

    monkeypatch.setattr(search.sqlite_columns, "SLACK", 0)  # as in a large archive
    path = tmp_path / "reparsed.db"
    backend = SqliteBackend(path, result_cache=0)
    list(backend.write(numbered(n) for n in range(60)))
    reqs = [request("quotes"), request("quotes", year=["2012"]), request("documents")]
    for version in range(3):
        docs = []
        for n in range(60):
            doc = numbered(n)
            doc.body[0] += f" Version {version}."
            docs.append(doc)
        assert {r.status for r in backend.write(docs)} == {"updated"}
        for req in reqs:
            assert answer(backend, req) == fresh(path, req)
    kept = backend._columns._kept
    assert any(
        c.position is not None for g in kept.values() for c in g.values() if isinstance(c, Rows)
    )
    backend.close()


@pytest.mark.parametrize("scope", ["documents", "quotes"])
def test_a_new_map_of_spellings_reads_the_speaker_columns_alone(tmp_path, scope):
    """The archive's map of one person's spellings changes the speaker columns only: after
    it changes, a search reads them whole and brings the others forward, and answers as a
    backend that reads everything afresh."""
    path = tmp_path / "people.db"
    backend = SqliteBackend(path, result_cache=0)
    backend._columns = columns = Reads()
    list(backend.write(numbered(n) for n in range(30)))
    req = request(scope)
    answer(backend, req)
    fuller = [numbered(n) for n in range(30, 40)]  # enough to stand for the person
    for doc in fuller:
        doc.speakers = [Speaker("Ana B. Ruiz")]
        doc.quotes[0].speaker, doc.quotes[0].speakers = "Ana B. Ruiz", ["Ana B. Ruiz"]
    list(backend.write(fuller))
    assert backend.update_speaker_aliases()["merged"] >= 1
    columns.reads.clear()
    assert answer(backend, req) == fresh(path, req)
    speakers = {"speaker", "speaker:confident", "quote speakers"}
    assert columns.reads
    for name, above in columns.reads:
        assert (above is None) == (name in speakers), (name, above)
    backend.close()


def test_a_reader_that_stays_holds_up_a_restart_of_the_log_only_now_and_then(tmp_path, monkeypatch):
    """A reader that keeps one state open (a long export) keeps the log from starting
    over: the writer tries again only once the log has grown by the limit, not at every
    commit, and starts it over once the reader is gone."""
    import sqlite3

    import search.sqlite

    monkeypatch.setattr(search.sqlite, "LOG_RESTART_BYTES", 1 << 20)
    monkeypatch.setattr(search.sqlite, "LOG_WAIT_MS", 50)
    path = tmp_path / "log.db"
    backend = SqliteBackend(path)
    list(backend.write(numbered(n) for n in range(20)))
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchone()  # holds this state
    restarts: list[str] = []
    backend.conn.set_trace_callback(
        lambda sql: restarts.append(sql) if "wal_checkpoint" in sql else None
    )
    log = Path(f"{path}-wal")
    first = log.stat().st_size
    commits = 0
    for start in range(20, 420, 20):
        list(backend.write(numbered(n) for n in range(start, start + 20)))
        commits += 1
    grown = log.stat().st_size - first
    assert grown > 2 << 20  # held by the reader
    # Tried once past the limit, then once per limit's growth.
    assert 1 <= len(restarts) <= grown / (1 << 20) + 1 < commits
    reader.execute("COMMIT")
    reader.close()
    for start in range(420, 820, 20):  # until the log has grown by the limit again
        list(backend.write(numbered(n) for n in range(start, start + 20)))
        if log.stat().st_size < 1 << 20:
            break
    else:
        raise AssertionError("the log was not started over")
    backend.close()
