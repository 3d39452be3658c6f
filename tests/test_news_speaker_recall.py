"""News-page cue shapes that name the speaker: verbs of saying such as `clarifies` and
`shared`, `in Holt’s words`, and a paragraph announcing the next one's
quotation without a noun for it (`Holt shared the following about the trip:`).
Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def direct(*paragraphs: str) -> list[Quote]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in direct(*paragraphs)]


# -- verbs of saying -------------------------------------------------------------


def test_clarifies_after_the_quotation():
    assert speakers(
        "Nora Vell teaches breathing classes in Leeds.",
        "“Rest is a skill you practise, not a reward,” Vell clarifies. “Start with five minutes.”",
    ) == ["Nora Vell", "Nora Vell"]


# -- shared ----------------------------------------------------------------------


def test_shared_with_a_comma_before_the_quotation():
    assert speakers(
        "Dana Kells tried the spring box in March.",
        "She shared, “The linen dress is light, and I love the deep pockets.”",
    ) == ["Dana Kells"]


def test_shared_ending_the_sentence_after_the_quotation():
    assert speakers(
        "Dana Kells tried the spring box in March.",
        "“The linen dress is light and I love it,” Kells shares. “I will keep it for years.”",
    ) == ["Dana Kells", "Dana Kells"]


# -- in X's words ----------------------------------------------------------------


def test_in_a_surnames_words():
    assert speakers(
        "Mira Lund grew up on a farm in Kent.",
        "Music gave her a way out, in Lund’s words, a “room of my own nobody could take.”",
    ) == ["Mira Lund"]


def test_in_her_own_words():
    assert speakers(
        "Mira Lund grew up on a farm in Kent.",
        "Music gave her a way out — in her own words, “a room of my own nobody could take.”",
    ) == ["Mira Lund"]


def test_in_the_words_of_a_full_name():
    assert speakers(
        "The festival closed on Sunday. In the words of Mira Lund, “a room of my own.”"
    ) == ["Mira Lund"]


# -- the following, what X had to say -------------------------------------------


def test_shared_the_following_about_ends_the_paragraph_before():
    assert speakers(
        "Dana Kells wore the green dress to a wedding. She shared the following about it:",
        "“I was happy with the dress I picked, and I will wear it again next spring.”",
    ) == ["Dana Kells"]


def test_what_she_had_to_say_ends_the_paragraph_before():
    assert speakers(
        "Dana Kells reviewed the box a while back. Here’s what she had to say about it:",
        "“I own nothing like this top! It is silky, and the print suits me.”",
    ) == ["Dana Kells"]


def test_what_others_had_to_say_names_nobody():
    assert speakers(
        "The lamp sells in many shops. Here’s what others have to say about it:",
        "“It is a forgiving lamp, and the light is warm and even.”",
    ) == [None]


def test_shared_her_thoughts_on_ends_the_paragraph_before():
    assert speakers(
        "Mayor Lena Roth shared her thoughts on the vote:",
        "“It was a long night, but the council got it right in the end.”",
    ) == ["Lena Roth"]


def test_shared_his_expert_opinion_ends_the_paragraph_before():
    assert speakers(
        "In a feature on office chairs, Dr. Ivo Jansen shared his expert opinion on them:",
        "“A good chair is one that is adjustable and supportive in all the right ways.”",
    ) == ["Ivo Jansen"]
