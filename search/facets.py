"""The facets: one spec and one key function, read by both backends, the web layer and the CLI.

A facet value is compared by its key, never by its spelling: "Strauß" and "STRAUSS",
"İstanbul" and "i̇stanbul", "Москва" and "МОСКВА" each select the same documents. The key
(`value_key`: `keys.facet_key`, or `speakers.speaker_key` for speakers) is computed in
Python and stored by both backends (SQLite in `doc_facets.key`, Elasticsearch in
`facet_keys.*` and `speaker_keys`), so the two engines always compare the same string.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .keys import facet_key
from .speakers import speaker_key, speaker_names

if TYPE_CHECKING:
    from .model import Document

__all__ = ["FACETS", "FACET_LABELS", "KEYED", "SPECS", "FacetSpec", "facet_key", "value_key"]

# How a facet's values are matched: by their key, through the speaker alias table, or
# as they are (a four-digit year).
Keying = Literal["key", "speaker", "year"]


@dataclass(frozen=True)
class FacetSpec:
    name: str  # the facet's name in requests, URLs (`?speaker=`) and the API
    label: str  # shown above its values
    query_names: tuple[str, ...]  # field names the query language accepts (`by:`, `place:`)
    keying: Keying
    shown: bool = True  # counted on result pages; a hidden facet only filters


SPECS: tuple[FacetSpec, ...] = (
    FacetSpec("speaker", "Speaker", ("speaker", "by"), "speaker"),
    FacetSpec("source", "Source", ("source",), "key"),
    FacetSpec("place", "Dateline place", ("place", "dateline"), "key"),
    FacetSpec("agency", "Photo agency", ("agency",), "key"),
    FacetSpec("language", "Language", ("language", "lang"), "key"),
    FacetSpec("year", "Year", (), "year"),
    FacetSpec("photographer", "Photographer", ("photographer",), "key", shown=False),
)
BY_NAME = {s.name: s for s in SPECS}
# The year facet lists every year, newest first; a few centuries of copy at most.
ALL_YEARS = 1000


def facet_size(name: str, requested: int) -> int:
    """How many values of a facet to count: every year; `requested` of any other facet."""
    return ALL_YEARS if name == "year" else requested


# Facets every backend counts, in display order.
FACETS: tuple[str, ...] = tuple(s.name for s in SPECS if s.shown)
FACET_LABELS: dict[str, str] = {s.name: s.label for s in SPECS}
# Facets matched by `facet_key` (not speakers, not years): Elasticsearch keeps their keys
# in `facet_keys.<name>` and their values as written in `facet_values.<name>`.
KEYED: tuple[str, ...] = tuple(s.name for s in SPECS if s.keying == "key")
# Query-language field name → facet name (`by:` → speaker).
QUERY_FIELDS: dict[str, str] = {q: s.name for s in SPECS for q in s.query_names}


def document_facets(doc: Document) -> Iterator[tuple[str, str]]:
    """(facet, value) pairs a document contributes, each key once per facet, as written.

    Speakers are those of `speakers.speaker_names`: each speaker of a joint quote, never
    a quoted title; they are told apart by `value_key`, which is `speaker_key` for them.
    """
    rows: list[tuple[str, str | None]] = [("speaker", n) for n in speaker_names(doc)]
    rows += [("agency", p.agency) for p in doc.photos]
    rows += [("photographer", p.photographer) for p in doc.photos]
    rows.append(("source", doc.source))
    rows.append(("place", doc.dateline.facet_place if doc.dateline else None))
    rows.append(("language", doc.language))
    rows.append(("year", str(doc.published.year) if doc.published else None))
    seen: set[tuple[str, str]] = set()
    for facet, value in rows:
        if value and (facet, value_key(facet, value)) not in seen:
            seen.add((facet, value_key(facet, value)))
            yield facet, value


def value_key(facet: str, value: str) -> str:
    """The key a value of this facet is stored, counted and selected by."""
    if facet == "speaker":
        return speaker_key(value)
    return facet_key(value)


def keyed_fields(doc: Document) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The `KEYED` facets of a document: facet → keys, and facet → values as written
    (in the same order). What Elasticsearch filters and counts on, computed here."""
    keys: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    for facet, value in document_facets(doc):
        if facet in KEYED:
            keys.setdefault(facet, []).append(facet_key(value))
            values.setdefault(facet, []).append(value)
    return keys, values
