"""A title told with a verb (or a member's `Statement on …`) and a deck in sentence case
under it, before a lead naming the member with a party code and no dateline: the title
is the headline and the line under it the deck, as before a dateline (`… on Booming
Harbor Economy | Critics cannot deny growth Congresswoman Ann Roe (OR-02) …`). Where the
boundary is not sure the line stays whole, as before: a name or a subject of two
capitalised words across it, a deck not in sentence case, a line that is no told title.

Invented text only.
"""

import pytest

from importers.release_head import split_release_head

_LEAD = (
    " Congresswoman Ann Roe (OR-02), member of the Harbor Committee, today released the "
    "following statement. “The harbor will grow,” Roe said."
)


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            "Roe Statement on Booming Harbor Economy Critics cannot deny growth",
            "Roe Statement on Booming Harbor Economy",
            "Critics cannot deny growth",
        ),
        (
            "FOR IMMEDIATE RELEASE October 19, 2006 CONTACT: Tod Vail (202) 555-0100 (Office) "
            "Roe Statement on Booming Harbor Economy Critics cannot deny growth",
            "Roe Statement on Booming Harbor Economy",
            "Critics cannot deny growth",
        ),
        (
            "Roe Applauds Board Approval of Harbor Nominee Urges quick consideration of "
            "nominee by full board",
            "Roe Applauds Board Approval of Harbor Nominee",
            "Urges quick consideration of nominee by full board",
        ),
        (
            "Roe Lauds Passage of Ferry Safety Act Measure protects rights of island boaters",
            "Roe Lauds Passage of Ferry Safety Act",
            "Measure protects rights of island boaters",
        ),
    ],
)
def test_sentence_case_deck_under_told_title(head: str, headline: str, deck: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.headline == headline
    assert parsed.subheadline == deck
    assert parsed.rest.startswith("Congresswoman Ann Roe (OR-02)")


@pytest.mark.parametrize(
    "head",
    [
        # a line in sentence case alone
        "Changes to harbor routes will help island towns grow",
        "Roe Statement on the harbor economy and its growth",
        # two capitalised words before the deck's first lower-case word: which opens it?
        "Roe Hails Harbor Grant Dredging begins in May as board signs the plan",
        "Roe Joins Fellow Members in Condemning Vail’s Remarks Democratic Members call for apology",
        # the deck's first word may end a name of several words before it
        "Roe Calls for Passage of Ferry Act Island Harbor Act would dredge every slip",
        "Roe Calls for Passage of Ferry Safety Act Corvale Dredging Plan would open every slip",
        # the deck's first word is a name's last with the title's last word
        "Roe Lauds Pay Raise for Wounded Sailors Governor Vail signs bill raising their pay",
    ],
)
def test_line_stays_whole(head: str) -> None:
    body = " Governor Vail signed it." if "Governor Vail" in head else ""
    parsed = split_release_head(head + _LEAD + body, "Ann Roe")
    assert parsed.headline == head
    assert parsed.subheadline is None


@pytest.mark.parametrize(
    "head",
    [
        # a body's sentence cut before the member it names: no told title above it
        "Members of the Corvale Harbor Caucus joined in opposition to a plan put forward by",
        "Former Corvale Mayor Tod Vail Jr. passed away on Thursday, January 11.",
        "Deputy Secretary of the Harbor Board Tod L. Vail has announced $2 million for the "
        "dredging of the harbor.",
        "What: “Harbor at Your Corner” event to meet with boaters.",
        # lower-case words inside the title: the deck is not in sentence case
        "Roe Applauds Passage of Her Bill to End Gag Clauses that Force Boaters to Pay More "
        "Legislation now goes to the Governor",
    ],
)
def test_no_cut_inside_a_sentence(head: str) -> None:
    parsed = split_release_head(head + _LEAD, "Ann Roe")
    assert parsed.subheadline is None
