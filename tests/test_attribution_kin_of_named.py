"""`he`/`she` after kin left unnamed of a person the text names (`The mother of Lise Dorn
testified before the board. She said:`): the pronoun's antecedent is the unnamed kin,
the sentence's subject; nobody's, never the person named after `of`."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
HARBOR = "“We will keep the harbor open all winter for our fishing families.”"


def test_a_pronoun_after_unnamed_kin_of_a_named_person_is_nobodys() -> None:
    for said in (
        "The mother of Lise Dorn testified before the board. She said:",
        "The father of Tomas Brill spoke at the hearing. He said:",
        "The widow of Sergeant Ivo Marsh testified on Friday. She told the panel:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said


def test_kin_of_the_other_sex_leaves_the_named_person_the_pronoun() -> None:
    # `she` is not the father: Lise Dorn may be the one who speaks, as before
    said = "The father of Lise Dorn testified before the board. She said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Lise Dorn"]]


def test_a_named_kin_still_speaks() -> None:
    said = "Ada Dorn, the mother of Lise Dorn, testified before the board. She said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Ada Dorn"]]


def test_a_pronoun_does_not_reach_past_unnamed_kin_of_the_other_sex_to_kin_of_its_own() -> None:
    for said in (
        "The mother of Wenna Troake testified. The father of Wenna Troake spoke next. She said:",
        "The mother of Wenna Troake testified.\n\nThe father of Wenna Troake spoke. She said:",
        "The son of Wenna Troake testified. The daughter of Wenna Troake spoke. He said:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said
        assert speakers(release(text, "wenna_troake")) == [[]], said
    # no kin of the pronoun's sex before: the named person keeps it, as before
    text = f"{HEAD}{BRIDGE}The father of Wenna Troake testified. She said: {HARBOR}"
    assert speakers(bare(text)) == [["Wenna Troake"]]


def test_grand_step_and_unsexed_kin_left_unnamed_take_the_pronoun_too() -> None:
    for said in (
        "The granddaughter of Wenna Troake testified before the board. She said:",
        "The stepson of Orrin Blay spoke at the hearing. He said:",
        "The cousin of Wenna Troake testified before the board. She said:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said
