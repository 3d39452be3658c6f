"""A few quoted words inside the sentence that announces a statement are a term, not the
statement; an opening mark between two lowercase words that nothing closes is a dash."""

from __future__ import annotations

from importers.quotes import extract_quotes, find_segments
from search.model import Quote


def run(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def test_term_in_the_announcing_sentence_is_nobodys():
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after her "
        "amendment was adopted as part of the committee’s “harbor package.” The amendment "
        "funds two new pilot boats.",
        "“Our pilots have waited long enough for boats that do not leak,” said Varnum.",
    )
    term = next(q for q in quotes if q.text.startswith("harbor package"))
    assert term.speaker is None and not term.speakers
    said = next(q for q in quotes if q.text.startswith("Our pilots"))
    assert said.speaker == "Ilse Varnum"


def test_statement_after_its_announcing_sentence_still_speaks():
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after the "
        "harbor vote: “The pilots of Port Quill will finally get their boats.”"
    )
    [q] = quotes
    assert q.speaker == "Ilse Varnum"


def test_long_words_after_the_announcing_clause_are_not_cut_off():
    # no colon, but a whole sentence of words: still the statement announced
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after the "
        "vote “The pilots of Port Quill will finally get the boats they were promised.”"
    )
    [q] = quotes
    assert q.speaker == "Ilse Varnum"


def test_cut_dash_between_lowercase_words_opens_no_quotation():
    text = (
        "The plan is a symptom of a larger problem “ runaway spending in the capital. "
        "It must end, said Rep. Ilse Varnum."
    )
    assert find_segments(text) == []
    assert not [q for q in run(text) if q.kind == "direct"]


def test_two_cut_dashes_around_an_aside():
    text = "The harbor “ a lifeline for the valley “ needs a new breakwater now."
    assert find_segments(text) == []


def test_spaced_mark_that_a_closing_mark_follows_still_opens():
    text = "She called the ruling “ a disgrace” and left the room."
    [seg] = find_segments(text)
    assert text[seg.start : seg.end] == " a disgrace"


def test_spaced_mark_before_a_capital_still_opens():
    text = "Varnum said “ We will build it this year."
    [seg] = find_segments(text)
    assert text[seg.start : seg.end].strip().startswith("We will")
