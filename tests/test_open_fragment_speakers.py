"""A few words of another person's opened inside a sentence of the narration carry that
person's name no further: neither into words that run on from them past a missing
closing mark nor into a later quotation opening its own sentence. Every fixture is
invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record


def speakers(text: str) -> list[list[str]]:
    return [q.speakers for q in extract_quotes([text])[1] if q.kind != "title"]


def release(text: str, member: str = "nora_quill") -> list[list[str]]:
    record = {"text": text, "member": member}
    doc = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [q.speakers for q in doc.quotes if q.kind != "title"]


LEFT_OPEN = (
    "Representative Nora Quill released the following statement: “Ten years ago the harbor "
    "flooded.” Mayor Ivo Brandt rallied the town, telling the crowd that, “we will rebuild "
    "every pier. “The piers were rebuilt, but the money has run out. “Today I ask the state "
    "to match what the town has spent."
)

SCARE_QUOTE = (
    "The Harbor Board says more than 400 pilots have already “used up” their leave for the "
    "year. Before the vote, Representative Quill spoke on the floor. Her remarks are below. "
    "“Madam Speaker, I rise in support of the Harbor Pilots Act. “These pilots guide every "
    "ship into our port."
)


def test_words_run_on_from_a_fragment_left_open_are_not_its_speakers() -> None:
    found = speakers(LEFT_OPEN)
    assert found[1] == ["Ivo Brandt"]
    assert all("Ivo Brandt" not in names for names in found[2:])


def test_with_the_issuer_they_are_the_members_own_statement() -> None:
    found = release(LEFT_OPEN)
    assert found[1] == ["Ivo Brandt"]
    assert found[2:] == [["Nora Quill"], ["Nora Quill"]]


def test_a_later_quotation_is_not_the_speaker_of_a_few_quoted_words() -> None:
    assert all("Harbor Board" not in names for names in speakers(SCARE_QUOTE)[1:])
    assert release(SCARE_QUOTE)[1:] == [["Nora Quill"], ["Nora Quill"]]


@pytest.mark.parametrize(
    "text",
    [
        # A full statement split by its cue still runs on into the next paragraph.
        "“We worked every weekend,” Dora Hale said, “and nobody complained about the "
        "hours. “The pilots earned every dollar of that overtime.",
        # A statement opening its sentence still continues.
        "Dora Hale, the harbor pilot, said the season was long. “We worked every weekend,” "
        "she said. “Nobody complained about the hours on the water.”",
    ],
)
def test_a_statement_still_continues(text: str) -> None:
    assert speakers(text)[-1] == ["Dora Hale"]


# -- a title written one slip off -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Reprsentative Ivo Brandt said, “The harbor bill keeps every pilot working.”",
            "Ivo Brandt",
        ),
        ("Congrsesman Ivo Brandt said, “The harbor bill keeps every pilot working.”", "Ivo Brandt"),
        ("Presidente Dora Hale told the council, “We will sign the harbor bill.”", "Dora Hale"),
    ],
)
def test_a_misspelt_or_foreign_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert speakers(text) == [[name]]


def test_a_misspelt_title_before_the_members_surname_is_the_member() -> None:
    text = (
        "WASHINGTON – Congrsesman Quill released the following statement: “The harbor "
        "bill keeps every pilot on the water.”"
    )
    assert release(text) == [["Nora Quill"]]


@pytest.mark.parametrize("word", ["Resident", "Presidents", "Prescott", "Senatore", "Conway"])
def test_words_near_a_title_that_are_no_slip_of_one(word: str) -> None:
    from importers.names import is_role_word

    assert not is_role_word(word)


# -- a group noun of one chamber --------------------------------------------------------

LETTER = (
    "Lakeport – Rep. Nora Quill (D-CA) and Senator Ivo Brandt (D-RI) today wrote to the "
    "Harbor Board. “Pilots deserve a fair schedule,” the lawmakers wrote. Senators echoed "
    "the same view, saying, “The board can fix this without a new law.”"
)


def test_senators_are_not_a_list_holding_a_representative() -> None:
    assert speakers(LETTER) == [["Nora Quill", "Ivo Brandt"], []]
    assert release(LETTER) == [["Nora Quill", "Ivo Brandt"], []]


def test_senators_are_a_list_of_senators() -> None:
    text = (
        "Lakeport – Sen. Dora Hale (D-CA) and Senator Ivo Brandt (D-RI) today wrote to the "
        "Harbor Board. The senators wrote, “The board can fix this without a new law.”"
    )
    assert release(text) == [["Dora Hale", "Ivo Brandt"]]


def test_a_fragment_its_cue_follows_still_continues() -> None:
    text = (
        "For the pilots, “that almost always means a long night,” Dora Hale says. “The "
        "board should schedule the way ships actually arrive.”"
    )
    assert speakers(text) == [["Dora Hale"], ["Dora Hale"]]


@pytest.mark.parametrize(
    "text",
    [
        # A long statement opened in lower case after its cue is the speaker's own.
        "Dora Hale released the following statement today, “on behalf of every pilot in "
        "the Lakeport harbor district, I thank the board for a fair and careful schedule. "
        "“The pilots will report for duty on the new rota next week.",
        # A fragment of the speaker already speaking keeps her.
        "“We asked for a fair rota,” Dora Hale wrote. She said the board faced “hard "
        "choices about the winter.” “The pilots will report for duty next week.”",
    ],
)
def test_the_speakers_own_words_in_lower_case_go_on(text: str) -> None:
    assert speakers(text)[-1] == ["Dora Hale"]


def test_a_subjects_own_word_for_a_thing_goes_on_into_the_next_quotation() -> None:
    text = (
        "Harbor master Dora Hale called the schedule a “welcome change” and praised the "
        "pilots. “This is the fairest rota the harbor has had in years.”"
    )
    assert release(text) == [["Dora Hale"], ["Dora Hale"]]
