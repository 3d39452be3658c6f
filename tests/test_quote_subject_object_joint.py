"""Whose words `he`/`she` gives after a sentence naming a subject and an object, and
who speaks a quotation said jointly by a list of people. Invented paragraphs."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def _speakers(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in extract_quotes(list(paragraphs))[1] if q.kind == "direct"]


# -- he/she after a subject and an object of the same or an unknown sex ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vail hired Tom Reed last spring.",
        "Karl Vail thanked Tom Reed for his work.",
        "Karl Vail met Tom Reed at the plant on Monday.",
        "Karl Vail praised Tom Reed at the dinner.",
        "Karl Vail called Tom Reed after the storm.",
        "Karl Vail defeated Tom Reed in the primary.",
        "Karl Vail spoke with Tom Reed about the budget.",
        "Karl Vail bought the shop from Tom Reed in May.",
    ],
)
def test_he_is_never_the_object_of_the_sentence_before(sentence: str) -> None:
    # `he` goes on with the subject, or the text does not say whom it means: the
    # subject or nobody, never the person the subject acted on.
    assert _speakers(f"{sentence} “We were not ready,” he said.") in ([[]], [["Karl Vail"]])


def test_he_after_a_subject_who_has_not_spoken_is_nobodys() -> None:
    # Whether `he` goes on with the subject or turns to the one hired the text does not
    # say while the subject has said nothing.
    assert _speakers("Karl Vail hired Tom Reed last spring. “We were not ready,” he said.") == [[]]


def test_a_subject_quoted_earlier_is_no_evidence_for_he() -> None:
    # The one hired may be the one answering: without a verb of saying after the
    # subject in the sentence before, `he` is nobody's.
    assert _speakers(
        "“We are glad to grow,” said Karl Vail.",
        "Karl Vail hired Tom Reed last spring. “We were not ready,” he said.",
    ) == [["Karl Vail"], []]
    assert _speakers(
        "“Welcome,” said Karl Vail.",
        "Karl Vail thanked Tom Reed for his years of service.",
        "“It has been an honor,” he said.",
    ) == [["Karl Vail"], []]
    assert _speakers(
        "“We searched a long time,” said Karl Vail, the athletic director. Karl Vail"
        " introduced Tom Reed, the new coach, on Monday. “I am glad to be here,” he said."
    ) == [["Karl Vail"], []]


def test_he_after_two_subjects_who_may_both_be_him_is_nobodys() -> None:
    assert _speakers("Karl Vail and Tom Reed met in May. “We were not ready,” he said.") == [[]]
    assert _speakers("Ann Vail and Tom Reed met in May. “We were not ready,” he said.") == [
        ["Tom Reed"]
    ]


def test_he_after_the_object_of_the_paragraph_before_is_nobodys() -> None:
    assert _speakers(
        "Karl Vail hired Tom Reed last spring.",
        "“We were not ready,” he said.",
    ) == [[]]


def test_he_after_a_pronoun_subject_of_his_sex_is_nobodys() -> None:
    assert _speakers(
        "Karl Vail runs the bakery. He hired Tom Reed last spring. “We were not ready,” he said."
    ) == [[]]


def test_an_object_of_the_pronouns_sex_after_a_subject_of_the_other_keeps_it() -> None:
    assert _speakers("Ann Vail hired Tom Reed last spring. “We were not ready,” he said.") == [
        ["Tom Reed"]
    ]


def test_a_name_in_an_opening_clause_is_no_subject() -> None:
    assert _speakers(
        "While Karl Vail sold the shop last year, the loss worries Tom Reed, its baker.",
        "“We were not ready,” he said.",
    ) == [["Tom Reed"]]


def test_an_object_after_a_body_subject_keeps_it() -> None:
    assert _speakers(
        "The Harbor City Council hired Tom Reed last spring. “We were not ready,” he said."
    ) == [["Tom Reed"]]


def test_a_lone_person_named_before_keeps_it() -> None:
    assert _speakers("Tom Reed joined the firm in May. “We were not ready,” he said.") == [
        ["Tom Reed"]
    ]


# -- a comma list of people speaking together -------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“This bill protects farmers,” said Sens. Ann Roe, Ben Fisk and Cal Dunn.",
        "“This bill protects farmers,” said Ann Roe, Ben Fisk and Cal Dunn.",
        "“This bill protects farmers,” Ann Roe, Ben Fisk and Cal Dunn said.",
        "Sens. Ann Roe, Ben Fisk and Cal Dunn said, “This bill protects farmers.”",
        "Ann Roe, Ben Fisk, and Cal Dunn said, “This bill protects farmers.”",
    ],
)
def test_a_comma_list_of_people_speaks_together(paragraph: str) -> None:
    assert _speakers(paragraph) == [["Ann Roe", "Ben Fisk", "Cal Dunn"]]


def test_a_list_of_surnames_after_a_title_for_several_members() -> None:
    assert _speakers(
        "Sens. Ann Roe, Ben Fisk and Cal Dunn introduced the bill on Tuesday.",
        "“This bill protects farmers,” said Sens. Roe, Fisk and Dunn.",
    ) == [["Ann Roe", "Ben Fisk", "Cal Dunn"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“This bill protects farmers,” said Ann Roe, the chair of the panel.",
        "“This bill protects farmers,” said Ann Roe, Jackson County and Ben Fisk.",
        "“This bill protects farmers,” said Ann Roe, Dover and Kent.",
    ],
)
def test_a_list_with_anything_but_people_adds_nobody(paragraph: str) -> None:
    assert _speakers(paragraph) == [["Ann Roe"]]


# -- a group noun after the sentence that names its members -----------------------


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("Senators Ann Roe and Ben Fisk introduced the bill on Tuesday.", "the senators"),
        ("Rep. Ann Roe and Rep. Ben Fisk wrote the bill.", "the two lawmakers"),
        ("Ann Roe and Ben Fisk, both senators, introduced the bill.", "the senators"),
    ],
)
def test_a_group_noun_speaks_for_the_members_just_named(opening: str, noun: str) -> None:
    assert _speakers(f"{opening} “This bill protects farmers,” {noun} said.") == [
        ["Ann Roe", "Ben Fisk"]
    ]


def test_a_group_noun_reaches_the_list_ending_the_paragraph_before() -> None:
    assert _speakers(
        "Sens. Ann Roe, Ben Fisk and Cal Dunn introduced the bill.",
        "“This bill protects farmers,” the senators said.",
    ) == [["Ann Roe", "Ben Fisk", "Cal Dunn"]]


@pytest.mark.parametrize(
    "opening",
    [
        "The bill passed on Tuesday.",
        "Ann Roe and the Farm Bureau introduced the bill.",
        "Ann Roe and Ben Fisk introduced the bill. The bill has 40 cosponsors.",
        "Ann Roe met Ben Fisk and Cal Dunn.",
        # Not shown to be senators, or a group named after the verb may be the speakers.
        "Ann Roe and Ben Fisk introduced the bill.",
        "Ann Roe and Ben Fisk testified before the committee.",
        "Ann Roe and Ben Fisk wrote to the senators on Monday.",
        "Sens. Ann Roe and Ben Fisk met with senators from both parties.",
    ],
)
def test_a_group_noun_whose_members_were_not_just_named_is_nobodys(opening: str) -> None:
    assert _speakers(f"{opening} “This bill protects farmers,” the senators said.") == [[]]


# -- a body's words in a relative clause after the subject's object ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Roe chairs the board, which described the plan as “unworkable and costly.”",
        "Ann Roe leads the Harbor Nurses Union, which said the plan “will not work for nurses.”",
        "Ann Roe joined the committee, which has called the bill “a gift to insurers.”",
    ],
)
def test_words_in_a_relative_clause_about_a_body_are_not_the_subjects(sentence: str) -> None:
    assert _speakers(sentence) == [[]]


def test_a_relative_clause_about_the_subject_keeps_the_subjects_words() -> None:
    assert _speakers("Ann Roe, who chairs the board, called the plan “unworkable and costly.”") == [
        ["Ann Roe"]
    ]


def test_a_relative_clause_about_a_person_gives_that_person() -> None:
    assert _speakers("Ann Roe hired Tom Reed, who called the plan “a good start.”") == [
        ["Tom Reed"]
    ]
