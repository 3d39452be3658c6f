"""A quotation right after one whose cue names somebody the parse could not name goes on
with that person's words: the cue's sentence is read whole across a title's abbreviation
before a name (`state Del. Lina Corvo`) and a full stop before a lower-case word (`of
Brannock, Ore. said`). Invented names and sentences."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
FIRST = "“This is a fine night for the valley!”"
SECOND = "“We stand with him.”"


def test_a_quotation_after_an_unnamed_kins_cue_with_a_titles_abbreviation_is_nobodys() -> None:
    # every title's abbreviation the parsers know (`Atty.`, `Supt.`, `Pres.`, …), not only
    # those the sentence splitter lists (`Del.`, `Sen.`, `Rep.`)
    for title in ("Del.", "Atty.", "Supt.", "Cmdr.", "Amb.", "Asst.", "Pres.", "Sen.", "Rep."):
        cue = f"Tarrant’s niece, state {title} Lina Corvo, shouted to the crowd."
        text = f"{LEAD}{FIRST} {cue} {SECOND}"
        for quotes in (bare(text), release(text, "wes_tarrant")):
            got = speakers(quotes)
            assert got[1] in ([], ["Lina Corvo"]), (title, got)
            assert "Wes Tarrant" not in got[0] + got[1], (title, got)


def test_a_sentence_ending_after_the_cue_still_ends_the_follow_on() -> None:
    # the words after the cue's sentence and another sentence are the issuer's again
    cue = "Tarrant’s niece, state Del. Lina Corvo, shouted to the crowd. The band played on."
    text = f"{LEAD}{FIRST} {cue} {SECOND}"
    assert speakers(release(text, "wes_tarrant"))[1] == ["Wes Tarrant"]


def test_a_given_names_abbreviation_in_the_unnamed_cue_ends_no_sentence() -> None:
    cue = "Tarrant’s nephew, Chas. Corvo, shouted to the crowd."
    text = f"{LEAD}{FIRST} {cue} {SECOND}"
    for quotes in (bare(text), release(text, "wes_tarrant")):
        got = speakers(quotes)
        assert got[1] in ([], ["Chas. Corvo"]), got
        assert "Wes Tarrant" not in got[0] + got[1], got
