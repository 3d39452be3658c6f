"""Boxes beside the article that a page marks by class, set aside while the extractor
reads it: related articles, share bars, newsletter boxes, disclaimers, author boxes."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from importers import html_selectors as S
from importers.html import boilerplate_boxes, byline_texts, parse_html, text_from_extractor
from importers.html_page import read_page

ARTICLE = """
<p>ORTON (Valley Post) - The county council voted on Monday to rebuild the old stone
bridge over the Mirren river, closed to traffic since the spring floods.</p>
<p>The work will start in the autumn and take about eighteen months, the council's
roads officer told the meeting, and a temporary footbridge will open in September.</p>
<p>Farmers on the east bank have driven an extra twenty minutes to reach the market
town since the closure, and several asked the council to move faster.</p>
<p>The rebuilt bridge will carry two lanes and a cycle path, and its arches will be
raised to let flood water pass beneath them more freely than the old ones did.</p>
<p>Councillors also agreed to survey the three other river crossings in the county,
which were built in the same decade and have not been inspected for years.</p>
<p>The old bridge's carved keystone, which fell into the river during the floods, was
recovered by divers in June and will be set into the new bridge's central arch.</p>
"""

PROMO = """
<div class="promo-box">
<h3>More from the valley</h3>
<p>A cheese maker from the upper valley won a regional prize for a hard sheep's milk
cheese aged in a cave above the village for nearly two years.</p>
</div>
"""

SUBSCRIBE = """
<section class="subscribe-panel">
<p>Sign up for our morning letter and get the valley's news, weather and road works
in your inbox every weekday before breakfast, free of charge.</p>
</section>
"""

DISCLAIMER = """
<div class="disclaimer"><p>Opinions in reader letters are their writers' own and not the
paper's; letters may be shortened for length before they are printed on this page.</p></div>
"""


def page(inside: str = "", after: str = "", article_class: str = "story") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council to rebuild Mirren bridge</title></head><body>
<header><nav><a href="/">Home</a> <a href="/county">County</a></nav></header>
<main><div class="{article_class}"><h1>Council to rebuild Mirren bridge</h1>
{ARTICLE}{inside}</div>{after}</main>
<footer><p>Valley Post, Orton.</p></footer></body></html>"""


def body_text(html: str) -> str:
    return "\n".join(parse_html(html).body)


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse as it was before boxes were set aside, to show a case needs the rule."""
    monkeypatch.setattr(S, "BOILERPLATE_CLASS_RE", re.compile(r"(?!)"))


@pytest.mark.parametrize("box", [PROMO, SUBSCRIBE, DISCLAIMER])
def test_a_small_marked_box_inside_the_article_is_not_its_text(box: str) -> None:
    text = body_text(page(inside=box))
    assert "stone" in text and "three other river crossings" in text
    assert not any(w in text for w in ("cheese", "inbox", "letters"))


@pytest.mark.parametrize("box", [PROMO, SUBSCRIBE, DISCLAIMER])
def test_the_box_is_kept_by_the_extractor_without_the_rule(box: str, no_boxes: None) -> None:
    text = body_text(page(inside=box))
    assert any(w in text for w in ("cheese", "inbox", "letters"))


def test_an_article_wrapped_in_such_a_class_is_kept() -> None:
    # Most of the page's words are inside the marked element: it is the article.
    text = body_text(page(article_class="share-wrapper social-container"))
    assert "stone" in text and "three other river crossings" in text


def test_a_box_holding_the_headline_is_kept() -> None:
    html = (
        page()
        .replace("<h1>Council", '<div class="related-top"><h1>Council')
        .replace("bridge</h1>", "bridge</h1></div>", 1)
    )
    assert boilerplate_boxes(read_page(html, None).tree) == []


def test_class_words_are_whole_parts_of_a_class_name() -> None:
    # `shared`, `socialite` and `promotional` are other words, not the box's mark.
    for cls in ("shared-story", "socialite", "promotional-text", "related"):
        html = page(inside=f'<div class="{cls}"><p>One short line here.</p></div>')
        found = [el.get("class") for el in boilerplate_boxes(read_page(html, None).tree)]
        assert found == ([cls] if cls == "related" else [])


def test_only_elements_whose_own_class_is_marked_are_boxes() -> None:
    # Elements are taken by their whole class string: a class spread over lines holds
    # `tips` and `share-bar`, and the element whose class is `tips` alone is no box.
    inside = (
        '<div class="tips"><p>One short line here.</p></div>'
        '<div class="tips\nshare-bar"><p>Another short line.</p></div>'
    )
    found = [el.get("class") for el in boilerplate_boxes(read_page(page(inside=inside), None).tree)]
    assert found == ["tips\nshare-bar"]


def test_a_page_with_many_marked_classes_has_each_box_found() -> None:
    # More marked classes than `MAX_MARKED_CLASS_CHARS` holds: every classed element is read.
    classes = [f"share-{'x' * 40}-{i}" for i in range(60)]
    inside = "".join(f'<span class="{c}">Tod Vail</span>' for c in classes)
    html = page(inside=inside)
    found = [el.get("class") for el in boilerplate_boxes(read_page(html, None).tree)]
    assert found == classes


def test_boxes_come_back_in_place_after_extraction() -> None:
    html = page(
        inside=PROMO,
        after='<div class="author-box"><a rel="author" href="/ann">Ann Roe</a> covers roads.</div>',
    )
    p = read_page(html, None)
    before = etree.tostring(p.tree)
    main = text_from_extractor(p)
    assert main is not None and not any("cheese" in t for t in main.paragraphs)
    assert etree.tostring(p.tree) == before
    # The byline inside the author box is still read from the whole page.
    assert byline_texts(p) == ["Ann Roe"]


# A call-to-action box: a heading, a button, and a marked line of small print inside it.
TRIAL_BOX = """
<div class="trial-offer"><div class="inner">
<h3>Try the Valley Almanac free for thirty days!</h3>
<a href="/trial" class="button">Start now</a><div class="gap"></div>
<div class="trial-offer__disclaimer">No card needed.</div></div>
<img src="/almanac.png" alt=""></div>
"""

# A sign-up form under a short line of its own, in a container of its own.
FOLLOW_BOX = """
<div class="widget-wrap"><div class="widget"><p>Keep up with the valley!</p></div>
<div class="social-links"><a href="/a">Feed</a> <a href="/b">Letters</a></div></div>
"""


def page_with_box_between(box: str) -> str:
    paragraphs = ARTICLE.strip().split("\n<p>")
    middle = "\n<p>".join(paragraphs[:3]) + box + "<p>" + "\n<p>".join(paragraphs[3:])
    return page().replace(ARTICLE, middle)


@pytest.mark.parametrize(
    ("box", "words"),
    [
        (TRIAL_BOX, ("Almanac", "Start now", "No card")),
        (FOLLOW_BOX, ("Keep up", "Feed")),
    ],
)
def test_a_marked_part_takes_the_label_and_buttons_of_its_box_with_it(
    box: str, words: tuple[str, ...]
) -> None:
    # Setting aside only the marked line left the box's heading and button, which the
    # extractor then read as a heading and a line of the article.
    doc = parse_html(page_with_box_between(box))
    text = "\n".join([*doc.subheadings, *doc.body])
    assert "stone" in text and "three other river crossings" in text
    assert not any(w in text for w in words)
    assert doc.subheadings == []


@pytest.mark.parametrize(
    ("box", "container"), [(TRIAL_BOX, "trial-offer"), (FOLLOW_BOX, "widget-wrap")]
)
def test_the_box_set_aside_is_the_container_of_the_marked_part(box: str, container: str) -> None:
    boxes = boilerplate_boxes(read_page(page_with_box_between(box), None).tree)
    assert [b.get("class") for b in boxes] == [container]


def test_a_box_holding_a_paragraph_of_the_article_keeps_it() -> None:
    # The container of a share bar that also holds a sentence of the article is not
    # the box: only its marked part is set aside.
    section = (
        '<div class="part"><h2>The new crossing</h2><p>Engineers chose a stone facing so the'
        " new bridge matches the mill and the chapel on the east bank of the river.</p>"
        '<div class="share-bar"><a href="/s">Share</a></div></div>'
    )
    boxes = boilerplate_boxes(read_page(page_with_box_between(section), None).tree)
    assert [b.get("class") for b in boxes] == ["share-bar"]
    doc = parse_html(page_with_box_between(section))
    assert any("stone facing" in p for p in doc.body)


def page_with_box_under_headline(box: str) -> str:
    return page().replace("bridge</h1>", "bridge</h1>" + box, 1)


# The page's deck under its headline, in one wrapper with the share buttons.
DECK_BOX = (
    '<div class="top-wrap"><h2 class="standfirst">Divers recovered the keystone of the old'
    " arch in June, and it will crown the new one</h2>"
    '<div class="share-bar"><a href="/s">Share</a> <a href="/p">Post</a></div></div>'
)

# A heading that reads as a sentence, further down, beside a marked share bar.
SENTENCE_BOX = (
    '<div class="part"><h3>The county expects the temporary footbridge to carry most of the'
    " market traffic until the new bridge opens.</h3>"
    '<div class="share-bar"><a href="/s">Share</a> <a href="/p">Post</a></div></div>'
)


@pytest.mark.parametrize(
    ("html", "heading"),
    [
        (page_with_box_under_headline(DECK_BOX), "Divers recovered the keystone"),
        (page_with_box_between(SENTENCE_BOX), "temporary footbridge to carry"),
    ],
)
def test_a_heading_that_is_article_text_keeps_its_container(html: str, heading: str) -> None:
    # The deck right under the headline and a heading written as a sentence are the
    # article's, not a box's label: only the marked share bar is set aside.
    boxes = boilerplate_boxes(read_page(html, None).tree)
    assert [b.get("class") for b in boxes] == ["share-bar"]
    doc = parse_html(html)
    assert any(heading in t for t in [*doc.subheadings, *doc.body])
    assert not any("Share" in t for t in [*doc.subheadings, *doc.body])


@pytest.mark.parametrize(
    "label",
    [
        "<h4>Share this story</h4>",
        "<h4>Join the valley letter for news every weekday before breakfast, free!</h4>",
        "<h4>Read more like this.</h4>",
    ],
)
def test_a_label_under_the_headline_still_goes_with_its_box(label: str) -> None:
    # A short label right under the headline, or a call to action's exclamation, is the
    # box's own heading.
    box = f'<div class="top-wrap">{label}<div class="share-bar"><a href="/s">Share</a></div></div>'
    html = page_with_box_under_headline(box)
    assert [b.get("class") for b in boilerplate_boxes(read_page(html, None).tree)] == ["top-wrap"]
    assert parse_html(html).subheadings == []
