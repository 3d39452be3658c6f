"""The query language: what each construct becomes. That no text makes it raise is a
property test (`tests/test_properties.py`)."""

import datetime as dt

import pytest

from search.query import (
    And,
    DateRange,
    Field,
    MatchAll,
    Not,
    Or,
    Text,
    describe,
    parse_partial_date,
    parse_query,
)


def node(q):
    parsed = parse_query(q)
    assert parsed.notes == [] or parsed.notes[0].startswith("The query only excludes")
    return parsed.node


def test_words_are_anded():
    assert node("sanctions embassy") == And((Text("sanctions"), Text("embassy")))


def test_phrase_and_prefix():
    assert node('"deep disagreements"') == Text("deep disagreements", phrase=True)
    assert node("sanction*") == Text("sanction", prefix=True)


def test_boolean_precedence():
    a, b, c = Text("a"), Text("b"), Text("c")
    assert node("a OR b c") == Or((a, And((b, c))))
    assert node("(a OR b) c") == And((Or((a, b)), c))
    assert node("a AND NOT b") == And((a, Not(b)))
    assert node("a -b") == And((a, Not(b)))
    assert node('-"b c"') == Not(Text("b c", phrase=True))


def test_lowercase_operators_are_words():
    assert node("war and peace") == And((Text("war"), Text("and"), Text("peace")))


def test_fields():
    assert node('speaker:"Oleg Stepanov"') == Field("speaker", "Oleg Stepanov")
    assert node("source:Sputnik place:Moscow") == And(
        (Field("source", "Sputnik"), Field("place", "Moscow"))
    )
    assert node("-source:Sputnik") == Not(Field("source", "Sputnik"))
    assert node("quote:crisis") == Text("crisis", field="quote")
    assert node('headline:"deep crisis"') == Text("deep crisis", phrase=True, field="headline")


def test_unknown_field_is_kept_as_words():
    assert node("http://example.org/a") == Text("http example org a", phrase=True)


def test_dates():
    assert node("date:2022-02-01..2022-03") == DateRange(dt.date(2022, 2, 1), dt.date(2022, 3, 31))
    assert node("date:2022") == DateRange(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert node("after:2022-02") == DateRange(start=dt.date(2022, 2, 1))
    assert node("before:2020") == DateRange(end=dt.date(2020, 12, 31))
    assert node("date:..2021-05") == DateRange(end=dt.date(2021, 5, 31))
    assert parse_partial_date("2024-02", end=True) == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    "raw, words",
    [
        ('"unclosed phrase', ["unclosed", "phrase"]),
        ("(a OR b", ["a", "b"]),
        ("a)", ["a"]),
        ("a AND", ["a"]),
        ("OR", []),
        ("date:yesterday tariffs", ["date", "yesterday", "tariffs"]),
        ("speaker: tariffs", ["speaker", "tariffs"]),
    ],
)
def test_unreadable_syntax_degrades_to_words_with_a_note(raw, words):
    parsed = parse_query(raw)
    assert parsed.notes and "searched for the words instead" in parsed.notes[0]
    leaves = [
        n.value
        for n in (
            [parsed.node] if isinstance(parsed.node, Text) else getattr(parsed.node, "items", ())
        )
    ]
    assert leaves == words


def test_empty_and_symbol_only_queries_match_all():
    for raw in ["", "   ", "-", "*", "()", None]:
        parsed = parse_query(raw)
        assert isinstance(parsed.node, MatchAll) or parsed.notes


def test_only_negative_is_noted():
    assert "only excludes" in parse_query("-war").notes[0]


def test_describe():
    q = parse_query('speaker:"Oleg Stepanov" sanctions after:2022-02-01')
    assert describe(q.node) == "by Oleg Stepanov and ‘sanctions’ and from 2022-02-01"
