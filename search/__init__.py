"""Search: the document model, the search contract and its backends.

The table of backends lives here, in the package's entry module, as dotted paths: the
contract (`search.base`) imports no engine, and an engine is imported only when an
archive of its kind is opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Backend

# URL scheme → "module:class". A plain path is an embedded (SQLite) archive.
BACKENDS: dict[str, str] = {
    "sqlite": "search.sqlite:SqliteBackend",
    "http": "search.elastic:ElasticBackend",
    "https": "search.elastic:ElasticBackend",
}


def backend_class(url: str) -> type[Backend]:
    """The backend class for an archive URL (by scheme; a plain path is SQLite)."""
    scheme = url.partition("://")[0] if "://" in url else "sqlite"
    if scheme not in BACKENDS:
        raise ValueError(f"not an archive URL: {url!r} (known: {', '.join(sorted(BACKENDS))})")
    module, _, name = BACKENDS[scheme].partition(":")
    cls: type[Backend] = getattr(importlib.import_module(module), name)
    return cls


def open_backend(url: str, **options: object) -> Backend:
    """The backend for `sqlite:///path`, a plain path, or an http(s) Elasticsearch URL."""
    # Each engine takes its own options (an Elasticsearch client's credentials…).
    cls: Callable[..., Backend] = backend_class(url)
    if url.startswith("sqlite:"):
        if not url.startswith("sqlite:///"):
            raise ValueError(f"not an archive URL: {url!r} (use sqlite:///path/to/file.db)")
        return cls(url[len("sqlite:///") :], **options)
    return cls(url, **options)
