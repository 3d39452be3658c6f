"""HTML article pages → `Document`.

The page is parsed once (`html_page`). Metadata comes from fallback chains of small
`extract_*` rules, structured data first (JSON-LD, meta tags), then visible markup
(`<h1>`, bylines, figure captions), then the page address; dates have their own chain
in `html_dates`. The main text comes from trafilatura's extractor, read back as
paragraphs and headings, and then goes through the same press-statement rules as
plain agency copy: dateline, sign-offs, photo credit lines, speakers and quotes.
Selectors live in `html_selectors`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura import external as trafilatura_external
from trafilatura.settings import Document as TrafilaturaDocument

from importers import html_selectors as S
from importers.html_dates import extract_dates
from importers.html_page import Page, clean, json_name, json_names, read_page, text_of
from importers.language import detect_language
from importers.photos import extract_photo
from importers.repair import garbled, repair_text
from importers.russian import extract_dateline_paragraph_ru, is_russian
from importers.russian_quotes import extract_quotes_ru
from importers.sources import InputError
from importers.text import (
    extract_dateline_paragraph,
    extract_lead_date,
    extract_photos,
    run_head_quote_extraction,
    run_quote_extraction,
    strip_signoff,
)
from importers.text_patterns import KNOWN_AGENCIES
from importers.titles import derived_title
from search.model import Dateline, Document, Origin, Photo


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
    headings = main.headings
    if any(garbled(t) for t in (*paragraphs, *headings, headline or "")):
        # A page whose own UTF-8 was once read as Windows-1252 (`â€œ` for `“`) reads as
        # it was written, as plain text does (`importers.text`): its quotation marks too.
        # Each paragraph, heading and the headline is decoded again only where it holds
        # such a pair itself (`repair_text`), so correct text around it keeps its letters.
        paragraphs = [repair_text(p) for p in paragraphs]
        headings = [repair_text(h) for h in headings]
        headline = repair_text(headline) if headline else headline
    doc = assemble(page, headline, paragraphs, headings, source, published, origin)
    if not doc.body:
        raise InputError("no article text found")
    return doc


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
    page_lines = paragraphs
    photos, shown_captions = extract_figure_photos(page)
    credit_lines, paragraphs = extract_photos(paragraphs)
    photos = merge_photos(photos, credit_lines)
    paragraphs = drop_captions(paragraphs, photos, shown_captions)
    russian = is_russian("\n".join(paragraphs[:3]))
    lead_date, paragraphs = extract_lead_date(paragraphs)
    if russian:
        dateline, paragraphs = extract_dateline_paragraph_ru(paragraphs)
    else:
        dateline, paragraphs = extract_dateline_paragraph(paragraphs)
    bylines = byline_texts(page)
    agency = byline_agency(bylines)
    if agency and not (dateline and dateline.agency):
        # The byline credits the wire the story came from.
        dateline = replace(dateline or Dateline(), agency=agency)
    paragraphs = strip_signoff(paragraphs)
    heading_set = set(headings)
    subheadings = [p for p in paragraphs if p in heading_set]
    body = [p for p in paragraphs if p not in heading_set] or paragraphs
    if russian:
        speakers, quotes = extract_quotes_ru(body, headline) if body else ([], [])
    else:
        in_body = set(body)
        others = [*subheadings, *(p for p in page_lines if p not in in_body), *bylines]
        speakers, quotes = run_quote_extraction(body, headline, others) if body else ([], [])
    dates = extract_dates(page)
    if dates.source == "modified" and lead_date:
        # A date in the article's lead is its publication; a page's declared last
        # update stands in only when the page gives no publication date anywhere.
        dates = replace(dates, published=lead_date, reason=None)
    if published is None and dates.published is not None and dates.reason:
        origin = replace(origin or Origin(), date_evidence=dates.reason)
    doc = Document(
        headline=headline,
        subheadings=subheadings,
        dateline=dateline,
        source=source or extract_publisher(page) or (dateline.agency if dateline else None),
        published=published or dates.published or lead_date,
        updated=dates.updated,
        authors=byline_authors(bylines),
        language=extract_language(page) or detect_language("\n".join(body)),
        body=body,
        photos=photos,
        speakers=speakers,
        quotes=quotes,
        url=extract_url(page),
        origin=origin,
    )
    if not russian and body:
        run_head_quote_extraction(doc)
    doc.title = derived_title(doc)
    return doc


# -- headline ------------------------------------------------------------------------


def extract_headline(page: Page) -> str | None:
    """The page's own headline: a visible <h1> that the metadata confirms, else the
    structured headline, else the <title> without the site name."""
    declared = [t for t in _declared_titles(page) if t]
    for rule in HEADLINE_RULES:
        found = rule(page, declared)
        if found:
            return found
    return None


def _declared_titles(page: Page) -> list[str | None]:
    titles = [json_name(v) for v in page.jsonld("headline")]
    titles += [page.meta.get(k) for k in S.TITLE_META]
    titles.append(_title_text(page))
    return [unescape_text(t) for t in titles]


def unescape_text(text: str | None) -> str | None:
    """Metadata written with its entities escaped twice (`&amp;#8217;`) reads as text."""
    return clean(html.unescape(text)) if text and "&" in text else text


def site_names(page: Page, declared: list[str]) -> set[str]:
    """Names the page gives its site: og:site_name and kin, the JSON-LD publisher, and
    the shorter parts of a title split at separators (`Headline | Site`)."""
    names = {page.meta[k] for k in S.SITE_META if page.meta.get(k)}
    names |= {n for v in page.jsonld("publisher") if (n := json_name(v))}
    for title in declared:
        parts = _title_parts(title)
        if len(parts) > 1:
            longest = max(parts, key=len)
            names |= {p for p in parts if p != longest}
    return {n.casefold() for n in names}


def _title_parts(title: str) -> list[str]:
    return [p.strip() for p in S.TITLE_SEPARATOR_RE.split(title) if p.strip()]


def _h1_texts(page: Page, declared: list[str]) -> list[str]:
    """The distinct <h1> texts of headline length that are not the site's name."""
    sites = site_names(page, declared)
    texts: dict[str, str] = {}
    for h1 in S.H1(page.tree)[: S.MAX_H1]:
        text = unescape_text(text_of(h1))
        if text and len(text) > 3 and text.casefold() not in sites:
            texts.setdefault(text.casefold(), text)
    return list(texts.values())


def headline_from_h1(page: Page, declared: list[str]) -> str | None:
    """An <h1> whose text is, or is most of, a declared title (so not the site logo or
    a section name written above the headline)."""
    stripped = [strip_site_name(t, page).casefold() for t in declared]
    for text in _h1_texts(page, declared):
        key = text.casefold()
        if any(key in t and len(key) >= S.H1_SHARE_OF_TITLE * len(t) for t in stripped):
            return text
    return None


def headline_from_sole_h1(page: Page, declared: list[str]) -> str | None:
    """The page's only <h1> (once site names are set aside), when it reads as a
    headline: pages often write a different title for search engines than the one
    they show their readers."""
    texts = _h1_texts(page, declared)
    if len(texts) == 1 and len(texts[0].split()) >= S.MIN_SOLE_H1_WORDS:
        return texts[0]
    return None


def headline_from_jsonld(page: Page, declared: list[str]) -> str | None:
    """JSON-LD `headline`; when it was cut short (a length limit of the schema), the
    declared title it begins."""
    headline = next((t for v in page.jsonld("headline") if (t := json_name(v))), None)
    headline = unescape_text(headline)
    if not headline:
        return None
    key = headline.casefold()
    longer = [
        part
        for t in declared
        if len(part := strip_site_name(t, page)) > len(headline) and part.casefold().startswith(key)
    ]
    return max(longer, key=len) if longer else headline


def headline_from_meta(page: Page, declared: list[str]) -> str | None:
    """og:title and its kin, with a trailing site name cut off."""
    for key in S.TITLE_META:
        value = unescape_text(page.meta.get(key))
        if value:
            return strip_site_name(value, page)
    return None


def headline_from_title(page: Page, declared: list[str]) -> str | None:
    """<title> without the site name."""
    title = unescape_text(_title_text(page))
    return strip_site_name(title, page) if title else None


def headline_from_lone_h1(page: Page, declared: list[str]) -> str | None:
    """The first <h1>, on a page that declares no title at all."""
    h1s = S.H1(page.tree)
    return unescape_text(text_of(h1s[0])) if h1s and not declared else None


HEADLINE_RULES = (
    headline_from_h1,
    headline_from_sole_h1,
    headline_from_jsonld,
    headline_from_meta,
    headline_from_title,
    headline_from_lone_h1,
)


def _title_text(page: Page) -> str | None:
    titles = S.TITLE(page.tree)
    return text_of(titles[0]) if titles else None


def strip_site_name(title: str, page: Page) -> str:
    """`Headline | Site` → `Headline`: the longest part between separators."""
    parts = _title_parts(title)
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


# -- people, publisher, address, language ----------------------------------------------


def extract_authors(page: Page) -> list[str]:
    """JSON-LD authors, else author meta tags, else byline markup; people only."""
    return byline_authors(byline_texts(page))


def byline_authors(bylines: list[str]) -> list[str]:
    """The people among byline credits, each once."""
    return _unique([n for text in bylines for n in _split_names(text)])


def byline_texts(page: Page) -> list[str]:
    """The author credits as written, from the first of JSON-LD, author meta tags and
    byline markup that has any."""
    for value in page.jsonld("author"):
        names = [n for n in json_names(value) if not S.URL_LIKE_RE.search(n)]
        if names:
            return names
    for key in S.AUTHOR_META:
        value = page.meta.get(key)
        if value and not S.URL_LIKE_RE.search(value):
            return [value]
    return bylines_in_markup(page)


def bylines_in_markup(page: Page) -> list[str]:
    """rel=author, itemprop=author and `.byline` elements, without a leading `By`."""
    texts: list[str] = []
    for el in S.BYLINE(page.tree)[:6]:
        inner = S.ITEMPROP_NAME(el)
        text = text_of(inner[0]) if inner else text_of(el)
        text = S.BY_PREFIX_RE.sub("", text or "")
        if text and len(text.split()) <= 6:
            texts.append(text)
    return texts


def _split_names(text: str) -> list[str]:
    """Author names of a byline, without the agencies and roles written beside them
    (`Jane Doe, Reuters` and `John Roe, Staff Writer` give `Jane Doe`, `John Roe`)."""
    parts = text.replace(" and ", ",").replace(" & ", ",").replace(";", ",").split(",")
    return [p for part in parts if (p := part.strip()) and not byline_extra(p)]


def byline_agency(authors: list[str]) -> str | None:
    """The news agency a byline credits beside its authors (`By Jane Doe, Reuters`)."""
    for text in authors:
        for part in text.replace(";", ",").replace("/", ",").split(","):
            name = S.BY_PREFIX_RE.sub("", part).strip()
            if name.casefold() in KNOWN_AGENCIES:
                return name
    return None


def byline_extra(part: str) -> bool:
    """A byline part that is not a person: a news agency or a role (`Staff Writer`)."""
    words = part.casefold().split()
    return part.casefold() in KNOWN_AGENCIES or (
        bool(words) and all(w.strip(".") in S.BYLINE_ROLE_WORDS for w in words)
    )


def extract_publisher(page: Page) -> str | None:
    """JSON-LD `publisher` name, else og:site_name."""
    for value in page.jsonld("publisher"):
        name = json_name(value)
        if name:
            return name
    return next((page.meta[k] for k in S.SITE_META if page.meta.get(k)), None)


def extract_url(page: Page) -> str | None:
    """The canonical address: <link rel=canonical>, og:url, JSON-LD url, else the given one."""
    for href in S.CANONICAL(page.tree):
        if isinstance(href, str) and href.startswith("http"):
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
    """Paragraphs and headings of the article, from the first rule that finds text;
    the page's own structured `articleBody` instead when it is much the longer, as the
    extractor then took one part of a page laid out as many."""
    for rule in (text_from_extractor, text_from_jsonld, text_from_paragraphs):
        found = rule(page)
        if found is not None and _is_article(found):
            declared = text_from_jsonld(page) if rule is text_from_extractor else None
            if declared is not None and words_in(declared) > S.ARTICLE_BODY_SHARE * words_in(found):
                return declared
            return with_dropped_blocks(page, found) if rule is text_from_extractor else found
    return MainText([], [])


def with_dropped_blocks(page: Page, main: MainText) -> MainText:
    """The extractor's text with the lists and headings it dropped from inside the
    article put back: a `<ul>`/`<ol>` or an `<h2>`–`<h4>` standing between two
    paragraphs it kept, children of the same element, goes in after the paragraph
    before it (a heading as a heading). A block mostly of links (a list of related
    articles or of a table of contents, a teaser's title), one a page marks as a box
    beside the article (`BOILERPLATE_CLASS_RE`), or one whose words are already in the
    text (the extractor read it in another shape) stays out."""
    kept = set(main.paragraphs)
    added: dict[str, list[str]] = {}  # a kept paragraph → the blocks' lines after it
    headings: list[str] = []
    known: set[tuple[str, ...]] | None = None
    # The containers of lists and headings beside paragraphs, each once and in page
    # order; paragraphs are read only there (a page holds far fewer of those).
    parents: dict[_Element, None] = {}
    for listing in page.tree.iter(*S.DROPPED_BLOCK_TAGS):
        parent = listing.getparent()
        if parent is not None and parent not in parents and parent.find("p") is not None:
            parents[parent] = None
    for parent in parents:
        before: str | None = None
        waiting: list[_Element] = []
        for child in parent:
            if child.tag == "p" and (text := " ".join(child.text_content().split())) in kept:
                # The blocks waiting stand between `before` and this kept paragraph; read
                # from the last, so that a heading knows whether what follows it is kept.
                taken: dict[_Element, list[str]] = {}
                for block in reversed(waiting):
                    items = _block_lines(block, kept)
                    if items and block.tag in S.DROPPED_HEADING_TAGS:
                        items = items if _heads_kept_text(block, items[0], child, taken) else []
                    if items:
                        known = known if known is not None else _four_word_runs(main.paragraphs)
                        if not _mostly_known(items, known):
                            taken[block] = items
                for block in waiting:
                    if block in taken:
                        added.setdefault(before or text, []).extend(taken[block])
                        headings += taken[block] if block.tag in S.DROPPED_HEADING_TAGS else []
                before, waiting = text, []
            elif child.tag in S.DROPPED_BLOCK_TAGS and before is not None:
                waiting.append(child)
    if not added:
        return main
    paragraphs: list[str] = []
    for text in main.paragraphs:
        paragraphs.append(text)
        paragraphs += added.pop(text, [])
    return MainText(paragraphs, [*main.headings, *headings])


def _block_lines(block: _Element, kept: set[str]) -> list[str]:
    """A list's items, or a heading, as lines of the text, when it reads as the
    article's own: not mostly links, not marked as a box, none of its lines already
    kept."""
    if S.BOILERPLATE_CLASS_RE.search((block.get("class") or "").lower()):
        return []
    if block.tag in S.DROPPED_HEADING_TAGS:
        items = [t] if (t := clean(_spaced_text(block))) else []
    else:
        lis = [li for li in block if li.tag == "li"]
        if _is_furniture(block, lis):
            return []
        items = [t for li in lis if (t := clean(_spaced_text(li)))]
        if 2 * sum(map(_is_share_item, items)) >= len(items) > 0:
            return []
    words = sum(len(t.split()) for t in items)
    linked = sum(len(a.text_content().split()) for a in block.iter("a"))
    if not items or linked > S.DROPPED_LIST_MAX_LINK_SHARE * words or kept.intersection(items):
        return []
    return items


def _is_furniture(listing: _Element, items: list[_Element]) -> bool:
    """Whether a list reads as page furniture rather than the article's own list: an
    item holds a block (a teaser's paragraph or title, a picture, a button), the list
    or an item is marked as a menu, tags, pages, teasers, an advertisement and the like,
    or every item is a link's title and then its description."""
    if next(listing.iter(*S.DROPPED_ITEM_BLOCK_TAGS), None) is not None:
        return True
    if any(_marked_furniture(el) for el in (listing, *items)):
        return True
    return len(items) > 1 and all(map(_link_then_description, items))


def _marked_furniture(el: _Element) -> bool:
    for attr in S.DROPPED_LIST_MARK_ATTRS:
        value = (el.get(attr) or "").lower()
        if value and (
            S.BOILERPLATE_CLASS_RE.search(value) or S.DROPPED_LIST_FURNITURE_RE.search(value)
        ):
            return True
    return False


def _link_then_description(item: _Element) -> bool:
    """`<li><a>Title</a> – what it is about</li>`."""
    if (item.text or "").strip():
        return False
    first = next((c for c in item if isinstance(c.tag, str)), None)
    return (
        first is not None
        and first.tag == "a"
        and bool(S.LINK_THEN_DESCRIPTION_RE.match(first.tail or ""))
    )


def _is_share_item(text: str) -> bool:
    """`Share on Facebook`, `Email this story`, `Print`: a share bar's item."""
    words = [w.strip(".,:;!?()[]") for w in text.casefold().split()]
    if not 0 < len(words) <= S.SHARE_ITEM_MAX_WORDS:
        return False
    verbs_or_networks = S.SHARE_ITEM_VERBS | S.SHARE_ITEM_NETWORKS
    return all(w in verbs_or_networks or w in S.SHARE_ITEM_FILLER for w in words) and any(
        w in verbs_or_networks for w in words
    )


def _heads_kept_text(
    heading: _Element, text: str, paragraph: _Element, taken: dict[_Element, list[str]]
) -> bool:
    """Whether a dropped heading titles the article's own text: it does not title links
    elsewhere (`Related Articles`, `More from …`, `Read more`, `Share`), and the next
    element is no list left out (a heading over a list of links or furniture goes with
    it). Other blocks after it (a picture's paragraph, a questions box) may be the
    article's, so they do not decide."""
    if S.ELSEWHERE_HEADING_RE.match(text):
        return False
    after = heading.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after is paragraph or not (
        after is not None and after.tag in S.DROPPED_LIST_TAGS and after not in taken
    )


def _spaced_text(el: _Element) -> str:
    """An element's words, a space wherever a block or a line break ends a run of text
    (`<strong>Imaging AI</strong><br>Algorithms …`)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            gap = "" if child.tag in S.INLINE_TAGS else " "
            parts += (gap, _spaced_text(child), gap)
        parts.append(child.tail or "")
    return "".join(parts)


def _four_word_runs(paragraphs: list[str]) -> set[tuple[str, ...]]:
    words = S.WORD_RE.findall(" ".join(paragraphs).casefold())
    return {tuple(words[i : i + 4]) for i in range(max(len(words) - 3, 1))}


def _mostly_known(items: list[str], known: set[tuple[str, ...]]) -> bool:
    """Whether a quarter or more of the items' runs of four words are in the text."""
    runs = list(_four_word_runs(items))
    return sum(run in known for run in runs) * 4 >= len(runs)


def words_in(main: MainText) -> int:
    """How many words the paragraphs hold."""
    return sum(len(p.split()) for p in main.paragraphs)


def _is_article(main: MainText) -> bool:
    """A link or two of navigation is not an article; a sentence of text can be."""
    return words_in(main) >= S.MIN_ARTICLE_WORDS


def text_from_extractor(page: Page) -> MainText | None:
    """trafilatura's main-content extraction, read block by block."""
    with (
        _head_tags_set_aside(page.tree),
        _boilerplate_set_aside(page.tree),
        _readability_preferred_sooner(),
    ):
        result = bare_extraction(
            page.tree, url=page.url, with_metadata=False, include_comments=False
        )
    if not isinstance(result, TrafilaturaDocument) or result.body is None:
        return None
    main = MainText([], [])
    _add_loose_text(result.body.text, main)
    for block in result.body:
        _read_block(block, main)
    return main


# trafilatura compares its own extraction with readability's (which it runs on every
# page) and takes readability's only when that is over twice as long. Where its rules
# settle on one part of the page (a guide's later sections, a post's first list),
# readability's text is often a half longer and holds all of it; its bar is lowered for
# our parse only, reusing the text trafilatura computed instead of running readability
# a second time (`html_selectors.READABILITY_SHARE`).
_SOONER: ContextVar[bool] = ContextVar("readability_preferred_sooner", default=False)
_trafilatura_prefers_readability = trafilatura_external._prefer_readability


def _prefer_readability(
    body: Any, algo_body: Any, algo_text: str, len_text: int, len_algo: int, options: Any
) -> bool:
    """trafilatura's own choice, or readability's text when it is `READABILITY_SHARE`
    times as long as the extractor's (and not raw JSON, which trafilatura refuses too)."""
    if _trafilatura_prefers_readability(body, algo_body, algo_text, len_text, len_algo, options):
        return True
    return (
        _SOONER.get()
        and 0 < len_text
        and len_algo > S.READABILITY_SHARE * len_text
        and not algo_text.startswith("{")
    )


trafilatura_external._prefer_readability = _prefer_readability


@contextmanager
def _readability_preferred_sooner() -> Iterator[None]:
    token = _SOONER.set(True)
    try:
        yield
    finally:
        _SOONER.reset(token)


@contextmanager
def _head_tags_set_aside(tree: HtmlElement) -> Iterator[None]:
    """The head's meta and link tags, out of the tree while the extractor reads it: it
    uses none of them, and walks and copies the tree many times. They are put back
    after, as the date rules (htmldate) and the canonical address read them."""
    head = tree.find("head")
    kept = (
        [(i, el) for i, el in enumerate(head) if el.tag in S.HEAD_TAGS_SET_ASIDE]
        if head is not None
        else []
    )
    for _, el in kept:
        head.remove(el)  # its tail (whitespace) goes with it and comes back with it
    try:
        yield
    finally:
        for i, el in kept:
            head.insert(i, el)


def boilerplate_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """Boxes beside the article that the page marks by class (related articles, share
    bars, newsletter boxes, disclaimers, author boxes): small against the page's
    paragraphs and holding no <h1>, as pages also wrap the article in such classes. A
    marked part's container is the box when the rest of it is a label (`_whole_box`)."""
    marked = [
        el
        for el in _marked_class_holders(tree)
        if el.tag not in S.BOILERPLATE_NEVER
        and S.BOILERPLATE_CLASS_RE.search(el.get("class", "").lower())
    ]
    if not marked:
        return []
    paragraph_words = sum(len(p.text_content().split()) for p in S.PARAGRAPHS(tree))
    boxes: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    budget = S.BOILERPLATE_MAX_SHARE * paragraph_words
    deck = _deck(tree)
    # Each is measured by its words: a bounded number keeps the rule linear in the page.
    for el in marked[: S.MAX_BOILERPLATE_BOXES]:
        if any(a in taken for a in el.iterancestors()) or el.find(".//h1") is not None:
            continue
        words = len(el.text_content().split())
        if words < budget:
            box = _whole_box(el, words, budget, deck)
            boxes = [b for b in boxes if box not in b.iterancestors()]
            boxes.append(box)
            taken.add(box)
    return boxes


def _marked_class_holders(tree: HtmlElement) -> list[HtmlElement]:
    """The classed elements whose class `BOILERPLATE_CLASS_RE` may match, in the page's
    order: each distinct class string is tested once, and only the elements holding a
    matching one are handed to Python. A class holding a newline may bring in a few more
    (the caller tests each element's class again); with many matching classes, every
    classed element (`MAX_MARKED_CLASS_CHARS`)."""
    matching = [c for c in set(S.CLASS_VALUES(tree)) if S.BOILERPLATE_CLASS_RE.search(c.lower())]
    if not matching:
        return []
    classes = "\n" + "\n".join(matching) + "\n"
    if len(classes) > S.MAX_MARKED_CLASS_CHARS:
        return list(S.CLASSED(tree))
    return list(S.CLASSED_AMONG(tree, classes=classes))


def _whole_box(el: HtmlElement, words: int, budget: float, deck: _Element | None) -> HtmlElement:
    """The box a marked part belongs to: its container, as long as that holds besides it
    only a label (headings, links, buttons, a few words), as a call to action puts a
    heading and a button around its marked small print or sign-up form. Set aside alone,
    the part left the heading and the button to be read as the article's. A container
    holding a heading of the article's (`_article_heading`, `deck` the page's deck) is
    not the box."""
    box, label, loose = el, 0, 0
    for _ in range(S.BOX_CONTAINER_LEVELS):
        parent = box.getparent()
        # A marked part of a heading or a link (an anchor, a share icon) is that
        # heading's or link's, not a box around them.
        if parent is None or parent.tag in S.BOILERPLATE_NEVER or parent.tag in S.BOX_NOT_CONTAINER:
            break
        beside = _label_words_beside(parent, box, budget - words, label, loose, deck)
        if beside is None:
            break
        words += beside[0] - label + beside[1] - loose
        box, (label, loose) = parent, beside
    return box


def _label_words_beside(
    parent: HtmlElement,
    box: HtmlElement,
    budget: float,
    label: int,
    loose: int,
    deck: _Element | None,
) -> tuple[int, int] | None:
    """The words `parent` holds besides `box`, added to those of the label already
    climbed over (`label` in headings, links, buttons and form labels, `loose` other),
    when they stay a label: at most `BOX_LABEL_MAX_WORDS` and `BOX_LABEL_WORDS` words and
    under `budget` in all, in at most `BOX_LABEL_MAX_ELEMENTS` elements; else None. Stops
    reading at the first word or element over a bound, so each climb is bounded."""
    total = 0

    def count(text: str | None, in_label: bool) -> bool:
        nonlocal total, label, loose
        n = len(text.split()) if text else 0
        total += n
        if in_label:
            label += n
        else:
            loose += n
        return total < budget and label <= S.BOX_LABEL_MAX_WORDS and loose <= S.BOX_LABEL_WORDS

    # The container itself is never a label tag (`BOX_NOT_CONTAINER`): its own text and
    # the box's tail are loose words.
    if not count(parent.text, False) or not count(box.tail, False):
        return None
    stack: list[tuple[_Element, bool]] = [(c, False) for c in reversed(parent) if c is not box]
    seen = 0
    while stack:
        el, in_label = stack.pop()
        seen += 1
        if seen > S.BOX_LABEL_MAX_ELEMENTS or el.tag == "h1" or not count(el.tail, in_label):
            return None
        if el.tag in _BOX_HEADINGS and _article_heading(el, el is deck):
            return None
        if not isinstance(el.tag, str):
            continue  # a comment or processing instruction: its tail only
        in_label = in_label or el.tag in S.BOX_LABEL_TAGS
        if not count(el.text, in_label):
            return None
        stack.extend((c, in_label) for c in reversed(el))
    return label, loose


_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _deck(tree: HtmlElement) -> _Element | None:
    """The heading under the page's first <h1>: the first heading or paragraph with text
    after it in the page's order, when a heading. Stops at the first one with text."""
    h1 = tree.find(".//h1")
    node: _Element | None = h1
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter("p", *_BOX_HEADINGS):
                if "".join(el.itertext()).strip():
                    return el if el.tag in _BOX_HEADINGS else None
        node = node.getparent()
    return None


def _article_heading(heading: HtmlElement, is_deck: bool) -> bool:
    """Whether a heading met in a container is the article's text rather than a box's
    label: the page's deck longer than a label and no exclamation, or a sentence (more
    words than `BOX_HEADING_SENTENCE_WORDS`, ending with a full stop). Reads at most a
    label's words: a longer heading is no label either way."""
    words: list[str] = []
    for text in heading.itertext():
        words += text.split()
        if len(words) > S.BOX_LABEL_MAX_WORDS:
            return True
    last = words[-1] if words else ""
    if is_deck and len(words) > S.BOX_LABEL_WORDS and not last.endswith("!"):
        return True
    return len(words) > S.BOX_HEADING_SENTENCE_WORDS and last.endswith(".")


@contextmanager
def _boilerplate_set_aside(tree: HtmlElement) -> Iterator[None]:
    """`boilerplate_boxes` out of the tree while the extractor reads it, each replaced by
    an empty placeholder that keeps its tail (the text after it); put back after, as the
    photo, byline and date rules read the whole page."""
    swapped = []
    for box in boilerplate_boxes(tree):
        parent = box.getparent()
        if parent is None:
            continue
        placeholder = box.makeelement("span", {})
        placeholder.tail, box.tail = box.tail, None
        parent.replace(box, placeholder)
        swapped.append((parent, placeholder, box))
    try:
        yield
    finally:
        for parent, placeholder, box in reversed(swapped):
            box.tail = placeholder.tail
            if placeholder.getparent() is parent:
                parent.replace(placeholder, box)


def _read_block(block: _Element, main: MainText) -> None:
    """One block of the extractor's output; containers are read child by child."""
    tag = block.tag
    if tag in ("list", "table", "quote", "div") and len(block):
        _add_loose_text(block.text, main)
        for child in block:
            _read_block(child, main)
    else:
        text = clean(_flat_text(block))
        if text:
            main.paragraphs.append(text)
            if tag == "head":
                main.headings.append(text)
    # Text between blocks is written as the tail of the block before it.
    _add_loose_text(block.tail, main)


# The extractor's inline markup (emphasis, links, deletions); every other element it
# writes (line breaks, table cells, paragraphs inside list items) separates words.
_INLINE_TAGS = frozenset({"hi", "ref", "del"})


def _flat_text(el: _Element) -> str:
    """An output block's words, a space wherever a line break or an inner block ends
    one run of text (`Price: $30<lb/>Perfect for…`, the cells of a row)."""
    parts = [el.text or ""]
    for child in el:
        gap = "" if child.tag in _INLINE_TAGS else " "
        parts += (gap, _flat_text(child), gap, child.tail or "")
    return "".join(parts)


def _add_loose_text(text: str | None, main: MainText) -> None:
    cleaned = clean(text)
    if cleaned:
        main.paragraphs.append(cleaned)


def text_from_jsonld(page: Page) -> MainText | None:
    """JSON-LD `articleBody`, one paragraph per line."""
    for value in page.jsonld("articleBody"):
        if isinstance(value, str):
            lines = [clean(line) for line in value.splitlines()]
            return MainText([line for line in lines if line], [])
    return None


def text_from_paragraphs(page: Page) -> MainText | None:
    """Every <p> of sentence length: pages too small for the extractor's rules."""
    paragraphs = [t for p in S.PARAGRAPHS(page.tree) if (t := text_of(p)) and len(t.split()) >= 8]
    return MainText(paragraphs, [])


# -- photos --------------------------------------------------------------------------


def extract_figure_photos(page: Page) -> tuple[list[Photo], set[str]]:
    """<figure>/<figcaption> and WordPress captions, with credit markup when present;
    also the caption texts as shown, to take them out of the body."""
    photos: list[Photo] = []
    shown: set[str] = set()
    for figure in S.FIGURES(page.tree)[: S.MAX_FIGURES]:
        captions = S.FIGCAPTION(figure)
        text = text_of(captions[0]) if captions else None
        # A long "caption" is a collapsible text block styled as a figure, not a photo.
        if not text or len(text.split()) > S.MAX_CAPTION_WORDS:
            continue
        photos.append(photo_from_caption(captions[0], text))
        shown.add(text)
    return photos or photos_from_og_image(page), shown


def photo_from_caption(caption: HtmlElement, text: str) -> Photo:
    """A caption element: a credit child (class*=credit) or a credit written in the text."""
    credits = S.CREDIT(caption)
    credit = text_of(credits[0]) if credits else None
    if credit:
        rest = clean(text.replace(credit, " "))
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


def drop_captions(paragraphs: list[str], photos: list[Photo], shown: set[str]) -> list[str]:
    """Caption text the extractor kept in the body belongs to the photos."""
    captions = shown | {p.caption for p in photos if p.caption}
    return [p for p in paragraphs if p not in captions]


# -- helpers -------------------------------------------------------------------------


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
