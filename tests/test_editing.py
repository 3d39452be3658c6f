"""Corrections in the web UI on both backends, tested by structure: the forms a signed-in
editor sees, what each correction changes (the page, its history, the speaker facet
and pages, quote search), undo, the corrections page and feed, and the JSON API."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.test_editing_auth import PASSWORD, make_app, sign_in
from tests.test_web import facet, make_documents, only_our_script, total
from web.accounts import Accounts

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def backend(archive_factory):
    backend = archive_factory()
    assert {r.status for r in backend.write(make_documents())} == {"created"}
    return backend


@pytest.fixture
def accounts(tmp_path):
    store = Accounts(tmp_path / "accounts.db")
    store.add("ed", PASSWORD)
    store.add("kim", PASSWORD)
    return store


@pytest.fixture
def app(backend, accounts, tmp_path):
    return make_app(backend, tmp_path, accounts.path)


@pytest.fixture
def docs():
    return {d.headline: d for d in make_documents()}


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.data, "html.parser")


def get(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.data[:300]
    return soup_of(response)


def signed_in(app, name: str = "ed"):
    client = app.test_client()
    assert sign_in(client, name).status_code == 302
    return client


def submit(client, page_url: str, action_part: str, **fields):
    """Post the form of the page whose action ends with `action_part`, as a browser
    would: its hidden fields (the CSRF token) plus the values given."""
    soup = get(client, page_url)
    forms = [f for f in soup.select("form[method=post]") if f["action"].endswith(action_part)]
    assert len(forms) == 1, f"{action_part}: {[f['action'] for f in soup.select('form')]}"
    data = {i["name"]: i.get("value", "") for i in forms[0].select("input[type=hidden]")}
    data.update(fields)
    return client.post(forms[0]["action"], data=data)


def speaker_counts(client, url: str = "/search?scope=quotes") -> dict[str, int]:
    return {k: v["count"] for k, v in facet(get(client, url), "speaker").items()}


# -- who sees the controls -----------------------------------------------------------------


def test_only_a_signed_in_editor_sees_edit_controls(app, docs):
    doc = docs["Talks on grain exports resume"]
    visitor = app.test_client()
    page = get(visitor, f"/documents/{doc.id}")
    assert page.select("details.edit") == [] and page.select("form[method=post]") == []
    assert page.find(id="sign-in") is not None

    editor = signed_in(app)
    page = get(editor, f"/documents/{doc.id}")
    assert page.find(id="edit-document") is not None
    assert len(page.select("details.edit[id^=edit-quote-]")) == len(doc.quotes)
    for form in page.select("form[method=post]"):
        assert form.find("input", attrs={"name": "csrf_token", "type": "hidden"})["value"]
    for control in page.select("input:not([type=hidden]), select, textarea"):
        assert control.get("id") and page.find("label", attrs={"for": control["id"]}), control
    # No inline script and no event-handler attributes: the page obeys its CSP.
    assert only_our_script(page)
    assert not [t for t in page.find_all(True) if any(a.startswith("on") for a in t.attrs)]


def test_a_visitor_is_refused_every_write_url_on_an_editing_server(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = app.test_client()
    for url in [
        f"/documents/{doc.id}/correct/headline",
        f"/documents/{doc.id}/quotes/0/speaker",
        f"/documents/{doc.id}/quotes/0/not-a-quote",
        f"/documents/{doc.id}/quotes/0/split",
        "/corrections/x/undo",
    ]:
        assert client.post(url, data={"value": "x"}).status_code == 403, url
    assert client.post("/api/corrections", json={}).status_code == 401
    assert client.post("/api/corrections/x/undo", json={}).status_code == 401


def test_a_correction_without_the_csrf_token_is_refused(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    response = client.post(f"/documents/{doc.id}/correct/headline", data={"value": "Forged"})
    assert response.status_code == 403
    assert get(client, f"/documents/{doc.id}").find("h1").get_text() == doc.headline


# -- corrections and what they change -------------------------------------------------------


def test_correcting_a_speaker_moves_the_quote_to_them(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    before = speaker_counts(client)
    response = submit(
        client,
        f"/documents/{doc.id}",
        "/quotes/0/speaker",
        new_name="Nadia Volkova",
        role="Deputy minister",
        reason="the minister spoke",
    )
    assert response.status_code == 303 and response.headers["Location"].endswith("#quote-0")
    page = get(client, f"/documents/{doc.id}")
    assert "Corrected: speaker of quote 0." in page.select_one(".flashes").get_text()
    item = page.find(id="quote-0")
    assert [a.get_text() for a in item.select("a.speaker")] == ["Nadia Volkova"]
    mark = item.select_one("a.corrected")
    assert mark is not None and "Oleg Stepanov" in mark["title"]
    entry = page.select_one(mark["href"])
    assert entry.select_one(".before").get_text() == "Oleg Stepanov"
    assert entry.select_one(".after").get_text() == "Nadia Volkova (Deputy minister)"
    assert entry.select_one(".editor").get_text() == "ed"
    assert "the minister spoke" in entry.select_one(".reason").get_text()
    legend = [a.get_text() for a in page.select(".speakers.legend a.speaker")]
    assert "Nadia Volkova" in legend

    after = speaker_counts(client)
    assert after["Nadia Volkova"] == 1
    assert after["Oleg Stepanov"] == before["Oleg Stepanov"] - 1
    speaker = get(client, "/speakers/Nadia Volkova")
    assert total(speaker) == 1 and "sanctions relief" in speaker.select_one(".quote-hit").get_text()
    stepanov = get(client, "/speakers/Oleg Stepanov")
    assert "sanctions relief" not in stepanov.get_text()
    api = client.get(f"/api/documents/{doc.id}").get_json()
    assert api["quotes"][0]["speaker"] == "Nadia Volkova"
    assert api["quotes"][0]["corrected"] == ["speaker"]
    provenance = get(client, f"/documents/{doc.id}/quotes/0")
    assert [a.get_text() for a in provenance.select(".meta a.speaker")] == ["Nadia Volkova"]
    # Quote search marks the corrected attribution, in the page and the API alike.
    hit = speaker.select_one(".quote-hit a.corrected")
    assert hit is not None and hit["href"].endswith("#quote-0")
    found = client.get("/api/search?scope=quotes&speaker=Nadia Volkova").get_json()
    assert [h["corrected"] for h in found["hits"]] == [["speaker"]]


def test_an_existing_speaker_can_be_chosen(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    jo = doc.quotes[1].speaker
    submit(client, f"/documents/{doc.id}", "/quotes/0/speaker", speaker=jo)
    item = get(client, f"/documents/{doc.id}").find(id="quote-0")
    assert [a.get_text() for a in item.select("a.speaker")] == [jo]  # escaped, shown as text


def test_marking_a_title_not_a_quote_takes_it_out_of_quote_search(app, docs):
    doc = docs[next(h for h in docs if h.startswith("Envoy warns"))]
    client = signed_in(app)
    quotes_before = total(get(client, "/search?scope=quotes&q=talks"))
    response = submit(client, f"/documents/{doc.id}", "/quotes/1/not-a-quote", reason="a slogan")
    assert response.status_code == 303
    page = get(client, f"/documents/{doc.id}")
    item = page.find(id="quote-1")
    assert "a quoted title, not speech" in item.get_text()
    assert item.select_one("a.corrected") is not None
    assert page.select_one("mark#q1.title") is not None
    assert total(get(client, "/search?scope=quotes&q=talks")) == quotes_before - 1


def test_splitting_a_joint_attribution(app, docs):
    doc = docs["Ivanova comments on the weather"]
    client = signed_in(app)
    submit(
        client,
        f"/documents/{doc.id}",
        "/quotes/2/split",
        names="Oleg Stepanov\nMaria Ivanova",
    )
    item = get(client, f"/documents/{doc.id}").find(id="quote-2")
    assert [a.get_text() for a in item.select("a.speaker")] == ["Oleg Stepanov", "Maria Ivanova"]
    ivanova = get(client, "/speakers/Maria Ivanova")
    assert "Winter is a test of sanctions" in ivanova.get_text()


def test_correcting_document_fields(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    url = f"/documents/{doc.id}"
    submit(client, url, "/correct/headline", value="Grain talks resume in Geneva")
    submit(client, url, "/correct/published", value="2022-03-11", reason="wire date")
    submit(client, url, "/correct/place", value="Geneva")
    submit(client, url, "/correct/source", value="TASS English")
    page = get(client, url)
    assert page.find("h1").get_text().startswith("Grain talks resume in Geneva")
    facts = page.find(id="facts").get_text(" ")
    assert "2022-03-11" in facts and "Geneva" in facts and "TASS English" in facts
    assert len(page.select("#facts a.corrected, h1 a.corrected")) == 4
    assert len(page.select("#corrections li.correction")) == 4
    search = get(client, "/search?q=grain")
    assert "TASS English" in facet(search, "source")
    assert "Geneva" in facet(search, "place")

    bad = submit(client, url, "/correct/published", value="next Tuesday")
    assert bad.status_code == 400 and "not a date" in bad.get_data(as_text=True)
    assert len(get(client, url).select("#corrections li.correction")) == 4
    assert client.post(f"/documents/{doc.id}/correct/body", data={}).status_code in (403, 404)
    missing = submit(client, url, "/correct/source", value="")
    assert missing.status_code == 400


def test_undo_puts_the_value_back_and_is_recorded(app, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    url = f"/documents/{doc.id}"
    submit(client, url, "/quotes/0/speaker", new_name="Nadia Volkova")
    undo_action = get(client, url).select_one("#corrections form.undo-form")["action"]
    kim = signed_in(app, "kim")
    response = submit(kim, url, undo_action, reason="it was Stepanov")
    assert response.status_code == 303
    page = get(kim, url)
    assert "Undone: speaker of quote 0." in page.select_one(".flashes").get_text()
    item = page.find(id="quote-0")
    assert [a.get_text() for a in item.select("a.speaker")] == ["Oleg Stepanov"]
    assert item.select_one("a.corrected") is None
    entries = page.select("#corrections li.correction")
    assert len(entries) == 2
    undo, original = entries
    assert "is-undo" in undo["class"] and undo.select_one(".editor").get_text() == "kim"
    assert "it was Stepanov" in undo.get_text()
    assert "status-undone" in original["class"]
    assert page.select("#corrections form.undo-form") == []  # nothing left to undo
    assert "Nadia Volkova" not in speaker_counts(kim)
    again = kim.post(undo_action, data={"csrf_token": "x"})
    assert again.status_code == 403


# -- the corrections page, its feed and the API ---------------------------------------------


def test_the_corrections_page_filters_by_editor_and_date(app, docs):
    doc = docs["Talks on grain exports resume"]
    ed, kim = signed_in(app), signed_in(app, "kim")
    submit(ed, f"/documents/{doc.id}", "/correct/source", value="TASS English")
    submit(kim, f"/documents/{doc.id}", "/quotes/0/not-a-quote")
    visitor = app.test_client()
    page = get(visitor, "/corrections")
    rows = page.select("#corrections-list li.correction")
    assert [r.select_one(".editor").get_text() for r in rows] == ["kim", "ed"]
    assert page.select("form.undo-form") == []  # a visitor cannot undo
    assert rows[1].select_one("a.document").get_text() == "Talks on grain exports resume"
    only_ed = get(visitor, "/corrections?user=ed").select("#corrections-list li.correction")
    assert len(only_ed) == 1
    assert get(visitor, "/corrections?from=2001-01-01&to=2001-12-31").select("li.correction") == []
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert len(get(visitor, f"/corrections?from={today}&to={today}").select("li.correction")) == 2
    # Deep pages are clamped to what every backend can page through, never an error.
    assert get(visitor, "/corrections?page=100000").select("li.correction") == []
    deep = visitor.get("/api/corrections?offset=99999999&limit=100000")
    assert deep.status_code == 200 and deep.get_json()["corrections"] == []
    noted = get(visitor, "/corrections?from=yesterday")
    assert "not a date" in noted.select_one(".notes").get_text()
    assert len(get(ed, "/corrections").select("form.undo-form")) == 2

    feed = ET.fromstring(visitor.get("/corrections/feed?user=kim").data)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}title").text.startswith("kim: quote 0 marked not a quote")
    assert entries[0].find(f"{ATOM}author/{ATOM}name").text == "kim"

    listed = visitor.get("/api/corrections?user=ed").get_json()
    assert [c["field"] for c in listed["corrections"]] == ["source"]
    assert listed["corrections"][0]["after"] == "TASS English"


def test_the_api_writes_only_with_an_editors_token(app, accounts, docs):
    doc = docs["Talks on grain exports resume"]
    client = app.test_client()
    body = {
        "document_id": doc.id,
        "target": "quote",
        "field": "speaker",
        "quote": 0,
        "after": {"name": "Nadia Volkova", "role": None},
        "reason": "checked the recording",
    }
    assert client.post("/api/corrections", json=body).status_code == 401
    bad = {"Authorization": "Bearer press_not-a-token"}
    assert client.post("/api/corrections", json=body, headers=bad).status_code == 401
    # A signed-in browser's cookie is not enough either.
    browser = signed_in(app)
    assert browser.post("/api/corrections", json=body).status_code == 401

    auth = {"Authorization": f"Bearer {accounts.new_token('kim')}"}
    made = client.post("/api/corrections", json=body, headers=auth)
    assert made.status_code == 201
    record = made.get_json()
    assert record["user"] == "kim" and record["before"]["name"] == "Oleg Stepanov"
    assert client.get(f"/api/documents/{doc.id}").get_json()["quotes"][0]["speaker"] == (
        "Nadia Volkova"
    )
    for broken, status in [
        ({**body, "field": "colour"}, 400),
        ({**body, "quote": 99}, 400),
        ({**body, "quote": "first"}, 400),
        ({**body, "document_id": "nope"}, 404),
    ]:
        assert client.post("/api/corrections", json=broken, headers=auth).status_code == status
    assert client.post("/api/corrections", data="x", headers=auth).status_code == 400

    undone = client.post(f"/api/corrections/{record['id']}/undo", json={}, headers=auth)
    assert undone.status_code == 201 and undone.get_json()["undoes"] == record["id"]
    again = client.post(f"/api/corrections/{record['id']}/undo", json={}, headers=auth)
    assert again.status_code == 400
    assert client.post("/api/corrections/nope/undo", headers=auth).status_code == 404


def test_a_correction_whose_quote_is_gone_is_shown_as_orphaned(app, backend, docs):
    doc = docs["Talks on grain exports resume"]
    client = signed_in(app)
    submit(client, f"/documents/{doc.id}", "/quotes/0/speaker", new_name="Nadia Volkova")
    # The article is imported again and its parse no longer has that quote.
    changed = make_documents()[1]
    assert changed.id == doc.id
    changed.quotes = changed.quotes[1:]
    assert [r.status for r in backend.write([changed])] == ["updated"]
    page = get(client, f"/documents/{doc.id}")
    entry = page.select_one("#corrections li.correction")
    assert "status-orphaned" in entry["class"]
    assert "no longer in the document" in entry.get_text()
    orphans = get(client, "/corrections?orphaned=1").select("#corrections-list li.correction")
    assert len(orphans) == 1 and "Nadia Volkova" in orphans[0].get_text()
    assert get(client, "/corrections?orphaned=1&user=kim").select("li.correction") == []
    listed = client.get("/api/corrections?orphaned=1").get_json()["corrections"]
    assert [c["status"] for c in listed] == ["orphaned"]
