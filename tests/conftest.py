"""Shared test set-up: the real Elasticsearch server fixture is a plugin."""

pytest_plugins = ["tests.elastic_server"]
