"""A few quoted words inside the sentence that announces a statement are a term, not the
statement; an opening mark between two lowercase words that nothing closes is a dash."""

from __future__ import annotations

from importers.quotes import extract_quotes, find_segments, no_one_subject
from search.model import Quote
from tests.issuer_release import bare, release, speakers


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


# -- a term in the announcing sentence: a title, never a statement cut from its speaker --

_OSTRAND = "Congresswoman Mara Ostrand (D-ZZ) released the following statement"


def _spoken(quotes: list[Quote]) -> list[tuple[str, list[str]]]:
    return [(q.text[:12], q.speakers) for q in quotes if q.kind != "title"]


def test_term_in_the_announcing_sentence_is_a_title():
    quotes = run(
        "Senator Quentin Falk issued the following statement after the inspectors found "
        'the port authority engaged in "quiet billing" to fund the new crane. "This is '
        'theft. The dock workers deserve better."'
    )
    term = next(q for q in quotes if q.text.startswith("quiet billing"))
    assert term.kind == "title"
    glued = run(
        f"{_OSTRAND} after her amendment joined the board’s “dredging plan.” The plan "
        "pays for two new dredges."
    )
    assert [q.kind for q in glued if q.text.startswith("dredging plan")] == ["title"]


def test_short_sentence_glued_to_the_announcing_sentence_is_the_statement():
    for words in ("“We won.”", '"We won today."', "“Finally, a fair deal for the pilots.”"):
        quotes = run(f"{_OSTRAND} after the vote {words}")
        assert _spoken(quotes) == [(words.strip('“”"')[:12], ["Mara Ostrand"])]


def test_a_statement_after_a_capitalised_word_is_the_statement():
    quotes = run(f"{_OSTRAND} on Friday “a good day, neighbors.”")
    assert _spoken(quotes) == [("a good day, ", ["Mara Ostrand"])]


def test_short_statement_with_narration_after_it_keeps_its_speaker():
    quotes = run(
        f"{_OSTRAND} after the vote “We did it, neighbors.” The bill now goes to the Senate.",
        "“The pilots of Lake Orrin cannot wait another winter,” Ostrand said.",
    )
    assert [q.speakers for q in quotes] == [["Mara Ostrand"], ["Mara Ostrand"]]


def test_statement_of_two_paragraphs_opening_short_keeps_its_speaker():
    text = (
        f"Ostrand Hails Dredging Vote\n\nLAKEPORT, ZZ – {_OSTRAND} after the vote “Today "
        "the river won.\n\n“Tomorrow the Senate must act. The pilots of Lake Orrin cannot "
        "wait another winter for dredges.”\n\nThe bill now goes to the Senate."
    )
    assert speakers(bare(text)) == [["Mara Ostrand"], ["Mara Ostrand"]]
    assert speakers(release(text, "ivo_dunmore")) == [["Mara Ostrand"], ["Mara Ostrand"]]


def test_sentence_shaped_name_after_an_article_is_still_a_term():
    for words in ("the “Leave no boat behind.”", "the board’s “We pay later.”"):
        quotes = run(f"{_OSTRAND} after the council backed {words}")
        assert [q.kind for q in quotes] == ["title"]


# -- a cut dash: no closing mark anywhere after it in the document ---------------------


def test_spaced_mark_closed_by_a_straight_mark_still_opens():
    quotes = run(
        'Congresswoman Mara Ostrand called the verdict “ an insult to the jurors" and walked out.'
    )
    assert _spoken(quotes) == [("an insult to", ["Mara Ostrand"])]


def test_spaced_mark_closed_in_a_later_paragraph_still_opens():
    quotes = run(
        "Congresswoman Mara Ostrand said the vote was “ a win for every family on the "
        "lake. The pilots have waited long enough.",
        "“Now the Senate must act,” Ostrand said.",
    )
    assert [q.text[:5] for q in quotes if q.kind == "direct"] == ["a win", "Now t"]
    assert quotes[0].speakers == ["Mara Ostrand"]


def test_closing_mark_before_a_spaced_mark_does_not_keep_it():
    # the closer before the mark does not count; the one in the next paragraph does
    kept = run(
        "Mayor Ivo Dunmore said “no.” Later he called the levy “ a trap for every family "
        "on the lake.",
        "“It must be repealed,” he said.",
    )
    assert [q.text[:6] for q in kept if q.kind == "direct"] == ["no.", "a trap", "It mus"]
    cut = run(
        "Mayor Ivo Dunmore said “no.” The levy is a symptom of a larger problem “ runaway "
        "fees at the marina.",
        "The council meets again in June.",
    )
    assert [q.text for q in cut if q.kind == "direct"] == ["no."]


def test_straight_pair_later_in_the_document_does_not_keep_a_cut_dash():
    # a straight closing mark right after a straight opening one closes that one
    quotes = run(
        "The levy is a symptom of a larger problem “ runaway fees at the marina.",
        'The board called it a "temporary" measure.',
    )
    assert [q.text for q in quotes if q.text.startswith("runaway")] == []


def test_list_subject_is_read_for_a_spaced_mark_a_later_paragraph_closes():
    # the issuer's check reads the paragraph alone: a mark the parse kept as a quotation
    # (a closing mark later in the document) is found there too
    paragraph = (
        "Mayors Ann Holt, Ivo Brandt and Mia Roth had one message for the town “ the levy "
        "is a trap for every family."
    )
    assert no_one_subject(paragraph, paragraph.index("“") + 1)


def test_blocks_after_a_term_in_the_announcing_sentence_keep_the_statements_subject():
    quotes = run(
        "Rep. Ilse Varnum released the following statement after the council rejected a"
        " “lean harbor” plan that would have kept the pier open, a goal long sought by"
        " Varnum. “Last week, the council voted to close the pier by a vote of 5-4. I will"
        " keep working to reopen it.” “The pier first opened by one vote: that of a member"
        " who later moved away. Among those closing it last week was Tod Brisco.”"
        " “As a final point, the mayor once said he would ‘never let the pier go.’ He"
        " kept his word.”"
    )
    assert [q.kind for q in quotes] == ["title", "direct", "direct", "direct"]
    assert [q.speakers for q in quotes[1:]] == [["Ilse Varnum"]] * 3
