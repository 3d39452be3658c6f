"""Compile search requests to Elasticsearch request bodies (plain dicts, testable as data).

Two indexes serve the two scopes: documents (quotes nested inside, so "a quote by X
about Y" matches within one quote) and quotes (one entry per quote, carrying its
document's facet fields), so quote results page, count and facet as quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import SearchRequest
from .facets import KEYED, facet_key, facet_size
from .query import And, DateRange, Field, MatchAll, Node, Not, Or, Text, positive_texts
from .speakers import CONFIDENT
from .stemming import HUNSPELL_LANGUAGES, marking_prefix

Query = dict[str, Any]
SpeakerKeys = Callable[[str], list[str]]

# Text fields of a document and their weights; phrases and prefixes use `.exact`.
DOC_TEXT_FIELDS = {"headline": 4.0, "subheadings": 2.0, "body": 1.0, "photos.caption": 0.5}
FIELD_OF_TEXT = {"headline": ["headline"], "body": ["body"]}

# Where each facet lives in each index: the keys Python computed (`facets.facet_key`),
# so Elasticsearch compares the same strings as the embedded archive.
KEYED_FIELDS = {name: f"facet_keys.{name}" for name in KEYED}
DOC_FACET_FIELDS = {**KEYED_FIELDS, "year": "year"}
QUOTE_FACET_FIELDS = {**KEYED_FIELDS, "year": "year", "speaker": "speaker_keys"}
# Keys of the speakers of a document (every speaker, or those of confident attributions),
# and the names as written in the same order, for the speaker facet's display form.
DOC_SPEAKER_FIELDS = {
    False: ("speaker_keys", "speaker_names"),
    True: ("confident_speaker_keys", "confident_speaker_names"),
}
SPELLINGS = 50  # names counted under a speaker key to find its display form
EXACT_BOOST = 3  # a word as written outweighs its other forms
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}


def stem_field(name: str, language: str) -> str:
    """Where a text field's stems in one language are indexed (`stems` in the mappings)."""
    special = {"photos.caption": "stems.{}.captions", "quotes.text": "quotes.stems.{}.text"}
    return special.get(name, "stems.{}." + name).format(language)


def _text_query(node: Text, fields: dict[str, float]) -> Query:
    # Quoted words, phrases and prefixes match the text as written (`.exact`); a plain
    # word matches it as written and, less strongly, any form of it in the stemmed
    # fields of the document's language, so exact forms rank first.
    if node.prefix or node.phrase:
        names = [f"{f}.exact^{w:g}" for f, w in fields.items()]
        kind = "phrase_prefix" if node.prefix else "phrase"
        return {"multi_match": {"query": node.value, "fields": names, "type": kind}}
    names = [f"{f}^{w * EXACT_BOOST:g}" for f, w in fields.items()]
    exact = {"multi_match": {"query": node.value, "fields": names, "operator": "and"}}
    stems = [
        f"{stem_field(f, lang)}^{w:g}" for lang in HUNSPELL_LANGUAGES for f, w in fields.items()
    ]
    stemmed = {"multi_match": {"query": node.value, "fields": stems, "operator": "and"}}
    return _bool(should=[exact, stemmed])


def _bool(**clauses: list[Query]) -> Query:
    body: dict[str, Any] = {k: v for k, v in clauses.items() if v}
    if "should" in body:
        body["minimum_should_match"] = 1
    return {"bool": body}


class Compiler:
    """The query tree as Elasticsearch query DSL for one scope."""

    def __init__(self, scope: str, speaker_keys: SpeakerKeys, confident: bool = False):
        self.scope = scope
        self.speaker_keys = speaker_keys
        # Only confident attributions count for speakers (and quote hits).
        self.confident = confident

    def compile(self, node: Node) -> Query:
        if isinstance(node, MatchAll):
            return {"match_all": {}}
        if isinstance(node, Text):
            return self.text(node)
        if isinstance(node, Field):
            return self.field(node.name, [node.value])
        if isinstance(node, DateRange):
            return date_range(node)
        if isinstance(node, Not):
            return _bool(must_not=[self.compile(node.item)])
        if isinstance(node, And):
            return _bool(must=[self.compile(i) for i in node.items])
        if isinstance(node, Or):
            return _bool(should=[self.compile(i) for i in node.items])
        raise TypeError(f"cannot compile {node!r}")

    def text(self, node: Text) -> Query:
        if self.scope == "quotes":
            if node.field == "headline":
                return _text_query(node, {"headline": 1.0})
            return _text_query(node, {"text": 1.0})
        # A quoted title is nobody's quote: `quote:` words are not looked for in it.
        not_title = [{"term": {"quotes.kind": "title"}}]
        quote = {
            "nested": {
                "path": "quotes",
                "query": _bool(must=[_text_query(node, {"quotes.text": 1.0})], must_not=not_title),
                "score_mode": "max",
            }
        }
        if node.field == "quote":
            return quote
        if node.field in FIELD_OF_TEXT:
            return _text_query(node, {f: 1.0 for f in FIELD_OF_TEXT[node.field]})
        return _bool(should=[_text_query(node, DOC_TEXT_FIELDS), quote])

    def field(self, name: str, values: list[str]) -> Query:
        """Documents (or quotes) whose facet `name` has any of the values."""
        if name == "speaker":
            keys = sorted({k for v in values for k in self.speaker_keys(v)})
            if self.scope == "quotes":
                return {"terms": {"speaker_keys": keys}}
            return {"terms": {DOC_SPEAKER_FIELDS[self.confident][0]: keys}}
        fields = QUOTE_FACET_FIELDS if self.scope == "quotes" else DOC_FACET_FIELDS
        return {"terms": {fields[name]: [facet_key(v) for v in values]}}

    def filters(self, request: SearchRequest, skip: str | None = None) -> list[Query]:
        return [self.field(f, v) for f, v in request.filters.items() if f != skip]


def date_range(node: DateRange) -> Query:
    bounds: dict[str, str] = {}
    if node.start:
        bounds["gte"] = node.start.isoformat()
    if node.end:
        bounds["lte"] = node.end.isoformat() + "||/d"
    return {"range": {"published": bounds}}


def _sort(request: SearchRequest) -> list[Any]:
    if request.sort == "newest":
        return [{"published": {"order": "desc", "missing": "_last"}}]
    if request.sort == "oldest":
        return [{"published": {"order": "asc", "missing": "_last"}}]
    return ["_score", {"published": {"order": "desc", "missing": "_last"}}]


def _facet_agg(compiler: Compiler, request: SearchRequest, name: str) -> Query:
    """One facet's counts, filtered by every other facet's selection (multi-select)."""
    others = compiler.filters(request, skip=name)
    return {
        "filter": _bool(filter=others) if others else {"match_all": {}},
        "aggs": {
            "values": _values_agg(compiler.scope, name, request.facet_size, compiler.confident)
        },
    }


def _values_agg(scope: str, name: str, size: int, confident: bool = False) -> Query:
    if name == "speaker":
        # Speaker keys; `spellings` counts the names written under each (with those of
        # other speakers of the same quotes or documents, left out when shown).
        keys, names = ("speaker_keys", "speakers")
        if scope == "documents":
            keys, names = DOC_SPEAKER_FIELDS[confident]
        return {
            "terms": {"field": keys, "size": size},
            "aggs": {"spellings": {"terms": {"field": names, "size": SPELLINGS}}},
        }
    field = (QUOTE_FACET_FIELDS if scope == "quotes" else DOC_FACET_FIELDS)[name]
    if name == "year":
        size = facet_size(name, size)
        return {"terms": {"field": field, "size": size, "order": {"_key": "desc"}}}
    # Keys; `written` counts the values as written in the same documents, of which the
    # most used one with the bucket's key is shown (a document's other agencies are not).
    return {
        "terms": {"field": field, "size": size},
        "aggs": {"written": {"terms": {"field": f"facet_values.{name}", "size": SPELLINGS}}},
    }


def search_body(compiler: Compiler, request: SearchRequest) -> dict[str, Any]:
    """The whole search: query, post_filter (the facet selection), aggregations, highlight."""
    selected = compiler.filters(request)
    query = compiler.compile(request.node)
    if compiler.confident and compiler.scope == "quotes":
        query = _bool(must=[query], filter=[{"range": {"confidence": {"gte": CONFIDENT}}}])
    body: dict[str, Any] = {
        "query": query,
        "from": request.offset,
        "size": request.limit,
        "sort": _sort(request),
        "track_total_hits": True,
        "timeout": f"{request.timeout_ms}ms",
        "_source": {
            "excludes": [
                "body",
                "quotes",
                # A quote entry's `speakers` is what its hit shows; a document's is not.
                *(["speakers"] if compiler.scope == "documents" else []),
                "photos",
                "subheadings",
                "original",
                "signature",
                "bands",
            ]
        },
        "aggs": {f"facet_{name}": _facet_agg(compiler, request, name) for name in request.facets},
        "highlight": highlight(compiler.scope, request.node),
    }
    if selected:
        body["post_filter"] = _bool(filter=selected)
    if request.histogram:
        histogram = {
            "date_histogram": {
                "field": "published",
                "calendar_interval": "month",
                "format": "yyyy-MM",
                "min_doc_count": 1,
            }
        }
        body["aggs"]["histogram"] = {
            "filter": _bool(filter=selected) if selected else {"match_all": {}},
            "aggs": {"months": histogram},
        }
    return body


# Characters of a field the highlighter reads: bounds the cost of a huge document and
# keeps one past the index's limit (a million) from failing every search that finds it.
HIGHLIGHT_CHARS = 200_000


def _marks(node: Node | None, field: str, part: str | None) -> Query | None:
    """What marks the matches in `field` (a text as written): each positive leaf, phrases
    included (they match `.exact`, which the snippet is not cut from), and for a plain
    word the stem it begins with as a prefix, so its other forms are marked too
    (`санкции` marks `санкциях`). None when the query has no text."""
    texts = [t for t in positive_texts(node) if t.field in (None, part)] if node else []
    prefixes = [
        {"prefix": {field: prefix}}
        for t in texts
        if not (t.phrase or t.prefix) and (prefix := marking_prefix(t.value))
    ]
    if not texts:
        return None
    words = [
        {"match_phrase_prefix" if t.prefix else "match_phrase": {field: t.value}} for t in texts
    ]
    return {"bool": {"should": words + prefixes, "minimum_should_match": 1}}


def _marked(settings: dict[str, Any], query: Query | None) -> dict[str, Any]:
    return {**settings, "highlight_query": query} if query else settings


def highlight(scope: str, node: Node | None = None) -> dict[str, Any]:
    if scope == "quotes":
        return {
            **HIGHLIGHT_TAGS,
            "max_analyzed_offset": HIGHLIGHT_CHARS,
            "number_of_fragments": 0,
            "fields": {"text": _marked({}, _marks(node, "text", "quote")), "text.exact": {}},
        }
    fragment = {"fragment_size": 220, "number_of_fragments": 1}
    whole = {"number_of_fragments": 0}
    return {
        **HIGHLIGHT_TAGS,
        "max_analyzed_offset": HIGHLIGHT_CHARS,
        "fields": {
            "body": _marked({**fragment, "no_match_size": 280}, _marks(node, "body", "body")),
            "body.exact": fragment,
            "headline": _marked(whole, _marks(node, "headline", "headline")),
            "headline.exact": whole,
        },
    }
