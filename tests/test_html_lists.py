"""Lists and headings the extractor drops from inside an article are put back between the
paragraphs around them; lists and headings of links, those a page marks as a box and
those already read stay as they were."""

from __future__ import annotations

from importers.html import MainText, parse_html, text_from_extractor, with_dropped_blocks
from importers.html_page import read_page

BEFORE = [
    "Farmers on the east bank of the Mirren have driven an extra twenty minutes to reach "
    "the market town since the closure of the old bridge.",
    "The council's roads officer listed three reasons the work took so long to begin:",
]
AFTER = [
    "The rebuilt bridge will carry two lanes and a cycle path, and its arches will be "
    "raised to let flood water pass beneath them.",
    "Councillors also agreed to survey the three other river crossings in the county, "
    "built in the same decade and never inspected since.",
]
ITEMS = [
    "The stone had to come from the quarry at Dunmore",
    "Divers needed calm water to lift the fallen keystone",
    "The survey of both banks ran two months late",
]


def listing(items: list[str] = ITEMS, attrs: str = "", link: bool = False) -> str:
    def item(text: str) -> str:
        return f'<li><a href="/story/{len(text)}">{text}</a></li>' if link else f"<li>{text}</li>"

    return f"<ul{attrs}>" + "".join(item(t) for t in items) + "</ul>"


def page(middle: str, wrapper: str = "div", end: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BEFORE)
    later = "".join(f"<p>{p}</p>" for p in AFTER)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council to rebuild Mirren bridge</title></head><body>
<div class="frame"><h1>Council to rebuild Mirren bridge</h1>
<{wrapper} class="copy">{paragraphs}{middle}{later}{end}</{wrapper}></div></body></html>"""


def body(html: str) -> list[str]:
    return parse_html(html).body


def test_a_list_between_kept_paragraphs_comes_back_in_its_place() -> None:
    html = page(listing())
    main = text_from_extractor(read_page(html, None))
    assert main is not None
    # The shape this mends: the extractor reads the paragraphs and drops the list.
    assert not any("quarry" in p for p in main.paragraphs)
    text = body(html)
    assert text[text.index(BEFORE[1]) + 1 : text.index(BEFORE[1]) + 4] == ITEMS
    assert text.index(ITEMS[-1]) < text.index(AFTER[0])


def test_an_ordered_list_and_words_split_by_markup() -> None:
    items = "<li><strong>Stone</strong><br>from the quarry at Dunmore</li><li>Calm water</li>"
    text = body(page(f"<ol>{items}</ol>"))
    assert "Stone from the quarry at Dunmore" in text
    assert "Calm water" in text


def test_a_list_of_links_stays_out() -> None:
    text = body(page(listing(link=True)))
    assert not any("quarry" in p for p in text)


def test_a_list_marked_as_a_box_stays_out() -> None:
    text = body(page(listing(attrs=' class="related-stories"')))
    assert not any("quarry" in p for p in text)


def test_a_list_after_the_last_kept_paragraph_stays_out() -> None:
    text = body(page("", end=listing()))
    assert not any("quarry" in p for p in text)


def test_a_list_the_extractor_read_is_not_read_twice() -> None:
    html = page(listing(), wrapper="article")
    text = body(html)
    assert sum("quarry" in p for p in text) == 1


def test_a_list_whose_words_are_already_in_the_text_is_not_added() -> None:
    html = page(listing())
    tree_page = read_page(html, None)
    joined = " ".join(ITEMS)
    main = MainText([*BEFORE, joined, *AFTER], [])
    assert with_dropped_blocks(tree_page, main).paragraphs == main.paragraphs


HEADING = "What the survey of the crossings will look for"


def test_a_heading_between_kept_paragraphs_comes_back_as_a_subheading() -> None:
    html = page(f"<h2>{HEADING}</h2>")
    main = text_from_extractor(read_page(html, None))
    assert main is not None
    assert HEADING not in main.paragraphs
    doc = parse_html(html)
    assert doc.subheadings == [HEADING]
    assert HEADING not in doc.body


def test_a_heading_after_a_list_both_come_back() -> None:
    doc = parse_html(page(listing() + f"<h3>{HEADING}</h3>"))
    assert doc.subheadings == [HEADING]
    assert doc.body.index(ITEMS[0]) > doc.body.index(BEFORE[1])


def test_a_heading_that_is_a_link_stays_out() -> None:
    doc = parse_html(page(f'<h2><a href="/survey-plan">{HEADING}</a></h2>'))
    assert doc.subheadings == []
    assert HEADING not in doc.body


def test_a_heading_marked_as_a_box_stays_out() -> None:
    doc = parse_html(page(f'<h2 class="newsletter-title">{HEADING}</h2>'))
    assert doc.subheadings == []
