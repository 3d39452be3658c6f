"""Invariants that hold for any input, checked with generated text (hypothesis).

The query parser never raises and never lets syntax through to a backend; the facet key
is a normal form; the dateline and quote extractors never raise, and what they find lies
where they say it does.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from importers.dateline import extract_dateline
from importers.quotes import extract_quotes
from search.base import SearchRequest
from search.elastic_compile import Compiler, search_body
from search.facets import FACETS, facet_key
from search.query import describe, parse_query
from search.sqlite import SqliteBackend

# Short runs: the suite stays fast; the examples are drawn anew on every run.
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with the characters that matter here: quotes of every kind, dashes, parentheses,
# field and operator syntax, case-awkward letters (ß, İ, ı, Cyrillic), combining marks.
AWKWARD = st.sampled_from(
    list("\"“”«»„‘’'-—–()[]{}:,.;*?!/\\ \t\nAOR")
    + ["OR", "AND", "NOT", "speaker:", "date:"]
    + ["ß", "İ", "ı", "Σ", "ς", "Ǆ", "ﬁ", "Москва", "中", "\u0301", "\u00a0", "\u200b", "\x00"]
    + ["..", "…"]
)
TEXT = st.lists(st.one_of(st.text(max_size=8), AWKWARD), max_size=30).map("".join)


# -- the query parser ----------------------------------------------------------------


@FAST
@given(TEXT)
def test_any_query_parses_and_describes(text):
    parsed = parse_query(text)
    describe(parsed.node)
    assert parse_query(text) == parsed  # the same text, the same tree


@pytest.fixture(scope="module")
def empty_archive():
    with tempfile.TemporaryDirectory() as folder:
        backend = SqliteBackend(Path(folder) / "a.db")
        yield backend
        backend.close()


@FAST
@given(text=TEXT, scope=st.sampled_from(["documents", "quotes"]))
def test_any_query_compiles_and_runs_without_an_error(empty_archive, text, scope):
    request = SearchRequest(parse_query(text), scope=scope)
    search_body(Compiler(scope, lambda name: [facet_key(name)]), request)
    result = empty_archive.search(request)
    assert result.total == 0 and set(result.facets) == set(FACETS)


# -- the facet key -------------------------------------------------------------------


@FAST
@given(TEXT)
def test_the_facet_key_is_a_normal_form(text):
    key = facet_key(text)
    assert facet_key(key) == key
    assert key == key.strip() and "  " not in key
    assert facet_key(text.upper()) == facet_key(text.upper().casefold())
    assert facet_key(unicodedata.normalize("NFD", text)) == key


@FAST
@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=20))
def test_spacing_and_case_never_make_two_keys(name):
    assert facet_key(f"  {name}  ") == facet_key(name.casefold())
    assert facet_key(name.replace(" ", "\u00a0 ")) == facet_key(name)


# -- datelines -------------------------------------------------------------------------

PLACE = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWYZ ÖÉ-.'", min_size=1, max_size=18)
MONTH = st.sampled_from(["Jan.", "Feb", "March", "April", "May", "June", "Sept.", "Dec."])
DATELINE = st.builds(
    lambda place, region, month, day, agency, dash, rest: (
        f"{place}{region}, {month} {day} {agency}{dash}{rest}"
    ),
    PLACE,
    st.sampled_from(["", ", Calif.", ", N.Y.", ", Russia", " (Sputnik)"]),
    MONTH,
    st.integers(0, 40),
    st.sampled_from(["", "(Reuters) ", "/TASS/. ", "(AP) "]),
    st.sampled_from([" - ", " — ", " -- ", ": ", " "]),
    TEXT,
)


@FAST
@given(st.one_of(TEXT, DATELINE))
def test_a_dateline_found_is_where_it_was_read(paragraph):
    found = extract_dateline(paragraph)
    if found is None:
        return
    dateline, rest = found
    assert dateline.raw and dateline.raw in paragraph
    assert paragraph.strip().startswith(dateline.raw)
    assert paragraph.rstrip().endswith(rest)
    assert dateline.place and dateline.place.casefold() in dateline.raw.casefold()


# -- quotes ----------------------------------------------------------------------------

NAME = st.sampled_from(
    ["Lena Marsh", "the minister", "Mr. Vik", "he", "she", "Ivo", "Ayşe Yılmaz", "Петров"]
)
CUE = st.sampled_from(["said", "told reporters", "added", "сказал", "according to", "noted"])
SENTENCE = st.one_of(
    st.builds(lambda q, n, c: f"“{q},” {n} {c}.", TEXT, NAME, CUE),
    st.builds(lambda n, c, q: f"{n} {c}: «{q}»", NAME, CUE, TEXT),
    st.builds(lambda n, c, q: f'{n} {c} that {q}. "{q}', NAME, CUE, TEXT),
    TEXT,
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)


@FAST
@given(st.lists(PARAGRAPH, max_size=6))
@example(
    ['“0,” Lena Marsh said. Ivo said: «» Lena Marsh according to that 0. "0 Lena Marsh said: «»']
)
def test_every_quote_lies_inside_its_paragraph(paragraphs):
    speakers, quotes = extract_quotes(paragraphs)
    names = {s.name for s in speakers}
    for q in quotes:
        assert 0 <= q.paragraph < len(paragraphs)
        assert 0 <= q.start <= q.end <= len(paragraphs[q.paragraph])
        assert paragraphs[q.paragraph][q.start : q.end] == q.text
        assert q.speaker == (q.speakers[0] if q.speakers else None)
        if q.speaker is not None:
            assert q.speaker in names


def test_a_subject_who_said_no_words_passes_no_speaker_on():
    # The sentence before the quotation has a subject with a verb of saying whose
    # quotation is empty: the text gives that person no words, so the next words are
    # nobody's, not theirs (a name missing from the document's speakers).
    speakers, quotes = extract_quotes(
        ["“Fine,” Lena Marsh said. Ivo said: «» Lena Marsh according to that plan. “We are ready.”"]
    )
    assert [s.name for s in speakers] == ["Lena Marsh"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Fine,", "Lena Marsh"),
        ("We are ready.", None),
    ]


def test_a_subject_who_said_words_passes_them_on():
    # The same subject with words of theirs reported speaks the quotation after them.
    speakers, quotes = extract_quotes(
        ["“Fine,” Lena Marsh said. Ivo said the plan works. “We are ready.”"]
    )
    assert [s.name for s in speakers] == ["Lena Marsh", "Ivo"]
    assert quotes[-1].text == "We are ready." and quotes[-1].speaker == "Ivo"


def test_a_subject_given_the_next_quotation_is_a_speaker():
    # A verb of saying with no words reported (`praised the plan`) still gives the
    # quotation after it to its subject, who is then among the document's speakers.
    speakers, quotes = extract_quotes(
        [
            "“We will keep the mill open,” said Mayor Ann Holt.",
            "Her deputy, Tod Vail, praised the plan. “It buys the town a decade.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["Ann Holt", "Tod Vail"]
    assert {s.name for s in speakers} == {"Ann Holt", "Tod Vail"}


@FAST
@given(st.lists(PARAGRAPH, max_size=6))
@example(['Lena Marsh said: «"»', "“0,” Lena Marsh said."])
def test_a_quoted_title_is_nobodys_quote(paragraphs):
    for q in extract_quotes(paragraphs)[1]:
        if q.kind == "title":
            assert q.speaker is None and q.speakers == [] and q.method is None, q
