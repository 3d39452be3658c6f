"""Attribution on news-page sentences: quoted words that are part of a noun phrase, and
words after a clause whose own subject is not said to speak. Invented paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def run(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def only(quotes: list[Quote]) -> Quote:
    [quote] = [q for q in quotes if q.kind != "reported"]
    return quote


# -- a quotation between an article and the noun it modifies ----------------------------


def test_quoted_words_modifying_a_noun_after_a_cue_are_a_term() -> None:
    quote = only(run('Maison Pelletier promises a "true Alpine cheese cellar" evening.'))
    assert quote.kind == "title" and quote.speakers == []


def test_quoted_words_after_the_article_and_before_a_noun_take_no_speaker() -> None:
    quote = only(run("Orla Venn, the owner, offers guests an “honest harbour view” room."))
    assert quote.speakers == []


def test_a_statement_after_the_cue_is_still_the_speaker_s() -> None:
    quote = only(run('Maison Pelletier promised "a true Alpine cheese cellar," Ada Roux said.'))
    assert quote.speakers == ["Ada Roux"]


def test_words_a_verb_like_called_gives_stay_the_speaker_s() -> None:
    quote = only(run('Senator Ivo Brandt called it a "total and utter disaster" for farmers.'))
    assert quote.kind != "title"


def test_quoted_words_ending_the_noun_phrase_are_not_a_modifier() -> None:
    quote = only(run('Tomas Greer, the club\'s coach, said it was a "fair result" and left.'))
    assert quote.speakers == ["Tomas Greer"]


# -- a later clause with its own subject before the quotation ------------------------------


def test_a_coordinated_clause_s_subject_keeps_the_first_subject_from_the_words() -> None:
    quote = only(
        run(
            "Looking ahead, Marla Quint has signed with Orbis Music, and the Halvard Fund"
            ' will be left to ask: "how did we lose this one?"'
        )
    )
    assert quote.speakers == []


def test_but_with_a_new_subject_is_a_clause_of_its_own() -> None:
    quote = only(
        run(
            "Dana Pike won the seat easily, but The Ledger Group is still left wondering:"
            " “where did our readers go this time?”"
        )
    )
    assert quote.speakers == []


def test_a_cue_in_the_later_clause_still_names_the_speaker() -> None:
    quote = only(
        run(
            "Marla Quint signed with Orbis Music, and Theo Lund said:"
            ' "We are glad to have her with us."'
        )
    )
    assert quote.speakers == ["Theo Lund"]


def test_one_subject_with_no_second_clause_keeps_the_subject_rule() -> None:
    quote = only(run('Marla Quint ends the letter with a plea: "please keep the choir going."'))
    assert quote.speakers == ["Marla Quint"]
