"""A person the sentence introducing a letter names as the object of `to`, `with`, `from`
or `for` (`In a note to Chair Ivo Brandt, Reps. … sent a letter`, `Following a call with
Gov. Ivo Brandt, …`) is written to or met, not among the letter's signers: the group's
words (`the members wrote`) are the others', or nobody's when the text does not tell the
signers from the people so named. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
REPS = "Reps. Tod Vail (D-OR), Cal Dunn (D-OR) and Bram Vail (R-OR)"
WORDS = "“Small harbors cannot wait another season for the dredges,” the members wrote."
THREE = ["Tod Vail", "Cal Dunn", "Bram Vail"]


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    "before",
    [
        f"In a note to Chair Ivo Brandt, {REPS} sent a letter to the Board.",
        f"Following a call with Gov. Ivo Brandt, {REPS} sent a letter to the Board.",
        f"After a request from Gov. Ivo Brandt, {REPS} sent a letter to the Board.",
        f"Calling for Chair Ivo Brandt to act, {REPS} sent a letter to the Board.",
        f"In a letter to Chair Ivo Brandt, {REPS} asked for the dredges.",
    ],
)
def test_the_person_written_to_or_met_signs_nothing(before: str) -> None:
    for given in _both(f"{before} {WORDS}"):
        assert given in ([THREE], [[]])
        assert all("Ivo Brandt" not in names for names in given)


def test_people_named_after_the_addressee_are_no_signers_either() -> None:
    # `to Chair Ivo Brandt, Vice Chair Nora Quill and Sen. Cal Dunn`: the letter's
    # signers cannot be told from the people after the addressee's comma; the subject
    # the sentence opens with (`the members wrote` read jointly) or nobody.
    text = (
        "Rep. Ann Roe and Rep. Lena Roth wrote to Chair Ivo Brandt, Vice Chair Nora Quill "
        f"and Sen. Cal Dunn in a letter. {WORDS}"
    )
    for given in _both(text):
        assert given in ([["Ann Roe", "Lena Roth"]], [[]])


@pytest.mark.parametrize(
    "before",
    [
        f"{REPS} sent a letter to Chair Ivo Brandt.",
        f"Along with Chair Ivo Brandt, {REPS} sent a letter to the Board.",
    ],
)
def test_signers_named_around_an_addressee_after_the_letter_stay(before: str) -> None:
    signers = THREE if before.startswith("Reps") else ["Ivo Brandt", *THREE]
    assert _both(f"{before} {WORDS}") == [[signers], [signers]]


def test_a_signer_named_with_the_members_still_signs() -> None:
    text = f"Chair Ivo Brandt and {REPS} sent a letter to the Board. {WORDS}"
    assert _both(text) == [[["Ivo Brandt", *THREE]], [["Ivo Brandt", *THREE]]]
