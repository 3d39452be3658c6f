"""Speakers in the web UI, the JSON API, the CLI and exports: joint quotes under each
speaker, quoted titles nobody's, weak attributions shown as such and left out on
request, one speaker page for the spellings of one name."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from importers.pipeline import import_paths
from press.cli import main
from search.sqlite import SqliteBackend
from tests.fixtures.speakers import speaker_documents
from tests.test_web import facet, page, total
from web import create_app


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    backend = SqliteBackend(tmp_path_factory.mktemp("speaker-pages") / "a.db")
    assert {r.status for r in backend.write(speaker_documents())} == {"created"}
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def client(backend):
    return create_app({"BACKEND": backend, "TESTING": True}).test_client()


def test_document_page_marks_weak_attributions_and_titles(client):
    doc = speaker_documents()[0]
    soup = page(client, f"/documents/{doc.id}")
    joint, title, weak = (soup.find(id=f"q{i}") for i in range(3))
    assert "uncertain" not in joint["class"]
    assert "Amy Klobuchar and Al Franken" in joint.find_next(class_="visually-hidden").get_text()
    assert "title" in title["class"] and title.find("a") is None
    assert "uncertain" in weak["class"]
    assert weak["title"] == "speaker uncertain: resolved from a pronoun (‘she’)"
    items = soup.select("section.quote-list li.quote-item")
    assert [a.get_text() for a in items[0].select("a.speaker")] == ["Amy Klobuchar", "Al Franken"]
    assert "a quoted title, not speech" in items[1].get_text()
    assert "speaker uncertain" in items[2].select_one(".attribution-note").get_text()


def test_search_checkbox_and_api_limit_to_confident_attributions(client):
    soup = page(client, "/search?scope=quotes")
    box = soup.find("input", attrs={"name": "confident"})
    assert box["type"] == "checkbox" and not box.has_attr("checked")
    assert total(soup) == 7
    confident = page(client, "/search?scope=quotes&confident=1")
    assert total(confident) == 5
    assert confident.find("input", attrs={"name": "confident"}).has_attr("checked")
    assert "confident attributions only" in confident.find(id="description").get_text()
    assert "Bob Goodlatte" not in facet(confident, "speaker")
    # Links on the page keep the option.
    assert all("confident=1" in v["href"] for v in facet(confident, "speaker").values())
    data = client.get("/api/search?scope=quotes&confident=1&speaker=Al+Franken").json
    assert data["confident"] is True and data["total"] == 1
    hit = data["hits"][0]
    assert [s["name"] for s in hit["speakers"]] == ["Amy Klobuchar", "Al Franken"]
    assert hit["method"] == "cue" and hit["uncertain"] is None


def test_search_page_lists_every_speaker_of_a_joint_quote(client):
    soup = page(client, "/search?scope=quotes&q=farmers")
    hit = soup.select_one("li.quote-hit")
    assert [a.get_text() for a in hit.select("a.speaker")] == ["Amy Klobuchar", "Al Franken"]
    weak = page(client, "/search?scope=quotes&q=pushing").select_one("li.quote-hit .uncertain")
    assert weak.get_text() == "speaker uncertain: resolved from earlier text"


def test_speaker_page_merges_spellings_and_lists_them(client):
    soup = page(client, "/speakers/Robert%20W.%20Goodlatte")
    assert soup.find("h1").get_text() == "Robert W Goodlatte"
    assert soup.find(id="variants").get_text() == "Robert W. Goodlatte"
    assert total(soup) == 2
    franken = page(client, "/speakers/Al%20Franken")
    assert total(franken) == 1  # the joint quote
    # A surname two speakers share names neither.
    assert client.get("/speakers/King").status_code == 404


def test_cli_confident_flag_and_joint_speakers(backend):
    runner = CliRunner()
    archive = backend.url
    everything = runner.invoke(main, ["search", "--quotes", "--archive", archive, "--json"])
    confident = runner.invoke(
        main, ["search", "--quotes", "--confident", "--archive", archive, "--json"]
    )
    assert everything.exit_code == confident.exit_code == 0, confident.output
    assert json.loads(everything.output)["total"] == 7
    assert json.loads(confident.output)["total"] == 5
    plain = runner.invoke(main, ["search", "farmers", "--quotes", "--archive", archive])
    assert "Amy Klobuchar and Al Franken: “Farmers in every county need this”" in plain.output


def test_exports_carry_every_speaker(backend):
    runner = CliRunner()
    out = runner.invoke(
        main,
        ["export", 'speaker:"Al Franken"', "--quotes", "--format", "csv", "--archive", backend.url],
    )
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [(r["speaker"], r["speakers"], r["method"]) for r in rows] == [
        ("Amy Klobuchar", "Amy Klobuchar; Al Franken", "cue")
    ]
    jsonl = runner.invoke(
        main, ["export", "farmers", "--quotes", "--format", "jsonl", "--archive", backend.url]
    )
    row = json.loads(jsonl.output.splitlines()[0])
    assert row["speakers"] == ["Amy Klobuchar", "Al Franken"] and row["confidence"] == 0.9
    docs = runner.invoke(main, ["export", "dairy", "--format", "csv", "--archive", backend.url])
    assert next(csv.DictReader(io.StringIO(docs.output)))["speakers"] == "Amy Klobuchar; Al Franken"


def test_exports_round_trip_and_schema_one_exports_still_import(backend, tmp_path):
    """A schema 2 export re-imports as it was; a schema 1 export (one speaker per quote,
    no method or confidence) imports with that speaker as the quote's only speaker."""
    runner = CliRunner()
    out = runner.invoke(main, ["export", "--format", "jsonl", "--archive", backend.url])
    export = tmp_path / "export.jsonl"
    export.write_text(out.output)
    copy = SqliteBackend(tmp_path / "copy.db")
    assert import_paths(copy, [str(export)]).created == len(speaker_documents())
    doc = speaker_documents()[0]
    assert copy.get(doc.id).to_dict() == backend.get(doc.id).to_dict()

    old = json.loads(out.output.splitlines()[0])
    old["schema"] = 1
    for q in old["quotes"]:
        for field in ("speakers", "method", "confidence"):
            del q[field]
    old["quotes"] = [q for q in old["quotes"] if q["kind"] != "title"]
    old["id"] = "schema-one-export"
    (tmp_path / "old.jsonl").write_text(json.dumps(old) + "\n")
    older = SqliteBackend(tmp_path / "older.db")
    assert import_paths(older, [str(tmp_path / "old.jsonl")]).created == 1
    quotes = older.get("schema-one-export").quotes
    assert [q.speakers for q in quotes] == [[q.speaker] for q in quotes]
    assert all(q.confidence is None for q in quotes)
    assert older.speaker(quotes[0].speaker).quotes >= 1
    copy.close()
    older.close()


def test_quote_page_lists_every_speaker_and_titles_have_none(client):
    doc = speaker_documents()[0]
    soup = page(client, f"/documents/{doc.id}/quotes/0")
    assert [a.get_text() for a in soup.select("p.meta a.speaker")] == [
        "Amy Klobuchar",
        "Al Franken",
    ]
    weak = page(client, f"/documents/{doc.id}/quotes/2")
    assert "speaker uncertain" in weak.select_one("p.meta .uncertain").get_text()
    title = client.get(f"/documents/{doc.id}/quotes/1")
    assert title.status_code == 404 and b"quoted title, not speech" in title.data


def test_feed_of_a_speakers_quotes_names_every_speaker(client):
    from xml.etree import ElementTree as ET

    response = client.get("/feed?scope=quotes&speaker=Al+Franken")
    assert response.status_code == 200
    titles = [
        t.text for t in ET.fromstring(response.data).iter("{http://www.w3.org/2005/Atom}title")
    ]
    assert "Amy Klobuchar and Al Franken: “Farmers in every county need this”" in titles
