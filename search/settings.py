"""Where the archive lives and how to reach it: defaults, then the environment.

`PRESS_ARCHIVE` names the archive: a path or `sqlite:///path` for the embedded
default, or an http(s) URL for Elasticsearch. Elasticsearch credentials come from
`PRESS_ES_API_KEY`, `PRESS_ES_USERNAME`/`PRESS_ES_PASSWORD` and `PRESS_ES_CA_CERTS`;
`PRESS_ES_INDEX_PREFIX` (default `press`) names the archive's indexes, so several
archives can share a cluster; `PRESS_ES_REPLICAS` sets the replicas of new indexes
(default: one when the cluster has two data nodes or more, else none). A cluster's
URL lists its nodes separated by commas.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "press-archive"
ENV_ARCHIVE = "PRESS_ARCHIVE"


def default_archive_path() -> Path:
    """The embedded archive in the user's data directory."""
    return Path(user_data_dir(APP_NAME)) / "archive.db"


def default_archive_url() -> str:
    return os.environ.get(ENV_ARCHIVE) or f"sqlite:///{default_archive_path()}"


def elasticsearch_options(
    api_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    ca_certs: str | None = None,
) -> dict[str, object]:
    """Connection options for the Elasticsearch backend; arguments win over the environment."""
    api_key = api_key or os.environ.get("PRESS_ES_API_KEY")
    username = username or os.environ.get("PRESS_ES_USERNAME")
    password = password or os.environ.get("PRESS_ES_PASSWORD")
    ca_certs = ca_certs or os.environ.get("PRESS_ES_CA_CERTS")
    options: dict[str, object] = {}
    if api_key:
        options["api_key"] = api_key
    if username:
        options["basic_auth"] = (username, password or "")
    if ca_certs:
        options["ca_certs"] = ca_certs
    if os.environ.get("PRESS_ES_INDEX_PREFIX"):
        options["index_prefix"] = os.environ["PRESS_ES_INDEX_PREFIX"]
    if os.environ.get("PRESS_ES_REPLICAS", "").strip():
        options["replicas"] = os.environ["PRESS_ES_REPLICAS"].strip()  # checked by the backend
    return options


def backend_options(url: str, **kw: str | None) -> dict[str, object]:
    """Options `open_backend` takes for this URL."""
    if url.startswith(("http://", "https://")):
        return elasticsearch_options(**kw)
    return {}
