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


# Hostile lists: page furniture standing between kept paragraphs of one container.
LONG_BEFORE = [
    "The ferry board met on Tuesday evening in the hall above the harbour office at Quillan "
    "to settle the winter timetable for the island crossings.",
    "Members heard that the older of the two boats will spend six weeks in dry dock at "
    "Portcraig while its engines are rebuilt by the yard there.",
    "Fares on the morning crossing rise by forty pence from January, the first change to "
    "the ticket prices in three years, the board agreed.",
    "The chair of the board, Wenna Tallis, set out what islanders should expect:",
]
LONG_AFTER = [
    "Islanders who travel to the mainland for hospital visits will keep their free return "
    "tickets, and the board will write to each of them before the change.",
    "The relief vessel chartered from Brannock carries fewer cars, so drivers are asked to "
    "book a place on the evening sailings at least a day ahead.",
    "A public meeting on the longer plan for a new vessel will be held in the spring in the "
    "school hall at Quillan, the board said.",
    "The timetable for the winter months will be posted at both piers and on the notice "
    "board of the harbour office from next week.",
]
FURNITURE = ["Share on Facebook", "Share on Twitter", "Email this story"]


def hostile_page(middle: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in LONG_BEFORE)
    later = "".join(f"<p>{p}</p>" for p in LONG_AFTER)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry board sets winter timetable</title></head><body>
<div class="frame"><h1>Ferry board sets winter timetable</h1>
<div class="copy"><h2>Winter sailings</h2>{first}{middle}{later}</div></div></body></html>"""


def added_lines(html: str) -> list[str]:
    """The lines of the body that are neither of the page's paragraphs."""
    return [p for p in body(html) if p not in LONG_BEFORE + LONG_AFTER]


HOSTILE = {
    "share bar without a class": "<ul>" + "".join(f"<li>{t}</li>" for t in FURNITURE) + "</ul>",
    "share buttons": '<ul class="post-actions">'
    + "".join(f"<li><button>{t}</button></li>" for t in FURNITURE)
    + "</ul>",
    "share list by its label": '<ul aria-label="Share this article"><li>Facebook</li>'
    "<li>Copy the address of this page for a friend</li><li>Kestrel Messenger</li></ul>",
    "teasers with a paragraph": '<ul class="more-stories">'
    '<li><a href="/a">Harbour wall repaired</a><p>Masons finished the north wall.</p></li>'
    '<li><a href="/b">Lifeboat crew honoured</a><p>Four crew were given medals.</p></li></ul>',
    "cards with a title": "<ul>"
    '<li><h3><a href="/c">Pier lights</a></h3><span>Engineers replaced every lamp on the'
    " pier over three nights</span><span>3 min read</span></li>"
    '<li><h3><a href="/d">Bus routes</a></h3><span>The school bus now calls at the harbour'
    " before the ferry leaves</span><span>2 min read</span></li></ul>",
    "related links with descriptions": "<ul>"
    '<li><a href="/e">Ferry fares</a> – the board raised the price of a car ticket last spring'
    " after a long debate</li>"
    '<li><a href="/f">Dry dock</a> – why the older boat needs new engines before the storms'
    " of the winter</li></ul>",
    "menu": '<ul class="menu"><li>Home news</li><li>Island life</li><li>Weather today</li></ul>',
    "breadcrumb": '<ol class="breadcrumb"><li>Home</li><li>Local news</li><li>Ferries</li></ol>',
    "tags": '<ul class="tags"><li>ferries</li><li>Quillan harbour</li><li>timetables</li></ul>',
    "pagination": '<ul class="pagination"><li>Previous page</li><li>Page 2 of 5</li></ul>',
    "trending": '<ul class="trending"><li>Storm closes the causeway road</li>'
    "<li>Fishing quotas cut again</li></ul>",
    "advertisement": '<ul class="ad-slot"><li>Advertisement</li>'
    "<li>Sponsored: a holiday cottage on the Quillan shore for the summer</li></ul>",
    "widget": '<ul class="widget"><li>Sign in to leave a comment below</li>'
    "<li>Comments are closed for this story</li></ul>",
    "navigation role": '<ul role="navigation"><li>Island life</li><li>Harbour notes</li></ul>',
    "marked items": '<ul><li class="nav-item">Island life</li>'
    '<li class="nav-item">Harbour notes</li></ul>',
    "a picture in an item": '<ul><li><img src="/p.png" alt="">Relief ferry Brannock Star</li>'
    "<li>Ferry Quillan Maid in dry dock</li></ul>",
}


def test_each_hostile_list_stays_out() -> None:
    for kind, markup in HOSTILE.items():
        assert added_lines(hostile_page(markup)) == [], kind


def test_the_hostile_page_keeps_the_article_s_own_list() -> None:
    items = [
        "Sailings from Quillan start half an hour later on weekdays",
        "The last boat back from Portcraig leaves at six in the evening",
        "Freight runs move to the Thursday crossing",
    ]
    html = hostile_page("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
    assert added_lines(html) == items


def test_an_item_linking_part_of_its_text_is_kept() -> None:
    # An item that opens with a link and then reads on as one sentence is the article's.
    items = [
        '<a href="/g">Quillan pier</a> opens at seven on weekdays',
        '<a href="/h">Portcraig pier</a> opens at eight on weekdays',
    ]
    html = hostile_page("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
    assert added_lines(html) == [
        "Quillan pier opens at seven on weekdays",
        "Portcraig pier opens at eight on weekdays",
    ]


SECTION = "What changes for drivers"


def test_a_heading_over_kept_paragraphs_comes_back() -> None:
    doc = parse_html(hostile_page(f"<h2>{SECTION}</h2>"))
    assert doc.subheadings == [SECTION]


def test_a_related_heading_over_a_list_of_links_stays_out() -> None:
    links = "".join(f'<li><a href="/{i}">Story {i} about the harbour</a></li>' for i in range(3))
    doc = parse_html(hostile_page(f"<h3>Related Articles:</h3><ul>{links}</ul>"))
    assert doc.subheadings == []
    assert added_lines(hostile_page(f"<h3>Related Articles:</h3><ul>{links}</ul>")) == []


def test_an_elsewhere_heading_over_kept_paragraphs_stays_out() -> None:
    for title in ("Related resources", "More from the harbour", "Read more", "Share this"):
        doc = parse_html(hostile_page(f"<h3>{title}</h3>"))
        assert doc.subheadings == [], title


def test_a_heading_over_a_list_left_out_stays_out() -> None:
    # What follows the heading is no article text: a menu the rule leaves out.
    menu = '<ul class="menu"><li>Home news</li><li>Island life</li></ul>'
    doc = parse_html(hostile_page(f"<h2>Around the islands</h2>{menu}"))
    assert doc.subheadings == []
