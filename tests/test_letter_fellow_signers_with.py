"""`with` after a verb of joining (`teamed up with`, `partnered with`, `worked with`,
`joined with`) names fellow signers of a letter, and the subject before the verb signs
too: the group's words (`the members wrote`) are all of theirs. Where the text does not
say whether a `with` phrase names signers (`spoke with Reps. …`), nobody: never a part of
the list. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
ROE = "Rep. Ann Roe (D-OR)"
REPS = "Reps. Tod Vail (D-OR) and Cal Dunn (D-OR)"
WORDS = "“Small harbors cannot wait another season for the dredges,” the members wrote."
ALL = ["Ann Roe", "Tod Vail", "Cal Dunn"]


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    "verb", ["teamed up with", "partnered with", "worked with", "joined with", "together with"]
)
def test_with_after_a_verb_of_joining_names_fellow_signers(verb: str) -> None:
    text = f"{ROE} {verb} {REPS} on a letter to the Board. {WORDS}"
    assert _both(text) == [[ALL], [ALL]]


def test_joined_without_with_gives_all_or_nobody() -> None:
    for given in _both(f"{ROE} joined {REPS} on a letter to the Board. {WORDS}"):
        assert given in ([ALL], [[]])


@pytest.mark.parametrize("verb", ["spoke with", "met with", "talked with"])
def test_an_unsure_with_phrase_after_a_subject_gives_nobody(verb: str) -> None:
    text = f"{ROE} {verb} {REPS} about a letter to the Board. {WORDS}"
    assert _both(text) == [[[]], [[]]]


def test_the_person_met_in_an_opening_phrase_still_signs_nothing() -> None:
    text = f"Following a call with Gov. Ivo Brandt, {REPS} sent a letter to the Board. {WORDS}"
    for given in _both(text):
        assert given in ([["Tod Vail", "Cal Dunn"]], [[]])
