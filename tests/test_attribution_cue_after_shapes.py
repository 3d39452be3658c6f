"""Cues after a quotation whose subject the name pattern used to miss, so that the
words fell to the lead's member (the issuer): a possessive's two roles joined by `and`
before the name, and a state's abbreviation after a place with no comma before the
verb. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
FIRST = "“This is a fine night for the valley!”"
SECOND = "“We stand with him.”"


def test_two_roles_joined_after_a_possessive_before_the_name() -> None:
    for roles in (
        "longtime friend and campaign treasurer",
        "neighbor and former business partner",
    ):
        text = f"{LEAD}{FIRST} Tarrant’s {roles}, Lina Corvo, told the crowd. {SECOND}"
        for got in both(text):
            assert got == [["Lina Corvo"], ["Lina Corvo"]], (roles, got)


def test_a_states_abbreviation_after_a_place_before_the_verb() -> None:
    for place in ("Brannock, Ore.", "Milford, Del.", "Hollis, Wash."):
        for verb in ("said", "told the crowd"):
            text = f"{LEAD}{FIRST} Lina Corvo of {place} {verb}. {SECOND}"
            for got in both(text):
                assert got == [["Lina Corvo"], ["Lina Corvo"]], (place, verb, got)


def test_a_states_abbreviation_after_an_unnamed_speakers_place() -> None:
    # the kin is named nowhere: both quotations are nobody's, never the issuer's
    cue = "Tarrant’s niece from Brannock, Ore. shouted to the crowd."
    text = f"{LEAD}{FIRST} {cue} {SECOND}"
    for got in both(text):
        assert got == [[], []], got


def test_two_people_before_one_name_are_not_that_name() -> None:
    # a plural before `and`, a possessive or a third role after it: two people, so the
    # one name after them does not name the speakers
    for roles in (
        "parents and longtime next door neighbor",
        "daughter and her husband and aide",
    ):
        text = f"{LEAD}{FIRST} Tarrant’s {roles}, Lina Corvo, told the crowd. {SECOND}"
        for got in both(text):
            assert ["Lina Corvo"] not in got, (roles, got)


def test_a_clause_joined_by_and_is_no_second_role() -> None:
    # `Tarrant’s plan won and the governor, Lina Corvo, …`: a clause about the possessive's
    # thing, then another person; the name is the second person's, who says nothing here
    for after in (
        "“We won tonight!” Tarrant’s campaign declared victory and his rival, Lina Corvo, "
        "conceded.",
        "“Never again.” Tarrant’s bill died and its sponsor, Lina Corvo, told the press she "
        "would return.",
        "“We lost.” Tarrant’s team lost and the winner, Lina Corvo, told reporters it was close.",
        "“This is a fine night!” Tarrant’s plan won and the governor, Lina Corvo, told reporters "
        "it was bold.",
        "“This is a fine night!” Tarrant’s plan won and governor Lina Corvo said it was bold.",
    ):
        for got in both(f"{LEAD}{after}"):
            assert ["Lina Corvo"] not in got, (after, got)


def test_two_roles_with_no_name_after_them_are_nobody() -> None:
    # the possessive's friend speaks, named nowhere: nobody, never the issuer
    cue = "Tarrant’s longtime friend and campaign treasurer told the crowd."
    text = f"{LEAD}{FIRST} {cue} {SECOND}"
    for got in both(text):
        assert got == [[], []], got
