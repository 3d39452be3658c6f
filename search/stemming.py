"""Word forms for search: Snowball stems chosen by a document's language.

The embedded archive indexes every text twice: as written (exact forms, for quoted
words, phrases and prefixes, and for ranking exact forms first) and as stems, so that
`санкции` finds `санкциях` and `tariff` finds `tariffs`. SQLite cannot run a Python
tokenizer inside FTS5, so the stemmed text is made here, one stem per word, and FTS5
only splits it on spaces.

A document's words are stemmed by its language's stemmer; words in another script
(a Latin name in Russian copy, a Cyrillic name in English copy) by the usual stemmer of
that script. Each stem carries the tag of the stemmer that made it (`hous_en`,
`санкц_ru`), so a query word, stemmed by every stemmer, meets a document's stem only
under that document's stemmer: German `news` → `new` cannot match English `new`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable
from itertools import chain, filterfalse

import Stemmer

# ISO 639-1 code → Snowball algorithm. Ukrainian has no Snowball stemmer; the Russian
# one strips the endings the two languages share, which is better than none.
ALGORITHMS = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "nb": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "uk": "russian",
}
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "sr", "bg", "be", "mk"})
DEFAULT_LATIN = "english"
DEFAULT_CYRILLIC = "russian"
# Words as FTS5's unicode61 tokenizer splits them: letters and digits, not underscores.
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[a-z\u00c0-\u024f]")
# The tag of each algorithm: the first language code that uses it.
TAGS = {a: code for code, a in reversed(ALGORITHMS.items())}
TOKEN_CHARS = "_"  # the FTS5 tokenizer keeps `stem_tag` as one token
# A stem this short is no sign of a word form (used when marking stemmed hits).
MIN_PREFIX = 3

_local = threading.local()  # Stemmer objects are not safe to share between threads
# Tagged stems by word, per algorithm: a release's words are mostly words seen before,
# and a dictionary lookup costs a small part of a call into the stemmer. Bounded: the
# table is emptied when it grows past this many words (a few MB).
CACHE_WORDS = 50_000
_tagged: dict[str, dict[str, str]] = {}


def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(algorithm)
    if stemmer is None:
        stemmer = stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmer


def _tagged_table(algorithm: str, words: Collection[str]) -> dict[str, str]:
    """The table of `stem_tag` by word for one algorithm, holding at least `words`."""
    table = _tagged.get(algorithm)
    if table is None or len(table) > CACHE_WORDS:
        table = _tagged[algorithm] = {}
    missing = list(filterfalse(table.__contains__, words))
    if missing:
        tag = "_" + TAGS[algorithm]
        stems = [s + tag for s in _stemmer(algorithm).stemWords(missing)]
        table.update(zip(missing, stems, strict=True))
    return table


def _algorithm(language: str | None) -> str | None:
    return ALGORITHMS.get((language or "").split("-")[0].lower())


def stem_texts(
    texts: list[str],
    language: str | None,
    reads: list[list[str] | None] | None = None,
) -> list[str]:
    """`stem_text` of each of several short texts of one document (its headline, its
    quotes): the stemmer is chosen, and its table filled, once for all of them.
    `reads`: a text's words as `WORD` splits it lower-cased, where a caller found them
    already (None where not), so they are not read again."""
    algorithm, foreign = _choice(language)
    given: Iterable[list[str] | None] = [None] * len(texts) if reads is None else reads
    # A text with letters of the other script is stemmed as `stem_text` does (rare).
    words = [
        None
        if foreign.search(t)
        else dict.fromkeys(WORD.findall(t.lower()) if read is None else read)
        for t, read in zip(texts, given, strict=True)
    ]
    table = _tagged_table(algorithm, list(chain.from_iterable(filter(None, words))))
    return [
        stem_text(text, language)
        if w is None
        else " ".join(dict.fromkeys(map(table.__getitem__, w)))
        for text, w in zip(texts, words, strict=True)
    ]


def _choice(language: str | None) -> tuple[str, re.Pattern[str]]:
    """The stemmer of a document's language and the pattern of the other script's letters."""
    algorithm = _algorithm(language)
    cyrillic_doc = (language or "").split("-")[0].lower() in CYRILLIC_LANGUAGES
    if algorithm is None:
        algorithm = DEFAULT_CYRILLIC if cyrillic_doc else DEFAULT_LATIN
    return algorithm, LATIN if cyrillic_doc else CYRILLIC


def stem_text(
    text: str | Iterable[str],
    language: str | None,
    folded: Iterable[list[str]] | None = None,
) -> str:
    """The text's distinct stems, space-separated, by the document's language.

    Distinct, because the stem tables answer only whether and in which column a word's
    forms occur (phrases and counts are the exact tables' business): half the words to
    stem and index in a release. `text` may be given as its paragraphs (the same stems
    as their join), so a long body is never joined, nor lower-cased, as one string.
    `folded`: each line's words as `str.casefold` and `\\w+` split them, read already
    (`similarity.document_signature_and_words`): a line's words where its case folds as
    it lowers and it holds no underscore, which is nearly always.
    """
    lines = [text] if isinstance(text, str) else list(text)
    reads: Iterable[list[str] | None] = [None] * len(lines) if folded is None else folded
    # Distinct words as they are read, a paragraph at a time: a list of every word of a
    # long text would be the largest thing an import holds.
    words: dict[str, None] = {}
    for line, read in zip(lines, reads, strict=True):
        if read is not None and "_" not in line and folds_as_lowered(line):
            words.update(dict.fromkeys(read))
        else:
            words.update(dict.fromkeys(WORD.findall(line.lower())))
    if not words:
        return ""
    algorithm, foreign = _choice(language)
    if not any(foreign.search(line) for line in lines):
        # One script throughout (the usual case): one stemmer for every word.
        table = _tagged_table(algorithm, words)
        return " ".join(dict.fromkeys(map(table.__getitem__, words)))
    other = DEFAULT_LATIN if foreign is LATIN else DEFAULT_CYRILLIC
    alien = [w for w in words if foreign.search(w)]
    own = [w for w in words if not foreign.search(w)]
    alien_table, own_table = _tagged_table(other, alien), _tagged_table(algorithm, own)
    stems = {w: alien_table[w] for w in alien} | {w: own_table[w] for w in own}
    return " ".join(dict.fromkeys(stems[w] for w in words))


# The characters whose case folding is not their lower case (`ß` → `ss`, `ς` → `σ`,
# Cherokee, ligatures; Unicode 14, tests/test_stemming_folds.py checks it against every
# code point), and `Σ`, which `str.lower` alone makes `ς` at a word's end.
_FOLDS_OTHERWISE = re.compile(
    "[\u00b5\u00df\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1"
    "\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88"
    "\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6"
    "\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7"
    "\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\uab70-\uabbf"
    "\ufb00-\ufb06\ufb13-\ufb17]"
)


def folds_as_lowered(text: str) -> bool:
    """Whether `str.casefold` and `str.lower` give the same text (`ß`, `ς` and a few
    more fold otherwise): then words read from the folded text are the lowered text's.
    ASCII text always does, and text without any of `_FOLDS_OTHERWISE` does (one scan,
    half the time of both copies); only text with one of them is copied twice to be
    compared."""
    return text.isascii() or not _FOLDS_OTHERWISE.search(text) or text.casefold() == text.lower()


def _stems(word: str) -> dict[str, str]:
    lower = word.lower()
    return {tag: _stemmer(a).stemWord(lower) for a, tag in TAGS.items()}


def query_stems(word: str) -> list[str]:
    """Every tagged stem a document may have stored for this word, one per stemmer."""
    return sorted({f"{s}_{tag}" for tag, s in _stems(word).items() if s})


def marking_prefix(word: str) -> str | None:
    """The shortest stem that begins the word: a prefix that marks its other forms in
    snippets (`hous` for `housing`, `санкц` for `санкции`)."""
    lower = word.lower()
    prefixes = [s for s in _stems(lower).values() if lower.startswith(s) and len(s) >= MIN_PREFIX]
    return min(prefixes, key=len) if prefixes else None


# -- Elasticsearch -----------------------------------------------------------------

# Languages Elasticsearch stems, with the hunspell dictionaries the node is given
# (scripts/elasticsearch.sh): each document's texts go to the fields of its language.
HUNSPELL_LANGUAGES = ("en", "ru")


def index_language(language: str | None, text: str) -> str | None:
    """Which stemmed fields a document's texts go to: its language's, if Elasticsearch
    stems it; an undetected language goes by script (Cyrillic Russian, else English)."""
    code = (language or "").split("-")[0].lower()
    if code in HUNSPELL_LANGUAGES:
        return code
    if code:
        return None
    cyrillic = len(CYRILLIC.findall(text))
    return "ru" if cyrillic * 2 > len(LATIN.findall(text.lower())) else "en"


def stemmed_fields(language: str | None, fields: dict[str, str]) -> dict[str, dict[str, str]]:
    """`{"en": fields}` for the document's stemming language, or nothing."""
    code = index_language(language, " ".join(fields.values())[:2000])
    return {code: fields} if code else {}
