"""The archive backend of an app: opened on first use, kept in `app.extensions`."""

from __future__ import annotations

import threading

from flask import Flask, current_app

from search import open_backend
from search.base import Backend, SearchError
from search.settings import backend_options

EXTENSION = "press_backend"


class BackendHolder:
    """Opens the backend for the app's `ARCHIVE` URL once, when a request first needs it.

    Opening lazily keeps `create_app` cheap and lets an unreachable archive become a
    503 page instead of an app that will not start.
    """

    def __init__(self, url: str, backend: Backend | None = None):
        self.url = url
        self._backend = backend
        self._lock = threading.Lock()

    def get(self) -> Backend:
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = _open(self.url)
        return self._backend

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()


def _open(url: str) -> Backend:
    try:
        return open_backend(url, **_options(url))
    except (ValueError, ImportError) as exc:
        # A malformed URL or a backend whose client is missing: the archive is unusable.
        raise SearchError(f"cannot open the archive {url!r}: {exc}") from exc


def _options(url: str) -> dict[str, object]:
    """Connection options (Elasticsearch credentials from PRESS_ES_*)."""
    return backend_options(url)


def init_app(app: Flask) -> None:
    """Attach the archive: config `BACKEND` (an open backend, as `press serve` passes with
    its credentials) or else the backend for the `ARCHIVE` URL, opened on first use."""
    app.extensions[EXTENSION] = BackendHolder(app.config["ARCHIVE"], app.config.get("BACKEND"))


def get_backend() -> Backend:
    """The backend of the current app; raises SearchError when it cannot be opened."""
    holder: BackendHolder = current_app.extensions[EXTENSION]
    return holder.get()
