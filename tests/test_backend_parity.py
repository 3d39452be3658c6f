"""The two backends answer alike: same documents and same facet counts for the same filters."""

import uuid

import pytest

from search.base import FACETS, SearchRequest
from search.elastic import ElasticBackend
from search.query import parse_query
from search.sqlite import SqliteBackend
from tests.fixtures.archive import archive_documents

pytestmark = pytest.mark.elasticsearch

REQUESTS = [
    ("", {}),
    ("", {"source": ["Harbour News"]}),
    ("", {"speaker": ["Paul Okafor"], "year": ["2022"]}),
    ("tariffs", {}),
    ("tariffs", {"place": ["OSLO", "LAGOS"]}),
    ('speaker:"Lena Marsh"', {"agency": ["Harbour News"]}),
    ("date:2022..2023", {"language": ["en"]}),
    ('"fishing quotas" OR shipping', {}),
    ("-tariffs", {}),
]


@pytest.fixture(scope="module")
def both(elasticsearch_url, tmp_path_factory):
    sqlite = SqliteBackend(tmp_path_factory.mktemp("parity") / "a.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    for backend in (sqlite, elastic):
        list(backend.write(archive_documents()))
    yield sqlite, elastic
    elastic.drop()
    elastic.close()
    sqlite.close()


def summary(backend, q, filters, scope):
    result = backend.search(SearchRequest(parse_query(q), filters=filters, scope=scope, limit=100))
    ids = sorted((h.id if scope == "documents" else (h.document_id, h.index)) for h in result.hits)
    facets = {
        name: sorted((v.value, v.count, v.selected) for v in result.facets[name].values)
        for name in FACETS
    }
    return result.total, ids, facets, result.histogram


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize("q, filters", REQUESTS)
def test_same_answers(both, q, filters, scope):
    sqlite, elastic = both
    assert summary(sqlite, q, filters, scope) == summary(elastic, q, filters, scope)


def test_the_seed_article_on_both_backends(elasticsearch_url, tmp_path):
    """The seed, imported into each backend, is found by the same searches with the same
    facets, including the quote search for what Oleg Stepanov said about sanctions."""
    from importers.pipeline import import_paths
    from tests.corpus import corpus_path

    seed = corpus_path("seed", "sputnik-stepanov-ottawa.txt")
    sqlite = SqliteBackend(tmp_path / "seed.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    try:
        answers = []
        for backend in (sqlite, elastic):
            assert import_paths(backend, [str(seed)]).created == 1
            found = backend.search(SearchRequest(parse_query("sanctions")))
            quotes = backend.search(
                SearchRequest(parse_query('speaker:"Oleg Stepanov" sanctions'), scope="quotes")
            )
            assert found.total == 1
            assert quotes.total >= 2 and {h.speaker for h in quotes.hits} == {"Oleg Stepanov"}
            assert "Oleg Stepanov" in {v.value for v in found.facets["speaker"].values}
            answers.append(
                (
                    summary(backend, "sanctions", {}, "documents"),
                    summary(backend, 'speaker:"Oleg Stepanov" sanctions', {}, "quotes"),
                )
            )
        assert answers[0] == answers[1]
    finally:
        elastic.drop()
        elastic.close()
        sqlite.close()
