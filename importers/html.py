"""HTML article pages → `Document`.

The page is parsed once. Metadata comes from a fallback chain of small `extract_*`
functions, structured data first (JSON-LD, then meta tags), then visible markup
(`<time>`, bylines, `<h1>`), then the URL; each returns its field or None. The main
text comes from trafilatura's extractor, read back as paragraphs and headings, and
then goes through the same press-statement rules as plain agency copy (dateline,
sign-offs, photo credit lines, speakers and quotes). Selectors live in
`html_selectors`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from importers import html_selectors as S
from importers.dateline import parse_date
from importers.photos import extract_photo
from importers.sources import InputError
from importers.text import (
    detect_language,
    extract_dateline_paragraph,
    extract_lead_date,
    extract_photos,
    run_quote_extraction,
    strip_signoff,
)
from search.model import Document, Origin, Photo

JsonObject = dict[str, Any]


@dataclass
class Page:
    """One parsed page and the structured data read off it once."""

    tree: HtmlElement
    url: str | None
    articles: list[JsonObject] = field(default_factory=list)  # JSON-LD article objects
    pages: list[JsonObject] = field(default_factory=list)  # JSON-LD WebPage-like objects
    meta: dict[str, str] = field(default_factory=dict)  # first value of each meta key

    def jsonld(self, key: str) -> Iterator[Any]:
        """Values of `key` in the article objects, then in the page objects."""
        for obj in (*self.articles, *self.pages):
            value = obj.get(key)
            if value:
                yield value


@dataclass
class MainText:
    paragraphs: list[str]
    headings: list[str]


def parse_html(
    data: bytes | str,
    *,
    url: str | None = None,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
    origin: Origin | None = None,
) -> Document:
    """Parse one article page; raises InputError when it holds no article text.

    `source` and `published` override what the page says; `url` is where the page was
    fetched from and is used when the page names no canonical address.
    """
    page = read_page(data, url)
    headline = extract_headline(page)
    main = extract_main_text(page)
    paragraphs = drop_headline(main.paragraphs, headline)
    if not paragraphs:
        raise InputError("no article text found")
    return assemble(page, headline, paragraphs, main.headings, source, published, origin)


def read_page(data: bytes | str, url: str | None) -> Page:
    """The parsed tree with its JSON-LD objects and meta tags."""
    tree = load_html(data) if data else None
    if tree is None:
        raise InputError("no article text found")
    page = Page(tree=tree, url=url, meta=read_meta(tree))
    for obj in read_jsonld(tree):
        kinds = _types(obj)
        if any(k in S.ARTICLE_TYPES for k in kinds):
            page.articles.append(obj)
        elif any(k in S.PAGE_TYPES for k in kinds):
            page.pages.append(obj)
    # Article types in the order of preference, so NewsArticle beats a nested Review.
    page.articles.sort(key=lambda o: min(_type_rank(k) for k in _types(o)))
    drop_code(tree)
    return page


def drop_code(tree: HtmlElement) -> None:
    """Remove scripts and styles once they are read: every later pass over the tree
    (and the extractor's copies of it) is faster without them. JSON-LD stays, as the
    extractor reads it to recognise forum threads."""
    code = [el for el in tree.iter(*S.CODE_TAGS) if not _is_jsonld(el)]
    for el in code:
        el.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_jsonld(el: HtmlElement) -> bool:
    return el.tag == "script" and "json" in (el.get("type") or "")


def assemble(
    page: Page,
    headline: str | None,
    paragraphs: list[str],
    headings: list[str],
    source: str | None,
    published: dt.date | dt.datetime | None,
    origin: Origin | None,
) -> Document:
    """The press-statement fields from the paragraphs, as `parse_text` reads them."""
    photos = extract_figure_photos(page)
    credit_lines, paragraphs = extract_photos(paragraphs)
    photos = merge_photos(photos, credit_lines)
    paragraphs = drop_captions(paragraphs, photos)
    lead_date, paragraphs = extract_lead_date(paragraphs)
    dateline, paragraphs = extract_dateline_paragraph(paragraphs)
    paragraphs = strip_signoff(paragraphs)
    heading_set = set(headings)
    subheadings = [p for p in paragraphs if p in heading_set]
    body = [p for p in paragraphs if p not in heading_set] or paragraphs
    speakers, quotes = run_quote_extraction(body, headline)
    return Document(
        headline=headline,
        subheadings=subheadings,
        dateline=dateline,
        source=source or extract_publisher(page) or (dateline.agency if dateline else None),
        published=published or extract_published(page) or lead_date,
        authors=extract_authors(page),
        language=extract_language(page) or detect_language("\n".join(body)),
        body=body,
        photos=photos,
        speakers=speakers,
        quotes=quotes,
        url=extract_url(page),
        origin=origin,
    )


# -- structured data -------------------------------------------------------------


def read_meta(tree: HtmlElement) -> dict[str, str]:
    """Meta key (property, name or itemprop, lower case) → its first non-empty content."""
    meta: dict[str, str] = {}
    for el in S.META(tree):
        content = _clean(el.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key and key not in meta:
                meta[key] = content
    return meta


def read_jsonld(tree: HtmlElement) -> Iterator[JsonObject]:
    """Every object in the page's JSON-LD blocks, `@graph` members and nested entities."""
    for script in S.JSONLD(tree):
        data = _load_json(script.text or "")
        yield from _objects(data, depth=0)


def _load_json(text: str) -> Any:
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        # Raw newlines and tabs inside strings are common and harmless: retry without.
        try:
            return json.loads(S.CONTROL_CHARS_RE.sub(" ", text.replace("\n", " ")), strict=False)
        except ValueError:
            return None


def _objects(data: Any, depth: int) -> Iterator[JsonObject]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (dict, list)):
                yield from _objects(data[key], depth + 1)


def _types(obj: JsonObject) -> list[str]:
    kinds = obj.get("@type")
    if isinstance(kinds, str):
        return [kinds.rsplit("/", 1)[-1]]
    if isinstance(kinds, list):
        return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]
    return []


def _type_rank(kind: str) -> int:
    return S.ARTICLE_TYPES.index(kind) if kind in S.ARTICLE_TYPES else len(S.ARTICLE_TYPES)


def _name(value: Any) -> str | None:
    """A name from a JSON-LD value: a string, `{"name": …}`, or the first of a list."""
    if isinstance(value, list):
        return next((n for n in map(_name, value) if n), None)
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str):
        return _clean(value)
    return None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [n for n in map(_name, items) if n]


# -- headline ------------------------------------------------------------------------


def extract_headline(page: Page) -> str | None:
    """The page's own headline: a visible <h1> that the metadata confirms, else the
    structured headline, else the <title> without the site name."""
    declared = [t for t in _declared_titles(page) if t]
    for rule in (headline_from_h1, headline_from_jsonld, headline_from_meta, headline_from_title):
        found = rule(page, declared)
        if found:
            return found
    return None


def _declared_titles(page: Page) -> list[str | None]:
    titles: list[str | None] = [_name(v) if not isinstance(v, str) else _clean(v)
                                for v in page.jsonld("headline")]
    titles += [page.meta.get(k) for k in S.TITLE_META]
    titles.append(_title_text(page))
    return titles


def headline_from_h1(page: Page, declared: list[str]) -> str | None:
    """An <h1> whose text is, or is part of, a declared title (so not the site logo)."""
    folded = [t.casefold() for t in declared]
    for h1 in S.H1(page.tree)[:3]:
        text = _text(h1)
        if text and len(text) > 3 and any(text.casefold() in t for t in folded):
            return text
    return None


def headline_from_jsonld(page: Page, declared: list[str]) -> str | None:
    """JSON-LD `headline`."""
    return next((t for v in page.jsonld("headline") if (t := _name(v) or _clean(v))), None)


def headline_from_meta(page: Page, declared: list[str]) -> str | None:
    """og:title and its kin, with a trailing site name cut off."""
    for key in S.TITLE_META:
        if page.meta.get(key):
            return strip_site_name(page.meta[key], page)
    return None


def headline_from_title(page: Page, declared: list[str]) -> str | None:
    """<title> without the site name."""
    title = _title_text(page)
    return strip_site_name(title, page) if title else None


def _title_text(page: Page) -> str | None:
    titles = S.TITLE(page.tree)
    return _text(titles[0]) if titles else None


def strip_site_name(title: str, page: Page) -> str:
    """`Headline | Site` → `Headline`: the longest part between separators."""
    parts = [p.strip() for p in S.TITLE_SEPARATOR_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site = (page.meta.get("og:site_name") or "").casefold()
    kept = [p for p in parts if p.casefold() != site] or parts
    return max(kept, key=len)


def drop_headline(paragraphs: list[str], headline: str | None) -> list[str]:
    """The extractor often repeats the headline as the first heading."""
    if not headline:
        return paragraphs
    key = headline.casefold()
    return [p for i, p in enumerate(paragraphs) if i > 2 or p.casefold() != key]


# -- dates ---------------------------------------------------------------------------


def extract_published(page: Page) -> dt.date | None:
    """The publication day, from the first rule that finds one; never guessed."""
    for rule in DATE_RULES:
        day = rule(page)
        if day is not None:
            return day
    return None


def date_from_jsonld(page: Page) -> dt.date | None:
    """`datePublished` (or `dateCreated`) of the article, then of the page."""
    for key in ("datePublished", "dateCreated"):
        for value in page.jsonld(key):
            day = parse_date_value(value if isinstance(value, str) else str(value))
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


def date_from_time(page: Page) -> dt.date | None:
    """A <time datetime> or itemprop=datePublished element marked as the publication."""
    for el in (*S.ITEMPROP_DATE(page.tree), *S.TIME_PUBLISHED(page.tree)):
        day = parse_date_value(el.get("datetime") or el.get("content") or "")
        if day:
            return day
    return None


def date_from_url(page: Page) -> dt.date | None:
    """`/2020/03/15/` in the page's address."""
    for url in (page.url, extract_url(page)):
        m = S.URL_DATE_RE.search(url or "")
        if m:
            y, mo, d = (g for g in m.groups() if g is not None)
            return _day(int(y), int(mo), int(d))
    return None


def date_from_first_time(page: Page) -> dt.date | None:
    """The first <time datetime> on the page, when it is the only date shown there."""
    days = {parse_date_value(el.get("datetime") or "") for el in S.TIME_ANY(page.tree)[:5]}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


DATE_RULES: tuple[Callable[[Page], dt.date | None], ...] = (
    date_from_jsonld,
    date_from_meta,
    date_from_time,
    date_from_url,
    date_from_first_time,
)


def parse_date_value(value: str) -> dt.date | None:
    """A machine-written date: ISO 8601, `YYYYMMDD`, `15.03.2020`, epoch or prose.

    The day is taken as written, before any time-zone offset, as the page shows it.
    """
    m = S.ISO_DATE_RE.match(value)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    m = S.DMY_DATE_RE.match(value)
    if m:
        return _day(int(m[3]), int(m[2]), int(m[1]))
    m = S.EPOCH_RE.match(value)
    if m:
        return dt.datetime.fromtimestamp(int(m[1]), tz=dt.UTC).date()
    return parse_date(value) if len(value) < 60 else None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    # A date after today is a typo or an event date, not a publication date.
    return found if found <= dt.date.today() + dt.timedelta(days=1) else None


# -- people, publisher, address, language ----------------------------------------------


def extract_authors(page: Page) -> list[str]:
    """JSON-LD authors, else author meta tags, else byline markup."""
    for value in page.jsonld("author"):
        names = [n for n in _names(value) if not S.URL_LIKE_RE.search(n)]
        if names:
            return _unique(names)
    for key in S.AUTHOR_META:
        value = page.meta.get(key)
        if value and not S.URL_LIKE_RE.search(value):
            return _unique(_split_names(value))
    return authors_from_byline(page)


def authors_from_byline(page: Page) -> list[str]:
    """rel=author, itemprop=author and `.byline` elements, without a leading `By`."""
    names: list[str] = []
    for el in S.BYLINE(page.tree)[:6]:
        inner = S.ITEMPROP_NAME(el)
        text = _text(inner[0]) if inner else _text(el)
        text = S.BY_PREFIX_RE.sub("", text or "")
        if text and len(text.split()) <= 6:
            names.extend(_split_names(text))
    return _unique(names)


def _split_names(text: str) -> list[str]:
    parts = text.replace(" and ", ",").replace(" & ", ",").replace(";", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def extract_publisher(page: Page) -> str | None:
    """JSON-LD `publisher` name, else og:site_name."""
    for value in page.jsonld("publisher"):
        name = _name(value)
        if name:
            return name
    return next((page.meta[k] for k in S.SITE_META if page.meta.get(k)), None)


def extract_url(page: Page) -> str | None:
    """The canonical address: <link rel=canonical>, og:url, JSON-LD url, else the given one."""
    for href in S.CANONICAL(page.tree):
        if href.startswith("http"):
            return href.strip()
    for key in S.URL_META:
        if page.meta.get(key, "").startswith("http"):
            return page.meta[key]
    for value in page.jsonld("url"):
        if isinstance(value, str) and value.startswith("http"):
            return value
    return page.url


def extract_language(page: Page) -> str | None:
    """<html lang="en-GB"> → `en`."""
    langs = S.HTML_LANG(page.tree)
    lang = (langs[0] if langs else "").split("-")[0].split("_")[0].strip().lower()
    return lang if len(lang) == 2 else None


# -- main text -----------------------------------------------------------------------


def extract_main_text(page: Page) -> MainText:
    """Paragraphs and headings of the article, from the first rule that finds text."""
    for rule in (text_from_extractor, text_from_jsonld, text_from_paragraphs):
        found = rule(page)
        if found is not None and found.paragraphs:
            return found
    return MainText([], [])


def text_from_extractor(page: Page) -> MainText | None:
    """trafilatura's main-content extraction, read block by block."""
    result = bare_extraction(
        page.tree, url=page.url, with_metadata=False, include_comments=False
    )
    if result is None or result.body is None:
        return None
    main = MainText([], [])
    _add_loose_text(result.body.text, main)
    for block in result.body:
        _read_block(block, main)
    return main


def _read_block(block: _Element, main: MainText) -> None:
    """One block of the extractor's output; containers are read child by child."""
    tag = block.tag
    if tag in ("list", "table", "quote", "div") and len(block):
        _add_loose_text(block.text, main)
        for child in block:
            _read_block(child, main)
    else:
        if tag == "row":
            text = " ".join(t for t in (_text(c) for c in block) if t)
        else:
            text = _text(block)
        if text:
            main.paragraphs.append(text)
            if tag == "head":
                main.headings.append(text)
    # Text between blocks is written as the tail of the block before it.
    _add_loose_text(block.tail, main)


def _add_loose_text(text: str | None, main: MainText) -> None:
    cleaned = _clean(text)
    if cleaned:
        main.paragraphs.append(cleaned)


def text_from_jsonld(page: Page) -> MainText | None:
    """JSON-LD `articleBody`, one paragraph per line."""
    for value in page.jsonld("articleBody"):
        if isinstance(value, str):
            lines = [_clean(line) for line in value.splitlines()]
            return MainText([line for line in lines if line], [])
    return None


def text_from_paragraphs(page: Page) -> MainText | None:
    """Every <p> of sentence length: pages too small for the extractor's rules."""
    paragraphs = [t for p in S.PARAGRAPHS(page.tree) if (t := _text(p)) and len(t.split()) >= 8]
    return MainText(paragraphs, [])


# -- photos --------------------------------------------------------------------------


def extract_figure_photos(page: Page) -> list[Photo]:
    """<figure>/<figcaption> and WordPress captions, with credit markup when present."""
    photos: list[Photo] = []
    for figure in S.FIGURES(page.tree)[:20]:
        captions = S.FIGCAPTION(figure)
        if not captions:
            continue
        photo = photo_from_caption(captions[0])
        if photo is not None:
            photos.append(photo)
    return photos or photos_from_og_image(page)


def photo_from_caption(caption: HtmlElement) -> Photo | None:
    """A caption element: a credit child (class*=credit) or a credit written in the text."""
    text = _text(caption)
    if not text:
        return None
    credits = S.CREDIT(caption)
    credit = _text(credits[0]) if credits else None
    if credit:
        rest = _clean(text.replace(credit, " "))
        parsed = extract_photo(credit)
        if parsed is not None and (parsed.agency or parsed.photographer):
            parsed.caption = parsed.caption or rest
            return parsed
        return Photo(credit=credit, caption=rest)
    return extract_photo(text) or Photo(caption=text)


def photos_from_og_image(page: Page) -> list[Photo]:
    """og:image:alt, the lead photo's description, when the page shows no captions."""
    alt = next((page.meta[k] for k in S.OG_IMAGE_ALT if page.meta.get(k)), None)
    if not alt:
        return []
    return [extract_photo(alt) or Photo(caption=alt)]


def merge_photos(figures: list[Photo], credit_lines: list[Photo]) -> list[Photo]:
    """Figure photos, plus credit lines from the text that no figure already gives."""
    known = {(p.caption or "", p.credit or "") for p in figures}
    return figures + [p for p in credit_lines if (p.caption or "", p.credit or "") not in known]


def drop_captions(paragraphs: list[str], photos: list[Photo]) -> list[str]:
    """Caption text the extractor kept in the body belongs to the photos."""
    captions = {p.caption for p in photos if p.caption}
    return [p for p in paragraphs if p not in captions]


# -- helpers -------------------------------------------------------------------------


def _text(el: _Element) -> str | None:
    """The element's text with whitespace squeezed; <script> and <style> are not text."""
    parts = [
        t for t in el.xpath(".//text()[not(ancestor::script or ancestor::style)]")
    ] if len(el) else [el.text or ""]
    return _clean("".join(parts))


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = S.SPACES_RE.sub(" ", value).strip()
    return text or None


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
