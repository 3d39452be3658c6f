"""Words given a name by a naming verb and its object are a title, nobody's words
(`Vail dubbed them “harbor ghosts,” and …`); an uncued quotation after a statement
reported in the same paragraph is not that statement's source's; a full name ending a
sentence is not registered as a person on its own. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def _speakers(*paragraphs: str) -> list[list[str]]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q.speakers for q in quotes if q.kind == "direct"]


def _release(text: str, member: str = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


# -- a name the person gives ---------------------------------------------------------------


def test_a_name_the_person_gives_is_nobodys_words() -> None:
    _, quotes = extract_quotes(
        [
            "Marlow University biologist Michael Venhuizen studies how eels grow.",
            "Venhuizen dubbed them “harbor ghosts,” and they looked the part.",
        ]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


def test_a_name_given_with_nicknamed_the_is_a_title() -> None:
    _, quotes = extract_quotes(
        [
            "Coach Ida Brandt nicknamed the team “the night shift,” and it stuck.",
        ]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


# -- a statement reported in the same paragraph -----------------------------------------


def test_a_newspaper_reporting_between_quotations_does_not_take_the_next_one() -> None:
    assert _speakers(
        "“We will fight this,” said Mayor Ann Holt. The Dover Times reported that the plan "
        "would cost $5 million. “This plan hurts every family in Dover.”",
    ) == [["Ann Holt"], ["Ann Holt"]]


def test_according_to_another_between_quotations_does_not_take_the_next_one() -> None:
    assert _speakers(
        "“We are ready to strike,” said union chief Ann Holt. According to Governor Tod "
        "Vail, the union was offered a raise. “We were offered nothing.”",
    ) == [["Ann Holt"], ["Ann Holt"]]


def test_a_release_quotation_after_a_network_report_is_not_the_networks() -> None:
    quotes = _release(
        "WASHINGTON - Rep. Nora Quill said the agency must answer for the delay. "
        "“Families waited months for help,” Quill said.\n\n"
        "CNN reported that the agency lost the files in March. “That is not good enough "
        "for the people I represent.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Nora Quill"]] * 2


def test_a_release_quotation_after_a_journal_report_is_not_the_journals() -> None:
    quotes = _release(
        "WASHINGTON - “The port needs a new dredging plan,” said Rep. Nora Quill.\n\n"
        "The Wall Street Journal reported that the dredging contract was cancelled. “We "
        "will not let the harbor silt up again.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Nora Quill"]] * 2


# -- a full name ending a sentence --------------------------------------------------------


def test_a_town_ending_a_sentence_is_no_person() -> None:
    assert _speakers(
        "The plant is in Morgan Hill. It employs 300 people.",
        "“We hire locally,” Hill said.",
    ) == [[]]


def test_a_name_a_thing_was_given_is_not_the_surnames_speaker() -> None:
    # Principal Dee Parks runs the school: the surname alone is not Rosa Parks's.
    assert _speakers(
        "Principal Dee Parks runs the school on Elm Street. It was named after Rosa Parks. "
        "It opened in 1990.",
        "“Our pupils learn her story in the first week,” Parks said.",
    ) == [[]]


def test_a_photo_credit_is_no_speaker() -> None:
    assert _speakers(
        "The new bridge opened on Monday. Photo by Ann Holt. It cost $4 million.",
        "“It saves me twenty minutes a day,” Holt said.",
    ) == [[]]
