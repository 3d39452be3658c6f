"""A dash inside a line written in capitals ends no dateline: a dateline's dash opens the
lead, a sentence, which is not set in capitals. Only a place with neither a date nor a
state after it is refused so ("WASHINGTON, DC – THE HOUSE …" and a dated wire dateline
stay datelines).

Invented text only.
"""

from __future__ import annotations

import pytest

from importers.dateline import extract_dateline
from importers.release_head import split_release_head


@pytest.mark.parametrize(
    "text",
    [
        "ALLIANCE–LOS ANGELES PRESS CONFERENCE ON HARBOR DREDGING On June 9, Rep. Ann Roe will",
        "BILL - DID YOU KNOW THAT EVERY HARBOR FEE IS A TAX? You may have heard that",
        "SHORT- AND LONG-TERM ISSUES FACING CORVALE WASHINGTON – Rep. Ann Roe met",
        "ROE, VAIL, DUNN- HARBOR PILOTS URGE BOARD TO ACT Rep. Ann Roe today",
        "REMINDER - ROE TO HOLD HARBOR TOWN HALL MEETING, JUNE 17 Rep. Ann Roe will",
    ],
)
def test_capitals_after_the_dash_are_no_lead(text: str) -> None:
    assert extract_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("CORVALE – Congresswoman Ann Roe today toured the harbor.", "CORVALE"),
        ("WASHINGTON – U.S. Rep. Ann Roe today toured the harbor.", "WASHINGTON"),
        ("WASHINGTON, DC – THE HOUSE TODAY PASSED THE HARBOR BILL.", "WASHINGTON"),
        ("CORVALE, March 3 - HARBOR SHARES ROSE IN EARLY TRADING.", "CORVALE"),
    ],
)
def test_a_lead_after_the_dash_keeps_the_dateline(text: str, place: str) -> None:
    found = extract_dateline(text)
    assert found is not None
    assert found.dateline.place == place


def test_a_title_in_capitals_keeps_its_dash() -> None:
    head = split_release_head(
        "FOR IMMEDIATE RELEASE PRESS ADVISORY: REP. ANN ROE AND HARBOR WORKERS ALLIANCE–LOS "
        "ANGELES PRESS CONFERENCE ON DREDGING On June 9, 2016, Congresswoman Ann Roe along "
        "with the Harbor Workers Alliance will host a press conference on dredging.",
        "Ann Roe",
    )
    assert not head.rest.startswith("ALLIANCE")
    assert head.headline is None or "ALLIANCE" in head.headline


def test_a_date_in_capitals_after_the_dash_is_no_run() -> None:
    found = extract_dateline("CORVALE - MONDAY, JUNE 3, 2:30 PM - HARBOR HALL Rep. Ann Roe will")
    assert found is not None
    assert found.dateline.place == "CORVALE"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON – FEMA HAS APPROVED the request of Corvale County.", "WASHINGTON"),
        ("SALEM—IN A LETTER TO the harbor board, Rep. Ann Roe asked for more time.", "SALEM"),
        ("CORVALE – TODAY, REP. ANN ROE said the harbor is safe.", "CORVALE"),
        ("CORVALE - ROE, VAIL AND DUNN today urged the board to act.", "CORVALE"),
        ("BOSTON – TOD VAIL'S HARBOR PLAN passed the board today.", "BOSTON"),
        ("SALEM – MR. SPEAKER, I RISE today in support of the harbor bill.", "SALEM"),
        ("CORVALE (AP) - THE HARBOR BOARD VOTED TODAY to close the port.", "CORVALE"),
    ],
)
def test_a_lead_opening_in_capitals_keeps_the_dateline(text: str, place: str) -> None:
    # the sentence the capitals open goes on in lower case: a lead, set so at its start
    found = extract_dateline(text)
    assert found is not None
    assert found.dateline.place == place


def test_a_title_keeps_its_dateline_before_a_lead_opening_in_capitals() -> None:
    head = split_release_head(
        "Roe Hails Harbor Grant WASHINGTON – THE U.S. ARMY CORPS OF ENGINEERS today awarded "
        "Corvale a grant to dredge the harbor, Rep. Ann Roe said.",
        "Ann Roe",
    )
    assert head.headline == "Roe Hails Harbor Grant"
    assert head.rest.startswith("WASHINGTON – THE U.S. ARMY")


@pytest.mark.parametrize(
    "text",
    [
        "ROE - HARBOR PILOTS URGE BOARD TO ACT On Monday, Rep. Ann Roe met the pilots.",
        "VAIL – DID THE BOARD KNOW? Tod Vail asked the board on Monday.",
    ],
)
def test_a_line_in_capitals_before_a_new_sentence_is_still_no_lead(text: str) -> None:
    assert extract_dateline(text) is None
