"""Facet columns after documents are replaced in place: brought forward by reading the
replaced documents' rows again, with the same answers as columns read whole."""

import dataclasses

import numpy as np
import pytest

from search import sqlite_columns
from search.base import FACETS, SearchRequest
from search.model import Quote
from search.query import parse_query
from search.sqlite import SqliteBackend
from search.sqlite_columns import Column, Rows
from tests.fixtures.archive import archive_documents

REQUESTS = [
    ("", {}),
    ("", {"speaker": ["Lena Marsh"]}),
    ("", {"source": ["Harbour News"], "year": ["2022"]}),
    ("", {"speaker": ["Rosa Quint"]}),
]


def _answers(backend: SqliteBackend) -> list[object]:
    out: list[object] = []
    for scope in ("documents", "quotes"):
        for q, filters in REQUESTS:
            request = SearchRequest(
                parse_query(q), scope=scope, filters=filters, facets=FACETS, histogram=True
            )
            result = backend.search(request)
            facets = {
                n: sorted((v.value, v.count, v.selected) for v in f.values)
                for n, f in result.facets.items()
            }
            hits = sorted(
                str(getattr(h, "id", None) or (h.document_id, h.index)) for h in result.hits
            )
            out.append((scope, q, filters, result.total, hits, facets, result.histogram))
    return out


def _fresh(path) -> list[object]:
    other = SqliteBackend(path, result_cache=0)
    try:
        return _answers(other)
    finally:
        other.close()


@pytest.fixture
def patches(monkeypatch):
    """How often each kind of column was brought forward by a patch."""
    seen = {"rows": 0, "column": 0}

    def counted(kind, method):
        def run(self, *args):
            seen[kind] += 1
            return method(self, *args)

        return run

    monkeypatch.setattr(Rows, "patch", counted("rows", Rows.patch))
    monkeypatch.setattr(Column, "patch", counted("column", Column.patch))
    return seen


def test_replaced_documents_are_read_again_not_every_column(tmp_path, patches):
    path = tmp_path / "patch.db"
    backend = SqliteBackend(path, result_cache=0)
    docs = archive_documents()
    list(backend.write(docs[:-1]))
    assert _answers(backend) == _fresh(path)

    # A new source and a speaker changed in the first document; the last written one
    # (its quotes hold the largest row ids, which the new quotes take again) loses a
    # quote and gets a new speaker; and a document is added in the same write.
    first = docs[0]
    changed_quote = dataclasses.replace(
        first.quotes[0], speaker="Rosa Quint", speakers=["Rosa Quint"]
    )
    renamed = dataclasses.replace(
        first, source="Renamed Wire", quotes=[changed_quote, *first.quotes[1:]]
    )
    last = docs[-2]
    fewer = dataclasses.replace(
        last,
        quotes=[Quote(text=last.quotes[0].text, speaker="Rosa Quint", speakers=["Rosa Quint"])],
    )
    statuses = [r.status for r in backend.write([renamed, fewer, docs[-1]])]
    assert statuses == ["updated", "updated", "created"]
    generation = backend._generation()
    assert generation.patched_from >= 0 and len(generation.replaced_ids()) == 2
    assert _answers(backend) == _fresh(path)
    assert patches["rows"] and patches["column"]

    # Replaced again, after an append alone: still brought forward, still the same.
    list(backend.write([dataclasses.replace(renamed, source="Harbour News")]))
    assert _answers(backend) == _fresh(path)

    # A removal ends the run: columns are read whole, answers the same.
    before = dict(patches)
    assert backend.delete(docs[1].id)
    assert backend._generation().patched_from == -1
    assert _answers(backend) == _fresh(path)
    assert patches == before
    backend.close()


def test_column_patch_gives_what_a_whole_read_gives():
    """Rows replaced in the middle, rows emptied, rows added past the end and a row id
    past every other: the patched arrays count as a column read from the final rows."""
    old = Column.read([("a", "A", "1,2,5"), ("b", "B", "2,3"), ("c", "C", "4")], 6)
    delta = Column.read([("b", "B", "5"), ("d", "D", "2,9"), ("a", "a", "9")], 9)
    patched = old.patch(delta, np.array([2, 3, 5]))
    whole = Column.read(
        [("a", "A", "1"), ("c", "C", "4"), ("b", "B", "5"), ("d", "D", "2,9"), ("a", "a", "9")], 9
    )
    rows = np.arange(0, 11)
    assert patched.count(rows, 10) == whole.count(rows, 10)
    for keys in (["a"], ["b"], ["c"], ["d"], ["a", "d"]):
        assert patched.having(rows, keys).tolist() == whole.having(rows, keys).tolist()


def test_rows_patch_drops_removed_rows_and_takes_new_ones():
    old = Rows.build(np.array([1, 2, 3, 4]), np.array([1, 1, 2, 3]), np.array([2020] * 4))
    assert old.rows_of(np.array([1])).tolist() == [1, 2]
    delta = Rows.build(np.array([2, 6]), np.array([1, 1]), np.array([2021, 2021]))
    patched = old.patch(delta, old.rows_of(np.array([1])))
    rid, doc, year = patched.find()
    assert rid.tolist() == [2, 3, 4, 6]
    assert doc.tolist() == [1, 2, 3, 1]
    assert year.tolist() == [2021, 2020, 2020, 2021]
    assert sqlite_columns.NO_YEAR not in year.tolist()
