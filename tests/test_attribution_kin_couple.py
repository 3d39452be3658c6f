"""A surname alone after a couple named in full with that surname (`Ron Holt and his
wife, Ann Holt`) is nobody's: it names either of the two, never the one named nearest.
A title of one sex picks one (`said Mrs. Holt`)."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
COUPLE = "Ron Holt and his wife, Ann Holt, attended the launch."


def test_a_lone_surname_after_a_same_surname_couple_is_nobodys() -> None:
    for said in (
        f"{COUPLE} “We are thrilled,” said Holt.",
        f"{COUPLE} Holt said: “We are thrilled to be here.”",
        f"{COUPLE}\n\n“We are thrilled,” Holt said.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said


def test_a_title_of_one_sex_picks_one_of_the_couple() -> None:
    text = f"{HEAD}{BRIDGE}{COUPLE} “We are thrilled,” said Mrs. Holt."
    assert speakers(bare(text)) == [["Ann Holt"]]
    assert speakers(release(text)) == [["Ann Holt"]]


def test_one_person_of_the_surname_still_speaks_by_it() -> None:
    text = (
        f"{HEAD}{BRIDGE}Ron Holt and his wife, Ann Birch, attended. “We are thrilled,” said Holt."
    )
    assert speakers(bare(text)) == [["Ron Holt"]]


def test_a_title_of_one_sex_after_a_couple_is_the_one_his_or_her_and_the_kin_noun_give() -> None:
    for couple in (
        "Ned Farrow and his wife, Ida Farrow, opened the bakery.",
        "Ida Farrow and her husband, Ned Farrow, opened the bakery.",
    ):
        for said in (
            "“We baked all night,” said Mr. Farrow.",
            "Mr. Farrow said: “We baked all night for the town.”",
            "“We baked all night,” said Mrs. Farrow.",
            "“We baked all night,” said Ms. Farrow.",
        ):
            text = f"{HEAD}{BRIDGE}{couple} {said}"
            name = "Ned Farrow" if "Mr." in said else "Ida Farrow"
            assert speakers(bare(text)) == [[name]], (couple, said)
            assert speakers(release(text)) == [[name]], (couple, said)
    # a kin noun of no sex does not tell the two apart: nobody
    for said in ("“We baked all night,” said Mr. Farrow.", "Mr. Farrow said: “We baked all.”"):
        text = f"{HEAD}{BRIDGE}Ned Farrow and his spouse, Kim Farrow, opened it. {said}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said


def test_a_kin_appositive_of_the_same_surname_leaves_a_lone_surname_or_pronoun_nobodys() -> None:
    intro = "Owen Farrow, son of Senator Ned Farrow, toured the bakery."
    for said in (
        f"{intro} “We baked all night,” said Farrow.",
        f"{intro} Farrow said: “We baked all night for the town.”",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text))[-1] == [], said
        assert speakers(release(text))[-1] == [], said
    # `he` after the son's cue is never the senator named in the son's appositive
    for gap in (" ", "\n\n"):
        said = "“We baked all night,” said Owen Farrow, son of Senator Ned Farrow."
        text = f"{HEAD}{BRIDGE}{said}{gap}He added: “The town was hungry.”"
        for got in (bare(text), release(text), release(text, "ned_farrow")):
            assert speakers(got)[-1] in ([], ["Owen Farrow"]), gap
    # a kin of the other sex than the pronoun leaves it to the relative
    text = (
        f"{HEAD}{BRIDGE}Ida Farrow, daughter of Senator Ned Farrow, toured the bakery."
        " He said: “We baked all night for the town.”"
    )
    assert speakers(bare(text)) == [["Ned Farrow"]]


def test_a_title_after_a_couple_needs_the_husband_right_before_and_his_kin() -> None:
    # another person of the surname between the husband and `and his wife`: nobody
    for couple in (
        "Ron Holt, brother of Tim Holt, and his wife, Ann Holt, toured the plant.",
        "Ron Holt, who worked beside Tim Holt for years, and his wife, Ann Holt, toured it.",
        "Tim Holt met Ron and his wife, Ann Holt, at the plant.",
    ):
        for said in (
            "“We saw the new line,” said Mr. Holt.",
            "Mr. Holt said: “We saw the new line at the plant.”",
        ):
            text = f"{HEAD}{BRIDGE}{couple} {said}"
            assert speakers(bare(text))[-1] == [], (couple, said)
            assert speakers(release(text))[-1] == [], (couple, said)
    # an aside naming no other Holt leaves the husband his title
    text = (
        f"{HEAD}{BRIDGE}Ron Holt, a retired welder, and his wife, Ann Holt, toured the plant."
        " “We saw the new line,” said Mr. Holt."
    )
    assert speakers(bare(text)) == [["Ron Holt"]]
    assert speakers(release(text)) == [["Ron Holt"]]
