"""A person's full name ending a sentence, the name run going on over the full stop into
words that name nobody (`… biologist Michael Venhuizen. He studies …`), is registered:
the surname alone later names that person. Invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(*paragraphs: str) -> list[list[str]]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q.speakers for q in quotes if q.kind == "direct"]


def test_a_surname_after_a_full_name_ending_a_sentence():
    assert _speakers(
        "The tail of the eel intrigues Marlow University biologist Michael Venhuizen. He "
        "studies how bodies grow.",
        "“Eels are cleverer than we think,” Venhuizen says.",
    ) == [["Michael Venhuizen"]]


def test_a_run_over_the_full_stop_into_a_name_keeps_both():
    assert _speakers(
        "The dock was built by Michael Venhuizen. Nadia Pellworth paid for it.",
        "“It cost a fortune,” Venhuizen said.",
    ) == [["Michael Venhuizen"]]


def test_no_given_name_no_person():
    # `Harbor Works.`: no given name opens the words before the full stop.
    assert _speakers(
        "The dock was built by Harbor Works. It opened in May.",
        "“It cost a fortune,” Works said.",
    ) == [[]]


def test_a_name_the_person_gives_is_nobodys_words():
    # `dubbed them “…”`: the name given to them, not a statement, even now that the
    # surname is known.
    _, quotes = extract_quotes(
        [
            "The tail of the eel intrigues Marlow University biologist Michael Venhuizen. He "
            "studies how bodies grow.",
            "Venhuizen dubbed them “harbor ghosts,” and they looked the part.",
        ]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


def test_a_quotation_after_a_statement_reported_with_according_to():
    # The statement reported just before goes on, not the speaker quoted earlier.
    assert _speakers(
        "The tail of the eel intrigues Marlow University biologist Michael Venhuizen. He "
        "studies how bodies grow.",
        "“Eels are cleverer than we think,” Venhuizen says.",
        "Nadia Pellworth runs the harbor lab in Dover.",
        "According to Pellworth, that is because the tide is late. “If you watch the eels "
        "at night, you can see it.”",
    ) == [["Michael Venhuizen"], ["Nadia Pellworth"]]
