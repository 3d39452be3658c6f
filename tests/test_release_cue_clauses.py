"""Who speaks in a release, read from the clause around a quotation: a verb of saying
joined to the subject's first verb, a sentence opening after a quotation that ended the
one before, a verb that takes an object after a full quoted sentence, a nickname inside
the name of a cue, a letter sent by one named member with unnamed colleagues, a
statement announced on news that a clause reports, and a statement whose closing mark is
missing before the next paragraph's. Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def speakers(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in quotes_of(*paragraphs) if q.kind != "title"]


def release(text: str, member: str = "nora_quill") -> list[list[str]]:
    record = {"text": text, "member": member}
    doc = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [q.speakers for q in doc.quotes if q.kind != "title"]


# -- a verb of saying joined to the subject's first verb ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt toured the dock and said, “The cranes are older than I am.”",
        "Ivo Brandt of Brandt Freight in Lakeport attended the hearing and said, “The "
        "cranes are older than I am.”",
        "Rep. Ivo Brandt, who chairs the panel, opened the session and added: “The cranes "
        "are older than I am.”",
        "Ivo Brandt thanked the council, which called the hearing, and said, “The cranes "
        "are older than I am.”",
    ],
)
def test_a_verb_of_saying_joined_to_the_subjects_first_verb(text: str) -> None:
    assert speakers(text) == [["Ivo Brandt"]]


@pytest.mark.parametrize(
    "text",
    [
        # The verb of saying is the clause's subject's, not the sentence's.
        "Ivo Brandt visited the school, where pupils met him and said, “We like boats.”",
        "Ivo Brandt visited pupils who met him and said, “We like boats.”",
    ],
)
def test_a_verb_of_saying_of_a_clause_of_its_own_is_nobodys(text: str) -> None:
    assert speakers(text) == [[]]


def test_a_sentence_opens_after_a_quotation_that_ended_the_one_before() -> None:
    text = (
        "Rep. Nora Quill said, “We heard from everyone.” Ivo Brandt of Brandt Freight in "
        "Lakeport attended the hearing and said, “The cranes are older than I am.” Lena "
        "Roth from the Harbor Pilots Association of Lakeport came to the session and said, "
        "“We need deeper berths before the winter storms.” The hearing ended at noon."
    )
    assert speakers(text) == [["Nora Quill"], ["Ivo Brandt"], ["Lena Roth"]]


# -- a verb that takes an object after a full quoted sentence --------------------------


def test_a_verb_with_an_object_after_a_full_quoted_sentence_is_no_cue() -> None:
    text = (
        "“The bill is fair,” said Vice President Ivo Brandt. “We back it.” The Harbor "
        "League describes the bill as the best in years."
    )
    assert speakers(text) == [["Ivo Brandt"], ["Ivo Brandt"]]
    assert speakers("“We back it.” Lena Roth praised the plan.") == [[]]


def test_the_same_verb_without_an_object_stays_a_cue() -> None:
    assert speakers("“It is a disaster,” Lena Roth described it.") == [["Lena Roth"]]
    assert speakers("“We back the bill,” Lena Roth praised.") == [["Lena Roth"]]


# -- a nickname inside the name of a cue ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The harbor needs this,” said Rep. Ivo P. “Skip” Brandt (R-Ohio), the panel's chair.",
        "“The harbor needs this,” Rep. Ivo P. “Skip” Brandt said.",
    ],
)
def test_a_nickname_inside_the_cues_name_does_not_cut_it(text: str) -> None:
    quotes = [q for q in quotes_of(text) if q.text.startswith("The harbor")]
    assert [q.speakers for q in quotes] == [["Ivo P. Brandt"]]


# -- a letter sent by one named member ---------------------------------------------------

LETTER = (
    "On May 2, Rep. Nora Quill, along with four other Members of Congress, sent a letter "
    "to the Harbor Board asking for a new survey. In part, the letter states: “The berths "
    "have not been dredged in ten years.” The full letter is attached."
)


def test_a_letter_sent_by_one_named_member_with_unnamed_colleagues_is_hers() -> None:
    assert speakers(LETTER) == [["Nora Quill"]]


@pytest.mark.parametrize(
    "text",
    [
        # Received, or sent to her: the letter is somebody else's.
        "Rep. Nora Quill received a letter from the county. The letter states: “The road "
        "will close in May.”",
        "The county sent a letter to Rep. Nora Quill. The letter states: “The road will "
        "close in May.”",
    ],
)
def test_a_letter_she_did_not_send_is_not_hers(text: str) -> None:
    assert speakers(text) == [[]]


# -- a statement announced on news that a clause reports --------------------------------


def test_the_subject_of_a_that_clause_after_a_statement_intro_is_not_the_cue() -> None:
    text = (
        "“Our port has a future again.”(Lakeport, OH) – Congresswoman Nora Quill (D-OH) "
        "released the following statement on the news that Orbis Freight has agreed to buy "
        "the old shipyard:“I have met with everyone who works there over the past year.”"
    )
    assert speakers(text)[-1] == ["Nora Quill"]


# -- a statement whose closing mark is missing -----------------------------------------

RUNS_ON = (
    "LAKEPORT, OH – Congresswoman Nora Quill today hailed the court's ruling as a win for "
    "the harbor. The court ruled that the berths may be dredged. “Today's ruling is a win "
    "for every family on the lake. The harbor is here to stay “Since the survey, traffic "
    "has grown by a third. “The ruling secures work for years to come.”"
)


def test_a_statement_running_on_past_a_missing_closing_mark_stays_the_issuers() -> None:
    assert release(RUNS_ON) == [["Nora Quill"], ["Nora Quill"], ["Nora Quill"]]


def test_a_quotation_after_a_closed_statement_is_not_run_on() -> None:
    text = RUNS_ON.replace("here to stay “Since", "here to stay.” Ivo Brandt wrote “Since")
    assert release(text)[1:] != [["Nora Quill"], ["Nora Quill"]]


# -- what a sentence after a quotation that ended its own may not give ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A verb of saying, or a name labelling the words, right before them.
        (
            "Rep. Nora Quill said, “We won.” In 2015, Pilots Guild Director Ivo Brandt backed "
            "the bill during a hearing, saying it “would keep the berths open.” The vote is on "
            "Friday.",
            [["Nora Quill"], ["Ivo Brandt"]],
        ),
        (
            "Rep. Nora Quill said, “We won.” Representative Ivo Brandt – “The berths stay "
            "open.” Representative Lena Roth – “So do the docks.”",
            [["Nora Quill"], ["Ivo Brandt"], ["Lena Roth"]],
        ),
        (
            "Rep. Nora Quill said, “We won.” On the tariffs, President Ivo Brandt was quoted "
            "saying, “Our farmers will be fine.” (May 9, 2018).",
            [["Nora Quill"], ["Ivo Brandt"]],
        ),
    ],
)
def test_a_sentence_after_a_quotation_gives_words_only_to_who_says_them(
    text: str, want: list[list[str]]
) -> None:
    assert speakers(text) == want


def test_a_subject_not_said_to_say_the_words_gets_none() -> None:
    text = (
        "Rep. Nora Quill said, “We won.” Ivo Brandt, the gang's leader, has been named a "
        "“global threat” by the agency."
    )
    assert all(q.speakers != ["Ivo Brandt"] for q in quotes_of(text))


def test_a_term_in_a_that_clause_of_a_statement_intro_is_nobodys() -> None:
    text = (
        "Senator Nora Quill today released a statement following reports that the agency "
        "agreed “in secret” to lift the limits."
    )
    assert speakers(text) == [[]]


def test_a_quotation_opened_after_a_cue_inside_a_statement_is_not_run_on() -> None:
    text = (
        "LAKEPORT, OH – Congresswoman Nora Quill spoke on the harbor. “Governor Ivo Brandt "
        "said in his message of May 9, 1934, “It should be our policy to keep the berths "
        "open.” We agree with him.”"
    )
    assert ["Nora Quill"] not in release(text)[1:2]


def test_a_quotation_closed_before_words_naming_another_is_not_run_on() -> None:
    text = (
        "LAKEPORT, OH – Congresswoman Nora Quill today hailed the court's ruling. “Today's "
        "ruling is a win for every family on the lake. The harbor is here to stay “This "
        "ruling saves my business. I have six boats and twelve workers.” That was the word "
        "from Ivo Brandt of Brandt Freight after the ruling."
    )
    assert release(text)[1] != ["Nora Quill"]


# -- another person named between the subject and `and said` ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Holt listened as Mayor Ben Fisk opened the hearing and said, “The harbor needs "
        "money.”",
        "Ann Holt was there when Mayor Ben Fisk cut the ribbon and said, “The harbor needs money.”",
        "Ann Holt spoke after Mayor Ben Fisk opened the hearing and said, “The harbor needs "
        "money.”",
        "Ann Holt watched Mayor Ben Fisk cut the ribbon and said, “The harbor needs money.”",
        "Ann Holt stayed while he toured the dock and said, “The harbor needs money.”",
        "Ann Holt and Ben Fisk toured the dock and said, “The harbor needs money.”",
    ],
)
def test_another_person_with_a_verb_before_and_said_is_not_the_subjects(text: str) -> None:
    assert ["Ann Holt"] not in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Holt thanked Mayor Ben Fisk and said, “The harbor needs money.”",
        "Ann Holt attended the event with Mayor Ben Fisk and said, “The harbor needs money.”",
        "Ann Holt of Brandt Freight in Lakeport toured the dock and said, “The harbor needs "
        "money.”",
        "Ann Holt toured the Lakeport dock and said, “The harbor needs money.”",
    ],
)
def test_a_name_that_is_the_object_before_and_said_keeps_the_subject(text: str) -> None:
    assert speakers(text) == [["Ann Holt"]]


# -- a letter answered, or sent by one member alone ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Somebody answers between the sending and the quotation: the reply, perhaps.
        "In May, Rep. Nora Quill, along with four other Members, sent a letter to the "
        "Harbor Board asking for a survey. On June 1 the Board answered. “The berths will "
        "not be dredged this year,” the letter states.",
        "In May, Rep. Nora Quill, along with four other Members, sent a letter to the "
        "Harbor Board, and the Board replied. The letter states: “The berths will not be "
        "dredged this year.”",
        # No colleagues said to be there: one named writer alone is not enough.
        "Rep. Nora Quill sent a letter to the Harbor Board, and the Board replied. The "
        "letter states: “The berths will not be dredged this year.”",
        "Rep. Nora Quill led a letter from the Harbor Board's members. The letter states: "
        "“The berths will not be dredged this year.”",
    ],
)
def test_a_letter_answered_or_without_colleagues_is_not_the_members(text: str) -> None:
    assert speakers(text) == [[]]


def test_a_reply_in_the_next_paragraph_is_not_the_members() -> None:
    first = (
        "In May, Rep. Nora Quill, along with four other Members, sent a letter to the Harbor "
        "Board asking for a survey."
    )
    second = (
        "On June 1 the Board answered her. “The berths will not be dredged,” the letter states."
    )
    assert speakers(first, second) == [[]]
