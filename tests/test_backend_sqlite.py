"""The behavioural suite on the embedded SQLite FTS5 backend."""

import pytest

from search.sqlite import SqliteBackend
from tests.backend_suite import BackendTests
from tests.fixtures.archive import archive_documents


class TestSqlite(BackendTests):
    @pytest.fixture(scope="class")
    @classmethod
    def backend(cls, tmp_path_factory):
        backend = SqliteBackend(tmp_path_factory.mktemp("sqlite") / "archive.db")
        results = list(backend.write(archive_documents()))
        assert {r.status for r in results} == {"created"}
        yield backend
        backend.close()

    @pytest.fixture
    def empty_backend(self, tmp_path):
        backend = SqliteBackend(tmp_path / "empty.db")
        yield backend
        backend.close()


def _answer(backend, request):
    result = backend.search(request)
    ids = [getattr(h, "id", None) or (h.document_id, h.index) for h in result.hits]
    facets = {
        n: [(v.value, v.count, v.selected) for v in f.values] for n, f in result.facets.items()
    }
    return result.total, ids, facets, result.histogram


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize(
    ("q", "filters"),
    [
        ("", {}),
        ("tariffs", {}),
        ("tariffs", {"source": ["Harbour News"]}),
        ("tariffs", {"source": ["Harbour News", "Capital Wire"], "year": ["2022"]}),
        ("", {"speaker": ["Marsh"], "language": ["en"]}),
    ],
)
def test_both_query_plans_give_the_same_answers(tmp_path, monkeypatch, scope, q, filters):
    """Small result sets are driven from their rows, large ones by the planner: same answers."""
    import search.sqlite
    from search.base import SearchRequest
    from search.query import parse_query

    backend = SqliteBackend(tmp_path / "plans.db")
    list(backend.write(archive_documents()))
    request = SearchRequest(parse_query(q), filters=filters, scope=scope)
    small = _answer(backend, request)
    monkeypatch.setattr(search.sqlite, "DRIVE_FROM_ROWS", -1)
    assert _answer(backend, request) == small
    backend.close()
