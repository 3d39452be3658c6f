"""A curly opening mark glued to the full stop before it (`week.“We …`: two paragraphs
run together when a page was flattened) ends the sentence there, as a space would; a
straight one (`Vail."We …`) takes no subject from the sentence before; and a sentence
after a full quoted statement whose verb takes a clause of its own (`promised the state
would help`) reports other words."""

from __future__ import annotations

from importers.quotes import extract_quotes, find_segments, mask_quotes, sentence_start
from search.model import Quote


def direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_glued_opening_mark_starts_a_sentence():
    text = "The board met this week.“We will act,” Vail said."
    masked = mask_quotes(text, find_segments(text))
    assert sentence_start(masked, text.index("Vail")) == text.index("“")


def test_words_after_a_cue_and_its_role_stay_the_speakers_when_the_quote_is_glued():
    [first, second] = direct(
        "The county council passed two road bills this week.“Cheaper gravel helps every"
        " farm,” said Councilwoman Mira Talbeck (R-Ind.), Chair of the Joint Roads Panel,"
        " “In spite of the delays, work on the north roads starts in May.”The second bill"
        " passed later."
    )
    assert first.speakers == ["Mira Talbeck"]
    assert second.speakers == ["Mira Talbeck"]
    assert second.text.startswith("In spite of the delays")


def test_glued_after_a_closing_mark_too():
    [first, second] = direct(
        "“The ferry runs again on Monday,” said Ossian Brell.“Tickets stay at two"
        " dollars,” Harriet Quayle added."
    )
    assert first.speakers == ["Ossian Brell"]
    assert second.speakers == ["Harriet Quayle"]


def test_an_initial_before_a_glued_mark_ends_no_sentence():
    text = "The mayor of Port Wendell, D.C.“Marsh” Oduya, spoke."
    masked = mask_quotes(text, find_segments(text))
    assert sentence_start(masked, text.index("spoke")) == 0


def test_a_straight_mark_glued_to_a_stop_is_no_sentence_break():
    # `."` may close the quotation before as well as open the next one.
    text = 'The board met this week."We will act," Vail said.'
    masked = mask_quotes(text, find_segments(text))
    assert sentence_start(masked, text.index("Vail")) == 0


def test_a_straight_mark_glued_to_a_stop_takes_no_subject_from_the_sentence_before():
    # The name ending the sentence before is the earlier words' speaker, named in a cue
    # the parse does not read; the words after the glued mark are not theirs.
    quotes = direct(
        "“Nos reunimos con las familias del valle,” declaró la Congresista Ana Robledal."
        '"Me honro de acompañar a mi colega Ana Robledal en el valle,” declaró el'
        " Congresista Ivo Brandtner."
    )
    second = next(q for q in quotes if q.text.startswith("Me honro"))
    assert second.speakers != ["Ana Robledal"]


def test_a_closing_mark_glued_to_the_next_word_is_no_break():
    # The stop is inside the quotation, masked with it: `."Ivo` closes, opens nothing.
    text = 'Ann Roe said "the board will act."Ivo Brandt left.'
    masked = mask_quotes(text, find_segments(text))
    assert sentence_start(masked, text.index("left")) == 0


def test_a_promise_after_a_full_statement_reports_other_words():
    [first, second, third] = direct(
        '"Now is the time," said Rep. Wilma Ashgrove of Ohio. "Towns depend on relief and'
        ' cannot wait."Governor Ivo Brandtner, speaking at the hall, promised the state would'
        ' help towns hit by the flood."We will help," Brandtner said.'
    )
    assert first.speakers == ["Wilma Ashgrove"]
    assert second.speakers == ["Wilma Ashgrove"]
    assert third.speakers == ["Ivo Brandtner"]


def test_a_promise_with_no_clause_after_the_words_is_still_their_cue():
    [quote] = direct('"We will rebuild every bridge by May." Governor Ivo Brandtner promised.')
    assert quote.speakers == ["Ivo Brandtner"]


def test_a_promise_taking_a_clause_is_no_cue_of_the_words_before():
    quotes = direct(
        '"Now is the time," said Rep. Wilma Ashgrove of Ohio. "Towns depend on relief and'
        ' cannot wait." Governor Ivo Brandtner promised the state would help the towns.'
    )
    assert all(q.speakers != ["Ivo Brandtner"] for q in quotes)
