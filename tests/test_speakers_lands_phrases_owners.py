"""A person whose surname is spelt as a land or a state's postal code is still a person
(`Huateng Ma`, `Kwabena Jordan`); only the fixed phrases `For his part`, `In her view`,
`By his own account` weigh against the named person's sex; a place's possessive before
an office noun (`Ohio’s senior senator`), an owner of any kind and a capitalised word
before the noun (`The Texas senator`) make the noun somebody else's: a later pronoun is
nobody's."""

from __future__ import annotations

from importers.speakers import named_for_place
from tests.issuer_release import HEAD, bare, release, speakers

_LAB = "“We will publish our first results in June,”"


def test_a_surname_spelt_as_a_postal_code_or_a_land_is_a_persons() -> None:
    for lead, name, pronoun in (
        ("BEIJING", "Huateng Ma", "he"),
        ("DOVER", "Kwabena Jordan", "he"),
        ("DOVER", "Aylin Georgia", "she"),
    ):
        text = (
            f"{HEAD}{lead} – Ben Cole opened the lab on Monday. {name}, its director, said "
            f"the lab would hire forty people.\n\n{_LAB} {pronoun} said."
        )
        for quotes in (bare(text), release(text)):
            found = speakers(quotes)
            assert found and found[-1] == [name], (name, found)
            assert ["Ben Cole"] not in found, name


def test_a_person_named_in_a_cue_with_a_land_surname_speaks() -> None:
    for cue in ("said Huateng Ma, the lab's director.", "said Kwabena Jordan."):
        text = f"{HEAD}BEIJING – Ben Cole opened the lab on Monday.\n\n{_LAB} {cue}"
        assert speakers(bare(text))[-1] == [" ".join(cue.split()[1:3]).rstrip(",.")], cue


def test_only_a_common_word_before_a_written_out_land_names_a_body() -> None:
    for body in ("Feeding America", "Teach For America", "Rebuilding Ohio"):
        assert named_for_place(body.split()), body
    for person in ("Huateng Ma", "Kwabena Jordan", "Oluwaseun Kenya", "Ann Georgia", "Li In"):
        assert not named_for_place(person.split()), person


def test_an_opening_phrase_with_another_possessive_keeps_the_speaker() -> None:
    lead = "DENVER – Ann Reed announced the grant on Monday.\n\n"
    for opening, said in (
        ("After her death,", "“The county owes her a great deal.”"),
        ("With her help,", "“We finished the shelter in June.”"),
    ):
        text = f"{HEAD}{lead}{opening} Tom Holt said {said}"
        assert speakers(bare(text))[-1] == ["Tom Holt"], opening
    text = (
        f"{HEAD}DENVER – Sen. Ann Reed opened the clinic.\n\nIn his honor, Reed said "
        "“This clinic carries my father's name.”"
    )
    assert speakers(bare(text))[-1] == ["Ann Reed"]


def test_the_fixed_part_phrases_of_the_other_sex_still_give_nobody() -> None:
    lead = "DENVER – Mary Vail, the county clerk, opened the new office on Monday.\n\n"
    for opening in ("For his part,", "In his view,", "In his opinion,", "By his own account,"):
        text = f"{HEAD}{lead}{opening} Vail said “The office will serve every voter.”"
        assert speakers(bare(text)) == [[]], opening


def test_an_owned_or_named_office_noun_is_somebody_else() -> None:
    lead = f"{HEAD}WASHINGTON – Sen. Tom Holt (R-Ohio) toured the port on Monday. "
    for subject in ("Texas’s senior senator", "Ohio’s senior senator", "The Texas senator"):
        text = (
            f"{lead}{subject} said the channel must be dredged. “We will find the money,” he said."
        )
        for quotes in (bare(text), release(text)):
            assert speakers(quotes)[-1] == [], subject
    text = (
        f"{HEAD}DOVER – Ben Cole, a spokesman for the mayor, said the line would close. "
        "Kwabena Dube’s spokesman said the union would strike.\n\n"
        "“We will not drive on Monday,” he said."
    )
    assert speakers(bare(text))[-1] == []


def test_the_office_noun_alone_still_renames_the_person() -> None:
    text = (
        f"{HEAD}WASHINGTON – Sen. Tom Holt toured the port on Monday. The senator said the "
        "channel must be dredged. “We will find the money,” he said."
    )
    assert speakers(bare(text))[-1] == ["Tom Holt"]


def test_a_persons_aide_still_takes_the_pronoun_from_the_owner() -> None:
    for subject in ("Senator Tom Holt’s aide", "Holt’s spokesman", "His aide"):
        text = (
            f"{HEAD}WASHINGTON – Senator Tom Holt met the board on Monday. {subject} said "
            "the plan would pass. “We have the votes,” he said."
        )
        assert ["Tom Holt"] not in speakers(bare(text)), subject
