"""Shared test set-up: the real Elasticsearch server fixture is a plugin."""

pytest_plugins = ["tests.elastic_server"]


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_state(tmp_path_factory, monkeypatch):
    """Import journals go to a folder of the test run, never the user's state directory."""
    monkeypatch.setenv("PRESS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
