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


LABELLED = "CORVALE, OR – Congressman Tod Vail was named caucus whip.\n\n"
GOES_ON = "Corvale is like many towns, so I am glad to take on a new role."


def test_a_speaker_going_on_after_a_lost_closing_mark_keeps_the_words() -> None:
    # The first words' closing mark is lost: `He added,` is the narrator's, going on with
    # the speaker, who says `I` of themselves before it and after it.
    text = (
        f"{LABELLED}Caucus Whip Tod Vail: “I am grateful to serve as the caucus whip. Our "
        f"priorities matter in my community. He added, “{GOES_ON}”"
    )
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert [q.speakers for q in quotes if GOES_ON in q.text] == [["Tod Vail"]]


@pytest.mark.parametrize(
    "before",
    [
        "He added,",  # the cue opening the words: said inside them, not the narrator's
        "I met the harbor chief. He said the docks are safe. He added,",  # a third person
        "I met the harbor chief, and he is proud of them. He added,",
        "Our crews matter in my community. He insisted,",  # no verb of going on
    ],
)
def test_a_pronoun_cue_not_going_on_with_the_speaker_still_withholds(before: str) -> None:
    text = f"{LEAD}“I know this family well,” said Tarrant. “{before} “{GOES_ON}”"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert [q.speakers for q in quotes if GOES_ON in q.text] == [[]], before
