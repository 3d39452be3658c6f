"""The journalist's workbench on both backends: brush, speaker pages, quote provenance,
document downloads and citations, exports, Atom feeds, the OpenAPI description.

Pages are tested by their structure (BeautifulSoup), feeds by parsing them as XML.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from search.model import Dateline, Document, Original, Speaker
from search.sqlite import SqliteBackend
from tests.test_web import JO, XSS, args, facet, make_documents, only_our_script, page, quote, total
from web import create_app

ATOM = "{http://www.w3.org/2005/Atom}"


def workbench_documents() -> list[Document]:
    """The web tests' archive plus a later agency story repeating the envoy's words."""
    docs = make_documents()
    body = [
        "MOSCOW (Interfax) - The ambassador repeated his warning on Tuesday.",
        '"Sanctions will not work & never did," Stepanov said again.',
    ]
    repeat = Document(
        headline="Envoy repeats sanctions warning",
        dateline=Dateline(place="Moscow", agency="Interfax", raw="MOSCOW (Interfax) -"),
        source="Interfax",
        published=dt.date(2022, 3, 1),
        language="en",
        body=body,
        speakers=[Speaker("Oleg Stepanov", role="Ambassador", aliases=["Stepanov"])],
        quotes=[quote(body, 1, "Sanctions will not work & never did,", "Oleg Stepanov")],
        url="https://example.org/envoy-repeats",
    )
    body = ["OSLO - The harbour strike ended on Friday.", "“We are back at work,” Ada Brook said."]
    elsewhere = Document(  # a speaker never quoted alongside the envoy
        headline="Harbour strike ends",
        source="DW",
        published=dt.date(2021, 1, 8),
        language="en",
        body=body,
        speakers=[Speaker("Ada Brook")],
        quotes=[quote(body, 1, "We are back at work", "Ada Brook")],
    )
    return [*docs, repeat, elsewhere]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return workbench_documents()


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)],
)
def backend(request, tmp_path_factory, docs):
    if request.param == "sqlite":
        backend = SqliteBackend(tmp_path_factory.mktemp("workbench") / "archive.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        backend = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    assert {r.status for r in backend.write(docs)} == {"created"}
    yield backend
    if request.param != "sqlite":
        backend.drop()
    backend.close()


@pytest.fixture(scope="module")
def client(backend):
    return create_app({"BACKEND": backend, "TESTING": True}).test_client()


# -- search page: brush, exports, feed link ----------------------------------------------


def test_histogram_carries_what_the_brush_needs(client):
    soup = page(client, "/search?q=sanctions&from=2022&to=2023&page=1")
    figure = soup.select_one("figure.histogram")
    assert args(figure["data-range-url"]) == {"q": ["sanctions"]}  # no dates, no page
    periods = [a["data-period"] for a in figure.select(".bars a")]
    assert periods == ["2022-02", "2022-03", "2023-01"]
    # The range the brush builds from the first to the last bar is a working search.
    brushed = page(client, figure["data-range-url"] + "&from=2022-02&to=2022-03")
    assert total(brushed) == 3
    assert "from 2022-02-01 to 2022-03-31" in brushed.find(id="description").get_text()
    assert only_our_script(soup) and soup.find("script", src="/static/workbench.js")


def test_brush_script_is_served(client):
    response = client.get("/static/workbench.js")
    assert response.status_code == 200
    script = response.get_data(as_text=True)
    assert "data-period" in script or "dataset.period" in script
    assert "shiftKey" in script and "pointerdown" in script
    response.close()


def test_search_page_links_export_and_feed_of_the_same_search(client):
    soup = page(client, "/search?q=sanctions&source=TASS&source=Sputnik&page=1&size=2")
    exports = {a.get_text(): args(a["href"]) for a in soup.select("a.export")}
    assert exports["CSV"] == {"q": ["sanctions"], "source": ["TASS", "Sputnik"], "format": ["csv"]}
    assert exports["JSONL"]["format"] == ["jsonl"]
    alternate = soup.find("link", rel="alternate", type="application/atom+xml")
    assert alternate["href"].startswith("/feed?")
    assert args(alternate["href"]) == {"q": ["sanctions"], "source": ["TASS", "Sputnik"]}
    assert soup.find("a", class_="feed")["href"] == alternate["href"]


def test_sort_and_scope_switch(client, docs):
    soup = page(client, "/search?scope=quotes&sort=oldest&q=sanctions")
    assert soup.find("option", value="oldest").has_attr("selected")
    hits = soup.select("li.quote-hit")
    assert hits[0].blockquote.a["href"] == f"/documents/{docs[0].id}#q0"


# -- speaker pages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "Oleg Stepanov",
        "Stepanov",
        "Ambassador Stepanov",
        "Russian Ambassador Oleg Stepanov",
        "oleg  STEPANOV",
    ],
)
def test_name_variants_land_on_one_speaker(client, variant):
    soup = page(client, f"/speakers/{variant}")
    assert soup.h1.get_text() == "Oleg Stepanov"
    assert total(soup) == 5
    assert soup.find("link", rel="canonical")["href"] == "/speakers/Oleg%20Stepanov"


def test_speaker_page_shows_roles_timeline_sources_and_company(client):
    soup = page(client, "/speakers/Oleg%20Stepanov")
    roles = soup.select_one(".facts").get_text()
    assert "Russian ambassador to Canada" in roles and "Ambassador" in roles
    bars = soup.select("figure.histogram .bars a")
    assert [b.find(class_="visually-hidden").get_text() for b in bars] == [
        "2022-02: 2",
        "2022-03: 2",
        "2023-01: 1",
    ]
    assert args(bars[1]["href"]) == {"from": ["2022-03"], "to": ["2022-03"]}
    assert page(client, bars[1]["href"]).find(id="total").get_text() == "2"
    sources = facet(soup, "source")
    assert {k: v["count"] for k, v in sources.items()} == {
        "Sputnik": 2,
        "Interfax": 1,
        "TASS": 1,
        "Reuters": 1,
    }
    assert total(page(client, sources["Sputnik"]["href"])) == 2
    alongside = {a.find(class_="value").get_text(): a["href"] for a in soup.select("#alongside a")}
    assert set(alongside) == {JO, "Maria Ivanova"}  # never the speaker themself
    assert alongside["Maria Ivanova"] == "/speakers/Maria%20Ivanova"


def test_speaker_quotes_are_newest_first_with_their_place(client, docs):
    soup = page(client, "/speakers/Stepanov")
    hits = soup.select("ol.results > li.quote-hit")
    dates = [h.find(class_="meta").get_text() for h in hits]
    assert "2023-01-05" in dates[0] and "2022-02-24" in dates[-1]
    assert hits[0].blockquote.a["href"] == f"/documents/{docs[2].id}#q2"


def test_speaker_search_box_is_scoped_to_their_quotes(client):
    soup = page(client, "/speakers/Ambassador%20Stepanov?q=winter")
    assert total(soup) == 1
    form = soup.find("form", role="search")
    assert form["action"].startswith("/speakers/")
    assert soup.find("label", attrs={"for": "q"}).get_text().startswith("Search Oleg Stepanov")


def test_speaker_api_has_the_same_sections(client):
    data = client.get("/api/speakers/Ambassador%20Stepanov").json
    assert data["speaker"]["name"] == "Oleg Stepanov"
    assert data["total"] == 5
    assert [b["period"] for b in data["histogram"]["buckets"]] == ["2022-02", "2022-03", "2023-01"]
    assert {v["value"] for v in data["sources"]["values"]} == {
        "Sputnik",
        "Interfax",
        "TASS",
        "Reuters",
    }
    assert {p["name"] for p in data["alongside"]} == {JO, "Maria Ivanova"}


def test_unknown_speaker_with_a_title_is_still_404(client):
    page(client, "/speakers/Ambassador%20Nobody", status=404)


# -- quote provenance ----------------------------------------------------------------------


def test_quote_page_names_the_earliest_carrier_and_the_repeats(client, docs):
    first, repeat = docs[0], docs[4]
    soup = page(client, f"/documents/{repeat.id}/quotes/0")
    verdict = soup.find(id="earliest-verdict")
    assert verdict.a["href"] == f"/documents/{first.id}#q0"
    assert "Sputnik" in verdict.get_text() and "2022-02-24" in verdict.get_text()
    assert soup.find(id="other-sources").get_text() == "Repeated by: Sputnik"

    soup = page(client, f"/documents/{first.id}/quotes/0")
    assert soup.find(id="earliest-verdict").get_text().startswith("This document is the earliest")
    repeats = soup.select(".repeats li.quote-hit")
    assert [r.find("a", class_="document")["href"] for r in repeats] == [f"/documents/{repeat.id}"]
    assert soup.find(id="other-sources").get_text() == "Repeated by: Interfax"


def test_quote_page_for_a_missing_quote_is_404(client, docs):
    page(client, f"/documents/{docs[0].id}/quotes/9", status=404)
    page(client, "/documents/nope/quotes/0", status=404)


def test_document_page_shows_each_quotes_provenance(client, docs):
    soup = page(client, f"/documents/{docs[4].id}")
    item = soup.select_one(".quote-list li.quote-item")
    assert item.find("a", class_="earliest")["href"] == f"/documents/{docs[0].id}#q0"
    assert "also carried by Sputnik" in item.get_text()
    link = item.find("a", class_="provenance-link")
    assert link["href"] == f"/documents/{docs[4].id}/quotes/0"
    assert "(2 documents)" in link.get_text()


def test_quote_results_link_to_their_provenance(client, docs):
    soup = page(client, "/search?scope=quotes&q=%22never+did%22&sort=oldest")
    hits = soup.select("li.quote-hit")
    assert len(hits) == 2
    assert [h.find("a", class_="provenance-link")["href"] for h in hits] == [
        f"/documents/{docs[0].id}/quotes/0",
        f"/documents/{docs[4].id}/quotes/0",
    ]
    assert hits[0].find("a", class_="earliest") is None  # the first carrier itself
    assert "also carried by Interfax" in hits[0].find(class_="provenance").get_text()
    assert hits[1].find("a", class_="earliest")["href"] == f"/documents/{docs[0].id}#q0"


def test_provenance_api(client, docs):
    data = client.get(f"/api/documents/{docs[4].id}/quotes/0").json
    assert data["earliest"]["document_id"] == docs[0].id
    assert data["is_earliest"] is False
    assert data["other_sources"] == ["Sputnik"]
    assert data["carried_by"] == 2
    assert [r["document_id"] for r in data["repeats"]] == [docs[0].id]
    missing = client.get(f"/api/documents/{docs[0].id}/quotes/7")
    assert missing.status_code == 404 and missing.is_json
    hit = client.get("/api/search?scope=quotes&q=winter").json["hits"][0]
    assert hit["provenance_url"] == f"/documents/{docs[2].id}/quotes/2"


# -- the document page -------------------------------------------------------------------


def test_quotes_are_coloured_by_speaker_with_a_legend(client, docs):
    soup = page(client, f"/documents/{docs[1].id}")
    legend = {
        li.a.get_text(): li.find(class_="swatch")["class"][1]
        for li in soup.select(".speakers.legend li")
    }
    assert legend == {"Oleg Stepanov": "speaker-0", JO: "speaker-1"}
    marks = soup.select("mark.quote")
    assert [m["class"][1] for m in marks] == ["speaker-0", "speaker-1"]
    assert "coloured by speaker" in soup.select_one(".speakers.legend").get_text()


def test_document_page_has_dateline_credits_and_original_link(client, docs):
    soup = page(client, f"/documents/{docs[0].id}")
    facts = {d.get_text(): d.find_next("dd") for d in soup.select(".facts dt")}
    assert facts["Dateline"].get_text() == "MOSCOW (Sputnik) -"
    assert facts["Original"].a["href"] == "https://example.org/envoy-warns"
    assert soup.find(class_="credit").get_text() == "Photo: © Sputnik / Ramil Sitdikov"
    download = soup.find(id="download-original")
    assert download["href"] == f"/documents/{docs[0].id}/original"
    assert "not stored" in facts["Download"].get_text()


def test_citation_line(client, docs):
    soup = page(client, f"/documents/{docs[0].id}")
    label = soup.find("label", attrs={"for": "citation"})
    assert label is not None
    line = soup.find("textarea", id="citation").get_text()
    assert line == (
        f"“{docs[0].headline}”, Sputnik, Moscow, 2022-02-24. https://example.org/envoy-warns"
        f" (archived at http://localhost/documents/{docs[0].id}). "
        f"Accessed {dt.date.today().isoformat()}."
    )
    # Without a usable URL the permalink is the address to cite.
    line = page(client, f"/documents/{docs[3].id}").find("textarea", id="citation").get_text()
    assert f"DW, Berlin, 2021-06-01. http://localhost/documents/{docs[3].id}." in line
    assert "javascript" not in line


def test_original_download_without_stored_bytes_is_the_json_document(client, docs):
    response = client.get(f"/documents/{docs[0].id}/original")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert f"{docs[0].id}.document.json" in response.headers["Content-Disposition"]
    assert response.headers["X-Press-Original"].startswith("not-stored")
    assert Document.from_dict(json.loads(response.data)) == docs[0]
    assert client.get("/documents/nope/original").status_code == 404


def test_original_download_serves_stored_bytes_when_the_archive_kept_them(tmp_path):
    """An archive that kept the original file of some documents."""
    backend = SqliteBackend(tmp_path / "originals.db")
    docs = workbench_documents()  # fresh copies: the originals are added to them
    for doc in docs:
        if not doc.id.startswith("a"):
            doc.original = Original(
                b"%PDF-1.4 original bytes", "pdf", '/incoming/statement "1".pdf'
            )
    list(backend.write(docs))
    client = create_app({"BACKEND": backend, "TESTING": True}).test_client()
    stored = next(d for d in docs if not d.id.startswith("a"))
    response = client.get(f"/documents/{stored.id}/original")
    assert response.data == b"%PDF-1.4 original bytes"
    assert response.headers["X-Press-Original"] == "stored"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and "statement" in disposition
    assert "incoming" not in disposition  # the file's name, not where it was imported from
    soup = page(client, f"/documents/{stored.id}")
    assert soup.find(id="download-original").get_text() == "The original file"
    backend.close()


# -- exports -------------------------------------------------------------------------------


def test_csv_export_of_quotes_is_the_whole_result_set(client, docs):
    response = client.get("/export?scope=quotes&speaker=Stepanov&sort=newest&format=csv&size=1")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and ".csv" in disposition
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 5  # every quote, not one page of size 1
    assert rows[0]["published"] == "2023-01-05" and rows[0]["speaker"] == "Oleg Stepanov"


def test_jsonl_export_of_documents_round_trips(client, docs):
    response = client.get("/export?source=Sputnik&source=TASS&format=jsonl")
    assert response.mimetype == "application/x-ndjson"
    lines = response.get_data(as_text=True).splitlines()
    exported = {Document.from_dict(json.loads(line)).id: line for line in lines}
    assert set(exported) == {docs[0].id, docs[1].id}
    assert XSS in exported[docs[0].id] or json.dumps(XSS)[1:-1] in exported[docs[0].id]


def test_unknown_export_format_is_400(client):
    response = client.get("/export?format=xlsx")
    assert response.status_code == 400
    assert "csv or jsonl" in BeautifulSoup(response.data, "html.parser").get_text()


def test_export_is_not_capped_at_a_page(tmp_path):
    backend = SqliteBackend(tmp_path / "many.db")
    many = [
        Document(
            headline=f"Notice {n}",
            body=[f"Berth fee notice {n}."],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=n),
        )
        for n in range(250)
    ]
    list(backend.write(many))
    client = create_app({"BACKEND": backend, "TESTING": True}).test_client()
    response = client.get("/export?q=berth&format=csv&page=3&size=100")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 250 and len({r["id"] for r in rows}) == 250
    backend.close()


# -- Atom feeds ----------------------------------------------------------------------------


def parse_feed(client, url: str, **query: str) -> ET.Element:
    response = client.get(url, query_string=query or None)
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{ATOM}feed"
    return root


def test_feed_is_valid_atom_newest_first(client, docs):
    root = parse_feed(client, "/feed?q=sanctions&sort=oldest&page=2")
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    assert root.find(f"{ATOM}title").text == "Press Archive: Documents containing ‘sanctions’"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"].startswith("http://localhost/feed?")
    assert links["alternate"].startswith("http://localhost/search?q=sanctions")
    entries = root.findall(f"{ATOM}entry")
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first, whatever sort= says
    assert updated[0] == "2023-01-05T00:00:00Z" and len(entries) == 4
    for entry in entries:
        for tag in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{tag}") is not None, tag
    # Article markup arrives as text, escaped in the XML and read back as written.
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert docs[0].headline in titles
    assert entries[-1].find(f"{ATOM}link").get("href") == f"http://localhost/documents/{docs[0].id}"


def test_quote_feed_entries_name_the_speaker(client, docs):
    root = parse_feed(client, "/feed", scope="quotes", speaker=JO)
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == f"{JO}: “{XSS} is not a policy & never was,”"
    assert entry.find(f"{ATOM}link").get("href").endswith(f"/documents/{docs[1].id}#q1")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "TASS"


def test_feed_has_the_newest_fifty(tmp_path):
    backend = SqliteBackend(tmp_path / "feed.db")
    many = [
        Document(
            headline=f"Notice {n} \x0b<b>",
            body=[f"Berth fee notice {n}."],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=n),
        )
        for n in range(70)
    ]
    list(backend.write(many))
    client = create_app({"BACKEND": backend, "TESTING": True}).test_client()
    entries = parse_feed(client, "/feed?q=berth").findall(f"{ATOM}entry")
    assert len(entries) == 50
    assert entries[0].find(f"{ATOM}title").text == "Notice 69 <b>"  # no XML-illegal \x0b
    backend.close()


# -- the API description -------------------------------------------------------------------


def test_every_api_route_is_described(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"].startswith("3.")
    app = client.application
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        path = rule.rule.removeprefix("/api")
        for arg in rule.arguments:
            path = path.replace(f"<{arg}>", f"{{{arg}}}")
            for converter in ("path", "int"):
                path = path.replace(f"<{converter}:{arg}>", f"{{{arg}}}")
        routes.add(path)
        described = spec["paths"].get(path)
        assert described is not None, f"{rule.rule} is not in the OpenAPI description"
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            operation = described[method.lower()]
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == set(rule.arguments), rule.rule
    assert set(spec["paths"]) == routes  # nothing described that does not exist
    assert spec["servers"] == [{"url": "http://localhost/api"}]


def test_openapi_references_resolve(client):
    spec = client.get("/api/openapi.json").json
    text = json.dumps(spec)
    refs = {part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]}
    assert refs and refs <= set(spec["components"]["schemas"])


# -- accessibility -------------------------------------------------------------------------


def test_every_control_is_labelled(client, docs):
    for url in [
        "/search?q=sanctions",
        "/search?scope=quotes",
        "/speakers/Stepanov",
        f"/documents/{docs[0].id}",
        f"/documents/{docs[0].id}/quotes/0",
    ]:
        soup = page(client, url)
        for control in soup.select("input:not([type=hidden]), select, textarea"):
            labelled = control.get("aria-label") or (
                control.get("id") and soup.find("label", attrs={"for": control["id"]})
            )
            wrapped = control.find_parent("label") is not None
            assert labelled or wrapped, (url, str(control)[:80])


def test_facets_and_bars_are_links_with_visible_focus(client):
    soup = page(client, "/search?q=sanctions")
    assert all(a.get("href") for a in soup.select(".facet li a, .histogram .bars a"))
    response = client.get("/static/style.css")
    css = response.get_data(as_text=True)
    response.close()
    assert "a:focus-visible" in css and "outline: 3px solid" in css
