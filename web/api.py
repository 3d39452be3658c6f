"""The JSON API: the same data the pages render, as JSON, described at /api/openapi.json."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request

from .backend import get_backend
from .openapi import spec
from .params import parse_search_args, serialize
from .provenance import provenance
from .security import external_url
from .speakers import speaker_quotes

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    """The search page's data: description, notes, total, facets, histogram, hits."""
    params = parse_search_args(request.args, timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"])
    result = get_backend().search(params.request)
    return jsonify(serialize(result, params, "api.search"))


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    """One document in the export format (`Document.to_dict`)."""
    doc = get_backend().get(doc_id)
    if doc is None:
        abort(404, description=f"No document with id ‘{doc_id}’.")
    return jsonify(doc.to_dict())


@bp.get("/documents/<doc_id>/quotes/<int:index>")
def quote(doc_id: str, index: int):
    """A quote's provenance: the earliest document carrying it and every repeat."""
    found = provenance(get_backend(), doc_id, index)
    if found is None:
        abort(404, description=f"No quote {index} in a document with id ‘{doc_id}’.")
    return jsonify(found)


@bp.get("/speakers/<path:name>")
def speaker(name: str):
    """A speaker's summary, timeline, sources, people alongside, and a page of quotes."""
    _summary, _params, data = speaker_quotes(name, "api.speaker")
    return jsonify(data)


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3 description of this API."""
    return jsonify(spec(external_url("/api")))
