"""A country or state that ends a place named after `in` (`adopted in Dover, Ohio, on May
10, 1948, states that …`) is the second half of that place, no subject of the verb after
it: the words reported are nobody's rather than the place's."""

from __future__ import annotations

from tests.issuer_release import HEAD, LEAD, bare, release, speakers

CHARTER = (
    "Whereas Article 19 of the Harbor Charter, adopted in {city}, {place}, on May 10, 1948, "
    "states that “everyone has the right to sail the bay”; Whereas the board proclaimed May "
    "3 a day of the sea.\n\n"
)


def test_the_place_after_a_city_and_in_is_no_subject() -> None:
    for city, place in (("Dover", "Ohio"), ("Paris", "France"), ("Lyon", "France")):
        text = HEAD + LEAD + CHARTER.format(city=city, place=place)
        for parse in (bare, release):
            assert not any(speakers(parse(text))), place


def test_a_person_after_a_place_and_in_stays_the_subject() -> None:
    text = (
        HEAD
        + LEAD
        + "Speaking in Dover, Ann Roe, the harbor master, said that “the bay is open.”\n\n"
    )
    assert speakers(bare(text)) == [["Ann Roe"]]


def test_a_country_speaking_with_no_place_before_it_is_read_as_before() -> None:
    # `… in Dover, France said` is read away only with the city and `in` before it
    text = HEAD + LEAD + "On Monday, France said that “the treaty stands.”\n\n"
    assert speakers(bare(text)) == [["France"]]


def test_a_surname_that_is_also_a_city_after_a_month_stays_the_subject() -> None:
    text = (
        HEAD
        + "DOVER, OH – Rep. Tod Duncan toured the harbor on Tuesday.\n\n"
        + "Shortly after the storm in September, Duncan also called for the port to close: "
        "“Not one more ship should sail until the bay is safe.”\n\n"
    )
    assert speakers(bare(text)) == [["Tod Duncan"]]
