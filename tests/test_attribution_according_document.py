"""`“…,” according to the citation …` after a quotation: a document's words (a
citation, a letter, a complaint, a filing) have no speaker. Both the words before the
cue and the uncued words going on after it are nobody's, never the issuer's (who is
often the one the document names in the third person: `Captain Tarrant’s skill`), nor
the speaker before. `according to` a person still names that person. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "CORVALE – Congressman Wes Tarrant received the Harbor Medal on Tuesday.\n\n"
VAIL = "Lt. Colonel Tod Vail wrote: “He served with honor.” “He never gave up.”\n\n"
FIRST = "“During this period, Captain Tarrant’s skill kept the fleet afloat,”"
SECOND = "“The accomplishments of Captain Tarrant reflect great credit upon himself.”"


def test_a_documents_words_and_the_words_after_them_are_nobodys() -> None:
    for document in (
        "the citation accompanying the medal awarded to Tarrant",
        "the citation",
        "a letter from the Corvale harbor board",
        "the complaint filed by Ann Roe",
        "the court filing",
        "the board’s written findings",
    ):
        text = f"{LEAD}{VAIL}{FIRST} according to {document}. {SECOND}"
        for got in both(text):
            assert got == [["Tod Vail"], ["Tod Vail"], [], []], (document, got)


def test_according_to_a_person_still_names_the_person() -> None:
    text = f"{LEAD}{FIRST} according to Tod Vail. {SECOND}"
    for got in both(text):
        assert got == [["Tod Vail"], ["Tod Vail"]], got
    text = f"{LEAD}{FIRST} according to Ann Roe, who wrote the citation. {SECOND}"
    for got in both(text):
        assert got == [["Ann Roe"], ["Ann Roe"]], got


def test_the_issuer_named_by_title_in_the_documents_words_after_a_long_cue() -> None:
    cue = "according to the citation accompanying the Meritorious Service Medal awarded to Tarrant"
    text = f"{LEAD}{FIRST} {cue}. {SECOND} In 1989, Tarrant joined the Harbor Guard."
    for got in both(text):
        assert got == [[], []], got
