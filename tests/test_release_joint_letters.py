"""A joint letter whose signers the release names in two parts: those who lead it (`Sen.
Ann Holt and Rep. Tod Vail led a letter to …`) and those said to join them (`… also
signed the letter`, `Joining her in this letter were …`). A quotation of the letter
(`the lawmakers wrote`) is all of theirs; without leaders named it is read as before.
Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import _LED_LETTER, extract_quotes
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def speakers(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in quotes_of(*paragraphs) if q.kind != "title"]


LEAD = (
    "Sen. Nora Quill (D-ME), chair of the Harbor Caucus, and Rep. Tod Vail (R-OR), its "
    "vice chair, today led a bipartisan, bicameral letter to the Maritime Board about "
    "dredging at small ports."
)
WORDS = "“Small harbors cannot wait another season for the dredges,” the lawmakers wrote."


@pytest.mark.parametrize(
    "joined",
    [
        "Sen. Ivo Brandt and Reps. Lena Roth and Cal Dunn also signed the letter.",
        "Senator Ivo Brandt and Representatives Lena Roth and Cal Dunn also signed the "
        "letter as members of the caucus.",
    ],
)
def test_people_who_also_sign_a_letter_join_those_who_lead_it(joined: str) -> None:
    assert speakers(f"{LEAD} {joined} {WORDS}") == [
        ["Nora Quill", "Tod Vail", "Ivo Brandt", "Lena Roth", "Cal Dunn"]
    ]


def test_people_joining_a_letter_after_the_word_join_its_leader() -> None:
    text = (
        "Rep. Nora Quill (ME-02) led a letter to the Maritime Board about dredging at "
        "small ports. Joining her in this letter were Reps. Ivo Brandt (OR-04), Lena Roth "
        "(WA-06) and Cal Dunn (CA-01). "
        "The lawmakers wrote, “Small harbors cannot wait another season for the dredges.”"
    )
    assert speakers(text) == [["Nora Quill", "Ivo Brandt", "Lena Roth", "Cal Dunn"]]


def test_a_member_who_joined_her_colleagues_in_a_letter_is_one_of_its_signers() -> None:
    # `joined her colleagues` names everyone who signs; no leader is looked for.
    text = (
        "Sen. Nora Quill (D-ME) joined her colleagues, Sen. Ivo Brandt (D-VT) and Sen. Lena "
        "Roth (R-OR), in sending a letter to the Maritime Board about dredging. "
        "“Small harbors cannot wait another season for the dredges,” the senators wrote."
    )
    assert speakers(text) == [["Nora Quill", "Ivo Brandt", "Lena Roth"]]


def test_a_letter_its_listed_signers_send_alone_is_still_theirs() -> None:
    # Nobody is said to join: the people named before the word sign it, as before.
    text = (
        "Sen. Ivo Brandt (D-ME) and Rep. Lena Roth (R-OR) sent a letter to the Maritime "
        "Board about dredging at small ports. "
        "“Small harbors cannot wait another season for the dredges,” the lawmakers wrote."
    )
    assert speakers(text) == [["Ivo Brandt", "Lena Roth"]]


HEAD_LEAD = (
    "Sen. Nora Quill (D-ME) and Sen. Ivo Brandt (D-VT) led a letter to the Maritime Board "
    "about dredging at small ports."
)
SENATORS = "“Small harbors cannot wait another season for the dredges,” the senators wrote."


def test_the_letter_also_signed_by_people_joins_them_not_its_addressee() -> None:
    text = (
        f"{HEAD_LEAD} The letter to Board Chair Ann Holt was also signed by Sen. Lena Roth "
        f"(D-WA) and Sen. Cal Dunn (D-CA). {SENATORS}"
    )
    assert speakers(text) == [["Nora Quill", "Ivo Brandt", "Lena Roth", "Cal Dunn"]]


def test_leaders_a_few_sentences_back_opening_with_a_day_lead_the_letter() -> None:
    text = (
        "Today, Sen. Nora Quill (D-ME) and Sen. Ivo Brandt (D-VT) sent a letter to the "
        "Maritime Board about dredging at small ports. Dredging has stalled at nine harbors "
        "since 2019. Today’s letter was also signed by Sen. Lena Roth (D-WA) and Sen. Cal "
        f"Dunn (D-CA). {SENATORS}"
    )
    assert speakers(text) == [["Nora Quill", "Ivo Brandt", "Lena Roth", "Cal Dunn"]]


@pytest.mark.parametrize(
    "after",
    [
        # The joining verb governs a law or a visit, not the letter.
        "The letter cites the 2019 dredging law, which was also signed by Governor Ann Holt.",
        "The letter asks the Board to carry out the Harbor Act, which was also signed by "
        "President Ann Holt in 2019.",
        "Mayor Ann Holt, who received a copy of the letter, also joined the senators at the "
        "harbor on Friday.",
        "The letter follows the Harbor Act, a bill Governor Ann Holt also signed into law.",
        # `Joining them` goes on past the letter before its copula.
        "Joining them in delivering the letter on Friday were Mayor Ann Holt and Harbor "
        "Master Cal Dunn.",
        "Joining them on Friday at the harbor, where Board Chair Ann Holt received the "
        "letter, were Mayor Lena Roth and Harbor Master Cal Dunn.",
    ],
)
def test_people_not_said_to_join_the_letter_do_not_sign_it(after: str) -> None:
    assert speakers(f"{HEAD_LEAD} {after} {SENATORS}") == [["Nora Quill", "Ivo Brandt"]]


def test_a_person_named_before_the_leaders_subject_does_not_lead() -> None:
    text = (
        "Following a hearing at which Secretary Ann Holt testified, Sen. Nora Quill (D-ME) "
        "led a letter to the Maritime Board about dredging at small ports. Reps. Lena Roth "
        f"(D-WA) and Cal Dunn (D-CA) also signed the letter. {WORDS}"
    )
    assert speakers(text) == [["Lena Roth", "Cal Dunn"]]


@pytest.mark.parametrize(
    "before",
    [
        # Another, older letter; the one joined is written to its writer.
        "In 2019, Secretary Ann Holt wrote a letter to the caucus promising dredging at "
        "every small port by 2024. Today, Sen. Nora Quill (D-ME) wrote to Secretary Holt to "
        "ask why the work has not begun.",
        # A letter by another member in May; this week's is written by somebody else.
        "In May, Sen. Ann Holt (D-ME) sent a letter to the Maritime Board about ferry fares. "
        "This week Rep. Nora Quill (R-OR) wrote to the Board about dredging at small ports.",
    ],
)
def test_the_leaders_of_another_letter_do_not_sign_the_one_joined(before: str) -> None:
    joined = "Reps. Lena Roth (D-WA) and Cal Dunn (D-CA) also signed the letter."
    signers = speakers(f"{before} {joined} {WORDS}")[0]
    assert "Ann Holt" not in signers and "Nora Quill" not in signers


def test_a_member_of_the_other_chamber_joining_keeps_the_senators_as_before() -> None:
    # `the senators` are not all who sign when a representative joins: as for a list.
    text = f"{HEAD_LEAD} Rep. Tod Vail (R-OR) also signed the letter. {SENATORS}"
    assert speakers(text) == [["Nora Quill", "Ivo Brandt"]]
    lawmakers = SENATORS.replace("the senators", "the lawmakers")
    text = f"{HEAD_LEAD} Rep. Tod Vail (R-OR) also signed the letter. {lawmakers}"
    assert speakers(text) == [["Nora Quill", "Ivo Brandt", "Tod Vail"]]


def test_people_who_also_sign_a_letter_do_not_lead_it() -> None:
    assert _LED_LETTER.search("Rep. Ann Holt signed the ") is not None
    assert _LED_LETTER.search("Rep. Ann Holt also signed the ") is None
