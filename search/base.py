"""The search contract every backend implements.

Callers build a `SearchRequest` (a parsed query tree plus facet selections, a date
range, a scope, sort and page); a backend answers with a `SearchResult`. Backends never
see the user's query string, and callers never see FTS5 or Elasticsearch syntax.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .corrections import Correction, CorrectionNotFound, prepare, undo_of

# The facets' spec is `search.facets`; its names are re-exported for the callers here.
from .facets import FACET_LABELS as FACET_LABELS
from .facets import FACETS as FACETS
from .model import Document, Original, QuotePart
from .query import DateRange, Node, ParsedQuery, and_, parse_query

MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000  # deeper than this, use `scan`

Scope = Literal["documents", "quotes"]
Sort = Literal["relevance", "newest", "oldest"]
WriteStatus = Literal["created", "updated", "unchanged", "failed"]


class SearchError(Exception):
    """A backend could not answer (unreachable, misconfigured); the message says why."""


@dataclass
class SearchRequest:
    query: ParsedQuery = field(default_factory=lambda: parse_query(""))
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet → selected values
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    scope: Scope = "documents"
    sort: Sort = "relevance"
    offset: int = 0
    limit: int = 20
    facets: tuple[str, ...] = FACETS
    facet_size: int = 10
    histogram: bool = True
    timeout_ms: int = 3000
    # Only confident attributions (`speakers.CONFIDENT`): quote hits are confidently
    # attributed quotes, and the speaker facet and filters count only those.
    confident: bool = False

    def __post_init__(self) -> None:
        self.limit = max(0, min(int(self.limit), MAX_PAGE_SIZE))
        self.offset = max(0, min(int(self.offset), MAX_OFFSET))
        unknown = set(self.filters) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet(s): {', '.join(sorted(unknown))}")
        self.filters = {k: list(dict.fromkeys(v)) for k, v in self.filters.items() if v}

    @property
    def node(self) -> Node:
        """The query tree with the date range of the request folded in."""
        if self.date_from or self.date_to:
            return and_(self.query.node, DateRange(self.date_from, self.date_to))
        return self.query.node


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    values: list[FacetValue] = field(default_factory=list)
    timed_out: bool = False

    @property
    def label(self) -> str:
        return FACET_LABELS.get(self.name, self.name)


def similar_documents(
    key: str | None,
    sig: str | None,
    candidates: Iterable[tuple[Any, ...]],
    limit: int,
) -> list[Similar]:
    """The candidates (id, headline, source, published, text_key, signature) that are
    exact or near duplicates of a document with this key and signature, oldest first."""
    from .model import parse_iso_date
    from .similarity import THRESHOLD, similarity

    found = []
    for doc_id, headline, source, published, other_key, other_sig in candidates:
        exact = key is not None and other_key == key
        score = 1.0 if exact else (similarity(sig, other_sig) if sig and other_sig else 0.0)
        if exact or score >= THRESHOLD:
            published = parse_iso_date(published) if isinstance(published, str) else published
            found.append(Similar(doc_id, headline, source, published, score, exact))
    found.sort(key=lambda s: (s.published is None, str(s.published or ""), s.id))
    return found[:limit]


def facet_values(
    name: str,
    counted: list[tuple[str, int]],
    chosen: list[str],
    keys: Callable[[str], list[str]],
) -> list[FacetValue]:
    """Counted values marked selected, plus chosen values that were not counted (count 0).

    `keys` maps a value to the normalised keys it stands for: a selected alias
    ("Stepanov") selects the speakers it names.
    """
    selected = {k for v in chosen for k in keys(v)}
    values = [FacetValue(v, n, keys(v)[0] in selected) for v, n in counted]
    shown = {keys(v.value)[0] for v in values}
    values += [FacetValue(v, 0, True) for v in chosen if not shown.intersection(keys(v))]
    if name == "year":
        values.sort(key=lambda v: v.value, reverse=True)
    return values


@dataclass
class DocumentHit:
    id: str
    headline: str | None
    source: str | None
    place: str | None
    published: dt.date | dt.datetime | None
    snippet: str  # HTML: article text escaped, matches wrapped in <mark>
    score: float | None = None
    title: str | None = None  # the derived title of a document without a headline


@dataclass
class QuoteHit:
    document_id: str
    index: int  # position in Document.quotes
    text: str  # HTML, as DocumentHit.snippet
    speaker: str | None
    kind: str
    headline: str | None
    source: str | None
    published: dt.date | dt.datetime | None
    paragraph: int  # indexes the part holding the quote (`Quote.paragraph`)
    score: float | None = None
    speakers: list[str] = field(default_factory=list)  # every speaker; `speaker` is the first
    method: str | None = None  # how the speaker was found (cue, continuation, resolved, issuer)
    confidence: float | None = None
    title: str | None = None  # the document's derived title when it has no headline
    corrected: list[str] = field(default_factory=list)  # fields an editor corrected
    part: QuotePart = "body"  # body, headline or subheading (`Quote.part`)


@dataclass
class SearchResult:
    total: int
    hits: list[DocumentHit] | list[QuoteHit]
    facets: dict[str, Facet] = field(default_factory=dict)
    histogram: list[tuple[str, int]] = field(default_factory=list)  # ("YYYY-MM", count)
    timed_out: bool = False
    took_ms: float = 0.0


@dataclass
class WriteResult:
    id: str
    status: WriteStatus
    error: str | None = None


@dataclass
class Prepared:
    """A document with what a backend derives from it for storage, computed ahead of
    `write` (in worker processes during a parallel import). `rows` hold for the id
    named by `id`: a document whose id changed since is derived again by the writer."""

    document: Document
    id: str
    rows: Any


@dataclass
class Similar:
    """Another document with the same or nearly the same text."""

    id: str
    headline: str | None
    source: str | None
    published: dt.date | dt.datetime | None
    similarity: float  # estimated share of wording in common, 0..1
    exact: bool  # the same normalised text


@dataclass
class SpeakerSummary:
    name: str
    quotes: int
    documents: int
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    # Spellings of the name merged into this speaker ("Robert W. Goodlatte"), by use.
    variants: list[str] = field(default_factory=list)


def one_person(
    key: str, others: set[str], surname_keys: Callable[[], Iterable[str]], canon: dict[str, str]
) -> str | None:
    """The person's key a name of speaker key `key` stands for, as an alias only: the one
    person of `others` (the persons it is an alias of), or None where there are none or
    several, or where `key` is a surname alone and the archive quotes two people who have
    it (`surname_keys`: the speaker keys ending in it; `Tarrow` written for Tod Tarrow,
    Bram Tarrow quoted too)."""
    if len(others) != 1:
        return None
    if " " not in key and len({canon.get(k, k) for k in surname_keys()} | others) > 1:
        return None
    return next(iter(others))


def summarise_speaker(
    names: dict[str, int],
    documents: int,
    quotes: int,
    roles: Iterable[str],
    aliases: Iterable[str],
) -> SpeakerSummary:
    """A speaker's summary from the spellings of their name (with the documents each is
    used in), shown by the most used one; the others are listed as variants."""
    from .speakers import display_name

    canonical = display_name(names)
    variants = sorted((n for n in names if n != canonical), key=lambda n: (-names[n], n))
    return SpeakerSummary(
        name=canonical,
        quotes=quotes,
        documents=documents,
        roles=list(roles),
        aliases=[a for a in aliases if a != canonical and a not in names],
        variants=variants,
    )


class Backend(abc.ABC):
    """A place documents are stored and searched. One instance per archive."""

    url: str

    @property
    def archive_key(self) -> str:
        """What names this archive among others on the same server (for import journals)."""
        return self.url

    @abc.abstractmethod
    def write(self, documents: Iterable[Document | Prepared]) -> Iterator[WriteResult]:
        """Store documents, streaming; yield one result per input, in order, once it is durable.

        Each result is created, updated, unchanged or failed (with the reason).
        """

    def preparer(self) -> Callable[[Document], Prepared] | None:
        """A module-level function deriving what `write` stores of a document, which a
        parallel import runs in its worker processes; None when nothing is derived ahead."""
        return None

    @abc.abstractmethod
    def get(self, doc_id: str) -> Document | None:
        """The stored document with this id, or None."""

    def get_many(self, doc_ids: list[str]) -> list[Document]:
        """The stored documents with these ids, in that order; missing ids are left out."""
        return [d for d in map(self.get, doc_ids) if d is not None]

    @abc.abstractmethod
    def search(self, request: SearchRequest) -> SearchResult:
        """One page of hits for the request, with facet counts and a month histogram."""

    @abc.abstractmethod
    def scan(self, request: SearchRequest) -> Iterator[DocumentHit] | Iterator[QuoteHit]:
        """Every hit of the request, in its sort order, with no cap; memory stays flat."""

    @abc.abstractmethod
    def similar(self, doc_id: str, limit: int = 20) -> list[Similar]:
        """Other documents with the same or nearly the same text, oldest first."""

    @abc.abstractmethod
    def original(self, doc_id: str) -> Original | None:
        """The bytes the document was parsed from, when the archive keeps them."""

    def has_original(self, doc_id: str) -> bool:
        """Whether `original` has bytes for the document (without reading them)."""
        return self.original(doc_id) is not None

    @abc.abstractmethod
    def same_quotes(self, document_id: str, index: int, limit: int = 100) -> list[QuoteHit]:
        """Every quote in the archive with the same normalised wording, oldest first."""

    @abc.abstractmethod
    def speaker(self, name: str) -> SpeakerSummary | None:
        """What the archive knows of the speaker with this name or alias, or None."""

    def speaker_aliases(self) -> dict[str, str]:
        """The archive's map from a variant spelling's speaker key to its person's key
        (`search.speaker_aliases`), as `update_speaker_aliases` last stored it."""
        return {}

    def update_speaker_aliases(self) -> dict[str, int]:
        """Compute the map of spellings of one person from the archive's distinct speaker
        names and store it (after an import, a reparse or a rebuild); counts of names
        read and of keys merged."""
        return {"names": 0, "merged": 0}

    @abc.abstractmethod
    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, streaming."""

    @abc.abstractmethod
    def stats(self) -> dict[str, object]:
        """Counts for `press stats`: documents, quotes, speakers, sources, date span."""

    @abc.abstractmethod
    def delete(self, doc_id: str) -> bool:
        """Remove one document; True when it existed."""

    @abc.abstractmethod
    def reindex(self) -> dict[str, object]:
        """Rebuild the indexes from the stored documents into new ones, then switch atomically."""

    # -- corrections (search/corrections.py) ----------------------------------

    def correct(self, correction: Correction) -> Correction:
        """Check a correction against the stored document, record it and apply it at once."""
        doc = self.get(correction.document_id)
        if doc is None:
            raise CorrectionNotFound(f"no document {correction.document_id!r} in the archive")
        record = prepare(correction, doc)
        self._record([record])
        self._speakers_changed([record])
        return self.correction(record.id) or record

    def undo(self, correction_id: str, user: str, reason: str | None = None) -> Correction:
        """Take a correction back; the undo is itself recorded, and applied at once."""
        undone = self.correction(correction_id)
        if undone is None:
            raise CorrectionNotFound(f"no correction {correction_id!r} in the archive")
        record = undo_of(undone, user, reason)
        self._record([record])
        self._speakers_changed([record])
        return self.correction(record.id) or record

    def import_corrections(self, records: Iterable[Correction]) -> dict[str, int]:
        """Add corrections exported from an archive (ids already here are skipped) and
        apply them; counts of added, skipped, applied and orphaned records."""
        added = self._record(list(records))
        counts = {"added": len(added), "applied": 0, "orphaned": 0, "undone": 0}
        for c in added:
            found = self.correction(c.id)
            if found is not None:
                counts[found.status] += 1
        if counts["applied"] or counts["undone"]:
            self._speakers_changed(added)
        return counts

    def _speakers_changed(self, records: Iterable[Correction]) -> None:
        """A quote's speakers were corrected: the spellings of one person are merged
        again (`update_speaker_aliases`)."""
        if any(r.target == "quote" for r in records):
            self.update_speaker_aliases()

    @abc.abstractmethod
    def correction(self, correction_id: str) -> Correction | None:
        """The recorded correction with this id (with its status), or None."""

    @abc.abstractmethod
    def corrections(
        self,
        document_id: str | None = None,
        user: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Correction]:
        """Recorded corrections (undos included), newest first, filtered as asked."""

    @abc.abstractmethod
    def orphaned_corrections(self) -> list[Correction]:
        """Corrections in effect whose quote or document the archive no longer holds."""

    @abc.abstractmethod
    def _record(self, records: list[Correction]) -> list[Correction]:
        """Store the records whose ids are new (status decided on applying) and rewrite
        their documents from the parsed form with their corrections applied; the added."""

    def close(self) -> None:  # noqa: B027 - a backend without connections has nothing to do
        """Release connections."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
