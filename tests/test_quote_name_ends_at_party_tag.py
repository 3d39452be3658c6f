"""A member's party-and-state tag (`(R-OR)`, `(WV-2)`) ends the name before it: the
masked text blanks the tag, and a name read over the gap took the next capitalised word
(`Congressman Tod Vail (WV-2) Sworn in …` gave `Tod Vail Sworn`; `… Posey (FL-08) Bill
Posey` ran two members together). Words after the tag are a name of their own when they
are more than one word. Every fixture is invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote

WORDS = "“I will work every day for the families of the Second District.”"


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs), None)[1]


def release(text: str, member: str = "tod_vail") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def speakers_of(text: str, words: str) -> list[list[str]]:
    """The speakers of the quotation opening with `words`, bare and with the issuer."""
    found = []
    for quotes in (quotes_of(text), release(text)):
        found += [q.speakers for q in quotes if q.text.startswith(words)]
    return found


def test_a_headline_verb_after_the_tag_is_no_part_of_the_name() -> None:
    text = (
        "Congressman Tod Vail (WV-2) Sworn in to Represent the Second District "
        "WASHINGTON, DC – Congressman Tod Vail (WV-2) took the oath today. " + WORDS
    )
    assert speakers_of(text, "I will") == [["Tod Vail"]] * 2


def test_the_tag_ends_the_name_in_a_lead_too() -> None:
    text = f"DOVERTON – Rep. Tod Vail (R-OR) Sworn in as Chairman. {WORDS}"
    assert speakers_of(text, "I will") == [["Tod Vail"]] * 2


def test_two_members_run_together_past_a_tag_are_two_people() -> None:
    text = (
        "DOVERTON – Rep. Wren Tolley joined Representatives Ann Holt (D-OR) Abel Furnival "
        "(R-ID) and Ivo Marchetti (D-WA) at the lock. “The gates are older than the town,” "
        "said Rep. Furnival."
    )
    assert speakers_of(text, "The gates") == [["Abel Furnival"]] * 2


def test_a_nickname_inside_the_name_stays_whole() -> None:
    text = f"DOVERTON – Rep. Robert C. “Bobby” Tam (D-VA) Welcomes Students. {WORDS}"
    assert speakers_of(text, "I will")[0] == ["Robert C. Tam"]


# -- hostile: nobody rather than a wrong person ----------------------------------------


def test_a_joint_mention_after_the_tag_is_kept_joint() -> None:
    text = (
        "DOVERTON – Rep. Ann Holt (D-OR) and Rep. Tod Vail (R-OR) opened the lock. "
        "“The gates are older than the town,” they said."
    )
    found = speakers_of(text, "The gates")
    assert ["Ann Holt"] not in found and ["Tod Vail"] not in found


def test_a_relative_named_after_the_tag_says_nothing_for_the_member() -> None:
    text = (
        "DOVERTON – Rep. Ann Holt (D-OR) Her Husband Bram Holt Joined Her. "
        "“The gates are older than the town,” Holt said."
    )
    assert speakers_of(text, "The gates")[0] == []


def test_a_second_person_after_the_tag_speaks_for_themself() -> None:
    text = (
        "DOVERTON – Rep. Ann Holt (D-OR) Questions Secretary Ivo Marchetti. "
        "“We will act soon,” Marchetti replied."
    )
    assert speakers_of(text, "We will") == [["Ivo Marchetti"]] * 2


def test_a_quoted_title_after_the_tag_is_nobody_s() -> None:
    text = (
        "DOVERTON – Rep. Ann Holt (D-OR) “Harbor Jobs Act” Passes House. "
        "“The gates are older than the town,” Holt said."
    )
    assert speakers_of(text, "Harbor Jobs") == [[], []]
    assert speakers_of(text, "The gates")[0] == ["Ann Holt"]
