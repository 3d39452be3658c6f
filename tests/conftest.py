"""Shared test set-up: the real Elasticsearch server fixture and the API contract check
(every `/api/` answer against the served OpenAPI document) are plugins."""

pytest_plugins = ["tests.elastic_server", "tests.api_contract"]


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_state(tmp_path_factory, monkeypatch):
    """Import journals go to a folder of the test run, never the user's state directory."""
    monkeypatch.setenv("PRESS_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(params=["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)])
def archive_factory(request, tmp_path):
    """Makes empty archives of the backend under test (several, for a test that shares
    between archives); Elasticsearch indexes are dropped after the test."""
    import uuid

    from search.sqlite import SqliteBackend

    made = []

    def make(name: str | None = None):
        if request.param == "sqlite":
            backend = SqliteBackend(tmp_path / f"{name or f'archive{len(made)}'}.db")
        else:
            from search.elastic import ElasticBackend

            url = request.getfixturevalue("elasticsearch_url")
            backend = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
        made.append(backend)
        return backend

    yield make
    for backend in made:
        if hasattr(backend, "drop"):
            backend.drop()
        backend.close()
