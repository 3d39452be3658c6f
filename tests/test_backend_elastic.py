"""The behavioural suite on the Elasticsearch backend, against the real test server."""

import uuid

import pytest

from search.elastic import ElasticBackend
from tests.backend_suite import BackendTests
from tests.fixtures.archive import archive_documents

pytestmark = pytest.mark.elasticsearch


def _backend(url: str) -> ElasticBackend:
    return ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")


class TestElastic(BackendTests):
    @pytest.fixture(scope="class")
    @classmethod
    def backend(cls, elasticsearch_url):
        backend = _backend(elasticsearch_url)
        results = list(backend.write(archive_documents()))
        assert {r.status for r in results} == {"created"}, results
        yield backend
        backend.drop()
        backend.close()

    @pytest.fixture
    def empty_backend(self, elasticsearch_url):
        backend = _backend(elasticsearch_url)
        yield backend
        backend.drop()
        backend.close()


def test_scan_has_no_ten_thousand_cap(elasticsearch_url):
    """Exports and deep pages go past Elasticsearch's 10,000-hit window."""
    from search.base import SearchRequest
    from search.model import Document
    from search.query import parse_query

    backend = _backend(elasticsearch_url)
    try:
        docs = (
            Document(headline=f"Notice {n}", body=[f"Berth fee notice {n}."]) for n in range(10_050)
        )
        assert all(r.status == "created" for r in backend.write(docs))
        request = SearchRequest(parse_query("berth"), sort="newest")
        assert backend.search(request).total == 10_050
        assert sum(1 for _ in backend.scan(request)) == 10_050
    finally:
        backend.drop()
        backend.close()
