"""A clause of its own subject after a verb that is no verb of asking, a title before a
surname shaped like a firm's word, a role given in an appositive, and the one person
holding an office: who says the words."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
WORDS = "“We waited a long time for this day and we are grateful.”"
GREAT = "“This is a great day,”"


def test_a_pronoun_clause_after_a_verb_that_asks_nothing_stays_the_subjects() -> None:
    lead = "WASHINGTON – Congresswoman Nora Quill opened the bridge.\n\n"
    text = (
        f"{HEAD}{lead}Quill welcomed Secretary Joan Fisk to the hearing, and she opened "
        f"it by saying {WORDS}"
    )
    assert speakers(release(text)) == [["Nora Quill"]]
    assert speakers(bare(text)) == [["Nora Quill"]]
    text = f"{HEAD}{BRIDGE}Sen. Ann Holt thanked Gov. Joan Fisk, and she stood and said {WORDS}"
    assert speakers(bare(text)) == [["Ann Holt"]]


def test_a_pronoun_that_fits_the_asker_too_is_nobodys() -> None:
    asked = "asked Mayor Joan Fisk to speak, and she stood and said"
    for asker in ("Ann Holt", "Holt", "Sen. Ann Holt"):
        text = f"{HEAD}{BRIDGE}{asker} {asked} {WORDS}"
        assert speakers(bare(text)) == [[]], asker
    text = f"{HEAD}{BRIDGE}Holt asked Mayor Ben Fisk to speak, and he stood and said {WORDS}"
    assert speakers(bare(text)) == [[]]
    # the one asked is of the other sex: the pronoun names neither for sure
    text = f"{HEAD}{BRIDGE}Ann Holt asked Mayor Joan Fisk to speak, and he stood and said {WORDS}"
    assert speakers(bare(text)) == [[]]


def test_a_pronoun_that_fits_only_the_one_asked_is_theirs() -> None:
    for asker in ("Tom Holt", "Congressman Holt"):
        text = f"{HEAD}{BRIDGE}{asker} invited Mayor Joan Fisk to speak, and she said {WORDS}"
        assert speakers(bare(text)) == [["Joan Fisk"]], asker


def test_a_title_before_a_surname_like_a_firms_word_keeps_the_person() -> None:
    lead = "WASHINGTON – Today Congressman Mills praised the bridge.\n\n"
    text = f"{HEAD}{lead}{GREAT} said Congressman Mills."
    assert speakers(release(text, "cory_mills")) == [["Cory Mills"]]
    assert speakers(bare(text)) == [["Mills"]]
    for said in ("Governor Mills said", "Mayor Works said", "Mayor Olive said"):
        text = f"{HEAD}{BRIDGE}{said} {WORDS}"
        assert speakers(bare(text)) == [[said.split()[1]]], said
    # the rank a firm's name opens with stays a firm's
    text = f"{HEAD}{BRIDGE}General Mills said {WORDS}"
    assert speakers(bare(text)) == [[]]


def test_a_role_given_in_an_appositive_renames_the_person() -> None:
    for given, noun in (
        ("Ann Holt, the mayor of Dover,", "the mayor"),
        ("Ann Holt, mayor of Dover,", "the mayor"),
        ("Ann Holt, who chairs the council,", "the chairwoman"),
    ):
        text = f"{HEAD}DOVER – {given} opened the bridge.\n\n{GREAT} {noun} said."
        assert speakers(bare(text)) == [["Ann Holt"]], given


def test_an_appositive_of_another_role_or_of_anothers_role_names_nobody() -> None:
    for given, noun in (
        ("Ann Holt, the mayor of Dover,", "the senator"),
        ("Ann Holt, aide to the mayor,", "the mayor"),
        ("Ann Holt, the mayor’s aide,", "the mayor"),
        ("Ann Holt, who chairs the council,", "the director"),
    ):
        text = f"{HEAD}DOVER – {given} opened the bridge.\n\n{GREAT} {noun} said."
        assert speakers(bare(text)) == [[]], given


def test_the_one_person_holding_the_office_is_the_noun_not_the_latest_named() -> None:
    lead = "WASHINGTON – Today Sen. Ann Holt toured the bridge with Rep. Ben Fisk.\n\n"
    text = f"{HEAD}{lead}“It is fine work,” said Fisk. {GREAT} the senator said."
    assert speakers(bare(text)) == [["Ben Fisk"], ["Ann Holt"]]
    # nobody named holds the office: nobody
    text = f"{HEAD}{lead}“It is fine work,” said Fisk. {GREAT} the mayor said."
    assert speakers(bare(text)) == [["Ben Fisk"], []]
    # two hold it: not one the text singles out
    lead = "WASHINGTON – Sen. Ann Holt and Sen. Joan Reed toured the bridge with Rep. Ben Fisk.\n\n"
    text = f"{HEAD}{lead}“It is fine work,” said Fisk. {GREAT} the senator said."
    assert speakers(bare(text)) == [["Ben Fisk"], []]


def test_the_one_asked_is_read_past_a_title_and_an_apposition() -> None:
    for asked in ("Sen. Joan Fisk", "her colleague, Mayor Joan Fisk,"):
        text = f"{HEAD}{BRIDGE}Tom Holt asked {asked} to speak, and she stood and said {WORDS}"
        assert speakers(bare(text)) == [["Joan Fisk"]], asked
        text = f"{HEAD}{BRIDGE}Ann Holt asked {asked} to speak, and she stood and said {WORDS}"
        assert speakers(bare(text)) == [[]], asked
