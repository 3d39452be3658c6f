"""The web app, tested by its structure: pages parsed with BeautifulSoup, the API as JSON."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from search.model import Dateline, Document, Photo, Quote, Speaker
from tests.fixtures.archive import BERTH_FEES_STORY
from web import create_app
from web.params import MAX_QUERY_CHARS

XSS = "<script>alert(1)</script>"
JO = f"Jo {XSS} & Co"  # a speaker name that must be escaped wherever it is shown


def quote(body: list[str], paragraph: int, text: str, speaker: str | None, **kw) -> Quote:
    """A quote whose offsets point at `text` in the paragraph, as an importer would make."""
    start = body[paragraph].index(text)
    return Quote(text, speaker, paragraph=paragraph, start=start, end=start + len(text), **kw)


def make_documents() -> list[Document]:
    b1 = [
        f"MOSCOW (Sputnik) - Russia's envoy spoke about sanctions & trade {XSS}.",
        '"Sanctions will not work & never did," Oleg Stepanov said.',
        'The envoy added that "talks remain possible" with Washington.',
    ]
    d1 = Document(
        headline=f"Envoy warns {XSS} on sanctions & talks",
        subheadings=["Ambassador speaks & answers"],
        dateline=Dateline(place="Moscow", agency="Sputnik", raw="MOSCOW (Sputnik) -"),
        source="Sputnik",
        published=dt.date(2022, 2, 24),
        authors=["Ivan Petrov"],
        language="en",
        body=b1,
        photos=[
            Photo(
                credit="© Sputnik / Ramil Sitdikov",
                agency="Sputnik",
                photographer="Ramil Sitdikov",
                caption="The envoy & his staff",
            )
        ],
        speakers=[
            Speaker(
                "Oleg Stepanov",
                role="Russian ambassador to Canada",
                aliases=["Stepanov", "the envoy"],
            )
        ],
        quotes=[
            quote(b1, 1, "Sanctions will not work & never did,", "Oleg Stepanov"),
            quote(b1, 2, "talks remain possible", "Oleg Stepanov", mention="The envoy"),
        ],
        url="https://example.org/envoy-warns",
    )
    b2 = [
        "WASHINGTON (TASS) - Talks on grain exports resumed on Thursday.",
        '"We expect progress on sanctions relief," Stepanov told reporters.',
        f'"{XSS} is not a policy & never was," said {JO}.',
    ]
    d2 = Document(
        headline="Talks on grain exports resume",
        dateline=Dateline(place="Washington", agency="TASS", raw="WASHINGTON (TASS) -"),
        source="TASS",
        published=dt.date(2022, 3, 10),
        language="en",
        body=b2,
        speakers=[
            Speaker("Oleg Stepanov", aliases=["Stepanov"]),
            Speaker(JO, role="Spokesperson & <i>chief</i>"),
        ],
        quotes=[
            quote(b2, 1, "We expect progress on sanctions relief,", "Oleg Stepanov"),
            quote(b2, 2, f"{XSS} is not a policy & never was,", JO),
        ],
        url="https://example.org/grain-talks",
    )
    b3 = [
        'MOSCOW (Reuters) - "It is cold in January," Maria Ivanova said.',
        "She said the forecast was wrong.",
        '"Winter is a test of sanctions," Oleg Stepanov said.',
    ]
    d3 = Document(
        headline="Ivanova comments on the weather",
        dateline=Dateline(place="Moscow", agency="Reuters", raw="MOSCOW (Reuters) -"),
        source="Reuters",
        published=dt.date(2023, 1, 5),
        language="en",
        body=b3,
        speakers=[
            Speaker("Maria Ivanova", role="Foreign ministry spokeswoman"),
            Speaker("Oleg Stepanov"),
        ],
        quotes=[
            quote(b3, 0, "It is cold in January,", "Maria Ivanova"),
            # Offsets that do not match the text: listed, not marked.
            Quote(
                "the forecast was wrong",
                "Maria Ivanova",
                kind="reported",
                paragraph=1,
                start=0,
                end=5,
            ),
            quote(b3, 2, "Winter is a test of sanctions,", "Oleg Stepanov"),
        ],
    )
    d4 = Document(
        headline="Proteste in Berlin",
        dateline=Dateline(place="Berlin", raw="BERLIN -"),
        source="DW",
        published=dt.date(2021, 6, 1),
        language="de",
        body=["BERLIN - Tausende protestierten."],
        photos=[
            Photo(
                credit="© AFP / Hans Müller",
                agency="AFP",
                caption="<img src=x onerror=alert(1)> Protest & march",
            )
        ],
        url="javascript:alert(1)",
    )
    return [d1, d2, d3, d4]


@pytest.fixture
def docs() -> list[Document]:
    return make_documents()


@pytest.fixture
def app(tmp_path, docs):
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "a.db"), "TESTING": True})
    with app.app_context():
        from web.backend import get_backend

        results = list(get_backend().write(docs))
        assert [r.status for r in results] == ["created"] * len(docs)
    yield app
    app.extensions["press_backend"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def page(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    assert response.mimetype == "text/html"
    return BeautifulSoup(response.data, "html.parser")


def facet(soup: BeautifulSoup, name: str) -> dict[str, dict]:
    """A facet's values as {value: {count, selected, href}}."""
    section = soup.find("section", attrs={"data-facet": name})
    assert section is not None, f"no facet {name}"
    out = {}
    for li in section.find_all("li"):
        a = li.find("a")
        out[a.find(class_="value").get_text()] = {
            "count": int(a.find(class_="count").get_text().replace(",", "")),
            "selected": "selected" in (li.get("class") or []),
            "href": a["href"],
        }
    return out


def total(soup: BeautifulSoup) -> int:
    return int(soup.find(id="total").get_text().replace(",", ""))


def notes(soup: BeautifulSoup) -> str:
    box = soup.find(class_="notes")
    return box.get_text(" ", strip=True) if box else ""


def args(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def only_our_script(soup: BeautifulSoup) -> bool:
    """No inline script, nothing from the article: just the deferred enhancement file."""
    scripts = soup.find_all("script")
    return all(s.get("src") == "/static/workbench.js" and not s.string for s in scripts)


# -- the search page -------------------------------------------------------------------


def test_search_page_shows_everything_with_labelled_controls(client):
    soup = page(client, "/")
    assert total(soup) == 4
    assert soup.find("label", attrs={"for": "q"}) is not None
    assert soup.find("input", id="q")["name"] == "q"
    assert {i["value"] for i in soup.find_all("input", attrs={"name": "scope"})} == {
        "documents",
        "quotes",
    }
    assert soup.find("label", attrs={"for": "sort"}) and soup.find("select", id="sort")
    assert soup.find("label", attrs={"for": "from"}) and soup.find("label", attrs={"for": "to"})
    assert soup.find(id="description").get_text() == "All documents"
    headings = [h.get_text() for h in soup.select(".facet h2")]
    assert headings == ["Speaker", "Source", "Dateline place", "Photo agency", "Language", "Year"]
    assert only_our_script(soup)
    assert page(client, "/search").find(id="total").get_text() == "4"


def test_results_show_headline_link_source_place_date(client, docs):
    soup = page(client, "/search?sort=newest")
    hits = soup.select("ol.results > li")
    assert len(hits) == 4
    first = hits[0]
    assert first.h3.a["href"] == f"/documents/{docs[2].id}"
    assert first.h3.get_text() == "Ivanova comments on the weather"
    assert first.find(class_="meta").get_text() == "Reuters · Moscow · 2023-01-05"
    assert [h.h3.get_text() for h in hits][-1] == "Proteste in Berlin"


def test_facet_counts(client):
    soup = page(client, "/")
    assert {k: v["count"] for k, v in facet(soup, "source").items()} == {
        "DW": 1,
        "Reuters": 1,
        "Sputnik": 1,
        "TASS": 1,
    }
    assert facet(soup, "place")["Moscow"]["count"] == 2
    assert facet(soup, "speaker")["Oleg Stepanov"]["count"] == 3
    assert list(facet(soup, "year")) == ["2023", "2022", "2021"]
    assert facet(soup, "year")["2022"]["count"] == 2
    assert facet(soup, "language") == {
        "en": {"count": 3, "selected": False, "href": "/search?language=en"},
        "de": {"count": 1, "selected": False, "href": "/search?language=de"},
    }
    assert not any(v["selected"] for v in facet(soup, "source").values())


def test_selecting_a_facet_value_filters_and_keeps_alternatives(client):
    href = facet(page(client, "/?q=sanctions"), "place")["Moscow"]["href"]
    assert args(href) == {"q": ["sanctions"], "place": ["Moscow"]}
    soup = page(client, href)
    assert total(soup) == 2
    places = facet(soup, "place")
    assert places["Moscow"]["selected"]
    # The alternative is still offered, with its count under the other filters.
    assert places["Washington"] == {
        "count": 1,
        "selected": False,
        "href": "/search?q=sanctions&place=Moscow&place=Washington",
    }
    # Other facets are narrowed by the selection.
    assert set(facet(soup, "source")) == {"Sputnik", "Reuters"}
    # The selected value's link removes it again.
    assert args(places["Moscow"]["href"]) == {"q": ["sanctions"]}
    # The form keeps the selection when the query changes.
    hidden = soup.select("form input[type=hidden][name=place]")
    assert [h["value"] for h in hidden] == ["Moscow"]


def test_multi_select_is_an_or_within_a_facet(client):
    soup = page(client, "/search?source=Sputnik&source=TASS")
    assert total(soup) == 2
    sources = facet(soup, "source")
    assert sources["Sputnik"]["selected"] and sources["TASS"]["selected"]
    assert not sources["Reuters"]["selected"] and sources["Reuters"]["count"] == 1
    assert args(sources["Reuters"]["href"])["source"] == ["Sputnik", "TASS", "Reuters"]
    assert args(sources["TASS"]["href"])["source"] == ["Sputnik"]
    assert soup.find(id="description").get_text() == "Documents from Sputnik or TASS"


def test_query_is_stated_in_words(client):
    soup = page(client, "/search?q=sanctions&speaker=Oleg+Stepanov&from=2022-02-01")
    assert soup.find(id="description").get_text() == (
        "Documents by Oleg Stepanov containing ‘sanctions’ from 2022-02-01"
    )
    assert total(soup) == 3
    soup = page(client, '/search?q=-weather+"grain exports"+place:Washington&scope=quotes')
    assert soup.find(id="description").get_text() == (
        "Quotes containing ‘grain exports’ without ‘weather’ datelined Washington"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/search?from=2022-03", 2),
        ("/search?to=2022-02", 2),
        ("/search?from=2022&to=2022", 2),
        ("/search?from=2022-02-24&to=2022-02-24", 1),
        ("/search?from=2022-03-11&to=2022-12-31", 0),
    ],
)
def test_date_filter(client, url, expected):
    assert total(page(client, url)) == expected


def test_dates_the_wrong_way_round_are_swapped_with_a_note(client):
    soup = page(client, "/search?from=2023&to=2022-03")
    assert total(soup) == 2
    assert "after the ‘to’ date" in notes(soup)
    assert soup.find("input", id="from")["value"] == "2022-03"


@pytest.mark.parametrize("bad", ["garbage", "2022-13", "2022-02-30", "99999999999"])
def test_bad_from_date_is_a_note_not_an_error(client, bad):
    soup = page(client, f"/search?from={bad}")
    assert total(soup) == 4
    assert f"Ignored the ‘from’ date ‘{bad}’" in notes(soup)
    # What the user typed stays in the box so it can be corrected.
    assert soup.find("input", id="from")["value"] == bad
    # Links built from the page do not carry the unusable date.
    assert "from" not in args(facet(soup, "source")["TASS"]["href"])


@pytest.mark.parametrize("q", ['"unclosed (', "AND", "date:garbage", "(" * 600 + "a"])
def test_malformed_query_shows_the_note(client, q):
    response = client.get("/search", query_string={"q": q})
    assert response.status_code == 200
    soup = BeautifulSoup(response.data, "html.parser")
    assert "searched for the words instead" in notes(soup)
    api = client.get("/api/search", query_string={"q": q})
    assert api.status_code == 200
    assert any("searched for the words instead" in n for n in api.json["notes"])


def test_overlong_query_is_cut_with_a_note(client):
    soup = page(client, "/search?q=" + "word+" * 300)
    assert f"first {MAX_QUERY_CHARS} characters" in notes(soup)


def test_no_results_state(client):
    soup = page(client, "/search?q=zeppelin")
    assert total(soup) == 0
    assert soup.find(class_="no-results").h2.get_text() == "No results"
    assert not soup.select("ol.results")


def test_odd_arguments_never_fail(client):
    for url in [
        "/search?page=-4",
        "/search?page=abc",
        "/search?page=99999999",
        "/search?size=0",
        "/search?size=x",
        "/search?scope=nonsense",
        "/search?sort=sideways",
        "/search?year=abc",
        "/search?speaker=",
        "/search?q=%00%01",
        "/search?from=%20",
    ]:
        assert client.get(url).status_code == 200, url
    assert "Unknown scope" in notes(page(client, "/search?scope=nonsense"))


def test_histogram_bars_narrow_to_their_month(client):
    soup = page(client, "/search?q=sanctions")
    bars = soup.select(".histogram .bars a")
    assert [b.find(class_="visually-hidden").get_text() for b in bars] == [
        "2022-02: 1",
        "2022-03: 1",
        "2023-01: 1",
    ]
    assert args(bars[1]["href"]) == {"q": ["sanctions"], "from": ["2022-03"], "to": ["2022-03"]}
    narrowed = page(client, bars[1]["href"])
    assert total(narrowed) == 1
    assert narrowed.select_one('.histogram a[aria-current="true"]') is None  # single bar
    assert "to 2022-03-31" in narrowed.find(id="description").get_text()


# -- quote scope -----------------------------------------------------------------------


def test_quote_scope_lists_quotes_linked_to_their_place(client, docs):
    soup = page(client, "/search?scope=quotes&q=sanctions&sort=newest")
    assert total(soup) == 3
    hits = soup.select("ol.results > li.quote-hit")
    first = hits[0]
    assert first.blockquote.a["href"] == f"/documents/{docs[2].id}#q2"
    assert first.blockquote.mark.get_text().lower() == "sanctions"
    speaker = first.find("a", class_="speaker")
    assert speaker.get_text() == "Oleg Stepanov"
    assert speaker["href"] == "/speakers/Oleg%20Stepanov"
    assert "2023-01-05" in first.find(class_="meta").get_text()
    assert "Reuters" in first.find(class_="meta").get_text()
    # The speaker facet counts quotes in this scope.
    assert facet(soup, "speaker")["Oleg Stepanov"]["count"] == 3


def test_quote_scope_speaker_filter_follows_aliases(client):
    soup = page(client, "/search?scope=quotes&speaker=Oleg+Stepanov")
    assert total(soup) == 4
    assert soup.find("input", attrs={"name": "scope", "value": "quotes"}).has_attr("checked")


# -- the document page -----------------------------------------------------------------


def test_document_page_shows_the_article(client, docs):
    soup = page(client, f"/documents/{docs[0].id}")
    assert soup.h1.get_text() == docs[0].headline
    assert soup.find(class_="subheading").get_text() == "Ambassador speaks & answers"
    facts = {dt_.get_text(): dt_.find_next("dd").get_text() for dt_ in soup.select(".facts dt")}
    assert facts["Source"] == "Sputnik"
    assert facts["Published"] == "2022-02-24"
    assert facts["Dateline"] == "MOSCOW (Sputnik) -"
    assert facts["Place"] == "Moscow"
    assert facts["Agency"] == "Sputnik"
    assert facts["Author"] == "Ivan Petrov"
    assert soup.find("a", href="https://example.org/envoy-warns") is not None
    assert soup.find(class_="credit").get_text() == "Photo: © Sputnik / Ramil Sitdikov"
    assert soup.find("figcaption").get_text() == "The envoy & his staff"
    for hidden in soup.select(".body .visually-hidden"):  # "(quote by …)" for screen readers
        hidden.decompose()
    assert [p.get_text() for p in soup.select(".body p")] == docs[0].body


def test_document_page_marks_quotes_and_links_speakers(client, docs):
    soup = page(client, f"/documents/{docs[0].id}")
    marks = soup.select("mark.quote")
    assert [m["id"] for m in marks] == ["q0", "q1"]
    assert [m.get_text() for m in marks] == [q.text for q in docs[0].quotes]
    assert marks[0].a["href"] == "/speakers/Oleg%20Stepanov"
    assert marks[0].find_next_sibling("span").get_text() == " (quote by Oleg Stepanov)"
    speakers = soup.select(".speakers li")
    assert speakers[0].a.get_text() == "Oleg Stepanov"
    assert "Russian ambassador to Canada" in speakers[0].get_text()
    assert "(2 quotes)" in speakers[0].get_text()


def test_quote_with_wrong_offsets_is_listed_not_marked(client, docs):
    soup = page(client, f"/documents/{docs[2].id}")
    assert [m["id"] for m in soup.select("mark.quote")] == ["q0", "q2"]
    listed = soup.select(".unlocated li")
    assert [li["id"] for li in listed] == ["q1"]
    assert listed[0].q.get_text() == "the forecast was wrong"
    assert soup.select(".body p")[1].get_text() == "She said the forecast was wrong."


def test_unknown_document_is_404(client):
    soup = page(client, "/documents/nope", status=404)
    assert "nope" in soup.find(class_="error-message").get_text()


def test_non_web_url_is_not_linked(client, docs):
    soup = page(client, f"/documents/{docs[3].id}")
    assert not soup.select('a[href^="javascript"]')
    assert "javascript:alert(1)" in soup.find(class_="facts").get_text()


# -- speaker pages ---------------------------------------------------------------------


def test_speaker_page_lists_quotes_newest_first(client, docs):
    soup = page(client, "/speakers/Oleg%20Stepanov")
    assert soup.h1.get_text() == "Oleg Stepanov"
    assert soup.find(id="quote-count").get_text() == "4"
    assert soup.find(id="document-count").get_text() == "3"
    assert "Russian ambassador to Canada" in soup.find(class_="facts").get_text()
    assert "Stepanov" in soup.find(class_="facts").get_text()
    hits = soup.select("ol.results > li.quote-hit")
    hrefs = [h.blockquote.a["href"] for h in hits]
    assert hrefs[:2] == [f"/documents/{docs[2].id}#q2", f"/documents/{docs[1].id}#q0"]
    assert sorted(hrefs[2:]) == [f"/documents/{docs[0].id}#q0", f"/documents/{docs[0].id}#q1"]
    dates = [h.find(class_="meta").get_text() for h in hits]
    assert "2023-01-05" in dates[0] and "2022-02-24" in dates[-1]


def test_speaker_alias_resolves_to_the_same_speaker(client):
    full = page(client, "/speakers/Oleg%20Stepanov")
    for variant in ("Stepanov", "oleg  stepanov"):
        soup = page(client, f"/speakers/{variant}")
        assert soup.h1.get_text() == "Oleg Stepanov"
        assert total(soup) == total(full)
        assert soup.find("link", rel="canonical")["href"] == "/speakers/Oleg%20Stepanov"


def test_speaker_page_searches_within_the_speakers_quotes(client):
    soup = page(client, "/speakers/Oleg%20Stepanov?q=winter")
    assert total(soup) == 1
    assert "containing ‘winter’" in soup.find(id="description").get_text()


def test_speaker_page_pages(client):
    soup = page(client, "/speakers/Oleg%20Stepanov?size=3")
    assert len(soup.select("ol.results > li")) == 3
    nxt = soup.find("a", rel="next")["href"]
    assert nxt == "/speakers/Oleg%20Stepanov?size=3&page=2"
    assert len(page(client, nxt).select("ol.results > li")) == 1


def test_unknown_speaker_is_404(client):
    page(client, "/speakers/Nobody%20Atall", status=404)


# -- escaping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/search?q=alert",
        "/search?q=policy&scope=quotes",
        "/search?q=" + XSS,
        "/search?speaker=" + JO,
        "/search?source=" + XSS,
        "/search?from=" + XSS,
        "/speakers/" + JO,
        "/documents/{d0}",
        "/documents/{d1}",
        "/documents/{d3}",
        "/documents/" + XSS,
    ],
)
def test_article_text_is_escaped_everywhere(client, docs, url):
    url = url.format(d0=docs[0].id, d1=docs[1].id, d3=docs[3].id)
    response = client.get(url)
    assert response.status_code in (200, 404)
    body = response.get_data(as_text=True)
    assert XSS not in body
    assert "<img" not in body and "<i>" not in body and "<b>" not in body
    soup = BeautifulSoup(body, "html.parser")
    assert only_our_script(soup)
    assert soup.find_all("img") == []


def test_escaped_text_reads_as_written(client, docs):
    soup = page(client, "/search?q=alert")
    snippet = soup.select_one(".snippet")
    assert XSS.replace("alert", "alert") in snippet.get_text()
    assert snippet.mark.get_text() == "alert"
    assert soup.select_one(".hit h3").get_text() == docs[0].headline

    soup = page(client, "/search?q=policy&scope=quotes")
    hit = soup.select_one(".quote-hit")
    assert hit.blockquote.get_text() == docs[1].quotes[1].text
    assert hit.find("a", class_="speaker").get_text() == JO

    soup = page(client, f"/documents/{docs[1].id}")
    assert soup.select("mark.quote")[1].get_text() == docs[1].quotes[1].text
    assert JO in [a.get_text() for a in soup.select(".speakers a")]
    assert "Spokesperson & <i>chief</i>" in soup.find(class_="speakers").get_text()

    soup = page(client, "/speakers/" + JO)
    assert soup.h1.get_text() == JO
    assert total(soup) == 1


# -- JSON API ------------------------------------------------------------------------


def test_api_search_shape(client):
    response = client.get("/api/search?q=sanctions&source=Sputnik&source=TASS")
    assert response.status_code == 200 and response.is_json
    data = response.json
    assert data["total"] == 2
    assert data["description"] == "Documents from Sputnik or TASS containing ‘sanctions’"
    assert data["notes"] == []
    assert data["filters"] == {"source": ["Sputnik", "TASS"]}
    assert [f["name"] for f in data["facets"]] == [
        "speaker",
        "source",
        "place",
        "agency",
        "language",
        "year",
    ]
    sources = {v["value"]: v for v in data["facets"][1]["values"]}
    assert set(sources["TASS"]) == {"value", "count", "selected", "toggle_url"}
    assert sources["TASS"]["selected"] is True
    assert sources["Reuters"] == {
        "value": "Reuters",
        "count": 1,
        "selected": False,
        "toggle_url": "/api/search?q=sanctions&source=Sputnik&source=TASS&source=Reuters",
    }
    hit = data["hits"][0]
    assert hit["type"] == "document"
    assert set(hit) >= {"id", "headline", "source", "place", "published", "snippet_html", "url"}
    assert data["pagination"]["page"] == 1 and data["pagination"]["pages"] == 1
    assert [b["period"] for b in data["histogram"]["buckets"]] == ["2022-02", "2022-03"]


def test_html_and_api_share_the_facets(client):
    soup = page(client, "/search?place=Moscow")
    api = client.get("/api/search?place=Moscow").json
    html_places = facet(soup, "place")
    api_places = {v["value"]: v for v in api["facets"][2]["values"]}
    assert {k: (v["count"], v["selected"]) for k, v in html_places.items()} == {
        k: (v["count"], v["selected"]) for k, v in api_places.items()
    }
    assert api_places["Berlin"]["toggle_url"] == (
        html_places["Berlin"]["href"].replace("/search", "/api/search")
    )


def test_api_quote_hits(client, docs):
    data = client.get("/api/search?scope=quotes&q=policy").json
    assert data["total"] == 1
    hit = data["hits"][0]
    assert hit["type"] == "quote"
    assert hit["document_id"] == docs[1].id and hit["index"] == 1
    assert hit["speaker"] == JO
    assert hit["url"] == f"/documents/{docs[1].id}#q1"
    assert "&lt;script&gt;" in hit["text_html"] and "<mark>policy</mark>" in hit["text_html"]


def test_api_size_is_clamped(client):
    assert client.get("/api/search?size=1000").json["pagination"]["size"] == 100
    data = client.get("/api/search?size=1&page=2").json
    assert len(data["hits"]) == 1 and data["pagination"]["pages"] == 4
    assert args(data["pagination"]["next_url"]) == {"size": ["1"], "page": ["3"]}


def test_api_document(client, docs):
    response = client.get(f"/api/documents/{docs[0].id}")
    assert response.status_code == 200
    assert response.json == docs[0].to_dict()
    assert Document.from_dict(response.json) == docs[0]


def test_api_speaker(client, docs):
    data = client.get("/api/speakers/Stepanov").json
    assert data["speaker"]["name"] == "Oleg Stepanov"
    assert data["speaker"]["quotes"] == 4
    assert "Stepanov" in data["speaker"]["aliases"]
    assert data["total"] == 4
    assert data["hits"][0]["url"] == f"/documents/{docs[2].id}#q2"


@pytest.mark.parametrize("url", ["/api/documents/nope", "/api/speakers/Nobody", "/api/unknown"])
def test_api_errors_are_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.is_json
    assert response.json["status"] == 404 and response.json["error"]


def test_api_method_not_allowed_is_json(client):
    response = client.post("/api/search")
    assert response.status_code == 405
    assert response.json["status"] == 405
    assert "GET" in response.headers["Allow"]


# -- configuration and failures -------------------------------------------------------


def test_archive_comes_from_the_environment(tmp_path, monkeypatch):
    url = "sqlite:///" + str(tmp_path / "env.db")
    monkeypatch.setenv("PRESS_ARCHIVE", url)
    app = create_app()
    assert app.config["ARCHIVE"] == url
    assert create_app({"ARCHIVE": "sqlite:///other.db"}).config["ARCHIVE"] == "sqlite:///other.db"
    assert app.test_client().get("/").status_code == 200
    app.extensions["press_backend"].close()


def test_backend_is_opened_per_app_on_first_use(tmp_path):
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "lazy.db")})
    assert not (tmp_path / "lazy.db").exists()
    app.test_client().get("/")
    assert (tmp_path / "lazy.db").exists()
    app.extensions["press_backend"].close()


@pytest.mark.parametrize("kind", ["corrupt", "bad-url"])
def test_unusable_archive_is_a_503_page(tmp_path, kind):
    if kind == "corrupt":
        path = tmp_path / "broken.db"
        path.write_bytes(b"this is not a database" * 100)
        url = f"sqlite:///{path}"
    else:
        url = "sqlite://no-slashes"
    client = create_app({"ARCHIVE": url, "TESTING": True}).test_client()
    response = client.get("/search?q=x")
    assert response.status_code == 503
    soup = BeautifulSoup(response.data, "html.parser")
    assert soup.h1.get_text().startswith("Archive unavailable")
    assert "cannot open the archive" in soup.find(class_="error-message").get_text()
    api = client.get("/api/search")
    assert api.status_code == 503 and "cannot open the archive" in api.json["error"]


def test_search_page_stays_small(tmp_path):
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "big.db"), "TESTING": True})
    words = " ".join(f"word{i} sanctions" for i in range(400))
    many = []
    for i in range(60):
        body = [f'MOSCOW - "Sanctions are item {i}," Speaker {i % 12} said. {words}']
        many.append(
            Document(
                headline=f"Statement number {i} on sanctions",
                dateline=Dateline(place=f"Place {i % 15}"),
                source=f"Source {i % 11}",
                published=dt.date(2015 + i // 12, 1 + i % 12, 1),
                body=body,
                speakers=[Speaker(f"Speaker {i % 12}")],
                quotes=[quote(body, 0, f"Sanctions are item {i},", f"Speaker {i % 12}")],
            )
        )
    with app.app_context():
        from web.backend import get_backend

        list(get_backend().write(many))
    client = app.test_client()
    for url in ["/search?q=sanctions", "/search?q=sanctions&scope=quotes"]:
        response = client.get(url)
        soup = BeautifulSoup(response.data, "html.parser")
        assert len(soup.select("ol.results > li")) == 20
        assert len(response.data) < 100_000, (url, len(response.data))
    # Five years of months are shown by year.
    assert client.get("/api/search").json["histogram"]["unit"] == "year"
    app.extensions["press_backend"].close()


def test_selected_alias_marks_its_speaker_selected(client):
    for url in ["/search?speaker=Stepanov", "/search?speaker=Stepanov&scope=quotes"]:
        soup = page(client, url)
        speakers = facet(soup, "speaker")
        assert "Stepanov" not in speakers  # no phantom zero-count entry
        assert speakers["Oleg Stepanov"]["selected"]
        assert "speaker" not in args(speakers["Oleg Stepanov"]["href"])
        assert args(speakers["Maria Ivanova"]["href"])["speaker"] == ["Stepanov", "Maria Ivanova"]


def test_an_open_backend_can_be_passed_in(tmp_path, docs):
    from search import open_backend

    with open_backend("sqlite:///" + str(tmp_path / "open.db")) as backend:
        list(backend.write(docs[:1]))
        app = create_app({"BACKEND": backend, "TESTING": True})
        assert app.config["ARCHIVE"] == backend.url
        assert total(page(app.test_client(), "/")) == 1


def test_document_page_lists_other_versions_and_other_publishers(tmp_path):
    story = list(BERTH_FEES_STORY)
    first = Document(
        headline="Berth fees rise", source="Harbour News", published=dt.date(2024, 1, 5), body=story
    )
    corrected = Document(
        headline="Berth fees rise <corrected>",
        source="Harbour News",
        published=dt.date(2024, 1, 7),
        body=[story[0].replace("four", "five"), *story[1:]],
    )
    reprint = Document(
        headline="Fees up at the harbour",
        source="Capital Wire",
        published=dt.date(2024, 1, 6),
        body=list(story),
        url="https://x.example/9",
    )
    app = create_app({"ARCHIVE": f"sqlite:///{tmp_path / 'v.db'}", "TESTING": True})
    with app.app_context():
        from web.backend import get_backend

        list(get_backend().write([first, corrected, reprint]))
    page = BeautifulSoup(app.test_client().get(f"/documents/{corrected.id}").data, "lxml")
    section = page.select_one("section.versions")
    earlier = section.select("ul.earlier li")
    assert len(earlier) == 1 and "Berth fees rise" in earlier[0].text
    elsewhere = section.select_one("ul.elsewhere li")
    assert "Capital Wire" in elsewhere.text and "of the wording in common" in elsewhere.text
    first_page = BeautifulSoup(app.test_client().get(f"/documents/{first.id}").data, "lxml")
    assert "identical text" in first_page.select_one("ul.elsewhere").text
    assert "&lt;corrected&gt;" in first_page.select_one("ul.later").decode()
