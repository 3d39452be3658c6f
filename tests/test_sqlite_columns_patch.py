"""Facet columns after documents are replaced in place: brought forward by reading the
replaced documents' rows again, with the same answers as columns read whole."""

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from search import sqlite_columns
from search.base import FACETS, SearchRequest
from search.model import Document, Quote, Speaker
from search.query import parse_query
from search.sqlite import SqliteBackend
from search.sqlite_columns import Column, Rows, ids_reused
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


# Quote row ids given again: SQLite gives a new row the largest row id plus one, so once
# a replaced document's quotes (holding the last ids) are deleted, the next quotes
# written take their ids. A patched column must not keep the old speakers there.

SPEAKERS = ("Ann Holt", "Bob Ray", "Cy Dee", "Dana Moor")


def _doc(doc_id: str, who: str, quotes: int, body: str = "Words.") -> Document:
    said = [
        Quote(
            text=f"{who} line {i} about harbour works",
            speaker=who,
            speakers=[who],
            confidence=1.0,
            method="cue",
        )
        for i in range(quotes)
    ]
    return Document(
        headline=f"H {doc_id}",
        source="Wire",
        published=dt.date(2022, 1, 1),
        body=[body],
        quotes=said,
        id=doc_id,
        speakers=[Speaker(name=who)] if quotes else [],
    )


def _speaker_answers(backend: SqliteBackend) -> list[object]:
    """Every facet of both scopes, and the quotes each speaker filter gives."""
    out: list[object] = []
    for scope in ("documents", "quotes"):
        for filters in [{}, *({"speaker": [who]} for who in SPEAKERS)]:
            request = SearchRequest(parse_query(""), scope=scope, filters=filters, facets=FACETS)
            result = backend.search(request)
            facets = {
                n: sorted((v.value, v.count, v.selected) for v in f.values)
                for n, f in result.facets.items()
            }
            hits = sorted(
                str(getattr(h, "id", None) or (h.document_id, h.index, h.text)) for h in result.hits
            )
            out.append((scope, filters, result.total, hits, facets))
    return out


def _fresh_speakers(path: Path) -> list[object]:
    other = SqliteBackend(path, result_cache=0)
    try:
        return _speaker_answers(other)
    finally:
        other.close()


def _quote_facet(backend: SqliteBackend, **filters: list[str]) -> dict[str, int]:
    request = SearchRequest(parse_query(""), scope="quotes", filters=filters, facets=("speaker",))
    return {v.value: v.count for v in backend.search(request).facets["speaker"].values}


@pytest.mark.parametrize("search_between", [True, False])
def test_quote_ids_given_again_after_a_replace_are_not_the_old_speakers(
    tmp_path: Path, search_between: bool
) -> None:
    path = tmp_path / "reuse.db"
    backend = SqliteBackend(path)
    list(backend.write([_doc("a", "Ann Holt", 1), _doc("b", "Bob Ray", 3)]))
    assert _quote_facet(backend) == {"Bob Ray": 3, "Ann Holt": 1}
    # b replaced in place with one quote: its three quote rows (the last ids) deleted.
    list(backend.write([_doc("b", "Bob Ray", 1, "Changed.")]))
    if search_between:
        assert _quote_facet(backend) == {"Ann Holt": 1, "Bob Ray": 1}
    list(backend.write([_doc("c", "Cy Dee", 2)]))
    # c's quotes took the row ids b's deleted quotes had.
    assert sorted(r[0] for r in backend.conn.execute("SELECT rowid FROM quotes")) == [1, 2, 3, 4]
    assert _quote_facet(backend) == {"Cy Dee": 2, "Ann Holt": 1, "Bob Ray": 1}
    request = SearchRequest(parse_query(""), scope="quotes", filters={"speaker": ["Bob Ray"]})
    result = backend.search(request)
    assert result.total == 1
    assert [(h.document_id, h.text) for h in result.hits] == [
        ("b", "Bob Ray line 0 about harbour works")
    ]
    assert _speaker_answers(backend) == _fresh_speakers(path)
    backend.close()


def test_ids_reused_when_the_last_row_or_its_document_went():
    replaced = np.array([7, 9])
    assert not ids_reused(10, 3, 12, replaced)  # row 10's document stayed
    assert ids_reused(10, 9, 12, replaced)  # its document was replaced: ids came back
    assert ids_reused(10, 3, 8, replaced)  # the last rows are gone
    assert not ids_reused(10, -1, 10, replaced)  # document rows keep their ids


def test_a_patched_bound_is_the_tables_last_row_and_its_document():
    # Quote 4 (document 3) stays; document 2's quotes 2 and 3 are written again as 5,
    # and document 4 adds quote 6: ids past the kept bound only, the patch is safe.
    old = Column.read([("b", "B", "2,3"), ("a", "A", "1"), ("c", "C", "4")], 4, owner=3)
    assert not ids_reused(old.bound, old.owner, 6, np.array([2]))
    delta = Column.read([("b", "B", "5"), ("d", "D", "6")], 6, owner=4)
    patched = old.patch(delta, np.array([5]))
    assert (patched.bound, patched.owner) == (6, 4)
    whole = Column.read([("a", "A", "1"), ("c", "C", "4"), ("b", "B", "5"), ("d", "D", "6")], 6)
    live = np.array([1, 4, 5, 6])
    assert patched.count(live, 10) == whole.count(live, 10)
    # Had document 3 been replaced, row 4 would have gone and its id been given again.
    assert ids_reused(old.bound, old.owner, 6, np.array([2, 3]))


# Random histories: documents added, replaced with fewer or more quotes (and another
# speaker), removed, with searches at random points; every answer is a fresh read's.
# A step: (what, how many quotes, whose, which live document).
_step = st.tuples(
    # Removals end a patched run: drawn less often than the steps that make one.
    st.sampled_from(["add", "replace", "search", "add", "replace", "search", "delete"]),
    st.integers(0, 4),
    st.sampled_from(SPEAKERS),
    st.integers(-3, 3),  # -1: the last written, whose quotes hold the last row ids
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(_step, min_size=1, max_size=14))
@example(
    steps=[
        ("add", 1, "Ann Holt", 0),
        ("add", 3, "Bob Ray", 0),
        ("search", 0, "", 0),
        ("replace", 1, "Bob Ray", 1),
        ("search", 0, "", 0),
        ("add", 2, "Cy Dee", 0),
    ]
)
def test_patched_columns_answer_as_a_fresh_read(steps: list[tuple[str, int, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        backend = SqliteBackend(path)
        try:
            live: list[str] = []
            for made, (op, quotes, who, which) in enumerate(steps):
                if op == "add" or (op != "search" and not live):
                    live.append(f"d{made}")
                    list(backend.write([_doc(live[-1], who, quotes)]))
                elif op == "replace":
                    target = live[which % len(live)]
                    list(backend.write([_doc(target, who, quotes, f"Changed {made}.")]))
                elif op == "delete":
                    assert backend.delete(live.pop(which % len(live)))
                else:
                    assert _speaker_answers(backend) == _fresh_speakers(path)
            assert _speaker_answers(backend) == _fresh_speakers(path)
        finally:
            backend.close()
