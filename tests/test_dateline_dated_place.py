"""A dateline of a known place and a full date with no dash before the lead."""

from __future__ import annotations

from importers.dateline import extract_dateline


def test_a_known_place_and_date_glued_to_the_lead_is_a_dateline() -> None:
    found = extract_dateline("Washington, July 13, 2013Congresswoman Ann Roe released this.")
    assert found is not None
    assert found.dateline.canonical == "Washington, D.C."
    assert found.dateline.date == "July 13, 2013"
    assert found.rest == "Congresswoman Ann Roe released this."
    spaced = extract_dateline("WASHINGTON, D.C. April 16, 2008 The harbor bill passed.")
    assert spaced is not None and spaced.rest == "The harbor bill passed."


def test_a_lead_or_an_unknown_place_before_a_date_is_none() -> None:
    assert extract_dateline("On Sunday, March 20, 2016, Rep. Tod Vail met farmers.") is None
    assert extract_dateline("Corvale, July 13, 2013Congresswoman Ann Roe said so.") is None
    assert extract_dateline("FOR IMMEDIATE RELEASE September 25, 2012Team Roe Tours") is None
    assert extract_dateline("Washington, July 13, 2013 was a hot day in Corvale.") is None
