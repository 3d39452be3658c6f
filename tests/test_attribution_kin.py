"""A person's kin speaking for them: the words are the kin's when the kin are named
between commas after a person named in full, nobody's when the name may be the
relative's own (after a role or a dead person's description) and never the relative's."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
HARBOR = "“We will keep the harbor open all winter for our fishing families.”"


def _both(said: str, want: list[str], gaps: tuple[str, ...] = (" ", "\n\n")) -> None:
    for gap in gaps:
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(bare(text)) == [want], (said, gap)
        assert speakers(release(text)) == [want], (said, gap)


def test_the_kin_of_the_late_person_named_between_commas_speaks() -> None:
    for said in (
        "The daughter of the late Orrin Pell, Lise Dorn, said:",
        "The son of the late Judge Orrin Pell, Bram Pell, told reporters:",
        "The widow of the late Orrin Pell, Lise Pell, released a statement:",
        "The widow of fallen lineman Orrin Pell, Lise Pell, said:",
    ):
        _both(said, [said.split(", ")[1]], (" ",))
    for said in (
        "The widow of the late Orrin Pell, Lise Pell, released a statement:",
        "The widow of fallen lineman Orrin Pell, Lise Pell, released a statement:",
    ):
        _both(said, ["Lise Pell"], ("\n\n",))


def test_the_dead_person_after_the_kin_noun_never_speaks() -> None:
    for said in (
        "The daughter of the late Orrin Pell said:",
        "The family of the late Orrin Pell said:",
        "The family of the late Orrin Pell released a statement:",
        "The family of fallen lineman Orrin Pell said:",
        "The family of fallen lineman Orrin Pell released a statement:",
    ):
        _both(said, [], (" ",))


def test_a_name_set_off_after_a_kin_nouns_role_object_is_nobodys() -> None:
    # the name may be the lineman's own: nobody
    for said in (
        "The family of the fallen lineman, Orrin Pell, released a statement:",
        "The family of the fallen lineman, Orrin Pell, said:",
        "The son of the retired judge, Bram Pell, said:",
        "The son of the retired judge, Bram Pell, released a statement:",
    ):
        _both(said, [])


def test_a_kin_named_as_one_who_speaks_for_others_is_nobodys() -> None:
    # `The father of …, Lise Dorn, a spokeswoman …`: the name is no father; nobody sure
    for said in (
        "The father of Orrin Pell, Lise Dorn, a spokeswoman for the family, said",
        "The father of Orrin Pell, Lise Dorn, a spokeswoman for the family, released a statement:",
        "The mother of Orrin Pell, Bram Cole, an attorney for the family, said:",
    ):
        _both(said, [], (" ",))
    # a description of the kin alone still lets the kin speak
    _both("The daughter of Orrin Pell, Lise Dorn, a harbor pilot, said:", ["Lise Dorn"], (" ",))


def test_a_subject_and_their_own_kin_speak_together_or_not_at_all() -> None:
    for said, want in (
        (
            "Congresswoman Nora Quill and her husband, Orrin Pell, released the following"
            " statement:",
            ["Nora Quill", "Orrin Pell"],
        ),
        ("Mayor Bram Cole and his wife, Lise Cole, said:", ["Bram Cole", "Lise Cole"]),
        ("Bram Cole and his wife Lise Cole released a statement:", ["Bram Cole", "Lise Cole"]),
    ):
        _both(said, want)
    said = "Rep. Quill and her husband, Orrin Pell, released the following statement:"
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(release(text)) == [["Nora Quill", "Orrin Pell"]], gap
        assert speakers(bare(text)) == [["Quill", "Orrin Pell"]], gap


def test_a_label_of_a_kin_or_of_an_event_never_names_the_relative() -> None:
    _both("Widow of Sheriff Orrin Pell, Lise Pell:", ["Lise Pell"], (" ",))
    for said in (
        "Widow of Sheriff Orrin Pell, Lise Pell:",
        "Family of Sheriff Orrin Pell, Lise Pell:",
        "Widow of Sheriff Orrin Pell:",
        "Passing of Senator Orrin Pell:",
        "Death of Judge Orrin Pell:",
        "Statement of the Pell family:",
        "Statement from the family of Orrin Pell:",
        "Statement by the widow of Sheriff Orrin Pell:",
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
            for quotes in (bare(text), release(text)):
                assert "Orrin Pell" not in speakers(quotes)[0], (said, gap)
                assert "Nora Quill" not in speakers(quotes)[0], (said, gap)
    # a label of words said still names who says them
    _both("Statement of Senator Orrin Pell:", ["Orrin Pell"])


def test_a_lead_naming_the_member_after_another_noun_of_still_names_the_member() -> None:
    lead = (
        "DOVER – With the support of Congresswoman Nora Quill, the House passed the harbor"
        " bill on Monday. “We fought for this pier for years and I am proud of our town.”"
    )
    assert speakers(bare(f"{HEAD}{lead}")) == [["Nora Quill"]]
    lead = lead.replace("With the support of", "After the passing of")
    assert speakers(bare(f"{HEAD}{lead}")) == [[]]


def test_a_kin_phrase_not_opening_the_sentence_leaves_the_subject_speaking() -> None:
    # `As the daughter of …, X said`: the kin phrase is an aside; the subject speaks
    for said, want in (
        ("As the daughter of a veteran, Rep. Ada Brisk said:", "Ada Brisk"),
        ("As the daughter of a veteran, Ada Brisk said:", "Ada Brisk"),
        ("Like the son of any farmer, Cal Wendt said:", "Cal Wendt"),
        ("As the son of a fisherman, Mayor Cal Wendt told the crowd:", "Cal Wendt"),
        ("As the father of two, Cal Wendt said:", "Cal Wendt"),
    ):
        _both(said, [want])


def test_a_name_after_an_indefinite_plural_or_numbered_kin_object_speaks() -> None:
    # `a steelworker`, `immigrants`, `three` name nobody the name could be
    for said, want in (
        ("The daughter of a steelworker, Rep. Ada Brisk, said:", "Ada Brisk"),
        ("A mother of three, Rep. Ada Brisk, said:", "Ada Brisk"),
        ("The son of immigrants, Cal Wendt, said:", "Cal Wendt"),
        ("The father of two, Cal Wendt, said:", "Cal Wendt"),
        # the boy is no woman: the name is the mother's
        ("The mother of the injured boy, Ada Wendt, said:", "Ada Wendt"),
    ):
        _both(said, [want])


def test_a_capitalised_kin_noun_in_an_organisations_name_is_no_kin() -> None:
    for said in (
        "The Sons of Vinland president, Cal Wendt, said:",
        "The Brothers of Mercy director, Cal Wendt, said:",
    ):
        _both(said, ["Cal Wendt"])


def test_a_pair_whose_possessive_fits_another_person_is_no_pair() -> None:
    # `her` is Ada Roe's, not Cal Wendt's: never the two as a couple
    said = "Mayor Ivo Brisk thanked Ada Roe. Cal Wendt and her husband, Eli Roe, said:"
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        for quotes in (bare(text), release(text)):
            assert speakers(quotes) != [["Cal Wendt", "Eli Roe"]], gap


def test_a_member_named_again_after_an_event_of_them_leads() -> None:
    lead = (
        "DOVER – Following the election of Rep. Ada Brisk as chair of the Harbor Caucus,"
        " Brisk thanked her colleagues. “We fought for this pier for years and I am proud of"
        " our town.”"
    )
    assert speakers(bare(f"{HEAD}{lead}")) == [["Ada Brisk"]]


def test_a_label_of_a_members_kin_or_death_names_no_member() -> None:
    for title in ("Senator", "Rep.", "Governor", "Congressman"):
        _both(f"Widow of {title} Cal Wendt, Ada Wendt:", ["Ada Wendt"], (" ",))
        # a kin noun that is a given name too (`Son`) is still the kin's
        _both(f"Son of {title} Cal Wendt, Ivo Wendt:", ["Ivo Wendt"], (" ",))
        _both(f"Brother of {title} Cal Wendt, Ivo Wendt:", ["Ivo Wendt"], (" ",))
    # the issuer's own memorial heading: the issuer's words, never the dead member's
    said = "Rep. Quill on the passing of the late Senator Cal Wendt:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(release(text)) == [["Nora Quill"]]
    assert speakers(bare(text)) == [["Quill"]]


def test_a_name_after_an_indefinite_object_is_not_a_kin_of_the_other_sex() -> None:
    # the name set off after `a slain girl` is the girl's when the kin noun's sex differs
    for said in (
        "The father of a slain girl, Greta Quell, said,",
        "A brother of a murdered woman, Nadia Quell, said,",
        "The mother of a fallen lineman, Pavel Quell, said,",
        "The father of a slain girl, Zorvane Quell, said,",
    ):
        _both(said, [], (" ",))
    for said, who in (
        ("The daughter of a slain lineman, Greta Quell, said,", "Greta Quell"),
        ("The son of a steelworker, Pavel Quell, said,", "Pavel Quell"),
    ):
        _both(said, [who], (" ",))


def test_a_lone_surname_and_their_kin_speak_together_or_not_at_all() -> None:
    # the surname never named in full before: nobody, never the husband alone
    said = "Wendt and her husband, Ivo Marsh, released a statement:"
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(bare(text)) == [[]], gap
        assert speakers(release(text, "ada_wendt")) == [[]], gap
    # named in full before: both
    lead = "WASHINGTON – Rep. Ada Wendt opened the new bridge on Monday.\n\n"
    text = f"{HEAD}{lead}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Ada Wendt", "Ivo Marsh"]]
    assert speakers(release(text, "ada_wendt")) == [["Ada Wendt", "Ivo Marsh"]]


def test_a_surname_is_not_the_kin_its_possessive_sets_off() -> None:
    for said in (
        "Mayor Wendt released the following statement from the Mayor:",
        "Mayor Wendt said",
    ):
        text = (
            f"{HEAD}WASHINGTON – {said} {HARBOR}\n\nWendt’s husband, Ivo Wendt, attended the"
            " opening."
        )
        assert speakers(bare(text)) == [["Wendt"]], said
        assert speakers(release(text, "ada_wendt")) == [["Ada Wendt"]], said


def test_a_kin_label_in_a_paragraph_of_its_own_is_never_the_issuers_or_the_relatives() -> None:
    for label in (
        "Son of Senator Cal Wendt, Ivo Wendt:",
        "Widow of Sheriff Cal Wendt, Ada Wendt:",
    ):
        text = f"{HEAD}{BRIDGE}{label}\n\n{HARBOR}"
        for quotes in (bare(text), release(text), release(text, "cal_wendt")):
            got = speakers(quotes)[0]
            assert "Nora Quill" not in got and "Cal Wendt" not in got, label


def test_a_surname_whose_last_mention_is_its_kin_in_full_is_nobodys() -> None:
    # `Mayor Brisk` (the issuer) was away; `Brisk said` after her husband Pim Brisk spoke
    # may be either: nobody, never the issuer.
    text = (
        f"{HEAD}WASHINGTON – Mayor Brisk was away. Brisk’s husband, Pim Brisk, spoke for the"
        f" family at the fair. {HARBOR} Brisk said."
    )
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text, "orla_brisk")) == [[]]


def test_a_possessive_after_a_given_name_sets_off_no_kin_of_the_surname_alone() -> None:
    # Two people of the surname are named (`Orla Brisk’s son, Pim Brisk`): `Brisk said`
    # may be either, nobody's, as after `Orla Brisk and her son, Pim Brisk`; the full name
    # stays his.
    text = f"{HEAD}WASHINGTON – Orla Brisk’s son, Pim Brisk, spoke. “We will win,” Brisk said."
    assert speakers(bare(text)) == [[]]
    assert speakers(bare(text.replace("Brisk said", "Pim Brisk said"))) == [["Pim Brisk"]]


def test_kin_of_a_surname_finds_none_in_a_hyphen_run() -> None:
    # Each name starts at a word's start and is bounded; the growth with the run is
    # timed by scripts/bench_quote_scaling.py --shape kin-hyphens (linear, as a ratio in
    # one run).
    from importers.speakers import _SURNAME_KIN

    assert not list(_SURNAME_KIN.finditer("A-" * 20000))


def test_a_titled_speakers_own_kin_label_keeps_the_words_theirs() -> None:
    for label, member, want in (
        ("Son of a fisherman, Senator Cal Wendt:", "cal_wendt", "Cal Wendt"),
        ("Father of three, Senator Cal Wendt:", "cal_wendt", "Cal Wendt"),
        ("Daughter of a Teamster, Congresswoman Ada Wendt:", "ada_wendt", "Ada Wendt"),
        ("Son of Senator Cal Wendt, Abe Wendt:", "abraham_wendt", "Abraham Wendt"),
    ):
        text = f"{HEAD}{BRIDGE}{label}\n\n{HARBOR}"
        assert speakers(release(text, member)) == [[want]], label


def test_a_surname_possessive_after_a_sentences_opening_word_still_sets_off_kin() -> None:
    text = (
        f"{HEAD}WASHINGTON – Mayor Wendt said {HARBOR}\n\nWhen Wendt’s husband, Ivo Wendt,"
        " arrived, the crowd cheered."
    )
    assert speakers(release(text, "ada_wendt")) == [["Ada Wendt"]]


def test_he_after_kin_left_unnamed_or_a_clause_of_time_is_nobodys() -> None:
    words = "“Everywhere Lise went she made the river a better place for all of us.”"
    lead = "DOVER – Rep. Orrin Pell spoke about the river bill on Monday.\n\n"
    for said in (
        "When the father of Lise Dorn, Bram, testified before the board he said:",
        "The father of Lise Dorn testified before the board. He said:",
        "When the mayor testified before the board he said:",
    ):
        text = f"Bridge Reopens\n\n{lead}{said} {words}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text, "orrin_pell")) == [[]], said
    # the person the noun renames, and a clause of time with no person in it, as before
    for said, want in (
        ("When the bill passed, he said:", ["Orrin Pell"]),
        ("When the mayor testified before the board he said:", ["Orrin Pell"]),
    ):
        lead2 = lead.replace("Rep.", "Mayor") if "mayor" in said else lead
        text = f"Bridge Reopens\n\n{lead2}{said} {words}"
        assert speakers(bare(text)) == [want], said


def _said(lead: str, said: str, member: str) -> tuple[list[list[str]], list[list[str]]]:
    text = f"Dam Reopens\n\n{lead}{said} {HARBOR}"
    return speakers(bare(text)), speakers(release(text, member))


WENDT = "DOVER – Rep. Cal Wendt toured the old dam on Friday.\n\n"
HOLM = "DOVER – Sen. Mira Holm toured the old dam on Friday.\n\n"


def test_kin_of_the_other_sex_left_unnamed_leaves_the_pronoun_to_the_person_named() -> None:
    for lead, member, name, said in (
        (WENDT, "cal_wendt", "Cal Wendt", "The widow of the builder welcomed him. He said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "The sister of the builder welcomed him, and he said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "The niece of the builder welcomed him. He said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "The mother of the builder welcomed him. He said:"),
        (HOLM, "mira_holm", "Mira Holm", "Her husband of thirty years stood by. She said:"),
        (HOLM, "mira_holm", "Mira Holm", "The uncle of the builder welcomed her. She said:"),
        (HOLM, "mira_holm", "Mira Holm", "The widower of the builder welcomed her. She said:"),
        (HOLM, "mira_holm", "Mira Holm", "The son of the builder welcomed her, and she said:"),
    ):
        assert _said(lead, said, member) == ([[name]], [[name]]), said


def test_kin_of_the_pronouns_sex_or_of_no_sex_left_unnamed_is_nobodys() -> None:
    for lead, member, said in (
        (HOLM, "mira_holm", "The mother of the builder testified before the board. She said:"),
        (HOLM, "mira_holm", "The niece of the builder testified before the board. She said:"),
        (WENDT, "cal_wendt", "The nephew of the builder testified before the board. He said:"),
        (WENDT, "cal_wendt", "The spouse of the builder testified before the board. He said:"),
        (HOLM, "mira_holm", "The parent of a pupil testified before the board. She said:"),
        (WENDT, "cal_wendt", "The husband of the builder testified before the board. He said:"),
    ):
        assert _said(lead, said, member) == ([[]], [[]]), said


def test_a_clause_of_time_sets_the_pronoun_aside_only_when_its_unnamed_person_speaks() -> None:
    # the unnamed person of the clause does not speak there: the pronoun is the person named
    for lead, member, name, said in (
        (WENDT, "cal_wendt", "Cal Wendt", "After the mayor left, he said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "Before the mayor left, he said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "Once the mayor left, he said:"),
        (WENDT, "cal_wendt", "Cal Wendt", "After the mayor testified, he said:"),
        (
            HOLM.replace(" toured the old dam", " grew up on the docks"),
            "mira_holm",
            "Mira Holm",
            "When the daughter of a fisherman ran for the Senate, few gave her a chance. She said:",
        ),
    ):
        assert _said(lead, said, member) == ([[name]], [[name]]), said
    said = "“We need the dam fixed,” Holm said. When the mother left, she added:"
    text = f"Dam Reopens\n\n{HOLM}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Mira Holm"], ["Mira Holm"]]
    # `When`/`While` and an unnamed person speaking, testifying or taking the floor: nobody
    for lead, member, said in (
        (WENDT, "cal_wendt", "While the mayor spoke to the board, he said:"),
        (WENDT, "cal_wendt", "When the father of Lise Dorn testified before the board he said:"),
        (HOLM, "mira_holm", "When the woman who chairs the board arrived, she said:"),
        (HOLM, "mira_holm", "When the woman from the county took the floor, she said:"),
    ):
        assert _said(lead, said, member) == ([[]], [[]]), said
