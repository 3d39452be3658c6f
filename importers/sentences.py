"""Where sentences end in the opening of a release: the rule its titles and heads share."""

from __future__ import annotations

import re
from collections.abc import Iterator

from importers import places

# A sentence ends at . ! ? (and a closing quote) before a capital or an opening quote —
# but not after an initial ("George W. Bush"), a title ("Rep.", "Sen.") or "U.S.".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?i:rep|reps|sen|sens|gov|mr|mrs|ms|dr|st|jr|sr|"
    r"lt|gen|col|sgt|capt|hon|rev|prof|inc|co|corp|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec|u\.s|d\.c|res|con|sec|dept|govt|assn|ave|blvd|mt|ft|approx|est|cong))\.$"
)

# A capital letter standing alone (`Plan B.`, `Part D.`, `World War I.`) before a pronoun
# opening the next sentence: no initial, as an initial goes on to a name (`Ann B. Roe`,
# `J. I. Case`), never to `She`, `He`, `It`, `They`, `We` or `I`.
_LONE_LETTER = re.compile(r"(?:^|\s)[A-Z]\.$")
_PRONOUN_NEXT = re.compile(r"\s+[\"“‘(]?(?:She|He|It|They|We|I)(?![\w.-])")


def sentence_ends(text: str) -> Iterator[int]:
    """Offsets just past each sentence's closing punctuation (and quote) in `text`;
    abbreviations ("Rep.", "U.S.", "J.", "Calif.") end no sentence."""
    for m in _SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].rstrip('"”’)')
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        letter = _LONE_LETTER.search(before[-3:]) and _PRONOUN_NEXT.match(text, m.end())
        # A state's abbreviation is capitalised (`Pa.`, `Del.`); a lower-case word
        # spelt like one (`we are.`, `for me.`, `log in.`) ends its sentence.
        region = word[:1].isupper() and places.region(word) is not None
        if not letter and (_ABBREVIATION.search(before[-12:]) or region):
            continue
        yield m.end()
