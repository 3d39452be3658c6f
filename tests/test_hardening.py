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


# -- what an import may read ----------------------------------------------------------


def _feed_linking(links: list[str]) -> str:
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link>"
        "<description><![CDATA[<p>The port authority said the entry stands on its own "
        "and needs no page.</p>]]></description></item>"
        for n, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}</channel></rss>'


def test_feed_links_are_followed_only_inside_the_feed_folder(tmp_path):
    from tests.test_import_formats import page

    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "secret.html").write_text(
        page("Secret minutes leaked", "OSLO", "clerk Ola Dahl", "Nobody may read this")
    )
    feeds = tmp_path / "imported" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "inside.html").write_text(
        page("Berth fees settled", "BERGEN", "chair Lena Marsh", "The fees stay")
    )
    (feeds / "escape.html").symlink_to(secret / "secret.html")
    links = [
        "../../secret/secret.html",
        str(secret / "secret.html"),
        f"file://{secret / 'secret.html'}",
        "escape.html",
        "/etc/passwd",
        "inside.html",
    ]
    (feeds / "port.rss").write_text(_feed_linking(links))
    backend = SqliteBackend(tmp_path / "a.db")
    from importers.pipeline import import_paths

    summary = import_paths(backend, [str(feeds / "port.rss")])
    assert summary.created == len(links), summary.failures
    docs = list(backend.iter_documents())
    assert not any("Secret" in (d.headline or "") or "Nobody" in d.text for d in docs)
    assert any(d.headline == "Berth fees settled" for d in docs)
    for doc in docs:
        original = backend.original(doc.id)
        assert original is None or b"Nobody may read this" not in original.data


def test_canonical_url_of_another_document_is_a_new_version(tmp_path):
    from importers.pipeline import import_paths
    from tests.test_import_formats import page

    def claiming(title: str, quote: str) -> str:
        return page(title, "OSLO", "chair Lena Marsh", quote).replace(
            "<head>", '<head><link rel="canonical" href="https://gazette.example/fees">'
        )

    (tmp_path / "real.html").write_text(claiming("Board weighs berth fees", "Fees stay"))
    (tmp_path / "fake.html").write_text(claiming("Board doubles berth fees", "Fees double"))
    backend = SqliteBackend(tmp_path / "a.db")
    assert import_paths(backend, [str(tmp_path / "real.html")]).created == 1
    claim = import_paths(backend, [str(tmp_path / "fake.html")])
    assert claim.created == 1 and claim.updated == 0
    headlines = sorted(d.headline for d in backend.iter_documents())
    assert headlines == ["Board doubles berth fees", "Board weighs berth fees"]
    # Both imported again: each is its own, unchanged.
    again = import_paths(backend, [str(tmp_path / "real.html"), str(tmp_path / "fake.html")])
    assert again.unchanged == 2 and again.created == again.updated == 0
    # Two claims in one import are two versions too.
    other = SqliteBackend(tmp_path / "b.db")
    both = import_paths(other, [str(tmp_path / "real.html"), str(tmp_path / "fake.html")])
    assert both.created == 2 and other.stats()["documents"] == 2
