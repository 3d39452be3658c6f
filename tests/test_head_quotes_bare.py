"""Quotations in the head of bare text (`press parse`/`press import` of a .txt), of an
HTML page and of a record with no issuer: read with the release's sure-only rules (a cue
right at the quotation naming a person the text quotes, or the same words opening a body
quotation of one speaker), never a title, slogan or scare quote. Invented names and words."""

from __future__ import annotations

import pytest

from importers.html import parse_html
from importers.text import parse_text

BODY = (
    "PORTVALE – Representative Nell Tamsin on Monday urged the council to fund the"
    " harbor repairs before the storms.\n\n"
    "“The harbor cannot wait another winter,” Tamsin said. “Every week costs the fleet.”\n\n"
    "Mayor Otto Brandt said the plan was under review.\n"
)


def head(quotes):
    return [(q.part, q.paragraph, q.text, q.speaker) for q in quotes if q.part != "body"]


def body(quotes):
    return [(q.paragraph, q.text, q.speaker) for q in quotes if q.part == "body"]


@pytest.mark.parametrize(
    "headline, speaker",
    [
        # a cue at the quotation naming the person the body quotes
        ("Tamsin: “The harbor cannot wait another winter”", "Nell Tamsin"),
        ("Tamsin Says “Fund the docks before the storms come”", "Nell Tamsin"),
        # no cue: the same words opening a body quotation of one speaker
        ("Harbor vote: “The harbor cannot wait another winter”", "Nell Tamsin"),
        # no cue and no body quotation of the words: nobody
        ("Harbor vote: “Fund the docks before the storms come”", None),
        # a cue naming someone the text does not quote: nobody
        ("Vail: “Fund the docks before the storms come”", None),
    ],
)
def test_bare_text_reads_its_headline_quotation(headline, speaker):
    doc = parse_text(f"{headline}\n\n{BODY}")
    assert doc.headline == headline
    quote = headline[headline.index("“") + 1 : headline.index("”")]
    assert head(doc.quotes) == [("headline", 0, quote, speaker)]
    # the head's quotes come first; the body's are read as before
    assert doc.quotes[0].part == "headline"
    assert body(doc.quotes)[0] == (1, "The harbor cannot wait another winter,", "Nell Tamsin")


@pytest.mark.parametrize(
    "headline",
    [
        "Tamsin Backs the “Safe Harbors for Fleets Act”",
        "Tamsin: “Safe Harbors Week” Starts at the Docks",
        "Tamsin Calls the Plan “Too Little”",
        "Council Debates “Harbor First” Slogan",
    ],
)
def test_titles_slogans_and_scare_quotes_in_a_bare_head_get_no_speaker(headline):
    doc = parse_text(f"{headline}\n\n{BODY}")
    assert all(q.speaker is None and not q.speakers for q in doc.quotes if q.part != "body")


def test_a_bare_head_without_quotation_marks_adds_nothing():
    plain = parse_text(f"Tamsin Urges Harbor Repairs\n\n{BODY}")
    assert head(plain.quotes) == []


def test_structure_only_parses_read_no_head_quotes():
    doc = parse_text(f"Tamsin: “The harbor cannot wait another winter”\n\n{BODY}", quotes=False)
    assert doc.quotes == []


PAGE = """<html><head><title>Harbor news</title></head><body><article>
<h1>{headline}</h1>
<p>PORTVALE – Representative Nell Tamsin on Monday urged the council to fund the harbor
repairs before the storms, which the fleet says have cost it dearly this year.</p>
<p>“The harbor cannot wait another winter,” Tamsin said. “Every week costs the fleet.”</p>
<p>Mayor Otto Brandt said the plan was under review and that the council would meet again
in the spring to decide on the repairs and their cost.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Tamsin: “The harbor cannot wait another winter”", "Nell Tamsin"),
        ("Harbor vote: “Fund the docks before the storms come”", None),
        ("Council weighs the “Safe Harbors for Fleets Act”", None),
    ],
)
def test_an_html_page_reads_its_headline_quotation(headline, speaker):
    doc = parse_html(PAGE.format(headline=headline).encode())
    assert doc.headline == headline
    found = [(q.part, q.speaker) for q in doc.quotes if q.part != "body"]
    assert found == [("headline", speaker)]


def test_a_record_without_an_issuer_reads_its_head_once():
    from importers.records import document_from_record

    record = {"title": "Tamsin: “The harbor cannot wait another winter”", "text": BODY}
    doc = document_from_record(record, {"title": "headline", "text": "text"}, origin=None)
    assert head(doc.quotes) == [
        ("headline", 0, "The harbor cannot wait another winter", "Nell Tamsin")
    ]


def test_a_record_with_an_issuer_reads_its_head_once():
    from importers.records import document_from_record

    record = {
        "member": "Nell Tamsin",
        "text": f"Tamsin: “The harbor cannot wait another winter” {BODY}",
    }
    doc = document_from_record(record, {"member": "issuer", "text": "text"}, origin=None)
    assert [q.part for q in doc.quotes].count("headline") == 1


@pytest.mark.parametrize(
    "headline",
    [
        "Tamsin Says “I will sink the harbor myself” Was Never Said",
        "Tamsin: “Pay the crews before the storms” Chant Grows Louder",
        "Brandt says “the fleet will survive this winter” is wishful",
    ],
)
def test_a_cue_alone_with_words_after_the_closing_mark_gives_nobody_in_bare_text(headline):
    doc = parse_text(f"{headline}\n\n{BODY}")
    assert [q.speaker for q in doc.quotes if q.part != "body"] == [None]


def test_a_cue_alone_with_words_after_the_closing_mark_gives_nobody_in_a_page():
    page = PAGE.replace("<h1>{headline}</h1>", "<h1>Harbor news</h1>\n<h2>{headline}</h2>")
    for headline in (
        "Brandt says “the fleet will survive this winter” is wishful",
        "Tamsin Urges “Save Our Harbor From Storms” Rally",
    ):
        doc = parse_html(page.format(headline=headline).encode())
        head_quotes = [q for q in doc.quotes if q.part != "body"]
        assert head_quotes and all(q.speaker is None and not q.speakers for q in head_quotes)
