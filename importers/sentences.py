"""Where sentences end in the opening of a release: the rule its titles and heads share."""

from __future__ import annotations

import re
from collections.abc import Iterator

from importers import places

# A sentence ends at . ! ? (and a closing quote) before a capital or an opening quote —
# but not after an initial ("George W. Bush"), a title ("Rep.", "Sen.") or "U.S.", nor
# inside a place's name ("St. Louis", "Sault Ste. Marie") or an address ("Ste. 200").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?i:rep|reps|sen|sens|gov|mr|mrs|ms|dr|st|jr|sr|"
    r"lt|gen|col|sgt|capt|hon|rev|prof|inc|co|corp|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec|u\.s|d\.c|res|con|sec|dept|govt|assn|ave|blvd|mt|ft|ste|approx|est|cong))\.$"
)

# A capital letter standing alone (`Plan B.`, `Part D.`, `World War I.`) before a pronoun
# opening the next sentence: no initial, as an initial goes on to a name (`Ann B. Roe`,
# `J. I. Case`), never to `She`, `He`, `It`, `They`, `We` or `I`.
_LONE_LETTER = re.compile(r"(?:^|\s)[A-Z]\.$")
_PRONOUN_NEXT = re.compile(r"\s+[\"“‘(]?(?:She|He|It|They|We|I)(?![\w.-])")

# Short English words that places.region reads (case-blind) as a region's code or the
# start of a state's name (`we are.` as the Emirates' code, `for me.` as Maine, `log
# in.` as Indiana, `years ago.`, `he was.` as `Wash.`). A lower-case word of one to three
# letters ends its sentence only when it is one of these; any other is an abbreviation,
# as written in lower case (`et al.`, `ca.`, `40 mi.`, `fl.`). A longer lower-case word
# (`district.`, `color.`) is no state's abbreviation and ends its sentence.
_SHORT_ENGLISH_WORDS = frozenset(
    """as hi in me oh ok or ago and are ark arm bar bay can cod cog cub fin gin gum guy
    ill jam lie lot pan pen ten ton van was""".split()
)
# Brackets, quotation marks and dashes a word may open with (`(Ore.)`, `“Pa.`).
_OPENERS = "\"“‘'([{—–-"


def _region_abbreviation(word: str) -> bool:
    """A state's or a region's abbreviation, its full stop its own: capitalised
    (`Pa.`, `(Ore.`, `Del.`), or a lower-case one that is no English word (`al.`,
    `mi.`). Not a word its full stop follows after a bracket (`(VA).`, `ill).`)."""
    bare = word.lstrip(_OPENERS)
    if places.region(word) is None or not bare[:1].isalpha():
        return False
    glued = len(bare) >= 2 and bare.endswith(".") and bare[-2].isalpha()
    if bare[:1].isupper():
        return glued or bare == word
    letters = bare.removesuffix(".")
    return glued and len(letters) <= 3 and letters not in _SHORT_ENGLISH_WORDS


def sentence_ends(text: str) -> Iterator[int]:
    """Offsets just past each sentence's closing punctuation (and quote) in `text`;
    abbreviations ("Rep.", "U.S.", "J.", "Calif.") end no sentence."""
    for m in _SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].rstrip('"”’)')
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        letter = _LONE_LETTER.search(before[-3:]) and _PRONOUN_NEXT.match(text, m.end())
        region = _region_abbreviation(word)
        if not letter and (_ABBREVIATION.search(before[-12:]) or region):
            continue
        yield m.end()
