"""Russian agency copy → `Document`: datelines, dates, photo credits, quotes.

Russian copy has the same shape as English wire copy (headline, dateline, paragraphs,
credits) but its own forms: `МОСКВА, 25 фев — РИА Новости.`, `ВАШИНГТОН, 3 марта.
/ТАСС/.`, `ОТТАВА (Sputnik) -`, dates written `25 февраля 2023 года`. `parse_russian`
takes the structure with the plain-text importer's helpers and the Russian forms with
the rules here; quotes and speakers come from `russian_quotes`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from importers import places
from importers import russian_patterns as R
from importers import text_patterns as P
from importers.language import detect_language
from importers.russian_quotes import extract_quotes_ru
from importers.text import extract_photos, split_paragraphs, strip_signoff
from importers.titles import derived_title
from search.model import Dateline, Document, Origin, Quote, Speaker

Paragraphs = list[str]
# Only the opening is looked at to decide the language: datelines and headlines are there.
SNIFF_CHARS = 600
# Share of letters that must be Cyrillic before the language model is asked at all, so
# English copy pays one regular-expression scan.
MIN_CYRILLIC_SHARE = 0.3
RUSSIAN = frozenset({"ru"})
RUSSIAN_LETTERS_RE = re.compile(r"[ыэъЫЭЪ]")
OTHER_CYRILLIC_RE = re.compile(r"[іїєґўІЇЄҐЎ]")
# How far down the text a full date is looked for, to give the dateline's day a year.
YEAR_SEARCH_CHARS = 3000


class DatelineMatch(NamedTuple):
    dateline: Dateline
    rest: str


def is_russian(text: str) -> bool:
    """The text is Russian: mostly Cyrillic letters and the language model agrees."""
    sample = text[:SNIFF_CHARS]
    cyrillic = len(R.CYRILLIC_RE.findall(sample))
    if cyrillic < 12:
        return False
    letters = sum(c.isalpha() for c in sample)
    if cyrillic < MIN_CYRILLIC_SHARE * letters:
        return False
    if detect_language(sample) in RUSSIAN:
        return True
    # Short or name-heavy items can read as another Cyrillic language to the model;
    # letters only Russian uses, and none only Ukrainian or Belarusian uses, settle it.
    return bool(RUSSIAN_LETTERS_RE.search(sample)) and not OTHER_CYRILLIC_RE.search(sample)


def parse_russian(
    text: str,
    *,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    origin: Origin | None = None,
    quotes: bool = True,
) -> Document:
    """Parse Russian agency copy the way `importers.text.parse_text` parses English.

    The dateline's day and month become `published` only when a year is known: from
    `published` itself (which then wins anyway) or from a full date in the text.
    """
    paragraphs = split_paragraphs(text)
    headline, paragraphs = extract_headline_ru(paragraphs)
    photos, paragraphs = extract_photos(paragraphs)
    date_line, paragraphs = extract_date_line_ru(paragraphs)
    dateline, paragraphs = extract_dateline_paragraph_ru(paragraphs)
    body = strip_signoff(paragraphs)

    speakers: list[Speaker] = []
    found_quotes: list[Quote] = []
    if quotes:
        speakers, found_quotes = extract_quotes_ru(body, headline)
    doc = Document(
        headline=headline,
        dateline=dateline,
        source=source or (dateline.agency if dateline else None),
        published=published or date_line or dateline_day(dateline, text) or lead_date(body),
        language=detect_language("\n".join([headline or "", *body])),
        body=body,
        photos=photos,
        speakers=speakers,
        quotes=found_quotes,
        url=url,
        origin=origin,
    )
    doc.title = derived_title(doc)
    return doc


# -- headline and date line ---------------------------------------------------------


def extract_headline_ru(paragraphs: Paragraphs) -> tuple[str | None, Paragraphs]:
    """The first paragraph when it is short and is not a dateline, date or credit."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0]
    if len(first) > P.HEADLINE_MAX_CHARS or len(first.split()) > P.HEADLINE_MAX_WORDS:
        return None, paragraphs
    if extract_dateline_ru(first) is not None or R.DATE_LINE_RE.fullmatch(first):
        return None, paragraphs
    if extract_photos([first])[0]:
        return None, paragraphs
    return first, paragraphs[1:]


def extract_date_line_ru(paragraphs: Paragraphs) -> tuple[dt.date | None, Paragraphs]:
    """A paragraph near the top that is only a full date: `25 февраля 2023, 14:35`."""
    for i, paragraph in enumerate(paragraphs[:3]):
        m = R.DATE_LINE_RE.fullmatch(paragraph)
        if m:
            return parse_date_ru(m["date"]), paragraphs[:i] + paragraphs[i + 1 :]
    return None, paragraphs


# -- datelines -----------------------------------------------------------------------


def extract_dateline_paragraph_ru(paragraphs: Paragraphs) -> tuple[Dateline | None, Paragraphs]:
    """The dateline opening the first paragraph, cut off it."""
    # A lead paragraph (the item's summary) may stand between headline and dateline.
    for i, paragraph in enumerate(paragraphs[:2]):
        found = extract_dateline_ru(paragraph)
        if found is not None:
            rest = [found.rest] if found.rest else []
            return found.dateline, paragraphs[:i] + rest + paragraphs[i + 1 :]
    return None, paragraphs


def extract_dateline_ru(paragraph: str) -> DatelineMatch | None:
    """The dateline opening `paragraph` and the text after it, or None."""
    m = R.DATELINE_RE.match(paragraph) or R.INTERFAX_RE.match(paragraph)
    if m is None:
        return None
    groups = m.groupdict()
    agency = _agency(groups.get("paren") or groups.get("slash") or groups.get("dash"))
    if agency is None:
        return None
    place = " ".join(m["place"].split())
    where = places.resolve(place)
    canonical = where.canonical if where.known else _name_case(place)
    date = " ".join(m["date"].split()).rstrip(".") if m["date"] else None
    dateline = Dateline(
        place=place,
        agency=agency,
        raw=paragraph[: m.end()].strip(),
        date=date,
        canonical=canonical,
        canonical_region=where.region,
    )
    return DatelineMatch(dateline, paragraph[m.end() :].strip())


def _agency(text: str | None) -> str | None:
    """The agency a dateline credits: `Корр. ТАСС Иван Петров` → `ТАСС`."""
    if not text:
        return None
    text = " ".join(text.split()).strip(" .,")
    text = R.CORRESPONDENT_RE.sub("", text)
    if not text:
        return None
    words = text.split()
    # The agency's own name ends where a correspondent's name begins.
    for end in range(len(words), 0, -1):
        # "РИА Новости Крым" is an agency of its own; "ТАСС Иван Петров" is a correspondent.
        if " ".join(words[:end]).casefold() in R.AGENCY_KEYS and len(words) - end != 1:
            return " ".join(words[:end])
    # An unknown agency is a few words; a longer parenthesis is an aside, not a credit.
    return text if len(words) <= 4 and not text[0].islower() else None


def _name_case(place: str) -> str:
    """`ДАВОС` → `Давос`, `НИЖНЕ-ИЛИМСК` → `Нижне-Илимск`: one casing for unknown places."""
    return places.title_case(place)


# -- dates ---------------------------------------------------------------------------


def month_number(word: str) -> int | None:
    """`февраля`, `фев`, `фев.` → 2."""
    word = word.lower().rstrip(".")
    for length in range(len(word), 1, -1):
        number = R.MONTHS.get(word[:length])
        if number is not None:
            return number
    return None


def parse_date_ru(text: str, year: int | None = None) -> dt.date | None:
    """`25 февраля 2023 года` or `25.02.2023` → date; a day and month need `year`."""
    m = R.DATE_PARTS_RE.search(text)
    if m is None:
        return None
    if m["nd"]:
        return _make_date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
    month = month_number(m["m"])
    found_year = int(m["y"]) if m["y"] else year
    if month is None or found_year is None:
        return None
    return _make_date(found_year, month, int(m["d"]))


def dateline_day(dateline: Dateline | None, text: str) -> dt.date | None:
    """The dateline's day in the year of a full date written in the text, if any."""
    if dateline is None or not dateline.date:
        return None
    day = parse_date_ru(dateline.date)
    if day is not None:
        return day
    for m in R.DATE_PARTS_RE.finditer(text[:YEAR_SEARCH_CHARS]):
        year = m["y"] or m["ny"]
        if year:
            return parse_date_ru(dateline.date, int(year))
    return None


def lead_date(body: Paragraphs) -> dt.date | None:
    """A full date opening the text, as press services write: `15 марта 2023 года в МИД …`."""
    if not body:
        return None
    m = R.DATE_PARTS_RE.match(body[0].lstrip())
    if m is None or not (m["y"] or m["ny"]):
        return None
    return parse_date_ru(m[0])


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
