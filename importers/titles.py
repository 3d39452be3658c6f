"""A readable title for a document that has no headline: who issued it and its first sentence.

`derived_title(doc)` → `Jane Roe: Today, Congresswoman Roe announced $2 million for …`,
shortened at a word. Result lists, feeds and exports show it, marked as derived, where a
headline would stand; the headline itself stays empty.
"""

from __future__ import annotations

from importers.release_head import strip_opening_metadata
from importers.sentences import sentence_ends
from search.model import Document

# Long enough to say what the release is about, short enough for one line of a list.
MAX_TITLE_CHARS = 110
ELLIPSIS = "…"
# The first sentence is looked for within this many characters: a title is cut shorter.
SENTENCE_WINDOW = 2 * MAX_TITLE_CHARS


def derived_title(doc: Document) -> str | None:
    """`Issuer: first sentence…` for a document without a headline; None when it has one."""
    if doc.headline or not doc.body:
        return None
    # "FOR IMMEDIATE RELEASE Tuesday, May 1, 2012 Rep. Roe …": the title starts at "Rep."
    sentence = first_sentence(strip_opening_metadata(doc.body[0]))
    issuer = (doc.source or "").strip()
    if not any(c.isalnum() for c in sentence):
        # A record with no words ("."): the issuer alone says whose it is.
        return shorten(issuer, MAX_TITLE_CHARS) if issuer else None
    text = f"{issuer}: {sentence}" if issuer else sentence
    return shorten(text, MAX_TITLE_CHARS)


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence (the whole paragraph when it has one only)."""
    # A title needs the opening only; a run-together release is one long paragraph.
    paragraph = " ".join(paragraph[:SENTENCE_WINDOW].split())
    end = next(sentence_ends(paragraph), None)
    return paragraph[:end].strip() if end is not None else paragraph


def shorten(text: str, limit: int) -> str:
    """`text` cut at the last whole word that fits in `limit` characters, with `…`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + ELLIPSIS
