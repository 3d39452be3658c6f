"""A cue naming somebody's person (`Vail's aide said`) names that person, not the owner:
the quotation after it is not the owner's, the member a release's lead names. Invented
text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes

LEAD = "Rep. Tom Vail (D-Ore.) held a town meeting in Dover on Monday."


def _speakers(paragraph: str) -> list[list[str]]:
    _, quotes = extract_quotes([LEAD, paragraph])
    return [q.speakers for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "cue",
    [
        "Vail's aide said",
        "Vail’s sister said",
        "Vail's chief of staff said",
        "Vail’s campaign spokesman said",
        "the sister of Vail said",
        "an aide to Vail said",
        "a spokesman for Vail said",
    ],
)
def test_words_after_a_cue_naming_the_members_person_are_not_the_members(cue):
    # Nobody names the aide: both quotations stay without a speaker.
    assert _speakers(f"“This is a big year for the harbor,” {cue}. “We have our plans.”") == [
        [],
        [],
    ]


def test_the_named_person_of_the_member_keeps_the_words():
    paragraph = "“This is a big year for the harbor,” Vail's aide, Ben Fisk, said. “We have plans.”"
    assert _speakers(paragraph) == [["Ben Fisk"], ["Ben Fisk"]]


@pytest.mark.parametrize(
    "cue",
    ["Vail said", "continued Vail", "Vail told his aide", "Vail said of his sister"],
)
def test_the_member_named_in_the_cue_still_speaks_on(cue):
    paragraph = f"“This is a big year for the harbor,” {cue}. “We have our plans.”"
    assert _speakers(paragraph) == [["Tom Vail"], ["Tom Vail"]]
