"""A quotation whose sentence goes on after its comma with narration, not a cue: a day,
a place or a thing named there is nobody who speaks, so the words stay with the speaker
before (the unread-cue test of tests/test_quote_unread_cue_after.py names a person)."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "DOVER, OH – The town opened its new ferry dock on Monday.\n\n"
BEFORE = "“The dock is our lifeline,” said Commissioner Ivo Brandt. The board met on Monday. "
WORDS = "“We will keep the dock open all winter for the ferry crews,”"


def test_narration_naming_a_day_place_or_thing_keeps_the_speaker_before() -> None:
    for after in (
        "words that drew cheers in Lakeport.",
        "citing the Harbor Patrol report.",
        "a reference to the Harbor Act.",
        "in remarks Thursday.",
        "before the Dock Board voted.",
    ):
        text = f"{HEAD}{LEAD}{BEFORE}{WORDS} {after}"
        assert speakers(bare(text)) == [["Ivo Brandt"], ["Ivo Brandt"]], after
        assert speakers(release(text)) == [["Ivo Brandt"], ["Ivo Brandt"]], after


def test_a_person_named_in_the_unread_cue_still_takes_the_words_away() -> None:
    for after in (
        "Rep. Tod Vail.",
        "commented Vail.",
        "a line from the Rev. Ann Tolver.",
        "Tod Vail on Thursday.",
        "said January.",  # a month is a surname too (`Ann January`)
        "the Honorable Vail.",
    ):
        text = f"{HEAD}{LEAD}{BEFORE}{WORDS} {after}"
        assert speakers(bare(text))[-1] != ["Ivo Brandt"], after
