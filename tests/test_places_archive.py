"""Canonical places, derived titles and the year facet in the archive, on both backends."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

import pytest

from importers.options import ParseOptions
from importers.pipeline import import_paths
from importers.reparse import reparse
from search.base import SearchRequest
from search.elastic import ElasticBackend
from search.export import export
from search.model import Dateline
from search.sqlite import SqliteBackend

FIELD_MAP = {"member": "issuer", "text": "text", "date": "published"}
BODY = "the member announced new funding for rural clinics. “Nurses matter,” Roe said."
RELEASES = [
    ("2011-05-02", f"Roe Wins Clinic Funds WASHINGTON, D.C. – Today, {BODY}"),
    ("2013-05-02", f"(Washington, DC) -- This week, {BODY}"),
    ("2015-05-02", f"Washington, DC (May 2, 2015)— On Monday, {BODY}"),
    ("2016-05-02", f"WASHINGTON – Yesterday, {BODY}"),
    ("2017-05-02", f"La Crosse, WI – Today, {BODY}"),
    ("2017-06-02", f"LA CROSSE, Wis. – This morning, {BODY}"),
    ("2019-05-02", "Today, Congresswoman Jane Roe praised the county's nurses. They work hard."),
]


def write_releases(path: Path) -> Path:
    lines = [
        json.dumps({"member": "jane_roe", "date": date, "text": text}) for date, text in RELEASES
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(params=["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)])
def archive(request, tmp_path):
    if request.param == "sqlite":
        backend = SqliteBackend(tmp_path / "a.db")
    else:
        url = request.getfixturevalue("elasticsearch_url")
        backend = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    summary = import_paths(
        backend,
        [str(write_releases(tmp_path / "releases.jsonl"))],
        ParseOptions(field_map=FIELD_MAP),
    )
    assert summary.created == len(RELEASES) and not summary.failures
    yield backend
    if isinstance(backend, ElasticBackend):
        backend.drop()
    backend.close()


def facet(backend, name: str, size: int = 10) -> list[tuple[str, int]]:
    result = backend.search(SearchRequest(facets=(name,), facet_size=size))
    return [(v.value, v.count) for v in result.facets[name].values]


def test_one_place_one_facet_value(archive):
    assert facet(archive, "place") == [("Washington, D.C.", 4), ("La Crosse", 2)]


def test_place_filter_by_canonical_name_finds_every_form(archive):
    result = archive.search(SearchRequest(filters={"place": ["washington, d.c."]}, limit=10))
    assert result.total == 4


def test_year_facet_lists_every_year_by_year(archive):
    years = facet(archive, "year", size=2)
    assert years == [
        ("2019", 1),
        ("2017", 2),
        ("2016", 1),
        ("2015", 1),
        ("2013", 1),
        ("2011", 1),
    ]
    assert facet(archive, "place", size=1) == [("Washington, D.C.", 4)]  # others: count order


def test_documents_without_headline_have_a_derived_title(archive):
    result = archive.search(SearchRequest(sort="oldest", limit=10))
    by_year = {h.published.year: h for h in result.hits}
    assert by_year[2011].headline == "Roe Wins Clinic Funds" and by_year[2011].title is None
    newest = by_year[2019]
    assert newest.headline is None
    assert newest.title == "Jane Roe: Today, Congresswoman Jane Roe praised the county's nurses."
    quotes = archive.search(SearchRequest(scope="quotes", limit=20))
    assert all(q.headline or q.title for q in quotes.hits)
    doc = archive.get(newest.id)
    assert doc.headline is None and doc.title == newest.title


def test_export_carries_the_derived_title(archive):
    text = "".join(export(archive, SearchRequest(sort="oldest"), "csv"))
    assert "title" in text.splitlines()[0].split(",")
    assert "Jane Roe: Today, Congresswoman Jane Roe praised" in text
    assert "Washington, D.C." in text


def test_reparse_brings_old_places_to_their_canonical_name(archive):
    for doc in list(archive.iter_documents()):
        if doc.dateline is None:
            continue
        old = dataclasses.replace(
            doc,
            dateline=Dateline(place=doc.dateline.place, raw=doc.dateline.raw),
            title=None,
            original=archive.original(doc.id),
        )
        old.id = doc.id
        list(archive.write([old]))
    assert "Washington, D.C." not in dict(facet(archive, "place"))
    summary = reparse(archive)
    assert summary.failed == 0 and summary.changed == 6
    assert facet(archive, "place") == [("Washington, D.C.", 4), ("La Crosse", 2)]


def test_result_lists_and_feeds_show_derived_titles_as_derived(archive):
    from bs4 import BeautifulSoup

    from web import create_app

    client = create_app({"BACKEND": archive, "TESTING": True}).test_client()
    for url in ("/search?q=nurses", "/search?q=nurses&scope=quotes", "/search?q="):
        body = client.get(url).get_data(as_text=True)
        assert "(no headline)" not in body
        soup = BeautifulSoup(body, "html.parser")
        derived = [s.get_text() for s in soup.select(".derived-title")]
        assert derived and all(t.startswith("Jane Roe: ") for t in derived)
    feed = client.get("/feed?q=praised").get_data(as_text=True)
    assert "[Jane Roe: Today, Congresswoman Jane Roe praised" in feed
