"""A readable title for a document that has no headline: who issued it and its first sentence.

`derived_title(doc)` → `Jane Roe: Today, Congresswoman Roe announced $2 million for …`,
shortened at a word. Result lists, feeds and exports show it, marked as derived, where a
headline would stand; the headline itself stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from importers import places
from search.model import Document

# Long enough to say what the release is about, short enough for one line of a list.
MAX_TITLE_CHARS = 110
ELLIPSIS = "…"
# The first sentence is looked for within this many characters: a title is cut shorter.
SENTENCE_WINDOW = 2 * MAX_TITLE_CHARS
# A sentence ends at . ! ? (and a closing quote) before a capital or an opening quote —
# but not after an initial ("George W. Bush"), a title ("Rep.", "Sen.") or "U.S.".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?i:rep|reps|sen|sens|gov|mr|mrs|ms|dr|st|jr|sr|"
    r"lt|gen|col|sgt|capt|hon|rev|prof|inc|co|corp|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec|u\.s|d\.c|res|con|sec|dept|govt|assn|ave|blvd|mt|ft|approx|est|cong))\.$"
)


def derived_title(doc: Document) -> str | None:
    """`Issuer: first sentence…` for a document without a headline; None when it has one."""
    if doc.headline or not doc.body:
        return None
    from importers.release_head import strip_opening_metadata  # it imports this module

    # "FOR IMMEDIATE RELEASE Tuesday, May 1, 2012 Rep. Roe …": the title starts at "Rep."
    sentence = first_sentence(strip_opening_metadata(doc.body[0]))
    if not sentence:
        return None
    issuer = (doc.source or "").strip()
    text = f"{issuer}: {sentence}" if issuer else sentence
    return shorten(text, MAX_TITLE_CHARS)


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence (the whole paragraph when it has one only)."""
    # A title needs the opening only; a run-together release is one long paragraph.
    paragraph = " ".join(paragraph[:SENTENCE_WINDOW].split())
    end = next(sentence_ends(paragraph), None)
    return paragraph[:end].strip() if end is not None else paragraph


def sentence_ends(text: str) -> Iterator[int]:
    """Offsets just past each sentence's closing punctuation (and quote) in `text`;
    abbreviations ("Rep.", "U.S.", "J.", "Calif.") end no sentence."""
    for m in _SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].rstrip('"”’)')
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        if _ABBREVIATION.search(before[-12:]) or places.region(word) is not None:
            continue
        yield m.end()


def shorten(text: str, limit: int) -> str:
    """`text` cut at the last whole word that fits in `limit` characters, with `…`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + ELLIPSIS
