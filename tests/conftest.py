"""Shared test set-up: the real Elasticsearch server fixture and the API contract check
(every `/api/` answer against the served OpenAPI document) are plugins."""

pytest_plugins = ["tests.elastic_server", "tests.api_contract"]


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_state(tmp_path_factory, monkeypatch):
    """Import journals go to a folder of the test run, never the user's state directory."""
    monkeypatch.setenv("PRESS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
