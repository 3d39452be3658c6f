"""A few quoted words inside the sentence that announces a statement are a term, not the
statement; an opening mark between two lowercase words that nothing closes is a dash."""

from __future__ import annotations

from importers.quotes import extract_quotes, find_segments
from search.model import Quote


def run(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def test_term_in_the_announcing_sentence_is_nobodys():
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after her "
        "amendment was adopted as part of the committee’s “harbor package.” The amendment "
        "funds two new pilot boats.",
        "“Our pilots have waited long enough for boats that do not leak,” said Varnum.",
    )
    term = next(q for q in quotes if q.text.startswith("harbor package"))
    assert term.speaker is None and not term.speakers
    said = next(q for q in quotes if q.text.startswith("Our pilots"))
    assert said.speaker == "Ilse Varnum"


def test_statement_after_its_announcing_sentence_still_speaks():
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after the "
        "harbor vote: “The pilots of Port Quill will finally get their boats.”"
    )
    [q] = quotes
    assert q.speaker == "Ilse Varnum"


def test_long_words_after_the_announcing_clause_are_not_cut_off():
    # no colon, but a whole sentence of words: still the statement announced
    quotes = run(
        "Congresswoman Ilse Varnum (D-ZZ) released the following statement after the "
        "vote “The pilots of Port Quill will finally get the boats they were promised.”"
    )
    [q] = quotes
    assert q.speaker == "Ilse Varnum"


def test_cut_dash_between_lowercase_words_opens_no_quotation():
    text = (
        "The plan is a symptom of a larger problem “ runaway spending in the capital. "
        "It must end, said Rep. Ilse Varnum."
    )
    assert find_segments(text) == []
    assert not [q for q in run(text) if q.kind == "direct"]


def test_two_cut_dashes_around_an_aside():
    text = "The harbor “ a lifeline for the valley “ needs a new breakwater now."
    assert find_segments(text) == []


def test_spaced_mark_that_a_closing_mark_follows_still_opens():
    text = "She called the ruling “ a disgrace” and left the room."
    [seg] = find_segments(text)
    assert text[seg.start : seg.end] == " a disgrace"


def test_spaced_mark_before_a_capital_still_opens():
    text = "Varnum said “ We will build it this year."
    [seg] = find_segments(text)
    assert text[seg.start : seg.end].strip().startswith("We will")


def test_statement_blocks_side_by_side_go_on_from_the_first():
    # a dateline before the subject used to be read as the blocks' subject
    quotes = run(
        "Portland – Congresswoman Ilse Varnum (D-ZZ) released the following statement on "
        'the harbor ruling: "Harbor families won today!" "The court upheld the harbor law. '
        'Pilots can move forward." "The law is already making a difference for many '
        'pilots. More than 600 of them now have boats."'
    )
    assert [q.speaker for q in quotes] == ["Ilse Varnum"] * 3


def test_block_after_narration_is_not_a_next_block():
    quotes = run(
        '"Harbor families won today!" said Rep. Ilse Varnum. Her rival, Tod Quell, '
        'disagreed. "The ruling is a mistake that will cost every pilot dearly."'
    )
    assert quotes[0].speaker == "Ilse Varnum"
    assert quotes[1].speaker != "Ilse Varnum"


def test_block_after_an_unattributed_one_gets_nobody_from_it():
    quotes = run('The sign on the pier read "Keep off the boats." "Pilots only beyond this point."')
    assert all(not q.speakers for q in quotes)


def test_transcript_label_after_a_cue_and_colon_is_not_the_cue_subject():
    quotes = run(
        "Six weeks ago, Congressman Ivo Brandt first called for a review in a letter to "
        "Attorney General Mia Quill. On January 16, Quill denied Brandt’s request in an "
        "interview with a network: Host Tara Lind: “Congressman Ivo Brandt, who sent a "
        "letter to you asking for a review, will you be able to name a counsel?” Quill: "
        "[No.] Right now the matter is being handled by the career agents."
    )
    q = quotes[0]
    assert not any("Quill" in name for name in q.speakers)


def test_cue_with_its_own_colon_still_speaks():
    quotes = run("On Monday, Rep. Ivo Brandt said: “We will build the harbor this year.”")
    [q] = quotes
    assert q.speaker == "Ivo Brandt"


def test_verb_opening_the_sentence_before_the_name_is_a_cue():
    quotes = run(
        "Mayor Anna Berg visited the harbour on Monday.",
        "“The new pier will open in spring,” Berg said. Continued Berg, “the ferry will "
        "follow a year later, once the channel is dredged.”",
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert quotes[1].cue == "continued"


def test_capitalised_verb_inside_a_name_is_no_cue():
    quotes = run(
        "Mayor Anna Berg visited the harbour on Monday.",
        "The Noted Harbour Fund, “a friend of every pilot,” gave the town a boat.",
    )
    assert all(q.speaker != "Anna Berg" for q in quotes)
