"""`Today, Chief Deputy Whip Ann Holt (NC-10), Vice Chair of …, released the following
statement …: “…”`: the day opening the sentence is no subject, and a role set off after a
person's name is no name of its own. Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record

WORDS = (
    " “Since the rule took effect we’ve seen the cost of a ferry ticket rise for every "
    "family. Today, the House voted to repeal it.”"
)


def both(text: str) -> list[list[list[str]]]:
    """The speakers of each quotation, parsed bare and with the issuer given."""
    bare = [q.speakers for q in extract_quotes([text])[1]]
    record = {"text": text, "member": "nora_quill"}
    mapping = {"text": "text", "member": "issuer"}
    issuer = [q.speakers for q in document_from_record(record, mapping, origin=None).quotes]
    return [bare, issuer]


@pytest.mark.parametrize("day", ["Today", "Yesterday", "On Monday"])
def test_the_subject_after_the_day_speaks(day: str) -> None:
    lead = (
        f"{day}, Chief Deputy Whip Nora Quill (OR-04), Vice Chair of the Harbor Committee, "
        "released the following statement on passage of S. 100, the Ferry Growth, Fare "
        "Relief, and Rider Protection Act:"
    )
    assert both(lead + WORDS) == [[["Nora Quill"]], [["Nora Quill"]]]


def test_a_name_after_a_role_still_speaks() -> None:
    # `the chair of the caucus, Ivo Brandt, offered`: the name set off after the role.
    lead = "The chair of the harbor caucus, Ivo Brandt, offered the following statement:"
    assert both(lead + WORDS)[0] == [["Ivo Brandt"]]


def test_a_body_after_the_day_keeps_its_words() -> None:
    lead = "Today, the Harbor Board released the following statement on the Ferry Fare Act:"
    assert both(lead + WORDS)[0] == [["Harbor Board"]]


def test_two_members_after_the_day_both_speak() -> None:
    lead = (
        "Today, Chief Deputy Whip Nora Quill (OR-04) and Rep. Tod Vail (OR-02) released the "
        "following statement:"
    )
    assert both(lead + WORDS)[0] == [["Nora Quill", "Tod Vail"]]
