"""A member's surname under a title of another office or sex (`Senator Brisk` where the
text names `Rep. Otto Brisk`, `Congresswoman Brisk` for him) is another person of that
name the text does not name: nobody speaks for such a cue, and a release's issuer does
not take the words either, cued or after a sentence with that subject. Every fixture is
invented text."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from importers.records import document_from_record
from search.model import Quote


def release(text: str, member: str) -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def both(text: str, member: str) -> list[list[list[str]]]:
    """The speakers of each quotation, parsed bare and with the issuer given."""
    bare = [q.speakers for q in parse_text_bounded(text).quotes if q.kind != "title"]
    given = [q.speakers for q in release(text, member) if q.kind != "title"]
    return [bare, given]


REP = "TALLOW CREEK – Rep. Otto Brisk toured the grain elevator with farmers on Monday.\n\n"
SEN = "TALLOW CREEK – Sen. Mara Vell toured the grain elevator with farmers on Monday.\n\n"
WORDS = "“The elevator will take the harvest again by October.”"


def test_a_senator_by_the_surname_of_a_representative_is_nobody() -> None:
    text = f"{REP}“The elevator will take the harvest again by October,” Senator Brisk said."
    assert both(text, "otto_brisk") == [[[]], [[]]]


def test_a_governor_by_the_surname_of_a_representative_is_nobody() -> None:
    text = f"{REP}Governor Brisk praised the repairs: {WORDS}"
    assert both(text, "otto_brisk") == [[[]], [[]]]


def test_a_title_of_the_other_sex_than_the_texts_own_is_nobody() -> None:
    text = (
        "TALLOW CREEK – Congressman Otto Brisk toured the grain elevator on Monday.\n\n"
        "“The elevator will take the harvest again by October,” Congresswoman Brisk said."
    )
    assert both(text, "otto_brisk") == [[[]], [[]]]


def test_a_first_names_guess_is_no_evidence_against_a_title() -> None:
    # The lexicon may take a man's first name for a woman's; the text's title decides.
    text = (
        "TALLOW CREEK – Reps. Ami Brisk and Tod Vail toured the grain elevator on Monday.\n\n"
        "“The elevator will take the harvest again by October,” Congressman Brisk said."
    )
    assert both(text, "ami_brisk") == [[["Ami Brisk"]], [["Ami Brisk"]]]


def test_the_members_own_title_still_names_the_member() -> None:
    text = f"{REP}“The elevator will take the harvest again by October,” Congressman Brisk said."
    assert both(text, "otto_brisk") == [[["Otto Brisk"]], [["Otto Brisk"]]]
    text = f"{SEN}“The elevator will take the harvest again by October,” Senator Vell said."
    assert both(text, "mara_vell") == [[["Mara Vell"]], [["Mara Vell"]]]


def test_a_second_namesake_named_in_full_with_the_title_speaks() -> None:
    text = (
        "TALLOW CREEK – Rep. Otto Brisk and Sen. Lena Brisk toured the grain elevator on "
        "Monday.\n\n“The elevator will take the harvest again by October,” Senator Brisk said."
    )
    assert both(text, "otto_brisk") == [[["Lena Brisk"]], [["Lena Brisk"]]]


def test_the_issuer_does_not_take_words_after_another_offices_subject() -> None:
    # The sentence before the words has the issuer's surname under a title that is not
    # hers as its subject: the words are not hers by default.
    text = (
        f"{SEN}“The harvest is late,” said Sen. Vell. Congressman Vell called the repairs "
        f"overdue. {WORDS}"
    )
    assert both(text, "mara_vell") == [[["Mara Vell"], []], [["Mara Vell"], []]]
    text = (
        f"{REP}“The harvest is late,” he said. Governor Brisk called the repairs overdue. {WORDS}"
    )
    assert both(text, "otto_brisk") == [[["Otto Brisk"], []], [["Otto Brisk"], []]]


def test_the_issuer_keeps_words_after_a_sentence_with_their_own_title() -> None:
    text = f"{SEN}“The harvest is late,” she said. Senator Vell called the repairs overdue. {WORDS}"
    assert both(text, "mara_vell")[1] == [["Mara Vell"], ["Mara Vell"]]


def test_the_issuer_keeps_words_when_the_sentence_also_names_them() -> None:
    text = (
        f"{REP}“The harvest is late,” he said. Brisk thanked Governor Brisk for the loan "
        f"guarantee. {WORDS}"
    )
    assert both(text, "otto_brisk")[1] == [["Otto Brisk"], ["Otto Brisk"]]
