"""Quotations standing in a release's head: its headline and subheadlines.

A release often leads with a quotation (`Roe: “We cannot wait”`). The body's parse never
reads the head, so these are found here with the same quote machinery, one head line at
a time, and given a speaker only where that is sure:

- an explicit cue in the line (`Roe: “…”`, `“…,” Roe says`, `Roe Says “…”`) naming a
  person the release quotes or issues it (a surname alone resolves only to one of them);
- else the same words quoted in the body: that quotation's speaker, when every body
  quotation of those words has the same one (and a cue in the head, if any, agrees);
- else nobody. Heads also quote bills' titles, slogans and scare quotes: a quoted title
  never gets a speaker.
"""

from __future__ import annotations

import re

from search.model import AttributionMethod, Document, Quote, QuotePart, Speaker, normalise_text
from search.speakers import quote_speakers

from .quotes import _TITLE_ENDS, CONFIDENCE, extract_quotes
from .speakers import _part_of_issuer, same_person

_MARKS = re.compile(r"[“”\"]")
# `Roe Says “…”`: a headline in title case names its speaker before a capitalised speech
# verb; the quote itself is then title-cased, which alone reads as a title.
_TITLED_CUE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) "
    r"(?:Says|Tells|Asks|Warns|Urges|Declares|Vows|States)\s*:?\s*[“\"]"
)
# Shorter quotations are a word or three (`“top secret”`, `“concern and disappointment”`
# with a letter's signers): too little to tell a statement from a quoted phrase, or to
# match a body quotation by its words alone.
MIN_WORDS = 4
# Head quotations matched against the body's, at most: a head of hundreds of quotations
# (no release has one) costs no more than this many passes over the body's quotes.
MAX_MATCHED = 20
# Head lines read, at most: each reading takes the body's names along, so a text of
# thousands of quoting "subheadlines" must not read the body once for each.
MAX_LINES = 6


def add_head_quotes(doc: Document, issuer: str | None = None) -> None:
    """Put the quotations of the document's headline and subheadlines first in its
    quotes (in reading order), each with the speaker the rules above give, or none."""
    lines: list[tuple[QuotePart, int, str]] = []
    if doc.headline:
        lines.append(("headline", 0, doc.headline))
    lines += [("subheading", i, line) for i, line in enumerate(doc.subheadings)]
    found: list[Quote] = []
    body: list[tuple[Quote, str]] | None = None
    parsed = 0
    for part, paragraph, line in lines:
        if len(_MARKS.findall(line)) < 2:  # most heads quote nothing: no parse at all
            continue
        parsed += 1
        if parsed > MAX_LINES:
            break
        if body is None:  # the words of the body's quotations (reported speech has none)
            body = [(q, normalise_text(q.text)) for q in doc.quotes if q.kind != "reported"]
        for quote in _line_quotes(doc, line, issuer, body if len(found) < MAX_MATCHED else []):
            quote.part, quote.paragraph = part, paragraph
            found.append(quote)
    if not found:
        return
    for quote in found:
        if quote.speaker and doc.speaker(quote.speaker) is None:
            doc.speakers.append(Speaker(quote.speaker))
    doc.quotes[:0] = found


def _line_quotes(
    doc: Document, line: str, issuer: str | None, body: list[tuple[Quote, str]]
) -> list[Quote]:
    _speakers, quotes = extract_quotes([line], None, doc.body)
    out = []
    for quote in quotes:
        if quote.kind == "reported":
            continue  # words not in quotation marks: the head's own words
        if _titled(quote.text):
            quote.speakers, quote.speaker, quote.mention = [], None, None
            quote.method = quote.confidence = None
            out.append(quote)
            continue
        enough = len(normalise_text(quote.text).split()) >= MIN_WORDS
        mention = _cue_mention(line, quote) if enough else None
        named = _resolved(doc, mention, issuer) if mention else None
        said = _body_speakers(quote, body)
        if said is not None and mention and said[0] != named:
            # The head names someone the body's quotation of these words does not (or
            # someone not known here): never a guess.
            names: list[str] = []
        elif said is not None:
            names = said[0]
        else:
            names = named or []
        quote.speakers, quote.speaker = names, names[0] if names else None
        if names:
            quote.kind = "direct"
            if said is not None and not named:
                quote.method, quote.confidence = said[1], said[2]
            else:
                quote.method, quote.confidence = "cue", CONFIDENCE["cue"]
        else:
            quote.method = quote.confidence = None
            quote.mention = None
        out.append(quote)
    return out


def _titled(text: str) -> bool:
    """A bill's, programme's or event's name (`Clean Harbors Act`): nobody's words."""
    words = re.findall(r"\w+", text)
    # capitalised, as a name is: `… it was time to act` ends a sentence
    return bool(words) and words[-1][:1].isupper() and words[-1].casefold() in _TITLE_ENDS


def _cue_mention(line: str, quote: Quote) -> str | None:
    """The name a cue in the head line gives the quotation, as written; None without."""
    if quote.kind != "title" and (quote.speaker or quote.mention):
        return quote.speaker or quote.mention
    m = _TITLED_CUE.search(line)
    # The cue stands right before this quotation.
    if m is not None and m.end() - 1 <= quote.start <= m.end() + 1:
        return m.group("name")
    return None


def _resolved(doc: Document, mention: str, issuer: str | None) -> list[str] | None:
    """The one person the release quotes or issues it that `mention` names, else None."""
    people = [s.name for s in doc.speakers if s.kind == "person"]
    if issuer:
        people.append(issuer)
    matches = {
        name
        for name in people
        if same_person(mention, name) or name == issuer and _part_of_issuer(mention, name)
    }
    if len(matches) != 1:
        return None
    (name,) = matches
    # The issuer as the release's own quotes spell it.
    return [next((s.name for s in doc.speakers if same_person(s.name, name)), name)]


def _body_speakers(
    quote: Quote, body: list[tuple[Quote, str]]
) -> tuple[list[str], AttributionMethod | None, float | None] | None:
    """The speakers of the body's quotations of the same words, when they all agree."""
    words = normalise_text(quote.text)
    if len(words.split()) < MIN_WORDS:
        return None
    # A quoted title of the same words counts as a quotation of nobody's: a designation
    # (`“Major Ally”`) quoted on its own and inside a member's sentence is no one's.
    # Words the head reads as a title stand for the same words quoted whole, never for a
    # mention inside a sentence (`“The Quiet Harbors Act is overdue,” Roe said`).
    whole = quote.kind == "title"
    said = [q for q, have in body if (words == have if whole else words in have)]
    if not said:
        return None
    names = {() if q.kind == "title" else tuple(quote_speakers(q)) for q in said}
    if len(names) != 1 or not next(iter(names)):
        return None
    first = said[0]
    return list(next(iter(names))), first.method, first.confidence
