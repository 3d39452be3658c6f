"""Corrections: a journalist's fix of a parsed document, kept as data of its own.

A correction never edits the parsed document in place. Each one is a record (who,
when, which field, what it was, what it becomes, why) stored beside the archive's
documents; the backends apply the records on top of each document as it is written, so
a reparse, a rebuild or a re-import of the same article keeps every correction.

A quote is found again by its wording, not its position: a reparse that adds a
paragraph shifts every index after it. The anchor is the quote's part (body, headline or
subheading), its normalised wording (`model.quote_key`), which of the quotes of that part
with that wording it was, and its index, used only to break a tie. A quote is looked for
only among the quotes of its part: a headline repeating a body quote's words is another
quote, and a correction of the body quote never moves to it. A correction whose quote is
no longer found is reported as orphaned, never dropped.

Everything here is pure: backends store the records and call `apply_corrections`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, cast

from .model import (
    QUOTE_PARTS,
    Dateline,
    Document,
    Quote,
    QuotePart,
    normalise_text,
    parse_iso_date,
    quote_key,
)
from .speakers import quote_speakers, speaker_key

RECORD = "press-correction"
RECORD_VERSION = 1

Target = Literal["document", "quote"]
Status = Literal["applied", "orphaned", "undone"]
DOCUMENT_FIELDS = ("headline", "published", "place", "source")
QUOTE_FIELDS = ("speaker", "not_quote", "split")
FIELDS: dict[str, tuple[str, ...]] = {"document": DOCUMENT_FIELDS, "quote": QUOTE_FIELDS}
# A reparse that moves a quote's boundary a little still finds it: the wording of one
# contains the other's and they are mostly the same words.
FUZZY_SHARE = 0.6
MAX_TEXT = 2000  # characters of free text (a name, a headline, a reason) a record keeps


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why."""


class CorrectionNotFound(CorrectionError):
    """The document or correction a request names is not in the archive."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Correction:
    """One correction of one field of a document or of one of its quotes.

    `after` is the new value: a string for headline, place and source; an ISO date
    string (or None, no date) for published; `{"name", "role"}` for a quote's speaker;
    True for not_quote; a list of two or more names for split. `before` is what the
    field showed when the correction was made. A quote is named by `quote`, its index
    then; `quote_part`, `quote_key`, `quote_occurrence` (counted among the quotes of
    that part) and `quote_text` find it again after a reparse. A quote record without
    `quote_part` (every record made before head quotes) is of a body quote. An undo is
    a correction too: `undoes` names the one it takes back.
    """

    document_id: str
    target: Target
    field: str
    after: Any = None
    user: str = ""
    reason: str | None = None
    quote: int | None = None
    before: Any = None
    quote_key: str | None = None
    quote_occurrence: int | None = None
    quote_text: str | None = None
    quote_part: QuotePart | None = None  # None: a document's field (or, read, the body)
    undoes: str | None = None
    id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    created: dt.datetime = dataclasses.field(default_factory=_now)
    status: Status = "applied"

    def to_dict(self) -> dict[str, Any]:
        """The record as exported (one JSON object per line of `press corrections export`)."""
        return {
            "record": RECORD,
            "version": RECORD_VERSION,
            "id": self.id,
            "document_id": self.document_id,
            "target": self.target,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "user": self.user,
            "created": self.created.isoformat(),
            "reason": self.reason,
            "quote": self.quote,
            "quote_key": self.quote_key,
            "quote_occurrence": self.quote_occurrence,
            "quote_text": self.quote_text,
            "quote_part": self.quote_part,
            "undoes": self.undoes,
            "status": self.status,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction:
        """A record read back; CorrectionError names what is wrong with it."""
        if not isinstance(data, dict) or data.get("record") != RECORD:
            raise CorrectionError('not a correction record (no "record": "press-correction")')
        if data.get("version") != RECORD_VERSION:
            raise CorrectionError(
                f"unsupported correction record version {data.get('version')!r}"
                f" (this version reads {RECORD_VERSION})"
            )
        for name in ("id", "document_id", "target", "field", "user", "created"):
            if not isinstance(data.get(name), str) or not data[name]:
                raise CorrectionError(f"correction record without {name}")
        try:
            created = dt.datetime.fromisoformat(data["created"])
        except ValueError:
            raise CorrectionError(f"bad creation time {data['created']!r}") from None
        created = as_utc(created) or created
        target = data["target"]
        _check_field(target, data["field"])
        # Records made before head quotes have no quote_part: their quotes are body quotes.
        part = data.get("quote_part") or ("body" if target == "quote" else None)
        if part is not None and (not isinstance(part, str) or part not in QUOTE_PARTS):
            known = ", ".join(sorted(QUOTE_PARTS))
            raise CorrectionError(f"unknown quote_part {part!r} (known: {known})")
        status = data.get("status") or "applied"
        if status not in ("applied", "orphaned", "undone"):
            raise CorrectionError(f"unknown correction status {status!r}")
        correction = cls(
            id=data["id"],
            document_id=data["document_id"],
            target=target,
            field=data["field"],
            before=data.get("before"),
            after=data.get("after"),
            user=data["user"],
            created=created,
            reason=data.get("reason"),
            quote=data.get("quote"),
            quote_key=data.get("quote_key"),
            quote_occurrence=data.get("quote_occurrence"),
            quote_text=data.get("quote_text"),
            quote_part=cast(QuotePart | None, part),
            undoes=data.get("undoes"),
            status=cast(Status, status),
        )
        if correction.undoes is None:
            correction.after = normalise_after(target, correction.field, correction.after)
        if target == "quote" and not correction.quote_key:
            raise CorrectionError("a quote correction record without its quote's wording")
        return correction

    @property
    def label(self) -> str:
        """What was corrected, in words ("speaker of quote 3", "headline")."""
        name = self.field.replace("_", " ")
        return f"{name} of quote {self.quote}" if self.target == "quote" else name


@dataclass
class Applied:
    """A document with its corrections applied, and what became of each correction."""

    document: Document
    fields: list[str] = dataclasses.field(default_factory=list)  # document fields corrected
    quotes: dict[int, list[str]] = dataclasses.field(default_factory=dict)  # quote index → fields
    statuses: dict[str, Status] = dataclasses.field(default_factory=dict)  # correction id → status

    @property
    def orphaned(self) -> list[str]:
        return [i for i, s in self.statuses.items() if s == "orphaned"]


# -- validating ---------------------------------------------------------------


def _check_field(target: str, name: str) -> None:
    if target not in FIELDS:
        raise CorrectionError(f"unknown correction target {target!r} (document or quote)")
    if name not in FIELDS[target]:
        known = ", ".join(FIELDS[target])
        raise CorrectionError(f"a {target} has no correctable field {name!r} (known: {known})")


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not " ".join(value.split()):
        raise CorrectionError(f"{what} must not be empty")
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise CorrectionError(f"{what} is longer than {MAX_TEXT} characters")
    return text


def _name(value: Any) -> str:
    name = _text(value, "a speaker's name")
    if not speaker_key(name):
        raise CorrectionError(f"{value!r} is not a name")
    return name


def normalise_after(target: str, name: str, after: Any) -> Any:
    """The new value of a correction, checked and in its stored form."""
    _check_field(target, name)
    if name in ("headline", "source"):
        return _text(after, f"the {name}")
    if name == "place":
        return None if after is None else _text(after, "the place")
    if name == "published":
        if after is None or after == "":
            return None
        if isinstance(after, dt.date):
            return after.isoformat()
        try:
            value = parse_iso_date(str(after).strip())
        except ValueError:
            raise CorrectionError(
                f"{after!r} is not a date (YYYY-MM-DD or an ISO timestamp)"
            ) from None
        return value.isoformat() if value else None
    if name == "speaker":
        if isinstance(after, str):
            after = {"name": after}
        if not isinstance(after, dict):
            raise CorrectionError('a speaker is given as {"name": …, "role": …}')
        role = after.get("role")
        role = _text(role, "the role") if role not in (None, "") else None
        return {"name": _name(after.get("name")), "role": role}
    if name == "not_quote":
        if after not in (True, None):
            raise CorrectionError("not_quote takes no value")
        return True
    # split
    if not isinstance(after, list):
        raise CorrectionError("a split lists the speakers' names")
    names = list(dict.fromkeys(_name(n) for n in after))
    if len({speaker_key(n) for n in names}) < 2:
        raise CorrectionError(
            "a split needs two or more different names (one: correct the speaker)"
        )
    return names


def prepare(correction: Correction, doc: Document) -> Correction:
    """The correction checked against the document as it now reads, with what the field
    shows now (`before`) and the quote's anchor filled in.

    Raises CorrectionError for another document, an unknown field, a quote index out of
    range, an empty name, a bad date.
    """
    c = copy.copy(correction)
    if c.document_id != doc.id:
        raise CorrectionError(f"the correction is for {c.document_id}, not {doc.id}")
    if not c.user or not c.user.strip():
        raise CorrectionError("a correction needs the name of who makes it")
    c.reason = _reason(c.reason)
    c.after = normalise_after(c.target, c.field, c.after)
    if c.target == "document":
        c.quote = c.quote_key = c.quote_occurrence = c.quote_text = None
        c.quote_part = None
        c.before = _document_value(doc, c.field)
        return c
    if not isinstance(c.quote, int) or isinstance(c.quote, bool):
        raise CorrectionError("a quote correction names the quote by its index")
    if not 0 <= c.quote < len(doc.quotes):
        raise CorrectionError(
            f"document {doc.id} has no quote {c.quote} (it has {len(doc.quotes)}: 0–"
            f"{len(doc.quotes) - 1})"
            if doc.quotes
            else f"document {doc.id} has no quotes"
        )
    quote = doc.quotes[c.quote]
    c.quote_part = quote.part
    c.quote_key = quote_key(quote.text)
    c.quote_occurrence = sum(
        1
        for q in doc.quotes[: c.quote]
        if q.part == quote.part and quote_key(q.text) == c.quote_key
    )
    c.quote_text = quote.text
    c.before = _quote_value(doc, quote, c.field)
    return c


def undo_of(correction: Correction, user: str, reason: str | None = None) -> Correction:
    """The record that takes a correction back (itself a correction)."""
    if correction.undoes is not None:
        raise CorrectionError(f"{correction.id} is an undo; make the correction again instead")
    if correction.status == "undone":
        raise CorrectionError(f"correction {correction.id} is already undone")
    if not user or not user.strip():
        raise CorrectionError("an undo needs the name of who makes it")
    return Correction(
        document_id=correction.document_id,
        target=correction.target,
        field=correction.field,
        before=correction.after,
        after=correction.before,
        user=user,
        reason=_reason(reason),
        quote=correction.quote,
        quote_key=correction.quote_key,
        quote_occurrence=correction.quote_occurrence,
        quote_text=correction.quote_text,
        quote_part=correction.quote_part,
        undoes=correction.id,
    )


def _reason(text: str | None) -> str | None:
    """A reason on one line, shortened to what a record keeps; blank is none."""
    return " ".join((text or "").split())[:MAX_TEXT] or None


def _document_value(doc: Document, name: str) -> Any:
    if name == "published":
        return doc.published.isoformat() if doc.published else None
    if name == "place":
        return doc.dateline.facet_place if doc.dateline else None
    return getattr(doc, name)


def _quote_value(doc: Document, quote: Quote, name: str) -> Any:
    names = quote_speakers(quote)
    if name == "speaker":
        if not quote.speaker:
            return None
        known = doc.speaker(quote.speaker)
        return {"name": quote.speaker, "role": known.role if known else None}
    if name == "not_quote":
        return {"kind": quote.kind, "speakers": names}
    return names


# -- applying -----------------------------------------------------------------


def ordered(corrections: Iterable[Correction]) -> list[Correction]:
    """Corrections in the order they were made (ids break ties, so both backends agree)."""
    return sorted(corrections, key=lambda c: (c.created, c.id))


def apply_corrections(parsed: Document, corrections: Iterable[Correction]) -> Applied:
    """The parsed document with every correction in effect applied, oldest first.

    The parsed document is not changed. Undone corrections and undo records are not
    applied; a quote correction whose quote is not found is orphaned.
    """
    records = ordered(corrections)
    original, parsed.original = parsed.original, None
    try:
        doc = copy.deepcopy(parsed)
    finally:
        parsed.original = original
    doc.original = original
    applied = Applied(doc)
    undone = {c.undoes for c in records if c.undoes}
    keys: list[str] | None = None
    for c in records:
        if c.undoes:
            applied.statuses[c.id] = "applied"
            continue
        if c.id in undone:
            applied.statuses[c.id] = "undone"
            continue
        if c.target == "document":
            _apply_document(doc, c)
            applied.fields.append(c.field)
            applied.statuses[c.id] = "applied"
            continue
        if keys is None:
            keys = [quote_key(q.text) for q in doc.quotes]
        index = find_quote(doc, c, keys)
        if index is None:
            applied.statuses[c.id] = "orphaned"
            continue
        _apply_quote(doc, doc.quotes[index], c)
        applied.quotes.setdefault(index, []).append(c.field)
        applied.statuses[c.id] = "applied"
    doc.corrected = sorted({*doc.corrected, *applied.fields})
    for index, names in applied.quotes.items():
        quote = doc.quotes[index]
        quote.corrected = sorted({*quote.corrected, *names})
    return applied


def find_quote(doc: Document, c: Correction, keys: list[str] | None = None) -> int | None:
    """The index of the quote a correction was made on, found by its wording among the
    quotes of its part (a body quote's correction never lands on a head quote)."""
    keys = keys if keys is not None else [quote_key(q.text) for q in doc.quotes]
    part = c.quote_part or "body"
    same_part = [i for i, q in enumerate(doc.quotes) if q.part == part]
    candidates = [i for i in same_part if keys[i] == c.quote_key]
    if not candidates and c.quote_text:
        # The parser moved the quote's boundary: the same words, give or take a few.
        wanted = normalise_text(c.quote_text)
        for i in same_part:
            q = doc.quotes[i]
            have = normalise_text(q.text)
            short, long = sorted((wanted, have), key=len)
            if short and short in long and len(short) >= FUZZY_SHARE * len(long):
                candidates.append(i)
    if not candidates:
        return None
    occurrence = c.quote_occurrence or 0
    old = c.quote if c.quote is not None else 0
    ranked = sorted(
        range(len(candidates)), key=lambda n: (abs(n - occurrence), abs(candidates[n] - old))
    )
    return candidates[ranked[0]]


def _apply_document(doc: Document, c: Correction) -> None:
    if c.field == "headline":
        doc.headline = c.after
        doc.title = None  # a derived title stands in only for a missing headline
    elif c.field == "source":
        doc.source = c.after
    elif c.field == "published":
        doc.published = parse_iso_date(c.after)
    elif c.field == "place":
        if c.after is None:
            if doc.dateline is not None:
                doc.dateline.place = doc.dateline.canonical = None
                doc.dateline.region = doc.dateline.canonical_region = None
            return
        dateline = doc.dateline or Dateline()
        # The region and its full name described the place as parsed: they go with it.
        dateline.place = dateline.canonical = c.after
        dateline.region = dateline.canonical_region = None
        doc.dateline = dateline


def _apply_quote(doc: Document, quote: Quote, c: Correction) -> None:
    before = quote_speakers(quote)
    if c.field == "not_quote":
        quote.kind = "title"
        quote.speakers, quote.speaker = [], None
    else:
        names = [c.after["name"]] if c.field == "speaker" else list(c.after)
        quote.speakers, quote.speaker = names, names[0]
        if quote.kind == "title":
            quote.kind = "direct"
        # An editor named the speaker: as sure as an attribution gets.
        quote.confidence = 1.0
        role = c.after.get("role") if c.field == "speaker" else None
        for name in names:
            _add_speaker(doc, name, role)
    _drop_unquoted(doc, before)


def _add_speaker(doc: Document, name: str, role: str | None) -> None:
    from .model import Speaker

    key = speaker_key(name)
    for speaker in doc.speakers:
        if speaker_key(speaker.name) == key:
            if role:
                speaker.role = role
            return
    doc.speakers.append(Speaker(name=name, role=role))


def _drop_unquoted(doc: Document, names: list[str]) -> None:
    """Speakers a correction took quotes from leave the document's list when no quote of
    it is theirs any more, so the speaker facet no longer counts it for them."""
    quoted = {speaker_key(n) for q in doc.quotes for n in quote_speakers(q)}
    gone = {speaker_key(n) for n in names} - quoted
    if gone:
        doc.speakers = [s for s in doc.speakers if speaker_key(s.name) not in gone]


def read_jsonl(lines: Iterable[str]) -> Iterable[Correction]:
    """Correction records from JSON lines; CorrectionError names the bad line."""
    import json

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield Correction.from_dict(json.loads(line))
        except (ValueError, TypeError) as exc:
            raise CorrectionError(f"line {number}: {exc}") from None


def statuses_without_document(corrections: Iterable[Correction]) -> dict[str, Status]:
    """What becomes of corrections whose document the archive does not hold (yet):
    those in effect are orphaned until it is imported."""
    records = list(corrections)
    undone = {c.undoes for c in records if c.undoes}
    return {
        c.id: "applied" if c.undoes else "undone" if c.id in undone else "orphaned" for c in records
    }


def as_utc(value: dt.date | dt.datetime | None, *, end: bool = False) -> dt.datetime | None:
    """A time bound in UTC; a day means its start (or, with `end`, its last moment)."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time.max if end else dt.time.min)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
