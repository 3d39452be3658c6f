"""The language of a document, by py3langid (langid.py's model: 97 languages).

Chosen over lingua-language-detector by measurement (scripts/bench_language.py): as
accurate on items of a few hundred characters, several times faster, and the import
rate of English releases matters. Only the opening of a text is read: beyond a few
hundred characters accuracy no longer rises but the time does.
"""

from __future__ import annotations

import re
import threading
from typing import Any

SAMPLE_CHARS = 250
# Below this probability the answer is a guess; short or mixed texts are left unknown.
MIN_PROBABILITY = 0.5
# Too few letters to tell a language by (a number, a name, a dateline).
MIN_LETTERS = 12
# MIN_LETTERS letters (word characters but digits and `_`), anything between: a search
# that stops at the twelfth letter instead of a list of every letter of the sample.
_ENOUGH_LETTERS = re.compile(rf"[^\W\d_](?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS - 1}}}")
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
# English at a glance, before the model (a fifth of its time; most imports are
# English): English function words, at least ENGLISH_DISTINCT of them and
# ENGLISH_SHARE of the words, no letter outside ASCII and no lower-case function word
# of another language written in Latin letters (Dutch `of`, Afrikaans `die`, a Spanish
# `que`). Everything else goes to the model. Agreement with the model is measured by
# scripts/bench_language.py.
ENGLISH_WORDS = frozenset(
    "the of and to that with from this which their been would has are is for was will have".split()
)
NOT_ENGLISH_WORDS = frozenset(
    "de het een van en die der das und ist nicht ein eine le la les des et est une du el"
    " los las y que del por il di che della og och att som er ikke na je nie si ng sa"
    " ang mga dan yang untuk ini itu".split()
)
ENGLISH_DISTINCT = 3
ENGLISH_SHARE = 0.1
_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from importers.language_model import load_identifier

            _identifier = load_identifier()  # mapped, not read: see language_model.py
    return _identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or the
    model unsure."""
    sample = text[:SAMPLE_CHARS]
    if not _ENOUGH_LETTERS.search(sample):
        return None
    if looks_english(sample):
        return "en"
    return model_language(sample)


def model_language(sample: str) -> str | None:
    """py3langid's answer for the sample, or None when it is unsure."""
    language, probability = _model().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None


def looks_english(sample: str) -> bool:
    """Whether the sample is plainly English by its function words alone."""
    if _NON_ASCII_LETTER.search(sample):
        return False
    words = _WORD.findall(sample)
    # Case kept: `De`, `Los`, `IL` are names and places in English copy, not words.
    if not NOT_ENGLISH_WORDS.isdisjoint(words):
        return False
    hits = [w for w in (w.lower() for w in words) if w in ENGLISH_WORDS]
    return len(set(hits)) >= ENGLISH_DISTINCT and len(hits) >= ENGLISH_SHARE * len(words)
