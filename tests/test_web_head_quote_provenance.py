"""Provenance of a quote whose words also stand in its own document's head: the document
carries the words once. Its headline copy is never an earlier carrier nor a repeat, and
the head's quotes do not use up the document page's provenance lookups. Invented names
and words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from bs4 import BeautifulSoup

from search.model import Document, Quote, Speaker
from tests.fixtures.head_quotes import head_quote_document
from web import create_app
from web import documents as document_pages
from web.provenance import provenance

WORDS = "The ferry levy ends this winter"


def earlier_carrier() -> Document:
    """Another source quoting the same words two days before, in its body only."""
    line = f"“{WORDS},” the mayor's office said."
    start = line.index(WORDS)
    return Document(
        headline="Levy to go",
        source="Skerry Weekly",
        published=dt.date(2025, 3, 2),
        language="en",
        body=["ODDVIK – The ferry levy is to end.", line],
        speakers=[Speaker("Ilse Quarrie")],
        quotes=[Quote(WORDS, "Ilse Quarrie", paragraph=1, start=start, end=start + len(WORDS))],
    )


@pytest.fixture
def urls(tmp_path):
    """A request context, for the links `provenance` builds."""
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "ctx.db"), "TESTING": True})
    with app.test_request_context():
        yield
    if "press_backend" in app.extensions:
        app.extensions["press_backend"].close()


@pytest.mark.usefixtures("urls")
def test_a_headline_copy_is_not_an_earlier_carrier_or_a_repeat(archive_factory):
    backend = archive_factory()
    doc = head_quote_document()  # quote 0 (headline) and quote 2 (body): the same words
    list(backend.write([doc]))
    for index in (0, 2):  # the headline's repeat has the body quotation's provenance
        found = provenance(backend, doc.id, index)
        assert found is not None
        assert found["is_earliest"] and found["earliest"]["index"] == 2
        assert (found["repeats"], found["carried_by"], found["other_sources"]) == ([], 1, [])


@pytest.mark.usefixtures("urls")
def test_another_document_is_listed_once_and_the_earlier_one_first(archive_factory):
    backend = archive_factory()
    doc, other = head_quote_document(), earlier_carrier()
    list(backend.write([doc, other]))
    found = provenance(backend, doc.id, 2)
    assert found is not None and not found["is_earliest"]
    assert (found["earliest"]["document_id"], found["carried_by"]) == (other.id, 2)
    assert [r["document_id"] for r in found["repeats"]] == [other.id]
    back = provenance(backend, other.id, 0)
    assert back is not None and back["is_earliest"] and back["carried_by"] == 2
    # the later document is shown once, by its body quote of the words
    assert [(r["document_id"], r["index"], r["part"]) for r in back["repeats"]] == [
        (doc.id, 2, "body")
    ]


@pytest.fixture
def client(tmp_path):
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "w.db"), "TESTING": True})
    with app.app_context():
        from web.backend import get_backend

        list(get_backend().write([head_quote_document()]))
    yield app.test_client()
    app.extensions["press_backend"].close()


def test_the_quote_page_of_a_body_quote_repeated_in_the_headline(client):
    doc = head_quote_document()
    soup = BeautifulSoup(client.get(f"/documents/{doc.id}/quotes/2").data, "html.parser")
    verdict = soup.select_one("#earliest-verdict").get_text()
    assert "First carried by" not in verdict
    assert verdict.startswith("This document is the earliest") and "the only one" in verdict
    assert soup.select(".repeats li.quote-hit") == []


@pytest.mark.usefixtures("urls")
def test_head_quotes_do_not_use_up_the_body_lookups(monkeypatch, archive_factory):
    backend = archive_factory()
    doc = head_quote_document()  # headline, subheading, then two body quotes
    list(backend.write([doc]))
    monkeypatch.setattr(document_pages, "MAX_PROVENANCE_LOOKUPS", 1)
    assert sorted(document_pages.quote_provenance(backend, doc)) == [0, 1, 2]
    body_only = dataclasses.replace(doc, quotes=doc.quotes[2:], headline="Levy ends")
    body_only.id = "body-only"
    list(backend.write([body_only]))
    assert sorted(document_pages.quote_provenance(backend, body_only)) == [0]


def test_the_document_page_counts_a_repeated_head_quote_once(client):
    doc = head_quote_document()
    page = client.get(f"/documents/{doc.id}")
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    counts = {li.get_text(" ", strip=True) for li in soup.select("li") if li.select(".count")}
    assert any("Ilse Quarrie" in c and "(2 quotes)" in c for c in counts), counts
    assert any("Sigrun Brandvik" in c and "(1 quote)" in c for c in counts), counts
    # the headline's quotation is still marked in the head, with its own quote page
    assert client.get(f"/documents/{doc.id}/quotes/0").status_code == 200
    assert client.get(f"/api/documents/{doc.id}/quotes/0").get_json()["quote"]["index"] == 2
