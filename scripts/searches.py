"""The representative search of the benchmark scripts: words and two facets selected,
every facet counted, the month histogram and a page of 20 hits.

`search` is imported when a request is made, after the script has put the checkout it
measures on `sys.path`.
"""

from __future__ import annotations

from typing import Any


def representative(
    term: str, filters: dict[str, list[str]], scope: str, timeout_ms: int, confident: bool = False
) -> Any:
    from search.base import FACETS, SearchRequest
    from search.query import parse_query

    return SearchRequest(
        parse_query(term),
        filters=filters,
        scope=scope,  # type: ignore[arg-type]
        facets=FACETS,
        histogram=True,
        limit=20,
        timeout_ms=timeout_ms,
        confident=confident,
    )
