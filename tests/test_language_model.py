"""The language model, memory-mapped from an unpacked cache, answers as py3langid's own."""

from __future__ import annotations

import os
import stat

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from importers import language_model

SAMPLES = [
    "The harbour board met again on Monday to discuss berth fees for the coming season.",
    "Совет порта в понедельник снова обсудил плату за причалы на следующий сезон.",
    "Der Hafenrat traf sich am Montag erneut, um über die Liegegebühren zu beraten.",
    "Le conseil du port s'est réuni lundi pour discuter des droits d'amarrage.",
    "港务委员会周一再次开会讨论下一季度的泊位费用。",
    "WASHINGTON, D.C. – Senator Lena Marsh (D-OR) released the following statement",
    "12 345 678",
    "",
]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_mapped_model_answers_as_the_package(cache) -> None:
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    mapped = language_model.load_identifier()
    assert list(cache.glob("langid-*/ptc.npy")), "the model was not unpacked"
    for text in SAMPLES:
        assert mapped.classify(text) == packaged.classify(text), text
    again = language_model.load_identifier()  # from the cache this time
    assert [again.classify(t) for t in SAMPLES] == [packaged.classify(t) for t in SAMPLES]


def test_unwritable_cache_reads_the_model_as_before(cache) -> None:
    if os.geteuid() == 0:
        cache.write_text("a file where the cache folder should be")  # root ignores modes
    else:
        cache.mkdir()
        cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    identifier = language_model.load_identifier()
    assert identifier.classify(SAMPLES[0])[0] == "en"
    assert not isinstance(identifier.tk_nextmove, memoryview)


def test_a_half_written_cache_is_not_used(cache) -> None:
    language_model.load_identifier()
    (folder,) = cache.glob("langid-*")
    (folder / "nextmove.npy").unlink()
    identifier = language_model.load_identifier()  # unpacked again
    assert (folder / "nextmove.npy").is_file()
    assert identifier.classify(SAMPLES[1])[0] == "ru"
