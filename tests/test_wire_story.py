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


# The issuer's own release under a dateline tag that names no news agency, the body
# referring to her by her office and her statement speaking in the first person.
OWN = (
    "{dateline} – Today the House passed the ferry bill. The Congresswoman voted for it and"
    " released this statement:\n\n"
    "“This bill brings ferries back to our island towns and I am proud to support it.”"
)


def test_a_tag_that_is_no_news_agency_keeps_the_issuers_statement() -> None:
    for dateline in (
        "LAKEPORT (STATEMENT)",
        "LAKEPORT (PRESS RELEASE)",
        "LAKEPORT (UPDATED)",
        "LAKEPORT, OH (WLKP)",
        "(HNS)",
    ):
        got = speakers(release(HEAD + OWN.format(dateline=dateline)))
        assert got == [["Nora Quill"]], dateline


def test_an_agencys_tag_over_the_issuers_own_words_keeps_them_hers() -> None:
    # the body calls her by her office, or the words speak in the first person
    for dateline in ("LAKEPORT (AP)", "(Reuters)"):
        got = speakers(release(HEAD + OWN.format(dateline=dateline)))
        assert got == [["Nora Quill"]], dateline
        text = HEAD + OWN.format(dateline=dateline).replace("The Congresswoman", "The House")
        assert speakers(release(text)) == [["Nora Quill"]], dateline
        text = HEAD + OWN.format(dateline=dateline).replace("The Congresswoman", "Everyone")
        text = text.replace("and I am proud", "and the towns are glad")
        assert speakers(release(text)) == [[]], dateline


def test_the_issuers_surname_is_a_word_of_its_own() -> None:
    # `Quillon` is not `Quill`
    story = STORY.format(dateline="LAKEPORT (AP)")
    inn = story.replace("month of repairs", "month of repairs at the Quillon Inn")
    assert speakers(release(HEAD + inn)) == [[], ["Ivo Brandt"]]


def test_a_sources_short_tag_opening_the_story_alone_is_a_reprint() -> None:
    # `(HNS) --` with no place before it, as agency copy opens: the story's words
    text = HEAD + STORY.format(dateline="(HNS) --").replace(" -- —", " --")
    assert speakers(release(text)) == [[], ["Ivo Brandt"]]
