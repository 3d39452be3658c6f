"""Hostile and unlucky input: imports read only what they were given, bounded in memory,
and account for every input; the archive they journal is the archive they write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from press.cli import main
from search.sqlite import SqliteBackend

STATEMENT = (
    "Harbour dues notice\n\nGDANSK (Port Wire) - Harbour dues rise in May, "
    "the port office said.\n\n“Dues rise by a tenth,” harbour master Ola Nord said.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: object):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_deleted_archive_is_imported_again(runner, tmp_path):
    """A journal of a deleted archive must not skip inputs whose documents are gone."""
    seed = tmp_path / "seed.txt"
    seed.write_text(STATEMENT)
    db = tmp_path / "j.db"
    first = run(runner, "import", "--archive", db, seed, "-q")
    assert first.exit_code == 0 and "1 imported" in first.output
    for path in tmp_path.glob("j.db*"):
        path.unlink()
    again = run(runner, "import", "--archive", db, seed, "-q")
    assert again.exit_code == 0, again.output
    assert "1 imported" in again.output and "already imported" not in again.output
    assert SqliteBackend(db).stats()["documents"] == 1
    # The same archive, untouched: the journal is still used.
    third = run(runner, "import", "--archive", db, seed, "-q")
    assert "1 already imported" in third.output


def test_rebuilt_archive_keeps_its_identity(tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    key = backend.archive_key
    backend.reindex()
    assert SqliteBackend(tmp_path / "a.db").archive_key == key
    assert SqliteBackend(tmp_path / "b.db").archive_key != key


@pytest.mark.elasticsearch
def test_recreated_elasticsearch_indexes_are_another_archive(elasticsearch_url, tmp_path):
    import uuid

    from importers.journal import Journal
    from importers.pipeline import import_paths
    from search.elastic import ElasticBackend

    from search.model import Document

    seed = tmp_path / "seed.jsonl"
    doc = Document(headline="Harbour dues notice", body=["Harbour dues rise in May."])
    seed.write_text(json.dumps(doc.to_dict()) + "\n")
    prefix = f"press-test-{uuid.uuid4().hex[:10]}"
    backend = ElasticBackend(elasticsearch_url, index_prefix=prefix)
    try:
        journal = Journal(backend.archive_key, tmp_path / "journal")
        assert import_paths(backend, [str(seed)], journal=journal).created == 1
        journal.close()
        backend.drop()
        backend.ensure_indexes()
        journal = Journal(backend.archive_key, tmp_path / "journal")
        again = import_paths(backend, [str(seed)], journal=journal)
        journal.close()
        assert again.skipped == 0 and again.created == 1
    finally:
        backend.drop()
        backend.close()


def test_search_over_a_document_of_many_quotes_builds_bounded_snippets(tmp_path):
    """FTS5 snippet() is quadratic in a document's matches and cannot be interrupted."""
    from importers.pipeline import import_paths
    from search.base import SearchRequest
    from search.query import parse_query

    lines = ["Many quotes headline", "WASHINGTON (Wire) - Ambassador Oleg Petrov spoke."]
    lines += [f"“Statement number {i} about sanctions,” Petrov said." for i in range(2000)]
    (tmp_path / "many.txt").write_text("\n".join(lines) + "\n")
    backend = SqliteBackend(tmp_path / "a.db")
    assert import_paths(backend, [str(tmp_path / "many.txt")]).created == 1
    statements: list[str] = []
    backend.conn.set_trace_callback(statements.append)
    result = backend.search(SearchRequest(query=parse_query("sanctions")))
    assert result.total == 1 and not result.timed_out
    snippet = result.hits[0].snippet
    assert "<mark>sanctions</mark>" in snippet
    assert snippet.count("<mark>") == snippet.count("</mark>")
    assert len(snippet.split()) <= 40
    assert not any("snippet(" in s for s in statements)


def test_snippet_window_keeps_marks_balanced():
    from search.snippets import best_window

    text = "one two \x02three four\x03 five six seven \x02eight\x03 nine"
    window = best_window(["", text], ("\x02", "\x03"), 3)
    assert window.count("\x02") == window.count("\x03") >= 1
    assert best_window(["plain text"], ("\x02", "\x03"), 3) == ""
