"""Inside a speaker's words, a pronoun and a verb of saying set off by a comma introduce
the words opening right after them (`“…,” said Tarrant. “He stated with certainty, “I
know …”`): the speaker says `I` of themselves, so `he` is somebody they talk about, and
those words are nobody's when the parse would give them to the same speaker.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release

LEAD = "CORVALE, OH – Congressman Wes Tarrant spoke about the fire at the boatyard.\n\n"
INNER = "I know all of these workers will be paid this year."


@pytest.mark.parametrize("after", ["” “We will rebuild.”", "” “The crew will rebuild."])
@pytest.mark.parametrize(
    "cue",
    ["He stated with certainty,", "She told me,", "He said,", "She assured us,"],
)
def test_the_words_a_pronoun_introduces_in_a_run_are_not_the_speakers(cue: str, after: str) -> None:
    text = f"{LEAD}“I know this family well,” said Tarrant. “{cue} “{INNER}{after}"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        got = [q.speakers for q in quotes if INNER in q.text]
        assert got == [[]], (cue, after)
        assert [q.speakers for q in quotes][0] == ["Wes Tarrant"]
        assert [q.speakers for q in quotes][-1] == ["Wes Tarrant"]


def test_words_the_speaker_goes_on_with_stay_theirs() -> None:
    text = f"{LEAD}“I know this family well,” said Tarrant. “We stand with them. “{INNER}”"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        got = {q.text: q.speakers for q in quotes if q.kind != "title"}
        assert got[INNER] == ["Wes Tarrant"]
