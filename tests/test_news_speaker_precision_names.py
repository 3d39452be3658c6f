"""A named speaker kept where a rule for unnamed or other speakers must not take the
words away: a clause set between a name and its own verb, a plural noun or a place
opening a sentence between a person and her pronoun, a place or a building after an
owner's possessive, a role noun the text gave the person, a noun phrase in apposition
to the pronoun. Each with the case the rule is for. Invented news paragraphs and
releases."""

from __future__ import annotations

from importers.quotes import _Extractor, extract_quotes
from tests.issuer_release import HEAD, bare, release, speakers


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


# -- a clause set between a name and its own verb ----------------------------------------


def test_a_participle_clause_between_the_name_and_its_verb_keeps_her_words() -> None:
    assert _speakers(
        ["Mayor Ann Holt, speaking about the ban, said: “We will fight it in every court.”"]
    ) == ["Ann Holt"]


def test_a_when_clause_between_the_name_and_its_verb_keeps_her_words() -> None:
    assert _speakers(
        ["Sen. Ann Holt, when asked about the delay, said, “We will have the money by June.”"]
    ) == ["Ann Holt"]


def test_a_phrase_after_the_vote_between_the_name_and_its_verb_keeps_his_words() -> None:
    assert _speakers(
        ["Ben Fisk, in a statement after the vote, said: “The council has failed the town.”"]
    ) == ["Ben Fisk"]


def test_a_who_clause_about_a_topic_keeps_her_words() -> None:
    assert _speakers(
        ["Mayor Ann Holt, who was asked about the budget, said: “We will balance it this year.”"]
    ) == ["Ann Holt"]


def test_a_clause_between_the_issuer_and_her_verb_keeps_her_words() -> None:
    text = (
        HEAD + "DOVER, OH – Congresswoman Nora Quill, speaking about the harbor plan, said: "
        "“We will fight for every job in this port.”\n\n"
    )
    assert speakers(release(text)) == [["Nora Quill"]]
    assert speakers(bare(text)) == [["Nora Quill"]]


def test_words_an_unnamed_subject_says_after_that_stay_nobodys() -> None:
    assert _speakers(
        ["Ann Holt told the court that the city said, “We will pay nothing for the bridge.”"]
    ) == [None]


# -- a lone word opening a sentence between a person and her pronoun ---------------------


def test_a_plural_noun_opening_a_sentence_is_no_rival_for_she() -> None:
    assert _speakers(
        [
            "Sen. Ann Holt defended the farm bill on Monday.",
            "Democrats said the bill cut food aid.",
            "The bill passed the Senate by two votes.",
            "“Nobody will go hungry because of this bill,” she told farmers in Lakeport.",
        ]
    ) == ["Ann Holt"]


def test_a_plural_noun_opening_a_sentence_after_her_cue_is_no_rival_for_she() -> None:
    assert _speakers(
        [
            "“The bill is fair,” said Sen. Ann Holt.",
            "Critics said the crowd was calm.",
            "“Nobody will go hungry because of this bill,” she said.",
        ]
    ) == ["Ann Holt", "Ann Holt"]


def _lone_subjects(paragraphs: list[str]) -> list[str]:
    extractor = _Extractor(paragraphs, [""])
    extractor.run()
    return [word for _, word in extractor.book.lone_subjects]


def test_plurals_bodies_and_places_opening_a_sentence_are_no_lone_surnames() -> None:
    assert (
        _lone_subjects(
            [
                "“The bill is fair,” Sen. Ann Holt told farmers in Lakeport.",
                "Critics said the bill cut food aid. Police said the crowd was calm. "
                "Lakeport has lost two farms this year. Chicago has lost more.",
            ]
        )
        == []
    )


def test_a_surname_opening_a_sentence_is_a_lone_surname() -> None:
    assert _lone_subjects(
        [
            "“The bill is fair,” said Sen. Ann Holt.",
            "Okafor testified next. Holt said the vote would wait. Williams said no.",
        ]
    ) == ["Okafor", "Holt"]


def test_a_plural_noun_is_no_rival_for_the_issuer() -> None:
    text = (
        HEAD + "DOVER, OH – Congresswoman Nora Quill defended the farm bill on Monday.\n\n"
        "Critics said the bill cut food aid.\n\n"
        "“Nobody will go hungry because of this bill,” she told farmers.\n\n"
    )
    assert speakers(release(text))[-1] == ["Nora Quill"]


def test_an_unknown_surname_opening_a_sentence_is_still_a_rival() -> None:
    assert _speakers(
        [
            "“The bill is fair,” said Sen. Ann Holt.",
            "Okafor testified next.",
            "“Nobody will go hungry because of this bill,” she said.",
        ]
    ) == ["Ann Holt", None]


# -- a place or a building after an owner's possessive ---------------------------------


def test_a_church_after_a_towns_possessive_is_no_person() -> None:
    assert _speakers(
        [
            "Mayor Ann Holt spoke on Monday. She said Lakeport’s Grace Church would stay "
            "open. “The town needs it,” she said."
        ]
    ) == ["Ann Holt"]


def test_a_city_after_a_possessive_beside_a_verb_of_saying_is_no_person() -> None:
    assert _speakers(
        [
            "Mayor Ann Holt spoke on Monday. She said Harbor’s Virginia Beach office "
            "would stay open. “The town needs it,” she said."
        ]
    ) == ["Ann Holt"]


def test_a_person_after_a_papers_possessive_beside_a_verb_is_still_named() -> None:
    assert _speakers(
        [
            "“Prices will rise,” said Tom Brandt. But one debate rarely moves a race, noted "
            "Wall Street Journal’s Jo Okoro.",
            "“Most voters have decided,” she wrote.",
        ]
    ) == ["Tom Brandt", "Jo Okoro"]


def test_a_person_after_a_two_word_owner_is_mentioned_at_her_own_name() -> None:
    paragraph = (
        "“Prices will rise,” said Tom Brandt. But one debate rarely moves a race, noted "
        "Wall Street Journal’s Jo Okoro."
    )
    extractor = _Extractor([paragraph], [""])
    extractor.run()
    at = [p for p, name in extractor.book.timeline if name == "Jo Okoro"]
    assert [paragraph[p : p + len("Jo Okoro")] for p in at] == ["Jo Okoro"]


# -- a role noun the text gave the person; a noun phrase in apposition to she -----------


def test_the_role_noun_the_text_gave_her_renames_her() -> None:
    assert _speakers(
        [
            "Ann Holt, editor of the Lakeport Star, met the council.",
            "The editor said the paper would stay open. “We are not closing,” she said.",
        ]
    ) == ["Ann Holt"]


def test_the_role_noun_of_another_role_is_still_somebody_else() -> None:
    assert _speakers(
        [
            "Ann Holt, mayor of Lakeport, met the council.",
            "The editor said the paper would stay open. “We are not closing,” she said.",
        ]
    ) == [None]


def test_a_noun_phrase_in_apposition_to_she_is_no_other_person() -> None:
    assert _speakers(
        [
            "Ann Holt spoke in Lakeport on Monday. A politician who grew up on a farm, she "
            "said the bill was fair. “Farmers need this,” she said."
        ]
    ) == ["Ann Holt"]


def test_an_unnamed_politician_as_the_subject_is_still_somebody_else() -> None:
    assert _speakers(
        [
            "Ann Holt spoke in Lakeport on Monday. A politician who grew up on a farm said "
            "the bill was fair. “Farmers need this,” she said."
        ]
    ) == [None]
