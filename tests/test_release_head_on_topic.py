"""A release head `Name on Subject: “…”`: the word before the colon ends the subject of
the `on` phrase, no speaker's label, so the head split does not cut the subject in two.
Invented names and words."""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

TAIL = " PORTVALE, ME – Representative Nell Tamsin (ME-02) today voted for the harbor bill."


@pytest.mark.parametrize(
    "title",
    [
        "Tamsin on Harbor Vote: “We Owe the Fleet a Real Answer”",
        "Tamsin Statement On Harbor Funding Plan: “A Fair Deal for Every Dock”",
        "Rep. Tamsin on the Council’s Dredging Plan: “Too Little, Too Late”",
        "Senator Nell Tamsin Remarks on Harbor Vote: “We Owe the Fleet a Real Answer”",
    ],
)
def test_the_subject_of_an_on_phrase_is_not_cut_at_its_last_word(title):
    head = split_release_head(title + TAIL, "Nell Tamsin")
    subject = title.split(":")[0]
    assert head.headline is not None and head.headline.startswith(subject)
    assert not (head.subheadline or "").startswith(subject.split()[-1])


def test_a_subject_in_sentence_case_quotation_keeps_its_words_together():
    title = "Tamsin on the Harbor Vote: “we owe the fleet a real answer”"
    head = split_release_head(title + TAIL, "Nell Tamsin")
    assert (head.headline, head.subheadline) == (
        "Tamsin on the Harbor Vote",
        "“we owe the fleet a real answer”",
    )


@pytest.mark.parametrize(
    ("title", "headline", "label"),
    [
        # no `on` phrase: the word before the colon is a speaker's label
        (
            "Harbor Grant Awarded to Portvale Docks Tamsin: “A fair deal for the fleet”",
            "Harbor Grant Awarded to Portvale Docks",
            "Tamsin",
        ),
        (
            "Tamsin Votes for Harbor Repairs Vail: “A fair deal for the fleet at last”",
            "Tamsin Votes for Harbor Repairs",
            "Vail",
        ),
        # a verb before `on`: the title is a clause of its own, and the `on` phrase
        # ends where the speaker's label starts
        (
            "Tamsin Votes on Harbor Repairs Vail: “A fair deal for the fleet at last”",
            "Tamsin Votes on Harbor Repairs",
            "Vail",
        ),
        (
            "House Passes Bill on Dredging Vail: “A fair deal for the fleet”",
            "House Passes Bill on Dredging",
            "Vail",
        ),
    ],
)
def test_a_speaker_label_after_a_title_still_opens_the_deck(title, headline, label):
    head = split_release_head(title + TAIL, "Nell Tamsin")
    assert head.headline == headline
    assert (head.subheadline or "").startswith(f"{label}: “")


@pytest.mark.parametrize(
    ("before", "label", "topic"),
    [
        ("Tamsin on Harbor", "Vote", True),
        ("Tamsin Statement On the Harbor", "Plan", True),
        ("Senator Nell Tamsin Remarks on Harbor", "Vote", True),
        # a verb between the title's start and `on`: no name's topic
        ("Tamsin Votes on Harbor", "Repairs", False),
        ("House Passes Bill on", "Dredging", False),
        ("Tamsin Weighs In on", "Dredging", False),
        ("Portvale Harbor Council Agrees on", "Dredging", False),
        # the issuer's surname, or a word the title names before: the speaker's label
        ("Tamsin Backs Tariff Cut on Portvale", "Tamsin", False),
        ("Brandt Welcomes Tariff Cut on Portvale Salmon", "Brandt", False),
        # a clause ends before it, or a lower-case word stands between: no topic of `on`
        ("Tamsin Answers Critics on Harbor Board; Tamsin", "Asks", False),
        ("Tamsin Votes on Harbor Repairs and says", "Vail", False),
        ("Tamsin Backs Harbor Repairs", "Vail", False),
    ],
)
def test_which_word_before_a_colon_ends_an_on_phrase(before, label, topic):
    from importers.release_head import _ends_a_topic

    assert _ends_a_topic(before.split(), label, "Nell Tamsin") is topic


@pytest.mark.parametrize(
    ("words", "issuer", "holder"),
    [
        ("Senator Ada Brooks", "Ada Brooks", True),
        ("Rep. Tamsin Statement", "Nell Tamsin", True),
        # a word in -s before `on` that names no issuer (and no body given): a verb
        ("Senator Ada Brooks", "Nell Tamsin", False),
        ("Harbor Council Agrees", "Nell Tamsin", False),
        ("Tamsin Weighs In", "Nell Tamsin", False),
    ],
)
def test_the_words_before_on_name_someone_with_no_verb(words, issuer, holder):
    from importers.release_head import _names_a_topic_holder

    assert _names_a_topic_holder(words.split(), issuer) is holder


def test_a_name_in_s_the_body_writes_is_no_verb():
    title = "Rogue Diver Ned Vesters on Theft of Portvale Nets: “I would take them again”"
    body = " PORTVALE, ME – Representative Nell Tamsin (ME-02) today said Ned Vesters must pay."
    head = split_release_head(title + body, "Nell Tamsin")
    assert head.headline == "Rogue Diver Ned Vesters on Theft of Portvale Nets"
    assert head.subheadline == "“I would take them again”"
