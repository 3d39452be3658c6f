"""Photo credit lines: credit, agency, photographer and caption, without site furniture."""

from __future__ import annotations

import pytest

from importers.photos import clean_caption, extract_photo
from importers.text_patterns import PHOTO_BOILERPLATE
from search.model import Photo


def photo(text: str) -> Photo:
    found = extract_photo(text)
    assert found is not None, f"no photo credit in {text!r}"
    return found


def test_copyright_credit_with_furniture_run_into_caption():
    p = photo("© Sputnik / Anna Field / Go to the photo bankA tram crosses the old bridge")
    assert p == Photo(
        credit="© Sputnik / Anna Field",
        agency="Sputnik",
        photographer="Anna Field",
        caption="A tram crosses the old bridge",
    )


@pytest.mark.parametrize("furniture", PHOTO_BOILERPLATE)
def test_every_furniture_string_is_cut(furniture):
    p = photo(f"© Agency One / Lee Park / {furniture}Boats in the harbour at dawn")
    assert p.caption == "Boats in the harbour at dawn"
    assert p.credit == "© Agency One / Lee Park"


def test_copyright_credit_furniture_in_other_case_and_spacing():
    p = photo("© RIA Novosti / Ivan Lesov / go to the Mediabank  Snow on the square")
    assert (p.agency, p.photographer, p.caption) == (
        "RIA Novosti",
        "Ivan Lesov",
        "Snow on the square",
    )


def test_copyright_credit_agency_only():
    p = photo("© AFP 2023 / Go to the photo bankA crowd outside the station")
    assert p.credit == "© AFP 2023" and p.photographer is None
    assert p.caption == "A crowd outside the station"


def test_copyright_credit_without_caption():
    p = photo("(c) Sputnik / Olga Birch")
    assert (p.agency, p.photographer, p.caption) == ("Sputnik", "Olga Birch", None)


def test_ap_credit_after_caption():
    p = photo("The governor waves to supporters in Dayton. (AP Photo/Sam Rivers)")
    assert p == Photo(
        credit="AP Photo/Sam Rivers",
        agency="AP",
        photographer="Sam Rivers",
        caption="The governor waves to supporters in Dayton.",
    )


def test_ap_credit_file_photo():
    p = photo("FILE - A ferry leaves the pier. (AP Photo/Mia Stone, File)")
    assert p.photographer == "Mia Stone" and p.caption == "FILE - A ferry leaves the pier."


def test_reuters_credit_after_caption():
    p = photo("Workers repair a road in the capital. REUTERS/Tom Alder/File Photo")
    assert (p.agency, p.photographer) == ("Reuters", "Tom Alder")
    assert p.caption == "Workers repair a road in the capital."


def test_reuters_poll_in_text_is_not_a_credit():
    assert extract_photo("Support rose four points in a Reuters/Ipsos poll") is None


def test_photo_by_credit_with_distributor():
    p = photo("A minister arrives for talks. (Photo by Kim Vale/AFP via Getty Images)")
    assert p.credit == "Photo by Kim Vale/AFP via Getty Images"
    assert (p.photographer, p.agency) == ("Kim Vale", "AFP via Getty Images")
    assert p.caption == "A minister arrives for talks."


def test_label_credit_agency_only():
    p = photo("A rally in the park. Photo: Getty Images")
    assert (p.agency, p.photographer, p.caption) == ("Getty Images", None, "A rally in the park.")


def test_label_credit_photographer_and_agency():
    p = photo("Credit: Dan Reed/Reuters")
    assert (p.agency, p.photographer, p.caption) == ("Reuters", "Dan Reed", None)


def test_label_credit_photographer_only():
    p = photo("The new bridge at night. Photograph: Ada Lowe")
    assert (p.agency, p.photographer) == (None, "Ada Lowe")


def test_leading_label_credit_then_caption():
    p = photo("Photo: AP The mayor cuts the ribbon")
    assert (p.agency, p.caption) == ("AP", "The mayor cuts the ribbon")


def test_name_and_agency_after_caption():
    p = photo("Delegates leave the hall. Pat Moor/Getty Images")
    assert (p.photographer, p.agency, p.caption) == (
        "Pat Moor",
        "Getty Images",
        "Delegates leave the hall.",
    )


def test_agency_only_after_caption():
    p = photo("Delegates leave the hall. Getty Images")
    assert (p.agency, p.photographer, p.caption) == (
        "Getty Images",
        None,
        "Delegates leave the hall.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would resume next week.",
        "Copies of the report, she said, went to every member.",
        "The ratio of wins to losses was 3/4 over the season.",
        "He joined the firm after years at the network and/or its studio.",
        "“We will respond,” the spokesman said.",
    ],
)
def test_ordinary_paragraphs_are_not_credits(text):
    assert extract_photo(text) is None


def test_long_paragraph_ending_like_a_credit_is_not_a_caption():
    text = " ".join(["The committee heard evidence for several hours."] * 20) + " Pat Moor/AFP"
    assert extract_photo(text) is None


def test_clean_caption_drops_furniture_and_separators():
    assert clean_caption(" | A quiet street toggle caption ") == "A quiet street"
    assert clean_caption(" / ") is None
