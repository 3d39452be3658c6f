"""An unnamed role, a firm whose name opens with a title, and a person asked to do
something are never given the words of the person named before them."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
REED = "“This bridge will carry our town for a hundred years.”"
MAYOR = "“We waited a long time for this day and we are grateful.”"


def test_a_role_noun_after_a_member_named_with_another_office_is_nobody() -> None:
    for named in ("Rep. Ann Reed said", "Ann Reed said", "Sen. Ann Reed said"):
        for role in ("The mayor said", "The chief said", "A spokesman said"):
            text = f"{HEAD}{BRIDGE}{named} {REED} {role} {MAYOR}"
            assert speakers(bare(text)) == [["Ann Reed"], []], (named, role)


def test_a_role_noun_names_the_person_the_text_gave_that_role_or_office() -> None:
    text = (
        f"{HEAD}{BRIDGE}Mayor Ben Fisk and Rep. Ann Reed cut the ribbon.\n\n"
        f"Reed said {REED} The mayor said {MAYOR}"
    )
    assert speakers(bare(text)) == [["Ann Reed"], ["Ben Fisk"]]
    text = f"{HEAD}{BRIDGE}Sen. Ann Reed said {REED} The senator said {MAYOR}"
    assert speakers(bare(text)) == [["Ann Reed"], ["Ann Reed"]]


def test_a_firm_whose_name_opens_with_a_title_word_is_no_person() -> None:
    for firm in ("General Mills", "General Motors", "General Dynamics", "General Electric"):
        text = f"{HEAD}{BRIDGE}{firm} said “We are proud to build here for many more years.”"
        assert speakers(bare(text)) == [[]], firm
        assert speakers(release(text)) == [[]], firm


def test_a_general_named_by_rank_and_surname_keeps_the_words() -> None:
    for person, name in (("General Tobin", "Tobin"), ("Governor Hanks", "Hanks")):
        text = f"{HEAD}{BRIDGE}{person} said “We are proud to serve here for many more years.”"
        assert speakers(bare(text)) == [[name]], person
    named = f"{HEAD}WASHINGTON – Gen. Ann Mills visited the base on Monday.\n\n"
    text = f"{named}General Mills said “We are proud to serve here for many more years.”"
    assert speakers(bare(text)) == [["Ann Mills"]]


def test_the_one_asked_to_speak_says_the_words_not_the_one_who_asked() -> None:
    for asked in (
        "asked Mayor Ben Fisk to speak, and he stood and said",
        "invited Mayor Ben Fisk to speak, and he stood and said",
        "called on Mayor Ben Fisk to speak, and he rose and said",
        "urged Mayor Ben Fisk to speak, and he said",
    ):
        text = f"{HEAD}{BRIDGE}Ann Holt {asked} “We will rebuild the library before winter.”"
        assert speakers(bare(text)) == [["Ben Fisk"]], asked


def test_a_question_asked_of_somebody_stays_the_askers() -> None:
    text = f"{HEAD}{BRIDGE}Ann Holt asked Mayor Ben Fisk: “When will the library open again?”"
    assert speakers(bare(text)) == [["Ann Holt"]]


def test_a_double_hyphen_signs_the_quotation_before_it_never_the_contact() -> None:
    signed = "“This farm bill keeps our family farms strong.” -- U.S. Senator Nora Quill\n"
    for top in (
        "Quill Backs Farm Bill\n\nContact: Tom Ward (202) 555-0100\n\n",
        "Quill Backs Farm Bill\n\nContact: Tom Ward\n\n",
    ):
        text = f"{top}WASHINGTON -- The Senate passed the farm bill.\n\n{signed}"
        assert speakers(bare(text)) == [["Nora Quill"]], top
        assert speakers(release(text)) == [["Nora Quill"]], top


def test_a_list_of_people_joined_by_a_comma_and_an_ampersand_speaks_together() -> None:
    for subject in ("Ann Roe, Ben Fisk, & Cal Dunn", "Ann Roe, Ben Fisk, and Cal Dunn"):
        text = f"{HEAD}{BRIDGE}“We will keep the bridge open all winter,” said {subject}."
        assert speakers(bare(text)) == [["Ann Roe", "Ben Fisk", "Cal Dunn"]], subject
