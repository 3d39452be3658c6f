"""Reparsing the archive from the originals it keeps."""

import dataclasses
import json
from pathlib import Path

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
