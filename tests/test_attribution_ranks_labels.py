"""A rank before a surname alone is the speaker's role, not part of the name; a label whose
group's name holds a verb still names the person after its role word."""

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


LEAD = "DOVER, OH – Congresswoman Nora Quill held a hearing on the pier on Tuesday.\n\n"
STATEMENT = "“We will keep the pier open all winter for the ferry crews.”"


def test_a_label_of_a_group_whose_name_holds_a_verb_names_its_holder() -> None:
    for label in ("Boats Are Life Director Ann Tolver:", "Kids Are First President Ivo Tolver:"):
        text = f"{HEAD}{LEAD}{label} {STATEMENT}"
        want = [label.split()[-2] + " " + label.split()[-1].rstrip(":")]
        assert speakers(bare(text))[-1] == want, label
        assert speakers(release(text))[-1] == want, label


def test_a_heading_clause_about_a_titled_person_still_names_nobody() -> None:
    for label in ("Crews Are Thanked By Mayor Ann Tolver:", "Piers Must Stay Open:"):
        text = f"{HEAD}{LEAD}{label} {STATEMENT}"
        assert speakers(bare(text))[-1] == [], label


def test_a_heading_verb_that_may_take_the_name_as_object_still_names_nobody() -> None:
    for label in (
        "Senate Must Confirm Director Ann Tolver:",
        "The Winner Is Director Ann Tolver:",
        "Crews Are Honored Director Ann Tolver:",
    ):
        text = f"{HEAD}{LEAD}{label} {STATEMENT}"
        assert speakers(bare(text))[-1] == [], label
