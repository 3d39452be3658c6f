"""A verb of saying whose subject the parse reads as a title's short form alone, its full
stop taken for the sentence's end though a capitalised word follows (`said Rep. Tarrant’s
chief of staff’s deputy Ann Roe.`): the titled name and the person it owns were not read,
so the words are nobody's, and so are the uncued words going on after them; never the
titled member's, never the issuer's."""

from __future__ import annotations

from tests.issuer_release import both, release, speakers

LEAD = "CORVALE – Rep. Wes Tarrant met Ann Roe at the pier on Monday. "
WORDS = "“The harbor needs dredging,”"
ON = " “We will ask again.”"


def test_words_after_a_title_read_alone_are_nobodys() -> None:
    for cue in (
        "said Rep. Tarrant’s chief of staff’s deputy Ann Roe.",
        "said Rep. Tarrant’s aide’s deputy.",
        "said Rep. Wes Tarrant’s aide’s deputy Ann Roe.",
        "said Sen. Vail’s aide’s friend.",
    ):
        for got in both(f"{LEAD}{WORDS} {cue}{ON}"):
            assert got == [[], []], (cue, got)


def test_a_titled_name_read_whole_still_speaks() -> None:
    for cue, who in (
        ("said Rep. Tod Vail.", "Tod Vail"),
        ("said Rep. Tarrant’s chief of staff Ann Roe.", "Ann Roe"),
        ("said Tarrant’s aide’s deputy Ann Roe.", "Ann Roe"),
    ):
        for got in both(f"{LEAD}{WORDS} {cue}{ON}"):
            assert got == [[who], [who]], (cue, got)


def test_a_title_before_a_name_alone_is_left_as_it_was() -> None:
    # no possessive after the title: the titled name is the speaker, read as before
    text = f"{LEAD}{WORDS} said Rep. Tarrant whose district holds the pier.{ON}"
    assert speakers(release(text, "wes_tarrant")) == [["Wes Tarrant"], ["Wes Tarrant"]]
