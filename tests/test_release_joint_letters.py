"""A joint letter whose signers the release names in two parts: those who lead it (`Sen.
Ann Holt and Rep. Tod Vail led a letter to …`) and those said to join them (`… also
signed the letter`, `Joining her in this letter were …`). A quotation of the letter
(`the lawmakers wrote`) is all of theirs; without leaders named it is read as before.
Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
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
