"""The search page: query box, facets, month histogram, results."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from .backend import get_backend
from .params import parse_search_args, serialize

bp = Blueprint("search", __name__)


@bp.get("/")
@bp.get("/search")
def index():
    params = parse_search_args(request.args, timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"])
    result = get_backend().search(params.request)
    data = serialize(result, params, "search.index")
    return render_template("search.html", data=data, params=params)
