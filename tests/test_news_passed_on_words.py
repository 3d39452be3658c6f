"""Words a person passes on are not theirs: a message announced as another's, words
shared in a relative clause, a statement announced with the other sex's possessive. And
the names a narrower rule must not lose: given names ending like nationality words, a
the-phrase renaming the person just named, a general named with a given name. Invented
paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


_CLUB = "Ann Holt coaches the Delft rowing club. Tom Reed is her captain."
_WORDS = "“We trained for this all winter and it showed on the water.”"


# -- the following message from somebody -------------------------------------------


def test_the_following_message_from_a_named_person_is_that_persons() -> None:
    assert _speakers(
        [_CLUB, "Holt shared the following message from Tom Reed about the race:", _WORDS]
    ) == ["Tom Reed"]


def test_the_following_note_from_an_unnamed_author_is_nobodys() -> None:
    assert _speakers([_CLUB, "Holt shared the following note from her captain:", _WORDS]) == [None]


def test_the_following_letter_from_a_named_person_is_not_the_senders() -> None:
    assert _speakers(
        [
            "Lena Dorn runs the shelter. Ivo Brandt wrote to her in May.",
            "Dorn released the following letter from Ivo Brandt:",
            "“Keep the doors open, whatever the council decides next week.”",
        ]
    ) == ["Ivo Brandt"]


def test_the_following_text_someone_else_sent_is_nobodys() -> None:
    assert _speakers(
        [_CLUB, "Holt shared the following text, which Reed sent the crew before the race:", _WORDS]
    ) == [None]


def test_the_following_message_without_an_author_is_nobodys() -> None:
    assert _speakers(
        ["Lena Dorn runs the shelter.", "Dorn shared the following message on Monday:", _WORDS]
    ) == [None]


def test_the_following_about_a_topic_stays_the_subjects() -> None:
    assert _speakers([_CLUB, "Holt shared the following about the final race:", _WORDS]) == [
        "Ann Holt"
    ]


def test_the_following_about_what_another_did_is_nobodys() -> None:
    assert _speakers(
        [_CLUB, "Holt shared the following about the race that Reed rowed:", _WORDS]
    ) == [None]


# -- shared in a relative clause ------------------------------------------------------


def test_the_post_that_someone_shared_is_not_theirs() -> None:
    assert _speakers(
        [
            "Mara Quist runs a bakery in Delft. Tom Reed sells flour.",
            "Reed's daughter wrote the post that Quist shared, “We bake at four every day.”",
        ]
    ) == [None]


def test_a_review_which_someone_shares_is_not_theirs() -> None:
    assert _speakers(
        [
            "Mara Quist runs a bakery in Delft.",
            "A customer left a review, which Quist shares: “Best bread in town, and cheap.”",
        ]
    ) == [None]


def test_shared_opening_its_clause_is_the_subjects() -> None:
    assert _speakers(
        [
            "Mara Quist runs a bakery in Delft.",
            "On Monday, Quist shared: “The flour price doubled.”",
            "Later she shared, “We bake at four.”",
        ]
    ) == ["Mara Quist", "Mara Quist"]


# -- a possessive of the other sex ------------------------------------------------------


def test_his_views_after_a_woman_subject_are_nobodys() -> None:
    assert _speakers(
        [
            "Ann Holt met Tom Reed, who was too ill to travel.",
            "Holt shared his views on the vote:",
            "“The council got it wrong, and I will say so at every meeting.”",
        ]
    ) == [None]


def test_his_views_inline_after_a_woman_subject_are_nobodys() -> None:
    assert _speakers(
        [
            "Ann Holt met Tom Reed, who was too ill to travel.",
            "Holt shared his views on the vote: “The council got it wrong, and I will say so.”",
        ]
    ) == [None]


def test_her_views_after_a_woman_subject_are_hers() -> None:
    assert _speakers(
        [
            "Ann Holt met Tom Reed on Monday.",
            "Holt shared her views on the vote:",
            "“The council got it wrong, and I will say so at every meeting.”",
        ]
    ) == ["Ann Holt"]


# -- names the narrower rules keep -----------------------------------------------------


def test_a_given_name_ending_like_a_nationality_keeps_its_pronoun() -> None:
    assert _speakers(
        [
            "Anish Patel, who runs the port of Delft, spoke on Monday.",
            "“The pier opens in June,” Patel said.",
            "“We have hired forty people,” he added.",
        ]
    ) == ["Anish Patel", "Anish Patel"]


def test_a_nationality_word_opens_no_pronouns_antecedent() -> None:
    assert _speakers(
        [
            "The Governor of the Central Bank of West African CFA franc zone states "
            "spoke on Monday.",
            "“Rates will stay where they are,” he said.",
        ]
    ) == [None]


def test_a_the_phrase_renaming_the_person_keeps_the_pronoun() -> None:
    assert _speakers(
        [
            "Tom Reed walked into the hall on Monday. The former banker was furious.",
            "“Nobody asked the workers,” he said.",
        ]
    ) == ["Tom Reed"]


def test_a_the_phrase_after_one_of_its_noun_takes_the_pronoun() -> None:
    assert _speakers(
        [
            "Tom Reed runs the bank. “Rates will rise,” said one senior banker.",
            "The senior banker was opposed to the plan. “Nobody asked us,” he said.",
        ]
    ) == [None, None]


def test_general_and_a_word_the_text_calls_a_company_is_a_firm() -> None:
    assert _speakers(
        [
            "General Mills Inc. cut prices on Monday.",
            "“We expect demand to recover by spring,” General Mills said.",
        ]
    ) == [None]


def test_a_general_named_with_a_given_name_keeps_his_words() -> None:
    assert _speakers(
        [
            "Gen. Wojciech Vail commands the fleet.",
            "“We expect the fleet to sail by spring,” General Vail said.",
        ]
    ) == ["Wojciech Vail"]


# -- a press release -------------------------------------------------------------------

_RELEASE = """Holt Welcomes Harbor Grant for Astoria

FOR IMMEDIATE RELEASE
March 3, 2026

WASHINGTON – Today, Congresswoman Ann Holt (OR-01) welcomed a federal grant for the port.

Holt shared the following message from Port Director Tom Reed:

“Our crews have waited ten years for a new pier, and this finally delivers it.”

The port received a letter from dockworkers, which Holt shared: “We thank all who fought.”

Holt shared his thoughts on the grant:

“Our crews have waited ten years for a new pier, and this grant delivers it today.”

###
"""


def test_a_release_passes_on_words_that_are_not_the_members() -> None:
    doc = document_from_record({"text": _RELEASE}, {"text": "text"}, origin=None)
    assert [q.speakers for q in doc.quotes if q.kind != "title"] == [["Tom Reed"], [], []]
