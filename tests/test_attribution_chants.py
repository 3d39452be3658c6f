"""Words sung or chanted (`sang`, `sings`, `chanted`, `chants`) are a person's only when
the cue's subject is that named person; a group around a name, a group noun before `who`,
a pronoun or a song's name after the verb give nobody. A group noun and `of` before a name
(`Supporters of Mayor Ann Holt said`) is the group, not the person, for every verb."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "BAYPORT – Congresswoman Nora Quill spoke at the harbor rally on Sunday.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Supporters of Mayor Ann Holt chanted, “Ferries now, ferries now.”",
        "Fans of Mayor Ann Holt sang, “Home again, home again, to the harbor we go.”",
        "The crowd, including Mayor Ann Holt, chanted, “Ferries now, ferries now.”",
        "Mayor Ann Holt, surrounded by protesters who chanted, “Ferries now, ferries now,”"
        " declined to comment.",
        "Then Mayor Ann Holt sang “happy birthday” to the harbor master.",
        "Mayor Ann Holt met a girl from the school. “Home again, home again, to the harbor"
        " we go,” she sang.",
    ],
)
def test_singing_or_chanting_around_a_name_is_nobodys(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Ann Holt sang, “Home again, home again, to the harbor we go.”",
        "“Home again, home again, to the harbor we go,” Mayor Ann Holt sang.",
        "“We shall overcome someday,” sang Ann Holt, a Bayport soprano, as the crowd listened.",
        "Ann Holt chanted: “Ferries now, ferries now.”",
    ],
)
def test_a_named_singer_sings_the_words(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [["Ann Holt"]]
    assert speakers(release(text)) == [["Ann Holt"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Supporters of Mayor Ann Holt said, “The ferries must run all winter.”",
        "Friends of Mayor Ann Holt said, “The ferries must run all winter.”",
        "Critics of Rep. Tod Marsh told reporters: “The ferries must run all winter.”",
        "Residents of Ann Holt’s ward shouted, “The ferries must run all winter.”",
    ],
)
def test_a_group_of_a_named_person_is_not_that_person(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Holt, a supporter of the plan, said, “The ferries must run all winter.”",
        "Mayor Ann Holt, a friend of the harbor pilots, said, “The ferries must run all winter.”",
    ],
)
def test_a_named_person_with_a_group_in_the_appositive_still_speaks(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [["Ann Holt"]]
    assert speakers(release(text)) == [["Ann Holt"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The crowd, including Mayor Ivy Brannock, said: “We want the ferry back.”",
        "Protesters, among them Rep. Lars Oddby, shouted: “Bring the ferry back.”",
        "Members of the guild, such as Chair Ivy Brannock, wrote: “We want the ferry back.”",
        "Students like Ivy Brannock said: “We want the ferry back.”",
    ],
)
def test_a_group_taking_in_a_name_says_the_words_for_every_verb(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]
    assert speakers(release(text, "ivy_brannock")) == [[]]


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        (
            "We thank our partners, including The Boston Globe which stated: “The ferry must"
            " stay.”",
            "Boston Globe",
        ),
        (
            "The ferry matters, like Rep. Lars Oddby said last week: “The ferry must stay.”",
            "Lars Oddby",
        ),
        (
            "Many residents, including Ivy Brannock, came. Brannock said: “The ferry must stay.”",
            "Ivy Brannock",
        ),
    ],
)
def test_a_body_or_a_person_after_a_group_word_still_speaks(paragraph: str, who: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [[who]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "We must protect workers like Rep. Lars Oddby said last week: “The ferry must run.”",
        "Quill vowed to fight for workers like Rep. Lars Oddby said: “The ferry must run.”",
        "We owe it to voters like Sen. Lars Oddby said on Monday: “The ferry must run.”",
    ],
)
def test_like_after_a_verb_or_preposition_keeps_the_named_speaker(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text)) == [["Lars Oddby"]]
    assert speakers(release(text)) == [["Lars Oddby"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "People like Ivy Brannock said: “We want the ferry back.”",
        "The students like Ivy Brannock said: “We want the ferry back.”",
        "The ferry closed. Many young voters like Ivy Brannock said: “We want it back.”",
    ],
)
def test_a_group_subject_before_like_still_says_the_words(paragraph: str) -> None:
    text = f"{HEAD}{LEAD}{paragraph}"
    assert speakers(bare(text))[-1] == []
    assert speakers(release(text))[-1] == []
