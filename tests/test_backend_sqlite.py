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
