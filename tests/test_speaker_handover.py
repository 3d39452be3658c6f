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
    for label in ("Note on page 41:", "Section 14(c):", "See p. 9:", "open.Note on page 41:"):
        text = (
            f"{LEAD} The bill keeps harbor records open. {label} “Each harbor clerk shall "
            "keep the mooring ledger open to any resident who asks.”"
        )
        for member in ("nora_quill", None):
            [q] = [q for q in release(text, member) if q.text.startswith("Each harbor")]
            assert q.kind == "title" and q.speakers == [], (label, member)


def test_a_speaker_naming_a_page_still_speaks() -> None:
    _, quotes = extract_quotes(["Ann Holt said of page 3: “We must act now.”"])
    assert direct(quotes) == [["Ann Holt"]]


def test_a_name_before_a_section_or_line_label_keeps_the_speech() -> None:
    # The label says what the person speaks of; the words are that person's.
    _, quotes = extract_quotes(
        [
            "Rep. Tess Orlow toured the shelter. Orlow on Section 4: “Families wait "
            "three years for a room. That is wrong.”"
        ]
    )
    assert direct(quotes) == [["Tess Orlow"]]
    _, quotes = extract_quotes(
        ["Riders spoke first. Ona Pell, a baker who rides Line 7: “I wait an hour a day.”"]
    )
    assert direct(quotes) == [["Ona Pell"]]


# -- a body that says or reports something, a subject that is no body ---------------


def test_a_body_that_only_says_something_does_not_take_the_next_quotation() -> None:
    for sentence in (
        "The Harbor Audit Office said in June that the port lost track of $3 million.",
        "The Lakeport Gazette said the vote would come Tuesday.",
        "The Lakeport Pilots Association said it backs the plan.",
    ):
        _, quotes = extract_quotes(
            [f"“Sailors deserve better,” said Rep. Tess Orlow. {sentence} “I will keep asking.”"]
        )
        assert direct(quotes)[-1] in ([], ["Tess Orlow"]), sentence


def test_an_office_or_honorific_after_the_is_no_body() -> None:
    for sentence in (
        "The President said on Tuesday that the talks were over.",
        "The Chairman said on Tuesday that the talks were over.",
        "The Honorable Ona Pell submitted written testimony to the panel.",
    ):
        speakers, quotes = extract_quotes(
            [f"“Sailors deserve better,” said Rep. Tess Orlow. {sentence} “We need a vote.”"]
        )
        assert direct(quotes)[-1] in ([], ["Tess Orlow"]), sentence
        assert all(s.kind != "organization" for s in speakers), sentence


def test_capitalised_words_after_the_handing_in_testimony_are_a_body() -> None:
    # No office, honorific or first name: a body's name, though no organisation's word.
    _, quotes = extract_quotes(
        [
            "“Sailors deserve better,” said Rep. Tess Orlow. The Coastal Legion submitted "
            "written testimony to the panel. “We need a vote.”"
        ]
    )
    assert direct(quotes) == [["Tess Orlow"], ["Coastal Legion"]]


# -- a participle whose clause names somebody else ---------------------------------


def test_a_participle_whose_clause_names_another_person_is_nobodys() -> None:
    for clause in (
        "Ona Pell challenged Orlow at the forum, noting his old pledge to “never close a pier.”",
        "Ona Pell spoke at the forum, noting his old pledge to “never close a pier.”",
    ):
        _, quotes = extract_quotes(
            [f"“The plan is sound,” said Ranking Member Tess Orlow. “It adds two berths.” {clause}"]
        )
        [q] = [q for q in quotes if q.text.startswith("never close")]
        assert q.speakers == [], clause


# -- a surname opening a sentence between the last speaker and `he` ---------------


def test_a_lone_surname_since_the_last_speaker_leaves_he_unresolved() -> None:
    _, quotes = extract_quotes(
        [
            "“The dam will hold,” said Lev Arno.",
            "Mbeki testified after him. “We need two more weeks,” he said.",
        ]
    )
    assert direct(quotes) == [["Lev Arno"], []]


def test_an_abstract_noun_opening_a_sentence_is_no_surname() -> None:
    for sentence in ("Production has tripled since March.", "Employment is up this year."):
        _, quotes = extract_quotes(
            [
                "Mayor Lev Arno toured the mill on Tuesday.",
                f"{sentence} “We are hiring again,” he said.",
            ]
        )
        assert direct(quotes) == [["Lev Arno"]], sentence
