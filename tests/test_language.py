"""Language detection per document, and the language facet on both backends."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from importers.language import detect_language
from importers.pipeline import import_paths
from importers.text import parse_text
from search.base import SearchRequest
from search.query import parse_query
from search.sqlite import SqliteBackend

FOLDER = Path(__file__).parent / "fixtures" / "languages"
ITEMS = sorted(FOLDER.glob("*.txt"))  # named <language>-<subject>.txt


def expected() -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in ITEMS:
        lang = path.name.split("-")[0]
        counts[lang] = counts.get(lang, 0) + 1
    return counts


@pytest.mark.parametrize("path", ITEMS, ids=lambda p: p.name)
def test_each_short_item_gets_its_language(path):
    assert (
        parse_text(path.read_text(encoding="utf-8"), quotes=False).language
        == (path.name.split("-")[0])
    )


def test_too_little_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("12.03.2024 — 15:40") is None
    assert detect_language("МОСКВА") is None


def _language_facet(backend) -> dict[str, int]:
    result = backend.search(SearchRequest(parse_query(""), facets=["language"]))
    return {v.value: v.count for v in result.facets["language"].values}


def test_language_facet_of_a_mixed_folder_sqlite(tmp_path):
    backend = SqliteBackend(tmp_path / "mixed.db")
    try:
        summary = import_paths(backend, [str(FOLDER)])
        assert not summary.failures
        assert _language_facet(backend) == expected()
    finally:
        backend.close()


@pytest.mark.elasticsearch
def test_language_facet_of_a_mixed_folder_elasticsearch(elasticsearch_url):
    from search.elastic import ElasticBackend

    backend = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        summary = import_paths(backend, [str(FOLDER)])
        assert not summary.failures
        backend.client.indices.refresh(index=",".join(backend.aliases.values()))
        assert _language_facet(backend) == expected()
    finally:
        backend.drop()
        backend.close()


# -- the English glance and the stems ---------------------------------------------


def test_plain_english_is_told_at_a_glance():
    from importers.language import looks_english

    assert looks_english(
        "The council said on Monday that the new ferry timetable will start in May, and "
        "that fares for residents have been frozen for this year."
    )
    # Names that are function words elsewhere are not taken for them.
    assert looks_english(
        "Mayor De Blasio and the Los Angeles delegation said that the plan has been "
        "approved by the board, which will meet again in June."
    )


@pytest.mark.parametrize(
    "text",
    [
        # Dutch `of` and Afrikaans `die` are English-looking words.
        "Of de gemeente de nieuwe dienstregeling van de veerboot in mei invoert, is nog "
        "niet bekend; het college beslist of de tarieven gelijk blijven.",
        # English words quoted in a Spanish sentence.
        "El ayuntamiento dijo que the new timetable will start in May and that it has "
        "been approved, según la nota del puerto.",
        "Le conseil a dit que le musée ouvrira en mai.",
    ],
)
def test_other_languages_go_to_the_model(text):
    from importers.language import looks_english, model_language

    assert not looks_english(text)
    assert detect_language(text) == model_language(text[:250])


def _reference_stems(text: str, language: str) -> str:
    """Each word's Snowball stem with its stemmer's tag, first occurrences in order."""
    import Stemmer

    from search.stemming import ALGORITHMS, CYRILLIC, TAGS, WORD

    algorithm = ALGORITHMS[language]
    other = "english" if algorithm == "russian" else "russian"
    out = []
    for word in WORD.findall(text.lower()):
        cyrillic = bool(CYRILLIC.search(word))
        use = other if cyrillic != (algorithm == "russian") else algorithm
        out.append(Stemmer.Stemmer(use).stemWord(word) + "_" + TAGS[use])
    return " ".join(dict.fromkeys(out))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Housing costs rose; the houses and housing estates were housed.", "en"),
        ("Санкции и санкциях: о санкций говорил посол.", "ru"),
        ("Олег Степанов said the sanctions (санкции) were discussed.", "en"),
        ("Посол Oleg Stepanov заявил о санкциях против Canada.", "ru"),
    ],
)
def test_stems_are_each_words_snowball_stem_however_often_asked(text, language):
    from search.stemming import stem_text

    expected = _reference_stems(text, language)
    assert stem_text(text, language) == expected
    assert stem_text(text, language) == expected  # from the table of words seen
    assert stem_text(text.split(" "), language) == expected  # given as its lines


def test_short_texts_stemmed_together_are_each_stemmed_as_alone():
    from search.stemming import stem_text, stem_texts

    texts = [
        "",
        "Housing costs rose; the houses were housed.",
        "Олег Степанов said the sanctions (санкции) were discussed.",
        "Tariffs, tariffs and a tariff",
        "Посол Oleg Stepanov заявил о санкциях.",
        "snake_case words_apart",
    ]
    for language in ("en", "ru", "de", None):
        alone = [stem_text(text, language) for text in texts]
        assert stem_texts(texts, language) == alone
        assert stem_texts(texts[::-1], language) == alone[::-1]


TRICKY_TEXTS = [
    "",
    "Plain words, said the chair.",
    "Die Straße und die Maße",
    "ΟΔΟΣ ΣΟΦΙΑΣ and όδος",
    "snake_case and bare_words",
    "a \x02marked\x03 word and half\x02way",
    "the ﬁnal ﬂoor (ligatures NFKC spells out)",
    "Cafe\u0301 and café",
    "ＦＵＬＬ width ２０２６",
    "Олег Степанов said the sanctions (санкции) were discussed.",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_a_quotes_key_and_stems_from_its_words_read_once(text: str) -> None:
    from search.model import quote_key
    from search.sqlite import _clean, _quote_key_and_words
    from search.stemming import stem_text, stem_texts

    key, words = _quote_key_and_words(text)
    assert key == quote_key(text)
    for language in ("en", "de", "el", "ru"):
        alone = stem_text(_clean(text), language)
        assert stem_texts([_clean(text)], language, [words]) == [alone]


@pytest.mark.parametrize("headline", TRICKY_TEXTS)
def test_a_headlines_stems_from_the_signatures_words(headline: str) -> None:
    from search.model import Document
    from search.similarity import document_signature_and_words
    from search.sqlite import _headline_words
    from search.stemming import stem_text, stem_texts

    doc = Document(id="d", headline=headline, body=["The board met."])
    _, words = document_signature_and_words(doc)
    read = _headline_words(doc.headline, words)
    for language in ("en", "de", "el", "ru"):
        assert stem_texts([headline], language, [read]) == [stem_text(headline, language)]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_a_text_key_from_the_signatures_words(text: str) -> None:
    from search.model import Document, text_key
    from search.similarity import SIGNATURE_CHARS, document_signature_and_words
    from search.sqlite import _text_key

    for body in ([text], [text, "The board met."], ["The board met.", "", text], []):
        doc = Document(id="d", headline="Straße ﬁnal", body=body)
        _, words = document_signature_and_words(doc)
        assert _text_key(doc, words) == text_key(doc)
    long = Document(id="d", headline=None, body=[text, "word " * SIGNATURE_CHARS])
    assert _text_key(long, document_signature_and_words(long)[1]) == text_key(long)
