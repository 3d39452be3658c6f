"""PolNeAR predictions: a quotation its own sentence introduces (a colon, a verb of
saying before its opening mark) and then a cue after it (`Roe told the board: “…,” she
said. “…”`) are two statements, as the corpus annotates one attribution per cue; a
quotation opening its sentence goes on past its cue. Invented sentences."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from press.eval_quotes import group_statements


def _groups(paragraph: str) -> list[int]:
    quotes = extract_quotes(["Sen. Nora Quill spoke at the hearing in Dunmore.", paragraph])[1]
    body = [q for q in quotes if q.paragraph == 1 and q.kind == "direct"]
    return [len(g) for g in group_statements(body, ["", paragraph])]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Quill scolded the board: “The ferry plan is late and far over its budget,” she said."
        " “When you call a plan a bargain, I don’t see why you go there.”",
        "Quill said she thought the ferry plan was worth a look because “most riders don’t"
        " know about that gap,” she said. “We have no map if we don’t know where it began.”",
        "Quill told reporters that the pier “will not be rebuilt this year,” she added."
        " “The money is simply not there for it.”",
    ],
)
def test_a_quotation_its_sentence_introduced_then_a_cue_is_two_statements(
    paragraph: str,
) -> None:
    assert _groups(paragraph) == [1, 1]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The quotation opens its sentence: one cue for both.
        "“The ferry plan is late and far over its budget,” Quill said. “When you call a plan"
        " a bargain, I don’t see why you go there.”",
        # The words before the quotation are its subject, not a cue of their own.
        "Both river towns “saw the ferry as a lifeline for many years,” said Quill. “In that"
        " sense, the vote was easy.”",
        # A sentence ended by a lower-case word before the quotation that opens the next.
        "Quill said the board should know who they are. “The ferry plan is late and far over"
        " its budget,” Quill said. “It is not a bargain.”",
    ],
)
def test_a_quotation_opening_its_sentence_goes_on_past_the_cue(paragraph: str) -> None:
    assert _groups(paragraph) == [2]
