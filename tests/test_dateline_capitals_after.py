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
