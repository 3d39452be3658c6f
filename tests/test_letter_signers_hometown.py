"""A place set off after a letter's signers as their home (`Reps. Tod Vail (D-OR), Cal Dunn
(D-OR), and Bram Vail (R-OR), all of Corvale, sent a letter`) is no signer: the signers
are the people listed before it. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges,” the lawmakers wrote."
THREE = ["Tod Vail", "Cal Dunn", "Bram Vail"]


def _both(text: str) -> list[list[list[str]]]:
    return [
        speakers(bare(LEAD + text)),
        speakers(release(HEAD + LEAD + text, member="wes_tarrant")),
    ]


@pytest.mark.parametrize(
    "listed",
    [
        "Reps. Tod Vail (D-OR), Cal Dunn (D-OR), and Bram Vail (R-OR), all of Corvale,",
        "Reps. Tod Vail (D-OR), Cal Dunn (D-OR), and Bram Vail (R-OR), each of Corvale,",
        "Reps. Tod Vail, Cal Dunn, and Bram Vail, all of Corvale,",
        "Reps. Tod Vail, Cal Dunn and Bram Vail, all of the Corvale Valley,",
    ],
)
def test_a_home_after_the_signers_signs_nothing(listed: str) -> None:
    text = f"{listed} sent a letter to the Board on Tuesday.\n\n{WORDS}"
    for given in _both(text):
        assert given in ([THREE], [[]])
        assert all("Corvale" not in " ".join(names) for names in given)


def test_a_pair_both_of_a_place() -> None:
    text = (
        "Reps. Tod Vail (D-OR) and Cal Dunn (D-OR), both of Corvale, sent a letter to the"
        f" Board on Tuesday.\n\n{WORDS}"
    )
    for given in _both(text):
        assert given in ([["Tod Vail", "Cal Dunn"]], [[]])
        assert all("Corvale" not in names for names in given)


def test_the_signers_alone_read_as_before() -> None:
    text = (
        "Reps. Tod Vail (D-OR), Cal Dunn (D-OR), and Bram Vail (R-OR) sent a letter to the"
        f" Board on Tuesday.\n\n{WORDS}"
    )
    for given in _both(text):
        assert given == [THREE]


def test_the_letters_own_words_leave_the_home_out() -> None:
    text = (
        "Reps. Tod Vail (D-OR), Cal Dunn (D-OR), and Bram Vail (R-OR), all of Corvale, sent a"
        " letter to the Board. “Small harbors cannot wait,” the letter reads."
    )
    for given in _both(text):
        assert given in ([THREE], [[]])
        assert all("Corvale" not in names for names in given)


@pytest.mark.parametrize(
    "listed",
    [
        "Reps. Tod Vail (D-OR) and Cal Dunn (D-OR), both of Corvale, and Bram Vail (R-OR),"
        " of Salem,",
        "Reps. Tod Vail (D-OR), of Corvale, Cal Dunn (D-OR), and Bram Vail (R-OR), of Salem,",
        "Reps. Tod Vail, of Corvale, Cal Dunn, of Salem, and Bram Vail, of Astoria,",
    ],
)
def test_one_signers_home_after_a_bare_of_signs_nothing(listed: str) -> None:
    text = f"{listed} sent a letter to the Board on Tuesday.\n\n{WORDS}"
    for given in _both(text):
        assert given in ([THREE], [[]])
        assert all(
            place not in " ".join(names)
            for names in given
            for place in ("Salem", "Corvale", "Astoria")
        )
