"""Role words, statement labels and joint openers that gave the wrong person: a council
title kept in the name, a newspaper read as the author of an editorial, a role noun
left unresolved given to the issuer."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

PIER = "MILLBROOK, OH – Rep. Wes Threlkeld walked the new fishing pier on Friday.\n\n"
WORDS = "“The pier will stay open to every family, all year long.”"


def test_a_council_or_town_title_before_a_name_is_a_role_not_part_of_the_name() -> None:
    for role in (
        "Councilor",
        "Councillor",
        "Councilmember",
        "Alderman",
        "Alderwoman",
        "Selectman",
        "Councilperson",
    ):
        for said in (f"{role} Bea Lundgren said {WORDS}", f"{WORDS} said {role} Bea Lundgren."):
            text = f"{HEAD}{PIER}{said}"
            assert speakers(bare(text)) == [["Bea Lundgren"]], said
            assert speakers(release(text, "wes_threlkeld")) == [["Bea Lundgren"]], said
