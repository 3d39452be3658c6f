"""The Elasticsearch write path during a bulk load: refresh paused, then restored."""

from __future__ import annotations

import uuid

import pytest

import search.elastic
from search.base import SearchRequest
from search.elastic import ElasticBackend
from search.model import Document
from search.query import parse_query

pytestmark = pytest.mark.elasticsearch


def _intervals(backend: ElasticBackend) -> dict[str, str | None]:
    out = {}
    for kind in ("documents", "quotes"):
        settings = backend.client.indices.get_settings(index=backend.aliases[kind])
        index = next(iter(settings.values()))["settings"]["index"]
        out[kind] = index.get("refresh_interval")
    return out


def test_a_bulk_load_pauses_refresh_and_restores_the_mapping_interval(
    elasticsearch_url, monkeypatch
):
    monkeypatch.setattr(search.elastic, "DOCUMENTS_PER_ROUND", 4)
    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        docs = [
            Document(
                headline=f"Dock notice {n}",
                body=[f"“Berth {n} reopens on Monday,” said harbour master Ines Varga."],
            )
            for n in range(10)
        ]
        seen = []
        for n, result in enumerate(backend.write(docs)):
            assert result.status == "created"
            if n == 5:  # the second round is being written
                seen.append(_intervals(backend))
        assert seen == [{"documents": "-1", "quotes": "-1"}]
        assert _intervals(backend) == {"documents": None, "quotes": None}
        # Refreshed at the end all the same: everything is found at once.
        assert backend.search(SearchRequest(parse_query("berth"))).total == 10
        # A write of one round leaves the settings alone.
        list(backend.write([Document(headline="Late notice", body=["Berth 11 shuts."])]))
        assert _intervals(backend) == {"documents": None, "quotes": None}
    finally:
        backend.drop()
        backend.close()


def test_an_interrupted_bulk_load_restores_refresh(elasticsearch_url, monkeypatch):
    monkeypatch.setattr(search.elastic, "DOCUMENTS_PER_ROUND", 2)
    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:

        def docs():
            for n in range(5):
                yield Document(headline=f"Notice {n}", body=[f"Berth {n} reopens."])
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            list(backend.write(docs()))
        assert _intervals(backend) == {"documents": None, "quotes": None}
    finally:
        backend.drop()
        backend.close()


def test_a_refresh_refused_on_one_index_is_restored_on_the_other(
    elasticsearch_url, monkeypatch, caplog
):
    from elasticsearch import ApiError

    monkeypatch.setattr(search.elastic, "DOCUMENTS_PER_ROUND", 2)
    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    put = backend.client.indices.put_settings

    def refuse_restoring_documents(index, settings):  # type: ignore[no-untyped-def]
        if index == backend.aliases["documents"] and settings["index"]["refresh_interval"] != "-1":
            raise ApiError("refused", meta=None, body=None)  # type: ignore[arg-type]
        return put(index=index, settings=settings)

    try:
        monkeypatch.setattr(backend.client.indices, "put_settings", refuse_restoring_documents)
        docs = [Document(headline=f"Notice {n}", body=[f"Berth {n} reopens."]) for n in range(5)]
        assert {r.status for r in backend.write(docs)} == {"created"}
        monkeypatch.setattr(backend.client.indices, "put_settings", put)
        intervals = _intervals(backend)
        assert intervals["quotes"] is None and intervals["documents"] == "-1"
        # The write succeeded, but the index left paused is named with the fix.
        warned = [r for r in caplog.records if r.levelname == "WARNING"]
        assert len(warned) == 1
        assert backend.aliases["documents"] in warned[0].getMessage()
        assert "refresh_interval" in warned[0].getMessage()
    finally:
        backend.drop()
        backend.close()
