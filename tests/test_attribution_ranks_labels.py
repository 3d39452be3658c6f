"""A rank before a surname alone is the speaker's role, not part of the name."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from tests.issuer_release import HEAD, bare, release, speakers

PIER = "WASHINGTON – The town opened its new pier on Monday.\n\n"
WORDS = "“We will keep the pier open all winter for the ferry crews,”"


def test_major_before_a_surname_alone_is_a_rank_like_colonel() -> None:
    for rank in ("Major", "Colonel", "Sergeant"):
        for said in (f"{WORDS} said {rank} Tolver.", f"{WORDS} {rank} Tolver said."):
            text = f"{HEAD}{PIER}{said}"
            assert speakers(bare(text)) == [["Tolver"]], said
            assert speakers(release(text)) == [["Tolver"]], said
            roles = {s.name: s.role for s in parse_text_bounded(text).speakers}
            assert roles == {"Tolver": rank}, said


def test_major_as_a_given_name_keeps_the_full_name() -> None:
    # a first name after `Major` makes it the rank of a named person, not the name
    text = f"{HEAD}{PIER}{WORDS} said Major Ivo Tolver."
    assert speakers(bare(text)) == [["Ivo Tolver"]]
    # two people of that surname: `Major Tolver` may be either, so the rank stays
    text = f"{HEAD}{PIER}Major Ivo Tolver and Ann Tolver came. {WORDS} said Major Tolver."
    assert speakers(bare(text)) == [["Major Tolver"]]
