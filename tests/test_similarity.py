"""Near-duplicate signatures are datasketch's MinHash values, computed without it."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from datasketch import MinHash

from search import similarity

WORDS = (
    "the harbour board met on monday to discuss berth fees for a coming season and its chair "
    "told reporters that nothing would change Ölfus Страсбург 北京"
).split()


def _reference(text: str) -> str | None:
    shingles = similarity._shingles(text[: similarity.SIGNATURE_CHARS])
    if not shingles:
        return None
    minhash = MinHash(num_perm=similarity.PERMUTATIONS, seed=similarity.SEED)
    minhash.update_batch(shingles)
    return str(minhash.hashvalues.astype(">u4").tobytes().hex())


@pytest.mark.parametrize("words", [0, 1, 2, 3, 4, 7, 60, 2_500])
def test_signature_equals_datasketch(words: int) -> None:
    rng = random.Random(words)
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    assert similarity.signature(text) == _reference(text)


def test_signature_of_a_known_text_is_stable() -> None:
    # Archives store these values: a change here makes old signatures incomparable.
    sig = similarity.signature("fees")
    assert sig is not None and sig.startswith("a557d6264526fe224991b7c9b773b655")
    assert len(sig) == similarity.PERMUTATIONS * 8


def test_similar_texts_stay_near() -> None:
    base = " ".join(random.Random(1).choice(WORDS) for _ in range(400))
    edited = base.replace("berth", "quay", 1)
    a, b = similarity.signature(base), similarity.signature(edited)
    assert a and b and similarity.is_near(a, b)


def test_the_store_does_not_import_scipy() -> None:
    # SciPy (pulled in by datasketch's package) costs every import process tens of MB.
    code = "import sys, search.sqlite, search.similarity; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "lines",
    [
        ["", "fees"],
        ["Harbour Board", "The board met.", "", "Its chair told reporters: nothing."],
        ["STRASSE", "Die Straße und die Maße", "ΟΔΟΣ ΣΟΦΙΑΣ", "snake_case and bare_words"],
        ["Headline", *(" ".join(WORDS) for _ in range(800))],  # longer than a signature reads
    ],
)
def test_a_documents_signature_and_stems_from_its_words_read_once(lines: list[str]) -> None:
    from search.model import Document
    from search.stemming import stem_text

    doc = Document(id="d", headline=lines[0], body=lines[1:])
    sig, words = similarity.document_signature_and_words(doc)
    assert sig == similarity.signature("\n".join(lines)[: similarity.SIGNATURE_CHARS])
    assert sig == _reference("\n".join(lines))
    if len("\n".join(lines)) < similarity.SIGNATURE_CHARS:
        assert words is not None
    if words is not None:
        for language in ("en", "de", "el", "ru"):
            alone = stem_text(doc.body, language)
            assert stem_text(doc.body, language, words[1:]) == alone
