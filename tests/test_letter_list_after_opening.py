"""A list of members speaking after a sentence's opening phrase and its comma (`In a
letter to the Board, Reps. Tod Vail (D-OR), Cal Dunn (D-OR) and Bram Vail (R-OR) wrote:`)
is read whole, or nobody speaks: never the list's last pair alone. A person the letter is
sent on behalf of signs nothing. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Members Write to the Board\n\n"
LEAD = "SALEM, OR – Congressman Wes Tarrant today backed dredging at small ports.\n\n"
REPS = "Reps. Tod Vail (D-OR), Cal Dunn (D-OR) and Bram Vail (R-OR)"
WORDS = "“Small harbors cannot wait another season for the dredges.”"
THREE = ["Tod Vail", "Cal Dunn", "Bram Vail"]


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(HEAD + LEAD + text, member="wes_tarrant"))]


@pytest.mark.parametrize(
    "opening",
    ["In a letter to the Board, ", "On Monday, ", "In a letter sent on day nine, "],
)
def test_the_whole_list_after_an_opening_phrase_speaks(opening: str) -> None:
    for given in _both(f"{opening}{REPS} wrote: {WORDS}"):
        assert given == [THREE]


@pytest.mark.parametrize(
    "opening",
    ["In a letter to Chair Ivo Brandt, ", "Joined by Gov. Ivo Brandt, "],
)
def test_a_person_closing_the_opening_phrase_leaves_the_list_unread(opening: str) -> None:
    # the person may head the list or stand apart from it: all three or nobody
    for given in _both(f"{opening}{REPS} wrote: {WORDS}"):
        assert given in ([THREE], [[]])
        assert all("Ivo Brandt" not in names for names in given)


def test_the_list_alone_is_read_as_before() -> None:
    for given in _both(f"{REPS} wrote: {WORDS}"):
        assert given == [THREE]


def test_the_one_a_letter_is_sent_on_behalf_of_signs_nothing() -> None:
    text = (
        f"On behalf of Gov. Ivo Brandt, {REPS} sent a letter to the Board. “Small harbors"
        " cannot wait,” the members wrote."
    )
    for given in _both(text):
        assert given in ([THREE], [[]])
        assert all("Ivo Brandt" not in names for names in given)


@pytest.mark.parametrize(
    "opening",
    ["In a letter to the Board, Chair Ivo Brandt, ", "On Monday, Chair Ivo Brandt, "],
)
def test_an_untagged_first_item_among_tagged_members_leaves_the_list_unread(
    opening: str,
) -> None:
    # `the Board, Chair Ivo Brandt,`: Brandt may be the Board's chair (an apposition to
    # the phrase's noun) or a fellow writer; with no party tag among tagged members,
    # nobody is sure
    for given in _both(f"{opening}{REPS} wrote: {WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    "listed",
    [
        "In a letter to the Board, Chair Ivo Brandt, Rep. Tod Vail and Rep. Cal Dunn",
        "In a letter to the Board, Chair Ivo Brandt, Rep. Tod Vail, and Rep. Cal Dunn",
        "In a letter to the Board, Sen. Ivo Brandt, Rep. Tod Vail and Rep. Cal Dunn",
        "In a letter to the Secretary, Ivo Brandt, Tod Vail and Cal Dunn",
    ],
)
def test_a_first_item_titled_apart_after_a_noun_leaves_the_list_unread(listed: str) -> None:
    # no tags: Brandt may be named by an apposition to the phrase's noun or write too
    for given in _both(f"{listed} wrote: {WORDS}"):
        assert given == [[]]


@pytest.mark.parametrize(
    "listed",
    [
        "In a letter to the Board, Rep. Tod Vail, Rep. Cal Dunn and Rep. Bram Vail",
        "In a letter to the Board, Rep. Tod Vail, Rep. Cal Dunn, and Rep. Bram Vail",
        "In a letter to the Board, Reps. Tod Vail, Cal Dunn, and Bram Vail",
        "In a letter to the Board, Reps. Tod Vail (D-OR), Cal Dunn (D-OR), and Bram Vail (R-OR)",
    ],
)
def test_a_list_of_members_alike_after_a_noun_speaks_whole(listed: str) -> None:
    for given in _both(f"{listed} wrote: {WORDS}"):
        assert given == [THREE]


@pytest.mark.parametrize(
    "listed",
    [
        "In a letter to Chair Ivo Brandt, Reps. Tod Vail, Cal Dunn, and Bram Vail",
        "In a letter to the Board, Reps. Vail, Dunn, and Marsh",
        "On Monday, Chair Ivo Brandt, Rep. Tod Vail, and Rep. Cal Dunn",
    ],
)
def test_a_last_item_after_a_serial_comma_never_speaks_alone(listed: str) -> None:
    # the opening phrase hid the list before the last item: the whole list or nobody
    for given in _both(f"{listed} wrote: {WORDS}"):
        assert len(given) == 1 and (given[0] == [] or len(given[0]) >= 3)


TAGGED_APART = ["Ann Roe", "Tod Vail", "Bram Vail", "Cal Dunn"]


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        (
            "In a joint statement, Ann Roe (D-OR), Chair Tod Vail (D-OR), Bram Vail (R-OR),"
            " and Cal Dunn (D-OR)",
            TAGGED_APART,
        ),
        (
            "In a joint statement, Ann Roe (D-OR), Chair Tod Vail (D-OR), Bram Vail (R-OR)"
            " and Cal Dunn (D-OR)",
            TAGGED_APART,
        ),
        (
            "On the harbor bill, Rep. Ann Roe (D-OR), Chair Tod Vail (D-OR), and Cal Dunn (D-OR)",
            ["Ann Roe", "Tod Vail", "Cal Dunn"],
        ),
    ],
)
def test_a_tagged_first_item_titled_apart_leaves_the_whole_list_speaking(
    listed: str, names: list[str]
) -> None:
    # a member's tag on the first item: a member among members, no apposition to the
    # phrase's noun, whatever the titles
    for given in _both(f"{listed} said: {WORDS}"):
        assert given == [names]


def test_a_tagged_first_item_after_a_role_leaves_the_list_unread() -> None:
    # `to the Chair, Ann Roe (D-OR), …`: Roe may be the chair the letter goes to
    listed = "In a letter to the Chair, Ann Roe (D-OR), Tod Vail (D-OR), and Cal Dunn (D-OR)"
    for given in _both(f"{listed} wrote: {WORDS}"):
        assert given == [[]]
