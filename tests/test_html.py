"""The HTML importer on small invented pages: each extraction rule, then the corpus."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Callable

import pytest

from importers import html_dates as D
from importers.html import (
    extract_authors,
    extract_headline,
    extract_publisher,
    extract_url,
    parse_html,
    strip_site_name,
)
from importers.html_page import read_page
from importers.sources import InputError
from tests.corpus import corpus_path

BODY = """
<p>LISBON (Harbour Wire) - The port authority said on Tuesday that the new ferry
terminal on the south bank would open to passengers before the summer season.</p>
<p>“We have finished the main hall and the ticket office,” said Marta Quintela, the
authority's director of works. “The last piece is the floating pontoon.”</p>
<p>The terminal will serve three routes across the river and replace a landing stage
built in the 1950s, which the city closed last year after storm damage.</p>
<p>Local traders welcomed the news, saying the old stage had kept visitors away from
the riverside market for more than a year.</p>
"""


def page(head: str = "", body: str = BODY, *, lang: str = "en") -> str:
    """A whole page around an article: the extractor expects a full document."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>New ferry terminal to open before summer</h1>{body}</article></main>
<footer><p>Copyright Harbour Daily. All rights reserved.</p></footer></body></html>"""


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta(key: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{key}" content="{value}">'


def published(html: str, url: str | None = None) -> dt.date | None:
    return D.extract_published(read_page(html, url))


# -- the whole parse ------------------------------------------------------------------


def test_article_page_becomes_a_press_document():
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "New ferry terminal to open before summer",
            "datePublished": "2024-03-12T09:30:00+00:00",
            "author": {"@type": "Person", "name": "Rita Sousa"},
            "publisher": {"@type": "Organization", "name": "Harbour Daily"},
        }
    )
    doc = parse_html(page(head).encode(), url="https://example.org/news/ferry")
    assert doc.headline == "New ferry terminal to open before summer"
    assert doc.published == dt.date(2024, 3, 12)
    assert doc.authors == ["Rita Sousa"]
    assert doc.source == "Harbour Daily"
    assert doc.dateline is not None and doc.dateline.place == "LISBON"
    assert doc.dateline.agency == "Harbour Wire"
    assert doc.body[0].startswith("The port authority said")
    assert "Marta Quintela" in {s.name for s in doc.speakers}
    assert any(q.speaker == "Marta Quintela" for q in doc.quotes)
    assert doc.language == "en"
    assert doc.url == "https://example.org/news/ferry"


def test_a_page_whose_utf8_was_read_as_latin_1_reads_as_written():
    # The site's own copy holds `â` and two control characters for `“`: its UTF-8 was
    # once read as Latin-1.
    garbled = BODY.encode("utf-8").decode("latin-1")
    doc = parse_html(page(body=garbled).encode(), url="https://example.org/news/ferry")
    assert not any("â\x80" in p for p in doc.body)
    assert any(q.speaker == "Marta Quintela" for q in doc.quotes)
    assert any(q.text.startswith("We have finished the main hall") for q in doc.quotes)


def test_arguments_override_what_the_page_says():
    head = meta("article:published_time", "2024-03-12") + meta("og:site_name", "Harbour Daily")
    doc = parse_html(page(head), source="Port Desk", published=dt.date(2020, 1, 2))
    assert (doc.source, doc.published) == ("Port Desk", dt.date(2020, 1, 2))


def test_page_without_article_text_is_an_input_error():
    empty = (
        "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a>"
        "</nav><form><input name='q'></form></body></html>"
    )
    with pytest.raises(InputError, match="no article text found"):
        parse_html(empty)


def test_empty_input_is_an_input_error():
    with pytest.raises(InputError, match="no article text found"):
        parse_html(b"")


def test_script_in_text_is_data_and_script_elements_are_not_text():
    body = (
        BODY
        + """<p>Engineers warned that the booking site broke when a user typed
    &lt;script&gt;alert(1)&lt;/script&gt; into the name field of the form.</p>
    <script>var hidden = "this is code, not article text";</script>"""
    )
    doc = parse_html(page(body=body))
    text = doc.text
    assert "<script>alert(1)</script>" in text
    assert "this is code" not in text


def test_icons_and_noscript_notes_are_not_article_text():
    # Dropped with the scripts once the page is read: no reader of the text needs them.
    controls = (
        '<svg viewBox="0 0 10 10"><title>Bookmark icon</title><path d="M0 0h10v10z"/></svg>'
        "<noscript><p>Turn on JavaScript to see the interactive ferry timetable.</p>"
        "</noscript>"
    )
    doc = parse_html(page(body=controls + BODY))
    text = doc.text.casefold()
    assert "floating pontoon" in text and "riverside market" in text
    for words in ("bookmark icon", "turn on javascript"):
        assert words not in text
    tree = read_page(page(body=controls + BODY), None).tree
    assert not tree.xpath("//svg | //noscript")


@pytest.mark.parametrize("tag", ["noscript", "svg"])
def test_an_unclosed_noscript_or_svg_keeps_the_article_inside_it(tag):
    # The parser closes the element only at the end of the body, so the article after
    # it is inside it: it is not code and must not be dropped with it.
    html = f"<html><body><{tag}>Icon<article>{BODY}</article></body></html>"
    assert read_page(html, None).tree.xpath(f"//{tag}")
    text = parse_html(html).text
    assert "floating pontoon" in text and "riverside market" in text


def test_markup_after_the_closing_html_tag_is_read_as_the_body():
    # A template that closes the page after its header and then writes the article:
    # a browser puts what follows `</html>` into the body; the parser leaves it beside
    # the page's root, where the extractor would not see it.
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Ferry terminal to open</title></head><body><header><nav>"
        '<a href="/">Home</a> <a href="/news">News</a></nav></header></body></html>\n'
        f'<div class="story"><h1>Ferry terminal to open</h1>{BODY}</div>'
        "<footer><p>Harbour Wire, all rights kept.</p></footer></body></html>"
    )
    tree = read_page(html, None).tree
    assert not [el for el in tree.itersiblings() if len(el)]
    assert tree.xpath("/html/body//div[@class='story']")
    doc = parse_html(html)
    assert doc.headline == "Ferry terminal to open"
    assert "floating pontoon" in doc.text and "riverside market" in doc.text
    assert "all rights kept" not in " ".join(doc.body)


STREAMED_LATER = """
<p>The council said the second phase would add a covered walkway between the ferry
terminal and the tram stop, paid for from the harbour fund.</p>
<p>Work on the walkway is due to start in the autumn and to take about nine months,
during which the tram stop will move a short distance upriver.</p>
"""


def streamed_page(frame: bool = False) -> str:
    """A page rendered in a stream: the article's second half is sent after the footer,
    in a hidden part, with an empty place where it belongs."""
    title = "<header><h1>Ferry terminal to open</h1></header>" if frame else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title>'
        "</head><body><nav><a href='/'>Home</a></nav><main><h1>Ferry terminal to open</h1>"
        f'<div class="story">{BODY}<!--$?--><template id="B:0"></template><!--/$-->'
        "</div></main>"
        "<footer><p>Harbour Wire. Terms of use. Privacy. Contact the newsroom.</p></footer>"
        f'<div hidden id="S:0">{title}{STREAMED_LATER}</div>'
        '<script>$RC("B:0","S:0")</script></body></html>'
    )


def test_parts_of_a_streamed_page_are_read_where_they_belong():
    # The browser's script moves the hidden part into its place; read where it stands,
    # the article's second half is a box after the footer.
    tree = read_page(streamed_page(), None).tree
    story = tree.xpath("//div[@class='story']")[0]
    assert "covered walkway" in story.text_content()
    assert not tree.xpath("//template | //div[@hidden]")
    doc = parse_html(streamed_page())
    text = " ".join(doc.body)
    assert "floating pontoon" in text and "covered walkway" in text and "nine months" in text
    assert text.index("floating pontoon") < text.index("covered walkway")


def test_a_streamed_part_holding_the_page_frame_stays_where_it_is():
    # A part with the page's header or headline is the frame, not a piece of the text.
    tree = read_page(streamed_page(frame=True), None).tree
    assert tree.xpath("//div[@hidden and @id='S:0']//p")
    assert tree.xpath("//template[@id='B:0']")


def test_parts_streamed_inside_parts_are_bounded():
    # Each part's place inside the next part, deeper than recursion would allow: the
    # page is read as it stands, quickly and without an error.
    nested = "".join(
        f'<div hidden id="S:{i}"><template id="P:{i + 1}"></template><p>Part {i}.</p></div>'
        for i in range(3000)
    )
    html = (
        "<html><body><main><h1>Ferry terminal to open</h1>"
        f'<div class="story">{BODY}<template id="P:0"></template></div></main>{nested}'
        "</body></html>"
    )
    doc = parse_html(html)
    assert "floating pontoon" in doc.text


def test_head_tags_set_aside_for_the_extractor_come_back_in_place():
    from lxml import etree

    from importers.html import text_from_extractor

    head = meta("og:title", "Ferry terminal") + '<link rel="canonical" href="https://x.test/a">'
    p = read_page(page(head), "https://x.test/a?utm=1")
    before = etree.tostring(p.tree.find("head"))
    main = text_from_extractor(p)
    assert main is not None and any("floating pontoon" in t for t in main.paragraphs)
    assert etree.tostring(p.tree.find("head")) == before
    assert extract_url(p) == "https://x.test/a"


def test_readability_text_is_taken_sooner_in_our_parse_only(monkeypatch):
    import trafilatura
    from trafilatura import external

    from importers import html as H

    assert external._prefer_readability is H._prefer_readability
    seen: list[bool] = []

    def refuse(*args: object) -> bool:
        return False

    def spy(*args: object) -> bool:
        seen.append(H._SOONER.get())
        return H._prefer_readability(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(H, "_trafilatura_prefers_readability", refuse)

    monkeypatch.setattr(external, "_prefer_readability", spy)
    trafilatura.bare_extraction(page(), with_metadata=False)
    parse_html(page())
    # trafilatura asks on every page; only our parse's question is asked sooner.
    assert seen == [False, True]
    # More than a half longer than the extractor's text is taken, a fifth longer or raw
    # JSON not, and outside our parse trafilatura's own bar (twice as long) stands.
    with H._readability_preferred_sooner():
        assert H._prefer_readability(None, None, "text", 1000, 1600, None)
        assert not H._prefer_readability(None, None, "text", 1000, 1200, None)
        assert not H._prefer_readability(None, None, '{"a": 1}', 1000, 1600, None)
    assert not H._prefer_readability(None, None, "text", 1000, 1600, None)


def test_bytes_in_a_declared_legacy_encoding():
    html = page('<meta charset="windows-1252">', body=BODY.replace("Quintela", "Quintéla"))
    doc = parse_html(html.encode("cp1252"))
    assert "Marta Quintéla" in doc.text


# -- headline --------------------------------------------------------------------------


def test_headline_prefers_the_h1_the_metadata_confirms():
    head = "<title>New ferry terminal to open before summer | Harbour Daily</title>"
    headline = extract_headline(read_page(page(head), None))
    assert headline == "New ferry terminal to open before summer"


def test_headline_ignores_an_h1_that_is_only_the_site_logo():
    html = page(meta("og:title", "Ferry terminal opens")).replace(
        "<header>", "<header><h1>Harbour Daily</h1>"
    )
    html = html.replace("<h1>New ferry terminal to open before summer</h1>", "")
    assert extract_headline(read_page(html, None)) == "Ferry terminal opens"


def test_headline_skips_an_h1_that_is_the_site_name_in_the_title():
    head = "<title>Ferry terminal to open before summer – Harbour Daily</title>"
    html = page(head).replace("<header>", "<header><h1>Harbour Daily</h1>")
    html = html.replace("<h1>New ferry terminal", "<h2>Ferry terminal").replace(
        "summer</h1>", "summer</h2>"
    )
    assert extract_headline(read_page(html, None)) == "Ferry terminal to open before summer"


def test_headline_is_the_only_h1_when_the_metadata_words_it_otherwise():
    head = meta("og:title", "Ferry terminal: opening date, routes and fares")
    assert extract_headline(read_page(page(head), None)) == (
        "New ferry terminal to open before summer"
    )
    # One or two words in an <h1> are a section name, not a headline.
    html = page(head).replace("New ferry terminal to open before summer", "Transport")
    assert extract_headline(read_page(html, None)) == (
        "Ferry terminal: opening date, routes and fares"
    )


def test_headline_entities_escaped_twice_are_read_as_text():
    head = meta("og:title", "Tolls &amp;amp; fares: what&amp;#8217;s new")
    html = page(head).replace("<h1>New ferry terminal to open before summer</h1>", "")
    assert extract_headline(read_page(html, None)) == "Tolls & fares: what\u2019s new"


def test_headline_cut_short_in_jsonld_is_read_whole_from_the_title():
    whole = "Ferry terminal to open before summer, with three routes across the river"
    head = jsonld({"@type": "NewsArticle", "headline": whole[:40]}) + meta("og:title", whole)
    html = page(head).replace("<h1>New ferry terminal to open before summer</h1>", "")
    assert extract_headline(read_page(html, None)) == whole


def test_headline_from_jsonld_when_there_is_no_h1():
    html = page(jsonld({"@type": "Article", "headline": "Bridge tolls frozen"})).replace(
        "<h1>New ferry terminal to open before summer</h1>", ""
    )
    assert extract_headline(read_page(html, None)) == "Bridge tolls frozen"


def test_site_name_cut_off_the_title():
    p = read_page(page(meta("og:site_name", "Harbour Daily")), None)
    assert strip_site_name("Ferry terminal to open | Harbour Daily", p) == "Ferry terminal to open"
    assert (
        strip_site_name("Harbour Daily - Ferry terminal to open soon", p)
        == "Ferry terminal to open soon"
    )
    assert strip_site_name("No separator here", p) == "No separator here"


# -- JSON-LD variants ----------------------------------------------------------------------


def test_jsonld_graph_with_authors_list_and_publisher():
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "Harbour Daily"},
                {"@type": "WebPage", "datePublished": "2023-01-01"},
                {
                    "@type": ["ReportageNewsArticle"],
                    "datePublished": "2023-05-06T10:00:00Z",
                    "author": [{"@type": "Person", "name": "Ana Reis"}, {"name": "Joel Pinto"}],
                    "publisher": {"@type": "NewsMediaOrganization", "name": "Harbour Daily"},
                },
            ],
        }
    )
    p = read_page(page(head), None)
    assert D.extract_published(p) == dt.date(2023, 5, 6)  # the article's, not the page's
    assert extract_authors(p) == ["Ana Reis", "Joel Pinto"]
    assert extract_publisher(p) == "Harbour Daily"


def test_jsonld_list_of_blocks_and_broken_block():
    head = '<script type="application/ld+json">{"@type": "Article", oops</script>' + jsonld(
        [
            {"@type": "BreadcrumbList"},
            {"@type": "Article", "datePublished": "2022-11-30", "author": "Lena Costa"},
        ]
    )
    p = read_page(page(head), None)
    assert D.extract_published(p) == dt.date(2022, 11, 30)
    assert extract_authors(p) == ["Lena Costa"]


def test_jsonld_with_raw_newline_inside_a_string():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Two\nlines", "datePublished": "2021-07-04"}</script>'
    )
    assert published(page(head)) == dt.date(2021, 7, 4)


def test_jsonld_url_and_canonical_link():
    p = read_page(page('<link rel="canonical" href="https://example.org/a/1">'), "http://x/1")
    assert extract_url(p) == "https://example.org/a/1"
    p = read_page(page(jsonld({"@type": "Article", "url": "https://example.org/b"})), None)
    assert extract_url(p) == "https://example.org/b"
    assert extract_url(read_page(page(), "https://given.example/c")) == "https://given.example/c"


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key,value",
    [
        ("article:published_time", "2020-03-15T08:00:00-05:00"),
        ("parsely-pub-date", "2020-03-15"),
        ("dc.date", "2020/03/15"),
        ("sailthru.date", "Sun, 15 Mar 2020 08:00:00 -0500"),
        ("pubdate", "20200315"),
        ("date", "15.03.2020"),
        ("published-date", "2020-03-15"),
    ],
)
def test_date_meta_tags(key, value):
    attr = "property" if ":" in key else "name"
    assert published(page(meta(key, value, attr))) == dt.date(2020, 3, 15)


def test_modification_dates_never_outvote_a_publication_date():
    head = meta("article:modified_time", "2021-01-01T00:00:00Z") + meta(
        "article:published_time", "2020-11-03"
    )
    choice = D.extract_dates(read_page(page(head), None))
    assert (choice.published, choice.updated) == (dt.date(2020, 11, 3), dt.date(2021, 1, 1))


def test_a_page_that_gives_only_its_update_is_filed_under_it_and_says_so():
    head = meta("article:modified_time", "2021-01-01T00:00:00Z")
    choice = D.extract_dates(read_page(page(head), None))
    assert (choice.published, choice.updated) == (dt.date(2021, 1, 1), dt.date(2021, 1, 1))
    assert choice.reason is not None and "gives no publication date" in choice.reason
    doc = parse_html(page(head))
    assert doc.published == dt.date(2021, 1, 1)
    assert doc.origin is not None and "last update" in (doc.origin.date_evidence or "")


def test_time_element_marked_as_published():
    body = '<time datetime="2019-10-02T12:00:00" pubdate>2 Oct</time>' + BODY
    assert published(page(body=body)) == dt.date(2019, 10, 2)


def test_date_from_url_as_late_fallback():
    assert published(page(), "https://example.org/2018/06/21/ferry") == dt.date(2018, 6, 21)
    assert published(page(), "https://example.org/news/20180621-ferry") == dt.date(2018, 6, 21)
    assert published(page(), "https://example.org/2018/06/ferry") is None  # no day: no date


def test_date_from_url_with_the_month_as_a_word():
    for url in (
        "https://example.org/travel/2019/oct/07/ferry",
        "https://x.example/2019/October/7/a",
    ):
        assert published(page(), url) == dt.date(2019, 10, 7)
    assert published(page(), "https://example.org/2019/news/07/ferry") is None  # no month
    assert D.date_in_url("https://example.org/2019/mayor/07/x") is None
    # the day is a whole segment: a slug that opens with a number is no day
    assert D.date_in_url("https://example.org/2022/mar/15-ways-to-save") is None
    assert D.date_in_url("https://example.org/2022/mar/15") == dt.date(2022, 3, 15)


def test_structured_date_beats_the_url():
    head = meta("article:published_time", "2018-06-22T15:00:00+02:00")
    assert published(page(head), "https://example.org/2018/06/21/x") == dt.date(2018, 6, 22)


def test_utc_small_hours_take_the_day_in_the_url():
    head = meta("article:published_time", "2018-06-22T02:30:00+00:00")
    assert published(page(head), "https://example.org/2018/06/21/x") == dt.date(2018, 6, 21)


def test_date_shown_next_to_the_headline():
    body = (
        '<p class="meta">By Rita Sousa · March 4, 2022</p>'
        + BODY
        + "<aside><ul><li>Older story <span>January 9, 2019</span></li></ul></aside>"
    )
    assert published(page(body=body)) == dt.date(2022, 3, 4)


def test_shown_update_date_gives_way_to_the_publication_date():
    body = "<p>Updated 9 May 2022</p><p>Published 2 May 2022</p>" + BODY
    assert published(page(body=body)) == dt.date(2022, 5, 2)


def test_shown_dates_in_other_languages_and_numeric_forms():
    assert published(page(body="<p>9 oktober 2020 11:12</p>" + BODY, lang="nl")) == dt.date(
        2020, 10, 9
    )
    assert published(page(body="<p>15 de abril de 2020</p>" + BODY, lang="es")) == dt.date(
        2020, 4, 15
    )
    assert published(page(body="<p>22/11/2020 - 04:30</p>" + BODY, lang="pt")) == dt.date(
        2020, 11, 22
    )


def test_ambiguous_numeric_date_needs_the_page_language():
    body = "<p>03/04/2020</p>" + BODY
    assert published(page(body=body, lang="en-US")) == dt.date(2020, 3, 4)
    assert published(page(body=body, lang="fr")) == dt.date(2020, 4, 3)
    assert published(page(body=body, lang="en")) is None


def test_a_numeric_date_reading_the_same_either_way_needs_no_page_language():
    body = "<p>Posted 12.12.2020</p>" + BODY
    assert published(page(body=body, lang="en")) == dt.date(2020, 12, 12)


def test_a_time_element_says_which_way_its_shown_date_reads():
    shown = '<p class="meta"><time datetime="{}">03/01/2017</time> by Lia Brandt</p>'
    body = shown.format("2017-03-01T12:00:00Z") + BODY
    assert published(page(body=body, lang="en")) == dt.date(2017, 3, 1)
    body = shown.format("2017-01-03") + BODY
    assert published(page(body=body, lang="en")) == dt.date(2017, 1, 3)
    # whatever order the page's language writes
    body = shown.format("2019-04-02").replace("03/01/2017", "04/02/2019") + BODY
    assert published(page(body=body, lang="en-GB")) == dt.date(2019, 4, 2)
    body = shown.format("2019-02-04").replace("03/01/2017", "04/02/2019") + BODY
    assert published(page(body=body, lang="en-US")) == dt.date(2019, 2, 4)
    # A datetime that is neither reading of the text does not say how to read it.
    body = '<p class="meta"><time datetime="2017-05-20">03/01/2017</time></p>' + BODY
    assert D._shown_dates(read_page(page(body=body, lang="en"), None)) == []


def test_no_date_is_invented():
    assert published(page(body=BODY + "<p>Founded in 1998.</p>")) is None
    assert D.parse_date_value("2020") is None
    assert D.parse_date_value("2020-02-30") is None
    assert D.parse_date_value("2999-01-01") is None  # in the future


def test_a_day_before_news_pages_existed_is_never_taken():
    body = "<p>March 4, 1987</p>" + BODY
    assert published(page(body=body)) is None
    head = meta("article:published_time", "1990-01-02")
    assert published(page(head)) is None


def test_signals_that_agree_outweigh_one_that_differs():
    head = meta("article:published_time", "2021-04-06T09:00:00Z") + jsonld(
        {"@type": "NewsArticle", "datePublished": "2021-04-06"}
    )
    body = "<p>April 9, 2021</p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert choice.published == dt.date(2021, 4, 6)
    assert choice.reason is not None
    assert "structured data (JSON-LD)" in choice.reason
    assert "outweighed 2021-04-09 (the date shown by the headline)" in choice.reason


def test_update_dates_are_kept_apart_from_the_publication():
    head = meta("article:published_time", "2021-04-06") + meta(
        "article:modified_time", "2021-05-01T10:00:00Z"
    )
    choice = D.extract_dates(read_page(page(head), None))
    assert (choice.published, choice.updated) == (dt.date(2021, 4, 6), dt.date(2021, 5, 1))
    # An update no later than the publication is no update.
    head = meta("article:published_time", "2021-04-06") + meta(
        "article:modified_time", "2021-04-06"
    )
    assert D.extract_dates(read_page(page(head), None)).updated is None


def test_an_update_shown_by_the_headline_is_kept_apart_as_the_update():
    # The page declares only its publication; the update is shown, never declared.
    head = meta("article:published_time", "2021-04-06")
    body = "<p><span>Updated:</span> <span>9 May 2021</span></p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert (choice.published, choice.updated) == (dt.date(2021, 4, 6), dt.date(2021, 5, 9))
    # A shown update before the publication is no update.
    body = "<p><span>Updated:</span> <span>9 March 2021</span></p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert (choice.published, choice.updated) == (dt.date(2021, 4, 6), None)


def test_a_shown_update_to_come_is_no_update():
    head = meta("article:published_time", "2024-03-01T10:00:00Z")
    body = "<p>By Ines Varela</p><p>Updated: March 9, 2031</p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert (choice.published, choice.updated) == (dt.date(2024, 3, 1), None)
    # Once the day the page was fetched is known, nothing after it is its update.
    body = "<p>By Ines Varela</p><p>Updated: May 2, 2024</p>" + BODY
    p = read_page(page(head, body), None)
    assert D.extract_dates(p).updated == dt.date(2024, 5, 2)
    p = read_page(page(head, body), None)
    choice = D.extract_dates(p, fetched=dt.date(2024, 4, 1))
    assert (choice.published, choice.updated) == (dt.date(2024, 3, 1), None)


def test_an_update_shown_in_a_teaser_of_another_page_is_not_the_pages_update():
    head = meta("article:published_time", "2024-03-01T10:00:00Z")
    teasers = {
        "list": "<ul><li><a href='/harbour-fees'>Harbour fees rise</a></li>"
        "<li>Updated April 20, 2024</li></ul>",
        "link": "<p><a href='/tide-tables'>Tide tables, updated April 20, 2024</a></p>",
        "aside": "<aside><h3>Ferry timetable</h3><p>Updated April 20, 2024</p></aside>",
    }
    for name, teaser in teasers.items():
        choice = D.extract_dates(
            read_page(page(head, "<p>By Ines Varela</p>" + teaser + BODY), None)
        )
        assert (choice.published, choice.updated) == (dt.date(2024, 3, 1), None), name
    # Another article's block on the same page, its own update shown in it.
    other = (
        "<article><h2>Bridge tolls</h2><p>Updated April 20, 2024</p>"
        "<p>Tolls stay as they are.</p></article>"
    )
    html = page(head).replace("</article></main>", "</article>" + other + "</main>")
    choice = D.extract_dates(read_page(html, None))
    assert (choice.published, choice.updated) == (dt.date(2024, 3, 1), None)
    # A link that leads nowhere else (the byline's link to the page's own history) is
    # the page's own.
    body = "<p>By Ines Varela</p><p><a href='#history'>Updated April 22, 2024</a></p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert choice.updated == dt.date(2024, 4, 22)
    # The page's own byline update is still kept beside such teasers.
    body = "<p>By Ines Varela</p><p>Updated April 22, 2024</p>" + teasers["list"] + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert (choice.published, choice.updated) == (dt.date(2024, 3, 1), dt.date(2024, 4, 22))


def test_a_label_before_a_shown_date_marks_it_as_an_update():
    body = "<p><span>Last updated:</span> <span>9 May 2022</span></p>" + BODY
    p = read_page(page(body=body), None)
    assert D.date_from_shown_update(p) == dt.date(2022, 5, 9)
    assert D.date_from_shown_text(p) is None


def test_a_label_before_a_shown_date_marks_it_as_the_publication():
    body = (
        "<p>Field notes</p><p>Next tasting: August 2, 2023</p>"
        "<p><span>Published:</span> <span>July 14, 2023</span></p>"
        "<p>Posted on 3 June 2023 in the archive</p>" + BODY
    )
    p = read_page(page(body=body), None)
    assert D.date_from_shown_published(p) == dt.date(2023, 7, 14)
    # An update is never read as the publication, whatever else its label says.
    body = "<p>Published, then updated March 9, 2024</p>" + BODY
    assert D.date_from_shown_published(read_page(page(body=body), None)) is None


def test_a_shown_publication_is_named_in_the_origin():
    head = meta("article:published_time", "2023-07-09T10:00:00")
    body = "<p>By Noor Amari</p><p>Published July 14, 2023</p>" + BODY
    choice = D.extract_dates(read_page(page(head, body), None))
    assert choice.published == dt.date(2023, 7, 14)
    assert choice.reason is not None and "shown as the publication" in choice.reason


def test_fitted_weights_favour_the_signal_that_is_right():
    day, other = dt.date(2020, 1, 2), dt.date(2020, 1, 9)
    pages = [
        ([D.Evidence("jsonld", day), D.Evidence("shown_text", other)], day, 1.0) for _ in range(20)
    ]
    weights = D.fit_weights(pages)
    assert weights["jsonld"] > weights["shown_text"]
    evidence = [D.Evidence("shown_text", other), D.Evidence("jsonld", day)]
    assert D.choose_date(evidence, weights).published == day


def test_html_document_says_where_its_date_came_from():
    head = meta("article:published_time", "2021-04-06") + meta(
        "article:modified_time", "2021-05-01"
    )
    doc = parse_html(page(head), url="https://example.org/ferry")
    assert doc.published == dt.date(2021, 4, 6)
    assert doc.updated == dt.date(2021, 5, 1)
    assert doc.origin is not None and "publication meta tag" in (doc.origin.date_evidence or "")
    # `updated` survives the export format.
    assert type(doc).from_dict(doc.to_dict()).updated == dt.date(2021, 5, 1)


# -- authors ---------------------------------------------------------------------------------


def test_authors_from_meta_and_byline_markup():
    assert extract_authors(
        read_page(page(meta("author", "Rita Sousa and Joel Pinto", "name")), None)
    ) == ["Rita Sousa", "Joel Pinto"]
    byline = '<p class="byline">By <a rel="author" href="/staff/ana">Ana Reis</a></p>'
    assert extract_authors(read_page(page(body=byline + BODY), None)) == ["Ana Reis"]
    itemprop = '<span itemprop="author"><span itemprop="name">Lena Costa</span></span>'
    assert extract_authors(read_page(page(body=itemprop + BODY), None)) == ["Lena Costa"]


def test_author_urls_are_not_names():
    head = meta("article:author", "https://www.facebook.com/harbourdaily")
    assert extract_authors(read_page(page(head), None)) == []


# -- photos ----------------------------------------------------------------------------------


def test_figure_caption_with_credit_markup():
    figure = (
        '<figure><img src="pier.jpg" alt=""><figcaption>Workers on the new pontoon. '
        '<span class="credit">Photo: Rui Gomes/Harbour Wire</span></figcaption></figure>'
    )
    doc = parse_html(page(body=BODY.replace("</p>", "</p>" + figure, 1)))
    [photo] = doc.photos
    assert photo.caption == "Workers on the new pontoon."
    assert (photo.photographer, photo.agency) == ("Rui Gomes", "Harbour Wire")
    assert not any("Workers on the new pontoon" in p for p in doc.body)


def test_figure_caption_with_credit_in_its_text():
    figure = (
        '<figure><img src="hall.jpg"><figcaption>The ticket hall on Tuesday. '
        "(AP Photo/Jane Roe)</figcaption></figure>"
    )
    doc = parse_html(page(body=figure + BODY))
    [photo] = doc.photos
    assert (photo.agency, photo.photographer) == ("AP", "Jane Roe")
    assert photo.caption == "The ticket hall on Tuesday."


def test_og_image_alt_when_there_are_no_captions():
    doc = parse_html(page(meta("og:image:alt", "The old landing stage")))
    assert [p.caption for p in doc.photos] == ["The old landing stage"]


# -- main text ------------------------------------------------------------------------------


def test_subheadings_are_kept_apart_from_the_body():
    body = BODY.replace("<p>The terminal", "<h2>Three routes</h2><p>The terminal")
    doc = parse_html(page(body=body))
    assert doc.subheadings == ["Three routes"]
    assert "Three routes" not in doc.body
    assert doc.headline not in doc.body


def test_declared_article_body_when_the_extractor_took_one_part_of_the_page():
    # The page shows one part of the text where the extractor looks (the rest sits in
    # tabs and cards it passes over), and declares the whole of it in its structured data.
    extra = [
        f"Boats leave pier {n} every {n + 10} minutes in summer and every {n + 20} minutes"
        " in winter, with the last crossing shortly before midnight."
        for n in range(1, 9)
    ]
    shown = [p.strip() for p in parse_html(page()).body]
    head = jsonld({"@type": "Article", "articleBody": "\n".join(shown + extra)})
    doc = parse_html(page(head))
    assert all(p in doc.body for p in extra)
    # A declared body no longer than the extracted text leaves the extracted text alone.
    head = jsonld({"@type": "Article", "articleBody": "\n".join(shown + extra[:1])})
    assert parse_html(page(head)).body == shown


def test_line_breaks_and_table_cells_separate_words():
    body = BODY.replace(
        "<p>Local traders",
        "<ul><li><p>Pier 4<br>Opens: March<br>Fare: 2 euros</p></li></ul>"
        "<table><tr><td><b>Route</b></td><td>Minutes</td></tr>"
        "<tr><td>South bank</td><td>12</td></tr></table><p>Local traders",
    )
    words = " ".join(parse_html(page(body=body)).body).split()
    for word in ("4", "Opens:", "March", "Fare:", "Route", "Minutes", "bank", "12"):
        assert word in words


def test_article_body_from_jsonld_when_markup_has_none():
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "Tolls frozen",
            "articleBody": "The city froze bridge tolls for a year.\nDrivers welcomed it.",
        }
    )
    html = f"<html><head>{head}</head><body><div id='app'></div></body></html>"
    doc = parse_html(html)
    assert doc.body == ["The city froze bridge tolls for a year.", "Drivers welcomed it."]


# -- the corpus -----------------------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_pages_parse():
    """A few real pages of each kind give a headline and a body of some length."""
    folder = corpus_path("article-extraction-benchmark", "html")
    paths = sorted(folder.glob("*.html.gz"))[:5]
    for path in paths:
        with gzip.open(path) as f:
            doc = parse_html(f.read())
        assert doc.headline, path.name
        assert len(doc.text.split()) > 50, path.name


def test_byline_agency_and_role_are_not_authors():
    body = '<p class="byline">By Jane Doe, Reuters</p>' + BODY.replace(
        "LISBON (Harbour Wire) - ", ""
    )
    doc = parse_html(page(body=body), url="https://example.org/ferry")
    assert doc.authors == ["Jane Doe"]
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"
    head = meta("author", "John Roe, Staff Writer", "name")
    assert extract_authors(read_page(page(head), None)) == ["John Roe"]
    head = meta("author", "Ana Reis and Joel Pinto", "name")
    assert extract_authors(read_page(page(head), None)) == ["Ana Reis", "Joel Pinto"]


def test_htmldate_is_asked_only_when_its_vote_could_change_the_day():
    head = meta("article:published_time", "2021-04-06") + jsonld(
        {"@type": "NewsArticle", "datePublished": "2021-04-06"}
    )
    p = read_page(page(head), None)
    assert not D._could_change(D.collect_evidence(p, skip=("htmldate",)), D.WEIGHTS)
    assert D.extract_dates(p).published == D.choose_date(D.collect_evidence(p)).published
    assert D._could_change([], D.WEIGHTS)


def test_a_russian_page_is_read_with_the_russian_rules():
    body = (
        "<p>МОСКВА, 14 мая — РИА Новости. Министр транспорта Ирина Волкова заявила, "
        "что новый паромный терминал откроется летом.</p>"
        "<p>«Мы закончили главный зал и кассы», — сказала Волкова журналистам.</p>"
        "<p>Терминал будет обслуживать три маршрута через реку и заменит старую "
        "пристань, которую закрыли в прошлом году после шторма.</p>"
    )
    doc = parse_html(page(body=body, lang="ru"), url="https://example.org/parom")
    assert doc.dateline is not None and doc.dateline.agency == "РИА Новости"
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ирина Волкова"]


def test_a_page_without_a_headline_gets_a_derived_title():
    html = page().replace("<h1>New ferry terminal to open before summer</h1>", "")
    doc = parse_html(html, url="https://example.org/ferry")
    assert doc.headline is None
    assert doc.title and "port authority" in doc.title


# -- more date sources -----------------------------------------------------------------


def test_date_attributes_that_agree_give_the_day():
    body = (
        '<p class="meta"><span data-date="2022-02-14T08:00:00">Monday</span> '
        '<abbr title="2022-02-14">Mon</abbr></p>' + BODY
    )
    p = read_page(page(body=body), None)
    assert D.date_from_attributes(p) == dt.date(2022, 2, 14)
    # Attributes that disagree say nothing.
    body = body.replace('<abbr title="2022-02-14">', '<abbr title="2022-03-01">')
    assert D.date_from_attributes(read_page(page(body=body), None)) is None


def test_lead_image_address_gives_its_upload_day():
    head = meta("og:image", "https://cdn.example.org/uploads/2019/07/21/ferry.jpg")
    assert D.date_from_image_url(read_page(page(head), None)) == dt.date(2019, 7, 21)


def test_other_publication_meta_names_are_read():
    p = read_page(page(meta("x-article-publish-date", "2018-10-02", "name")), None)
    assert D.date_from_other_meta(p) == dt.date(2018, 10, 2)
    p = read_page(page(meta("published", "October 2, 2018", "name")), None)
    assert D.date_from_other_meta(p) == dt.date(2018, 10, 2)
    p = read_page(page(meta("unpublished", "2018-10-02", "name")), None)
    assert D.date_from_other_meta(p) is None


def test_a_utc_timestamp_is_read_in_the_time_zone_of_the_page():
    stamp = meta("article:published_time", "2020-12-05T23:15:00.000Z")
    # An Italian page: a quarter past midnight on the 6th in Rome.
    html = page(stamp).replace('lang="en"', 'lang="it-IT"')
    assert published(html) == dt.date(2020, 12, 6)
    # A Canadian domain: the evening before, in North America.
    early = meta("article:published_time", "2020-08-25T00:23:33.312Z")
    assert published(page(early), "https://news.example.ca/a/1") == dt.date(2020, 8, 24)
    # A page that does not say where it is keeps the day as written; so does an
    # explicit +00:00, mostly a site whose clock runs on UTC.
    assert published(page(stamp), "https://example.com/a") == dt.date(2020, 12, 5)
    plus = meta("article:published_time", "2020-12-05T23:15:00+00:00")
    html = page(plus).replace('lang="en"', 'lang="it-IT"')
    assert published(html) == dt.date(2020, 12, 5)


def test_the_update_is_read_in_the_same_time_zone_as_the_publication():
    # Both stamps just after midnight in Rome: the update is on the 8th there, as the
    # publication is on the 6th, not on the UTC 7th.
    head = meta("article:published_time", "2020-12-05T23:15:00.000Z") + meta(
        "article:modified_time", "2020-12-07T23:30:00.000Z"
    )
    html = page(head).replace('lang="en"', 'lang="it-IT"')
    choice = D.extract_dates(read_page(html, None))
    assert (choice.published, choice.updated) == (dt.date(2020, 12, 6), dt.date(2020, 12, 8))
    # A page that gives only its update is filed under the update's local day.
    only = meta("article:modified_time", "2020-12-06T23:40:00.000Z")
    choice = D.extract_dates(read_page(page(only).replace('lang="en"', 'lang="it-IT"'), None))
    assert (choice.published, choice.updated) == (dt.date(2020, 12, 7), dt.date(2020, 12, 7))


# -- boilerplate around the article ---------------------------------------------------------

BOILERPLATE = {
    "share bar": '<div class="share-bar"><a href="https://www.facebook.com/sharer">Share on '
    'Facebook</a> <a href="https://twitter.com/intent/tweet">Share on X</a> '
    '<a href="mailto:?subject=ferry">Email this story</a></div>',
    "read more": '<p class="read-more"><a href="/news/older-ferries">Read more: the city\'s '
    "older ferry landings</a></p>",
    "newsletter box": '<aside class="newsletter-signup"><h3>Get the morning briefing</h3>'
    '<form><input type="email" placeholder="Your email address"><button>Sign up'
    "</button></form></aside>",
    "photo-bank links": '<figure><img src="/ferry.jpg"><figcaption>The new hall. '
    '<a href="https://photos.example.net/license/8812">Buy this photo</a></figcaption>'
    "</figure>",
    "related articles": '<section class="related-articles"><h2>Related stories</h2><ul>'
    '<li><a href="/news/1">Bridge tolls frozen for another year</a></li>'
    '<li><a href="/news/2">Harbour dredging starts in spring</a></li>'
    '<li><a href="/news/3">Night buses return to the river route</a></li></ul></section>',
}


# A "read more" link written as a paragraph of its own inside the article stays: taking
# out every paragraph that is one whole link raised precision and lowered recall on the
# shared pages (WCXB P +0.0012 R -0.0006, article-extraction-benchmark P +0.0033
# R -0.0011), so the step was not kept; by class name (`read-more`) it cost 0.009 F1.
KEPT_INSIDE_THE_ARTICLE = {"read more"}


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(
            kind,
            marks=pytest.mark.xfail(strict=True, reason="measured: costs recall on held-out sites"),
        )
        if kind in KEPT_INSIDE_THE_ARTICLE
        else kind
        for kind in sorted(BOILERPLATE)
    ],
)
def test_boilerplate_around_the_article_stays_out_of_the_body(kind):
    html = page(body=BODY.replace("</p>", "</p>" + BOILERPLATE[kind], 2))
    doc = parse_html(html)
    text = "\n".join(doc.body).casefold()
    assert "floating pontoon" in text and "riverside market" in text
    for phrase in (
        "share on",
        "email this story",
        "read more",
        "sign up",
        "morning briefing",
        "buy this photo",
        "related stories",
        "bridge tolls frozen",
        "harbour dredging",
    ):
        assert phrase not in text, (kind, phrase)


def test_date_evaluation_says_which_day_the_gold_takes_beside_an_update():
    from press.eval_html import site_heldout_dates

    day, later = dt.date(2021, 3, 2), dt.date(2021, 6, 9)
    ev = [D.Evidence("jsonld", day), D.Evidence("meta", day)]
    shown = [*ev, D.Evidence("shown_update", later)]
    rows = [
        # (site, evidence, gold day, written on the page, declared update)
        ("a.example", ev, day.isoformat(), True, later),
        ("b.example", ev, later.isoformat(), True, later),
        ("c.example", shown, day.isoformat(), True, None),
        ("d.example", ev, day.isoformat(), True, None),
    ]
    lines = site_heldout_dates({"pages": rows})
    beside = next(line for line in lines if "updates beside" in line)
    assert "declared on 2 pages, gold the update 1, gold the publication 1" in beside
    assert "shown on 1 pages, gold the update 0, gold the publication 1" in beside
    # The page labelled with its update is right only when the kept update counts.
    assert "acc=0.750" in lines[0]
    assert "publication or the kept update: acc=1.000 site-held-out acc=1.000" in lines[0]


def test_body_share_is_chosen_on_the_other_sites():
    from press.eval_html import heldout_share_f1

    hosts = {"a": "a.example", "b": "b.example", "c": "c.example", "d": "d.example"}
    # Each page declares four times the words the extractor found; the declared body is
    # better on one site's page and worse on the two others'.
    pages = {d: (100, 400) for d in "abc"}
    f1 = {"declared": {"a": 0.9, "b": 0.2, "c": 0.2}, "extracted": {"a": 0.3, "b": 0.8, "c": 0.8}}
    plain = {"a": 0.9, "b": 0.2, "c": 0.2, "d": 0.7}
    heldout = heldout_share_f1(pages, f1, plain, hosts)
    # Left out, the page that gains is judged by the two that lose, and the other way
    # round at a tie the extracted text is kept; a page declaring nothing keeps its F1.
    assert heldout == {"a": 0.3, "b": 0.8, "c": 0.8, "d": 0.7}


def test_the_systems_timed_take_turns_at_reading_a_page_first():
    from press.eval_html import run_systems

    calls: list[str] = []

    def system(name: str) -> Callable[[bytes, str | None], dict[str, str]]:
        def extract(data: bytes, url: str | None) -> dict[str, str]:
            calls.append(name)
            return {"body": data.decode()}

        return extract

    pages = [(str(i), f"page {i}".encode(), None) for i in range(4)]
    runs = run_systems({"a": system("a"), "b": system("b")}, pages)
    timed = calls[-8:]  # after each system's warm-up reads
    assert [timed[i] for i in range(0, 8, 2)] == ["a", "b", "a", "b"]
    assert runs["b"]["preds"]["3"] == {"body": "page 3"}
    # Wall time and the process's own CPU time, apart.
    assert runs["a"]["seconds"] > 0 and runs["a"]["cpu"] >= 0


def test_body_losses_say_where_the_words_are_lost(tmp_path):
    from press.eval_html import body_losses

    base = tmp_path / "wcxb" / "dev"
    (base / "ground-truth").mkdir(parents=True)
    (base / "html").mkdir()
    page = (
        "<html><head><meta property='og:type' content='article'></head><body>"
        "<p>The river ferry landing reopened on Monday after a month of repairs.</p>"
        "</body></html>"
    )
    with gzip.open(base / "html" / "0001.html.gz", "wt", encoding="utf-8") as f:
        f.write(page)
    markdown = (
        "## Pontoon works finished\n\n"
        "The river ferry landing reopened on Monday after a month of repairs.\n\n"
        "- [Two crossings](https://ferry.example/routes) and a summer excursion boat run"
        " from the landing every day"
    )
    gold = {"main_content": markdown, "main_content_markdown": markdown}
    record = {"url": "https://ferry.example/news/1", "ground_truth": gold}
    (base / "ground-truth" / "0001.json").write_text(json.dumps(record), encoding="utf-8")
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    body = (
        "The river ferry landing reopened on Monday after a month of repairs.\n\nShare this story"
    )
    (pred_dir / "0001.json").write_text(json.dumps({"body": body}), encoding="utf-8")

    kinds, precision, recall = body_losses("wcxb", pred_dir, tmp_path)
    assert "article 1 pages" in kinds
    # The share bar after the article's last line (3 of 15 words); the list item the
    # gold keeps (13 of 28 words: its link's address is not among them) and the heading.
    assert precision.endswith("after, short 0.2000")
    assert "list item, long 0.4643" in recall
    assert "heading, short 0.1071" in recall


def test_evaluation_notes_the_lengths_readability_is_judged_by():
    from press.eval_html import _noting_readability, ours

    data = page().encode()
    lengths: dict[int, tuple[int, int]] = {}
    pred = _noting_readability(ours, lengths)(data, None)
    assert "floating pontoon" in pred["body"]
    own, theirs = lengths[id(data)]
    assert own > 0 and theirs > 0
    # Outside the evaluation the comparison is our parse's own again.
    from trafilatura import external

    from importers import html as H

    assert external._prefer_readability is H._prefer_readability


def _portuguese_page(body: str, headline: str = "Nova doca abre no verão") -> bytes:
    html = page(body=body).replace("New ferry terminal to open before summer", headline)
    return html.encode("utf-8")


_QUAY = (
    "<p>“A doca está pronta,” disse Rui Lemos, o chefe de obras do porto, na abertura.</p>"
    "<p>Os pescadores saudaram a notícia, dizendo que a doca velha afastava os barcos.</p>"
)


def test_a_word_final_capital_a_tilde_is_no_garbled_text():
    # Correct UTF-8 Portuguese: `Ã` ends words before a dash, a quotation mark or a
    # no-break space, the pairs ftfy alone would read as garbled `×`, `Ö`, `Ô`, `à`
    body = (
        "<p>PORTIMÃ—O porto disse na segunda-feira que a nova doca abre antes do verão.</p>"
        "<p>O cartaz dizia “AMANHÃ– Festa do Mar” e o letreiro “IRMÃ&nbsp;CIDADE”, com "
        "Pedro “Ã” Lemos ao lado.</p>" + _QUAY
    )
    doc = parse_html(_portuguese_page(body), url="https://example.org/news/doca")
    assert doc.dateline is not None and doc.dateline.place == "PORTIMÃ"
    assert doc.body[1] == (
        "O cartaz dizia “AMANHÃ– Festa do Mar” e o letreiro “IRMÃ CIDADE”, com "
        "Pedro “Ã” Lemos ao lado."
    )


def test_only_the_garbled_paragraphs_of_a_page_are_decoded_again():
    garbled = "“A doca está pronta,” disse Rui Lemos.".encode().decode("latin-1")
    body = (
        "<p>LISBON (Harbour Wire) - The port said the quay would open before summer.</p>"
        f"<p>{garbled}</p><p>O cartaz dizia “AMANHÃ– Festa do Mar” em letras vermelhas.</p>"
    )
    doc = parse_html(_portuguese_page(body), url="https://example.org/news/doca")
    assert "“A doca está pronta,” disse Rui Lemos." in doc.body
    assert "O cartaz dizia “AMANHÃ– Festa do Mar” em letras vermelhas." in doc.body


def test_a_garbled_headline_alone_is_decoded_again():
    doc = parse_html(
        _portuguese_page(BODY, "Mayor says â€˜noâ€™ to ferry tower"),
        url="https://example.org/news/ferry",
    )
    assert doc.headline == "Mayor says ‘no’ to ferry tower"
