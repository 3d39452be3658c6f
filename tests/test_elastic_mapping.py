"""mappings/documents.json against the real Elasticsearch test server."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from search.model import Document
from tests.fixtures.archive import archive_documents

pytest_plugins = ["tests.elastic_server"]
pytestmark = pytest.mark.elasticsearch

MAPPING = Path(__file__).resolve().parent.parent / "mappings" / "documents.json"


@pytest.fixture(scope="module")
def body() -> dict:
    return json.loads(MAPPING.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def es(elasticsearch_url):
    client = Elasticsearch(elasticsearch_url, request_timeout=30)
    yield client
    client.close()


@pytest.fixture(scope="module")
def index(es, body):
    name = f"press-test-mapping-{uuid.uuid4().hex[:8]}"
    es.indices.create(index=name, **body)
    for doc in archive_documents():
        es.index(
            index=name, id=doc.id, document={**doc.to_dict(), "content_hash": doc.content_hash}
        )
    es.indices.refresh(index=name)
    yield name
    es.options(ignore_status=404).indices.delete(index=name)


def tokens(es, index, **kw) -> list[str]:
    return [t["token"] for t in es.indices.analyze(index=index, **kw)["tokens"]]


def test_the_file_is_exactly_what_gets_created(es, index, body):
    assert es.indices.get_mapping(index=index)[index]["mappings"] == body["mappings"]
    settings = es.indices.get_settings(index=index)[index]["settings"]["index"]
    assert settings["analysis"] == body["settings"]["analysis"]


def test_analyzers(es, index):
    text = "The Envoy's SANCTIONS are not over"
    assert tokens(es, index, analyzer="press_text", text=text) == ["envoy's", "sanctions", "over"]
    assert tokens(es, index, analyzer="press_exact", text=text) == [
        "the",
        "envoy's",
        "sanctions",
        "are",
        "not",
        "over",
    ]
    assert tokens(es, index, normalizer="press_facet", text="Oleg STEPANOV") == ["oleg stepanov"]


def test_documents_round_trip(es, index):
    doc = archive_documents()[0]
    source = es.get(index=index, id=doc.id)["_source"]
    assert source.pop("content_hash") == doc.content_hash
    assert Document.from_dict(source).to_dict() == doc.to_dict()


def test_quotes_match_within_one_quote(es, index):
    def quotes_by(speaker: str, words: str) -> set[str]:
        query = {
            "nested": {
                "path": "quotes",
                "query": {
                    "bool": {
                        "filter": [{"term": {"quotes.speaker": speaker}}],
                        "must": [{"match": {"quotes.text": words}}],
                    }
                },
            }
        }
        return {
            h["_source"]["headline"] for h in es.search(index=index, query=query)["hits"]["hits"]
        }

    # "Envoys split…" has Lena Marsh on quotas and Paul Okafor on tariffs.
    assert quotes_by("LENA MARSH", "quotas") == {"Envoys split over fishing quotas"}
    assert quotes_by("Paul Okafor", "quotas") == set()


def test_facets_are_case_insensitive_and_keep_the_display_form(es, index):
    aggs = {
        "place": {"terms": {"field": "dateline.place"}},
        "source": {"terms": {"field": "source.raw"}},
    }
    result = es.search(index=index, size=0, query={"term": {"source": "harbour NEWS"}}, aggs=aggs)
    assert result["hits"]["total"]["value"] == 3
    assert [b["key"] for b in result["aggregations"]["source"]["buckets"]] == ["Harbour News"]
    assert [b["key"] for b in result["aggregations"]["place"]["buckets"]] == ["oslo"]


def test_exact_phrases_keep_stop_words(es, index):
    def phrase(field: str, text: str) -> set[str]:
        query = {"match_phrase": {field: text}}
        return {
            h["_source"]["headline"] for h in es.search(index=index, query=query)["hits"]["hits"]
        }

    assert phrase("body.exact", "on the table") == {"Envoys split over fishing quotas"}
    # On the stemless, stop-worded main field the same phrase is just "table".
    assert "Les négociations continuent" in phrase("body", "on the table")
