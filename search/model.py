"""The document model: one press statement, parsed.

Every importer produces `Document` objects and every backend stores them. The JSON
form (`Document.to_dict` / `Document.from_dict`) is the export format and the shape
`press parse --json` prints; `SCHEMA_VERSION` changes whenever that shape does.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

SCHEMA_VERSION = 2
# Export schemas `Document.from_dict` still reads; fields added since default to empty.
READABLE_SCHEMAS = frozenset({1, 2})

# "title": quoted words that are not speech (a bill's or event's name, a slogan, a scare
# quote); kept on the document, never given a speaker.
QuoteKind = Literal["direct", "reported", "title"]
# How a quote's speaker was found: a cue next to the quote naming the speaker, the
# continuation of the previous quote, a surname / pronoun / role noun resolved to a
# person named earlier, or the issuer of the release by default.
AttributionMethod = Literal["cue", "continuation", "resolved", "issuer"]
# Which part of the document holds a quote: the body (`Quote.paragraph` indexes
# `Document.body`), the headline (`paragraph` 0), or a subheadline (`paragraph` indexes
# `Document.subheadings`). A release may lead with a quotation in its head.
QuotePart = Literal["body", "headline", "subheading"]
QUOTE_PARTS: frozenset[str] = frozenset({"body", "headline", "subheading"})


@dataclass
class Dateline:
    """The place/agency line that opens wire copy: `WASHINGTON (Sputnik) -`."""

    place: str | None = None
    agency: str | None = None
    raw: str | None = None
    # A date the dateline carries ("February 24"), as written; resolved into
    # `Document.published` only when a year is known from elsewhere.
    date: str | None = None
    # The state or country written after the place ("WI", "D.C.", "Ukraine"), as written.
    region: str | None = None
    # The place's one name in the archive (the dateline-place facet value), from the
    # gazetteer: "WASHINGTON, D.C." and "Washington, DC" are both "Washington, D.C.".
    canonical: str | None = None
    # The region's full name ("Wisconsin"), from the gazetteer.
    canonical_region: str | None = None

    @property
    def facet_place(self) -> str | None:
        """The place as the archive lists it: the canonical name, else as written."""
        return self.canonical or self.place


@dataclass
class Photo:
    """A photo credit with its caption: `© Sputnik / Ramil Sitdikov` + caption."""

    credit: str | None = None
    agency: str | None = None
    photographer: str | None = None
    caption: str | None = None


@dataclass
class Speaker:
    """A person or organisation quoted in the document."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: Literal["person", "organization"] = "person"


@dataclass
class Quote:
    """A statement attributed to a speaker.

    `paragraph` indexes `Document.body` (or, when `part` says the quote stands in the
    head, the headline or `Document.subheadings`); `start`/`end` are character offsets
    of the quoted text within that paragraph. `mention` is the words that name the speaker at
    this quote ("the envoy", "Stepanov"); `speaker` is the canonical name. A quote said
    jointly ("Senators Amy Klobuchar and Al Franken said") lists every speaker in
    `speakers`; `speaker` is always the first of them (or None). `method` and
    `confidence` (0–1) say how the speaker was found and how sure that is.
    """

    text: str
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    kind: QuoteKind = "direct"
    paragraph: int = 0
    start: int = 0
    end: int = 0
    speakers: list[str] = field(default_factory=list)
    method: AttributionMethod | None = None
    confidence: float | None = None
    # Which of its fields an editor corrected ("speaker", "not_quote", "split"; see
    # `search.corrections`); left out of the JSON when none was.
    corrected: list[str] = field(default_factory=list)
    # Left out of the JSON when it is the body: every quote stood there before.
    part: QuotePart = "body"

    def __post_init__(self) -> None:
        if self.speaker and not self.speakers:
            self.speakers = [self.speaker]
        elif self.speakers and self.speaker != self.speakers[0]:
            self.speaker = self.speakers[0]


@dataclass
class Origin:
    """Where the document came from: the input path, its format, its bytes' hash."""

    path: str | None = None
    format: str | None = None
    sha256: str | None = None
    captured: str | None = None  # when a web archive captured the page (ISO timestamp)
    # Which of a page's date signals gave `Document.published`, and why it won.
    date_evidence: str | None = None


@dataclass
class Original:
    """The bytes a document was parsed from, kept so the archive can be parsed again.

    `format` says how to parse them (text, html, record, feed-entry); `options` holds
    what the import was told (source, published, field_map, url).
    """

    data: bytes
    format: str
    filename: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    headline: str | None = None
    subheadings: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    source: str | None = None
    published: dt.date | dt.datetime | None = None
    # The last update a page declares, kept apart from its publication.
    updated: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    body: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # Set when the text was too long to mine whole: how many of its leading characters
    # were read for speakers and quotes (the rest is stored and searchable, not mined).
    mined_chars: int | None = None
    url: str | None = None
    origin: Origin | None = None
    # What result lists show for a document without a headline: its issuer and first
    # sentence, shortened ("Jane Roe: Today, the member …"); never set when there is one.
    title: str | None = None
    id: str = ""
    # Which document fields an editor corrected ("headline", "published", "place",
    # "source"; see `search.corrections`); left out of the JSON when none was.
    corrected: list[str] = field(default_factory=list)
    # Not part of the document's JSON: stored beside it by the archive.
    original: Original | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.url, self.headline, self.body)

    # -- derived views -------------------------------------------------------

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)

    @property
    def content_hash(self) -> str:
        """Hash of everything that defines the document, to tell updates from no-ops."""
        import json

        payload = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    # -- JSON round trip ------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "original"}
        d["published"] = self.published.isoformat() if self.published else None
        d["updated"] = self.updated.isoformat() if self.updated else None
        # Uncorrected documents keep the shape (and content hash) they always had.
        if not d["corrected"]:
            del d["corrected"]
        for quote in d["quotes"]:
            if not quote["corrected"]:
                del quote["corrected"]
            if quote["part"] == "body":
                del quote["part"]
        return {"schema": SCHEMA_VERSION, **d}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        schema = data.get("schema", SCHEMA_VERSION)
        if schema not in READABLE_SCHEMAS:
            readable = ", ".join(str(v) for v in sorted(READABLE_SCHEMAS))
            raise ValueError(
                f"unsupported document schema {schema!r} (this version reads {readable})"
            )
        known = {f.name for f in fields(cls)} - {"original"}
        unknown = set(data) - known - {"schema"}
        if unknown:
            raise ValueError(f"unknown document fields: {', '.join(sorted(unknown))}")
        kw: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        if kw.get("dateline") is not None:
            kw["dateline"] = Dateline(**kw["dateline"])
        if kw.get("origin") is not None:
            kw["origin"] = Origin(**kw["origin"])
        kw["photos"] = [Photo(**p) for p in kw.get("photos") or []]
        kw["speakers"] = [Speaker(**s) for s in kw.get("speakers") or []]
        kw["quotes"] = [Quote(**q) for q in kw.get("quotes") or []]
        subheadings = kw.get("subheadings") or []
        for number, quote in enumerate(kw["quotes"]):
            _check_quote_place(number, quote, len(subheadings))
        kw["published"] = parse_iso_date(kw.get("published"))
        updated = parse_iso_date(kw.get("updated"))
        kw["updated"] = updated.date() if isinstance(updated, dt.datetime) else updated
        return cls(**kw)


def _check_quote_place(number: int, quote: Quote, subheadings: int) -> None:
    """A quote read from JSON names a known part and a paragraph of it: a body
    paragraph's index (≥ 0), 0 for the headline, a subheadline that is there. Without
    this a stray number reads back as another part (a body quote at -1 is stored as a
    headline quote) or another paragraph; ValueError names the quote and its field."""
    part: Any = quote.part
    if not isinstance(part, str) or part not in QUOTE_PARTS:
        known = ", ".join(sorted(QUOTE_PARTS))
        plain = part is None or isinstance(part, str | int | float)
        shown = repr(part)[:80] if plain else f"a {type(part).__name__}"
        raise ValueError(f"quote {number}: part must be one of {known}, not {shown}")
    paragraph: Any = quote.paragraph
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 0:
        raise ValueError(f"quote {number}: paragraph must be a whole number ≥ 0, not {paragraph!r}")
    if part == "headline" and paragraph != 0:
        raise ValueError(f"quote {number}: a headline quote's paragraph is 0, not {paragraph}")
    if part == "subheading" and paragraph >= subheadings:
        raise ValueError(
            f"quote {number}: subheading paragraph {paragraph} is not among the document's"
            f" {subheadings} subheadings"
        )


def quote_paragraph_text(doc: Document, quote: Quote) -> str | None:
    """The text of the paragraph holding the quote: a body paragraph, the headline or a
    subheadline; None when the quote's paragraph is not in the document."""
    if quote.part == "headline":
        return doc.headline if quote.paragraph == 0 else None
    paragraphs = doc.subheadings if quote.part == "subheading" else doc.body
    return paragraphs[quote.paragraph] if 0 <= quote.paragraph < len(paragraphs) else None


def quote_position(quote: Quote) -> int:
    """The quote's paragraph as one number, as the backends' quote rows store it: a body
    paragraph's index (≥ 0), -1 for the headline, -2 - i for subheadline i. Archives
    written before head quotations hold only body paragraphs, which read the same."""
    if quote.part == "headline":
        return -1
    if quote.part == "subheading":
        return -2 - quote.paragraph
    return quote.paragraph


def position_part(position: int) -> tuple[QuotePart, int]:
    """The part and paragraph a stored `quote_position` stands for."""
    if position >= 0:
        return "body", position
    if position == -1:
        return "headline", 0
    return "subheading", -2 - position


_LEAVES = frozenset({str, int, float, bool})


def _plain(value: Any) -> Any:
    """Dataclasses and lists of them as plain data (copied, as `asdict` does). Without
    `asdict`, which deep-copies every string and number it meets: the model's leaves
    are immutable, and only the containers need copying."""
    if value is None or type(value) in _LEAVES:
        return value  # most values are leaves: settled before the container tests
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS.get(type(value))
        if names is None:
            names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}


def parse_iso_date(value: str | dt.date | None) -> dt.date | dt.datetime | None:
    """`YYYY-MM-DD` → date, a full ISO timestamp → datetime, None → None."""
    if value is None or isinstance(value, dt.date):
        return value
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def listed_title(headline: str | None, title: str | None, source: str | None = None) -> str:
    """What plain-text lists (feeds, citations) show for a document: its headline; else
    its derived title in square brackets, the mark of a title supplied for it; else its
    source."""
    if headline:
        return headline
    if title:
        return f"[{title}]"
    return f"[{source or 'Untitled document'}]"


def normalise_text(text: str) -> str:
    """Text reduced for identity: NFKC, lower case, words only, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


def normalised_digest(text: str | Iterable[str], prefix: bytes = b"") -> tuple[str, bool]:
    """sha256 of `prefix` + `normalise_text(text)`, and whether the text has words.

    `text` may also be given as its lines (the same digest as their join with newlines),
    so a caller holding paragraphs never joins them. Read in pieces cut at white space
    (no word spans two), so a book-length text costs no more memory than a piece of it.
    """
    digest = hashlib.sha256(prefix)
    words = False
    for line in [text] if isinstance(text, str) else text:
        start = 0
        while start < len(line):
            end = start + NORMALISE_PIECE
            if end < len(line):
                space = re.search(r"\s", line[end : end + 4096])
                end = end + space.start() if space else end + 4096
            piece = _normalised_piece(line[start:end])
            if piece:
                digest.update(((" " if words else "") + piece).encode("utf-8"))
                words = True
            start = end
    return digest.hexdigest(), words


NORMALISE_PIECE = 1 << 20
# A document's paragraphs are read for its id when it is made and again for its text key
# when it is stored: the second reading finds them here. Bounded: the last 128
# paragraphs of at most 20,000 characters (a few MB); longer ones are read again.
REMEMBERED_PIECE = 20_000


def _normalised_piece(text: str) -> str:
    return _remembered_piece(text) if len(text) <= REMEMBERED_PIECE else normalise_text(text)


_remembered_piece = functools.lru_cache(maxsize=128)(normalise_text)


def text_key(doc: Document) -> str | None:
    """Identity of a document's wording: equal for exact duplicates, whatever the file."""
    digest, words = normalised_digest(doc.body)
    return digest[:20] if words else None


def quote_key(text: str) -> str:
    """Identity of a quote's wording, for finding the same quote in other documents."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def document_id(url: str | None, headline: str | None, body: list[str]) -> str:
    """Stable id: from the canonical URL when known, else from the normalised text."""
    if url:
        return hashlib.sha256(("url:" + url.strip()).encode("utf-8")).hexdigest()[:20]
    return normalised_digest([headline or "", *body], b"text:")[0][:20]
