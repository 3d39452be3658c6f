"""A plural subject at a cue (`In it they wrote:`, `The lawmakers wrote:`) after a list
of people (`Reps. Wes Tarrant, Ann Roe and Tod Vail sent a letter …`) is no role the
first name of the list holds: the words are never that one person's. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

WORDS = "“We urge the Board to restore the dock fund.”"
LEAD = "WASHINGTON – "


def test_a_plural_subject_after_a_list_is_not_its_first_name() -> None:
    lists = {
        "Reps. Wes Tarrant, Ann Roe and Tod Vail": ["Wes Tarrant", "Ann Roe", "Tod Vail"],
        "Ann Roe, Tod Vail and Cal Dunn": ["Ann Roe", "Tod Vail", "Cal Dunn"],
    }
    for names, everyone in lists.items():
        for cue in (
            "In it they wrote:",
            "They wrote:",
            "The lawmakers wrote:",
            "The members said:",
        ):
            text = f"{LEAD}{names} sent a letter to the Harbor Board today. {cue} {WORDS}\n\n"
            for got in both(text):
                assert got in ([[]], [everyone]), (text, got)


def test_a_role_after_a_name_still_names_it() -> None:
    text = f"{LEAD}The Board met on Tuesday. Ivo Brandt, the Board's chairman, said: {WORDS}\n\n"
    for got in both(text):
        assert got == [["Ivo Brandt"]], got
