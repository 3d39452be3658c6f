"""A speaker's page: who they are and every quote of theirs, newest first."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, render_template, request

from search.base import SpeakerSummary

from .backend import get_backend
from .params import SearchParams, parse_search_args, serialize

bp = Blueprint("speakers", __name__, url_prefix="/speakers")


def speaker_quotes(name: str, endpoint: str) -> tuple[SpeakerSummary, SearchParams, dict[str, Any]]:
    """The speaker's summary and one page of their quotes; 404 when nobody has this name.

    The name may be any variant the archive knows ("Stepanov" for "Oleg Stepanov").
    Quotes are filtered by the name as asked, which stands for the same speakers the
    summary was built from. `q` narrows them: every quote of this person on a subject.
    """
    backend = get_backend()
    summary = backend.speaker(name)
    if summary is None:
        abort(404, description=f"No speaker called ‘{name}’ is in the archive.")
    params = parse_search_args(
        request.args,
        filters={"speaker": [name]},
        scope="quotes",
        sort="newest",
        facets=(),
        histogram=False,
        timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"],
    )
    result = backend.search(params.request)
    return summary, params, serialize(result, params, endpoint, {"name": name})


@bp.get("/<path:name>")
def show(name: str):
    summary, params, data = speaker_quotes(name, "speakers.show")
    return render_template("speaker.html", speaker=summary, asked=name, data=data, params=params)
