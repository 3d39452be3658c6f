"""Quotations a release gives to the wrong person or to no name at all: a closing mark
typed as an opener before a cue, a letter written to the member, the member's title and
surname read as a namesake, party tags, offices and times taken into a speaker's value."""

from __future__ import annotations

import pytest

from importers.quotes import find_segments
from importers.records import document_from_record
from search.model import Document
from tests.issuer_release import HEAD, LEAD, bare, release, speakers


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


def test_an_opener_typed_for_the_closing_mark_then_a_space_before_a_cue_ends_it_too() -> None:
    text = "“The pier stands with these towns, “ said Rep. Ann Holt. “All the crews are ready.”"
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "The pier stands with these towns, ",
        "All the crews are ready.",
    ]
    assert segments[0].closed


def test_the_words_after_a_spaced_mistyped_closing_mark_are_the_cued_persons() -> None:
    quotes = release(
        HEAD
        + LEAD
        + "“The harbor matters to our families,” said Congresswoman Nora Quill. “We will keep "
        "it open.”\n\n"
        "“Every crew on the river stands ready, “ said Director Ann Holt. “The pumps will run "
        "all night for the families near the levee.”\n\n"
    )
    assert speakers(quotes) == [["Nora Quill"], ["Nora Quill"], ["Ann Holt"], ["Ann Holt"]]


@pytest.mark.parametrize("nickname", ["“Buck”", '"Buck"'])
def test_a_nickname_in_the_name_of_the_sentence_before_keeps_another_subject(
    nickname: str,
) -> None:
    # The words after a sentence whose subject is another member are not the issuer's
    # run going on, with or without a nickname inside that member's name.
    quotes = release(
        HEAD
        + LEAD
        + "“The harbor matters to our families,” said Congresswoman Nora Quill. “We will keep "
        f"it open.” Rep. Howard {nickname} Tarrow (R-CA), the ranking member of the panel, "
        "also thanked the harbor crews. “I thank the crews. Congresswoman Quill is a friend "
        "of every pier.”\n\n"
    )
    assert speakers(quotes)[:2] == [["Nora Quill"], ["Nora Quill"]]
    assert ["Nora Quill"] not in speakers(quotes)[2:]


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


# -- a body's name before a person's, a tag or a day that is part of a name ---------------


def test_a_body_whose_name_another_verb_follows_is_the_subject_not_the_person() -> None:
    for text in (
        "The House Harbor Committee Ann Roe leads said “the pier is too costly.”",
        "The Lakeport City Council Tom Reed chairs said “we will vote.”",
    ):
        assert speakers(bare(HEAD + text + "\n")) == [[]]


def test_a_body_before_a_name_that_ends_the_mention_is_still_the_role() -> None:
    quotes = bare(HEAD + "The House Harbor Committee Ann Roe said “the pier is too costly.”\n")
    assert speakers(quotes) == [["Ann Roe"]]


def test_a_hyphenated_given_name_is_no_party_tag() -> None:
    for cue, name in (
        ("said Professor Lin I-Chen of Taipei.", "Lin I-Chen"),
        ("said Tsai I-Wen.", "Tsai I-Wen"),
        ("said Ann D-Angelo.", "Ann D-Angelo"),
    ):
        assert speakers(bare(HEAD + f"“The pier will be built,” {cue}\n")) == [[name]]


def test_a_party_and_state_tag_is_still_cut_from_the_name() -> None:
    for cue in ("said Tod Vail D-Maine.", "said Tod Vail D-Mich.", "said Tod Vail R-Ga."):
        assert speakers(bare(HEAD + f"“The pier will be built,” {cue}\n")) == [["Tod Vail"]]


def test_a_day_before_a_surname_is_not_cut_off_as_a_time() -> None:
    for cue in ("said Sunday Alabi, a nurse.", "said Tuesday Weld."):
        quotes = bare(HEAD + f"“The pier will be built,” {cue}\n")
        assert speakers(quotes) in ([[]], [[cue.split()[1] + " " + cue.split()[2].strip(".,")]])
        assert speakers(quotes) != [[cue.split()[2].strip(".,")]]


def test_a_signature_naming_the_same_person_keeps_the_name_before_the_mark() -> None:
    quotes = release('Congresswoman Nora Quill "We need the pier." -- Congresswoman Quill')
    assert speakers(quotes) == [["Nora Quill"]]


def test_a_contact_who_loses_the_words_leaves_the_speakers() -> None:
    document = _document(
        "Ivo Brandt (202) 555-0143 or Mia Roth (202) 555-0199 "
        '"I have serious concerns about the harbor plan. It sets a bad precedent for the '
        'towns." -- U.S. Senator Nora Quill (R-Ohio)',
        member="ann_vik",
    )
    assert "Ivo Brandt" not in [s.name for s in document.speakers]


def test_the_surname_of_a_person_named_before_is_no_office() -> None:
    quotes = bare(
        HEAD + "“The plan is sound,” said Ann Masters, the board chair.\n\n“It is,” Masters said.\n"
    )
    assert speakers(quotes) == [["Ann Masters"], ["Ann Masters"]]


def test_an_assistant_to_an_office_holder_speaks_in_person() -> None:
    quotes = bare(
        HEAD + "“It is a bad bill,” said Special Assistant to President Ann Holt Tom Reed.\n"
    )
    assert speakers(quotes) == [["Tom Reed"]]
