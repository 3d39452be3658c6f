"""The shapes of the JSON API's answers, as typed dicts.

The serialisers in `web.params`, `web.provenance`, `web.speakers`, `web.errors` and
`web.corrections` return these types (mypy checks them against the code), and
`web.openapi` generates the OpenAPI schemas from them, so the description cannot fall
behind the answers. Answers that are the library's own records (a speaker's summary, a
correction) are described by their dataclasses.
"""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired

from pydantic import Field
from typing_extensions import TypedDict  # pydantic reads field types from it on 3.11

from search.base import SpeakerSummary
from search.corrections import Correction

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
    paragraph: Annotated[int, Field(description="Index of the paragraph in the part")]
    part: Annotated[
        Literal["body", "headline", "subheading"],
        Field(description="Which part of the document holds the quote"),
    ]
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


class Provenance(TypedDict):
    """Where a quote appeared first, and which other documents carry it."""

    quote: QuoteHit
    earliest: Annotated[QuoteHit, Field(description="The oldest document carrying it")]
    is_earliest: Annotated[bool, Field(description="This document is the oldest carrier")]
    repeats: Annotated[
        list[QuoteHit], Field(description="The other documents carrying it, oldest first")
    ]
    other_sources: Annotated[
        list[str],
        Field(description="Sources of the repeats other than this document's, by first use"),
    ]
    carried_by: Annotated[int, Field(description="Documents carrying it, this one included")]
    truncated: Annotated[bool, Field(description="More carriers exist than are listed")]


class Alongside(TypedDict):
    name: str
    documents: Annotated[int, Field(description="Documents quoting both")]
    url: Url


class ResultSetLinks(TypedDict):
    """Every quote the page lists, not only this page of them."""

    csv: Url
    jsonl: Url
    feed: Url
    search: Url


class SpeakerResponse(SearchResponse):
    """A speaker's summary and a page of their quotes, newest first."""

    speaker: SpeakerSummary
    sources: Annotated[Facet | None, Field(description="Sources that quoted the speaker")]
    alongside: Annotated[
        list[Alongside], Field(description="People quoted in the same documents, most first")
    ]
    links: ResultSetLinks


class Error(TypedDict):
    """Every error answer under /api/."""

    error: Annotated[str, Field(description="What went wrong, in words")]
    status: Annotated[int, Field(description="The HTTP status, repeated")]


class CorrectionList(TypedDict):
    corrections: list[Correction]
    limit: int
    offset: int
    notes: Annotated[list[str], Field(description="Filters that were not understood")]


class CorrectionRequest(TypedDict):
    """A correction to make (the editor is the token's)."""

    document_id: str
    target: Literal["document", "quote"]
    field: str
    quote: NotRequired[Annotated[int, Field(ge=0, description="For a quote: its index")]]
    after: NotRequired[object]
    reason: NotRequired[str | None]


class UndoRequest(TypedDict):
    reason: NotRequired[str | None]


# The answers and requests whose schemas are generated from this module, each under its
# class name (the dataclasses' under the names in `web.openapi.RENAMED`).
MODELS = (
    FacetValue,
    Facet,
    Histogram,
    Pagination,
    DocumentHit,
    QuoteHit,
    SearchResponse,
    Provenance,
    SpeakerResponse,
    Error,
    CorrectionList,
    CorrectionRequest,
    UndoRequest,
)
