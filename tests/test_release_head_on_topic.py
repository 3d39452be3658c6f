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
