"""Who speaks for a group noun, a first name alone and a list of people. A group noun is
the people just named only when the text shows they are that group; a first name alone
is nobody when it names a firm, a gospel or a picture's credit, or when the page writes
a name in full with it anywhere; a list of people does not say `I` together. Invented
paragraphs."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.text import parse_text


def _speakers(*paragraphs: str, headline: str | None = None) -> list[list[str]]:
    _, quotes = extract_quotes(list(paragraphs), headline)
    return [q.speakers for q in quotes if q.kind == "direct"]


# -- a group noun after people not shown to be that group ---------------------------


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        # The group is the object, or a group the sentence names after its verb.
        ("Ann Roe and Ben Fisk spoke to union members on Friday.", "members"),
        ("Ann Roe and Ben Fisk wrote to the senators on Monday.", "the senators"),
        ("Ann Roe and Ben Fisk testified before the committee.", "the lawmakers"),
        ("Reps. Ann Roe and Ben Fisk met with members of the state Farm Bureau.", "the members"),
        # Nothing shows them to be senators.
        ("Ann Roe and Ben Fisk toured the dam.", "the senators"),
        # Shown to be senators, quoted as representatives.
        ("Sens. Ann Roe and Ben Fisk toured the dam.", "the representatives"),
    ],
)
def test_a_group_noun_the_opening_people_are_not_shown_to_be_is_nobodys(
    opening: str, noun: str
) -> None:
    assert _speakers(opening, f"“We want a fair deal,” {noun} said.") == [[]]


@pytest.mark.parametrize(
    "opening",
    [
        "Sens. Ann Roe and Ben Fisk toured the dam on Friday.",
        "Sen. Ann Roe and Sen. Ben Fisk toured the dam on Friday.",
        "Ann Roe and Ben Fisk, both senators, toured the dam on Friday.",
    ],
)
def test_a_group_noun_the_opening_people_are_shown_to_be_gives_them(opening: str) -> None:
    assert _speakers(opening, "“We want a fair deal,” the senators said.") == [
        ["Ann Roe", "Ben Fisk"]
    ]


def test_a_release_group_noun_after_a_meeting_with_that_group_is_nobodys() -> None:
    doc = parse_text(
        "Roe, Fisk meet growers\n\n"
        "WASHINGTON - Reps. Ann Roe and Ben Fisk met with members of the state Farm Bureau"
        " on Friday.\n\n"
        "“We need help before the harvest,” the members said.\n\n"
        "“We heard them and we will act,” Roe said.",
        source="Ann Roe",
    )
    assert [q.speakers for q in doc.quotes] == [[], ["Ann Roe"]]


# -- a first name alone that is no person ---------------------------------------------


def test_the_last_word_of_a_capitalised_run_is_no_first_name() -> None:
    assert _speakers("“The band has never sounded better,” Rolling Stone said in its review.") == [
        []
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Regulators fined the bank $5 million.",
            "“We have fixed the problem,” Chase said in a statement.",
        ),
        ("“The new line sold out in a week,” Tiffany said in a statement.",),
        ("“Our laptops last longer than ever,” Dell announced.",),
        ("“The fee is gone,” Ally said in a filing.",),
        (
            "Wendy’s restaurants added salads to the menu.",
            "“Our customers asked for fresher meals,” Wendy said.",
        ),
        (
            "A spokeswoman for Chanel confirmed the date.",
            "“The show goes on,” Chanel said.",
        ),
    ],
)
def test_a_first_name_that_names_a_firm_is_nobody(paragraphs: tuple[str, ...]) -> None:
    assert _speakers(*paragraphs) == [[]]


def test_a_first_name_at_a_persons_cue_still_speaks() -> None:
    assert _speakers(
        "We rode the scooter for a month.",
        "“The brakes bite hard even in the rain,” Gregory said.",
    ) == [["Gregory"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Do to others as you would have them do to you.” — Luke",
        "“The river looks better than ever.” - Kevin (photo)",
        "“The river looks better than ever.” - Kevin (courtesy of the family)",
    ],
)
def test_a_gospel_or_a_credit_after_a_dash_is_no_signature(paragraph: str) -> None:
    assert _speakers("We walked along the river.", paragraph) == [[]]


def test_a_name_written_in_full_in_the_headline_keeps_the_first_name_from_speaking() -> None:
    assert _speakers(
        "The cafe opened on Monday.",
        "“We always wanted a place of our own,” Sarah said.",
        headline="Sarah Klein opens cafe",
    ) == [[]]
    doc = parse_text("Sarah Klein opens cafe\n\n“We always wanted a place of our own,” Sarah said.")
    assert [q.speakers for q in doc.quotes] == [[]]


def test_a_name_written_in_capitals_keeps_the_first_name_from_speaking() -> None:
    assert _speakers(
        "SARAH KLEIN, OWNER",
        "The cafe opened on Monday.",
        "“We always wanted a place of our own,” Sarah said.",
    ) == [[]]


# -- a list of people quoted in the first person singular -----------------------------


def test_a_list_of_people_saying_i_is_nobody() -> None:
    # One of them speaks, and the text does not say which.
    assert _speakers("“I thank my team,” said Ann Roe, Ben Fisk and Cal Dunn.") == [[]]
    assert _speakers("“We thank our team,” said Ann Roe, Ben Fisk and Cal Dunn.") == [
        ["Ann Roe", "Ben Fisk", "Cal Dunn"]
    ]


# -- review: reported quotes, numerals, singular they, Title Case headlines ---------


def _reported(*paragraphs: str) -> tuple[list[list[str]], list[str]]:
    speakers, quotes = extract_quotes(list(paragraphs))
    return [q.speakers for q in quotes if q.kind == "reported"], [s.name for s in speakers]


def test_a_first_name_that_names_a_firm_reports_nothing_either() -> None:
    reported, people = _reported(
        "A spokesman for Dell said the firm would open two plants next spring.",
        "Dell said it would hire more engineers.",
    )
    assert reported == [[], []]
    assert "Dell" not in people


def test_a_firm_taking_itself_up_as_its_reports_nothing_at_a_body_cue() -> None:
    speakers, quotes = extract_quotes(
        [
            "Chase said its loans grew by a fifth this spring.",
            "“We keep growing,” Chase said in a statement.",
        ]
    )
    assert [q.speakers for q in quotes] == [[], []]
    assert [s.name for s in speakers] == []


@pytest.mark.parametrize(
    "quote",
    [
        "Title I schools need this money",
        "Phase I of the dam is finished",
        "The fund dates from World War I days",
        "Funding for stage I research stays flat",
    ],
)
def test_a_numeral_i_is_no_first_person(quote: str) -> None:
    assert _speakers(f"“{quote},” said Sens. Ann Roe and Ben Fisk.") == [["Ann Roe", "Ben Fisk"]]


@pytest.mark.parametrize(
    "quote",
    [
        "As Governor I signed it into law",
        "Today I thank every nurse",
        "Phase I is done, and I am glad",
    ],
)
def test_an_i_after_a_role_or_opening_a_sentence_is_the_first_person(quote: str) -> None:
    assert _speakers(f"“{quote},” said Sens. Ann Roe and Ben Fisk.") == [[]]


def test_colleagues_joining_the_people_are_no_group_they_addressed() -> None:
    assert _speakers(
        "Sens. Ann Roe and Ben Fisk introduced the bill with 30 colleagues on Monday.",
        "“The farms need this,” the senators said.",
    ) == [["Ann Roe", "Ben Fisk"]]


@pytest.mark.parametrize(
    "opening",
    [
        "Sens. Ann Roe and Ben Fisk wrote to their Senate colleagues on Monday.",
        "Sens. Ann Roe and Ben Fisk spoke with the two senators from Ohio.",
    ],
)
def test_a_group_the_people_addressed_may_be_the_speakers(opening: str) -> None:
    assert _speakers(opening, "“The farms need this,” the senators said.") == [[]]


def test_a_person_called_they_keeps_a_first_name() -> None:
    speakers, quotes = extract_quotes(
        [
            "Melissa said they liked the new keyboard.",
            "“The keys feel solid.” - Melissa, our lead tester, explains.",
        ]
    )
    assert [q.speakers for q in quotes] == [["Melissa"], ["Melissa"]]


@pytest.mark.parametrize(
    "headline",
    [
        "Melissa And The Team Review The New Keyboard",
        "MELISSA AND THE TEAM REVIEW THE NEW KEYBOARD",
    ],
)
def test_a_title_case_headline_hides_only_a_full_name(headline: str) -> None:
    assert _speakers(
        "The keyboard arrived on Monday.",
        "“The keys feel solid.” - Melissa, our lead tester, explains.",
        headline=headline,
    ) == [["Melissa"]]


def test_a_full_name_in_a_title_case_headline_still_hides_the_first_name() -> None:
    assert _speakers(
        "The keyboard arrived on Monday.",
        "“The keys feel solid,” Melissa said.",
        headline="Melissa Varga Reviews The New Keyboard",
    ) == [[]]
