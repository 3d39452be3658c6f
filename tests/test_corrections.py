"""Corrections: records kept apart from the parsed documents, applied on top of them on
both backends, kept through reparse, rebuild and re-import, shared between archives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from importers.options import ParseOptions
from importers.pipeline import import_paths
from search.base import SearchRequest
from search.corrections import (
    Correction,
    CorrectionError,
    apply_corrections,
    prepare,
    read_jsonl,
)
from search.export import export
from search.model import Document, Quote
from search.query import parse_query
from search.sqlite import SqliteBackend
from tests.fixtures.archive import archive_documents

SPEAKERS = ["Lena Marsh", "Paul Okafor", "Ines Varga", "Tomas Brandt", "Ruth Adeyemi"]
TOPICS = ["ferry", "harbour", "grain", "timber", "dredging", "mooring", "customs", "pilots"]
TOPICS += ["quay", "tariff"]


@pytest.fixture
def backend(archive_factory):
    backend = archive_factory()
    assert {r.status for r in backend.write(archive_documents())} == {"created"}
    return backend


def ask(backend, q: str = "", **kw):
    return backend.search(SearchRequest(parse_query(q), **kw))


def speaker_facet(backend, scope: str = "documents") -> dict[str, int]:
    return {v.value: v.count for v in ask(backend, scope=scope).facets["speaker"].values}


def first_doc() -> Document:
    return archive_documents()[0]  # Lena Marsh, quotes 0 and 1


def speaker_fix(doc_id: str, index: int, name: str, role: str | None = None, **kw):
    return Correction(
        doc_id, "quote", "speaker", {"name": name, "role": role}, "ann", quote=index, **kw
    )


# -- the records, without an archive -------------------------------------------


def test_prepare_fills_before_and_the_quote_anchor():
    doc = first_doc()
    made = prepare(speaker_fix(doc.id, 1, "  Paul   Okafor ", "Minister", reason="heard"), doc)
    assert made.after == {"name": "Paul Okafor", "role": "Minister"}
    assert made.before == {"name": "Lena Marsh", "role": "Ambassador"}
    assert made.quote_text == doc.quotes[1].text and made.quote_occurrence == 0
    fixed = prepare(Correction(doc.id, "document", "published", "2022-03-01", "ann"), doc)
    assert fixed.before == doc.published.isoformat() and fixed.after == "2022-03-01"


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        (Correction("x", "quote", "speaker", {"name": "A B"}, "ann", quote=9), "no quote 9"),
        (Correction("x", "quote", "speaker", {"name": "  "}, "ann", quote=0), "must not be empty"),
        (Correction("x", "document", "published", "2022-13-45", "ann"), "not a date"),
        (Correction("x", "document", "body", "text", "ann"), "no correctable field"),
        (Correction("x", "quote", "split", ["Lena Marsh"], "ann", quote=0), "two or more"),
        (Correction("x", "document", "headline", "New", ""), "who makes it"),
        (Correction("x", "quote", "speaker", {"name": "A B"}, "ann"), "by its index"),
    ],
)
def test_invalid_corrections_say_why(correction, message):
    doc = first_doc()
    correction.document_id = doc.id
    with pytest.raises(CorrectionError, match=message):
        prepare(correction, doc)


def test_a_record_round_trips_as_json():
    doc = first_doc()
    made = prepare(speaker_fix(doc.id, 0, "Paul Okafor", reason="why"), doc)
    line = json.dumps(made.to_dict())
    again = next(iter(read_jsonl([line])))
    assert again == made
    with pytest.raises(CorrectionError, match="line 1"):
        list(read_jsonl(['{"record": "press-correction", "version": 99}']))


def test_a_quote_is_found_by_its_wording_after_positions_shift():
    doc = first_doc()
    made = prepare(speaker_fix(doc.id, 1, "Paul Okafor"), doc)
    shifted = dataclasses.replace(
        doc,
        body=["A new opening paragraph.", *doc.body],
        quotes=[Quote("An opening quote", "Ines Varga", paragraph=0)]
        + [dataclasses.replace(q, paragraph=q.paragraph + 1) for q in doc.quotes],
    )
    applied = apply_corrections(shifted, [made])
    assert applied.quotes == {2: ["speaker"]}
    assert applied.document.quotes[2].speaker == "Paul Okafor"
    assert applied.document.quotes[2].corrected == ["speaker"]
    assert shifted.quotes[2].speaker == "Lena Marsh"  # the parsed document is untouched
    gone = dataclasses.replace(doc, quotes=doc.quotes[:1])
    assert apply_corrections(gone, [made]).orphaned == [made.id]


# -- on both backends ------------------------------------------------------------


def test_a_speaker_correction_shows_everywhere_at_once(backend):
    doc = first_doc()
    before = speaker_facet(backend, "quotes")
    made = backend.correct(speaker_fix(doc.id, 0, "Paul Okafor", "Minister", reason="audio"))
    assert made.status == "applied" and made.before["name"] == "Lena Marsh"
    stored = backend.get(doc.id)
    assert stored.quotes[0].speaker == "Paul Okafor" and stored.quotes[0].corrected == ["speaker"]
    assert stored.quotes[1].corrected == []
    after = speaker_facet(backend, "quotes")
    assert after["Paul Okafor"] == before["Paul Okafor"] + 1
    assert after["Lena Marsh"] == before["Lena Marsh"] - 1
    hits = ask(backend, 'speaker:"Paul Okafor" progress', scope="quotes").hits
    assert [(h.document_id, h.index, h.corrected) for h in hits] == [(doc.id, 0, ["speaker"])]
    assert "Minister" in backend.speaker("Paul Okafor").roles
    same = backend.same_quotes(doc.id, 0)
    assert [h.speaker for h in same] == ["Paul Okafor"]


def test_not_a_quote_and_split(backend):
    doc = first_doc()
    quotes_before = ask(backend, scope="quotes").total
    backend.correct(Correction(doc.id, "quote", "not_quote", True, "ann", quote=1))
    assert ask(backend, scope="quotes").total == quotes_before - 1
    assert backend.get(doc.id).quotes[1].kind == "title"
    backend.correct(
        Correction(doc.id, "quote", "split", ["Lena Marsh", "Ines Varga"], "ann", quote=0)
    )
    hit = ask(backend, 'speaker:"Ines Varga"', scope="quotes").hits
    assert [(h.document_id, h.speakers) for h in hit] == [(doc.id, ["Lena Marsh", "Ines Varga"])]
    assert speaker_facet(backend)["Ines Varga"] == 1


def test_document_fields(backend):
    doc = first_doc()
    for name, value in [
        ("headline", "Zeppelin envoy sees tariff talks stall"),
        ("source", "Capital Wire"),
        ("place", "Bergen"),
        ("published", "2019-06-30"),
    ]:
        backend.correct(Correction(doc.id, "document", name, value, "ann"))
    stored = backend.get(doc.id)
    assert (
        stored.headline == "Zeppelin envoy sees tariff talks stall"
        and stored.source == "Capital Wire"
    )
    assert stored.dateline.facet_place == "Bergen" and stored.published == dt.date(2019, 6, 30)
    assert stored.corrected == ["headline", "place", "published", "source"]
    result = ask(backend, "headline:zeppelin")
    assert [h.id for h in result.hits] == [doc.id] and result.hits[0].place == "Bergen"
    assert ask(backend, filters={"place": ["Bergen"]}).total == 1
    assert ask(backend, filters={"year": ["2019"]}).total == 1


def test_undo_is_recorded_and_restores_the_parse(backend):
    doc = first_doc()
    first = backend.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    second = backend.correct(speaker_fix(doc.id, 0, "Ines Varga"))
    assert backend.get(doc.id).quotes[0].speaker == "Ines Varga"
    undo = backend.undo(second.id, "bob", reason="wrong person")
    assert undo.undoes == second.id and undo.user == "bob"
    assert backend.correction(second.id).status == "undone"
    assert backend.get(doc.id).quotes[0].speaker == "Paul Okafor"
    backend.undo(first.id, "bob")
    restored = backend.get(doc.id)
    assert restored.to_dict() == doc.to_dict()  # as parsed, no marks left
    with pytest.raises(CorrectionError, match="already undone"):
        backend.undo(first.id, "bob")
    with pytest.raises(CorrectionError, match="is an undo"):
        backend.undo(undo.id, "bob")
    history = backend.corrections(document_id=doc.id)
    assert len(history) == 4 and history[0].undoes == first.id  # newest first
    assert backend.corrections(user="bob", limit=1) == history[:1]
    assert backend.corrections(user="bob", offset=1)[0].id == undo.id


def test_list_filters_by_time(backend):
    doc = first_doc()
    old = dataclasses.replace(
        speaker_fix(doc.id, 0, "Paul Okafor"), created=dt.datetime(2020, 5, 1, 12, tzinfo=dt.UTC)
    )
    backend.import_corrections([prepare(old, doc)])
    backend.correct(Correction(doc.id, "document", "source", "Capital Wire", "ann"))
    assert [c.field for c in backend.corrections(until=dt.date(2020, 5, 1))] == ["speaker"]
    assert [c.field for c in backend.corrections(since=dt.date(2021, 1, 1))] == ["source"]
    with pytest.raises(CorrectionError, match="no document"):
        backend.correct(Correction("no-such-id", "document", "source", "X", "ann"))


def test_kept_through_reimport_and_reindex(backend):
    doc = first_doc()
    backend.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    backend.correct(Correction(doc.id, "document", "headline", "Talks stall", "ann"))
    assert [r.status for r in backend.write([first_doc()])] == ["unchanged"]
    changed = dataclasses.replace(first_doc(), body=[*doc.body, "A closing line."])
    changed.id = doc.id
    assert [r.status for r in backend.write([changed])] == ["updated"]
    stored = backend.get(doc.id)
    assert stored.body[-1] == "A closing line." and stored.headline == "Talks stall"
    assert stored.quotes[0].speaker == "Paul Okafor"
    backend.reindex()
    stored = backend.get(doc.id)
    assert stored.headline == "Talks stall" and stored.quotes[0].speaker == "Paul Okafor"
    assert len(backend.corrections()) == 2
    # The parse is kept apart: an undo after the rebuild still restores it.
    backend.undo(backend.corrections()[0].id, "ann")
    assert backend.get(doc.id).headline == doc.headline


def test_exports_carry_corrected_values_and_say_so(backend):
    doc = first_doc()
    backend.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    backend.correct(Correction(doc.id, "document", "source", "Capital Wire", "ann"))
    request = SearchRequest(parse_query("progress"), scope="quotes")
    rows = [json.loads(line) for line in "".join(export(backend, request, "jsonl")).splitlines()]
    assert [(r["speaker"], r["corrected"]) for r in rows] == [("Paul Okafor", ["speaker"])]
    docs = "".join(export(backend, SearchRequest(parse_query("progress")), "jsonl"))
    exported = json.loads(docs.splitlines()[0])
    assert exported["corrected"] == ["source"] and exported["quotes"][0]["corrected"] == ["speaker"]
    assert Document.from_dict(exported).quotes[0].corrected == ["speaker"]
    table = "".join(export(backend, SearchRequest(parse_query("progress")), "csv"))
    assert "source; quote 0 speaker" in table


def test_corrections_shared_between_archives_apply_the_same(archive_factory):
    first, second, third = archive_factory(), archive_factory(), archive_factory()
    for backend in (first, second):
        list(backend.write(archive_documents()))
    doc = first_doc()
    made = first.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    first.correct(Correction(doc.id, "quote", "not_quote", True, "ann", quote=1))
    first.correct(Correction(doc.id, "document", "place", "Bergen", "ann"))
    first.undo(made.id, "bob")
    lines = [json.dumps(c.to_dict()) for c in reversed(first.corrections())]
    counts = second.import_corrections(read_jsonl(lines))
    assert counts == {"added": 4, "applied": 3, "orphaned": 0, "undone": 1}
    assert second.get(doc.id).to_dict() == first.get(doc.id).to_dict()
    assert speaker_facet(second, "quotes") == speaker_facet(first, "quotes")
    assert second.import_corrections(read_jsonl(lines))["added"] == 0
    # An archive without the document keeps the corrections as orphans until it comes.
    assert third.import_corrections(read_jsonl(lines))["orphaned"] == 2
    assert {c.status for c in third.orphaned_corrections()} == {"orphaned"}
    list(third.write(archive_documents()))
    assert third.orphaned_corrections() == []
    assert third.get(doc.id).to_dict() == first.get(doc.id).to_dict()


# -- kept through a reparse that moves every quote ----------------------------------


def _write_statements(folder: Path) -> None:
    for n, topic in enumerate(TOPICS):
        paragraphs = [f"OSLO (Harbour News) - The port authority met on the {topic} question."]
        paragraphs += [
            f"“The {topic} plan number {k} must move ahead before the winter,” {name} said."
            for k, name in enumerate(SPEAKERS)
        ]
        text = f"Port board weighs {topic} plan\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"statement{n}.txt").write_text(text, encoding="utf-8")


def test_fifty_corrections_survive_a_reparse_that_shifts_every_quote(
    archive_factory, tmp_path, monkeypatch
):
    import importers.reparse
    from importers.reparse import reparse

    folder = tmp_path / "statements"
    folder.mkdir()
    _write_statements(folder)
    backend = archive_factory()
    summary = import_paths(backend, [str(folder)], ParseOptions())
    assert summary.created == len(TOPICS), summary.failures
    made = []
    for doc in backend.iter_documents():
        assert len(doc.quotes) == len(SPEAKERS)
        for index, quote in enumerate(doc.quotes):
            # Each quote goes to the next speaker in the list.
            name = SPEAKERS[(SPEAKERS.index(quote.speaker) + 1) % len(SPEAKERS)]
            made.append(backend.correct(speaker_fix(doc.id, index, name)))
    assert len(made) == 50 and {c.status for c in made} == {"applied"}
    backend.reindex()  # originals and corrections are both kept by a rebuild
    unchanged = reparse(backend, jobs=2)  # the same parsers: nothing to report or lose
    assert unchanged.changed == 0 and not unchanged.fields and unchanged.failed == 0
    assert unchanged.no_original == 0
    assert backend.orphaned_corrections() == []
    gone = made[7]  # a quote the changed parser no longer finds
    parse = importers.reparse.parse_original

    def shifted(original, previous):
        doc = parse(original, previous)
        opening = "“A new opening line,” said Ruth Adeyemi."
        doc.body.insert(0, opening)
        for quote in doc.quotes:
            quote.paragraph += 1
        doc.quotes.insert(0, Quote("A new opening line", "Ruth Adeyemi", paragraph=0))
        if doc.id == gone.document_id:
            doc.quotes = [q for q in doc.quotes if q.text != gone.quote_text]
        return doc

    monkeypatch.setattr(importers.reparse, "parse_original", shifted)
    result = reparse(backend)
    assert result.failed == 0 and result.changed == len(TOPICS)
    orphans = backend.orphaned_corrections()
    assert [c.id for c in orphans] == [gone.id]
    for c in made:
        if c is gone:
            continue
        doc = backend.get(c.document_id)
        quote = next(q for q in doc.quotes if q.text == c.quote_text)
        moved = c.quote + 1 - (c.document_id == gone.document_id and c.quote > gone.quote)
        assert doc.quotes.index(quote) == moved
        assert quote.speaker == c.after["name"] and quote.corrected == ["speaker"]
        assert backend.correction(c.id).status == "applied"
    # Every speaker's quotes moved on by one; the opening quotes are Ruth Adeyemi's.
    facet = speaker_facet(backend, "quotes")
    assert facet["Ruth Adeyemi"] == 10 + 10 and sum(facet.values()) == 10 + 49


# -- the command line (embedded archive) ------------------------------------------


def test_the_commands(tmp_path):
    from press.cli import main

    archive = str(tmp_path / "a.db")
    backend = SqliteBackend(archive)
    list(backend.write(archive_documents()))
    backend.close()
    doc = first_doc()
    run = CliRunner().invoke
    a = ["--archive", archive]
    result = run(
        main,
        [
            "correct",
            "speaker",
            doc.id,
            "0",
            "Paul Okafor",
            "--role",
            "Minister",
            "--user",
            "ann",
            *a,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Lena Marsh (Ambassador) → Paul Okafor (Minister)" in result.output
    result = run(
        main, ["correct", "document", doc.id, "--headline", "Talks stall", "--user", "ann", *a]
    )
    assert result.exit_code == 0, result.output
    result = run(main, ["correct", "speaker", doc.id, "7", "Paul Okafor", *a])
    assert result.exit_code == 1 and "no quote 7" in result.output
    result = run(main, ["correct", "document", doc.id, "--published", "soon", *a])
    assert result.exit_code == 1 and "not a date" in result.output
    result = run(main, ["corrections", "list", "--json", "--user", "ann", *a])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["field"] for r in records] == ["headline", "speaker"]
    result = run(main, ["correct", "undo", records[0]["id"], "--user", "bob", *a])
    assert result.exit_code == 0 and "undo of headline" in result.output
    out = tmp_path / "corrections.jsonl"
    assert run(main, ["corrections", "export", str(out), *a]).exit_code == 0
    assert len(out.read_text().splitlines()) == 3
    other = str(tmp_path / "b.db")
    result = run(main, ["corrections", "import", str(out), "--archive", other])
    assert result.exit_code == 0 and "1 applied, 1 orphaned, 1 undone" in result.output
    assert "no longer find their quote or document" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{}\n")
    result = run(main, ["corrections", "import", str(bad), *a])
    assert result.exit_code == 1 and "line 1" in result.output


def test_an_archive_of_the_previous_schema_is_upgraded(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    backend = SqliteBackend(path)
    list(backend.write(archive_documents()))
    backend.close()
    conn = sqlite3.connect(path)
    for table in ("corrections", "parsed_documents", "quote_corrections"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    conn.commit()
    conn.close()
    from search.base import SearchError

    with pytest.raises(SearchError, match="press reindex"):
        SqliteBackend(path)
    SqliteBackend(path, upgrade=True).reindex()
    upgraded = SqliteBackend(path)
    assert upgraded.stats()["documents"] == len(archive_documents())
    upgraded.correct(speaker_fix(first_doc().id, 0, "Paul Okafor"))
    assert upgraded.get(first_doc().id).quotes[0].speaker == "Paul Okafor"
    upgraded.close()


@pytest.mark.elasticsearch
def test_the_two_backends_apply_corrections_alike(elasticsearch_url, tmp_path):
    """Parity: the same records on both backends give the same documents, facets, quote
    hits and history, awkward names included."""
    from search.elastic import ElasticBackend

    sqlite = SqliteBackend(tmp_path / "a.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        docs = archive_documents()
        for backend in (sqlite, elastic):
            list(backend.write(docs))
        doc = first_doc()
        other = docs[1]
        sqlite.correct(speaker_fix(doc.id, 0, "Jürgen Strauß", "Hafenmeister"))
        sqlite.correct(
            Correction(doc.id, "quote", "split", ["Олег Степанов", "İlkay Şen"], "ann", quote=1)
        )
        sqlite.correct(Correction(other.id, "document", "place", "İstanbul", "bob"))
        undone = sqlite.correct(Correction(other.id, "document", "headline", "Wrong", "bob"))
        sqlite.undo(undone.id, "ann")
        records = list(reversed(sqlite.corrections()))
        assert elastic.import_corrections(records)["added"] == len(records)
        for doc_id in (doc.id, other.id):
            assert elastic.get(doc_id).to_dict() == sqlite.get(doc_id).to_dict()
        for scope in ("documents", "quotes"):
            assert speaker_facet(elastic, scope) == speaker_facet(sqlite, scope)
        facet = {v.value: v.count for v in ask(elastic).facets["place"].values}
        assert facet == {v.value: v.count for v in ask(sqlite).facets["place"].values}
        request = SearchRequest(parse_query('speaker:"Oleg Stepanov"'), scope="quotes")
        hits = [
            [(h.document_id, h.index, h.speakers, h.corrected) for h in b.search(request).hits]
            for b in (sqlite, elastic)
        ]
        assert hits[0] == hits[1] and len(hits[0]) == 1
        history = [[(c.id, c.status) for c in b.corrections()] for b in (sqlite, elastic)]
        assert history[0] == history[1]
        assert elastic.speaker("Jürgen Strauss").roles == sqlite.speaker("Jürgen Strauss").roles
    finally:
        elastic.drop()
        elastic.close()
        sqlite.close()


def test_a_deleted_document_orphans_its_corrections_until_it_comes_back(backend):
    doc = first_doc()
    made = backend.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    assert backend.delete(doc.id)
    assert [c.id for c in backend.orphaned_corrections()] == [made.id]
    list(backend.write([first_doc()]))
    assert backend.orphaned_corrections() == []
    assert backend.get(doc.id).quotes[0].speaker == "Paul Okafor"


def test_a_correction_that_cannot_be_written_is_not_kept(tmp_path, monkeypatch):
    from search.base import SearchError, WriteResult

    backend = SqliteBackend(tmp_path / "a.db")
    list(backend.write(archive_documents()))
    doc = first_doc()
    monkeypatch.setattr(
        backend, "_write_one", lambda conn, item: WriteResult(doc.id, "failed", "disk full")
    )
    with pytest.raises(SearchError, match="disk full"):
        backend.correct(speaker_fix(doc.id, 0, "Paul Okafor"))
    assert backend.corrections() == []
    backend.close()
