"""A document read from JSON names each quote's place plainly: a known part, a paragraph
that is a whole number ≥ 0, 0 in the headline, a subheadline the document has. A bad
one is refused with the quote and field named (a body quote at paragraph -1 would
otherwise be stored as a headline quote), and `press import` reports the line and goes
on with the rest. Invented names and words."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from press.cli import main
from search.model import Document
from tests.fixtures.head_quotes import head_quote_document


def with_quote(index: int, **fields: object) -> dict[str, object]:
    data = head_quote_document().to_dict()
    data["quotes"][index].update(fields)
    return data


@pytest.mark.parametrize(
    "index, fields, message",
    [
        (0, {"part": ["headline"]}, "quote 0: part must be one of .* not a list"),
        (0, {"part": {"name": "headline"}}, "quote 0: part must be one of .* not a dict"),
        (0, {"part": None}, "quote 0: part must be one of .* not None"),
        (0, {"part": 3}, "quote 0: part must be one of .* not 3"),
        (2, {"paragraph": -1}, "quote 2: paragraph must be a whole number ≥ 0, not -1"),
        (2, {"paragraph": "1"}, "quote 2: paragraph must be a whole number ≥ 0, not '1'"),
        (2, {"paragraph": True}, "quote 2: paragraph must be .* not True"),
        (1, {"paragraph": 1.0}, "quote 1: paragraph must be .* not 1.0"),
        (0, {"paragraph": 1}, "quote 0: a headline quote's paragraph is 0, not 1"),
        (1, {"paragraph": 1}, "quote 1: subheading paragraph 1 is not among the document's 1"),
    ],
)
def test_a_quote_out_of_place_is_refused_naming_its_field(index, fields, message):
    with pytest.raises(ValueError, match=message):
        Document.from_dict(with_quote(index, **fields))


def test_quotes_in_place_read_as_before():
    doc = head_quote_document()
    assert Document.from_dict(doc.to_dict()) == doc
    body_only = doc.to_dict()
    body_only["quotes"] = body_only["quotes"][2:]
    body_only["subheadings"] = []
    assert [q.paragraph for q in Document.from_dict(body_only).quotes] == [1, 1]


def test_press_import_reports_each_bad_line_and_keeps_the_good_ones(tmp_path):
    good = head_quote_document().to_dict()
    bad_part = with_quote(0, part=["headline"]) | {"id": "bad-part"}
    bad_paragraph = with_quote(2, paragraph=-1) | {"id": "bad-paragraph"}
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in (bad_part, good, bad_paragraph)),
        "utf-8",
    )
    archive = f"sqlite:///{tmp_path / 'archive.db'}"
    result = CliRunner().invoke(main, ["import", str(path), "--archive", archive, "-q", "-j", "1"])
    assert result.exit_code == 1
    assert "1 imported, 0 updated, 0 unchanged, 2 failed" in result.output
    assert f"{path}:1: not a press-archive document: quote 0: part must be one of" in result.output
    assert f"{path}:3: not a press-archive document: quote 2: paragraph must be" in result.output
    assert "unhashable" not in result.output and "Traceback" not in result.output
    found = CliRunner().invoke(main, ["search", "ferry", "--archive", archive, "--json"])
    assert json.loads(found.output)["total"] == 1
