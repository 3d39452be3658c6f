"""The cost of parsing one document, bounded.

A statement is a few thousand words; an input can be a whole book, or a single
paragraph of a million quotes. The text past `MINE_CHARS` is kept in the document (it
is stored, indexed and shown) but only the opening is mined for headline, dateline,
speakers and quotes, and the document records how much was mined.
"""

from __future__ import annotations

import datetime as dt
import re

from search.model import Document, Origin, document_id

MINE_CHARS = 200_000  # characters of one document's text read for its structure (~30,000 words)
MINE_HTML_BYTES = 4 * 1024 * 1024  # bytes of one page handed to the HTML parser
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # a run of lines without a blank one


def parse_text_bounded(
    text: str,
    *,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    origin: Origin | None = None,
    head_quotes: bool = True,
) -> Document:
    """`parse_text`, mining only the first `MINE_CHARS` characters; the rest is kept.
    `head_quotes=False`: the caller reads the head's quotations (`parse_text`)."""
    from .russian import is_russian, parse_russian
    from .text import parse_text

    # Russian copy has its own datelines, quote marks and inflected names.
    russian = is_russian(text)

    def parse(text: str) -> Document:
        if russian:
            return parse_russian(text, source=source, published=published, url=url, origin=origin)
        return parse_text(
            text,
            source=source,
            published=published,
            url=url,
            origin=origin,
            head_quotes=head_quotes,
        )

    if len(text) <= MINE_CHARS:
        return parse(text)
    # Cut at a paragraph break near the limit, so no paragraph is split in two.
    cut = text.rfind("\n", MINE_CHARS // 2, MINE_CHARS)
    cut = cut if cut > 0 else MINE_CHARS
    doc = parse(text[:cut])
    # Paragraph by paragraph from the cut: no copy of the rest, no list of its pieces.
    rest = (" ".join(m.group().split()) for m in _PARAGRAPH.finditer(text, cut))
    doc.body.extend(p for p in rest if p)
    return mark_unmined(doc, cut)


def mark_unmined(doc: Document, mined: int) -> Document:
    """Record that only the first `mined` characters were mined; the id follows the text."""
    doc.mined_chars = mined
    if not doc.url:
        doc.id = document_id(doc.url, doc.headline, doc.body)
    return doc


def parse_html_bounded(
    data: bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
    origin: Origin | None = None,
) -> Document:
    """`parse_html` on at most the first `MINE_HTML_BYTES` of a page (the original keeps
    every byte); a longer page's text is then mined to the same bound as plain text."""
    from .html import parse_html

    cut = len(data) > MINE_HTML_BYTES
    doc = parse_html(
        data[:MINE_HTML_BYTES] if cut else data,
        url=url,
        source=source,
        published=published,
        origin=origin,
    )
    return mark_unmined(doc, len(doc.text)) if cut else doc
