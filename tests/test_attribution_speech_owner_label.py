"""A colon label naming no one but the owner of the words of speech that follow
(`The following is the text of Congresswoman Roe’s Floor Statement, as prepared for
delivery:`, `Below is Tod Vail’s full testimony:`): the owner speaks. A letter is its
signers' and an act is nobody's words: those labels give no owner.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – The House took up the harbor bill on Tuesday.\n\n"
WORDS = "“We need the harbor open.”"


def test_the_owner_of_a_floor_statement_speaks() -> None:
    text = (
        "CORVALE, OH – Congresswoman Ann Roe spoke on the harbor bill on the House floor on "
        "Tuesday.\n\nThe following is the text of Congresswoman Roe’s Floor Statement, as "
        "prepared for delivery:" + WORDS
    )
    assert speakers(release(text, "ann_roe")) == [["Ann Roe"]]


def test_the_owner_of_remarks_speaks_not_the_issuer() -> None:
    for label in (
        "The following is the text of Tod Vail’s remarks, as prepared for delivery: ",
        "Below is Tod Vail’s full testimony: ",
    ):
        for got in (
            speakers(release(LEAD + label + WORDS, "wes_tarrant")),
            speakers(bare(LEAD + label + WORDS)),
        ):
            assert got == [["Tod Vail"]], label


def test_an_act_or_a_letter_owned_names_no_speaker_here() -> None:
    assert speakers(bare(LEAD + "Rep. Tarrant’s Harbor Act: " + WORDS)) == [[]]
    text = LEAD + "The following is the text of Congresswoman Ann Roe’s letter:" + WORDS
    assert speakers(release(text, "wes_tarrant")) == [[]]


def test_the_owner_of_remarks_as_prepared_or_delivered_speaks() -> None:
    # The label's noun followed by how the words were given, with no intro before it:
    # the owner's words, never the issuer's.
    for label in (
        "Tod Vail’s remarks as prepared: ",
        "Rep. Tod Vail’s statement as delivered: ",
        "Below is Rep. Tod Vail’s statement, as prepared for delivery: ",
    ):
        for got in (
            speakers(release(LEAD + label + WORDS, "wes_tarrant")),
            speakers(bare(LEAD + label + WORDS)),
        ):
            assert got == [["Tod Vail"]], label


def test_each_label_as_prepared_keeps_its_own_owner() -> None:
    text = (
        "CORVALE, OH – Rep. Tod Vail and Rep. Ann Roe spoke on the harbor bill on Tuesday."
        "\n\nCongressman Vail’s statement as prepared: “We will build the pier.” "
        "Congresswoman Roe’s statement as prepared: “The pier is late.”"
    )
    for got in (speakers(release(text, "wes_tarrant")), speakers(bare(text))):
        assert got == [["Tod Vail"], ["Ann Roe"]]


def test_a_member_reading_anothers_remarks_gives_the_owners_words() -> None:
    # The member reads out somebody else's remarks: their owner's words, never the
    # reader's; the member reading their own remarks keeps them.
    lead = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
    for label in (
        "Tarrant read Tod Vail’s remarks as prepared: ",
        "Tarrant read Tod Vail’s statement: ",
        "Rep. Tarrant reads Rep. Tod Vail’s remarks as delivered: ",
    ):
        for got in (
            speakers(release(lead + label + WORDS, "wes_tarrant")),
            speakers(bare(lead + label + WORDS)),
        ):
            assert got == [["Tod Vail"]], label
    # The owner not sure (`Sen. Vail` where the one Vail is a governor): nobody's.
    text = lead.replace("opened a youth council", "met Gov. Bram Vail")
    text += "Tarrant read Sen. Vail’s remarks: " + WORDS
    assert speakers(release(text, "wes_tarrant")) == [[]]
    assert speakers(bare(text)) == [[]]
    for label in ("Tarrant read his remarks as prepared: ", "Tarrant read Tarrant’s statement: "):
        for got in (
            speakers(release(lead + label + WORDS, "wes_tarrant")),
            speakers(bare(lead + label + WORDS)),
        ):
            assert got == [["Wes Tarrant"]], label


def test_a_member_delivering_anothers_remarks_gives_the_owners_words() -> None:
    # Verbs the parse reads as no cue of saying (`delivered`, `presented`, `gave`, `read
    # aloud`): the remarks are still their owner's, never the one who delivers them.
    lead = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
    for label in (
        "Tarrant delivered Tod Vail’s remarks: ",
        "Rep. Tarrant delivered Rep. Tod Vail’s remarks: ",
        "Tarrant presented Tod Vail’s statement: ",
        "Tarrant gave Tod Vail’s remarks as prepared: ",
        "Tarrant read aloud Tod Vail’s remarks: ",
        "Rep. Tarrant read aloud Rep. Tod Vail’s statement: ",
    ):
        for got in (
            speakers(release(lead + label + WORDS, "wes_tarrant")),
            speakers(bare(lead + label + WORDS)),
        ):
            assert got == [["Tod Vail"]], label
    # An owner the parse cannot name (`Roe’s`, no Roe named; `the Governor’s`, no
    # governor named): nobody's; the deliverer's own remarks stay theirs.
    for label in ("Tarrant delivered Roe’s remarks: ", "Tarrant gave the Governor’s remarks: "):
        for got in (
            speakers(release(lead + label + WORDS, "wes_tarrant")),
            speakers(bare(lead + label + WORDS)),
        ):
            assert got == [[]], label
    for label in (
        "Tarrant gave his remarks as prepared: ",
        "Tarrant delivered Tarrant’s remarks: ",
    ):
        assert speakers(release(lead + label + WORDS, "wes_tarrant")) == [["Wes Tarrant"]], label


def test_a_member_delivering_remarks_of_the_other_sex_is_no_speaker() -> None:
    # `her remarks` after a man's surname: the remarks are some woman's, whom the
    # sentence does not name; never the issuer's.
    lead = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
    for label in (
        "Tarrant delivered her remarks: ",
        "Tarrant delivered her remarks on the bill: ",
        "The Congressman delivered her remarks on the bill: ",
    ):
        for got in (
            speakers(release(lead + label + WORDS, "wes_tarrant")),
            speakers(bare(lead + label + WORDS)),
        ):
            assert got == [[]], label
    for label in (
        "Tarrant delivered his remarks on the bill: ",
        "The Congressman delivered his remarks on the bill: ",
    ):
        assert speakers(release(lead + label + WORDS, "wes_tarrant")) == [["Wes Tarrant"]], label


def test_a_member_delivering_his_own_remarks_before_the_colon_speaks() -> None:
    # `his remarks:` right before the words: `remarks` is the noun `his` owns, not a verb
    # whose subject ends in `his`; the sentence's subject, the issuer, owns them.
    lead = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
    for label in (
        "Tarrant delivered his remarks: ",
        "Rep. Tarrant delivered his remarks: ",
        "Tarrant gave his remarks: ",
    ):
        assert speakers(release(lead + label + WORDS, "wes_tarrant")) == [["Wes Tarrant"]], label
    assert speakers(release(lead + "Tarrant delivered her remarks: " + WORDS, "wes_tarrant")) == [
        []
    ]


def test_a_pronoun_after_an_object_leaves_the_words_unsure() -> None:
    # `thanked the mayor for his remarks:`: the remarks may be the mayor's, quoted next
    lead = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
    label = "Tarrant thanked the mayor for his remarks: "
    assert speakers(release(lead + label + WORDS, "wes_tarrant")) == [[]]
