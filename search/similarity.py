"""Near-duplicate detection: the same wire story republished with small edits.

MinHash signatures over word 3-shingles estimate how much of their wording two texts
share (Jaccard similarity). A signature is cut into bands; texts that share
a band are candidates, and candidates whose estimated similarity reaches `THRESHOLD`
are near-duplicates. Bands are stored as keys, so candidates come from exact lookups in
either backend.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
from collections.abc import Callable
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .model import Document

PERMUTATIONS = 64
BANDS = 16  # of 4 rows: texts ~50% alike already share a band with good odds
THRESHOLD = 0.75
SEED = 7
SIGNATURE_CHARS = 100_000  # far longer than any statement
_WORD = re.compile(r"\w+")


def _sha1_maker() -> Callable[[bytes], Any]:
    """SHA-1 by CPython's own module where it is built: hashing a shingle through OpenSSL
    looks the algorithm up again at each call (with `usedforsecurity=False`, which a
    FIPS-restricted OpenSSL needs for SHA-1, the look-up costs more than the hashing).
    The digests are the same."""
    try:
        return importlib.import_module("_sha1").sha1  # type: ignore[no-any-return]
    except ImportError:
        return functools.partial(hashlib.sha1, usedforsecurity=False)


_sha1 = _sha1_maker()


def _shingles(text: str) -> list[bytes]:
    """The text's word 3-shingles as UTF-8, in order (a text of three words or fewer is
    one shingle)."""
    return _shingles_of(_WORD.findall(text.casefold()))


def _shingles_of(words: list[str]) -> list[bytes]:
    if len(words) <= 3:
        return [" ".join(words).encode("utf-8")] if words else []
    # An f-string over three zipped lists: half the time of slicing and joining each.
    return [f"{a} {b} {c}".encode() for a, b, c in zip(words, words[1:], words[2:], strict=False)]


def document_signature(doc: Document) -> str | None:
    """The signature a document is stored with: of its headline and body, on every backend."""
    return document_signature_and_words(doc)[0]


def document_signature_and_words(doc: Document) -> tuple[str | None, list[list[str]] | None]:
    """`document_signature`, and the words it was made of, line by line (the headline,
    then each paragraph, as `str.casefold` and `\\w+` give them), for the stems to take
    up (`stemming.stem_text`): None for a text longer than a signature reads, whose last
    words the signature may cut."""
    lines = [doc.headline or "", *doc.body]
    if sum(map(len, lines)) + len(lines) > SIGNATURE_CHARS:
        return signature(_opening(lines, SIGNATURE_CHARS)), None
    # The words of the lines joined by newlines, read a line at a time.
    words = [_WORD.findall(line.casefold()) for line in lines]
    return _minhash(_shingles_of(list(chain.from_iterable(words)))), words


def _opening(lines: list[str], limit: int) -> str:
    """The first `limit` characters of the lines joined by newlines, without joining the
    rest: a book-length body costs only its opening."""
    taken, size = [], 0
    for line in lines:
        taken.append(line)
        size += len(line) + 1
        if size > limit:
            break
    return "\n".join(taken)[:limit]


def signature(text: str) -> str | None:
    """The MinHash signature of a text as hex, or None for a text without words.

    Only the opening `SIGNATURE_CHARS` count: a republished story shares its opening,
    and a book-length input must not cost its length in shingles.
    """
    return _minhash(_shingles(text[:SIGNATURE_CHARS]))


def _minhash(shingles: list[bytes]) -> str | None:
    if not shingles:
        return None
    # datasketch's MinHash (2.x, scheme "affine32", its default) computed with numpy
    # alone: importing datasketch imports SciPy for its LSH classes, tens of megabytes
    # in every process for nothing used here. The values are the same bit for bit
    # (tests/test_similarity.py checks them against datasketch), so stored signatures
    # stay comparable.
    # The first 4 bytes of each SHA-1, little-endian, as datasketch's sha1_hash32, taken
    # by numpy from the joined digests rather than sliced one by one in Python.
    # A list comprehension, not a generator: join() would build the list anyway.
    digests = b"".join([_sha1(s).digest() for s in shingles])
    hashed = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4")
    first, second = _permutations()
    values = _mix(hashed) * first
    values += second  # in place: one shingles-by-permutations array, not two
    hexed: str = values.min(axis=0).astype(">u4").tobytes().hex()
    return hexed


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The permutations h -> a*h + b (mod 2**32, a odd), drawn as datasketch draws them."""
    gen = np.random.RandomState(SEED)
    first = gen.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    second = gen.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return first, second


def _mix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, element-wise (wrapping multiplication)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = h ^ (h >> np.uint32(16))
    return mixed


def _values(sig: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(sig), dtype=">u4")


def bands(sig: str) -> list[str]:
    """The band keys of a signature: band number and the hash of its rows."""
    width = len(sig) // BANDS
    return [f"{i}:{sig[i * width : (i + 1) * width]}" for i in range(BANDS)]


def band_keys(sig: str) -> list[int]:
    """The bands of a signature as 32-bit integers (a compact index key for the same
    lookups as `bands`; a collision only adds a candidate, which `similarity` checks)."""
    return [
        int.from_bytes(hashlib.blake2b(band.encode("ascii"), digest_size=4).digest())
        for band in bands(sig)
    ]


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(np.mean(_values(a) == _values(b)))


def is_near(a: str, b: str) -> bool:
    return similarity(a, b) >= THRESHOLD
