"""A serial-comma list of persons ending at a cue's subject is read whole or nobody
speaks: never its last item alone, whatever stands before the list (a place, a day, an
appositive between items, a place after a pair). Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges.”"


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    ("listed", "whole"),
    [
        (
            "In Corvale, Tod Vail, Bram Vail, and Cal Dunn said:",
            ["Tod Vail", "Bram Vail", "Cal Dunn"],
        ),
        ("On Monday, the mayor, Tod Vail, and Cal Dunn wrote:", None),
        ("In a letter to the Board, Tod Vail, chair of the caucus, and Cal Dunn wrote:", None),
        (
            "Tod Vail and Cal Dunn of Corvale, Oregon, and Ann Roe wrote:",
            ["Tod Vail", "Cal Dunn", "Ann Roe"],
        ),
    ],
)
def test_the_last_item_of_a_list_never_speaks_alone(listed: str, whole: list[str] | None) -> None:
    for given in _both(f"{listed} {WORDS}"):
        assert given in ([[]], [whole] if whole else [[]])


@pytest.mark.parametrize(
    "text",
    [
        "Tod Vail, Bram Vail, and Cal Dunn said:",
        "On Monday, Tod Vail, Bram Vail, and Cal Dunn said:",
        "In a letter to the Board, Reps. Tod Vail, Bram Vail, and Cal Dunn wrote:",
    ],
)
def test_a_list_read_whole_still_speaks_whole(text: str) -> None:
    for given in _both(f"{text} {WORDS}"):
        assert given == [["Tod Vail", "Bram Vail", "Cal Dunn"]]


@pytest.mark.parametrize(
    "text",
    [
        "The harbor bill passed the House on Monday, and Cal Dunn said:",
        "The plant opened in Salem, Oregon, and Cal Dunn said:",
        "After the vote, the board adjourned, and Cal Dunn said:",
    ],
)
def test_a_clause_before_and_leaves_the_subject_speaking(text: str) -> None:
    for given in _both(f"{text} {WORDS}"):
        assert given == [["Cal Dunn"]]


@pytest.mark.parametrize(
    "text",
    [
        "In Salem, Tod Vail, Bram Vail, and Cal Dunn said:",
        "In Oregon, Tod Vail, Bram Vail, and Cal Dunn said:",
        "In Salem, Tod Vail, Bram Vail and Cal Dunn said:",
        "In Salem, Reps. Tod Vail, Bram Vail, and Cal Dunn wrote:",
    ],
)
def test_a_list_after_a_known_place_speaks_whole(text: str) -> None:
    # `In Salem,`: a place the gazetteer knows after `In` is nobody the list may hold
    for given in _both(f"{text} {WORDS}"):
        assert given == [["Tod Vail", "Bram Vail", "Cal Dunn"]]


@pytest.mark.parametrize(
    "text",
    [
        "In Portland, Oregon, Tod Vail, Bram Vail, and Cal Dunn said:",
        "In Salem, Mayor Tod Vail, Bram Vail, and Cal Dunn said:",
        "In Salem, the mayor, Bram Vail, and Cal Dunn said:",
    ],
)
def test_a_list_after_a_known_place_is_still_never_cut(text: str) -> None:
    for given in _both(f"{text} {WORDS}"):
        assert given == [[]]
