"""Whose words a quotation's surroundings give: not the subject of a clause a participle
of saying reports after them, nor whoever wrote or was named before a writing's own text,
nor the issuer after a label or a sentence introducing somebody else; and names read
whole (a slash inside a body's name, first names sharing a surname, `Major` as a rank)."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

PIER = "DOVER, OH – Congresswoman Nora Quill spoke at the pier on Monday.\n\n"


def test_a_body_in_the_clause_a_participle_reports_is_no_speaker() -> None:
    for said in (
        "“The harbor stays open all winter,” adding that the Coast Guard agreed.",
        "“The harbor stays open all winter,” noting that Mayor Ann Holt approved.",
        "“The harbor stays open,” she said, adding that the Pike County Board agreed.",
    ):
        text = f"{HEAD}{PIER}{said}"
        for quotes in (bare(text), release(text)):
            got = speakers(quotes)[0]
            assert "Coast Guard" not in got and "Ann Holt" not in got, said
            assert "Pike County Board" not in got, said


def test_a_cue_after_the_words_still_gives_its_subject() -> None:
    text = f"{HEAD}{PIER}“The harbor stays open all winter,” the Coast Guard said."
    assert speakers(bare(text)) == [["Coast Guard"]]


def test_a_body_named_with_a_slash_is_one_name_after_its_officer() -> None:
    for said in (
        "Fire Chief Ivo Brandt of the Elm/Oak Fire Department said “the pier is safe.”",
        "“The pier is safe,” said Fire Chief Ivo Brandt of the Elm/Oak Fire Department.",
        "Harbor Master Lena Marsh of the Dover/Kent Port Authority said, “The pier is safe.”",
    ):
        text = f"{HEAD}{PIER}{said}"
        want = ["Lena Marsh"] if "Marsh" in said else ["Ivo Brandt"]
        assert speakers(bare(text)) == [want], said
        assert speakers(release(text)) == [want], said


def test_a_writings_own_words_after_its_colon_are_nobodys() -> None:
    wrote = "DOVER, OH – Congresswoman Nora Quill wrote to the Secretary about the harbor."
    words = "“We ask that you act before the spring thaw.”"
    for intro in ("It ends:", "It also notes:", "The resolution ends:", "Her report concludes:"):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{wrote}{gap}{intro} {words}"
            assert speakers(bare(text)) == [[]], (intro, gap)
            assert speakers(release(text)) == [[]], (intro, gap)


def test_it_with_no_writings_verb_before_a_colon_is_no_writing() -> None:
    # `It is simple:` introduces the issuer's own words in their release.
    text = (
        f"{HEAD}{PIER}“We will act,” said Quill. It is simple: “The harbor must stay open"
        " for our fishing families.”"
    )
    assert speakers(release(text))[-1] == ["Nora Quill"]


def test_a_capitals_label_naming_another_person_keeps_the_words_from_the_issuer() -> None:
    words = "“The guild thanks the congresswoman for her work on the harbor.”"
    for label in (
        "HARBOR GUILD ON BILL TOD HOLT:",
        "COUNTY CLERK ON HARBOR MIRA TALBECK:",
        "STATEMENT ON THE BILL BY ANN TOLVER:",
    ):
        text = f"{HEAD}{PIER}{label} {words}"
        assert speakers(release(text)) == [[]], label
    # the issuer's own name in the label leaves the words hers
    text = f"{HEAD}{PIER}STATEMENT OF NORA QUILL: {words}"
    assert speakers(release(text)) == [["Nora Quill"]]


def test_a_sentence_after_the_words_reporting_a_clause_keeps_them_from_the_issuer() -> None:
    for after in (
        "Mayor Ann Holt said Tuesday that the town would pay for it.",
        "Mayor Ann Holt said on Friday that the town would pay for it.",
    ):
        text = f"{HEAD}{PIER}“The ferry stays open.” {after}"
        assert speakers(release(text)) == [[]], after
        assert speakers(bare(text)) == [[]], after
    # the words' own cue, with its day, is still the cue
    text = f"{HEAD}{PIER}“The ferry stays open,” Mayor Ann Holt said Tuesday."
    assert speakers(release(text)) == [["Ann Holt"]]


def test_first_names_before_a_full_name_share_its_surname() -> None:
    for said, want in (
        ("said Lena and Tod Ahmann", ["Lena Ahmann", "Tod Ahmann"]),
        ("said Mira and Ivo Talbeck, who farm near Dover", ["Mira Talbeck", "Ivo Talbeck"]),
        ("said Ann Roe and Ben Fisk", ["Ann Roe", "Ben Fisk"]),
    ):
        text = f"{HEAD}{PIER}“The ferry saved our farm,” {said}."
        assert speakers(bare(text)) == [want], said
        assert speakers(release(text)) == [want], said


def test_major_before_a_surname_is_a_rank_only_with_the_full_name_or_a_name_after_a_title() -> None:
    words = "“The pier is safe for every boat,”"
    # `Major Orr` alone may be a given name, a rank or a phrase: nobody's
    assert speakers(bare(f"{HEAD}{PIER}{words} said Major Orr.")) == [[]]
    said = f"Major Tod Orr toured the pier. {words} said Major Orr."
    assert speakers(bare(f"{HEAD}{PIER}{said}"))[-1] == ["Tod Orr"]
    assert speakers(bare(f"{HEAD}{PIER}{words} said Major Tod Orr.")) == [["Tod Orr"]]
    for said in (
        f"{words} said Rep. Major Tolver.",
        f"Rep. Major Tolver toured the pier. {words} said Major Tolver.",
    ):
        assert speakers(bare(f"{HEAD}{PIER}{said}"))[-1] == ["Major Tolver"], said


def test_a_sentence_introducing_another_person_keeps_the_next_words_from_the_issuer() -> None:
    words = "“Several agencies share this task, and the bill joins the effort.”"
    for intro in (
        "Mira Talbeck heads the Harbor Guild.",
        "Ivo Brandt runs the Dover Boat Club.",
        "Ivo Brandt is the president of the Dover Boat Club.",
    ):
        text = f"{HEAD}{PIER}“We must compete,” said Congresswoman Nora Quill. {intro} {words}"
        assert speakers(release(text)) == [["Nora Quill"], []], intro
    # a sentence naming another person without saying what they hold leaves the issuer's
    # statement hers
    text = f"{HEAD}{PIER}Quill toured the pier with Mira Talbeck. {words}"
    assert speakers(release(text)) == [["Nora Quill"]]


def test_a_capitals_label_opening_with_another_quoted_persons_surname() -> None:
    quoted = "“The guild did fine work,” said Mayor Ann Holt.\n\n"
    words = "“The guild thanks the congresswoman for her work on the harbor.”"
    text = f"{HEAD}{PIER}{quoted}HOLT ON THE BILL: {words}"
    assert speakers(release(text)) == [["Ann Holt"], []]
    # the issuer's surname, or one nobody quoted, leaves the words the issuer's
    for label in ("QUILL ON THE BILL:", "VAIL ON THE BILL:"):
        text = f"{HEAD}{PIER}{quoted}{label} {words}"
        assert speakers(release(text)) == [["Ann Holt"], ["Nora Quill"]], label


def test_the_issuers_words_about_the_person_just_introduced_stay_hers() -> None:
    # the words speak of the person introduced (him, hers, their name): the issuer's
    for intro, words in (
        (
            "Ivo Dapple is the director of the county port.",
            "“I thank him for his long years of service to our harbor.”",
        ),
        (
            "Lena Forsby, a nurse, runs the clinic in Elmwick.",
            "“Our district needs more clinics like hers.”",
        ),
        (
            "Ivo Dapple heads the Harbor Guild.",
            "“Our harbor owes Dapple a great deal.”",
        ),
        (
            "Ivo Dapple heads the Harbor Guild.",
            "“Ivo has kept the guild strong for twenty years.”",
        ),
    ):
        text = f"{HEAD}{PIER}Quill thanked the guild. {intro} {words}"
        assert speakers(release(text)) == [["Nora Quill"]], words


def test_a_capitals_label_with_the_issuers_name_leaves_the_words_hers() -> None:
    words = "“These teachers have served our town for a century.”"
    for label in (
        "QUILL HONORS CHRISTIAN BROTHERS:",
        "QUILL PRAISES GRACE MILLS:",
        "CONGRESSWOMAN QUILL THANKS ANN TOLVER:",
        "QUILL’S GUEST ANN TOLVER:",
    ):
        text = f"{HEAD}{PIER}{label} {words}"
        assert speakers(release(text)) == [["Nora Quill"]], label
    # another person sharing the issuer's surname, named in full, keeps them from her
    text = f"{HEAD}{PIER}STATEMENT OF TOD QUILL: {words}"
    assert speakers(release(text)) == [[]]


def test_major_before_a_word_the_text_writes_in_lower_case_is_no_rank() -> None:
    # `Major Player:` heads a section (the text speaks of `a major player`): `Major` stays
    # one of its words, no rank taken from a made-up `Player`
    for said in (
        "Highlights: Major Player: “Our harbor is a player in every trade route now.”",
        "Major Problem: “The locks fail every winter, a problem for every town.”",
    ):
        got = speakers(bare(f"{HEAD}{PIER}{said}"))[-1]
        assert got not in (["Player"], ["Problem"]), said
    # nor a surname the text never writes in lower case, unless named in full with the rank
    assert speakers(bare(f"{HEAD}{PIER}“The pier is safe for every boat,” said Major Orr.")) == [[]]


def test_a_participle_inside_a_role_is_no_reported_clause() -> None:
    # `writing` describes the role (`creative writing professor`): the name after it speaks
    for said in (
        "“The harbor stays open all winter,” said creative writing professor Ivo Brandt.",
        "“The harbor stays open all winter,” writing instructor Ivo Brandt said.",
        "“The harbor stays open all winter,” said warning coordinator Ivo Brandt.",
        "“The harbor stays open all winter,” the writing center director Ivo Brandt said.",
    ):
        text = f"{HEAD}{PIER}{said}"
        assert speakers(bare(text)) == [["Ivo Brandt"]], said
        assert speakers(release(text)) == [["Ivo Brandt"]], said


def test_a_writing_noun_without_a_writings_verb_introduces_no_writing() -> None:
    # a writing's word opening another subject (`The law firm partner`, `The warning from`)
    # with no verb of a writing: the named person's words
    for said in (
        "The law firm partner Ivo Brandt put it plainly: “The pier is safe for every boat.”",
        "The warning from Mayor Ivo Brandt was blunt: “The pier is safe for every boat.”",
    ):
        got = speakers(release(f"{HEAD}{PIER}{said}"))
        assert got == [["Ivo Brandt"]], said
    # a writing's verb after it still makes the words its text
    text = f"{HEAD}{PIER}The resolution reads: “The pier is safe for every boat.”"
    assert speakers(release(text)) == [[]]


def test_a_word_something_is_cast_as_is_a_term_nobodys() -> None:
    for said in (
        "Mayor Ida Brisk described the levy as a “blunder” in her remarks.",
        "Mayor Ida Brisk praised the plan as an “overdue” fix for the marina.",
    ):
        text = f"{HEAD}{PIER}{said}"
        for quotes in (bare(text), release(text), release(text, "ida_brisk")):
            assert all(got == [] for got in speakers(quotes)), said


def test_words_cast_or_said_outside_such_a_clause_stay_the_speakers() -> None:
    for said, want in (
        (
            "Mayor Ida Brisk blasted the levy as a “blunder” after she read it: "
            "“We will not pay for this again next winter.”",
            [["Ida Brisk"]],
        ),
        (
            "Mayor Ida Brisk blasted the board after she toured the locks, calling it "
            "“a disgrace to every family on the river.”",
            [["Ida Brisk"]],
        ),
        ("Mayor Ida Brisk called the levy a “blunder.”", [["Ida Brisk"]]),
    ):
        text = f"{HEAD}{PIER}{said}"
        got = [s for s in speakers(bare(text)) if s]
        assert got == want, said


def test_words_in_a_clause_after_a_casting_verb_stay_its_subjects() -> None:
    # the pronoun opening the clause is the casting verb's own subject: the words are hers
    for said, member, want in (
        (
            "Mayor Ivo Brandt slammed the council because he thinks it is “asleep at the switch.”",
            "ivo_brandt",
            "Ivo Brandt",
        ),
        (
            "Rep. Lena Marsh spoke first.\n\nMarsh blasted the levy because she believes it is "
            "“a gift to the mills.”",
            "lena_marsh",
            "Lena Marsh",
        ),
        (
            "Rep. Lena Marsh spoke first.\n\nMarsh criticized the wait because she fears it "
            "will leave towns “dry for weeks.”",
            "lena_marsh",
            "Lena Marsh",
        ),
        (
            "Rep. Lena Marsh spoke first.\n\nMarsh praised the crews as they worked “through "
            "the night”.",
            "lena_marsh",
            "Lena Marsh",
        ),
    ):
        text = f"{HEAD}{PIER}{said}"
        assert speakers(bare(text)) == [[want]], said
        assert speakers(release(text, member)) == [[want]], said
