"""A role's owner is not its holder (`Tom Holt’s aide Ben Fisk said`); a firm's name is
never a person's nor cut to one of its words (`Johnson & Johnson`, `Feeding America`); an
opening `For his part,` that does not fit the person the name was read as gives nobody."""

from __future__ import annotations

from tests.issuer_release import HEAD, LEAD, bare, release, speakers

_PLAN = "“We have the votes and we will bring it to the floor this week,”"


def test_the_person_named_after_an_owners_role_speaks_not_the_owner() -> None:
    for role in ("aide", "spokesman", "chief of staff", "campaign manager"):
        text = (
            f"{HEAD}WASHINGTON – Senator Tom Holt’s {role} Ben Fisk said the plan would pass "
            f"before the recess.\n\n{_PLAN} he said."
        )
        for quotes in (bare(text), release(text)):
            found = speakers(quotes)
            assert ["Tom Holt"] not in found, role
            assert found[-1] == ["Ben Fisk"], role


def test_an_owners_role_before_a_name_of_the_other_sex_leaves_the_owner_unnamed() -> None:
    text = (
        f"{HEAD}WASHINGTON – Tom Holt’s chief of staff Ann Roe said the plan would pass "
        f"before the recess.\n\n{_PLAN} she said."
    )
    for quotes in (bare(text), release(text)):
        found = speakers(quotes)
        assert found[-1] == ["Ann Roe"]
        assert ["Tom Holt"] not in found


def test_a_possessive_before_a_thing_or_a_place_is_still_no_person() -> None:
    text = (
        f"{HEAD}DOVER – Ann Holt’s campaign Ben Fisk joined on Monday was a success. "
        "“We will win the county,” Holt said."
    )
    assert speakers(bare(text))[-1] == ["Ann Holt"]


def test_single_words_joined_by_an_ampersand_are_a_firm_never_a_surname() -> None:
    for firm in ("Johnson & Johnson", "Procter & Gamble", "Harlow & Vance"):
        text = f"{HEAD}DOVER – {firm} said “We will donate ten million meals to families.”"
        for quotes in (bare(text), release(text)):
            found = speakers(quotes)
            assert not any(len(s) == 1 and " " not in s[0] for s in found), (firm, found)


def test_people_named_in_full_and_joined_by_an_ampersand_stay_people() -> None:
    text = f"{HEAD}DOVER – Ann Holt & Ben Fisk said “We will rebuild the pier this year.”"
    (found,) = speakers(bare(text))
    assert "Ben Fisk" in found and all(" " in name for name in found)


def test_a_body_named_for_its_land_is_not_cut_to_the_lands_name() -> None:
    for body in ("Feeding America", "Teach For America", "Rebuilding Ohio"):
        text = f"{HEAD}DOVER – According to {body}, “Demand has doubled since the spring.”"
        for quotes in (bare(text), release(text)):
            for s in speakers(quotes):
                assert s in ([], [body]), (body, s)


def test_a_participle_opening_a_sentence_before_a_place_and_comma_is_still_dropped() -> None:
    text = (
        f"{HEAD}{LEAD}Visiting Ohio, Quill toured the port. “The channel must be dredged,” "
        "Quill said."
    )
    assert speakers(release(text))[-1] == ["Nora Quill"]


def test_a_part_phrase_of_the_other_sex_gives_nobody() -> None:
    lead = "DENVER – Mary Vail, the county clerk, opened the new office on Monday.\n\n"
    said = "“The office will serve every voter in the county.”"
    text = f"{HEAD}{lead}For his part, Vail said {said}"
    assert speakers(bare(text)) == [[]]
    text = f"{HEAD}{lead.replace('Mary', 'Tom')}For her part, Vail said {said}"
    assert speakers(bare(text)) == [[]]


def test_a_part_phrase_of_the_named_persons_sex_keeps_them() -> None:
    lead = "DENVER – Mary Vail opened the new office on Monday with Ben Cole.\n\n"
    text = (
        f"{HEAD}{lead}For his part, Cole said “The office will serve every voter.” "
        "For her part, Vail said “We are ready.”"
    )
    assert speakers(bare(text)) == [["Ben Cole"], ["Mary Vail"]]


def test_a_first_name_two_people_share_gives_nobody() -> None:
    text = (
        f"{HEAD}DENVER – Ann Holt opened the shelter on Monday. Ann Reed ran the kitchen.\n\n"
        "“We served four hundred meals before noon,” Ann said."
    )
    assert speakers(bare(text)) == [[]]


def test_an_unnamed_role_noun_takes_the_next_pronoun_from_a_titled_person() -> None:
    for subject, person, pronoun in (
        ("The officer", "Rep. Ben Fisk", "he"),
        ("The spokeswoman", "Rep. Ann Reed", "she"),
        ("A spokesman for the agency", "Rep. Ben Fisk", "he"),
    ):
        text = (
            f"{HEAD}WASHINGTON – {person} toured the depot. {subject} said the road "
            f"would reopen on Friday. “We thank drivers for their patience,” {pronoun} said."
        )
        for quotes in (bare(text), release(text)):
            found = speakers(quotes)
            assert all(s == [] for s in found), (subject, found)


def test_an_owners_unnamed_aide_takes_the_next_pronoun_from_the_owner() -> None:
    for subject in ("His aide", "Senator Tom Holt’s aide", "Holt’s spokesman"):
        text = (
            f"{HEAD}WASHINGTON – Senator Tom Holt met the board on Monday. {subject} said "
            "the plan would pass. “We have the votes,” he said."
        )
        assert ["Tom Holt"] not in speakers(bare(text)), subject


def test_a_role_noun_the_persons_office_fits_still_renames_them() -> None:
    for title, noun in (("Mayor", "mayor"), ("Senator", "senator"), ("Rep.", "congresswoman")):
        text = (
            f"{HEAD}WASHINGTON – {title} Ann Reed toured the depot. The {noun} said the road "
            "would reopen on Friday. “We thank drivers for their patience,” she said."
        )
        assert speakers(bare(text))[-1] == ["Ann Reed"], title
