"""Plain-text agency copy → `Document`.

The text is cut into paragraphs, then small `extract_*` functions each take one field
off the top (headline, photo credits, byline, a date line, the dateline) or pick lines
out of the body (subheadings, sign-offs). Each returns its field or None and the
paragraphs it leaves; patterns live in `text_patterns`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from importers import text_patterns as P
from importers.dateline import dateline_date, extract_dateline, parse_date
from importers.language import detect_language
from importers.photos import extract_photo
from importers.release_head import opening_metadata
from importers.repair import repair_text
from importers.titles import derived_title
from search.model import Dateline, Document, Origin, Photo, Quote, Speaker

Paragraphs = list[str]


def parse_text(
    text: str,
    *,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    origin: Origin | None = None,
    quotes: bool = True,
    head_quotes: bool = True,
) -> Document:
    """Parse agency copy: headline on the first line, then paragraphs.

    `source` and `published` override what the text says; without them the source is
    the dateline's agency and the date is one written in full in the text (never a
    weekday, never a guessed year). `quotes=False` skips speaker and quote extraction,
    for callers that only need the structure; `head_quotes=False` leaves the head's
    quotations for the caller to read (`importers.head_quotes`), once its head is whole.
    """
    lines = paragraphs = split_paragraphs(text)
    headline, paragraphs = extract_headline(paragraphs)
    photos, paragraphs = extract_photos(paragraphs)
    authors, paragraphs = extract_authors(paragraphs)
    date_line, paragraphs = extract_date_line(paragraphs)
    # The full date comes before the dateline ("May 3, 2010 - WASHINGTON -") or after it.
    lead_date, paragraphs = extract_lead_date(paragraphs)
    dateline, paragraphs = extract_dateline_paragraph(paragraphs)
    late_date, paragraphs = extract_lead_date(paragraphs)
    paragraphs = strip_signoff(paragraphs)
    subheadings, body = extract_subheadings(paragraphs)

    speakers: list[Speaker] = []
    found_quotes: list[Quote] = []
    if quotes:
        in_body = set(body)
        others = [line for line in lines if line not in in_body]
        speakers, found_quotes = run_quote_extraction(body, headline, others)
    doc = Document(
        headline=headline,
        subheadings=subheadings,
        dateline=dateline,
        source=source or (dateline.agency if dateline else None),
        published=published or _first_date(dateline, date_line, lead_date, late_date),
        authors=authors,
        language=detect_language("\n".join([headline or "", *body])),
        body=body,
        photos=photos,
        speakers=speakers,
        quotes=found_quotes,
        url=url,
        origin=origin,
    )
    if quotes and head_quotes:
        run_head_quote_extraction(doc)
    doc.title = derived_title(doc)
    return doc


# -- paragraphs ------------------------------------------------------------------


def split_paragraphs(text: str) -> Paragraphs:
    """Paragraphs from blank lines, indented first lines, or one per line.

    Wire copy comes three ways: blank lines between paragraphs; hard-wrapped lines with
    each paragraph's first line indented (Reuters 1987); or one paragraph a line.
    """
    text = repair_text(text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: Paragraphs = []
    for block in P.BLANK_LINE_RE.split(text):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        paragraphs.extend(_squash(p) for p in _block_paragraphs(lines))
    return [p for p in paragraphs if p]


def _block_paragraphs(lines: list[str]) -> list[list[str]]:
    if len(lines) <= 1:
        return [lines]
    lines = _dedent(lines)
    indented = [bool(P.INDENTED_RE.match(line)) for line in lines]
    if any(indented[1:]):
        return _group(lines, starts=indented)
    if _is_hard_wrapped(lines):
        width = max(len(line) for line in lines)
        # A line well short of the wrap width ended its paragraph.
        ends = [len(line) < width - 20 for line in lines]
        return _group(lines, starts=[False, *ends[:-1]])
    return [[line] for line in lines]


def _dedent(lines: list[str]) -> list[str]:
    """Remove the indent every line shares, so only paragraph indents remain."""
    common = min(len(line) - len(line.lstrip()) for line in lines)
    return [line[common:] for line in lines] if common else lines


def _group(lines: list[str], starts: list[bool]) -> list[list[str]]:
    groups: list[list[str]] = []
    for line, start in zip(lines, starts, strict=True):
        if start or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of similar width that break mid-sentence: text wrapped at a column."""
    if len(lines) < 3:
        return False
    width = max(len(line) for line in lines[:-1])
    if width > 100:
        return False
    full = sum(len(line) >= width - 20 for line in lines[:-1])
    mid_sentence = any(nxt.lstrip()[:1].islower() for nxt in lines[1:])
    return mid_sentence and full >= 0.6 * (len(lines) - 1)


def _squash(lines: list[str]) -> str:
    # str.split() breaks at the characters `\s` matches: the same text as a
    # substitution of `\s+` and a strip, in a third of the time.
    return " ".join(" ".join(lines).split())


# -- fields taken off the top ------------------------------------------------------


def extract_headline(paragraphs: Paragraphs) -> tuple[str | None, Paragraphs]:
    """The first paragraph when it is short and not itself the dateline or a credit line."""
    paragraphs = drop_release_metadata(paragraphs)
    if len(paragraphs) > 2 and (
        P.DATE_LINE_RE.fullmatch(paragraphs[0]) or _weekday_caption(paragraphs, titled=True)
    ):
        # A date above the headline is a date line, never the headline; so is a weekday
        # alone above the dateline (`Tuesday`), the caption of the day the text was issued.
        headline, rest = extract_headline(paragraphs[1:])
        return headline, [paragraphs[0], *rest]
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0]
    if not _headline_shaped(first) or extract_photo(first) is not None:
        return None, paragraphs
    # Headlines can look like datelines ("ECONOMIC SPOTLIGHT - BANKAMERICA"); such a
    # line is the headline when a dateline follows it.
    if extract_dateline(first) is not None and not any(
        extract_dateline(p) for p in paragraphs[1:4]
    ):
        return None, paragraphs
    return first, paragraphs[1:]


# A weekday alone on its line, maybe with its month and day (`Tuesday`, `TUESDAY, March
# 3`): the day the text was issued, no headline and no date of its own (no year).
_WEEKDAY_LINE = re.compile(
    rf"\s*(?i:{'|'.join(P.WEEKDAY_NAMES)})(?:,?\s+{P.MONTH}\s+{P.DAY})?\.?\s*"
)


def _weekday_caption(paragraphs: Paragraphs, *, titled: bool = False) -> bool:
    """The text opens with a weekday alone (`Tuesday`) and the next paragraph with the
    dateline (`WASHINGTON – …`), or the one after it when a full date or, `titled`, a
    title stands between: the day's caption. Not when another weekday alone follows
    further down: then the weekdays head the parts of a schedule (`Monday` | `9 a.m. –
    …` | `Tuesday` | …), and stay where they are."""
    if len(paragraphs) < 2 or not _WEEKDAY_LINE.fullmatch(paragraphs[0]):
        return False
    if any(_WEEKDAY_LINE.fullmatch(p) for p in paragraphs[1:]):
        return False
    if extract_dateline(paragraphs[1]) is not None:
        return True
    between = P.DATE_LINE_RE.fullmatch(paragraphs[1]) or (
        titled and _headline_shaped(paragraphs[1])
    )
    return bool(between) and len(paragraphs) > 2 and extract_dateline(paragraphs[2]) is not None


def drop_release_metadata(paragraphs: Paragraphs) -> Paragraphs:
    """Opening paragraphs of release metadata ("FOR IMMEDIATE RELEASE", contact lines)
    taken out; a title run into them is kept, and so is a release date, as a date line."""
    titles: Paragraphs = []
    dates: Paragraphs = []
    end = 0
    for paragraph in paragraphs[: P.METADATA_PARAGRAPHS]:
        if P.DATE_LINE_RE.fullmatch(paragraph):
            dates.append(paragraph)
        elif found := opening_metadata(paragraph) if _headline_shaped(paragraph) else None:
            titles += [found[0]] if found[0] else []
            dates += [found[1]] if found[1] else []
        else:
            break
        end += 1
    if not end or end == len(dates):
        return paragraphs  # no metadata: dates alone are the date line's business
    rest = paragraphs[end:]
    # The title (or the paragraph after the metadata) stays first, where headlines stand.
    head, rest = (titles, rest) if titles else (rest[:1], rest[1:])
    return head + dates + rest


def _headline_shaped(line: str) -> bool:
    return len(line) <= P.HEADLINE_MAX_CHARS and len(line.split()) <= P.HEADLINE_MAX_WORDS


def extract_photos(paragraphs: Paragraphs) -> tuple[list[Photo], Paragraphs]:
    """Photo credit lines anywhere in the text, taken out of the body."""
    photos: list[Photo] = []
    rest: Paragraphs = []
    for paragraph in paragraphs:
        photo = extract_photo(paragraph)
        if photo is None:
            rest.append(paragraph)
        else:
            photos.append(photo)
    return photos, rest


def extract_authors(paragraphs: Paragraphs) -> tuple[list[str], Paragraphs]:
    """A `By Jane Doe and John Roe` line among the first paragraphs."""
    for i, paragraph in enumerate(paragraphs[:3]):
        m = P.BYLINE_RE.match(paragraph)
        if m:
            names = [n.strip() for n in P.BYLINE_SPLIT_RE.split(m["names"]) if n.strip()]
            return names, paragraphs[:i] + paragraphs[i + 1 :]
    return [], paragraphs


def extract_date_line(paragraphs: Paragraphs) -> tuple[dt.date | None, Paragraphs]:
    """A paragraph near the top that is only a full date ("February 24, 2022"); a
    weekday alone above the dateline (`Tuesday`) is taken off too, with no date."""
    if _weekday_caption(paragraphs):
        return extract_date_line(paragraphs[1:])
    for i, paragraph in enumerate(paragraphs[:3]):
        m = P.DATE_LINE_RE.fullmatch(paragraph) or P.ISO_LINE_RE.fullmatch(paragraph)
        if m:
            return parse_date(m["date"]), paragraphs[:i] + paragraphs[i + 1 :]
    return None, paragraphs


def extract_dateline_paragraph(paragraphs: Paragraphs) -> tuple[Dateline | None, Paragraphs]:
    """The dateline opening the first paragraph, cut off it."""
    if not paragraphs:
        return None, paragraphs
    found = extract_dateline(paragraphs[0])
    if found is None:
        return None, paragraphs
    # A dateline on a line of its own leaves nothing of its paragraph.
    rest = [found.rest] if found.rest else []
    return found.dateline, rest + paragraphs[1:]


def extract_lead_date(paragraphs: Paragraphs) -> tuple[dt.date | None, Paragraphs]:
    """A full date opening the first paragraph: `February 24, 2022 – The ministry ...`."""
    if not paragraphs:
        return None, paragraphs
    m = P.DATE_LEAD_RE.match(paragraphs[0])
    if m is None:
        return None, paragraphs
    return parse_date(m["date"]), [paragraphs[0][m.end() :], *paragraphs[1:]]


def _first_date(dateline: Dateline | None, *dates: dt.date | None) -> dt.date | None:
    if dateline is not None and (day := dateline_date(dateline)):
        return day
    return next((d for d in dates if d is not None), None)


# -- lines picked out of the body ------------------------------------------------


def strip_signoff(paragraphs: Paragraphs) -> Paragraphs:
    """Drop the closing `Reuter` / `###` / `-30-` lines."""
    end = len(paragraphs)
    while end and P.SIGNOFF_RE.match(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def extract_subheadings(paragraphs: Paragraphs) -> tuple[list[str], Paragraphs]:
    """Short Title Case lines between body paragraphs; the first paragraph never is one."""
    subheadings: list[str] = []
    body: Paragraphs = []
    last = len(paragraphs) - 1
    for i, paragraph in enumerate(paragraphs):
        if 0 < i < last and is_subheading(paragraph):
            subheadings.append(paragraph)
        else:
            body.append(paragraph)
    return subheadings, body


def is_subheading(line: str) -> bool:
    """Headline-shaped: few words, no closing punctuation, not a quote, Title Case."""
    words = line.split()
    if not P.SUBHEADING_MIN_WORDS <= len(words) <= P.SUBHEADING_MAX_WORDS:
        return False
    if line[0] in P.QUOTE_OPENERS or P.SUBHEADING_END_RE.search(line):
        return False
    return _title_case(line)


def _title_case(line: str) -> bool:
    significant = [
        w for w in P.WORD_RE.findall(line) if w[0].isalpha() and w.lower() not in P.MINOR_WORDS
    ]
    return len(significant) >= 2 and all(w[0].isupper() for w in significant)


# -- quotes ----------------------------------------------------------------------


def run_quote_extraction(
    body: Paragraphs, headline: str | None, others: Sequence[str] = ()
) -> tuple[list[Speaker], list[Quote]]:
    """Speakers and quotes from `importers.quotes`, imported on first use; `others` are
    the page's lines outside the body, read for names only."""
    try:
        from importers.quotes import extract_quotes
    except ImportError as exc:
        if exc.name != "importers.quotes":
            raise
        raise ImportError(
            "importers.quotes is not installed, so quotes cannot be extracted; "
            "call parse_text(..., quotes=False) to parse the structure only"
        ) from exc
    return extract_quotes(body, headline, others)


def run_head_quote_extraction(doc: Document, issuer: str | None = None) -> None:
    """The quotations of the document's headline and subheadlines, each given a speaker
    only where sure (`importers.head_quotes`), first in its quotes."""
    from importers.head_quotes import add_head_quotes

    add_head_quotes(doc, issuer)
