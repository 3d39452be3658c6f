"""Russian agency copy: datelines, dates, photo credits, quotes and speakers in the
nominative, and the figures on the Russian fixtures."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.photos import extract_photo
from importers.russian import extract_dateline_ru, is_russian, parse_russian
from importers.text import parse_text
from press.eval_russian import load, parse_item
from search.model import Document
from web.documents import quote_located

ITEM = """Посол России в Канаде заявил о глубоких разногласиях
МОСКВА, 25 февраля (РИА Новости) - Посол России в Канаде Олег Степанов заявил, \
что разногласия между странами глубоки.

«Это был политический демарш на уровне министра иностранных дел», — сказал Степанов.

«Мы уже все сказали о санкциях», — добавил дипломат.

Фото: РИА Новости / Рамиль Ситдиков
"""


@pytest.mark.parametrize(
    ("line", "place", "canonical", "agency", "date"),
    [
        ("МОСКВА, 25 фев — РИА Новости. Текст.", "МОСКВА", "Moscow", "РИА Новости", "25 фев"),
        ("ВАШИНГТОН, 3 марта. /ТАСС/. Текст.", "ВАШИНГТОН", "Washington, D.C.", "ТАСС", "3 марта"),
        ("ОТТАВА (Sputnik) - Текст.", "ОТТАВА", "Ottawa", "Sputnik", None),
        ("МОСКВА, 12 апр - ИА Регнум. Текст.", "МОСКВА", "Moscow", "ИА Регнум", "12 апр"),
        ("КИЕВ, 5 мая. /Интерфакс-Украина/. Текст.", "КИЕВ", "Kyiv", "Интерфакс-Украина", "5 мая"),
        ("ЛОНДОН, 1 июля. /Корр. ТАСС Анна Петрова/. Текст.", "ЛОНДОН", "London", "ТАСС", "1 июля"),
        ("ДАВОС, 20 января. /ТАСС/. Текст.", "ДАВОС", "Давос", "ТАСС", "20 января"),
    ],
)
def test_datelines_in_their_real_forms(
    line: str, place: str, canonical: str, agency: str, date: str | None
) -> None:
    found = extract_dateline_ru(line)
    assert found is not None
    d = found.dateline
    assert (d.place, d.canonical, d.agency, d.date) == (place, canonical, agency, date)
    assert found.rest == "Текст."


def test_an_ordinary_sentence_is_no_dateline() -> None:
    assert extract_dateline_ru("Россия и Китай договорились о поставках.") is None
    assert extract_dateline_ru("МИД России (ведомство Лаврова) - главный источник.") is None


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("Фото: РИА Новости / Рамиль Ситдиков", "РИА Новости", "Рамиль Ситдиков"),
        ("© Sputnik / Алексей Никольский", "Sputnik", "Алексей Никольский"),
        ("© AFP 2023 / Джефф Маккинтош", "AFP", "Джефф Маккинтош"),
        ("Фото: Сергей Бобылев/ТАСС", "ТАСС", "Сергей Бобылев"),
        ("Фото: пресс-служба МИД России", "пресс-служба МИД России", None),
        ("Фото: © РИА Новости / Рамиль Ситдиков", "РИА Новости", "Рамиль Ситдиков"),
        ("Photo: Jane Doe/Reuters", "Reuters", "Jane Doe"),
    ],
)
def test_photo_credits_agency_and_photographer_the_right_way_round(
    credit: str, agency: str, photographer: str | None
) -> None:
    photo = extract_photo(credit)
    assert photo is not None
    assert (photo.agency, photo.photographer) == (agency, photographer)


def test_the_item_of_the_report_is_understood() -> None:
    doc = parse_item({"text": ITEM})  # as `press import` reads a .txt file
    assert doc.language == "ru"
    assert doc.dateline is not None
    assert (doc.dateline.canonical, doc.dateline.agency) == ("Moscow", "РИА Новости")
    assert doc.body[0].startswith("Посол России")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [
        "Это был политический демарш на уровне министра иностранных дел",
        "Мы уже все сказали о санкциях",
    ]
    assert all(q.speakers == ["Олег Степанов"] for q in doc.quotes)
    assert all(q.method in ("cue", "resolved") and q.confidence for q in doc.quotes)
    assert [s.name for s in doc.speakers] == ["Олег Степанов"]
    assert (doc.photos[0].agency, doc.photos[0].photographer) == (
        "РИА Новости",
        "Рамиль Ситдиков",
    )


def test_speakers_are_named_in_the_nominative() -> None:
    doc = parse_russian(
        "Заголовок сообщения\n\n"
        "МОСКВА, 14 мар — РИА Новости. Официальный представитель МИД России Мария Захарова "
        "выступила на брифинге.\n\n"
        "По словам Захаровой, «Лондон снова делает вид, что ничего не произошло».\n\n"
        "Как заявил глава МИД Сергей Лавров, переговоры продолжатся.\n"
    )
    speakers = {q.text[:8]: q.speakers for q in doc.quotes}
    assert speakers == {"Лондон с": ["Мария Захарова"], "перегово": ["Сергей Лавров"]}


def test_the_year_comes_from_the_import_or_a_full_date_in_the_text() -> None:
    text = "Заголовок\n\nВАШИНГТОН, 3 марта. /ТАСС/. Госдепартамент выступил с заявлением.\n"
    assert parse_russian(text).published is None
    assert parse_russian(text, published=dt.date(2024, 3, 3)).published == dt.date(2024, 3, 3)
    dated = text + "\nВстреча намечена на 10 апреля 2024 года.\n"
    assert parse_russian(dated).published == dt.date(2024, 3, 3)


def test_english_copy_never_takes_the_russian_path() -> None:
    english = "Envoy says rift is deep\n\nMOSCOW, Feb 25 (Sputnik) - The envoy said so.\n"
    assert not is_russian(english)
    imported = parse_item({"text": english})
    imported.origin = None
    assert imported.to_dict() == parse_text(english).to_dict()


def test_russian_fixture_figures() -> None:
    from press.eval_russian import evaluate

    figures = evaluate(("dev",))["dev"].figures()
    assert figures["headline"] == 1.0
    assert (figures["place"] or 0) >= 0.95 and (figures["agency"] or 0) >= 0.95
    assert figures["direct_f1"] >= 0.9
    assert (figures["speaker"] or 0) >= 0.9
    assert (figures["photo"] or 0) >= 0.9


def test_attributions_inside_after_and_around_the_quote() -> None:
    from importers.russian_quotes import extract_quotes_ru

    _, quotes = extract_quotes_ru(
        [
            "Министр иностранных дел России Сергей Лавров провел переговоры.",
            "«Мы готовы, — сказал Лавров, — продолжать диалог с партнерами».",
            "«Договоренностей пока нет». Об этом заявил пресс-секретарь Кремля Дмитрий Песков.",
            "Правила вступят в силу с понедельника, сообщил губернатор Глеб Никитин.",
            "Депутаты приняли закон «О защите граждан от мошенничества в интернете».",
            "«Это провокация», — сказал собеседник агентства.",
            "«Нам нужен диалог», — заявили в пресс-службе Кремля.",
        ]
    )
    got = [(q.kind, q.text, q.speakers, q.method) for q in quotes]
    assert got == [
        ("direct", "Мы готовы,", ["Сергей Лавров"], "resolved"),
        ("direct", "продолжать диалог с партнерами", ["Сергей Лавров"], "continuation"),
        ("direct", "Договоренностей пока нет", ["Дмитрий Песков"], "cue"),
        ("reported", "Правила вступят в силу с понедельника", ["Глеб Никитин"], "cue"),
        ("title", "О защите граждан от мошенничества в интернете", [], None),
        ("direct", "Это провокация", [], None),
        ("direct", "Нам нужен диалог", [], None),
    ]


def test_foreign_names_in_the_genitive_come_back_to_the_nominative() -> None:
    from importers.russian_quotes import extract_quotes_ru

    _, quotes = extract_quotes_ru(
        [
            "По словам Олафа Шольца, «Германия не изменит позицию».",
            "По словам Антониу Гутерриша, «мир на пороге катастрофы».",
        ]
    )
    assert [q.speakers for q in quotes] == [["Олаф Шольц"], ["Антониу Гутерриш"]]


def test_a_statement_over_several_paragraphs_takes_the_speaker_where_it_ends() -> None:
    from importers.russian_quotes import extract_quotes_ru

    _, quotes = extract_quotes_ru(
        [
            "Глава МИД России Сергей Лавров выступил на форуме.",
            "«Мы видим, что западные страны отказываются от диалога.",
            "«Это их выбор, и они несут за него ответственность», — сказал министр.",
        ]
    )
    assert [(q.text, q.speakers) for q in quotes] == [
        ("Мы видим, что западные страны отказываются от диалога.", ["Сергей Лавров"]),
        ("Это их выбор, и они несут за него ответственность", ["Сергей Лавров"]),
    ]


def test_a_surname_quoted_before_the_full_name_takes_the_full_name() -> None:
    from importers.russian_quotes import extract_quotes_ru

    _, quotes = extract_quotes_ru(
        [
            "Отношения на низшей точке. Об этом в интервью «Известиям» рассказал Антонов.",
            "Посол России в США Анатолий Антонов провел встречу в Госдепартаменте.",
        ]
    )
    said = [q for q in quotes if q.kind == "reported"]
    assert [(q.text, q.speakers) for q in said] == [
        ("Отношения на низшей точке", ["Анатолий Антонов"])
    ]


# -- Cyrillic through the web: facets, speaker pages, CSV, Atom ---------------------


@pytest.fixture
def cyrillic_client(tmp_path):
    from search.sqlite import SqliteBackend
    from tests.fixtures.archive import cross_script_documents, word_form_documents
    from web import create_app

    backend = SqliteBackend(tmp_path / "cyrillic.db")
    list(backend.write(word_form_documents() + cross_script_documents()))
    yield create_app({"BACKEND": backend, "TESTING": True}).test_client()
    backend.close()


def test_cyrillic_facet_links_and_speaker_pages_round_trip(cyrillic_client) -> None:
    import urllib.parse

    from bs4 import BeautifulSoup

    page = BeautifulSoup(cyrillic_client.get("/search?q=санкции").data, "html.parser")
    links = {a.get_text(" ", strip=True): a["href"] for a in page.select("[data-facet] a")}
    (speaker_link,) = [href for text, href in links.items() if "Иван Петров" in text]
    assert speaker_link.isascii()  # percent-encoded UTF-8
    assert "speaker=Иван Петров" in urllib.parse.unquote_plus(speaker_link)
    found = BeautifulSoup(cyrillic_client.get(speaker_link).data, "html.parser")
    assert [h.get_text() for h in found.select("ol.results h3")] == [
        "Посол ответил на вопрос о санкциях"
    ]
    response = cyrillic_client.get("/speakers/" + urllib.parse.quote("Олег Степанов"))
    assert response.status_code == 200
    text = BeautifulSoup(response.data, "html.parser").get_text(" ")
    assert "Oleg Stepanov" in text and "Олег Степанов" in text


def test_cyrillic_in_the_csv_download_and_the_atom_feed(cyrillic_client) -> None:
    import csv
    import io
    import xml.etree.ElementTree as ET

    response = cyrillic_client.get("/export?q=speaker:Степанов&scope=quotes&format=csv")
    # The byte-order mark tells a spreadsheet the file is UTF-8.
    assert response.data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert sorted(r["speaker"] for r in rows) == ["Oleg Stepanov", "Олег Степанов"]
    assert "Разногласия глубоки" in {r["text"] for r in rows}

    feed = ET.fromstring(cyrillic_client.get("/feed?q=санкции").data)
    atom = "{http://www.w3.org/2005/Atom}"
    titles = {t.text for t in feed.iterfind(f"{atom}entry/{atom}title")}
    assert titles == {"Посол ответил на вопрос о санкциях", "Список санкций расширен"}


SPACED_MARKS = """Петров и Роева обсудили планы на год

МОСКВА, 3 марта. /ТАСС/. Иван Петров и Анна Роева выступили на совещании.

«  Мы начнём с малого  », — сказал Петров.

Роева заявила: «  Работа продолжится  ».

«  Мы готовы, — сказала Роева, — продолжать  ».

Иван Петров напомнил о сроках.

«  Этот план мы обсуждали весь год.

«  Теперь его пора выполнять  », — добавил Петров.
"""


def _quotes_cover_their_text(doc: Document) -> list[tuple[str, str]]:
    """The quotes whose offsets do not cover exactly their text: (text, what they cover)."""
    return [
        (q.text, doc.body[q.paragraph][q.start : q.end])
        for q in doc.quotes
        if doc.body[q.paragraph][q.start : q.end] != q.text
    ]


def test_the_offsets_of_a_quote_with_spaces_inside_its_marks_cover_its_words() -> None:
    doc = parse_item({"text": SPACED_MARKS})
    assert [q.text for q in doc.quotes if q.kind == "direct"] == [
        "Мы начнём с малого",
        "Работа продолжится",
        "Мы готовы,",
        "продолжать",
        "Этот план мы обсуждали весь год.",
        "Теперь его пора выполнять",
    ]
    assert _quotes_cover_their_text(doc) == []
    assert all(quote_located(doc, q) for q in doc.quotes)  # marked on the document's page
    # The statement of two paragraphs is still the speaker's where it ends.
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == [
        "Иван Петров",
        "Анна Роева",
        "Анна Роева",
        "Анна Роева",
        "Иван Петров",
        "Иван Петров",
    ]


@pytest.mark.parametrize("split", ["dev", "check"])
def test_the_offsets_of_every_quote_of_the_fixtures_cover_its_text(split: str) -> None:
    for item in load(split):
        doc = parse_item(item)
        assert _quotes_cover_their_text(doc) == [], item.get("id")
