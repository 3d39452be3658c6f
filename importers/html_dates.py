"""The publication day of an HTML page, from the strongest evidence on it.

Each `date_from_*` rule reads one kind of signal and returns a day or None: JSON-LD
`datePublished`, publication-date meta tags (known names, then any name that says it
holds one), `<time>` marked as the publication, the page address (`/2020/03/15/`),
the date written nearest the headline, `<time>`/`data-date` attributes that agree,
the address of the lead image, and htmldate's own reading of the page. Every signal
votes for its day with the weight of how often that kind of signal was right on
pages of other sites (`WEIGHTS`, measured by `press evaluate`, which also re-fits them
leaving each site out in turn to show how they hold on sites never seen); the day
with the most weight wins, and the document's origin says which signal won and what
it outweighed. Modification dates never vote for the publication: they give
`updated`, and only a page that declares nothing but its last update is filed under
that day (the origin says so). A day after tomorrow, or before the web held news
pages, is never taken; a date without a day (a year, a month) is not a publication day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pytz import country_timezones

from importers import html_selectors as S
from importers.dateline import parse_date
from importers.html_page import Page

Rule = Callable[[Page], dt.date | None]
# Score features beside the signals' own names.
AGREEMENT, ONLY_DAY, BIAS = "+agreement", "+only_day", "+bias"
# The signal asked last, and only when it could change the choice.
SECOND_OPINION = "htmldate"
ONE_DAY = dt.timedelta(days=1)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")
# No news page was published before this (htmldate's own lower bound).
EARLIEST = dt.date(1995, 1, 1)
# A shown date inside one of these belongs to a teaser of another page, not the page's
# byline (lists of related articles, navigation, asides); so does one inside a link to
# another page (a link with no address, or to a place on the page, is the page's own).
TEASER_TAGS = frozenset({"li", "nav", "aside"})


@dataclass(frozen=True)
class Evidence:
    """One signal's day: `source` names the rule that read it."""

    source: str
    day: dt.date


@dataclass
class DateChoice:
    """The page's publication day, its last update, and how the day was chosen."""

    published: dt.date | None = None
    updated: dt.date | None = None
    source: str | None = None
    reason: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


def extract_published(page: Page) -> dt.date | None:
    """The publication day; never guessed."""
    return extract_dates(page).published


def extract_dates(
    page: Page, weights: Mapping[str, float] | None = None, fetched: dt.date | None = None
) -> DateChoice:
    """Publication and update days from every signal on the page.

    htmldate, the slowest reader, is asked only when its vote could change the choice
    (the result is the same as always asking it). `fetched`, the day the page was
    fetched when known, bounds the update (else tomorrow does)."""
    weights = WEIGHTS if weights is None else weights
    updated = extract_updated(page)
    evidence = collect_evidence(page, skip=(SECOND_OPINION,))
    if _could_change(evidence, weights):
        evidence += second_opinion(page, updated)
    choice = choose_date(evidence, weights)
    if choice.published is not None:
        choice.published = _local_day(choice.published, page)
    elif updated is not None:
        # A page that gives only its last update is filed under that day, the one date
        # a reader of the page sees: left undated it would drop out of every date
        # filter. The origin says it is the update, and `updated` keeps it too.
        choice.published = choice.updated = updated
        choice.source = "modified"
        choice.reason = f"from {LABELS['modified']}; the page gives no publication date"
        return choice
    # The update the page shows by its headline counts as well as the one it declares:
    # a reader sees it, and a page often shows one it never declares.
    # Only a date of the page's own byline, nearest the headline, and none later than
    # the page could have been seen: an "Updated" date in a list of other articles, or
    # a year to come (a typo, an event), is not this page's update.
    limit = (fetched or dt.date.today()) + ONE_DAY
    shown = next((d for d in _own_shown_updates(page) if d <= limit), None)
    latest = max([d for d in (updated, shown) if d is not None and d <= limit], default=None)
    if latest is not None and (choice.published is None or latest > choice.published):
        choice.updated = latest
    return choice


def collect_evidence(page: Page, skip: tuple[str, ...] = ()) -> list[Evidence]:
    """The day each signal reads, in the order of `DATE_RULES`, then htmldate's."""
    found: list[Evidence] = []
    for rule in DATE_RULES:
        name = source_name(rule)
        if name in skip or FALLBACK_FOR.get(name) in {e.source for e in found}:
            continue
        day = rule(page)
        if day is not None and EARLIEST <= day:
            found.append(Evidence(name, day))
    if SECOND_OPINION not in skip:
        found += second_opinion(page, extract_updated(page))
    return found


def second_opinion(page: Page, modified: dt.date | None) -> list[Evidence]:
    """htmldate's vote, read last; none when it is only the modification date, which
    htmldate falls back on and which never gives the publication."""
    day = date_from_htmldate(page)
    # htmldate reads a stamp's day as written, which for a UTC stamp may be the day
    # before or after the local one `modified` holds.
    as_written = {parse_date_value(v) for v in _update_values(page)}
    if day is None or day < EARLIEST or day == modified or day in as_written:
        return []
    return [Evidence(SECOND_OPINION, day)]


def _could_change(evidence: list[Evidence], weights: Mapping[str, float]) -> bool:
    """Whether one more vote from htmldate could make another day win: not when the
    leading day, even stripped of its only-day bonus, outscores any day htmldate
    could back, by itself or joining one of the others."""
    backers: dict[dt.date, list[str]] = {}
    for e in evidence:
        backers.setdefault(e.day, []).append(e.source)
    if not backers:
        return True
    extra = weights.get(SECOND_OPINION, 0.0) + abs(weights.get(AGREEMENT, 0.0)) / 3
    scores = sorted((_score(srcs, False, weights) for srcs in backers.values()), reverse=True)
    lead = scores[0] - abs(weights.get(ONLY_DAY, 0.0)) * (len(backers) == 1)
    rival = max(scores[1] if len(scores) > 1 else 0.0, 0.0) + extra
    return rival >= lead


def choose_date(
    evidence: Iterable[Evidence], weights: Mapping[str, float] | None = None
) -> DateChoice:
    """The day with the highest score; at equal score, the day of the signal read
    first. The reason names the winning signals and the days they outweighed."""
    weights = WEIGHTS if weights is None else weights
    evidence = list(evidence)
    backers: dict[dt.date, list[str]] = {}
    for e in evidence:
        backers.setdefault(e.day, []).append(e.source)
    if not backers:
        return DateChoice(evidence=evidence)
    single = len(backers) == 1
    score = {day: _score(srcs, single, weights) for day, srcs in backers.items()}
    best = max(backers, key=lambda day: score[day])  # dicts keep the reading order
    reason = "from " + ", ".join(LABELS.get(b, b) for b in backers[best])
    others = sorted(set(backers) - {best}, key=lambda d: -score[d])
    if others:
        overruled = "; ".join(
            f"{d.isoformat()} ({', '.join(LABELS.get(b, b) for b in backers[d])})" for d in others
        )
        reason += f"; outweighed {overruled}"
    return DateChoice(published=best, source=backers[best][0], reason=reason, evidence=evidence)


def _features(sources: list[str], single: bool) -> dict[str, float]:
    """What a candidate day's score is made of: the signals behind it, how many agree,
    and whether it is the page's only day."""
    feats = dict.fromkeys(sources, 1.0)
    feats[AGREEMENT] = len(sources) / 3
    feats[ONLY_DAY] = 1.0 if single else 0.0
    return feats


def _score(sources: list[str], single: bool, weights: Mapping[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in _features(sources, single).items())


def fit_weights(
    pages: Iterable[tuple[list[Evidence], dt.date, float]], *, rounds: int = 300
) -> dict[str, float]:
    """Weights of a logistic model of "this candidate day is the publication day",
    fitted on pages with a known day (each page with a weight, so that sets of
    different sizes count alike), lightly regularised."""
    rows: list[tuple[dict[str, float], float, float]] = []
    for evidence, gold, weight in pages:
        backers: dict[dt.date, list[str]] = {}
        for e in evidence:
            backers.setdefault(e.day, []).append(e.source)
        for day, srcs in backers.items():
            rows.append((_features(srcs, len(backers) == 1), float(day == gold), weight))
    if not rows:
        return {}
    mean = sum(w for _, _, w in rows) / len(rows)
    names = sorted({k for feats, _, _ in rows for k in feats}) + [BIAS]
    w = dict.fromkeys(names, 0.0)
    for _ in range(rounds):
        grad = dict.fromkeys(names, 0.0)
        for feats, y, weight in rows:
            z = w[BIAS] + sum(w[k] * v for k, v in feats.items())
            err = (1 / (1 + math.exp(-z)) - y) * weight / mean
            grad[BIAS] += err
            for k, v in feats.items():
                grad[k] += err * v
        for k in names:
            w[k] -= 2.0 * (grad[k] + 0.1 * w[k]) / len(rows)
    return {k: round(v, 2) for k, v in sorted(w.items()) if k != BIAS}


def extract_updated(page: Page) -> dt.date | None:
    """The latest modification day the page declares (JSON-LD, meta tags), read in the
    page's time zone as its publication day is (`stamp_day`), so that the two days of
    one page are on the same calendar."""
    if "updated" in page.cache:
        cached: dt.date | None = page.cache["updated"]
        return cached
    days = [d for v in _update_values(page) if (d := stamp_day(v, page)) and d >= EARLIEST]
    page.cache["updated"] = found = max(days) if days else None
    return found


def _update_values(page: Page) -> list[str]:
    values = [v for v in page.jsonld("dateModified") if isinstance(v, str)]
    return values + [page.meta[k] for k in S.MODIFIED_META if page.meta.get(k)]


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
            day = stamp_day(str(value), page)
            if day:
                return day
    return None


def date_from_meta(page: Page) -> dt.date | None:
    """article:published_time, parsely-pub-date, dc.date and kin, most specific first."""
    for key in S.DATE_META:
        value = page.meta.get(key)
        if value and (day := stamp_day(value, page)):
            return day
    return None


def date_from_other_meta(page: Page) -> dt.date | None:
    """Site-specific meta names that still say they hold the publication date."""
    # A key naming a date is preferred to one naming a time (often a crawl time).
    keys = [k for k in page.meta if S.PUBLISHED_KEY_RE.search(k)]
    keys.sort(key=lambda k: "date" not in k)
    for key in keys:
        day = stamp_day(page.meta[key], page)
        if day:
            return day
    return None


def date_from_time(page: Page) -> dt.date | None:
    """A <time datetime> or itemprop=datePublished element marked as the publication."""
    for el in (*S.ITEMPROP_DATE(page.tree), *S.TIME_PUBLISHED(page.tree)):
        day = stamp_day(el.get("datetime") or el.get("content") or "", page)
        if day:
            return day
    return None


def date_from_url(page: Page) -> dt.date | None:
    """`/2020/03/15/` in the page's address."""
    return date_in_url(page.url)


def date_from_shown_text(page: Page) -> dt.date | None:
    """The date written out nearest the headline: pages show theirs just above or
    below it, while dates further away belong to lists of other articles."""
    return next((day for day, update in _shown_dates(page) if not update), None)


def date_from_shown_published(page: Page) -> dt.date | None:
    """The date nearest the headline that the page labels as its publication
    (`Published March 5, 2020`, `Posted on …`): a label says which of a page's shown
    dates is the publication, where an unlabelled one may be an event's or a review's."""
    _shown_dates(page)
    days: list[dt.date] = page.cache["shown_published"]
    return days[0] if days else None


def date_from_shown_update(page: Page) -> dt.date | None:
    """The date nearest the headline that the page labels as its last update."""
    return next((day for day, update in _shown_dates(page) if update), None)


def _shown_dates(page: Page) -> list[tuple[dt.date, bool]]:
    """Days written out near the headline, nearest first (below before above at equal
    distance), each with whether its text, or the short label before it, says it is an
    update. Read once per page."""
    cached: list[tuple[dt.date, bool]] | None = page.cache.get("shown_dates")
    if cached is not None:
        return cached
    texts = S.BODY_TEXT(page.tree)
    start = _headline_position(texts)
    month_first = _month_first(page)
    order = sorted(
        range(max(0, start - S.DATE_TEXT_WINDOW), min(len(texts), start + S.DATE_TEXT_WINDOW)),
        key=lambda i: (abs(i - start), i < start),
    )
    found = []
    own_updates = []
    published = []
    article = _article_of(texts[start]) if texts else None
    for i in order:
        text = texts[i]
        # Every date form read here has a four-digit year: most text nodes have none.
        if len(text) > S.DATE_TEXT_MAX_CHARS or not _YEAR.search(text):
            continue
        # a `<time>` whose `datetime` is one of the shown date's two readings says the
        # order, whatever the page's language ("03/01/2017" on an en-GB page, March 1)
        day = _read_by_time_element(text) or parse_shown_date(text, month_first)
        if day is None:
            continue
        # A label is words alone ("Updated:"); a text with digits is a date of its own.
        before = texts[i - 1] if i else ""
        label = (
            before if len(before) <= S.DATE_LABEL_MAX_CHARS and not _DIGIT.search(before) else ""
        )
        update = bool(S.UPDATED_RE.search(text) or S.UPDATED_RE.search(label))
        found.append((day, update))
        if update and _in_byline(text, article):
            own_updates.append(day)
        elif not update and (S.PUBLISHED_RE.search(text) or S.PUBLISHED_RE.search(label)):
            published.append(day)
    page.cache["shown_dates"] = found
    page.cache["own_shown_updates"] = own_updates
    page.cache["shown_published"] = published
    return found


def _read_by_time_element(text: Any) -> dt.date | None:
    """A numeric date that reads two ways (`03/01/2017`) shown inside a `<time>` whose
    `datetime` gives one of the two days: the element says which order the page writes."""
    el = _element_of(text)
    stamp = el.get("datetime") if el is not None and el.tag == "time" else None
    day = parse_date_value(stamp) if stamp else None
    if day is None or day not in (parse_shown_date(text, True), parse_shown_date(text, False)):
        return None
    return day


def _own_shown_updates(page: Page) -> list[dt.date]:
    """The update days shown near the headline, nearest first, leaving out those in a
    list item, a link, a navigation block or another article (teasers of other pages)."""
    _shown_dates(page)
    days: list[dt.date] = page.cache["own_shown_updates"]
    return days


def _element_of(text: Any) -> Any:
    parent = text.getparent()
    return parent.getparent() if getattr(text, "is_tail", False) and parent is not None else parent


def _links_away(link: Any) -> bool:
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#")


def _article_of(text: Any) -> Any:
    el = _element_of(text)
    if el is None or el.tag == "article":
        return el
    return next(el.iterancestors("article"), None)


def _in_byline(text: Any, article: Any) -> bool:
    """Whether a shown date stands by itself on the page, not in a list, link or
    navigation block, nor in an `<article>` other than the headline's."""
    el = _element_of(text)
    if el is None:
        return False
    chain = [el, *el.iterancestors()]
    if any(e.tag in TEASER_TAGS or (e.tag == "a" and _links_away(e)) for e in chain):
        return False
    own = next((e for e in chain if e.tag == "article"), None)
    return own is None or article is None or own is article


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


def date_from_htmldate(page: Page) -> dt.date | None:
    """htmldate's reading of the page (its fast mode: header, markup, then patterns)."""
    from htmldate import find_date

    # Without the address: the page address is a signal of its own (`date_from_url`).
    found = find_date(
        page.tree,
        url=None,
        original_date=True,
        extensive_search=False,
        min_date=EARLIEST.isoformat(),
    )
    return dt.date.fromisoformat(found) if found else None


DATE_RULES: tuple[Rule, ...] = (
    date_from_jsonld,
    date_from_meta,
    date_from_other_meta,
    date_from_time,
    date_from_url,
    date_from_shown_text,
    date_from_shown_published,
    date_from_shown_update,
    date_from_attributes,
    date_from_image_url,
)


# A signal read only when the one it stands in for found nothing: the same kind of
# evidence read more loosely, which must not vote twice.
FALLBACK_FOR = {"other_meta": "meta", "attributes": "time"}


def source_name(rule: Rule) -> str:
    return rule.__name__.removeprefix("date_from_")


LABELS = {
    "jsonld": "structured data (JSON-LD)",
    "meta": "publication meta tag",
    "other_meta": "other publication meta tag",
    "time": "<time> marked as the publication",
    "url": "the page address",
    "shown_text": "the date shown by the headline",
    "shown_published": "the date shown as the publication",
    "shown_update": "the update date shown by the headline",
    "attributes": "date attributes of the page",
    "image_url": "the lead image's address",
    "htmldate": "htmldate",
    "modified": "the last update the page declares",
}
# The score of a candidate day, fitted by `fit_weights` on the shared news-date and
# WCXB pages (`press evaluate dates` prints the fit and the accuracy it gives on sites
# left out of it). A signal's weight is what it adds beside the others it agrees with.
WEIGHTS: dict[str, float] = {
    "+agreement": 2.2,
    "+only_day": 2.2,
    "attributes": 1.01,
    "htmldate": 0.57,
    "image_url": 0.13,
    "jsonld": 1.21,
    "meta": 0.85,
    "other_meta": 0.18,
    "shown_published": 0.16,
    "shown_text": 1.27,
    "shown_update": 0.36,
    "time": 0.01,
    "url": 1.03,
}


# -- parsing -------------------------------------------------------------------------


def date_in_url(url: str | None) -> dt.date | None:
    m = S.URL_DATE_RE.search(url or "")
    if m is None:
        return _named_month_in_url(url or "")
    y, mo, d = (g for g in m.groups() if g is not None)
    return make_day(int(y), int(mo), int(d))


def _named_month_in_url(url: str) -> dt.date | None:
    """`/2023/oct/03/`: an English month name or its first three letters. The day is a
    whole segment of the path, a slash or the path's end after it: `/2021/mar/20-things-
    to-do` is a slug that opens with a number, and a word of three letters may be no
    month at all."""
    path = urlsplit(url).path
    m = next(
        (f for f in S.URL_NAMED_MONTH_DATE_RE.finditer(path) if path[f.end() : f.end() + 1] in "/"),
        None,
    )
    if m is None:
        return None
    word = m[2].lower()
    month = next(
        (i for i, name in enumerate(S.ENGLISH_MONTHS, 1) if word in (name, name[:3])), None
    )
    return make_day(int(m[1]), month, int(m[3])) if month else None


def stamp_day(value: str, page: Page) -> dt.date | None:
    """The day of a machine-written date as the page's readers saw it: a timestamp
    written in UTC is moved into the page's time zone when the page says where it is
    (the region of its language, else its country's domain); anything else is read
    as written."""
    m = S.UTC_STAMP_RE.match(value)
    zone = page_zone(page) if m else None
    if m is None or zone is None:
        return parse_date_value(value)
    try:
        y, mo, d, h, mi = (int(g) for g in m.groups())
        when = dt.datetime(y, mo, d, h, mi, tzinfo=dt.UTC)
    except ValueError:
        return parse_date_value(value)
    local = when.astimezone(zone).date()
    return local if EARLIEST <= local <= dt.date.today() + ONE_DAY else None


def page_zone(page: Page) -> dt.tzinfo | None:
    """The time zone of the page's country: the region of `<html lang>` (`fr-CA`),
    else a country-code domain (`.it`); a country spanning several zones gets the
    first tz database lists for it. None when the page does not say."""
    if "zone" in page.cache:
        zone: dt.tzinfo | None = page.cache["zone"]
        return zone
    langs = S.HTML_LANG(page.tree)
    parts = (langs[0] if langs else "").strip().replace("_", "-").split("-")
    country = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""
    if not country:
        host = urlsplit(page.url or "").hostname or ""
        suffix = host.rsplit(".", 1)[-1]
        if len(suffix) == 2 and suffix not in S.GENERIC_COUNTRY_DOMAINS:
            country = S.DOMAIN_COUNTRIES.get(suffix, suffix)
    zone = None
    names = country_timezones.get(country.upper()) if country else None
    if names:
        try:
            zone = ZoneInfo(names[0])
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    page.cache["zone"] = zone
    return zone


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
        if a == b:  # the same day read either way (12.12.2025)
            return make_day(year, a, a)
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


def _headline_position(texts: list[Any]) -> int:
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
