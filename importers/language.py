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
_LETTER = re.compile(r"[^\W\d_]")
_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or the
    model unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    language, probability = _model().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None
