"""PolNeAR predictions: a second act of saying after a quotation's cue (`, adding`,
`going on to say`, `before asking`) starts another statement, as the corpus annotates
one attribution per cue. Invented paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from press.eval_quotes import group_statements


def test_a_second_act_of_saying_after_the_cue_starts_another_statement() -> None:
    for between in (
        "Oyelaran said, adding,",
        "Oyelaran said, going on to say that",
        "Oyelaran sang before asking the crowd,",
    ):
        paragraph = f'"The river is ours," {between} "and the bridge is too."'
        quotes = extract_quotes(["Mayor Kemi Oyelaran spoke at the fair.", paragraph])[1]
        body = [q for q in quotes if q.paragraph == 1]
        assert len(body) == 2, between
        assert [len(g) for g in group_statements(body, ["", paragraph])] == [1, 1], between
    paragraph = '"The river is ours," Oyelaran said, "and the bridge is too."'
    quotes = [q for q in extract_quotes(["Mayor Kemi Oyelaran spoke.", paragraph])[1]]
    assert [len(g) for g in group_statements(quotes, ["", paragraph])] == [2]
