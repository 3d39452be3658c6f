"""Words another person said, quoted inside a speaker's own statement whose paragraph the
speaker leaves unclosed (`“… and he stood by his workers, asking aloud: “What now?”`), are
not the speaker's: the verb of saying before the colon has another subject (a participle
after a comma, or `he`, `she`, `they`). Nobody's, bare and in the speaker's release, rather
than the speaker's; the speaker's own words go on after them. A name before the verb may
be the speaker's own (the closing mark left out): the words stay theirs. Invented texts."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant spoke on the House floor about the mill fire.\n\n"
OPEN = "Tarrant said, “I rise today for the Corvale mill."


@pytest.mark.parametrize(
    "intro",
    [
        "I was there with Bram Vail that night, and he stood by his workers, asking aloud:",
        "I was there with Bram Vail that night. He told me:",
        "I was there with Ann Roe that night when she said:",
    ],
)
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_words_another_says_inside_the_statement_are_nobodys(intro: str, gap: str) -> None:
    text = f"{LEAD}{OPEN}{gap}“{intro} “What do we do now?”{gap}“The families will be paid.”"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert speakers(quotes) == [["Wes Tarrant"], ["Wes Tarrant"], [], ["Wes Tarrant"]]


@pytest.mark.parametrize(
    "intro",
    [
        "The bill does three things:",
        "I told the workers that night:",
        "We said it plainly:",
        "Congressman Tarrant said:",
    ],
)
def test_the_speakers_own_words_after_a_colon_stay_theirs(intro: str) -> None:
    text = f"{LEAD}{OPEN} “{intro} “It funds the mill. “It pays the workers.”"
    for quotes in (release(text, "wes_tarrant"), bare(text)):
        assert speakers(quotes) == [["Wes Tarrant"]] * 4
