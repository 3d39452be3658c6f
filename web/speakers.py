"""A speaker's page: who they are, every quote of theirs newest first, when and where
they were quoted, and who was quoted alongside them."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request, url_for

from search.base import Backend, SearchRequest, SpeakerSummary
from search.query import Field, ParsedQuery
from search.speakers import speaker_key

from . import api_models as api
from .backend import get_backend
from .params import SearchParams, parse_search_args, serialize
from .search import add_provenance

bp = Blueprint("speakers", __name__, url_prefix="/speakers")

TIMELINE_MONTHS = 120  # a speaker's timeline stays monthly for ten years
ALONGSIDE = 10  # people quoted alongside, most shared documents first
MAX_TITLE_WORDS = 3  # "Russian Ambassador Stepanov": leading words tried away one by one


def find_speaker(backend: Backend, name: str) -> tuple[SpeakerSummary, str] | None:
    """The speaker a name stands for, and the name that found them.

    Tries the name as given, then without leading words, so a title or role in front
    of a name ("Ambassador Stepanov") finds the same speaker as the name itself.
    """
    words = name.split()
    for drop in range(min(len(words), MAX_TITLE_WORDS + 1)):
        lookup = " ".join(words[drop:])
        summary = backend.speaker(lookup) if lookup else None
        if summary is not None:
            return summary, lookup
    return None


def speaker_quotes(
    name: str, endpoint: str
) -> tuple[SpeakerSummary, SearchParams, api.SpeakerResponse]:
    """The speaker's summary and a page of their quotes; 404 when nobody has this name.

    The quote search also yields the speaker's timeline (month histogram) and the
    sources that quoted them (source facet), both narrowing this page when chosen. `q`
    narrows the quotes: every quote of this person on a subject.
    """
    backend = get_backend()
    found = find_speaker(backend, name)
    if found is None:
        abort(404, description=f"No speaker called ‘{name}’ is in the archive.")
    summary, _asked = found
    # The speaker found, by their own name: an alias may also name other speakers.
    lookup = summary.name
    params = parse_search_args(
        request.args,
        filters={"speaker": [lookup]},
        scope="quotes",
        sort="newest",
        facets=("source",),
        timeout_ms=current_app.config["SEARCH_TIMEOUT_MS"],
    )
    result = backend.search(params.request)
    # The search answer plus what only a speaker's page has.
    found_page = serialize(result, params, endpoint, {"name": name}, max_months=TIMELINE_MONTHS)
    data: api.SpeakerResponse = {
        **found_page,
        "speaker": summary,
        "sources": next((f for f in found_page["facets"] if f["name"] == "source"), None),
        "alongside": alongside(backend, summary, lookup, params.request.timeout_ms),
        "links": result_set_links(params, lookup),
    }
    return summary, params, data


def result_set_links(params: SearchParams, lookup: str) -> api.ResultSetLinks:
    """Export and feed of everything the page lists (not just this page of it)."""
    fixed = {"scope": "quotes", "speaker": [lookup], "page": None, "size": None}
    return {
        "csv": params.url("exports.download", None, **fixed, sort="newest", format="csv"),
        "jsonl": params.url("exports.download", None, **fixed, sort="newest", format="jsonl"),
        "feed": params.url("feed.atom", None, **fixed),
        "search": params.url("search.index", None, **fixed),
    }


def alongside(
    backend: Backend, summary: SpeakerSummary, lookup: str, timeout_ms: int
) -> list[api.Alongside]:
    """People quoted in the same documents, by how many documents they share.

    The speaker is a query filter here, not a facet selection: a selected facet counts
    its alternatives across the whole archive, and these are only the speaker's documents.
    """
    request = SearchRequest(
        query=ParsedQuery("", Field("speaker", lookup)),
        facets=("speaker",),
        facet_size=ALONGSIDE + 1,  # the speaker themself is among them
        limit=0,
        histogram=False,
        timeout_ms=timeout_ms,
    )
    facet = backend.search(request).facets.get("speaker")
    themself = {speaker_key(n) for n in (summary.name, lookup, *summary.variants)}
    people = [v for v in (facet.values if facet else []) if speaker_key(v.value) not in themself]
    return [
        {"name": v.value, "documents": v.count, "url": url_for("speakers.show", name=v.value)}
        for v in people[:ALONGSIDE]
    ]


@bp.get("/<path:name>")
def show(name: str):
    summary, params, data = speaker_quotes(name, "speakers.show")
    add_provenance(data["hits"])
    return render_template("speaker.html", speaker=summary, asked=name, data=data, params=params)
