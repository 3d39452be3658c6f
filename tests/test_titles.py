"""Derived titles: issuer and first sentence, shortened at a word, only without a headline."""

from __future__ import annotations

import pytest

from importers.text import parse_text
from importers.titles import MAX_TITLE_CHARS, derived_title, first_sentence, shorten
from search.model import Document, listed_title


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("Today, Rep. Jane Roe (D-XX) met U.S. officials. She left.", None),
        ("Sen. John Q. Public spoke at 3 p.m. in the hall. Then he left.", None),
        ("“Nurses matter,” Roe said. The clinic opened.", "“Nurses matter,” Roe said."),
        ("A single sentence with no full stop", "A single sentence with no full stop"),
        ("The vote was 52-48! Roe cheered.", "The vote was 52-48!"),
    ],
)
def test_first_sentence(paragraph, sentence):
    expected = sentence or paragraph.rsplit(". ", 1)[0] + "."
    assert first_sentence(paragraph) == expected


def test_shorten_at_a_word():
    text = "Jane Roe: " + "word " * 40
    short = shorten(text, MAX_TITLE_CHARS)
    assert len(short) <= MAX_TITLE_CHARS and short.endswith("word…")
    assert shorten("Short enough.", 50) == "Short enough."


def test_title_only_without_a_headline():
    doc = Document(headline=None, source="Jane Roe", body=["Today, Roe voted no. Later, yes."])
    assert derived_title(doc) == "Jane Roe: Today, Roe voted no."
    assert derived_title(Document(headline="Roe Votes No", body=["Today."])) is None
    assert derived_title(Document(body=["Today, Roe voted no."])) == "Today, Roe voted no."
    assert derived_title(Document()) is None


def test_parsed_copy_gets_a_title_and_keeps_its_headline_empty():
    doc = parse_text("Today, the council approved the harbour budget. It was close.", source="Desk")
    assert doc.headline is None
    assert doc.title == "Desk: Today, the council approved the harbour budget."
    headed = parse_text("Council Approves Budget\n\nThe council approved it.", source="Desk")
    assert headed.headline == "Council Approves Budget" and headed.title is None


def test_listed_title_marks_derived_titles():
    assert listed_title("Roe Votes No", None) == "Roe Votes No"
    assert listed_title(None, "Jane Roe: Today…") == "[Jane Roe: Today…]"
    assert listed_title(None, None, "Jane Roe") == "[Jane Roe]"


def test_derived_title_skips_release_metadata_and_legislative_abbreviations():
    doc = Document(
        body=[
            "FOR IMMEDIATE RELEASE Tuesday, May 1, 2012 CONTACT: Jo Poe (Roe) 202-225-0000 "
            "Rep. Jane Roe voted for H. Res. 12 today. She said more."
        ],
        source="Jane Roe",
    )
    assert derived_title(doc) == "Jane Roe: Rep. Jane Roe voted for H. Res. 12 today."


def test_a_record_with_no_words_is_titled_by_its_issuer_alone():
    doc = Document(headline=None, body=[" . "], source="Jane Roe")
    assert derived_title(doc) == "Jane Roe"
    assert derived_title(Document(headline=None, body=["–"], source=None)) is None
