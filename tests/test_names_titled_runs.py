"""How the words of a titled name are cut: a slash-joined run names nobody, and a
service title before a first name and a surname is the person's role."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, bare, release, speakers

DOCKS = "MILFORD, OH – The harbor trust met on Monday.\n\n"
SAID = "“This trust has kept the harbor open for forty years and will keep doing so.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(text))]


def test_a_slash_joined_run_names_nobody() -> None:
    for body in ("Vail/Republican Congress", "Elm/Oak Fire Department", "Holt/Vail Council"):
        text = f"{HEAD}{DOCKS}The {body} insisted that “no new money goes to the rivers.”"
        assert both(text) == [[[]]] * 2, body


def test_a_body_written_whole_elsewhere_keeps_its_name() -> None:
    text = (
        f"{HEAD}{DOCKS}The Elm/Oak Fire Department and the Oak Fire Department met.\n\n"
        f"The Oak Fire Department insisted that “no new money goes to the rivers.”"
    )
    assert both(text) == [[["Oak Fire Department"]]] * 2


def test_a_service_title_before_a_first_name_and_a_surname_is_a_role() -> None:
    for title in ("Agent", "FBI Agent", "Trooper", "State Trooper", "Inspector", "Patrolman"):
        text = f"{HEAD}{DOCKS}{title} Tod Avila said “We followed every lead to the dock.”"
        assert both(text) == [[["Tod Avila"]]] * 2, title
        assert N.split_role(f"{title} Tod Avila".split()) == (title, ["Tod", "Avila"])


def test_a_service_word_without_a_first_name_after_it_stays() -> None:
    assert N.split_role("Agent Orange".split()) == (None, ["Agent", "Orange"])
    assert N.split_role("Agent Orange Fund".split()) == (None, ["Agent", "Orange", "Fund"])
    assert N.split_role("Trooper Avila".split()) == (None, ["Trooper", "Avila"])
    assert N.split_role("Inspector General Tod Avila".split())[1] == ["Tod", "Avila"]


def test_a_possessive_name_before_two_words_is_no_run_of_two_names() -> None:
    assert N.split_run_together("Ann Holt's Floor Speech".split())[:2] == ["Ann", "Holt's"]
    text = f"{HEAD}{DOCKS}Here is the text of Senator Ann Holt’s Floor Speech:{SAID}"
    for found in both(text):
        assert found in ([["Ann Holt"]], [[]]), found


def test_a_headline_verb_after_a_name_is_no_name_word() -> None:
    assert N.person_shape("Ivo Brandt".split())
    assert not N.person_shape("Ivo Brandt Speaks Out".split())


def test_a_slash_after_an_address_or_a_lower_case_word_joins_nothing() -> None:
    for before in (
        "Contact: press@elmharbor.org/",
        "See www.elmharbor.org/",
        "Minutes at elmharbor.org/",
        "Ask the harbor clerk/",
    ):
        text = f"{HEAD}{DOCKS}{before}Tod Vail\n\n{SAID} Vail said."
        assert both(text) == [[["Tod Vail"]]] * 2, before


def test_a_service_title_before_a_firm_name_stays_in_it() -> None:
    for firm in ("Associates", "Group", "Foundation", "Fund", "Society", "Inc", "LLC"):
        words = f"Inspector Rose Avila {firm}".split()
        assert N.split_role(words) == (None, words), firm
        text = f"{HEAD}{DOCKS}The Inspector Rose Avila {firm} said {SAID}"
        assert both(text) == [[[f"Inspector Rose Avila {firm}"]]] * 2, firm
