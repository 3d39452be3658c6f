"""A signature closing a paragraph after its last quotation (`“…” And that is all they
have, “…” ― Rita Brack.`) signs every quotation of the paragraph after the last other one
with an attribution: a quotation opening it is the signer's, not the speaker of the
paragraph before nor a release's issuer (both wrong speakers before). Invented
paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record

MAPPING = {"member": "issuer", "text": "text", "date": "published"}

READERS = [
    "Readers sent us their views on the harbor vote.",
    "“The vote was a disgrace and the board knows it.” ― Marta Quell",
    "“As a sailor I would rather lose the pier than lose the town.” ― Ines Dorrow",
]


def _speakers(paragraphs: list[str]) -> list[tuple[int, str | None]]:
    quotes = extract_quotes(paragraphs)[1]
    return [(q.paragraph, q.speaker) for q in quotes if q.kind == "direct"]


def test_a_quotation_opening_a_paragraph_another_signs_is_not_the_last_speakers() -> None:
    paragraphs = [
        *READERS,
        "“No sailor wants a board that calls us a nuisance. They are wrong.” And that is"
        " all they have, “the love of money.” ― Rita Brack.",
    ]
    assert _speakers(paragraphs) == [
        (1, "Marta Quell"),
        (2, "Ines Dorrow"),
        (3, "Rita Brack"),
        (3, "Rita Brack"),
    ]


def test_a_signed_paragraph_in_a_release_is_not_the_issuers() -> None:
    text = (
        "WASHINGTON – Today, Sen. Nora Quill (D-Ore.) praised the harbor vote in Dunmore.\n\n"
        "“This vote protects our ports and the people who work them,” said Senator Quill.\n\n"
        "“No sailor wants a board that calls us a nuisance. They are wrong.” And that is all"
        " they have, “the love of money.” ― Rita Brack.\n\n"
        "Quill has served on the harbor panel since 2011."
    )
    record = {"member": "nora_quill", "text": text, "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    said = [(q.paragraph, q.speaker) for q in doc.quotes if q.kind == "direct"]
    assert said == [(1, "Nora Quill"), (2, "Rita Brack"), (2, "Rita Brack")]


def test_a_cue_between_keeps_its_words() -> None:
    # Words with a cue of their own before the signed ones stay that cue's.
    paragraphs = [
        *READERS,
        "“The board does not listen,” Dorrow said. “It is all about the money.” ― Rita Brack.",
    ]
    assert _speakers(paragraphs)[2:] == [(3, "Ines Dorrow"), (3, "Rita Brack")]


def test_the_same_signature_or_none_lets_the_words_go_on() -> None:
    # The speaker of the paragraph before signs this one too.
    paragraphs = [
        *READERS,
        "“The board does not listen. They are wrong.” And that is all they have, “the love"
        " of money.” ― Ines Dorrow",
    ]
    assert _speakers(paragraphs)[2] == (3, "Ines Dorrow")
    # No signature: a paragraph of speech goes on from the speaker before.
    paragraphs = [
        "Harbor Mayor Ines Dorrow spoke after the vote on Monday.",
        "“As a sailor I would rather lose the pier than lose the town,” Dorrow said.",
        "“The board does not listen to anyone. It is all about the money.”",
    ]
    assert _speakers(paragraphs)[-1] == (2, "Ines Dorrow")


def test_narration_between_keeps_the_signature_to_its_own_words() -> None:
    # Words with a cue naming nobody, a saying, or a question and its answer labelled:
    # narration stands between them and the signature, which signs its own words only.
    for paragraph in [
        "“The board lied to us about the pier,” my father says. “They always do.” ― Rita Brack",
        "“The board lied to us about the pier,” says my father. “They always do.” ― Rita Brack",
        "“Build the pier and they will come,” goes the old saying. “They did not.” ― Rita Brack",
        "Q: “Why did you leave the board?” A: “Because nobody listened…” ― Rita Brack",
    ]:
        said = _speakers([READERS[0], paragraph])
        assert said == [(1, None), (1, "Rita Brack")], paragraph


def test_another_dash_and_name_between_is_no_signed_paragraph() -> None:
    # Two people each signed after a dash, the first with a sentence run on to the name.
    text = (
        "WASHINGTON – Sen. Nora Quill (D-OR) named two aides. “Serving Senator Quill is an"
        " honor beyond words.” -Wade Quell Tobin Dorrow was a harbor pilot. “I am eager to"
        " get to work for the coast.” -Tobin Dorrow"
    )
    record = {"member": "nora_quill", "text": text, "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    said = [(q.text[:7], q.speaker) for q in doc.quotes if q.kind == "direct"]
    assert said == [("Serving", None), ("I am ea", "Tobin Dorrow")]
