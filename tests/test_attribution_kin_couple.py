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

