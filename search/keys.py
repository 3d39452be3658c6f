"""The one key function facet values and names are compared by, on every backend.

Kept in a module of its own (no imports of ours) so that the facet spec, speaker
identity and both backends can all read it without importing one another.
"""

from __future__ import annotations

import unicodedata


def facet_key(value: str) -> str:
    """The form a facet value is compared by: NFKC, whitespace collapsed, case folded.

    Case folding (not lower-casing) makes "Straße" and "STRASSE" one key; NFKC makes a
    composed and a decomposed "é" one key. Python computes it and both backends store
    it, so SQLite and Elasticsearch compare the same string.
    """
    # NFKC before folding (so compatibility forms such as "ℌ" fold too) and after it
    # (folding can decompose); whitespace last, since NFKC can make spaces ("¯" → " ̄").
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())
    return " ".join(folded.split())
