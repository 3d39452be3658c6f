"""Hostile and unlucky input: imports read only what they were given, bounded in memory,
and account for every input; the archive they journal is the archive they write."""

from __future__ import annotations

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

    seed = tmp_path / "seed.txt"
    seed.write_text(STATEMENT)
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
