"""Names across scripts: a Cyrillic name in the Latin letters English copy uses.

`Олег Степанов` is `Oleg Stepanov` in English agency copy. The letters come from
anyascii (a BGN/PCGN-like table: `Мария` → `Mariya`, `Дмитрий` → `Dmitriy`); the soft
and hard signs are dropped and the endings English copy writes most often are taken
(`-iy`/`-yy` → `-y`: Dmitry, Nikolsky; `-iya` → `-ia`: Maria), so more full names meet
their English spelling. Latin names are returned unchanged: no two people written in
Latin letters are merged by this.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SIGNS = re.compile(r"['\"ʹʺ’]")
# Word endings as English copy writes them: Dmitriy → Dmitry, Zelenskiy → Zelensky,
# Mariya → Maria. Only ever applied to transliterated words.
_ENDINGS = (
    (re.compile(r"(?<=[a-z])(?:iy|yy|ii|yi)\b", re.IGNORECASE), "y"),
    (re.compile(r"iya\b", re.IGNORECASE), "ia"),
)


def has_cyrillic(text: str) -> bool:
    """Whether the text has a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def latin_name(name: str) -> str:
    """The name in Latin letters; a name without Cyrillic letters as it is."""
    if not has_cyrillic(name):
        return name
    words = []
    for word in name.split():
        if not has_cyrillic(word):
            words.append(word)
            continue
        latin = _SIGNS.sub("", anyascii(word))
        for pattern, ending in _ENDINGS:
            latin = pattern.sub(ending, latin)
        words.append(latin)
    return " ".join(words)
