"""A surname alone that the issuer shares with another person the release names in full
(`Former Congressman Bram Tarrant` in a release of Wes Tarrant) is not given to that
namesake by the book's tie-break (the most recent, the most mentioned): in the issuer's
own release `said Tarrant` is the issuer, and the `he said` words after it follow it.
Where the text names the namesake in full between that cue and a pronoun, the pronoun
keeps the namesake; a release whose issuer is not of that surname is unchanged."""

from __future__ import annotations

from tests.issuer_release import HEAD, release, speakers

LEAD = (
    "WASHINGTON – Congressman Wes Tarrant today praised the harbor plan. Former Congressman"
    " Bram Tarrant, who held the seat before him, backed the first plan in 1990. Tarrant"
    " toured the pier on Monday.\n\n"
)
SAID = "“The harbor will stay open,” said Tarrant. “The pier is next,” he said.\n\n"


def test_the_issuers_surname_alone_is_the_issuer_not_the_namesake() -> None:
    quotes = release(HEAD + LEAD + SAID + "###", member="wes_tarrant")
    assert speakers(quotes) == [["Wes Tarrant"], ["Wes Tarrant"]]


def test_the_surname_before_its_words_and_a_later_he_follow_the_issuer() -> None:
    text = LEAD + "Tarrant said, “The harbor will stay open.”\n\n“The pier is next,” he added.\n\n"
    assert speakers(release(HEAD + text + "###", member="wes_tarrant")) == [
        ["Wes Tarrant"],
        ["Wes Tarrant"],
    ]


def test_a_pronoun_after_the_namesake_named_again_in_full_stays_the_namesakes() -> None:
    text = (
        LEAD
        + "“The harbor will stay open,” said Tarrant.\n\n"
        + "Bram Tarrant spoke at the pier on Monday. “I fought for it,” he said.\n\n###"
    )
    assert speakers(release(HEAD + text, member="wes_tarrant")) == [
        ["Wes Tarrant"],
        ["Bram Tarrant"],
    ]


def test_the_namesake_as_subject_of_the_sentence_before_leaves_the_words_to_nobody() -> None:
    for text in (
        LEAD + "Bram Tarrant, the harbor master, spoke next. " + SAID,
        LEAD + "Bram Tarrant spoke next.\n\n" + SAID,
        LEAD + "Bram Tarrant spoke next, and Tarrant said, “The harbor will stay open.”\n\n",
    ):
        assert speakers(release(HEAD + text + "###", member="wes_tarrant"))[0] == [], text


def test_a_release_of_another_issuer_keeps_the_tie_break() -> None:
    lead = (
        "WASHINGTON – Congresswoman Nora Quill today praised the harbor plan. Former"
        " Congressman Wes Tarrant opened the harbor in 1980. Bram Tarrant, who runs it now,"
        " backed the plan.\n\n"
    )
    text = lead + SAID + "###"
    assert speakers(release(HEAD + text)) == [["Bram Tarrant"], ["Bram Tarrant"]]
