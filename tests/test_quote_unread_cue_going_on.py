"""A quotation withheld from the speaker before because a cue the parse does not read
names somebody else after it (`“…,” intoned Rep. Tod Vail.`) ends that speaker's run: the
uncued words right after it are not carried back to the earlier speaker, nor given to
the issuer or the lead's member. Also where the withheld quotation opens its paragraph.
Invented text."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "DOVER, OH – Congressman Wes Tarrant held a hearing on the harbor on Tuesday.\n\n"


def _both(text: str) -> list[list[list[str]]]:
    text = LEAD + text
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


def test_words_after_an_unread_cue_naming_another_are_not_the_earlier_speakers() -> None:
    text = (
        "“The port matters to all of us,” Tarrant said. “It is a great step for the "
        "region,” intoned Rep. Tod Vail. “We will build it this year.”"
    )
    for values in _both(text):
        assert values[0] == ["Wes Tarrant"]
        assert values[1] == []
        assert values[2] in ([], ["Tod Vail"])


def test_a_name_and_party_tag_with_no_verb_ends_the_run_too() -> None:
    text = (
        "“The port matters to all of us,” Tarrant said. “It is a great step for the "
        "region,” Rep. Tod Vail (R-CA). “We will build it this year.”"
    )
    for values in _both(text):
        assert values[0] == ["Wes Tarrant"]
        assert values[2] in ([], ["Tod Vail"])


def test_an_unread_cue_after_words_opening_their_paragraph() -> None:
    text = (
        "“The port matters to all of us,” said Mayor Ann Roe. The bill would fund three "
        "docks.\n\n“It is a great step for the region,” commented Tod Vail, who chairs the "
        "board. “We will build it this year.”"
    )
    for values in _both(text):
        assert values[0] == ["Ann Roe"]
        assert values[1] in ([], ["Tod Vail"])
        assert values[2] in ([], ["Tod Vail"])


def test_an_unread_cue_naming_the_earlier_speaker_keeps_them() -> None:
    # The cue names the speaker before by surname: the words, and those after, go on.
    text = (
        "“The port matters to all of us,” said Mayor Ann Roe. The bill would fund three "
        "docks.\n\n“It is a great step for the region,” remarked Mayor Roe. “We will "
        "build it this year.”"
    )
    for values in _both(text):
        assert values == [["Ann Roe"], ["Ann Roe"], ["Ann Roe"]]


def test_an_unread_cue_naming_the_issuer_leaves_the_words_after_to_the_issuer() -> None:
    text = (
        "“The port matters to all of us,” said Mayor Ann Roe. The bill would fund three "
        "docks. “It is a great step for the region,” intoned Congressman Tarrant. “We "
        "will build it this year.”"
    )
    assert speakers(release(LEAD + text, "wes_tarrant"))[2] == ["Wes Tarrant"]
