"""The archive backend of an app: opened on first use, kept in `app.extensions`."""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import Any, cast

from flask import Flask, current_app

from search import open_backend
from search.base import Backend, SearchError, SearchRequest, SearchResult
from search.settings import backend_options

EXTENSION = "press_backend"


class BackendHolder:
    """Opens the backend for the app's `ARCHIVE` URL once, when a request first needs it.

    Opening lazily keeps `create_app` cheap and lets an unreachable archive become a
    503 page instead of an app that will not start.
    """

    def __init__(self, url: str, backend: Backend | None = None, search_slots: int = 4):
        self.url = url
        self._backend = backend
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max(1, search_slots))

    def get(self) -> Backend:
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = _open(self.url)
        return cast(Backend, _Gated(self._backend, self._slots))

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()


class _Gated:
    """The backend, running at most a few searches at once.

    Searches are what costs; a burst of them must leave the server's other threads (and
    cores) to the pages and API calls that need none. A search that cannot start within
    its own time limit answers as timed out.
    """

    def __init__(self, backend: Backend, slots: threading.BoundedSemaphore):
        self._backend = backend
        self._slots = slots

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        if not self._slots.acquire(timeout=request.timeout_ms / 1000):
            return SearchResult(0, [], timed_out=True)
        waited = int((time.monotonic() - started) * 1000)
        if waited > 50:  # the wait counts against the search's limit
            request = dataclasses.replace(request, timeout_ms=max(request.timeout_ms - waited, 100))
        try:
            return self._backend.search(request)
        finally:
            self._slots.release()


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
    app.extensions[EXTENSION] = BackendHolder(
        app.config["ARCHIVE"], app.config.get("BACKEND"), int(app.config["SEARCH_SLOTS"])
    )


def get_backend() -> Backend:
    """The backend of the current app; raises SearchError when it cannot be opened."""
    holder: BackendHolder = current_app.extensions[EXTENSION]
    return holder.get()
