"""A statement with no cue after a lead that names several tagged members in one list
(`Ann Roe (D-Ore.), Ranking Member of … Bram Vail (D-Ore.), and … Wes Tarrant (D-Ore.)
issued the following statement:`) is the group's, never the first member's alone; a lead
naming one member keeps its statement.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

WORDS = (
    " issued the following statement:“The vote is a setback for the harbor. We believe the"
    " plan is far too broad.“As senior members of the Committee, we have long fought"
    " against the plan. We voiced our concerns. “And while the vote confirms our fears, we"
    " will keep working.”"
)


@pytest.mark.parametrize(
    "members",
    [
        "Ranking Member of the Harbor Committee Ann Roe (D-Ore.), Ranking Member of the"
        " Subcommittee on Tides and Docks Bram Vail (D-Ore.), and Ranking Member of the"
        " Subcommittee on Piers, Boats, and Ferries Wes Tarrant (D-Ore.)",
        "Ranking Member of the Harbor Committee Ann Roe (D-Ore.), Ranking Member of the"
        " Subcommittee on Tides and Docks Bram “Skip” Vail (D-Ore.), and Ranking Member of"
        " the Subcommittee on Piers, Boats, and Ferries Wes Tarrant (D-Ore.)",
    ],
)
def test_a_statement_after_several_tagged_members_is_never_the_first_alone(members: str) -> None:
    text = "WASHINGTON, DC - Following the vote, " + members + WORDS
    for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
        assert all(s in ([], ["Ann Roe", "Bram Vail", "Wes Tarrant"]) for s in got), got


def test_a_statement_after_one_tagged_member_is_that_members() -> None:
    text = (
        "WASHINGTON, DC - Following the vote, Ranking Member of the Harbor Committee Ann Roe"
        " (D-Ore.), who chairs the caucus, issued the following statement: “The vote is a"
        " setback for the harbor. I believe the plan is far too broad. “I will keep working.”"
    )
    assert speakers(bare(text)) == [["Ann Roe"], ["Ann Roe"]]


LIST_LEAD = (
    "WASHINGTON, DC - Senators Ann Roe (D-Ore.) and Bram Vail (R-Ore.), co-chairs of the"
    " Harbor Caucus, spoke at the Corvale pier on Monday. "
)


def test_words_going_on_from_the_first_members_cue_stay_hers() -> None:
    text = LIST_LEAD + (
        "“The harbor is the heart of this town,” said Roe. “We hope the Board will fund"
        " the dredging this year.”"
    )
    for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
        assert got == [["Ann Roe"], ["Ann Roe"]]


def test_words_under_the_first_members_label_stay_hers() -> None:
    text = LIST_LEAD + (
        "Senator Roe on the harbor: “I believe the harbor is the heart of this town, and we"
        " will fund the dredging this year.”"
    )
    assert speakers(bare(text)) == [["Ann Roe"]]


def test_words_before_a_cue_naming_the_first_member_stay_hers() -> None:
    text = LIST_LEAD + (
        "“Our plan keeps the harbor open all winter and I am glad the Board agrees.” said"
        " Rep. Roe whose district holds the whole pier."
    )
    assert speakers(bare(text)) == [["Ann Roe"]]


@pytest.mark.parametrize("title", ["Rep.", "Congressmember", "Delegate", "Congresswoman"])
def test_a_cue_naming_the_first_member_by_any_members_title_keeps_her_words(title: str) -> None:
    text = LIST_LEAD + (
        "“Our plan keeps the harbor open all winter and I am glad the Board agrees.” said"
        f" {title} Ann Roe whose district holds the whole pier."
    )
    assert speakers(bare(text)) == [["Ann Roe"]]
