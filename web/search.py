"""The search page: query box, facets, month histogram, results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Blueprint, current_app, render_template, request

from .backend import get_backend
from .params import parse_search_args, serialize
from .provenance import provenance

bp = Blueprint("search", __name__)


@bp.get("/")
@bp.get("/search")
def index():
    params = parse_search_args(request.args, timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"])
    result = get_backend().search(params.request)
    data = serialize(result, params, "search.index")
    add_provenance(data["hits"])
    return render_template("search.html", data=data, params=params)


def add_provenance(hits: Sequence[Any]) -> None:
    """Give quote hits their provenance, which the HTML pages show inline (the API links it).

    The pages' hits are then the API's (`api_models.QuoteHit`) plus `provenance`."""
    backend = get_backend()
    for hit in hits:
        if hit["type"] == "quote":
            hit["provenance"] = provenance(backend, hit["document_id"], hit["index"])
