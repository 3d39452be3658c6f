"""Quotations another person or a group may have said are not given to the issuer, to a
release's lead member or to the last speaker; a time phrase is no part of a name."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from importers.quotes import clean_mention
from tests.issuer_release import HEAD, LEAD, bare, release, speakers


def test_an_uncued_quotation_after_another_persons_sentence_is_not_the_issuers() -> None:
    for before in (
        "Ivo Brandt, a harbor pilot, spoke to the panel on Tuesday.",
        "The panel then heard from Judge Brandt.",
        "Lena M. Roth testified next.",
    ):
        text = f"{HEAD}{LEAD}{before} “We need two more tugboats in this port.”"
        assert speakers(release(text)) == [[]], before
        assert speakers(bare(text)) == [[]], before


def test_the_issuers_own_sentence_before_an_uncued_quotation_keeps_it_the_issuers() -> None:
    text = f"{HEAD}{LEAD}Quill thanked the pilots for their work. “We need two more tugboats.”"
    assert speakers(release(text)) == [["Nora Quill"]]


def test_a_day_after_a_bodys_name_is_no_part_of_it() -> None:
    for cue in (
        "said the Dover Harbor Board on Monday",
        "said the Dover Harbor Board Monday",
        "said the Ministry of Ports on Tuesday night",
        "the Dover Harbor Board said Thursday",
        "said Lena Roth last Monday",
        "said Lena Roth, Monday",
    ):
        text = f"{HEAD}The port will close for a week. “The channel must be dredged,” {cue}."
        found = speakers(bare(text))
        assert len(found) == 1 and found[0], cue
        assert not any(day in found[0][0] for day in ("Monday", "Tuesday", "Thursday")), cue


def test_a_day_that_is_a_word_of_a_name_stays_in_it() -> None:
    for phrase, kept in (
        ("Ryan Monday", "Ryan Monday"),
        ("captain Joe Friday", "captain Joe Friday"),
        ("the organizers of Cyber Monday", "the organizers of Cyber Monday"),
        ("a spokesperson for Meatless Monday", "a spokesperson for Meatless Monday"),
        ("the Dover Harbor Board Tuesday night", "the Dover Harbor Board"),
        ("Lena Roth, on Monday", "Lena Roth"),
        ("Rep. Ivo Brandt Jr. Wednesday", "Rep. Ivo Brandt Jr."),
    ):
        assert clean_mention(phrase) == kept
    text = f"{HEAD}The team won on Sunday. “We played well,” said Ryan Monday, the team captain."
    assert all(q.mention != "Ryan" for q in bare(text))
    assert speakers(bare(text)) != [["Ryan"]]


def test_words_after_a_groups_quotation_are_nobodys() -> None:
    text = (
        f"{HEAD}{LEAD}The pilots met later.\n\n"
        "“The channel is too shallow,” the pilots said. “Ships wait for the tide.”\n\n"
        "“We have asked for funds,” said Quill."
    )
    for quotes in (release(text), bare(text)):
        assert speakers(quotes) == [[], [], ["Nora Quill"]]


def test_statements_introduced_as_others_are_not_the_issuers_nor_the_last_speakers() -> None:
    text = (
        f"{HEAD}{LEAD}“We will keep the port open,” said Quill.\n\n"
        "Following are statements from the harbor pilots:\n\n"
        "“Our boats have waited long enough for this work.”\n\n"
        "“We are grateful to everyone who came to the hearing.”"
    )
    for quotes in (release(text), bare(text)):
        assert speakers(quotes) == [["Nora Quill"], [], []]


def test_a_statement_of_the_issuer_introduced_by_a_colon_is_still_the_issuers() -> None:
    text = f"{HEAD}{LEAD}Quill released the following statement:\n\n“We will keep the port open.”"
    assert speakers(release(text)) == [["Nora Quill"]]


def test_a_persons_name_inside_an_earlier_quotation_is_no_narration() -> None:
    text = (
        f"{HEAD}{LEAD}“The pilots told me that Ivo Brandt waited six hours for the tide. "
        "“I will not let that happen again.”"
    )
    assert speakers(release(text))[-1] == ["Nora Quill"]


def test_a_rank_before_a_surname_is_a_role_and_names_the_one_person_named_in_full() -> None:
    court = "Court Rules on Harbor\n\nThe court met on Monday.\n\n"
    doc = parse_text_bounded(f"{court}“The motion is denied,” said Judge Sullivan.")
    assert [(s.name, s.role) for s in doc.speakers] == [("Sullivan", "Judge")]
    for named in (
        "Lena Roth, a county judge, heard the case.",
        "Lena Roth, the presiding judge, heard the case.",
        "Judge Lena Roth heard the case.",
        "The case went to county judge Lena Roth.",
    ):
        doc = parse_text_bounded(f"{court}{named}\n\n“The motion is denied,” Judge Roth said.")
        assert speakers(doc.quotes) == [["Lena Roth"]], named
        assert [(s.name, s.role) for s in doc.speakers] == [("Lena Roth", "Judge")]
    doc = parse_text_bounded(
        f"{court}Ivo Roth, a retired Army general, spoke.\n\n“We will rebuild,” said Gen. Roth."
    )
    assert speakers(doc.quotes) == [["Ivo Roth"]]


def test_a_namesake_the_text_does_not_give_the_rank_is_not_the_ranked_speaker() -> None:
    court = "Court Rules on Harbor\n\nThe court met on Monday.\n\n"
    for named, ranked in (
        ("Lena Roth heard the case.", "Judge Roth"),
        ("The defendant, Lena Roth, was sentenced to six months.", "Judge Roth"),
        (
            "The court named the new wing for the late Ivo Roth, who founded the clinic.",
            "Judge Roth",
        ),
        ("Tom Tobin, the son of the late commander, spoke at the ceremony.", "General Tobin"),
        ("Tom Tobin, the son of the general, spoke at the ceremony.", "General Tobin"),
        ("Ivo Roth, a retired Army general, spoke at the ceremony.", "Judge Roth"),
    ):
        text = f"{court}{named}\n\n“The motion is denied,” said {ranked}."
        for quotes in (bare(text), release(text)):
            # The surname alone would name both: the value keeps the rank, as written.
            assert speakers(quotes) == [[ranked]], named
    # Quoted under her own full name without the rank: two speakers, never one.
    text = (
        f"{court}“We will appeal this decision,” said Lena Roth.\n\n"
        "“The motion is denied,” said Judge Roth."
    )
    for quotes in (bare(text), release(text)):
        assert speakers(quotes) == [["Lena Roth"], ["Judge Roth"]]
    text = (
        f"{court}“We will hear the case,” said Lena Roth, a county judge.\n\n"
        "“The motion is denied,” said Judge Roth."
    )
    assert speakers(bare(text)) == [["Lena Roth"], ["Lena Roth"]]
    # Named in full with another title: not surely the judge, and never her name.
    doc = parse_text_bounded(
        f"{court}Sen. Lena Roth watched the hearing.\n\n“The motion is denied,” Judge Roth said."
    )
    assert speakers(doc.quotes) != [["Lena Roth"]]


def test_words_a_speaker_reports_another_saying_are_not_the_speakers() -> None:
    for sentence in (
        "Lena Roth said the mayor called it “a mess” at a meeting last week.",
        "Ivo Brandt, the harbor chief, said the board had called the plan “reckless and unfunded.”",
    ):
        text = f"{HEAD}The council met on Monday.\n\n{sentence}"
        assert speakers(bare(text)) == [[]], sentence
    # Named, the other speaker is the one the words are given to.
    text = (
        f"{HEAD}The council met on Monday.\n\n"
        "Lena Roth told reporters that Mayor Ivo Brandt described it as “a mess.”"
    )
    assert speakers(bare(text)) == [["Ivo Brandt"]]
    # The subject's own words, quoted inside what she reports, stay hers.
    text = (
        f"{HEAD}The council met on Monday.\n\n"
        "Lena Roth said that the plan was “a mess from the start.”"
    )
    assert speakers(bare(text)) == [["Lena Roth"]]


def test_a_surname_of_another_person_opening_the_sentence_before_keeps_the_issuer_out() -> None:
    text = (
        f"{HEAD}{LEAD}“We will keep the pier open,” said Lena Roth, the harbor chief.\n\n"
        "“We will find the money,” said Quill.\n\n"
        "Roth walked out of the meeting. “The pier is unsafe and must close.”"
    )
    assert speakers(release(text)) == [["Lena Roth"], ["Nora Quill"], []]


def test_quoted_words_inside_the_sentence_before_are_no_part_of_its_narration() -> None:
    text = (
        f"{HEAD}{LEAD}Quill explained her “no” vote on the bill Judge Ivo Brandt backed. "
        "“This bill would close the port.”\n\n"
        "“The pier must stay open for the boats,” Lena Roth said. "
        "On the harbor dues: “We pay enough already.”"
    )
    assert speakers(release(text))[:1] == [["Nora Quill"]]
