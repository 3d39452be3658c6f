"""Corrections end to end in Debian's Chromium, on both backends: an editor signs in,
corrects a speaker, marks a quoted title as not a quote and undoes one correction, and
the speaker facet and speaker pages follow; a visitor sees no edit controls and every
write URL refuses them, and a POST without the CSRF token is refused even when signed in.

Chromium and Playwright as in `tests/test_browser.py` (skipped with the reason when
absent, failed under CI); screenshots go to `artifacts/screenshots/<backend>-edit-*.png`.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator

import pytest
from werkzeug.serving import make_server

from search.model import Dateline, Document, Speaker
from search.sqlite import SqliteBackend
from tests.test_browser import browser, shot, tab  # noqa: F401 (fixtures)
from tests.test_web import quote
from web import create_app
from web.accounts import Accounts

pytestmark = pytest.mark.browser

PASSWORD = "harbour-bill-2024"


def documents() -> list[Document]:
    """A bill's name taken for a quote, and a quote given to the wrong speaker."""
    body = [
        "LAGOS - Minister Paul Okafor praised the “Clean Harbours Act” on Tuesday.",
        "“The bill protects every fishing family,” Okafor said.",
        "Across the aisle the mood was warmer than expected.",
        "“We will vote for it in June,” said Lena Marsh, who leads the opposition.",
    ]
    bill = Document(
        headline="Minister backs harbour bill",
        dateline=Dateline(place="Lagos", raw="LAGOS -"),
        source="Capital Wire",
        published=dt.date(2024, 5, 7),
        language="en",
        body=body,
        speakers=[Speaker("Paul Okafor", role="Minister", aliases=["Okafor"])],
        quotes=[
            quote(body, 0, "Clean Harbours Act", "Paul Okafor"),
            quote(body, 1, "The bill protects every fishing family", "Paul Okafor"),
            quote(body, 3, "We will vote for it in June", "Paul Okafor"),
        ],
    )
    body = ["“Fishing families deserve better ports,” Lena Marsh said in Oslo."]
    other = Document(
        headline="Marsh calls for better ports",
        dateline=Dateline(place="Oslo", raw="OSLO -"),
        source="Harbour News",
        published=dt.date(2024, 4, 2),
        language="en",
        body=body,
        speakers=[Speaker("Lena Marsh", role="Opposition leader")],
        quotes=[quote(body, 0, "Fishing families deserve better ports", "Lena Marsh")],
    )
    return [bill, other]


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)],
)
def site(request, tmp_path_factory) -> Iterator[tuple[str, str, str]]:
    """(backend name, base URL, id of the bill's document) of an editing server."""
    folder = tmp_path_factory.mktemp("editing-browser")
    if request.param == "sqlite":
        backend = SqliteBackend(folder / "archive.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        backend = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    docs = documents()
    assert {r.status for r in backend.write(docs)} == {"created"}
    Accounts(folder / "accounts.db").add("ed", PASSWORD)
    app = create_app(
        {
            "BACKEND": backend,
            "EDITING": True,
            "ACCOUNTS": str(folder / "accounts.db"),
            "SECRET_KEY_FILE": str(folder / "secret_key"),
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield request.param, f"http://127.0.0.1:{server.server_port}", docs[0].id
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        if request.param != "sqlite":
            backend.drop()
        backend.close()


def write_urls(doc_id: str) -> list[str]:
    return [
        f"/documents/{doc_id}/correct/headline",
        f"/documents/{doc_id}/quotes/2/speaker",
        f"/documents/{doc_id}/quotes/0/not-a-quote",
        f"/documents/{doc_id}/quotes/1/split",
        "/corrections/0123456789abcdef/undo",
    ]


def speaker_facet(page, base: str) -> dict[str, int]:
    page.goto(base + "/search?scope=quotes")
    out = {}
    for link in page.locator('[data-facet="speaker"] a').all():
        out[link.locator(".value").inner_text()] = int(link.locator(".count").inner_text())
    return out


def test_a_visitor_sees_no_edit_controls_and_cannot_write(tab, site):  # noqa: F811
    backend, base, doc_id = site
    page = tab
    page.goto(f"{base}/documents/{doc_id}")
    assert page.locator("details.edit").count() == 0
    assert page.locator("form[method=post]").count() == 0
    assert page.locator("#sign-in").is_visible()
    shot(page, backend, "edit-visitor")
    for url in write_urls(doc_id):
        response = page.request.post(base + url, form={"value": "x", "new_name": "X"})
        assert response.status == 403, url
    response = page.request.post(base + "/api/corrections", data={"document_id": doc_id})
    assert response.status == 401
    page.goto(base + "/corrections")
    assert page.locator("form.undo-form").count() == 0


def test_an_editor_corrects_and_undoes(tab, site):  # noqa: F811
    backend, base, doc_id = site
    page = tab
    assert speaker_facet(page, base) == {"Paul Okafor": 3, "Lena Marsh": 1}

    # Sign in from the document page and come back to it.
    page.goto(f"{base}/documents/{doc_id}")
    page.locator("#sign-in").click()
    page.wait_for_url("**/login**")
    page.get_by_label("Account name").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**/documents/{doc_id}")
    assert page.locator("#editor-name").inner_text() == "ed"
    shot(page, backend, "edit-signed-in")

    # 1. The last quote is Lena Marsh's, not the minister's.
    quote = page.locator("#quote-2")
    quote.locator("summary").click()
    quote.get_by_label("or a new name").fill("Lena Marsh")
    quote.get_by_label("Role").fill("Opposition leader")
    quote.get_by_label("Reason").first.fill("she is named at the quote")
    quote.get_by_role("button", name="Set the speaker").click()
    page.wait_for_url("**#quote-2")
    assert "Corrected: speaker of quote 2." in page.locator(".flashes").inner_text()
    quote = page.locator("#quote-2")
    assert quote.locator("a.speaker").all_inner_texts() == ["Lena Marsh"]
    assert quote.locator("a.corrected").is_visible()
    shot(page, backend, "edit-speaker")

    # 2. The bill's name is nobody's quote.
    title = page.locator("#quote-0")
    title.locator("summary").click()
    title.get_by_role("button", name="Mark as not a quote").click()
    page.wait_for_url("**#quote-0")
    assert "a quoted title, not speech" in page.locator("#quote-0").inner_text()
    assert page.locator("#corrections li.correction").count() == 2
    shot(page, backend, "edit-not-a-quote")

    assert speaker_facet(page, base) == {"Lena Marsh": 2, "Paul Okafor": 1}
    page.goto(base + "/speakers/Lena Marsh")
    assert int(page.locator("#total").inner_text()) == 2
    assert "We will vote for it in June" in page.locator("main").inner_text()
    page.goto(base + "/speakers/Paul Okafor")
    assert int(page.locator("#total").inner_text()) == 1

    # 3. Undo the not-a-quote: the minister has the words again.
    page.goto(f"{base}/documents/{doc_id}")
    entry = page.locator("#corrections li.correction", has_text="not a quote")
    entry.get_by_label("Reason for undoing").fill("it is his slogan")
    entry.get_by_role("button", name="Undo").click()
    page.wait_for_url("**#corrections")
    assert page.locator("#quote-0 a.speaker").all_inner_texts() == ["Paul Okafor"]
    assert page.locator("#corrections li.correction").count() == 3
    assert page.locator("#corrections li.status-undone").count() == 1
    shot(page, backend, "edit-undo")
    assert speaker_facet(page, base) == {"Lena Marsh": 2, "Paul Okafor": 2}

    # The archive-wide list shows all three, newest first.
    page.goto(base + "/corrections")
    labels = page.locator("#corrections-list li.correction .label").all_inner_texts()
    assert labels == [
        "Undo: quote 0 marked not a quote",
        "Quote 0 marked not a quote",
        "Speaker of quote 2",
    ]
    shot(page, backend, "edit-corrections")

    # Signed in, a POST without the CSRF token is still refused.
    for url in write_urls(doc_id):
        response = page.request.post(base + url, form={"value": "x", "new_name": "X"})
        assert response.status == 403, url
    page.goto(base + "/corrections")
    assert len(page.locator("#corrections-list li.correction").all()) == 3


@pytest.mark.no_js
def test_editing_works_without_javascript(tab, site):  # noqa: F811
    backend, base, doc_id = site
    page = tab
    page.goto(f"{base}/login")
    page.get_by_label("Account name").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/search")
    page.goto(f"{base}/documents/{doc_id}")
    panel = page.locator("#edit-document")
    panel.locator("summary").click()  # <details> opens without script
    panel.get_by_label("Headline").fill("Minister backs the Clean Harbours bill")
    panel.get_by_role("button", name="Correct the headline").click()
    page.wait_for_url("**#facts")
    assert page.locator("h1").inner_text().startswith("Minister backs the Clean Harbours bill")
    assert page.locator("h1 a.corrected").is_visible()
    shot(page, backend, "edit-no-js")
