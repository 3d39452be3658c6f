"""End to end in Debian's Chromium, driven by Playwright, on both backends.

The app runs on a free localhost port in a background thread over the invented test
archive; a journalist's session is replayed step by step and each page is saved to
`artifacts/screenshots/<backend>-<step>.png`.

Chromium comes from Debian (`apt-get install chromium`), not Playwright's download.
When it or Playwright is missing the tests skip with the reason, and fail under CI.
"""

from __future__ import annotations

import csv
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from werkzeug.serving import make_server

from search.sqlite import SqliteBackend
from tests.fixtures.archive import archive_documents, cross_script_documents, word_form_documents
from web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
TIMEOUT_MS = 15_000


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run (CI is set): {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install playwright)")
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which("chromium") == CHROMIUM):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)],
)
def site(request, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(backend name, base URL) of the app serving the fixture archive."""
    yield from _serve(request, tmp_path_factory, archive_documents())


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)],
)
def word_forms_site(request, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(backend name, base URL) of the app serving short Russian and English items."""
    yield from _serve(request, tmp_path_factory, word_form_documents() + cross_script_documents())


def _serve(request, tmp_path_factory, documents) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        backend = SqliteBackend(tmp_path_factory.mktemp("browser") / "archive.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        backend = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    assert {r.status for r in backend.write(documents)} == {"created"}
    app = create_app({"BACKEND": backend})
    # One request at a time: the embedded backend keeps one connection per thread.
    server = make_server("127.0.0.1", 0, app, threaded=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield request.param, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        if request.param != "sqlite":
            backend.drop()
        backend.close()


@pytest.fixture
def tab(browser, request) -> Iterator[object]:
    """A fresh page that records script errors; JavaScript on unless marked `no_js`."""
    context = browser.new_context(
        java_script_enabled=not request.node.get_closest_marker("no_js"),
        accept_downloads=True,
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()
    assert errors == [], errors


def shot(page, backend: str, step: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{backend}-{step}.png"), full_page=True)


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def total(page) -> int:
    return int(page.locator("#total").inner_text().replace(",", ""))


def test_a_journalists_session(tab, site, tmp_path):
    backend, base = site
    page = tab

    # 1. Search from the box.
    page.goto(base + "/")
    page.get_by_label("Search", exact=True).fill("tariffs")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**q=tariffs**")
    assert total(page) == 4
    shot(page, backend, "1-search")

    # 2. Two facets: a source, then a language; the other sources stay on offer.
    page.locator('[data-facet="source"] a', has_text="Harbour News").click()
    page.wait_for_url("**source=Harbour+News**")
    page.locator('[data-facet="language"] a', has_text="en").click()
    page.wait_for_url("**language=en**")
    assert query(page)["source"] == ["Harbour News"] and total(page) == 3
    alternative = page.locator('[data-facet="source"] li:not(.selected)', has_text="Capital Wire")
    assert alternative.count() == 1
    shot(page, backend, "2-facets")

    # 3. Brush the timeline: drag from the first bar to the last.
    bars = page.locator(".histogram .bars a")
    assert bars.count() == 2
    first, last = bars.first.bounding_box(), bars.last.bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] - 3)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] - 3, steps=8)
    with page.expect_navigation():
        page.mouse.up()
    assert query(page)["from"] == ["2021-03"] and query(page)["to"] == ["2022-06"]
    assert "from 2021-03-01 to 2022-06-30" in page.locator("#description").inner_text()
    assert total(page) == 2
    shot(page, backend, "3-brush")

    # 4. Open a document: quotes coloured by speaker, with a legend and a citation.
    page.locator("ol.results h3 a", has_text="Envoys split over fishing quotas").click()
    page.wait_for_url("**/documents/**")
    assert page.locator("h1").inner_text() == "Envoys split over fishing quotas"
    assert page.locator("mark.quote").count() == 2
    assert page.locator(".speakers.legend li").count() == 2
    assert "Harbour News, OSLO, 2022-06-15" in page.locator("#citation").input_value()
    assert page.get_by_role("button", name="Copy").is_visible()
    shot(page, backend, "4-document")

    # 5. Follow a speaker: timeline, sources, people alongside.
    page.locator(".speakers.legend a", has_text="Lena Marsh").click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == "Lena Marsh"
    assert total(page) == 4
    assert page.locator("#alongside a", has_text="Paul Okafor").count() == 1
    assert page.locator(".histogram .bars a").count() >= 2
    shot(page, backend, "5-speaker")

    # 6. Switch to quote search; a quote leads to its place in the document.
    page.goto(base + "/search?q=tariffs")
    page.get_by_label("Quotes").check()
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**scope=quotes**")
    assert page.locator("li.quote-hit").count() == total(page) == 6
    shot(page, backend, "6-quotes")
    page.locator("li.quote-hit blockquote a").first.click()
    page.wait_for_url("**/documents/**#q*")
    anchor = urlsplit(page.url).fragment
    assert page.locator(f"#{anchor}").is_visible()

    # 7. Export the whole quote result set.
    page.goto(base + "/search?q=tariffs&scope=quotes&size=2")
    shot(page, backend, "7-export")
    with page.expect_download() as download_info:
        page.locator("a.export", has_text="CSV").click()
    download = download_info.value
    assert download.suggested_filename.startswith("press-quotes-")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with saved.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6  # every quote, not the page of two


def test_shift_click_two_bars_sets_the_range(tab, site):
    backend, base = site
    page = tab
    page.goto(base + "/search")
    bars = page.locator(".histogram .bars a")
    assert bars.count() == 4
    bars.nth(1).click(modifiers=["Shift"])
    assert "from" not in query(page)  # the first shift-click only marks the start
    with page.expect_navigation():
        bars.nth(3).click(modifiers=["Shift"])
    assert query(page)["from"] == ["2022-06"] and query(page)["to"] == ["2023-02"]
    assert total(page) == 4


@pytest.mark.no_js
def test_core_search_works_without_javascript(tab, site):
    backend, base = site
    page = tab
    page.goto(base + "/")
    assert page.locator(".brush-help").is_hidden()
    page.get_by_label("Search", exact=True).fill("tariffs")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**q=tariffs**")
    page.locator('[data-facet="language"] a', has_text="en").click()
    page.wait_for_url("**language=en**")
    page.locator(".histogram .bars a").first.click()  # a bar is a plain link
    assert query(page)["from"] == query(page)["to"]
    assert total(page) == 1
    shot(page, backend, "no-js-search")


def test_a_russian_word_finds_its_forms(tab, word_forms_site):
    backend, base = word_forms_site
    page = tab
    page.goto(base + "/")
    page.get_by_label("Search", exact=True).fill("санкции")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?**")
    headlines = page.locator("ol.results h3").all_inner_texts()
    assert sorted(headlines) == ["Посол ответил на вопрос о санкциях", "Список санкций расширен"]
    assert page.locator('[data-facet="language"] a', has_text="ru").count() == 1
    shot(page, backend, "russian-forms")

    # In quotation marks, only the form as written.
    page.get_by_label("Search", exact=True).fill('"санкций"')
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?**")
    assert page.locator("ol.results h3").all_inner_texts() == ["Список санкций расширен"]
    assert total(page) == 1
    shot(page, backend, "russian-exact")


def test_a_speaker_in_cyrillic_and_latin_letters(tab, word_forms_site):
    backend, base = word_forms_site
    page = tab
    page.goto(base + "/")
    page.get_by_label("Search", exact=True).fill("speaker:Stepanov")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?**")
    assert sorted(page.locator("ol.results h3").all_inner_texts()) == [
        "Envoy speaks of deep disagreements",
        "Посол заявил о разногласиях",
    ]
    shot(page, backend, "cross-script-search")

    # The speaker's page, reached by the Cyrillic spelling, lists both.
    page.goto(base + "/speakers/Олег Степанов")
    names = {page.locator("h1").inner_text(), page.locator("#variants").inner_text()}
    assert names == {"Oleg Stepanov", "Олег Степанов"}
    shot(page, backend, "cross-script-speaker")
