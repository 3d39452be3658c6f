"""Words quoted inside a sentence whose subject the parse could not read (a sentence opened
by `However,` or a time before a role and an appositive name) fell back to the paragraph's
latest speaker, though the sentence names another person in full: `“…,” Tarrant said. …
However, the Chief of the Navy, Admiral Ann Roe, has said that decision is “on hold.”`
gave the words to Tarrant. The words may be the person's the sentence names; nobody's
rather than the wrong speaker."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, bare, release

LEAD = (
    "CORVALE, OR – Sen. Wes Tarrant pressed the harbor board on Tuesday. “We need the "
    "dredging now,” Tarrant said. Earlier this year, the board said it planned to close "
    "the channel. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the Chief of the Navy, Admiral Ann Roe, has said that decision is “on hold.”",
        "However, the Chief of Staff of the Navy, General Tod Vail, has said it is “on hold.”",
        "Meanwhile, the Chief of the Navy, Admiral Ann Roe, called the plan “a mistake.”",
        "In March, the Chief of the Navy, Admiral Ann Roe, said the plan is “on hold.”",
    ],
)
def test_words_in_a_sentence_naming_another_are_not_the_latest_speakers(sentence: str) -> None:
    text = HEAD + LEAD + sentence + " The board meets again in May."
    for quotes in (bare(text), release(text, "wes_tarrant")):
        said = {q.text: q.speakers for q in quotes if q.kind == "direct"}
        assert said["We need the dredging now,"] == ["Wes Tarrant"], said
        embedded = [s for t, s in said.items() if t != "We need the dredging now,"]
        assert embedded == [[]], said


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # the same person named again, or a pronoun: the latest speaker's words still
        ("However, Senator Wes Tarrant has also called the plan “a mistake.”", "Wes Tarrant"),
        ("However, the senator has also called the plan “a mistake.”", "Wes Tarrant"),
        # a subject the parse reads keeps its reading
        ("The Chief of the Navy, Admiral Ann Roe, has said it is “on hold.”", "Ann Roe"),
    ],
)
def test_the_latest_speaker_or_the_subject_is_kept(sentence: str, speaker: str) -> None:
    text = HEAD + LEAD + sentence + " The board meets again in May."
    for quotes in (bare(text), release(text, "wes_tarrant")):
        said = [q.speakers for q in quotes if q.kind == "direct"]
        assert said[-1] == [speaker], said
