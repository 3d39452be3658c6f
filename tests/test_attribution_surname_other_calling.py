"""A surname cued with one title (`said Senator Roe.`, `said Dr. Roe.`) and a full name
of that surname written later with the title of another calling (`Mayor Tod Roe Jr.`,
`Judge Tod Roe`): the mayor or the judge is not known to be the one who spoke, so the
words are never theirs; the same title, or no title on either side, still names one
person."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

HEAD = "WASHINGTON – The harbor board met on Tuesday. "
WORDS = "“The harbor will open next spring,” said {cue}. "


def _both(cue: str, tail: str) -> list[list[list[str]]]:
    text = HEAD + WORDS.format(cue=cue) + tail
    return [speakers(bare(text)), speakers(release(text, member="wes_tarrant"))]


def test_a_full_name_of_another_calling_does_not_take_the_surname() -> None:
    for cue, tail in (
        ("Senator Roe", "Vail thanked Mayor Tod Roe Jr. and the board."),
        ("Senator Roe", "Vail thanked Mayor Tod Roe and the board."),
        ("Dr. Roe", "Vail thanked Judge Tod Roe Jr. and the board."),
        ("Mayor Roe", "Vail thanked Senator Tod Roe and the board."),
    ):
        for got in _both(cue, tail):
            assert got in ([["Roe"]], [[]]), (cue, tail, got)


def test_the_same_title_or_none_still_names_one_person() -> None:
    for cue, tail, want in (
        ("Senator Roe", "Vail thanked Senator Tod Roe Jr. and the board.", "Tod Roe Jr."),
        ("Senator Roe", "Vail thanked Sen. Tod Roe and the board.", "Tod Roe"),
        ("Senator Roe", "Vail thanked Tod Roe Jr. and the board.", "Tod Roe Jr."),
        ("Mayor Roe", "Vail thanked Mayor Tod Roe and the board.", "Tod Roe"),
        ("Dr. Roe", "Vail thanked Dr. Tod Roe Jr. and the board.", "Tod Roe Jr."),
        ("Senator Roe", "Vail thanked Senate Minority Leader Tod Roe.", "Tod Roe"),
    ):
        for got in _both(cue, tail):
            assert got == [[want]], (cue, tail, got)


def test_a_titled_surname_after_a_full_name_of_another_calling_is_nobody() -> None:
    # The full name comes first: the titled surname is not looked up to the mayor, the
    # judge or the pope (a regnal name's numeral makes `Paul` look like a surname).
    for head, cue in (
        ("Vail met Pope John Paul II last year.", "Rep. Paul"),
        ("Vail met Pope John Paul II last year.", "Sen. Paul"),
        ("Mayor Tod Roe spoke first.", "Senator Roe"),
        ("Mayor Tod Roe Jr. spoke first.", "Rep. Roe"),
        ("Senator Tod Roe spoke first.", "Mayor Roe"),
        ("Judge Tod Roe spoke first.", "Dr. Roe"),
    ):
        text = HEAD + head + " " + WORDS.format(cue=cue)
        for got in (speakers(bare(text)), speakers(release(text, member="wes_tarrant"))):
            assert got in ([["Roe"]], [["Paul"]], [[]]), (head, cue, got)


def test_a_full_name_first_still_names_the_surname_of_its_calling() -> None:
    for head, cue, want in (
        ("Mayor Tod Roe spoke first.", "Mayor Roe", "Tod Roe"),
        ("Mayor Tod Roe spoke first.", "Roe", "Tod Roe"),
        ("Senator Tod Roe spoke first.", "Senator Roe", "Tod Roe"),
        ("Senator Tod Roe spoke first.", "Sen. Roe", "Tod Roe"),
        ("Judge Tod Roe spoke first.", "Judge Roe", "Tod Roe"),
        ("Dr. Tod Roe spoke first.", "Dr. Roe", "Tod Roe"),
    ):
        text = HEAD + head + " " + WORDS.format(cue=cue)
        for got in (speakers(bare(text)), speakers(release(text, member="wes_tarrant"))):
            assert got == [[want]], (head, cue, got)


def test_a_surname_read_as_a_calling_is_no_calling() -> None:
    # `Reps. Bishop and Peters` may leave `Bishop` in Peters's role: a surname of the
    # text, no calling of his.
    text = (
        HEAD
        + "Reps. Ann Bishop and Tod Peters wrote the letter. Reps. Bishop and Peters led it. "
        + WORDS.format(cue="Rep. Peters")
    )
    for got in (speakers(bare(text)), speakers(release(text, member="wes_tarrant"))):
        assert got == [["Tod Peters"]], got


def test_a_calling_word_after_a_given_name_in_a_role_is_a_surname() -> None:
    # `U.S. Representatives Ann Bishop (OR-02) and Tod Vail (OR-05)` may leave `… Ann
    # Bishop` in Vail's role: after a given name `Bishop` is a surname, no calling.
    text = (
        "WASHINGTON – Today, U.S. Representatives Ann Bishop (OR-02) and Tod Vail (OR-05)"
        " led a group of members in urging the board to act. “The port is our lifeline,”"
        " said Congressman Vail (OR-05). “We will fund it.”"
    )
    for got in (speakers(bare(text)), speakers(release(text, member="wes_tarrant"))):
        assert got == [["Tod Vail"], ["Tod Vail"]], got
