"""Blocks of a statement side by side in one paragraph go on from the block before only
after the subject's own saying; a label between a cue's colon and the words ends the cue's
reach only when it reads as a person. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def _direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_blocks_after_a_statement_go_on_from_its_subject() -> None:
    quotes = _direct(
        "Brackley – Congresswoman Ilse Varnum released the following statement on the"
        " dock ruling: “Pilots won today!” “The court upheld the dock law. Boats can sail.”"
        " “More than 300 pilots now have a berth.”"
    )
    assert [q.speakers for q in quotes] == [["Ilse Varnum"]] * 3


def test_blocks_after_a_quoted_letter_are_not_the_subjects() -> None:
    quotes = _direct(
        "Brackley – Rep. Orla Penwick quoted the letter of a constituent, Bram Tully:"
        " “I lost my skiff.” “Please help us rebuild.”"
    )
    assert quotes[1].speakers == []


def test_blocks_after_a_cited_person_word_are_not_the_subjects() -> None:
    quotes = _direct(
        "Brackley – Rep. Orla Penwick cited a pilot: “The pier is unsafe.”"
        " “I have seen three skiffs sink.”"
    )
    assert quotes[1].speakers == []


def test_blocks_after_shared_story_are_not_the_subjects() -> None:
    quotes = _direct(
        "Brackley – Rep. Orla Penwick shared the story of a widow, Nell Farrow:"
        " “I lost my skiff in the storm.” “Please help us rebuild.”"
    )
    assert quotes[1].speakers == []


def test_block_after_a_labelled_question_is_not_the_askers() -> None:
    quotes = _direct("Brackley – Host Tara Lind: “Will you run for the seat?” “I will not.”")
    assert quotes[0].speakers == ["Tara Lind"]
    assert quotes[1].speakers == []


def test_host_label_between_two_colons_speaks_not_the_cue_subject() -> None:
    quotes = _direct(
        "Mia Quorn denied it in an interview with a network: Host Tara de Lind:"
        " “Will you name a counsel?”"
    )
    assert quotes[0].speakers == ["Tara de Lind"]


def test_q_and_moderator_labels_keep_the_question_from_the_interviewee() -> None:
    for label in ("Q:", "Moderator, Tara Lind:", "Question:"):
        quotes = _direct(
            f"Mia Quorn denied it in an interview: {label} “Is the pier safe?” A: “No. It is not.”"
        )
        assert "Mia Quorn" not in quotes[0].speakers, label


def test_answer_label_leaves_the_interviewee_speaking() -> None:
    quotes = _direct("Mia Quorn denied it in an interview: A: “No. The pier is not safe.”")
    assert quotes[0].speakers == ["Mia Quorn"]


def test_labels_that_name_no_person_leave_the_cue_speaking() -> None:
    for text in (
        "Mayor Ann Holt wrote to the secretary: Dear Secretary Vail: “The pier cannot wait.”",
        "Rep. Orla Penwick said on the House floor: Mr. Speaker: “This law helps pilots.”",
        "Rep. Orla Penwick said of the two bills: Pier Act: “This law helps pilots.”",
        "Rep. Orla Penwick said at the town hall: Update: “The pier opens in May.”",
    ):
        [quote] = _direct(text)
        assert quote.speakers and quote.speakers[0] in ("Ann Holt", "Orla Penwick"), text


def test_a_person_in_the_clause_saying_when_a_statement_came_keeps_the_blocks() -> None:
    quotes = _direct(
        "Brackley – Rep. Orla Penwick issued the following statement after Governor Bram"
        " Tully spoke to the assembly: “The governor sought a fresh start.” “This is no"
        " time for a victory lap on the pier.”"
    )
    assert [q.speakers for q in quotes] == [["Orla Penwick"]] * 2


def test_block_after_one_ending_in_a_nested_quotation_goes_on() -> None:
    quotes = _direct(
        "Brackley – Congresswoman Ilse Varnum issued the following statement on the dock"
        " ruling: “The ruling is a mistake.” “At the time, the judge backed the pilots by"
        " saying, ‘a berth for every boat is the law of this harbor.’” “The court ignored"
        " the one piece of advice every pilot gave it.” “The pier must reopen.”"
    )
    assert [q.speakers for q in quotes] == [["Ilse Varnum"]] * 4


def test_block_after_straight_nested_quotation_goes_on() -> None:
    quotes = _direct(
        "Brackley – Congresswoman Ilse Varnum issued the following statement on the dock"
        ' ruling: "The ruling is a mistake." "At the time, the judge backed the pilots by'
        " saying, 'a berth for every boat is the law of this harbor.'\" \"The court ignored"
        ' the one piece of advice every pilot gave it." "The pier must reopen."'
    )
    assert [q.speakers for q in quotes] == [["Ilse Varnum"]] * 4
