"""Whole result sets as files: `/export?<search args>&format=csv|jsonl`, streamed.

The export walks the backend's `scan` (no page cap, flat memory) while the response is
being sent, so a result set of any size starts downloading at once.
"""

from __future__ import annotations

import datetime as dt
import itertools

from flask import Blueprint, Response, abort, current_app, request, stream_with_context

from search.export import FORMATS, export

from .backend import get_backend
from .params import parse_search_args

bp = Blueprint("exports", __name__)

MIMETYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
CSV_BOM = "\ufeff"


@bp.get("/export")
def download():
    fmt = request.args.get("format", "csv")
    if fmt not in FORMATS:
        abort(400, description=f"Unknown export format ‘{fmt[:40]}’: use csv or jsonl.")
    params = parse_search_args(
        request.args,
        facets=(),
        histogram=False,
        timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"],
    )
    chunks = export(get_backend(), params.request, fmt)
    if fmt == "csv":
        # A byte-order mark: without it a spreadsheet reads UTF-8 as its local code page
        # and Cyrillic (or any accented name) comes out garbled.
        chunks = itertools.chain((CSV_BOM,), chunks)
    filename = f"press-{params.request.scope}-{dt.date.today().isoformat()}.{fmt}"
    return Response(
        stream_with_context(chunks),
        content_type=MIMETYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
