"""The publication day of an HTML page: a fallback chain, structured data first.

Each `date_from_*` rule returns a day or None and the first day found wins: JSON-LD
`datePublished`, publication-date meta tags (known names, then any name that says it
holds one), `<time>` marked as the publication, the page address (`/2020/03/15/`),
the date written nearest the headline, `<time>`/`data-date` attributes that agree,
and last the address of the lead image. Modification dates are never read, a shown
"Updated …" date only when it is the only one, and a date without a day (a year, a
month) is not a publication day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from importers import html_selectors as S
from importers.dateline import parse_date
from importers.html_page import Page

Rule = Callable[[Page], dt.date | None]
ONE_DAY = dt.timedelta(days=1)


def extract_published(page: Page) -> dt.date | None:
    """The publication day, from the first rule that finds one; never guessed."""
    for rule in DATE_RULES:
        day = rule(page)
        if day is not None:
            return _local_day(day, page)
    return None


def _local_day(day: dt.date, page: Page) -> dt.date:
    """A timestamp written in UTC in the small hours is the previous evening in the
    Americas; the address the site gave the page (`/2020/03/15/`) carries its own
    calendar day, so it wins then."""
    in_url = date_in_url(page.url)
    if in_url is None or day - in_url != ONE_DAY:
        return day
    stamp = next((v for v in _structured_values(page) if parse_date_value(v) == day), "")
    m = S.UTC_TIME_RE.search(stamp)
    return in_url if m and int(m[1]) < S.UTC_EARLY_HOURS else day


def _structured_values(page: Page) -> list[str]:
    values = [v for v in page.jsonld("datePublished") if isinstance(v, str)]
    return values + [page.meta[k] for k in S.DATE_META if page.meta.get(k)]


def date_from_jsonld(page: Page) -> dt.date | None:
    """`datePublished` (or `dateCreated`) of the article, then of the page."""
    for key in ("datePublished", "dateCreated"):
        for value in page.jsonld(key):
            if isinstance(value, list) and value:
                value = value[0]
            day = parse_date_value(str(value))
            if day:
                return day
    return None


def date_from_meta(page: Page) -> dt.date | None:
    """article:published_time, parsely-pub-date, dc.date and kin, most specific first."""
    for key in S.DATE_META:
        value = page.meta.get(key)
        if value and (day := parse_date_value(value)):
            return day
    return None


def date_from_other_meta(page: Page) -> dt.date | None:
    """Site-specific meta names that still say they hold the publication date."""
    # A key naming a date is preferred to one naming a time (often a crawl time).
    keys = [k for k in page.meta if S.PUBLISHED_KEY_RE.search(k)]
    keys.sort(key=lambda k: "date" not in k)
    for key in keys:
        day = parse_date_value(page.meta[key])
        if day:
            return day
    return None


def date_from_time(page: Page) -> dt.date | None:
    """A <time datetime> or itemprop=datePublished element marked as the publication."""
    for el in (*S.ITEMPROP_DATE(page.tree), *S.TIME_PUBLISHED(page.tree)):
        day = parse_date_value(el.get("datetime") or el.get("content") or "")
        if day:
            return day
    return None


def date_from_url(page: Page) -> dt.date | None:
    """`/2020/03/15/` in the page's address."""
    return date_in_url(page.url)


def date_from_shown_text(page: Page) -> dt.date | None:
    """The date written out nearest the headline: pages show theirs just above or
    below it, while dates further away belong to lists of other articles."""
    texts = S.BODY_TEXT(page.tree)
    start = _headline_position(texts)
    month_first = _month_first(page)
    # Nearest first; at equal distance, below the headline before above it.
    order = sorted(
        range(max(0, start - S.DATE_TEXT_WINDOW), min(len(texts), start + S.DATE_TEXT_WINDOW)),
        key=lambda i: (abs(i - start), i < start),
    )
    candidates = [texts[i] for i in order if len(texts[i]) <= S.DATE_TEXT_MAX_CHARS]
    # An update date is not the publication date, but is the one to use when it is
    # the only date the page shows.
    for text in sorted(candidates, key=lambda t: bool(S.UPDATED_RE.search(t))):
        day = parse_shown_date(text, month_first)
        if day:
            return day
    return None


def date_from_attributes(page: Page) -> dt.date | None:
    """<time datetime>, `data-date` and `<abbr title>` dates, when they agree on one day."""
    days = set()
    for el in (*S.TIME_ANY(page.tree)[:5], *S.DATE_ATTRIBUTE(page.tree)[:5]):
        for attr in ("datetime", *S.DATE_ATTRIBUTES):
            value = el.get(attr)
            if value and (day := parse_date_value(value)):
                days.add(day)
                break
    return days.pop() if len(days) == 1 else None


def date_from_image_url(page: Page) -> dt.date | None:
    """The lead image's address (`/uploads/2020/03/15/`): uploaded on publication day."""
    return date_in_url(page.first_meta(("og:image", "twitter:image")))


DATE_RULES: tuple[Rule, ...] = (
    date_from_jsonld,
    date_from_meta,
    date_from_other_meta,
    date_from_time,
    date_from_url,
    date_from_shown_text,
    date_from_attributes,
    date_from_image_url,
)


# -- parsing -------------------------------------------------------------------------


def date_in_url(url: str | None) -> dt.date | None:
    m = S.URL_DATE_RE.search(url or "")
    if m is None:
        return None
    y, mo, d = (g for g in m.groups() if g is not None)
    return make_day(int(y), int(mo), int(d))


def parse_date_value(value: str) -> dt.date | None:
    """A machine-written date: ISO 8601, `YYYYMMDD`, `15.03.2020`, epoch or prose.

    The day is taken as written, before any time-zone offset, as the page shows it.
    """
    m = S.ISO_DATE_RE.match(value)
    if m:
        return make_day(int(m[1]), int(m[2]), int(m[3]))
    m = S.DMY_DATE_RE.match(value)
    if m:
        return make_day(int(m[3]), int(m[2]), int(m[1]))
    m = S.EPOCH_RE.match(value)
    if m:
        return dt.datetime.fromtimestamp(int(m[1]), tz=dt.UTC).date()
    # Prose and numeric forms (`Thu, 09/25/2025 - 11:38`), read as shown text is.
    return parse_shown_date(value, None) if len(value) < 60 else None


def parse_shown_date(text: str, month_first: bool | None) -> dt.date | None:
    """A full date in visible text: `March 5, 2020`, `2020/03/05`, `05.03.2020`.

    `month_first` says how to read `03/05/2020`; None (unknown) leaves such a date
    unread unless one of the numbers can only be the day.
    """
    m = S.TEXT_YMD_RE.search(text)
    if m:
        return make_day(int(m[1]), int(m[3]), int(m[4]))
    m = S.TEXT_XXY_RE.search(text)
    if m:
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        if a > 12 or (b <= 12 and month_first is False):
            return make_day(year, b, a)
        if b > 12 or (a <= 12 and month_first):
            return make_day(year, a, b)
        return None
    return parse_date(text) or _named_month_date(text)


def _named_month_date(text: str) -> dt.date | None:
    m = S.DAY_MONTH_YEAR_RE.search(text)
    month = S.MONTH_NAMES.get(m[2].lower()) if m else None
    return make_day(int(m[3]), month, int(m[1])) if m and month else None


def _month_first(page: Page) -> bool | None:
    langs = S.HTML_LANG(page.tree)
    lang = (langs[0] if langs else "").strip().lower().replace("_", "-")
    if lang in S.MONTH_FIRST_LANGS:
        return True
    # Unknown, or English without a region: either order is in use.
    return None if not lang or lang == "en" else False


def _headline_position(texts: list) -> int:
    """Index of the first text node inside the first <h1>, else 0."""
    for i, text in enumerate(texts):
        parent = text.getparent()
        if parent is not None and (
            parent.tag == "h1" or next(parent.iterancestors("h1"), None) is not None
        ):
            return i
    return 0


def make_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    # A day after tomorrow is an event or a typo, not when the page was published.
    return found if found <= dt.date.today() + ONE_DAY else None
