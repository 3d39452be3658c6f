"""Reparsing the archive from the originals it keeps."""

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from importers.formats import ParseOptions
from importers.pipeline import import_paths
from importers.reparse import reparse
from press.cli import main
from search.sqlite import SqliteBackend

FIXTURES = Path(__file__).parent / "fixtures" / "texts"


def _spoil(backend, doc_id):
    """Store a worse parse of the document, as an older parser might have produced."""
    doc = backend.get(doc_id)
    original = backend.original(doc_id)
    worse = dataclasses.replace(
        doc, headline="(untitled)", quotes=doc.quotes[:1], original=original
    )
    worse.id = doc.id
    list(backend.write([worse]))
    return doc


def test_reparse_restores_what_the_parsers_read_and_reports_fields(tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    import_paths(backend, [str(FIXTURES)], ParseOptions(source="Desk Copy"))
    doc_id = next(backend.iter_documents()).id
    good = _spoil(backend, doc_id)
    summary = reparse(backend)
    assert summary.changed == 1 and summary.failed == 0
    assert set(summary.fields) == {"headline", "quotes"}
    again = backend.get(doc_id)
    assert again.headline == good.headline and len(again.quotes) == len(good.quotes)
    assert again.source == "Desk Copy"  # the import's override is kept
    assert reparse(backend).changed == 0


def test_mapped_records_and_exports(tmp_path):
    records = tmp_path / "releases.jsonl"
    records.write_text(
        json.dumps(
            {
                "member": "lena_marsh",
                "date": "2015-04-02",
                "text": "Marsh Welcomes Harbour Grant Washington, DC – Today, Rep. Lena Marsh "
                "welcomed the harbour grant. “This grant keeps the ferries running,” Marsh said.",
            }
        )
        + "\n"
    )
    backend = SqliteBackend(tmp_path / "a.db")
    summary = import_paths(
        backend,
        [str(records)],
        ParseOptions(field_map={"member": "issuer", "text": "text", "date": "published"}),
    )
    assert summary.created == 1, summary.failures
    doc = next(backend.iter_documents())
    assert doc.headline == "Marsh Welcomes Harbour Grant"
    assert doc.source == "Lena Marsh" and doc.quotes[0].speaker == "Lena Marsh"
    assert backend.original(doc.id).format == "record"
    _spoil(backend, doc.id)
    assert reparse(backend).changed == 1
    assert backend.get(doc.id).headline == "Marsh Welcomes Harbour Grant"


def test_reparse_command(tmp_path):
    archive = f"sqlite:///{tmp_path / 'a.db'}"
    runner = CliRunner()
    runner.invoke(main, ["import", str(FIXTURES), "--archive", archive, "-q"])
    backend = SqliteBackend(tmp_path / "a.db")
    _spoil(backend, next(backend.iter_documents()).id)
    result = runner.invoke(main, ["reparse", "--archive", archive, "-q"])
    assert result.exit_code == 0, result.output
    assert "1 changed, 0 unchanged, 0 without original, 0 failed" in result.output
    assert "headline: changed in 1 documents" in result.output


# -- an archive of an older parse, on both backends ------------------------------------

RELEASES = [
    {
        "member": "lena_marsh",
        "date": "2016-03-01",
        "text": "Marsh and Okafor Back Harbour Bill Washington, DC – Today, Rep. Lena Marsh and "
        "Rep. Paul Okafor introduced the “Safe Berths Act”. “Every ferry deserves a safe "
        "berth,” said Rep. Lena Marsh. “We will see it through,” Okafor said.",
    },
    {
        "member": "paul_okafor",
        "date": "2016-03-02",
        "text": "Okafor Welcomes Dredging Grant Washington, DC – Congressman Paul Okafor "
        "welcomed the dredging grant on Wednesday. “The northern basin needs this work,” "
        "Congressman Okafor said.",
    },
]


def _older_parse(doc):
    """The document as an older parser read it: a place and a bill as speakers, every
    quote the issuer's with no method, confidence or second speaker."""
    from search.model import Quote, Speaker

    worse = dataclasses.replace(
        doc,
        speakers=[Speaker("Washington"), Speaker("Safe Berths Act"), Speaker("Congressman")],
        quotes=[
            Quote(q.text, "Washington", None, None, "direct", q.paragraph, q.start, q.end)
            for q in doc.quotes
        ],
    )
    worse.id = doc.id
    return worse


def _speaker_facet(backend):
    from search.base import SearchRequest

    result = backend.search(SearchRequest(facets=("speaker",), facet_size=50))
    return {v.value: v.count for v in result.facets["speaker"].values}


def test_reparse_brings_the_speaker_facet_up_to_the_current_parser(archive_factory, tmp_path):
    records = tmp_path / "releases.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in RELEASES))
    options = ParseOptions(field_map={"member": "issuer", "text": "text", "date": "published"})
    fresh, archive = archive_factory("fresh"), archive_factory("archive")
    for backend in (fresh, archive):
        assert import_paths(backend, [str(records)], options).created == 2
    expected = _speaker_facet(fresh)

    for doc in list(archive.iter_documents()):
        older = _older_parse(doc)
        older.original = archive.original(doc.id)
        list(archive.write([older]))
    stale = _speaker_facet(archive)
    assert stale["Washington"] == 2 and "Safe Berths Act" in stale

    summary = reparse(archive)
    assert summary.changed == 2 and summary.failed == 0
    assert {"speakers", "quotes"} <= set(summary.fields)
    after = _speaker_facet(archive)
    assert after == expected
    assert not {"Washington", "Safe Berths Act", "Congressman"} & set(after)
    assert reparse(archive).changed == 0


def _schema_one(path):
    """Turn a current archive file into one of archive schema 1 (what it lacked)."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    conn.execute("DROP TABLE quote_speakers")
    conn.execute("DROP INDEX quotes_rows")  # schema 4's, over a column schema 1 lacked
    for column in ("speakers", "method", "confidence"):
        conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    conn.commit()
    conn.close()


def test_an_archive_of_schema_one_says_what_to_run_and_that_works(tmp_path):
    from search.base import SearchError

    path = tmp_path / "old.db"
    archive = f"sqlite:///{path}"
    runner = CliRunner()
    assert runner.invoke(main, ["import", str(FIXTURES), "--archive", archive, "-q"]).exit_code == 0
    before = SqliteBackend(path)
    ids = sorted(d.id for d in before.iter_documents())
    before.close()
    _schema_one(path)

    with pytest.raises(SearchError) as refused:
        SqliteBackend(path)
    assert f"press reindex --archive {path}" in str(refused.value)
    searched = runner.invoke(main, ["search", "the", "--archive", archive])
    assert searched.exit_code != 0 and "press reindex --archive" in searched.output

    rebuilt = runner.invoke(main, ["reindex", "--archive", archive])
    assert rebuilt.exit_code == 0, rebuilt.output
    backend = SqliteBackend(path)
    assert sorted(d.id for d in backend.iter_documents()) == ids
    assert all(backend.original(i) is not None for i in ids)  # originals are kept
    assert backend.stats()["quotes"] == sum(
        len([q for q in d.quotes if q.kind != "title"]) for d in backend.iter_documents()
    )
    backend.close()
    reparsed = runner.invoke(main, ["reparse", "--archive", archive, "-q"])
    assert reparsed.exit_code == 0, reparsed.output


@pytest.mark.elasticsearch
def test_an_elasticsearch_archive_of_older_mappings_says_to_reindex(elasticsearch_url, monkeypatch):
    import uuid

    import search.elastic
    from search.base import SearchError
    from search.elastic import ElasticBackend
    from tests.fixtures.speakers import speaker_documents

    docs = speaker_documents()
    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        assert {r.status for r in backend.write(docs[:2])} == {"created"}
        # This version's mappings differ from those the indexes were made with.
        current = search.elastic.mapping_version
        monkeypatch.setattr(search.elastic, "mapping_version", lambda kind: "z" + current(kind)[1:])
        again = ElasticBackend(backend.url, index_prefix=backend.prefix)
        with pytest.raises(SearchError, match="press reindex --archive"):
            list(again.write(docs[2:]))
        assert again.reindex()["documents"] == 2
        assert {r.status for r in again.write(docs[2:])} == {"created"}
        assert again.stats()["documents"] == len(docs)
        again.close()
    finally:
        backend.drop()
        backend.close()


def test_reparse_reads_in_batches_and_meets_each_document_once(tmp_path, monkeypatch):
    """Every document is read in short reads (so the write-ahead log can be folded back
    while the archive is rewritten), each once, even as the pass rewrites them."""
    import search.sqlite

    monkeypatch.setattr(search.sqlite, "READ_BATCH", 2)
    backend = SqliteBackend(tmp_path / "a.db")
    import_paths(backend, [str(FIXTURES)], ParseOptions(source="Desk Copy"))
    records = tmp_path / "releases.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in RELEASES))
    options = ParseOptions(field_map={"member": "issuer", "text": "text", "date": "published"})
    import_paths(backend, [str(records)], options)
    ids = [d.id for d in backend.iter_documents()]
    assert len(ids) >= 3 and len(set(ids)) == len(ids)
    for doc_id in ids:
        _spoil(backend, doc_id)
    summary = reparse(backend)
    assert summary.changed == len(ids) and summary.unchanged == 0
    assert [d.id for d in backend.iter_documents()] == ids
    rebuilt = backend.reindex()
    assert rebuilt["documents"] == len(ids)
    assert all(SqliteBackend(tmp_path / "a.db").original(i) is not None for i in ids)
