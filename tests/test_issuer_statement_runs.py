"""An uncued quotation stays the issuer's or the lead member's unless the text gives it to
somebody else: another person who speaks in the sentence before it, a label, a cue after
the quotation before it naming another, or a colon introducing others' statements; a
quotation the parse merely left without a speaker takes nothing from the next one."""

from __future__ import annotations

from tests.issuer_release import HEAD, LEAD, bare, release, speakers

WORDS = "“We need two more tugboats in this port.”"


def test_a_person_only_named_in_the_sentence_before_leaves_the_words_the_members() -> None:
    for before in (
        "The letter went today to Harbor Secretary Ivo Brandt.",
        "The bill Judge Ivo Brandt backed failed last year.",
    ):
        text = f"{HEAD}{LEAD}{before} {WORDS}"
        assert speakers(release(text)) == [["Nora Quill"]], before
        assert speakers(bare(text)) == [["Nora Quill"]], before


def test_a_person_who_speaks_in_the_sentence_before_takes_the_words_from_the_member() -> None:
    for before in (
        "Ivo Brandt, the harbor pilot, told the panel the channel was too shallow.",
        "The panel then heard from Judge Ivo Brandt.",
    ):
        text = f"{HEAD}{LEAD}{before} {WORDS}"
        assert speakers(release(text)) == [[]], before
        assert speakers(bare(text)) == [[]], before


def test_a_titled_label_of_a_person_named_in_full_takes_the_words_a_heading_does_not() -> None:
    quoted = "“The channel is too shallow,” said Ivo Brandt, a harbor tug captain."
    # the label glued to the sentence before it, as text copied from a page often is
    text = f"{HEAD}{LEAD}{quoted} The panel asked about the tugs.Captain Brandt: {WORDS}"
    for quotes in (release(text), bare(text)):
        assert speakers(quotes)[1] in ([], ["Ivo Brandt"])
    text = f"{HEAD}{LEAD}{quoted}\n\nOn the Harbor Deal: {WORDS}"
    assert speakers(release(text)) == [["Ivo Brandt"], ["Nora Quill"]]
    assert speakers(bare(text)) == [["Ivo Brandt"], ["Nora Quill"]]


def test_a_quotation_the_parse_left_without_a_speaker_takes_nothing_from_the_next() -> None:
    # a closing mark printed as an apostrophe: the middle quotation's bounds are lost
    text = (
        f"{HEAD}{LEAD}“I have fought for this port for years. The channel is too shallow "
        "for the new ships, and the board knows it.’ “We need two more tugboats in this "
        "port. “I will ask for the money this year.”"
    )
    assert speakers(release(text))[-1] == ["Nora Quill"]
    assert speakers(bare(text))[-1] == ["Nora Quill"]


def test_a_cue_naming_the_member_lets_the_member_keep_the_words_after_it() -> None:
    cue = "“Now is the time to dredge the channel,” said {}."
    after = "“By acting now, we can keep our port open to the new ships.”"
    narration = "Quill wrote to the Harbor Board on Tuesday."
    text = f"{HEAD}{LEAD}{narration} {cue.format('Quill’s letter')} {after}"
    assert speakers(release(text))[-1] == ["Nora Quill"]
    assert speakers(bare(text))[-1] == ["Nora Quill"]
    # another's letter, or a surname the text gives to somebody else too: not the member's
    for narration, who in (
        ("The pilots wrote to the Harbor Board on Tuesday.", "the letter"),
        ("Dan Quill, a tug captain, wrote to the Harbor Board on Tuesday.", "Quill’s letter"),
    ):
        text = f"{HEAD}{LEAD}{narration} {cue.format(who)} {after}"
        assert speakers(release(text))[-1] == [], narration
        assert speakers(bare(text))[-1] == [], narration


def test_a_paragraph_after_a_quotation_left_without_a_speaker_is_the_issuers() -> None:
    text = (
        f"{HEAD}DOVER, OH – The harbor board met on Tuesday. Its report found that the "
        "channel is “too shallow for the new ships.”\n\n"
        "“We need two more tugboats in this port before the winter.”"
    )
    assert speakers(release(text)) == [[], ["Nora Quill"]]


def test_paragraphs_of_quotation_after_a_colon_introducing_others_are_nobodys() -> None:
    text = (
        f"{HEAD}DOVER, OH – The harbor board met on Tuesday. Following are statements from "
        "the pilots:\n\n“The channel is too shallow for the new ships.”\n\n"
        "“We wait six hours for every tide.”"
    )
    assert speakers(release(text)) == [[], []]
