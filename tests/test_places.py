"""Dateline places in press releases: whole places, their regions, one canonical name each."""

from __future__ import annotations

import pytest

from importers import places
from importers.dateline import extract_dateline


def dateline(text: str):
    found = extract_dateline(text)
    assert found is not None, f"no dateline in {text!r}"
    return found.dateline, found.rest


# -- every form releases use ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "region", "date", "rest"),
    [
        ("La Crosse, WI – The member toured a mill.", "La Crosse", "WI", None, "The member"),
        ("WASHINGTON, D.C. – The member voted.", "WASHINGTON", "D.C.", None, "The member"),
        ("(Washington, DC) - The member voted.", "Washington", "DC", None, "The member"),
        ("(Washington, D.C.)—On Monday the member", "Washington", "D.C.", None, "On Monday"),
        ("(Springfield, IL)--On Monday the member", "Springfield", "IL", None, "On Monday"),
        ("(Riverton, WY) The council met.", "Riverton", "WY", None, "The council"),
        (
            "Washington, DC (February 5, 2019)— The member voted.",
            "Washington",
            "DC",
            "February 5, 2019",
            "The member",
        ),
        (
            "WASHINGTON (March 9, 2016) – The member voted.",
            "WASHINGTON",
            None,
            "March 9, 2016",
            "The member",
        ),
        ("NEW YORK, NY—The member voted.", "NEW YORK", "NY", None, "The member"),
        ("WASHINGTON, DC --- The member voted.", "WASHINGTON", "DC", None, "The member"),
        ("WASHINGTON, D.C.--The member voted.", "WASHINGTON", "D.C.", None, "The member"),
        ("WASHINGTON ― The member voted.", "WASHINGTON", None, None, "The member"),
        ("Fort Wayne, Ind. – The member voted.", "Fort Wayne", "Ind.", None, "The member"),
        ("Washington - Rep. Jane Roe voted.", "Washington", None, None, "Rep. Jane"),
    ],
)
def test_release_dateline_forms(text, place, region, date, rest):
    found, after = dateline(text)
    assert (found.place, found.region, found.date) == (place, region, date)
    assert after.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "(D-WI) – the member said",  # a party code in brackets
        "(NCUA) was told to act",  # an acronym in brackets
        "(Office) The member said",
        "SMITH--John Arthur, 90, of Rivertown",  # a death notice, not a dateline
        "Lumber – the town's trade – grew.",  # a mixed-case word the gazetteer lacks
    ],
)
def test_bracketed_and_glued_lookalikes_are_not_datelines(text):
    assert extract_dateline(text) is None


# -- one canonical place ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "region", "canonical", "full_region"),
    [
        ("WASHINGTON", "D.C.", "Washington, D.C.", "District of Columbia"),
        ("Washington", "DC", "Washington, D.C.", "District of Columbia"),
        ("washington", "d.c.", "Washington, D.C.", "District of Columbia"),
        ("Washington", None, "Washington, D.C.", "District of Columbia"),  # the largest by far
        ("Washington", "Utah", "Washington", "Utah"),  # another Washington, by its state
        ("LA CROSSE", "Wis.", "La Crosse", "Wisconsin"),
        ("NEW YORK", "NY", "New York City", "New York"),
        ("St. Paul", "Minn.", "Saint Paul", "Minnesota"),
        # Without a state: the city whose words are joined as written, not "Saint-Paul"
        ("ST. PAUL", None, "Saint Paul", "Minnesota"),
        ("ST. LOUIS", "Mo.", "St. Louis", "Missouri"),
        ("Fresno", "Tex.", "Fresno", "Texas"),  # the smaller Fresno, by its state
        ("KYIV", "Ukraine", "Kyiv", "Ukraine"),
        ("İstanbul", None, "Istanbul", "Turkey"),  # dotted capital I
        ("Москва", None, "Moscow", "Russia"),  # Cyrillic
        ("КИЇВ", None, "Kyiv", "Ukraine"),
        ("MOSCOW", None, "Moscow", "Russia"),
    ],
)
def test_known_places_have_one_name(written, region, canonical, full_region):
    resolved = places.resolve(written, region)
    assert resolved.known
    assert (resolved.canonical, resolved.region) == (canonical, full_region)


@pytest.mark.parametrize(
    ("written", "region", "canonical"),
    [
        ("TIMBERVILLE", "MD", "Timberville"),  # not in the gazetteer: title case
        ("Timberville", "MD", "Timberville"),
        ("OLD MILL CREEK", None, "Old Mill Creek"),
        ("ST. AUGUSTA", None, "St. Augusta"),
        ("Springfield", None, "Springfield"),  # several, none the largest by far: as written
        ("SPRINGFIELD", None, "Springfield"),
        ("McAllenville", None, "McAllenville"),  # mixed case kept as written
    ],
)
def test_unknown_places_keep_their_written_form_in_one_casing(written, region, canonical):
    assert places.resolve(written, region).canonical == canonical


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("WI", "Wisconsin"),
        ("Wis.", "Wisconsin"),
        ("Wisc.", "Wisconsin"),  # an abbreviation cut from the name
        ("wisconsin", "Wisconsin"),
        ("D.C.", "District of Columbia"),
        ("D.C", "District of Columbia"),
        ("N.Y.", "New York"),
        ("Ukraine", "Ukraine"),
        ("British Columbia", "British Columbia"),
    ],
)
def test_regions(text, name):
    found = places.region(text)
    assert found is not None and found.name == name


def test_unknown_region():
    assert places.region("Nowhereland") is None
    assert places.region("") is None


def test_dateline_carries_canonical_place_and_region():
    found, _ = dateline("(Washington, DC) -- The member voted.")
    assert found.canonical == "Washington, D.C."
    assert found.canonical_region == "District of Columbia"
    found, _ = dateline("WASHINGTON, D.C. – The member voted.")
    assert found.canonical == "Washington, D.C."


def test_place_key_ignores_case_accents_and_saint():
    assert places.place_key("ST. PAUL") == places.place_key("Saint Paul")
    assert places.place_key("Zürich") == places.place_key("ZURICH")
    assert places.place_key("D.C.") == places.place_key("DC")


def test_unknown_place_has_one_apostrophe_and_one_casing():
    # Two cities share the name and neither stands out: the written form is kept, once.
    assert places.resolve("O’FALLON").canonical == places.resolve("O'Fallon").canonical
    assert places.resolve("O’FALLON").canonical == "O'Fallon"


def test_cut_down_state_names():
    assert places.region("Tex.").name == "Texas"
    assert places.region("Wisc.").name == "Wisconsin"
    assert places.region("Ne.") is None or places.region("Ne.").code == "NE"


def test_a_place_the_gazetteer_names_with_its_article() -> None:
    from importers.places import resolve

    assert resolve("Bronx", "NY").canonical == "The Bronx"
    assert resolve("BRONX", "NY").canonical == resolve("The Bronx", "NY").canonical
    assert resolve("Woodlands", "TX").canonical == "The Woodlands"
    assert resolve("Springfield", "IL").canonical == "Springfield"
