"""A kin appositive after a possessive (`Mayor Ivo Lund’s grandson, Pim Lund,`) names two
people of one surname: a lone `Lund` after it may be either, and is nobody's."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

WORDS = "“The new ferry landing will serve the whole valley.”"


def _lead(middle: str, cue: str = "Lund said: ") -> list[list[list[str]]]:
    text = (
        f"Moss Hails Ferry Landing\n\nKESTREL FALLS – Rep. Ida Moss today welcomed the "
        f"ferry landing. {middle} {cue}{WORDS}"
    )
    return [speakers(bare(text)), speakers(release(text, "ida_moss"))]


def test_a_lone_surname_after_a_possessive_kin_appositive_is_nobodys() -> None:
    for middle in (
        "Mayor Ivo Lund’s grandson, Pim Lund, attended.",
        "Mayor Ivo Lund's granddaughter, Pia Lund, attended.",
        "Ivo Lund’s son, Pim Lund, cut the ribbon.",
        "Judge Ivo Lund’s late wife, Pia Lund, had planned it.",
    ):
        for got in _lead(middle):
            assert got == [[]], (middle, got)


def test_a_full_name_or_one_person_of_the_surname_stays() -> None:
    middle = "Mayor Ivo Lund’s grandson, Pim Lund, attended."
    for got in _lead(middle, "Pim Lund said: "):
        assert got == [["Pim Lund"]], got
    # the kin of another surname: the one Lund is the mayor
    middle = "Mayor Ivo Lund’s grandson, Pim Marsh, attended."
    for got in _lead(middle):
        assert got == [["Ivo Lund"]], got


def test_a_title_of_the_relatives_sex_tells_the_two_apart() -> None:
    for middle in (
        "She met Mrs. Ivy Lund. Mrs. Lund’s son, Pim Lund, was lost at sea.",
        "She met Mrs. Ivy Lund. Ivy Lund’s son, Pim Lund, was lost at sea.",
    ):
        for got in _lead(middle, "Mrs. Lund said: "):
            assert got == [["Ivy Lund"]], (middle, got)
        for got in _lead(middle, "Mr. Lund said: "):
            assert got == [["Pim Lund"]], (middle, got)
        for got in _lead(middle):
            assert got == [[]], (middle, got)


def test_a_role_title_and_the_surname_name_the_roles_holder_not_the_kin() -> None:
    # `Mayor Lund` is the one the text made mayor, never the relative named nearer
    for middle in (
        "Mayor Ivo Lund’s grandson, Pim Lund, attended.",
        "Mayor Ivo Lund's nephew, Pim Lund, attended.",
        "Mayor Ivo Lund’s stepdaughter, Pia Lund, attended.",
        "Mayor Ivo Lund greeted Pim Lund at the gate.",
    ):
        for got in _lead(middle, "Mayor Lund said: "):
            assert got == [["Ivo Lund"]], (middle, got)
    # the mayor's given name unknown to the lexicon, so no person the text knows:
    # the title is still not the grandson's
    for got in _lead("Mayor Yorvo Lund’s grandson, Pim Lund, attended.", "Mayor Lund said: "):
        assert got == [[]], got
    # a title the text gave neither of the two: nobody
    middle = "Mayor Ivo Lund’s grandson, Pim Lund, attended."
    for got in _lead(middle, "Sen. Lund said: "):
        assert got == [[]], got
    # the title given to the kin: the kin
    middle = "Ivo Lund’s grandson, Judge Pim Lund, attended."
    for got in _lead(middle, "Judge Lund said: "):
        assert got == [["Pim Lund"]], got


def test_a_role_word_after_the_title_is_no_given_name() -> None:
    # `Harbor Board Chairman Senator Ivo Lund`: `Senator` is a second title, not a name
    middle = "Harbor Board Chairman Senator Ivo Lund (R-OH) spoke first."
    for got in _lead(middle, "Chairman Lund said: "):
        assert got == [["Ivo Lund"]], got


def test_a_title_once_held_by_one_of_two_of_the_surname_names_nobody() -> None:
    # the late or former holder, or a new one named: which Lund holds it now is not told
    for middle in (
        "The late Mayor Ivo Lund’s grandson, Pim Lund, was sworn in as mayor.",
        "Former Mayor Ivo Lund’s son, Pim Lund, now holds the office.",
        "Former Mayor Ivo Lund attended with Pim Lund, the new mayor.",
        "Ex-Mayor Ivo Lund attended with Pim Lund.",
    ):
        for got in _lead(middle, "Mayor Lund said: "):
            assert got == [[]], (middle, got)
    # a past holder of another surname changes nothing
    middle = "Former Mayor Pia Roe attended. Mayor Ivo Lund greeted Pim Lund."
    for got in _lead(middle, "Mayor Lund said: "):
        assert got == [["Ivo Lund"]], got
