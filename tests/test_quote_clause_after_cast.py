"""Words quoted in a clause with a subject of its own, after a verb that casts its object
(`called`, `described`, `blasted`), are not that verb's subject's: `Vail described Holt as
a “…” after she blamed the drought on “…”` leaves the second quotation nobody's. Invented
text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def _direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_words_in_a_clause_of_another_subject_after_a_casting_verb_are_nobodys() -> None:
    _, quotes = extract_quotes(
        [
            "Governor Tod Vail described Mayor Ann Holt as a “failure” after she attacked the"
            " port crews and blamed the harbor floods on “careless dams” against the town."
        ]
    )
    dams = [q for q in quotes if q.text.startswith("careless")]
    assert dams and all(q.speakers == [] for q in dams)


def test_words_right_after_the_casting_verb_stay_its_subjects() -> None:
    [q] = _direct("Governor Tod Vail described the harbor plan as a “true failure of nerve.”")
    assert q.speakers == ["Tod Vail"]


def test_a_verb_of_saying_before_the_clause_keeps_the_speaker() -> None:
    [q] = _direct(
        "Governor Tod Vail said that after he toured the docks the plan looked “careless"
        " and rushed.”"
    )
    assert q.speakers == ["Tod Vail"]
