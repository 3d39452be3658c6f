"""No words between a release's start and its body's start are dropped by the head reader:
each is in the headline, the subheadline, the lead, a date or contact field, or in release
metadata the reader takes out (share buttons). `scripts/release_head_loss.py` counts the
corpus releases that lose words."""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head


def _kept(head) -> list[str]:
    parts = (head.letterhead, head.released, head.contact, head.headline, head.subheadline)
    return " ".join(p for p in (*parts, head.lead, head.rest) if p).split()


def _nothing_lost(text: str, head, metadata: tuple[str, ...] = ()) -> None:
    kept = _kept(head) + [w for m in metadata for w in m.split()]
    assert [w for w in text.split() if w not in kept] == []


# A member named with a party code after words of a sentence that it goes on (a verb,
# `by`) does not open the body: the words before it would be in neither head nor body.
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Roe to Serve as Ranking Member of Harbor Subcommittee share: f t For the 113th "
            "Congress, the Harbor Committee recommended U.S. Rep. Ann Roe (OR-02) to serve as "
            "a ranking member of the Dredging Subcommittee. She starts in March.",
            "U.S. Rep. Ann Roe (OR-02) to serve",
        ),
        (
            "Roe Calls for Passage of Harbor Act Harbor Act would open the channel to barges "
            "Thursday, April 14, 2016 U.S. Senator Ann Roe was joined at a press conference by "
            "U.S. Senators Tod Vail (D-OR) and Bram Vail (D-WA) to talk about the harbor. "
            "They said the channel must open.",
            "U.S. Senators Tod Vail (D-OR) and",
        ),
        (
            "Dredging the harbor keeps the port open for the barges of the whole valley. share: "
            "f t The Harbor Board tonight approved the Channel Act. This bill, introduced by "
            "Congresswoman Ann Roe (D-OR), opens the channel to barges. She thanked the board.",
            "Congresswoman Ann Roe (D-OR), opens",
        ),
    ],
)
def test_a_member_lead_inside_a_sentence_opens_no_body(text, lead):
    head = split_release_head(text)
    assert not head.rest.startswith(lead)
    _nothing_lost(text, head, ("share:", "f", "t"))


# The member's lead right after the title, or after metadata and the title, still opens
# the body under that headline.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Backs Harbor Dredging Plan Congresswoman Ann Roe (D-OR) today backed the "
            "board's plan to dredge the channel.",
            "Roe Backs Harbor Dredging Plan",
        ),
        (
            "Thursday, April 14, 2016 Roe Backs Harbor Dredging Plan U.S. Rep. Ann Roe (OR-02) "
            "today backed the board's plan to dredge the channel.",
            "Roe Backs Harbor Dredging Plan",
        ),
    ],
)
def test_a_member_lead_after_the_title_still_opens_the_body(text, headline):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.rest.startswith(("Congresswoman Ann Roe", "U.S. Rep. Ann Roe"))
    _nothing_lost(text, head)


# A teaser, share buttons, then the title and the member's lead: the title is the
# headline and the teaser, which the release does not print again, opens the body.
def test_a_teaser_before_share_buttons_and_the_title_is_kept():
    text = (
        "Dredging keeps the port open for the barges of the whole valley. share: f t Roe "
        "Backs Harbor Dredging Plan Congresswoman Ann Roe (D-OR) today backed the board's "
        "plan to dredge the channel."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Backs Harbor Dredging Plan"
    assert head.lead == "Dredging keeps the port open for the barges of the whole valley."
    assert head.rest.startswith("Congresswoman Ann Roe (D-OR) today")
    _nothing_lost(text, head, ("share:", "f", "t"))


# A contact's name glued by a slash to the phone number after it is the contact's, and
# the title after it still heads the member's lead.
def test_a_contacts_name_before_a_slash_is_the_contacts():
    text = (
        "FOR IMMEDIATE RELEASE: May 4, 2010 CONTACT: Tod Vail/202-555-0143 ROE BACKS HARBOR "
        "DREDGING PLAN Congresswoman Ann Roe (D-OR) today backed the board's plan to dredge "
        "the channel."
    )
    head = split_release_head(text)
    assert head.headline == "ROE BACKS HARBOR DREDGING PLAN"
    assert head.contact is not None and "Tod Vail" in head.contact
    _nothing_lost(text, head, ("FOR", "IMMEDIATE", "RELEASE:", "CONTACT:", "Vail/202-555-0143"))


# After a teaser and share buttons, a title in capitals run into words in another case
# has no sure end: no headline, and nothing lost.
def test_a_title_in_capitals_run_into_a_deck_after_a_teaser_gives_no_headline():
    text = (
        "Students from every school in the valley may enter the art show. share: f t ROE "
        "ANNOUNCES 2014 HARBOR ART SHOW Entries from Young Artists Accepted Now through May "
        "4th Congresswoman Ann Roe (D-OR) today opened the harbor art show to students."
    )
    head = split_release_head(text)
    assert head.headline in (None, "ROE ANNOUNCES 2014 HARBOR ART SHOW")
    _nothing_lost(text, head, ("share:", "f", "t"))


# A title whose last words are a role running into the member's name ("… Harbor Caucus
# Secretary Congresswoman Ann Roe (R-NC) …", "… Grant Chairman U.S. Rep. Ann Roe …") has no
# sure end: the role may be the member's, a deck may stand between. No headline, and the
# role words are not put in one.
@pytest.mark.parametrize(
    "text",
    [
        "Corvale harbor fees will rise for every barge in the valley next year. share: f t "
        "Harbors Have to Pay Harbor Caucus Plan Restores Ferries, Funds Docks in 10 Years "
        "Harbor Caucus Secretary Congresswoman Ann Roe (R-NC) today issued the following "
        "statement on the harbor plan. She said the fees must fall.",
        "Roe Hails Harbor Grant Chairman U.S. Rep. Ann Roe (OR-02) today praised the grant "
        "for the Corvale harbor. She thanked the board.",
        "Vail Hails Corvale Dock Grant Ranking Member Rep. Tod Vail (OR-02) today praised the "
        "grant for the Corvale docks. He thanked Wes Tarrant.",
    ],
)
def test_a_title_ending_in_the_members_role_gives_no_headline(text):
    head = split_release_head(text)
    assert head.headline is None
    _nothing_lost(text, head, ("share:", "f", "t"))


# A title ending in another word still heads the member's lead.
def test_a_title_ending_in_no_role_heads_the_member_lead():
    text = (
        "Vail Backs Corvale Dredging Plan Senator Tod Vail (D-OR) today praised the plan. "
        "He thanked Wes Tarrant."
    )
    head = split_release_head(text)
    assert head.headline == "Vail Backs Corvale Dredging Plan"
    assert head.rest.startswith("Senator Tod Vail (D-OR) today")


# A link's label reads past a member's short title (`Rep.`, `Sen.`, `U.S.`) to the date
# glued to its end: the title before it heads the member's lead.
def test_a_link_label_naming_a_member_is_read_whole():
    text = (
        "Ann Roe opposes the harbor toll Click here to watch Rep. Roe’s video messageMay 9, "
        "2013 U.S. Rep. Ann Roe (R-Ore.) issued the following statement on the toll for "
        "Corvale. She said it hurts the docks."
    )
    head = split_release_head(text)
    assert head.headline == "Ann Roe opposes the harbor toll"
    assert head.rest.startswith("U.S. Rep. Ann Roe (R-Ore.) issued")
