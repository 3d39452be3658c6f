"""A kin phrase opening a sentence as its subject, in the heading style with no article
(`Son of Senator Cal Wendt, Ivo Wendt, said`): the kin named after the comma speaks,
never the titled relative, in bare text and in the relative's own release."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
HARBOR = "“We will keep the harbor open all winter for our fishing families.”"


def test_a_bare_kin_phrase_before_a_titled_name_lets_the_kin_speak() -> None:
    for said, relative, kin in (
        ("Son of Senator Cal Wendt, Ivo Wendt, said", "cal_wendt", "Ivo Wendt"),
        ("Brother of Rep. Ada Brisk, Eli Brisk, said:", "ada_brisk", "Eli Brisk"),
        ("Widow of Governor Cal Wendt, Mara Wendt, told reporters:", "cal_wendt", "Mara Wendt"),
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[kin]], said
        assert speakers(release(text)) == [[kin]], said
        assert speakers(release(text, relative)) == [[kin]], said


def test_a_body_named_with_a_kin_noun_is_no_kin_phrase() -> None:
    # no title after `of`: a body's name, its officer speaks
    said = "Sons of Vinland President Cal Wendt said"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Cal Wendt"]]


def test_a_lone_surname_after_a_kin_pair_is_not_the_kin_named_before_it() -> None:
    # the name set off before the cue's own subject is no holder of a role it names
    for said in (
        "Wendt and her husband, Ivo Marsh, attended. Wendt said:",
        "Joined by her son and her husband, Ivo Marsh, Wendt released a statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text, "ada_wendt")) == [["Ada Wendt"]], said


def test_a_kin_pairs_possessive_must_fit_the_surnames_person() -> None:
    # `her` is not Cal Wendt's: the pair is nobody's, never Cal Wendt and the husband
    said = (
        "Cal Wendt, a farmer, spoke first.\n\n"
        "Wendt and her husband, Ivo Marsh, released a statement:"
    )
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        for quotes in (bare(text), release(text, "ada_wendt")):
            got = speakers(quotes)[0]
            assert "Cal Wendt" not in got and got != ["Ivo Marsh"], gap
    # `his` fits him: both, as before
    said = said.replace("her husband", "his wife").replace("Ivo Marsh", "Mara Lind")
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Cal Wendt", "Mara Lind"]]


def test_a_bodys_name_opening_with_a_kin_noun_keeps_its_officer() -> None:
    # a saint's or king's name after `of`, or the titled name running on into the
    # subject: a body's name or the kin's own description, never a bare kin phrase
    for said, officer in (
        ("Sisters of St. Orla President Ada Brisk said:", "Ada Brisk"),
        ("Sons of St. Corvin Society President Cal Wendt said:", "Cal Wendt"),
        ("Daughters of King Aldric Worthy Matron Ada Brisk said:", "Ada Brisk"),
        ("Family of Senator Cal Wendt spokesman Ivo Marsh said:", "Ivo Marsh"),
        ("Wife of Governor Cal Wendt Mara Wendt said:", "Mara Wendt"),
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[officer]], said


def test_a_subject_opening_the_next_sentence_is_read_as_before() -> None:
    # the name set off before the sentence's end is the same person's: kept
    said = "Mayor Ada Brisk, who chairs the board. Brisk said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Ada Brisk"]]


def test_a_bare_kin_phrase_may_hold_a_title_of_more_words() -> None:
    said = "Son of Lt. Gov. Cal Wendt, Ivo Wendt, said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Ivo Wendt"]]


def test_a_bare_kin_phrase_reporting_a_clause_lets_the_kin_speak() -> None:
    # the reported clause is the kin's, and so are the words in the next paragraph
    for said in (
        "Brother of Rep. Ada Brisk, Eli Brisk, said he was proud of the crew.\n\n",
        "The brother of Rep. Ada Brisk, Eli Brisk, said he was proud of the crew.\n\n",
    ):
        text = f"{HEAD}{BRIDGE}{said}{HARBOR}"
        for quotes in (bare(text), release(text), release(text, "ada_brisk")):
            reported = [q.speakers for q in quotes if q.kind == "reported"]
            assert reported == [["Eli Brisk"]], said
            assert speakers(quotes)[-1] == ["Eli Brisk"], said


def test_a_pair_of_a_lone_surname_and_kin_of_that_surname_is_both_or_nobody() -> None:
    # `Wendt` alone is read as the kin named nearest: never the wife alone
    said = (
        "Mayor Cal Wendt cut the ribbon.\n\nWendt and his wife, Mara Wendt, released a statement:"
    )
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    for quotes in (bare(text), release(text), release(text, "cal_wendt")):
        assert speakers(quotes)[0] in ([], ["Cal Wendt", "Mara Wendt"])


def test_a_bare_kin_phrase_heading_a_list_gives_the_kin_and_the_others() -> None:
    for said in (
        "Son of Senator Cal Wendt, Ivo Wendt, and Mayor Ada Brisk said:",
        "Son of Senator Cal Wendt, Ivo Wendt, and Mayor Ada Brisk released a statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        for quotes in (bare(text), release(text), release(text, "cal_wendt")):
            assert speakers(quotes) == [["Ivo Wendt", "Ada Brisk"]], said


def test_a_relation_noun_in_the_heading_style_lets_the_one_set_off_speak() -> None:
    for said in (
        "Friend of Senator Cal Wendt, Eli Marsh, said:",
        "Colleague of Rep. Ada Brisk, Eli Marsh, told reporters:",
        "Neighbor of Senator Cal Wendt, Eli Marsh, said he was glad.\n\n",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        for quotes in (bare(text), release(text, "cal_wendt"), release(text, "ada_brisk")):
            assert speakers(quotes)[-1] == ["Eli Marsh"], said


def test_a_bare_kin_phrase_with_the_kin_not_named_in_full_is_nobodys() -> None:
    for said in (
        "Son of Senator Cal Wendt said:",
        "Son of Senator Cal Wendt, Ivo, said:",
        "Friend of Rep. Ada Brisk told reporters:",
        "Son of Senator Cal Wendt and Mayor Ada Brisk said:",
        "Widow of Senator Cal Wendt released a statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        for quotes in (bare(text), release(text, "cal_wendt"), release(text, "ada_brisk")):
            assert speakers(quotes) == [[]], said


def test_a_clause_reported_after_a_kin_phrase_giving_nobody_is_kept() -> None:
    # the kin reading gives nobody: the clause stays, with no speaker
    for said in (
        "The family of Ivo Brandt said that the pier must stay open all winter.",
        "Son of Senator Ivo Brandt said that the pier must stay open all winter.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        for quotes in (bare(text), release(text, "ivo_brandt")):
            reported = [q.speakers for q in quotes if q.kind == "reported"]
            assert reported == [[]], said


def test_a_number_or_a_bare_plural_after_of_is_no_relative() -> None:
    # `Father of two Ivo Brandt`: Ivo Brandt is the father, and speaks
    for said, want in (
        ("Father of two Ivo Brandt said the pier must stay open all winter.", "Ivo Brandt"),
        (
            "Mother of three Lena Marsh told reporters that the pier must stay open.",
            "Lena Marsh",
        ),
        ("Father of twins Ivo Brandt said the pier must stay open all winter.", "Ivo Brandt"),
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        for quotes in (bare(text), release(text)):
            reported = [q.speakers for q in quotes if q.kind == "reported"]
            assert reported == [[want]], said
    # a relative named after a noun with its adjective is still the relative
    said = "The family of fallen lineman Orrin Pell said that the pier must stay open."
    text = f"{HEAD}{BRIDGE}{said}"
    assert all("Orrin Pell" not in got for got in speakers(bare(text)))


def test_a_kin_phrase_set_off_by_no_persons_name_is_nobodys() -> None:
    for said in (
        "The estate of Ivo Brandt, Elm Holdings, said that the pier land would be sold.",
        "The estate of Ivo Brandt, Elm Holdings, said: “The pier land will be sold.”",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        for quotes in (bare(text), release(text)):
            assert speakers(quotes) == [[]], said


def test_a_bare_kin_phrase_before_a_list_it_cannot_read_is_nobodys() -> None:
    quote = "“We will keep the pier open all winter for our fishing families.”"
    for said in (
        # the relative's phrase holds `and`: whose friend the one set off is is unclear
        "Friend of Senator Ivo Brandt and Rep. Lena Marsh, Cal Lind, and Mayor Ada Roe said:",
        # the appositive followed by a noun phrase naming no one
        "Aide of Senator Ivo Brandt, Lena Marsh, and the senator said:",
        "Friend of Senator Ivo Brandt, Lena Marsh, and Mayor Ada Roe, his cousin, said:",
        # a longer list: the relatives may be all of them
        "Son of Senator Ivo Brandt, Cal Brandt, Rep. Ada Roe and Mayor Lena Marsh released "
        "a joint statement:",
        "Neighbor of Mayor Ivo Brandt, Rep. Lena Marsh, Rep. Ada Roe and Cal Lind released "
        "a statement:",
        "Son of Senator Ivo Brandt, Rep. Lena Marsh and Mayor Ada Roe said:",
        "Friends of Senator Ivo Brandt, the harbor club, said:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {quote}"
        for quotes in (bare(text), release(text), release(text, "lena_marsh")):
            assert speakers(quotes) == [[]], said
    # nor the senator's alone in his own release
    said = "Aide of Senator Ivo Brandt, Lena Marsh, and the senator released a statement:"
    text = f"{HEAD}{BRIDGE}{said} {quote}"
    assert speakers(release(text, "ivo_brandt")) == [[]]


def test_a_bare_kin_phrase_before_one_more_named_gives_both_whatever_the_title() -> None:
    quote = "“We will keep the pier open all winter for our fishing families.”"
    for said in (
        "Son of Senator Ivo Brandt, Cal Brandt, and Rep. Lena Marsh released a statement:",
        "Son of Senator Ivo Brandt, Cal Brandt, and Rep. Lena Marsh said:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {quote}"
        for quotes in (bare(text), release(text, "lena_marsh"), release(text, "ivo_brandt")):
            assert speakers(quotes) == [["Cal Brandt", "Lena Marsh"]], said


def test_a_lone_surname_and_kin_of_that_surname_with_a_suffix_are_both_or_nobody() -> None:
    # `Jr.`, `II`: the kin's surname is still the lone one's; never the son alone
    for kin in ("Cal Wendt Jr.", "Cal Wendt II", "Ivo Wendt III", "Ivo Wendt Sr."):
        said = f"Mayor Cal Wendt cut the ribbon.\n\nWendt and his son, {kin}, released a statement:"
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        for quotes in (bare(text), release(text), release(text, "cal_wendt")):
            assert speakers(quotes)[0] in ([], ["Cal Wendt", kin]), kin


def test_plural_kin_set_off_as_a_pair_both_speak() -> None:
    quote = "“We will keep the pier open all winter for our fishing families.”"
    for said in (
        "Friends of Senator Ivo Brandt, Lena Marsh and Cal Lind, said:",
        "Neighbors of Mayor Ivo Brandt, Lena Marsh and Cal Lind, released a statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {quote}"
        for quotes in (bare(text), release(text), release(text, "ivo_brandt")):
            assert speakers(quotes) == [["Lena Marsh", "Cal Lind"]], said


def test_a_bare_relation_phrase_announcing_a_statement_is_nobodys() -> None:
    # a relation noun before a verb of statement: neither the relative's words nor the
    # issuer's, in any release
    for said in (
        "Friend of Senator Cal Wendt released a statement:",
        "Friend of Rep. Ada Brisk released a statement:",
        "Neighbor of Senator Cal Wendt released the following statement:",
        "Aides of Rep. Ada Brisk released a statement:",
        "Classmate of Senator Cal Wendt made the following statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        for quotes in (bare(text), release(text, "cal_wendt"), release(text, "ada_brisk")):
            assert speakers(quotes) == [[]], said
        assert speakers(release(text)) == [[]], said


def test_a_bare_kin_phrase_after_the_words_is_nobodys() -> None:
    # the cue after the closing mark: the kin speak, named in full nowhere
    words = "“We will keep the harbor open all winter,”"
    for said in (
        f"{HARBOR} said Son of Senator Cal Wendt.",
        f"{HARBOR} Son of Senator Cal Wendt said.",
        f"{words} said Friend of Rep. Ada Brisk.",
        f"{words} Daughter of Senator Cal Wendt told reporters.",
        f"{words} said Son of Senator Cal Wendt, Ivo.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        for quotes in (bare(text), release(text, "cal_wendt"), release(text, "ada_brisk")):
            assert speakers(quotes) == [[]], said


def test_a_name_set_off_after_the_kin_phrase_after_the_words_still_speaks() -> None:
    words = "“We will keep the harbor open all winter,”"
    for said, kin in (
        (f"{words} said Ivo Wendt, son of Senator Cal Wendt.", "Ivo Wendt"),
        (f"{words} said Mayor Ivo Lind, friend of Rep. Ada Brisk.", "Ivo Lind"),
        (f"{words} said Sons of Vinland President Cal Wendt.", "Cal Wendt"),
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [[kin]], said
        assert speakers(release(text, "ada_brisk")) == [[kin]], said


def test_he_after_a_bare_kin_phrase_after_the_words_is_the_kin_not_the_relative() -> None:
    more = "He added: “The ferry must run again by spring.”"
    for said in (
        f"{HARBOR} said Son of Senator Cal Wendt.\n\n{more}",
        f"{HARBOR} Son of Senator Cal Wendt said.\n\n{more}",
        f"{HARBOR} said Son of Sen. Cal Wendt.\n\n{more}",
        f"{HARBOR} said Friend of Senator Cal Wendt.\n\n{more}",
        f"{HARBOR} said Son of Senator Cal Wendt. {more}",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [[], []], said
        assert speakers(release(text)) == [[], []], said
        assert speakers(release(text, "cal_wendt")) == [[], []], said
    # the relative named as the speaker keeps `he`
    text = f"{HEAD}{BRIDGE}{HARBOR} said Senator Cal Wendt.\n\n{more}"
    assert speakers(bare(text)) == [["Cal Wendt"], ["Cal Wendt"]]
