"""Who speaks when a release hands the word from one speaker to another: `shared` after
a closing mark, a body that hands in written words, a participle
in the sentence after a quotation, and a document's own text quoted at its page.

Every fixture is an invented release or paragraph.
"""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def release(text: str, member: str | None = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member} if member else {"text": text}
    mapping = {"text": "text", **({"member": "issuer"} if member else {})}
    return document_from_record(record, mapping, origin=None).quotes


def direct(quotes: list[Quote]) -> list[list[str]]:
    return [q.speakers for q in quotes if q.kind == "direct"]


LEAD = (
    "WASHINGTON – Ivo Brandt, a Navy veteran of Lakeport, received the Bronze Star from "
    "Rep. Nora Quill on Friday. Brandt served on a minesweeper in 1951."
)


# -- verbs of saying the cues did not know -------------------------------------------


def test_shared_after_the_closing_mark_is_a_cue() -> None:
    text = (
        f"{LEAD} “I accept this for every sailor of my crew,” shared Brandt. "
        "“They earned it as much as I did.”"
    )
    for member in ("nora_quill", None):
        # Not the issuer's words: the cue names the veteran, and the next part is his.
        assert direct(release(text, member)) == [["Ivo Brandt"], ["Ivo Brandt"]], member


def test_shared_with_an_object_is_no_cue() -> None:
    # `shared` takes an object far more often than it introduces words.
    text = (
        f"{LEAD} “We lose people when we stigmatize,” said Sen. Tod Vail. “We lose talent "
        "and opportunity.” The delegation shared details about its bills."
    )
    assert direct(release(text)) == [["Tod Vail"], ["Tod Vail"]]
    text = (
        "WASHINGTON – Today, Rep. Nora Quill released the following statement on reports "
        "that Director Ivo Brandt shared classified papers with a reporter last week: "
        "“I am stunned by this careless act.”"
    )
    assert direct(release(text)) == [["Nora Quill"]]


# -- a body that hands in written words ------------------------------------------------


TESTIMONY = (
    "At the hearing, Guild director Aleks Marrow said, “The Guild backs the Harbor Act.” "
    "The Lakeport Veterans League submitted written testimony in support of the bill, "
    "noting that the members it counts will find work. “This bill asks employers to "
    "count the veterans they hire, on a voluntary basis.”"
)


def test_a_body_handing_in_testimony_speaks_the_next_quotation() -> None:
    for member in ("nora_quill", None):
        quotes = release(f"{LEAD} {TESTIMONY}", member)
        assert direct(quotes) == [["Aleks Marrow"], ["Lakeport Veterans League"]], member


def test_a_body_doing_something_else_leaves_the_last_speaker() -> None:
    _, quotes = extract_quotes(
        [
            "“We are thrilled,” said Mayor Ann Holt. The Lakeport Foundation gave $5,000 "
            "to the school. “This grant will help every child in town.”"
        ]
    )
    assert direct(quotes) == [["Ann Holt"], ["Ann Holt"]]


def test_a_body_whose_sentence_quotes_someone_does_not_take_the_next_words() -> None:
    # The sentence's own cue (`said Jan Lipp`) says whose the next words are.
    _, quotes = extract_quotes(
        [
            "The Lakeport Ledger reports: “Graduates are struggling to find jobs” with "
            "the largest firms, said Jan Lipp, a professor at Lakeport College. "
            "“I think that is a shame.”"
        ]
    )
    assert direct(quotes)[-1] == ["Jan Lipp"]


# -- a participle in the sentence after a quotation ----------------------------------


def test_a_participle_after_a_quotations_sentence_is_its_own_subjects() -> None:
    _, quotes = extract_quotes(
        [
            "“The bill is sound,” said Ranking Member Ivo Brandt. “It would require "
            "disclosure.” In 2013, Ledger Foundation Policy Director Ann Duff endorsed "
            "the bill at a hearing on openness, saying it “would show who gives to "
            "whom.” A vote is expected."
        ]
    )
    assert direct(quotes) == [["Ivo Brandt"], ["Ivo Brandt"], ["Ann Duff"]]


def test_a_participle_after_a_quotation_keeps_a_subject_named_again() -> None:
    _, quotes = extract_quotes(
        [
            "Then Tod Vail boasted, “That makes me smart.” Vail was defensive when asked "
            "about an unpaid builder who said he was stiffed, saying, “Maybe he did a "
            "poor job.”"
        ]
    )
    assert direct(quotes) == [["Tod Vail"], ["Tod Vail"]]


# -- a document's text quoted at its page ----------------------------------------------


def test_a_quotation_after_a_page_or_section_label_is_not_speech() -> None:
    for label in ("Note on page 657:", "Section 1022(a):", "See p. 12:"):
        text = (
            f"{LEAD} The bill protects citizens. {label} “The requirement to detain a "
            "person in custody does not extend to citizens of the United States.”"
        )
        for member in ("nora_quill", None):
            [q] = [q for q in release(text, member) if q.text.startswith("The requirement")]
            assert q.kind == "title" and q.speakers == [], (label, member)


def test_a_speaker_naming_a_page_still_speaks() -> None:
    _, quotes = extract_quotes(["Ann Holt said of page 3: “We must act now.”"])
    assert direct(quotes) == [["Ann Holt"]]
