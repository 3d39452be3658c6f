"""A district code written without its hyphen (`(OR01)`) or a photograph's place word
(`(pictured)`, `(left)`, `(center)`) in brackets right after a name is read away like a
party tag (`(D-Ore.)`): the name stays the cue's subject. Other words in brackets still
stop the name."""

from __future__ import annotations

from tests.issuer_release import HEAD, LEAD, bare, release, speakers

WORDS = "“The harbor needs dredging now,” "


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


def test_a_district_code_after_the_name_after_the_words() -> None:
    for aside in ("(OR01)", "(NH1)", "(OR-01)", "(D-OR)"):
        text = HEAD + LEAD + WORDS + f"said Rep. Ann Roe {aside}.\n\n"
        assert both(text) == [[["Ann Roe"]]] * 2, aside
        text = HEAD + LEAD + WORDS + f"Rep. Ann Roe {aside} said.\n\n"
        assert both(text) == [[["Ann Roe"]]] * 2, aside


def test_a_photographs_place_word_after_the_name() -> None:
    for aside in ("(pictured)", "(left)", "(center)", "(far right)", "(second from left)"):
        text = HEAD + LEAD + WORDS + f"said Rep. Ann Roe {aside}.\n\n"
        assert both(text) == [[["Ann Roe"]]] * 2, aside


def test_an_aside_between_the_name_and_its_verb_before_the_words() -> None:
    for aside in ("(OR01)", "(pictured)"):
        text = HEAD + LEAD + f"Rep. Ann Roe {aside} said, “The harbor needs dredging now.”\n\n"
        assert both(text) == [[["Ann Roe"]]] * 2, aside


def test_other_words_in_brackets_still_stop_the_name() -> None:
    # a place, a body's initials, a code of no state, other lower-case words: as before
    for aside in ("(Corvale)", "(HARBOR)", "(QX01)", "(the harbor)", "(retired)"):
        text = HEAD + LEAD + WORDS + f"said Rep. Ann Roe {aside}.\n\n"
        assert both(text) == [[[]]] * 2, aside
