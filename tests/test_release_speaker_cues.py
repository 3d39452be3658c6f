"""Who speaks in a release: namesakes told apart by office, statements announced in the
present tense by a list of surnames, a lead's member named inside the statement, a
person and a body announcing together. Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def release(text: str, member: str = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def both(text: str) -> list[list[list[str]]]:
    """The speakers of each quotation, parsed bare and with the issuer given."""
    return [[q.speakers for q in quotes_of(text)], [q.speakers for q in release(text)]]


# -- two people of one surname --------------------------------------------------------

NAMESAKES = (
    "{dateline}Congressman Quill used his seat on the Rules Committee to guard the harbor "
    'fund. "This change would hurt our harbors. I see no reason to fix what works," '
    'Congressman Quill said. "Adding the language all but keeps it in the bill." "The fund '
    'is the lifeline of our port, and Congressman Quill has been a strong voice for it," '
    'Dr. Ivo Quill, President of Lakeport College, said. "Our harbors depend on the fund," '
    "Congressman Nora Quill said."
)


@pytest.mark.parametrize("dateline", ["", "SALEM, Ore.--"])
def test_a_titled_surname_is_the_namesake_named_with_that_office(dateline: str) -> None:
    text = NAMESAKES.format(dateline=dateline)
    for speakers in both(text):
        assert speakers == [["Nora Quill"], ["Nora Quill"], ["Ivo Quill"], ["Nora Quill"]]


def test_a_titled_surname_of_two_others_of_that_office_is_nobodys() -> None:
    quotes = quotes_of(
        "Senator Ann Vail and Senator Tod Vail toured the dam with Mayor Lena Vail. “The dam "
        "is safe,” Mayor Vail said. “We will fund the repairs,” Senator Vail said."
    )
    assert [q.speakers for q in quotes] == [["Lena Vail"], []]


def test_a_surname_named_once_with_a_title_stays_the_one_person() -> None:
    quotes = quotes_of(
        "Congresswoman Nora Quill (D-Ore.) toured the port. “The port needs dredging,” "
        "Congresswoman Quill said. Her husband, Carl Quill, joined her."
    )
    assert quotes[0].speakers == ["Nora Quill"]


# -- a statement announced in the present tense by a list of surnames ----------------------

JOINT = (
    "SALEM – On Monday, Harbor Board Chairman Ivo Brandt and Senator Tod Vail, the board's "
    "senior member, unveiled a plan for the docks. Representatives Nora Quill (OR-4), Lena "
    "Roth (WA-2), and Carl Dunn (ID-1) have written a plan of their own. {subject} {verb} the "
    "following statement: “We thank Chairman Brandt and Ranking Member Vail for their work on "
    "the docks. We look forward to working with them.”"
)


@pytest.mark.parametrize("verb", ["issue", "release", "released"])
def test_each_surname_of_a_list_announcing_a_statement_speaks(verb: str) -> None:
    text = JOINT.format(subject="Quill, Roth, and Dunn", verb=verb)
    for speakers in both(text):
        assert speakers == [["Nora Quill", "Lena Roth", "Carl Dunn"]]


def test_a_statement_naming_the_leads_person_by_office_is_not_theirs() -> None:
    text = (
        "SALEM – On Monday, Harbor Board Chairman Ivo Brandt and Senator Tod Vail, the board's "
        "senior member, unveiled a plan for the docks. Representative Lena Roth (WA-2) has "
        "written a plan of her own. “We thank Chairman Brandt and Ranking Member Vail for "
        "their work on the docks. We look forward to working with them.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [[]]
    # With the issuer given, the uncued statement is the issuer's, as before.
    assert [q.speakers for q in release(text, "lena_roth")] == [["Lena Roth"]]


# -- words inside a later sentence are not the statement announced ---------------------------


def test_a_phrase_inside_a_later_sentence_is_not_the_announced_statement() -> None:
    text = (
        "Congressman Ivo Brandt (R-Ore.) and Congressman Lena Roth (D-Wash.) released the "
        "following statements after introducing a bill to let sailors vote. The Sailors Vote "
        'Act would let sailors vote at their port, instead of at their "home of record." The '
        "bill has ten co-sponsors. Congressman Ivo Brandt: “Sailors have long been shut out of "
        "voting where they live.”"
    )
    for speakers in both(text):
        assert speakers == [[], ["Ivo Brandt"]]


def test_a_later_sentence_ending_in_a_colon_still_introduces_the_statement() -> None:
    quotes = quotes_of(
        "Rep. Nora Quill sent a letter to the Harbor Board, signed by 40 members. The letter "
        "reads, in part: “The docks cannot wait another winter.”"
    )
    assert quotes[0].speakers == ["Nora Quill"]


# -- a noun phrase ending in a preposition is no speaker -------------------------------------


def test_a_cue_word_after_a_preposition_names_no_speaker() -> None:
    text = (
        "Salem, Ore. – Rep. Nora Quill (D-OR) released the following statement applauding the "
        "Labor Department’s report today that they have revised the jobless claims from last "
        "week, and showed a drop in claims: “The report showing the drop in jobless claims is a "
        "good sign. I look forward to working with my colleagues.”"
    )
    for speakers in both(text):
        assert speakers == [["Nora Quill"]]
    assert quotes_of(text)[0].mention == "Nora Quill"


# -- a person and a body announcing together ------------------------------------------------


def test_a_person_then_and_the_body_is_the_person() -> None:
    text = (
        "LAKEPORT – U.S. Representative Nora Quill and the Oregon Department of Transportation "
        "today announced a $5 million grant to widen a stretch of Route 9. “This grant is a "
        "win for everyone,” said Quill. “It will make the road safer.”"
    )
    for speakers in both(text):
        assert speakers == [["Nora Quill"], ["Nora Quill"]]


def test_a_term_inside_the_introducing_sentence_leaves_the_statement_its_cue() -> None:
    text = (
        "WASHINGTON – Chief Deputy Whip Nora Quill (OR-4) released the following statement "
        'on the passage of H.J. Res. 12, on the board rule relating to "Harbor Fees": “Today '
        "the House voted to end a bad rule.”"
    )
    for speakers in both(text):
        assert speakers == [[], ["Nora Quill"]]


def test_a_statement_glued_to_the_full_stop_before_it_keeps_its_cue() -> None:
    quotes = quotes_of(
        "Rep. Nora Quill released the following statement on the port. She fought the plan "
        'for three years."After three years of work, I am glad the port is safe."'
    )
    assert quotes[0].speakers == ["Nora Quill"]


def test_a_short_name_titled_like_the_later_full_name_is_that_person() -> None:
    quotes = quotes_of(
        '"We must act now," said Congresswoman Quill. "The port needs the funding," said '
        "Rep. Nora Quill."
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"], ["Nora Quill"]]


# -- an office only from a title standing before the name ------------------------------------


def test_a_role_ending_in_representative_holds_no_seat() -> None:
    text = (
        "The port was toured by Union Representative Bill Cole and Rep. Tom Cole on Monday. "
        "“The harbor needs dredging,” Congressman Cole said."
    )
    for speakers in both(text):
        assert speakers == [["Tom Cole"]]


def test_the_office_of_an_abbreviated_title_is_the_persons() -> None:
    text = (
        "Rep. Tom Cole and Dr. Bill Cole toured the port on Monday. “The harbor needs "
        "dredging,” Congressman Cole said."
    )
    for speakers in both(text):
        assert speakers == [["Tom Cole"]]


def test_a_titled_surname_no_namesake_was_named_with_is_nobodys() -> None:
    text = (
        "Senator Tom Cole and Dr. Bill Cole toured the port on Monday. “The harbor needs "
        "dredging,” Congressman Cole said."
    )
    for speakers in both(text):
        assert speakers == [[]]


def test_a_full_name_with_a_role_of_no_seat_takes_over_the_titled_surname() -> None:
    quotes = quotes_of(
        "“The harbor needs dredging,” said Congressman Cole. “The bill will pass this week,” "
        "said House Rules Committee Chairman Tom Cole."
    )
    assert [q.speakers for q in quotes] == [["Tom Cole"], ["Tom Cole"]]


# -- a list of surnames announcing a statement -------------------------------------------------


@pytest.mark.parametrize(
    "subject", ["Smith and the Farm Bureau", "Smith, Jones and the Farm Bureau"]
)
def test_a_list_ending_in_a_body_is_nobodys(subject: str) -> None:
    text = (
        "Ann Smith and Bo Jones met farmers on Monday. "
        f"{subject} issue the following statement: “We welcome the farm bill.”"
    )
    for speakers in both(text):
        assert speakers == [[]]


@pytest.mark.parametrize("dateline", ["", "SALEM -- "])
def test_a_list_without_a_serial_comma_keeps_its_first_surname(dateline: str) -> None:
    text = (
        "Senator Ann Holt, Senator Tod Vail and Rep. Carl Dunn met farmers on Monday.\n"
        f"{dateline}Holt, Vail and Dunn issue the following statement: “We welcome the farm "
        "bill. It protects growers.”"
    )
    paragraphs = text.split("\n")
    assert [q.speakers for q in quotes_of(*paragraphs)] == [["Ann Holt", "Tod Vail", "Carl Dunn"]]


@pytest.mark.parametrize("subject", ["Lakeport, Salem and Vail", "Ford, Lakeport and Vail"])
def test_a_list_of_words_not_all_people_named_in_full_is_nobodys(subject: str) -> None:
    text = (
        "Senator Tod Vail visited three towns on Monday. "
        f"{subject} issue the following statement: “We welcome the farm bill.”"
    )
    for speakers in both(text):
        assert speakers == [[]]


def test_a_list_announcing_a_statement_in_the_paragraph_before_is_checked_too() -> None:
    quotes = quotes_of(
        "WASHINGTON -- Smith, Jones and the Farm Bureau issued the following statement:",
        "“We welcome the farm bill. It protects growers.”",
    )
    assert [q.speakers for q in quotes] == [[]]


def test_a_quoted_term_before_a_statement_cue_ends_its_reach_without_a_colon() -> None:
    quotes = quotes_of(
        "Ann Holt issued a statement after the harbor plan, which Tod Vail has called “a "
        "mistake,” was cut by the city council, which called it “a waste of money.”"
    )
    assert quotes[1].cue != "issued a statement"


def test_a_name_holding_and_is_no_list_of_surnames() -> None:
    text = (
        "Ways and Means Committee Chairman Ann Holt (D-OR) made the following statement "
        "after the vote on the harbor bill: “The harbor bill puts our ports first.”"
    )
    for speakers in both(text):
        assert speakers == [["Ann Holt"]]


def test_an_opening_word_and_a_comma_are_no_list_before_the_subject() -> None:
    text = (
        "Today, Congressman Holt issued the following statement on the harbor vote: “The "
        "harbor bill puts our ports first.”"
    )
    assert [q.speakers for q in quotes_of(text)] == [["Holt"]]
