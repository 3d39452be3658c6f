"""Imports and reparses with worker processes (`--jobs`) give what one process gives,
and the archive's compact write path keeps its full-text indexes whole."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from pathlib import Path

import pytest

from importers.journal import Journal
from importers.options import ParseOptions
from importers.parallel import CHUNK, WorkerError, run_ordered
from importers.pipeline import import_paths
from importers.reparse import reparse
from search.base import SearchRequest
from search.model import Document, Quote
from search.query import parse_query
from search.sqlite import SqliteBackend

MAPPING = {"member": "issuer", "text": "text", "date": "published"}
FTS_TABLES = ("documents_fts", "documents_stem", "quotes_fts", "quotes_stem")


def release(n: int) -> dict[str, str]:
    return {
        "member": f"Rep. Dana Holt {n % 3}",
        "date": f"2016-03-{1 + n % 28:02d}",
        "text": (
            f"Holt Backs Harbor Dredging Plan {n} WASHINGTON, DC – Representative Dana Holt"
            f" said on Tuesday that berth {n} will be dredged before the summer. “The"
            f" channel at berth {n} has silted up and our fishing fleet cannot wait,” said"
            " Holt. The plan goes to the committee next week. ###"
        ),
    }


@pytest.fixture
def records(tmp_path: Path) -> Path:
    lines = [json.dumps(release(n)) for n in range(3 * CHUNK + 5)]
    lines.insert(7, "{not json")
    lines.insert(12, "[1, 2]")
    lines.append(json.dumps(release(3)))  # the same release again: unchanged
    path = tmp_path / "releases.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    queries = {
        "documents": "SELECT id, content_hash, data, signature, stems FROM documents ORDER BY id",
        "quotes": "SELECT d.id, q.idx, q.text, q.speaker, q.speakers FROM quotes q"
        " JOIN documents d ON d.rowid = q.doc ORDER BY 1, 2",
        "facets": "SELECT d.id, f.facet, f.key FROM doc_facets f"
        " JOIN documents d ON d.rowid = f.doc ORDER BY 1, 2, 3",
        "originals": "SELECT d.id, o.data FROM originals o JOIN documents d ON d.rowid = o.doc"
        " ORDER BY 1",
    }
    return {name: conn.execute(sql).fetchall() for name, sql in queries.items()}


def assert_indexes_whole(backend: SqliteBackend) -> None:
    for table in FTS_TABLES:
        backend.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_jobs_import_stores_what_one_process_stores(records, tmp_path):
    options = ParseOptions(field_map=MAPPING)
    one = SqliteBackend(tmp_path / "one.db")
    two = SqliteBackend(tmp_path / "two.db")
    first = import_paths(one, [str(records)], options, jobs=1)
    second = import_paths(two, [str(records)], options, jobs=2)
    assert second.as_dict() == first.as_dict()
    assert first.created == 3 * CHUNK + 5 and first.unchanged == 1 and first.failed == 2
    assert rows(tmp_path / "two.db") == rows(tmp_path / "one.db")
    assert_indexes_whole(two)


def test_jobs_folder_reports_each_failure_as_one_process_does(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2 * CHUNK):
        (folder / f"{n:02d}.txt").write_text(
            f"Ferry timetable {n}\n\nOSLO (Fjord Wire) - Ferry {n} sails at dawn, the port"
            f" said.\n\n“Ferry {n} is on time,” harbour master Kari Lund said.\n"
        )
    (folder / "05a.txt").write_text("   \n")
    (folder / "06a.bin").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "07a.html").write_text("<html><body><p></p></body></html>")
    summaries = []
    for jobs in (1, 2):
        backend = SqliteBackend(tmp_path / f"{jobs}.db")
        summaries.append(import_paths(backend, [str(folder)], jobs=jobs).as_dict())
    assert summaries[1] == summaries[0]
    assert summaries[0]["imported"] == 2 * CHUNK and summaries[0]["failed"] == 3


def test_jobs_import_is_journaled_and_resumes_as_one_process(records, tmp_path):
    options = ParseOptions(field_map=MAPPING)
    summaries = []
    for jobs in (1, 2):
        backend = SqliteBackend(tmp_path / f"{jobs}.db")
        journal = Journal(backend.url, tmp_path / f"journal{jobs}")
        import_paths(backend, [str(records)], options, journal=journal, jobs=jobs)
        again = import_paths(backend, [str(records)], options, journal=journal, jobs=jobs)
        summaries.append(again.as_dict())
    # How many leading records the journal skips depends on when commits land;
    # either way nothing is stored twice and the failures are the same.
    for summary in summaries:
        assert summary["imported"] == summary["updated"] == 0
        assert summary["failures"] == summaries[0]["failures"]


def test_reparse_with_jobs_reports_as_one_process(records, tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    import_paths(backend, [str(records)], ParseOptions(field_map=MAPPING), jobs=1)
    one = reparse(backend, jobs=1)
    two = reparse(backend, jobs=2)
    assert (two.changed, two.unchanged, two.failed) == (one.changed, one.unchanged, 0)
    assert two.unchanged == 3 * CHUNK + 5


def test_a_killed_worker_stops_the_run_instead_of_hanging():
    tasks = [functools.partial(os._exit, 3)] * (2 * CHUNK)
    with pytest.raises(WorkerError, match="worker process stopped"):
        list(run_ordered(range(len(tasks)), lambda n: tasks[n], 2))


def test_results_come_back_in_order_with_entries_without_work():
    def task(n: int):
        return None if n % 5 == 0 else functools.partial(abs, -n)

    got = list(run_ordered(range(100), task, 2))
    assert got == [(n, None if n % 5 == 0 else n) for n in range(100)]


def test_updates_and_removals_keep_every_index_whole(tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    docs = [
        Document(
            headline=f"Pier {n} closes",
            body=[f"The pier {n} closes for repairs, the council said.", "More tides."],
            quotes=[Quote(text=f"Pier {n} will reopen soon", speaker="Ana Ruiz", kind="direct")],
            language="en",
            url=f"https://example.org/pier/{n}",
        )
        for n in range(6)
    ]
    assert {r.status for r in backend.write(docs)} == {"created"}
    changed = [
        Document(
            headline=f"Pier {n} stays open",
            body=[f"The pier {n} stays open after all, the council said."],
            quotes=[Quote(text=f"Pier {n} welcomes boats", speaker="Ana Ruiz", kind="direct")],
            language="en",
            url=f"https://example.org/pier/{n}",
        )
        for n in range(3)
    ]
    assert {r.status for r in backend.write(changed)} == {"updated"}
    assert backend.delete(docs[5].id)
    assert_indexes_whole(backend)

    def total(query: str, scope: str = "documents") -> int:
        request = SearchRequest(query=parse_query(query), scope=scope)  # type: ignore[arg-type]
        return backend.search(request).total

    assert total('"repairs"') == 2 and total("welcome", "quotes") == 3
    assert total('"reopen"', "quotes") == 2 and total("closing") == 2
    assert backend.get(docs[0].id).headline == "Pier 0 stays open"
    assert [s.id for s in backend.similar(docs[3].id)] == []


@pytest.mark.elasticsearch
def test_jobs_import_into_elasticsearch_stores_what_one_process_stores(records, elasticsearch_url):
    import uuid

    from elasticsearch import helpers

    from search.elastic import ElasticBackend

    stored = []
    for jobs in (1, 2):
        backend = ElasticBackend(
            elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}"
        )
        try:
            summary = import_paths(
                backend, [str(records)], ParseOptions(field_map=MAPPING), jobs=jobs
            )
            docs = sorted(backend.iter_documents(), key=lambda d: d.id)
            # What each index holds as sent, derived fields and quote entries included
            # (a worker sends them serialised).
            raw = {
                kind: sorted(
                    (hit["_id"], hit["_source"])
                    for hit in helpers.scan(backend.client, index=backend.aliases[kind])
                )
                for kind in ("documents", "quotes")
            }
            stored.append((summary.as_dict(), [d.to_dict() for d in docs], raw))
        finally:
            backend.drop()
            backend.close()
    assert stored[1] == stored[0]
    assert stored[0][0]["imported"] == 3 * CHUNK + 5
    assert len(stored[0][2]["quotes"]) >= 3 * CHUNK + 5


@pytest.mark.elasticsearch
def test_jobs_reimport_of_an_edited_export_keeps_the_stored_originals(
    records, elasticsearch_url, tmp_path
):
    import uuid

    from search.elastic import ElasticBackend

    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        import_paths(backend, [str(records)], ParseOptions(field_map=MAPPING), jobs=1)
        export = tmp_path / "export.jsonl"
        docs = sorted(backend.iter_documents(), key=lambda d: d.id)
        with export.open("w") as f:
            for doc in docs:
                data = doc.to_dict()
                data["headline"] = f"{data['headline']} (edited)"
                f.write(json.dumps(data) + "\n")
        summary = import_paths(backend, [str(export)], jobs=2)
        assert summary.as_dict()["updated"] == len(docs)
        assert backend.get(docs[0].id).headline.endswith("(edited)")
        assert all(backend.has_original(d.id) for d in docs)
    finally:
        backend.drop()
        backend.close()
