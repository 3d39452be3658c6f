"""A news agency's story a release reprints (`LAKEPORT (AP) — …`) and that never names
the issuer: its quotations are the story's people's, never the issuer's by default."""

from __future__ import annotations

from tests.issuer_release import HEAD, release, speakers

STORY = (
    "{dateline} — The harbor reopened on Monday after a month of repairs.\n\n"
    "“We are back in business and the boats are coming home to stay.”\n\n"
    "“The channel is deep enough again,” said Ivo Brandt, the harbor master."
)


def test_a_reprinted_wire_story_gives_the_issuer_nothing() -> None:
    for dateline in ("LAKEPORT (AP)", "(Reuters)", "LAKEPORT, Ohio (CNN) -"):
        text = HEAD + STORY.format(dateline=dateline).replace(" — ", " — ", 1)
        got = speakers(release(text))
        assert got == [[], ["Ivo Brandt"]], dateline


def test_the_issuers_own_release_keeps_its_statement() -> None:
    # no agency's tag, or a story that names the issuer: the uncued statement is hers
    for dateline in ("LAKEPORT", "LAKEPORT (AP)"):
        text = HEAD + STORY.format(dateline=dateline)
        if "(AP)" in dateline:
            text = text.replace("repairs.", "repairs, Congresswoman Nora Quill said.")
        got = speakers(release(text))
        assert got == [["Nora Quill"], ["Ivo Brandt"]], dateline
