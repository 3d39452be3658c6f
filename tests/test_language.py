"""Language detection per document, and the language facet on both backends."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from importers.language import detect_language
from importers.pipeline import import_paths
from importers.text import parse_text
from search.base import SearchRequest
from search.query import parse_query
from search.sqlite import SqliteBackend

FOLDER = Path(__file__).parent / "fixtures" / "languages"
ITEMS = sorted(FOLDER.glob("*.txt"))  # named <language>-<subject>.txt


def expected() -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in ITEMS:
        lang = path.name.split("-")[0]
        counts[lang] = counts.get(lang, 0) + 1
    return counts


@pytest.mark.parametrize("path", ITEMS, ids=lambda p: p.name)
def test_each_short_item_gets_its_language(path):
    assert (
        parse_text(path.read_text(encoding="utf-8"), quotes=False).language
        == (path.name.split("-")[0])
    )


def test_too_little_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("12.03.2024 — 15:40") is None
    assert detect_language("МОСКВА") is None


def _language_facet(backend) -> dict[str, int]:
    result = backend.search(SearchRequest(parse_query(""), facets=["language"]))
    return {v.value: v.count for v in result.facets["language"].values}


def test_language_facet_of_a_mixed_folder_sqlite(tmp_path):
    backend = SqliteBackend(tmp_path / "mixed.db")
    try:
        summary = import_paths(backend, [str(FOLDER)])
        assert not summary.failures
        assert _language_facet(backend) == expected()
    finally:
        backend.close()


@pytest.mark.elasticsearch
def test_language_facet_of_a_mixed_folder_elasticsearch(elasticsearch_url):
    from search.elastic import ElasticBackend

    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        summary = import_paths(backend, [str(FOLDER)])
        assert not summary.failures
        backend.client.indices.refresh(index=",".join(backend.aliases.values()))
        assert _language_facet(backend) == expected()
    finally:
        backend.drop()
        backend.close()
