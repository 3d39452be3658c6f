"""Quotation marks a release's layout wrote as hyphens (`-We will rebuild,- said Roe.`):
`importers.hyphen_marks` puts curly marks back, one character for one, in a text that
shows the layout for sure, only around quotations a cue makes sure of; any other hyphen
(a bullet, a compound, a dateline, a title between hyphens) is left as it is."""

from __future__ import annotations

from importers.hyphen_marks import restore_marks, shows_layout
from importers.quotes import extract_quotes
from search.model import Quote
from tests.issuer_release import bare, release, speakers

LAYOUT = (
    "Senators Ivo Brandt and Lena Marsh announced funds for the Dover harbor. -The harbor"
    " feeds half of this town,- said Sen. Brandt. -It needed this grant.- -We fought for"
    " these docks for years,- Sen. Marsh said. -Dover will see the work start in May.-"
)


def direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_the_layout_gets_its_marks_back_one_for_one():
    [restored] = restore_marks([LAYOUT])
    assert len(restored) == len(LAYOUT)
    assert "“The harbor feeds half of this town,” said Sen. Brandt." in restored
    assert "“It needed this grant.” “We fought" in restored
    assert restored.endswith("“Dover will see the work start in May.”")


def test_each_statement_is_its_speakers():
    quotes = direct(LAYOUT)
    assert [(q.text[:12], q.speakers) for q in quotes] == [
        ("The harbor f", ["Ivo Brandt"]),
        ("It needed th", ["Ivo Brandt"]),
        ("We fought fo", ["Lena Marsh"]),
        ("Dover will s", ["Lena Marsh"]),
    ]


def test_a_cue_before_the_statement_and_a_straight_opening_mark():
    text = (
        "Mayor Ada Penn toured the pier on Friday. Penn said, -The pier is ready for the"
        ' fleet.- "The ferries come next,- said Tod Vail, the harbor master.'
    )
    assert [(q.text[:10], q.speakers) for q in direct(text)] == [
        ("The pier i", ["Ada Penn"]),
        ("The ferrie", ["Tod Vail"]),
    ]


def test_a_statement_alone_under_its_heading():
    text = "Statement of Rep. Nora Quill on the Dover flood -Our town will rebuild, together.-"
    assert shows_layout(text)
    [quote] = direct(text)
    assert quote.text == "Our town will rebuild, together."


def test_a_text_without_the_layout_is_left_alone():
    for text in (
        "WASHINGTON, D.C.- Rep. Nora Quill announced a grant for the Dover harbor today.",
        "The U.S.-Mexico talks resume. -If you compare the figures, prices rose.- Provides"
        " a table of rates.",
        "Rates rose 4%.-Costs fell in May.",
    ):
        assert not shows_layout(text)
        assert restore_marks([text]) == [text]
        assert direct(text) == []


def test_unsure_statements_keep_their_hyphens():
    # No cue after the words, none before, and more text after them: nobody to give
    # them to but a guess.
    text = (
        LAYOUT + " He had a way with words - -Come home, Dover- and -Don't give up the"
        " harbor.- He was loved."
    )
    [restored] = restore_marks([text])
    assert restored.endswith("-Come home, Dover- and -Don't give up the harbor.- He was loved.")


def test_a_title_between_hyphens_is_no_statement():
    text = (
        LAYOUT + ' The river won a federal -Wild and Scenic River- designation. "We are'
        ' proud of it," said Tod Vail.'
    )
    [restored] = restore_marks([text])
    assert "-Wild and Scenic River- designation" in restored
    assert [q.speakers for q in direct(text)][-1] == ["Tod Vail"]


def test_a_cue_with_no_stop_before_the_next_statement_is_unsure():
    # `…,- said Roe -It …`: whose the second words are is left open, so neither pair is
    # put back from that cue.
    text = (
        LAYOUT + " -The fleet is coming home,- said Congresswoman Gail Roe -Incredibly, the"
        " money came in a week. We were ready.- Roe added nothing."
    )
    [restored] = restore_marks([text])
    assert "-The fleet is coming home,- said Congresswoman Gail Roe -Incredibly" in restored


# -- hostile variants: nobody wrong ----------------------------------------------------


def test_a_second_person_named_nearby_keeps_the_cues_speaker():
    text = (
        "Sen. Ivo Brandt met Mayor Ada Penn and Tod Vail on the pier. -The harbor feeds"
        " half of this town,- said Sen. Brandt, standing beside Penn. -It needed this"
        " grant.-"
    )
    assert speakers(direct(text)) == [["Ivo Brandt"], ["Ivo Brandt"]]


def test_a_kin_phrase_as_the_subject_gives_nobody():
    text = (
        "Sen. Ivo Brandt opened the pier. -The harbor feeds half of this town,- said Sen."
        " Brandt. -We are proud of him,- said the son of Sen. Ivo Brandt."
    )
    quotes = direct(text)
    assert quotes[0].speakers == ["Ivo Brandt"]
    assert quotes[-1].speakers in ([], None)


def test_a_quoted_title_after_a_cue_is_not_the_speakers_statement():
    text = (
        "Sen. Ivo Brandt opened the pier. -The harbor feeds half of this town,- said Sen."
        " Brandt. The bill, the -Harbor Jobs Act,- passed on Monday."
    )
    quotes = direct(text)
    assert [q.text for q in quotes] == ["The harbor feeds half of this town,"]


def test_a_group_that_includes_a_person_gives_nobody_alone():
    text = (
        "Sen. Ivo Brandt joined the dock workers. -The harbor feeds half of this town,-"
        " said the workers, including Sen. Brandt. -We fought for years,- Sen. Brandt said."
    )
    quotes = direct(text)
    assert quotes[-1].speakers == ["Ivo Brandt"]
    assert quotes[0].speakers != ["Ivo Brandt"]


def test_a_joint_statements_second_paragraph_is_left_alone():
    text = (
        "Reps. Ivo Brandt, Lena Marsh and Tod Vail issued the following statement: -We"
        " are concerned by the closure of the pier. -We call on the board to reopen it.-"
    )
    assert restore_marks([text]) == [text]


def test_issuer_and_bare_give_the_same_named_speaker():
    text = "Harbor Funds Announced\n\n" + LAYOUT
    assert speakers(release(text)) == [["Ivo Brandt"], ["Ivo Brandt"], ["Lena Marsh"]] + [
        ["Lena Marsh"]
    ]
    assert speakers(bare(text))[-1] == ["Lena Marsh"]


def test_many_hyphen_pairs_after_the_layout_are_left_as_they_are():
    # Its growth with the pairs is timed by scripts/bench_quote_scaling.py --shape
    # hyphen-pairs (linear, as a ratio in one run).
    pairs = " -A b,- c d. -E f- g. " * 4000
    [layout] = restore_marks([LAYOUT])
    assert restore_marks([LAYOUT + pairs]) == [layout + pairs]


# -- a capital abbreviation, a figure, narration glued between two statements ------------

OPENING = (
    "Rep. Nora Quill announced a grant for the Dover harbor. Mayor Ann Holt attended."
    " -This grant feeds half of this town,- said Rep. Quill."
)


def test_a_statement_ending_in_a_capital_abbreviation_closes_there():
    text = (
        OPENING + " -This is a win for the FBI.- The mayor was less sure. -20 jobs is"
        " nothing,- Holt said."
    )
    quotes = direct(text)
    assert [(q.text, q.speakers) for q in quotes] == [
        ("This grant feeds half of this town,", ["Nora Quill"]),
        ("This is a win for the FBI.", ["Nora Quill"]),
        ("20 jobs is nothing,", ["Ann Holt"]),
    ]


def test_an_abbreviation_before_the_next_cue_closes_too():
    text = (
        OPENING
        + " -We must stand with the U.S.- said Rep. Quill. -$5 million is a start,- Holt said."
    )
    quotes = direct(text)
    assert [(q.text, q.speakers) for q in quotes][1:] == [
        ("We must stand with the U.S.", ["Nora Quill"]),
        ("$5 million is a start,", ["Ann Holt"]),
    ]


def test_narration_glued_after_a_full_stop_ends_the_statement_unmarked():
    # `FBI.-Holt` may be a compound as `U.S.-Mexico` is, or a closer glued to narration:
    # the open statement gets no marks rather than a span over the narration.
    text = OPENING + " -We thank the FBI.-Holt was not impressed.-It is a small sum,- said Holt."
    [restored] = restore_marks([text])
    assert "-We thank the FBI.-Holt was not impressed.“It is a small sum,” said Holt." in restored
    quotes = direct(text)
    assert all("impressed" not in q.text for q in quotes)
    assert (quotes[-1].text, quotes[-1].speakers) == ("It is a small sum,", ["Ann Holt"])


def test_a_minus_sign_or_a_range_opens_nothing():
    text = (
        OPENING + " Temperatures fell to -5 degrees and the 2019-2020 budget covers pages"
        " 4-7. -It is cold,- Holt said."
    )
    [restored] = restore_marks([text])
    assert "to -5 degrees and the 2019-2020 budget covers pages 4-7. “It is cold,”" in restored


def test_many_openers_before_a_closing_hyphen_open_nothing():
    # Openers with no closer before a hyphen at the end, within the stretch read for a
    # closing statement (each opener once tried as the statement's start). Its growth
    # with the openers is timed by scripts/bench_quote_scaling.py --shape hyphens.
    paragraphs = [" -Abc d" * 560 + "x-"] * 20
    assert restore_marks(paragraphs) == paragraphs


def test_a_compound_or_a_dateline_after_a_capitals_stop_gives_nobody_wrong():
    dateline = "WASHINGTON, D.C.- Rep. Nora Quill announced a grant for the Dover harbor."
    compound = (
        "Mayor Ann Holt attended. -We back the U.S.-Canada pact,- said Rep. Quill. -It is overdue.-"
    )
    restored = restore_marks([dateline, OPENING, compound])
    assert restored[0] == dateline
    assert restored[2].startswith("Mayor Ann Holt attended. -We back the U.S.-Canada pact,-")
    quotes = direct(dateline, OPENING, compound)
    assert all(q.speakers in (["Nora Quill"], [], None) for q in quotes)
    assert all("Canada" not in q.text or not q.speakers for q in quotes)
