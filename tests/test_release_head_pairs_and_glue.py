"""Run-in heads whose boundary a hyphen pair, an acronym or a glued weekday hides.

Invented text only. Where no boundary is sure, no place and no headline are given rather
than a wrong one, and no word of the head is lost.
"""

import pytest

from importers.records import document_from_record
from importers.release_head import _metadata_in, split_release_head


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


# Hyphens set as quotation marks around a title's phrase (`-GREEN FLEET-`): the opening
# one, after a space, is no dash ending a dateline, so the title's first words are no place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ROE BACKS -GREEN FLEET- BUS PLAN Rep. Ann Roe today announced her support for "
            "the plan to buy new buses for the Corvale fleet.",
            None,
        ),
        (
            "ROE HAILS -BLUE DAYTON- GRANT Rep. Ann Roe today praised the grant for the "
            "Corvale port.",
            None,
        ),
        (
            "ROE BACKS -GREEN FLEET- BUS PLAN CORVALE, OR – Rep. Ann Roe today announced "
            "her support for the plan.",
            "CORVALE",
        ),
    ],
)
def test_a_hyphen_pair_opening_is_no_dateline_dash(text, place):
    doc = _doc(text)
    assert (doc.dateline.place if doc.dateline else None) == place
    assert doc.headline in (None, text.split(" Rep.")[0].split(" CORVALE")[0])


# … while a hyphen set as a dash before the lead is one: no word closes a pair after it.
@pytest.mark.parametrize(
    "text",
    [
        "Roe Hails Harbor Grant CORVALE, OR -Rep. Ann Roe (D-OR) today praised the grant.",
        "Roe Hails Harbor Grant CORVALE, OR -The harbor board, with the pre-K center, won.",
    ],
)
def test_a_hyphen_dash_before_the_lead_still_ends_the_dateline(text):
    doc = _doc(text)
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"
    assert doc.headline == "Roe Hails Harbor Grant"


# An acronym in capitals ending a title in Title Case (`… Open Gov TV`) is the title's,
# not the first word of an unknown place in capitals after it.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Receives Harbor Champion AwardFrom Open Gov TV CORVALE, OR – Rep. Ann Roe "
            "today received an award from the channel.",
            "Roe Receives Harbor Champion AwardFrom Open Gov TV",
        ),
        (
            "Roe Praises Harbor Jobs Plan of the Corvale NPR CORVALE, OR – Rep. Ann Roe "
            "today praised the plan.",
            "Roe Praises Harbor Jobs Plan of the Corvale NPR",
        ),
    ],
)
def test_an_acronym_ending_a_title_is_no_place_word(text, headline):
    doc = _doc(text)
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"
    assert doc.headline == headline


# … but a short word with a vowel may open the place's name ("RED CORVALE", "EL
# CORVALE"): the place keeps it.
@pytest.mark.parametrize("place", ["EL CORVALE", "RED CORVALE", "OAK CORVALE"])
def test_a_short_word_with_a_vowel_before_an_unknown_place_is_the_place_s(place):
    doc = _doc(f"Roe Praises Harbor Jobs Plan {place}, TX – Rep. Ann Roe today praised the plan.")
    assert doc.dateline is not None and doc.dateline.place == place


# A weekday glued to a word that names a day with another weekday only (`Small Business
# Saturday`) is no one word with it: `BusinessTuesday` is a title run into its deck.
@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (
            "Roe Hosts Forum on Local BusinessTuesday Vote Set on Harbor Bill CORVALE, OR – "
            "Rep. Ann Roe today hosted a forum.",
            "Roe Hosts Forum on Local Business",
            "Tuesday Vote Set on Harbor Bill",
        ),
        (
            "Roe Marks Small Business Saturday at Corvale Shops CORVALE, OR – Rep. Ann Roe "
            "today visited the shops.",
            "Roe Marks Small Business Saturday at Corvale Shops",
            None,
        ),
        (
            "Roe Backs Corvale Shops on Small BusinessSaturday CORVALE, OR – Rep. Ann Roe "
            "today visited the shops.",
            "Roe Backs Corvale Shops on Small BusinessSaturday",
            None,
        ),
    ],
)
def test_a_weekday_glued_to_a_word_naming_another_day(text, headline, deck):
    doc = _doc(text)
    assert doc.headline == headline
    assert (doc.subheadings[0] if doc.subheadings else None) == deck


# … and so is a date opening with that weekday: the title ends before it.
@pytest.mark.parametrize(
    ("text", "headline", "released"),
    [
        (
            "Roe Hosts Forum on Local BusinessTuesday April 4, 2006 Today, Rep. Ann Roe "
            "hosted a forum on the harbor shops.",
            "Roe Hosts Forum on Local Business",
            "Tuesday April 4, 2006",
        ),
        (
            "Roe Marks Corvale GivingTuesday December 1, 2015 Today, Rep. Ann Roe thanked "
            "the harbor charities.",
            "Roe Marks Corvale GivingTuesday",
            "December 1, 2015",
        ),
    ],
)
def test_a_glued_weekday_opens_the_date_unless_the_title_names_its_day(text, headline, released):
    head = split_release_head(text)
    assert (head.headline, head.released) == (headline, released)


# A number opening the head counts the title's subject where a plural follows it within a
# few words (`12 Harbor Towns Win …`, `40 Members Urge …`): it is the title's first word.
# Before a member's office or another word it is the page's layout (a count of comments),
# no part of the title.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "12 Harbor Towns Win Dredging Funds CORVALE, OR – Rep. Ann Roe today announced "
            "grants for 12 harbor towns.",
            "12 Harbor Towns Win Dredging Funds",
        ),
        (
            "40 Members of Congress Urge Port Board to Reopen the Pier CORVALE, OR – Rep. Ann "
            "Roe today led a letter of 40 members.",
            "40 Members of Congress Urge Port Board to Reopen the Pier",
        ),
        (
            "34 People Are Hurt Every Year on the Harbor Road CORVALE, OR – Rep. Ann Roe today "
            "asked for a new road: 34 people a year are hurt there.",
            "34 People Are Hurt Every Year on the Harbor Road",
        ),
        (
            "7 Congressman Roe Tours the Harbor Locks CORVALE, OR – Rep. Ann Roe today toured "
            "the locks.",
            "Congressman Roe Tours the Harbor Locks",
        ),
        (
            "8 Roe Hails Harbor Grant for Corvale CORVALE, OR – Rep. Ann Roe today praised the "
            "grant.",
            "Roe Hails Harbor Grant for Corvale",
        ),
    ],
)
def test_a_number_opening_the_head_that_counts_the_title_s_subject(text, headline):
    assert split_release_head(text).headline == headline


# A weekday before a date stamp in numbers (`TUESDAY 10.7.15`), and a stamp glued to the
# contact's label after it (`5.14.15MEDIA CONTACT:`), are the release's date, metadata the
# reader names: no word of them stands between the head and the body unnamed.
@pytest.mark.parametrize(
    "text",
    [
        "MEDIA CONTACT: Tod Vail (503) 555-0100 FOR IMMEDIATE RELEASE, TUESDAY 10.7.15 Roe "
        "Swears In Harbor Youth Cabinet CORVALE, OR – Rep. Ann Roe today swore in the cabinet.",
        "FOR IMMEDIATE RELEASE: Friday 4.15.11 Roe Swears In Harbor Youth Cabinet CORVALE, OR "
        "– Rep. Ann Roe today swore in the cabinet.",
        "FOR IMMEDIATE RELEASE: 5.14.15MEDIA CONTACT: Tod Vail (503) 555-0100 Roe Swears In "
        "Harbor Youth Cabinet CORVALE, OR – Rep. Ann Roe today swore in the cabinet.",
    ],
)
def test_a_weekday_and_a_stamp_in_numbers_are_named_metadata(text):
    head = split_release_head(text)
    assert head.headline == "Roe Swears In Harbor Youth Cabinet"
    named = [m[0] for m in _metadata_in(text[: text.index("CORVALE")])]
    stamp = next(m for m in named if any(c.isdigit() for c in m) and "." in m)
    assert stamp.rstrip() in ("TUESDAY 10.7.15", "Friday 4.15.11", "5.14.15")


# A number opening the head is the title's count only where the release counts the same
# plural again with it (`… 12 harbor towns …`): a site may open every head with a number
# of its layout (a count of comments) before a plural that counts nothing
# (`13 Lawmakers seek meeting …` on a release of three). Unrestated, it is stripped.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "13 Lawmakers seek meeting on Corvale mail plant CORVALE, OR – Rep. Ann Roe, "
            "Senator Tod Vail and Senator Wes Tarrant today asked for a meeting on July 13.",
            "Lawmakers seek meeting on Corvale mail plant",
        ),
        (
            "6 Pending FTAs projected to create 1,400 jobs in Corvale CORVALE, OR – Rep. Ann "
            "Roe today backed the three pending agreements.",
            "Pending FTAs projected to create 1,400 jobs in Corvale",
        ),
        (
            "63 Bipartisan House Members seek harbor vote in Senate Democrats and Republicans "
            "urge Senate leaders to act CORVALE, OR – Rep. Ann Roe, joined by 59 members, "
            "wrote to the Senate.",
            "Bipartisan House Members seek harbor vote in Senate Democrats and Republicans "
            "urge Senate leaders to act",
        ),
        (
            "16 Rural Corvale Counties Receive Harbor Funds CORVALE, OR – Rep. Ann Roe today "
            "announced funds for 16 Corvale counties.",
            "16 Rural Corvale Counties Receive Harbor Funds",
        ),
        (
            "5 Corvale Schools Will Receive Tablets CORVALE, OR – Rep. Ann Roe today announced "
            "tablets for five public schools.",
            "5 Corvale Schools Will Receive Tablets",
        ),
    ],
)
def test_a_head_number_is_a_count_only_where_the_release_restates_it(text, headline):
    assert split_release_head(text).headline == headline
