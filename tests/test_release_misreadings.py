"""Quotations a release gives to the wrong person or to no name at all: a closing mark
typed as an opener before a cue, a letter written to the member, the member's title and
surname read as a namesake, party tags, offices and times taken into a speaker's value."""

from __future__ import annotations

from importers.quotes import find_segments
from importers.records import document_from_record
from search.model import Document
from tests.issuer_release import HEAD, LEAD, release, speakers


def _document(text: str, member: str = "nora_quill") -> Document:
    return document_from_record(
        {"text": text, "member": member}, {"text": "text", "member": "issuer"}, origin=None
    )


# -- a closing mark typed as an opener ---------------------------------------------------


def test_an_opener_typed_for_the_closing_mark_before_a_cue_ends_the_quotation() -> None:
    text = "“The pier stands with these towns, “said Director Ann Holt. “All the crews are ready.”"
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "The pier stands with these towns, ",
        "All the crews are ready.",
    ]
    assert segments[0].closed


def test_the_words_after_a_mistyped_closing_mark_are_the_cued_persons_not_the_members() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "“The harbor matters to our families,” said Congresswoman Nora Quill. “We will keep "
        "it open.”\n\n"
        "“The Red Cross stands with these communities, “said Director Ann Holt. “All the "
        "volunteers are ready to help the families who lost their homes.”\n\n"
    )
    assert speakers(quotes) == [["Nora Quill"], ["Nora Quill"], ["Ann Holt"], ["Ann Holt"]]


def test_the_same_cue_after_its_name_closes_the_quotation_too() -> None:
    text = "“We have waited too long, “Holt said. “The dredging starts in May.”"
    assert [text[s.start : s.end] for s in find_segments(text)] == [
        "We have waited too long, ",
        "The dredging starts in May.",
    ]


def test_an_opener_after_a_comma_before_other_words_still_opens_a_quotation() -> None:
    text = "“We were told, “wait a year,” and we did,” Holt said."
    spans = [text[s.start : s.end] for s in find_segments(text)]
    assert "said Holt" not in " ".join(spans)
    assert spans[0].startswith("We were told")


# -- letters written to the member -------------------------------------------------------


def test_a_bodys_letter_to_the_member_is_not_the_members() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "The Department of Labor's letter to Congresswoman Quill, dated May 3, says, in part: "
        "“The department will review the harbor workers' claims within sixty days.”\n\n"
    )
    assert speakers(quotes) == [[]]


def test_a_letter_from_a_body_to_the_member_is_not_the_members() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "A letter from the Harbor Safety Board to Congresswoman Quill reads, in part: "
        "“The board will inspect the pier before the summer.”\n\n"
    )
    assert speakers(quotes) == [[]]


def test_a_letter_to_the_member_introduced_with_an_aside_is_not_the_members() -> None:
    quotes = release(
        HEAD + LEAD + "“The harbor matters,” said Congresswoman Nora Quill.\n\n"
        "Background: The Harbor Safety Board’s reply to Congresswoman Quill (attached) says:\n\n"
        "“The board will inspect the pier before the summer.”\n\n"
    )
    assert speakers(quotes) == [["Nora Quill"], []]


def test_the_members_own_letter_to_another_stays_the_members() -> None:
    quotes = release(
        HEAD + LEAD + "“The harbor matters,” said Congresswoman Nora Quill.\n\n"
        "In a letter to Secretary Ivo Vail, Quill wrote:\n\n"
        "“I urge you to inspect the pier before the summer.”\n\n"
    )
    assert speakers(quotes) == [["Nora Quill"], ["Nora Quill"]]


def test_a_name_with_to_in_it_still_speaks() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "“The press must be free,” said the Committee to Protect Harbor Reporters.\n\n"
    )
    assert speakers(quotes) == [["Committee to Protect Harbor Reporters"]]


# -- a heading naming another person ----------------------------------------------------


_SENATOR_LEAD = (
    "WASHINGTON – U.S. Senator Nora Quill (R-Ohio) today made this statement on the harbor "
    "plan proposed by Secretary Ivo Vail.\n\n"
)


def test_the_members_words_under_a_heading_naming_anothers_proposal_are_the_members() -> None:
    quotes = release(
        HEAD
        + _SENATOR_LEAD
        + "On the Proposal from Secretary Vail: “I respect Secretary Vail, but no one should "
        "have this much power over the harbor.”\n\n"
    )
    assert speakers(quotes) == [["Nora Quill"]]


def test_a_statement_from_a_person_under_a_heading_is_that_persons() -> None:
    quotes = release(
        HEAD + _SENATOR_LEAD + "Statement from Secretary Ivo Vail: “The harbor plan is sound.”\n\n"
    )
    assert speakers(quotes) == [["Ivo Vail"]]


# -- the member's title and surname -----------------------------------------------------


def test_the_members_title_and_surname_are_the_member_not_a_namesake_with_another_title() -> None:
    doc = _document(
        HEAD + "DOVER, OH – Today Representative Quill spoke on the harbor bill.\n\n"
        "“The harbor is our lifeline,” said Representative Quill.\n\n"
        "Former Governor Dan Quill, who built the first pier, joined the event.\n\n"
    )
    assert [q.speakers for q in doc.quotes] == [["Nora Quill"]]
    assert [s.name for s in doc.speakers] == ["Nora Quill"]


def test_a_namesake_the_text_gives_the_members_title_keeps_the_words() -> None:
    doc = _document(
        HEAD + "DOVER, OH – Representative Quill met Representative Dan Quill of Maine today.\n\n"
        "“The harbor is our lifeline,” said Representative Dan Quill.\n\n"
        "“We need it,” said Representative Quill.\n\n"
    )
    assert [q.speakers for q in doc.quotes] == [["Dan Quill"], ["Dan Quill"]]


# -- what a speaker's value holds -------------------------------------------------------


def test_a_party_and_state_tag_glued_to_a_name_is_no_part_of_it() -> None:
    quotes = release(
        HEAD + LEAD + "“We need the pier,” said Rep. Mike Roe D-Maine.\n\n"
        "“It is a good day,” said John Fisk D-Mich.\n\n"
    )
    assert speakers(quotes) == [["Mike Roe"], ["John Fisk"]]


def test_an_office_alone_names_nobody() -> None:
    quotes = release(HEAD + LEAD + "“The audit found waste,” the IG said.\n\n")
    assert speakers(quotes) == [[]]


def test_a_surname_that_is_also_a_title_still_names_its_person() -> None:
    quotes = release(
        HEAD + "DOVER, OH – Congressman Tom Bishop held a hearing on the harbor on Tuesday.\n\n"
        "“The harbor is open,” said Dr. Bishop.\n\n",
        member="tom_bishop",
    )
    assert speakers(quotes) == [["Tom Bishop"]]


def test_the_time_a_sentence_opens_with_is_no_part_of_the_speaker() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "Late Thursday the Lakeport Port Authority said “it will not fund the pier.”\n\n"
    )
    assert speakers(quotes) == [["Lakeport Port Authority"]]


def test_a_count_before_a_name_is_no_speaker() -> None:
    quotes = release(HEAD + LEAD + "One Lakeport said “the pier is too old to mend.”\n\n")
    assert speakers(quotes) == [[]]


def test_a_committees_name_run_into_a_persons_is_the_persons_role() -> None:
    doc = _document(
        HEAD + LEAD + "“This bill is bad,” said House Harbors Committee Ann Roe of Ohio.\n\n"
    )
    assert [q.speakers for q in doc.quotes] == [["Ann Roe"]]
    assert ("Ann Roe", "House Harbors Committee") in [(s.name, s.role) for s in doc.speakers]


# -- a contact line before a signed statement --------------------------------------------


def test_a_contact_line_before_a_statement_signed_after_it_does_not_take_the_words() -> None:
    quotes = release(
        "Ivo Brandt (202) 555-0143 or Mia Roth (202) 555-0199 "
        '"I have serious concerns about the harbor plan. It sets a bad precedent for the '
        'towns." -- U.S. Senator Nora Quill (R-Ohio)'
    )
    assert "Ivo Brandt" not in [name for names in speakers(quotes) for name in names]


def test_a_signed_statement_after_no_name_is_still_the_members() -> None:
    quotes = release(
        '"I have serious concerns about the harbor plan. It sets a bad precedent for the '
        'towns." -- U.S. Senator Nora Quill (R-Ohio)'
    )
    assert speakers(quotes) == [["Nora Quill"]]
