"""A list of three or more names before `said` whose first name is the object of the
word opening the sentence (`Praising Ann Roe, …`): the first name never speaks, with or
without the comma before `and`; those after it do. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
WORDS = "“We will rebuild the pier for the town.”"
OPENERS = (
    "Praising",
    "Thanking",
    "Honoring Mayor",
    "Introducing Sen.",
    "Quoting",
    "Unlike",
    "Like",
    "Except",
    "Against",
    "Citing",
    "Behind",
)


def test_an_opening_words_object_is_no_speaker_with_the_comma_before_and() -> None:
    for opener in OPENERS:
        for comma in (",", ""):
            said = f"{opener} Ann Roe, Tod Vail{comma} and Ben Marsh said {WORDS}"
            for got in both(f"{LEAD}{said}"):
                assert got == [["Tod Vail", "Ben Marsh"]], (said, got)


def test_a_list_opening_its_sentence_still_speaks_whole() -> None:
    for subject in (
        "Ann Roe, Tod Vail, and Ben Marsh",
        "Mayor Ann Roe, Tod Vail, and Ben Marsh",
        "Reps. Ann Roe, Tod Vail, and Ben Marsh",
    ):
        for got in both(f"{LEAD}{subject} said {WORDS}"):
            assert got == [["Ann Roe", "Tod Vail", "Ben Marsh"]], (subject, got)
