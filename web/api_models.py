"""The shapes of the JSON API's answers, as typed dicts.

The serialisers in `web.params` return these types (mypy checks them against the code),
and `web.openapi` generates the OpenAPI schemas from them, so the description cannot
fall behind the answers.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypedDict  # pydantic reads field types from it on 3.11

Url = str
Html = Annotated[str, Field(description="Escaped text; matches in <mark>")]
IsoDate = Annotated[str | None, Field(description="ISO date or date-time")]
Untitled = Annotated[str | None, Field(description="Without a headline: issuer and first sentence")]


class FacetValue(TypedDict):
    value: str
    count: int
    selected: bool
    toggle_url: Annotated[
        Url, Field(description="This search with the value selected or, when selected, removed")
    ]


class Facet(TypedDict):
    name: str
    label: str
    timed_out: bool
    values: list[FacetValue]


class HistogramBucket(TypedDict):
    period: str
    count: int
    percent: int
    selected: bool
    url: Url


class Histogram(TypedDict):
    unit: Literal["month", "year"]
    range_url: Annotated[Url, Field(description="This search without dates; add from and to")]
    buckets: list[HistogramBucket]


class PageLink(TypedDict):
    page: int
    url: Url
    current: bool


class Pagination(TypedDict):
    page: int
    pages: int
    size: int
    first: int
    last: int
    prev_url: Url | None
    next_url: Url | None
    links: list[PageLink]
    capped: bool


class DocumentHit(TypedDict):
    type: Literal["document"]
    id: str
    headline: str | None
    title: Untitled
    source: str | None
    place: str | None
    published: IsoDate
    snippet_html: Html
    score: float | None
    url: Url


class SpeakerLink(TypedDict):
    name: str
    url: Url


class QuoteHit(TypedDict):
    type: Literal["quote"]
    document_id: str
    index: int
    text_html: Html
    speaker: Annotated[str | None, Field(description="The first of `speakers`")]
    speakers: Annotated[
        list[SpeakerLink],
        Field(description="Every speaker of the quote (several for a joint statement)"),
    ]
    method: Annotated[
        str | None,
        Field(description="How the speaker was found: cue, continuation, resolved or issuer"),
    ]
    confidence: float | None
    uncertain: Annotated[
        str | None,
        Field(description="Why the attribution is weak, when it is (shown as a tooltip)"),
    ]
    corrected: Annotated[
        list[str],
        Field(description="What an editor corrected of the quote: speaker, split"),
    ]
    kind: Annotated[str, Field(description="direct or reported")]
    headline: str | None
    title: Untitled
    source: str | None
    published: IsoDate
    paragraph: int
    score: float | None
    url: Url
    document_url: Url
    provenance_url: Url
    speaker_url: Url | None


# `from` is a keyword: the functional form names it.
SearchResponse = TypedDict(
    "SearchResponse",
    {
        "query": str,
        "description": Annotated[str, Field(description="The search in words")],
        "notes": list[str],
        "scope": Literal["documents", "quotes"],
        "sort": Literal["relevance", "newest", "oldest"],
        "from": IsoDate,
        "to": IsoDate,
        "filters": dict[str, list[str]],
        "confident": bool,
        "total": int,
        "timed_out": bool,
        "took_ms": float,
        "pagination": Pagination,
        "facets": list[Facet],
        "histogram": Histogram,
        "hits": list[DocumentHit | QuoteHit],
        "clear_url": Url,
    },
)

# The answers whose schemas are generated from this module, by their schema names.
MODELS = (FacetValue, Facet, Histogram, Pagination, DocumentHit, QuoteHit, SearchResponse)
