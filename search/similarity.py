"""Near-duplicate detection: the same wire story republished with small edits.

MinHash signatures (datasketch) over word 3-shingles estimate how much of their wording
two texts share (Jaccard similarity). A signature is cut into bands; texts that share
a band are candidates, and candidates whose estimated similarity reaches `THRESHOLD`
are near-duplicates. Bands are stored as keys, so candidates come from exact lookups in
either backend.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash

if TYPE_CHECKING:
    from .model import Document

PERMUTATIONS = 64
BANDS = 16  # of 4 rows: texts ~50% alike already share a band with good odds
THRESHOLD = 0.75
SEED = 7
SIGNATURE_CHARS = 100_000  # far longer than any statement
_WORD = re.compile(r"\w+")


def _shingles(text: str, size: int = 3) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def document_signature(doc: Document) -> str | None:
    """The signature a document is stored with: of its headline and body, on every backend."""
    return signature(_opening([doc.headline or "", *doc.body], SIGNATURE_CHARS))


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
    shingles = _shingles(text[:SIGNATURE_CHARS])
    if not shingles:
        return None
    # A copy of one empty MinHash: its permutations are drawn once, not per text.
    minhash = _empty().copy()
    minhash.update_batch(shingles)
    hexed: str = minhash.hashvalues.astype(">u4").tobytes().hex()
    return hexed


@functools.cache
def _empty() -> MinHash:
    return MinHash(num_perm=PERMUTATIONS, seed=SEED)


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
