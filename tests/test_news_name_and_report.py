"""News pages: a full name ending its sentence before `He` or `She` opens the next, and
an uncued quotation after a person's statement reported in a later paragraph than the
last quotation. Invented paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def direct(*paragraphs: str) -> list[Quote]:
    return [q for q in extract_quotes(list(paragraphs))[1] if q.kind == "direct"]


# -- a full name at a sentence's end -------------------------------------------------------


def test_a_name_ending_its_sentence_before_he_is_registered() -> None:
    quotes = direct(
        "The tail of the worm intrigues Ardent University biologist Pavel Lorning. He "
        "studies the way bodies grow.",
        '"All growth is really shared growth," Lorning says.',
    )
    assert [q.speakers for q in quotes] == [["Pavel Lorning"]]


def test_a_name_with_a_title_ending_its_sentence_before_she_is_registered() -> None:
    quotes = direct(
        "The fund is run by Gov. Hedda Marwick. She pays for it.",
        '"It pays for itself," Marwick said.',
    )
    assert [q.speakers for q in quotes] == [["Hedda Marwick"]]


def test_a_pronoun_of_the_other_sex_registers_nobody() -> None:
    quotes = direct(
        "The fund was set up by Hedda Marwick. He pays for it.",
        '"It pays for itself," Marwick said.',
    )
    assert [q.speakers for q in quotes] == [[]]


def test_a_name_before_it_or_the_is_not_registered() -> None:
    for after in ("It", "The plant"):
        quotes = direct(
            f"The plant is in Morgan Hill. {after} employs 300 people.",
            "“We hire locally,” Hill said.",
        )
        assert [q.speakers for q in quotes] == [[]], after


def test_a_title_and_one_word_ending_a_sentence_name_nobody() -> None:
    # `Miss Ostwind` names nobody here, so `She` stays the senator.
    quotes = direct(
        "Senator Ilse Brandauer attacked a former Miss Ostwind. She said his words were "
        "“cruel and untrue.”",
    )
    assert quotes[0].speakers == ["Ilse Brandauer"]


# -- a statement reported before an uncued quotation ----------------------------------------


def test_a_person_reported_in_a_later_paragraph_stops_the_speaker_going_on() -> None:
    quotes = direct(
        "Marta Quillon, a botanist at Fenwick College, has studied moss for years.",
        '"Moss remembers the rain," Quillon says.',
        "Machines still struggle. According to Ben Dorrit, that is because they have no "
        'body. "If you play with these machines, you can see where the cracks are."',
    )
    assert [q.speakers for q in quotes] == [["Marta Quillon"], []]


def test_a_person_reported_in_the_last_quotation_s_paragraph_leaves_it_going_on() -> None:
    quotes = direct(
        "“We are ready to strike,” said union chief Ona Brisk. According to Governor Ivo "
        "Talman, the union was offered a raise. “We were offered nothing.”",
    )
    assert [q.speakers for q in quotes] == [["Ona Brisk"], ["Ona Brisk"]]
