"""One HTML page, parsed once, with its structured data read off it.

`read_page` parses the bytes and collects the JSON-LD objects (article-like ones
apart from page-level ones) and the meta tags, so the extraction rules in
`importers.html` and `importers.html_dates` look things up instead of re-walking the
tree. The small text helpers here are shared by those rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from importers import html_selectors as S
from importers.sources import InputError

JsonObject = dict[str, Any]


@dataclass
class Page:
    """One parsed page and the structured data read off it once."""

    tree: HtmlElement
    url: str | None
    articles: list[JsonObject] = field(default_factory=list)  # JSON-LD article objects
    pages: list[JsonObject] = field(default_factory=list)  # JSON-LD WebPage-like objects
    meta: dict[str, str] = field(default_factory=dict)  # first value of each meta key
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # what rules read once

    def jsonld(self, key: str) -> Iterator[Any]:
        """Values of `key` in the article objects, then in the page objects."""
        for obj in (*self.articles, *self.pages):
            value = obj.get(key)
            if value:
                yield value

    def first_meta(self, keys: tuple[str, ...]) -> str | None:
        return next((self.meta[k] for k in keys if self.meta.get(k)), None)


def read_page(data: bytes | str, url: str | None) -> Page:
    """The parsed tree with its JSON-LD objects and meta tags; scripts are then dropped."""
    tree = load_html(data) if data else None
    if tree is None:
        raise InputError("no article text found")
    take_in_after_end(tree)
    put_streamed_parts_in_place(tree)
    page = Page(tree=tree, url=url, meta=read_meta(tree))
    for obj in read_jsonld(tree):
        kinds = types_of(obj)
        if any(k in S.ARTICLE_TYPES for k in kinds):
            page.articles.append(obj)
        elif any(k in S.PAGE_TYPES for k in kinds):
            page.pages.append(obj)
    # Article types in the order of preference, so NewsArticle beats a nested Review.
    page.articles.sort(key=lambda o: min(_type_rank(k) for k in types_of(o)))
    drop_code(tree)
    return page


def take_in_after_end(tree: HtmlElement) -> None:
    """Markup written after the page's `</html>` goes into its body, as a browser puts
    it: a template that closes the page after its header and then writes the article
    leaves the article outside the parsed root (as a second `<html>` beside it), where
    neither the extractor nor any rule here reads it. The `<head>` and `<body>` wrappers
    of what follows are opened up; its elements keep their order."""
    after = [el for el in tree.itersiblings() if isinstance(el.tag, str)]
    if not after:
        return
    body = tree.find("body")
    target = body if body is not None else tree
    for root in after:
        for child in list(root):
            if isinstance(child.tag, str) and child.tag in ("head", "body"):
                target.extend(list(child))
            else:
                target.append(child)


def put_streamed_parts_in_place(tree: HtmlElement) -> None:
    """Parts of a page its server sent later, put where they belong, as the page's own
    script does in a browser. A page rendered in a stream (React's) first writes an
    empty `<template id="B:1">` (or `P:1`) where a part goes and sends the part at the
    end of the body in `<div hidden id="S:1">`. Read where it stands, the article's
    later paragraphs are in a hidden box after the footer. (A loading note the page
    shows after a place stays: the comments that delimit it are gone once parsed.)

    A part holding the page's frame (its header or its headline) stays where it is, as
    does every part whose place is inside such a part: the extractor reads the frame's
    article whole at the end of the body, and less well inside the frame's layout."""
    parts = {key[2:]: el for el in S.STREAMED_PARTS(tree) if (key := el.get("id", ""))[2:]}
    if not parts or len(parts) > S.MAX_STREAMED_PARTS:
        return  # beyond a bound, parts nested in parts would recurse too deep
    places: dict[str, list[HtmlElement]] = {}
    for el in S.STREAM_PLACES(tree):
        key = el.get("id", "")
        if key[:2] in S.STREAM_PLACE_PREFIXES and key[2:] in parts:
            places.setdefault(key[2:], []).append(el)
    moves: dict[str, bool] = {}

    def moves_in(key: str) -> bool:
        """Whether part `key` goes to its one place (parts it stands in decided first)."""
        if key not in moves:
            moves[key] = False  # a part inside itself, or a loop of parts, stays
            part, found = parts[key], places.get(key, [])
            moves[key] = (
                len(found) == 1
                and next(part.iter("h1", "header"), None) is None
                and all(moves_in(k) for k in _parts_around(found[0], parts))
            )
        return moves[key]

    for key, part in parts.items():
        if moves_in(key):
            _move_part(part, places[key][0])


def _parts_around(el: HtmlElement, parts: dict[str, HtmlElement]) -> list[str]:
    """The keys of the streamed parts `el` stands in."""
    return [
        key[2:]
        for a in el.iterancestors("div")
        if (key := a.get("id") or "")[:2] == "S:" and parts.get(key[2:]) is a
    ]


def _move_part(part: HtmlElement, place: HtmlElement) -> None:
    """`part`'s content in place of `place`."""
    parent = place.getparent()
    if parent is None:
        return
    index = parent.index(place)
    children = list(part)
    if children:
        children[-1].tail = (children[-1].tail or "") + (place.tail or "")
    else:
        part.text = (part.text or "") + (place.tail or "")
    _append_text(parent, index, part.text)
    parent.remove(place)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    part_parent = part.getparent()
    if part_parent is not None:
        _append_text(part_parent, part_parent.index(part), part.tail)
        part_parent.remove(part)


def _append_text(parent: HtmlElement, index: int, text: str | None) -> None:
    """Text that stood before the element at `index` of `parent`, kept in its place."""
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text


def drop_code(tree: HtmlElement) -> None:
    """Remove scripts and styles once they are read: every later pass over the tree
    (and the extractor's copies of it) is faster without them. JSON-LD stays, as the
    extractor reads it to recognise forum threads; so does a <noscript> or <svg> that
    holds an article (left unclosed, it swallows the rest of the body)."""
    code = [el for el in tree.iter(*S.CODE_TAGS) if not _is_jsonld(el) and not _holds_text(el)]
    for el in code:
        el.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_jsonld(el: HtmlElement) -> bool:
    return el.tag == "script" and "json" in (el.get("type") or "")


def _holds_text(el: HtmlElement) -> bool:
    """True for a <noscript> or <svg> with paragraphs of text in it."""
    if el.tag not in S.UNCLOSED_TAGS or not S.BLOCK_TEXT(el):
        return False
    return len(el.text_content().split()) >= S.UNCLOSED_MAX_WORDS


# -- meta tags -------------------------------------------------------------------


def read_meta(tree: HtmlElement) -> dict[str, str]:
    """Meta key (property, name or itemprop, lower case) → its first non-empty content."""
    meta: dict[str, str] = {}
    for el in S.META(tree):
        content = clean(el.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key and key not in meta:
                meta[key] = content
    return meta


# -- JSON-LD ---------------------------------------------------------------------


def read_jsonld(tree: HtmlElement) -> Iterator[JsonObject]:
    """Every object in the page's JSON-LD blocks, `@graph` members and nested entities."""
    for script in S.JSONLD(tree):
        yield from _objects(_load_json(script.text or ""), depth=0)


def _load_json(text: str) -> Any:
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        # Raw newlines and control characters inside strings are common and harmless.
        try:
            return json.loads(S.CONTROL_CHARS_RE.sub(" ", text), strict=False)
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
        for key in S.NESTED_ENTITY_KEYS:
            if isinstance(data.get(key), (dict, list)):
                yield from _objects(data[key], depth + 1)


def types_of(obj: JsonObject) -> list[str]:
    """`@type` as a list of bare names (`https://schema.org/NewsArticle` → `NewsArticle`)."""
    kinds = obj.get("@type")
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list):
        return []
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]


def _type_rank(kind: str) -> int:
    return S.ARTICLE_TYPES.index(kind) if kind in S.ARTICLE_TYPES else len(S.ARTICLE_TYPES)


def json_name(value: Any) -> str | None:
    """A name from a JSON-LD value: a string, `{"name": …}`, or the first of a list."""
    if isinstance(value, list):
        return next((n for n in map(json_name, value) if n), None)
    if isinstance(value, dict):
        value = value.get("name")
    return clean(value)


def json_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [n for n in map(json_name, items) if n]


# -- text helpers ------------------------------------------------------------------


def text_of(el: _Element) -> str | None:
    """The element's text with whitespace squeezed."""
    return clean("".join(el.itertext()) if len(el) else el.text)


def clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = S.SPACES_RE.sub(" ", value).strip()
    return text or None
