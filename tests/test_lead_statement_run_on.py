"""A bare release's lead member and the paragraphs of their uncued statement run together
into one line: the closing mark and the full stop of a paragraph lost, the next paragraph
opening with its own mark (`… is here to stay “Since …`). The next paragraph is part of
the same statement, so a first person in it says whose the statement is. Quotations that
the words before them introduce are not such paragraphs. Every fixture is invented text."""

from __future__ import annotations

from importers.quotes import _runs_on_unclosed, extract_quotes
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


LEAD = (
    "Rep. Nora Quill, OR-04, today welcomed the Harbor Board’s vote to keep the ferry "
    "fund for the islands of Lake Venn. The board voted 5-2 on Tuesday. "
)
FIRST = "“Tonight’s vote is a victory for every family on the islands. The fund is here to stay "
SECOND = (
    "“Since the ferry began in 2004, the trips to the mainland have doubled. In my district "
    "more than 9,000 riders use it each week. "
)
THIRD = "“Tonight’s vote keeps the ferry running for years to come, whatever the weather.”"


def test_a_run_on_paragraph_in_the_first_person_makes_the_statement_the_members() -> None:
    quotes = quotes_of(LEAD + FIRST + SECOND + THIRD)
    assert [q.speakers for q in quotes] == [["Nora Quill"]] * 3


def test_without_the_first_person_nobody_speaks() -> None:
    # The rule for the lead's member needs a first person somewhere in the statement.
    second = SECOND.replace("In my district", "In the district")
    quotes = quotes_of(LEAD + FIRST + second + THIRD)
    assert [q.speakers for q in quotes] == [[], [], []]


def test_a_quotation_its_words_introduce_is_no_run_on_paragraph() -> None:
    # `As Ann Vail wrote “…`, `he said “…`, `announced that “…`: the words before the mark
    # introduce a quotation inside the statement, someone else's.
    for opening in (
        "“Our town remembers what Ann Vail wrote ",
        "“A ferry captain told me last spring, and he said ",
        "“Last week the Harbor Board announced that ",
    ):
        quoted = "“We have kept the ferry going through every storm since the war.” "
        closing = "That is why I fought for this fund.”"
        quotes = quotes_of(LEAD + opening + quoted + closing)
        assert all(q.speakers != ["Nora Quill"] for q in quotes[1:2]), opening


def test_a_few_words_after_an_open_quotation_are_no_paragraph() -> None:
    quotes = quotes_of(LEAD + FIRST + "“a lifeline.” I thank the board for its vote.”")
    assert all(q.speakers != ["Nora Quill"] for q in quotes[1:2])


def test_words_going_on_in_the_sentence_are_no_paragraph() -> None:
    # `She wrote that the rule “lets …”`: a quotation going on inside the sentence (lower
    # case) is no paragraph of its own, whatever word stands before its mark.
    paragraph = (
        "“Judge Ann Vail has long written about the ferry rule and this deference "
        "“lets the agencies stretch their reach far beyond what the law allows.”"
    )
    prev_end = paragraph.index(" “lets")
    prev = Quote(text=paragraph[1:prev_end], paragraph=0, start=1, end=prev_end)
    start = prev_end + 2
    words = paragraph[start:-1]
    quote = Quote(text=words, paragraph=0, start=start, end=start + len(words))
    assert not _runs_on_unclosed(paragraph, prev, quote)
    capital = paragraph.replace("“lets the", "“The")
    quote = Quote(text=capital[start:-1], paragraph=0, start=start, end=len(capital) - 1)
    assert _runs_on_unclosed(capital, prev, quote)
