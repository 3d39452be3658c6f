"""Words given to a place or a body a role is held in, to a dead man whose widow speaks, to
whoever passes on a statement another wrote: each is somebody else's, or nobody's."""

from __future__ import annotations

from importers.speakers import SpeakerBook
from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
HARBOR = "“We will keep the harbor open all winter for our fishing families.”"


def test_the_place_or_body_after_a_role_is_not_who_speaks() -> None:
    for said in (
        f"According to the Governor of Tamsin Vale: {HARBOR}",
        f"According to the Warden of Brisk Hollow, {HARBOR}",
        f"{HARBOR} said the Governor of Tamsin Vale.",
        f"The Governor of Tamsin Vale said: {HARBOR}",
        f"{HARBOR} said the Outreach Director of Neighbors for Quiet Streets.",
        f"{HARBOR} said the President of Friends for Clean Ponds.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said


def test_a_name_after_the_role_and_its_body_still_speaks() -> None:
    for said in (
        f"{HARBOR} said Outreach Director of Neighbors for Quiet Streets Ivo Brandt.",
        f"{HARBOR} said Secretary of State Ivo Brandt.",
        f"Governor of Tamsin Vale Ivo Brandt said {HARBOR}",
        f"According to Governor Ivo Brandt of Tamsin Vale: {HARBOR}",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [["Ivo Brandt"]], said
        assert speakers(release(text)) == [["Ivo Brandt"]], said


def test_kin_of_a_titled_person_speak_not_the_person() -> None:
    said = "The widow of Senator Tod Vail, Mirela Stroud, released a statement:"
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(bare(text)) == [["Mirela Stroud"]], gap
        assert speakers(release(text)) == [["Mirela Stroud"]], gap
    # the kin unnamed: nobody, and not the issuer either
    for said in (
        "The family of Senator Tod Vail released a statement:",
        "The husband of Tod Vail released the following statement:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said
    # joined by a titled person, the subject still speaks
    said = "With Senator Tod Vail beside him, Rep. Ivo Brandt released the following statement:"
    assert speakers(bare(f"{HEAD}{BRIDGE}{said} {HARBOR}")) == [["Ivo Brandt"]]


def test_a_statement_passed_on_from_another_is_the_authors_or_nobodys() -> None:
    lead = "Congresswoman Nora Quill released the following statement from"
    for author, want in (
        ("Dr. Mirela Stroud", ["Mirela Stroud"]),
        ("Dr. Mirela Stroud, director of the Tamsin Clinic", []),
        ("the Tamsin Clinic", []),
        ("Washington", ["Nora Quill"]),
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{lead} {author}:{gap}{HARBOR}"
            assert speakers(bare(text)) == [want], (author, gap)
            assert speakers(release(text)) == [want], (author, gap)
    said = "The Tamsin Clinic released the following statement from Dr. Mia Stroud, its director:"
    text = f"{HEAD}{BRIDGE}{said}\n\n{HARBOR}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


def test_a_label_that_is_the_issuers_surname_and_a_place_of_the_release_is_nobodys() -> None:
    for about in (
        "Congresswoman Nora Quill visited the town of Quill on Monday.",
        "Congresswoman Nora Quill opened a clinic in Quill, Ohio, on Monday.",
    ):
        text = f"{HEAD}WASHINGTON – {about}\n\nQuill: {HARBOR}"
        assert speakers(bare(text)) == [[]], about
        assert speakers(release(text)) == [[]], about
    # the surname names no place of the release: the issuer's label, as before; a first
    # name after the surname's comma is no state's or country's (`Al`, `Ken`, `Chad`)
    for about in (
        "Congresswoman Nora Quill spoke on Monday.",
        "Congresswoman Nora Quill spoke. Quill, Al Kerr and Tod Vail toured the pier.",
        "Congresswoman Nora Quill spoke. Quill, Ken Orr and Tod Vail toured the pier.",
        "Congresswoman Nora Quill spoke. Quill, Chad Orr and Tod Vail toured the pier.",
    ):
        text = f"{HEAD}WASHINGTON – {about}\n\nQuill: {HARBOR}"
        assert speakers(bare(text)) == [["Nora Quill"]], about
        assert speakers(release(text)) == [["Nora Quill"]], about
    for about in (
        "Congresswoman Nora Quill opened a clinic in Quill, Mass. on Monday.",
        "Congresswoman Nora Quill opened a clinic near Quill, OH on Monday.",
        "Congresswoman Nora Quill opened a clinic near Dover, Quill, Del. on Monday.",
    ):
        text = f"{HEAD}WASHINGTON – {about}\n\nQuill: {HARBOR}"
        assert speakers(bare(text)) == [[]], about


def test_many_labels_of_surnames_named_nowhere_are_each_nobodys() -> None:
    """The text's place words are read once, not once a label: its growth with the
    labels is timed by scripts/bench_quote_scaling.py --shape labels (linear, as a ratio
    in one run)."""
    names = [f"Vel{chr(97 + k // 26)}{chr(97 + k % 26)}ran" for k in range(600)]
    text = HEAD + "\n\n".join(f"{name}: {HARBOR}" for name in names)
    assert speakers(bare(text)) == [[]] * 600


def test_major_before_a_surname_named_nowhere_in_full_is_nobodys() -> None:
    for said in (
        f"Major Contender: {HARBOR}",
        f"Major Ostrander said {HARBOR}",
        f"{HARBOR} said Major Ostrander, a reporter for the Tamsin Ledger.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text)) == [[]], said
    # the rank before a surname the text names in full with it: that person
    text = f"{HEAD}{BRIDGE}Major Tod Ostrander toured the base.\n\nMajor Ostrander said {HARBOR}"
    assert speakers(bare(text)) == [["Tod Ostrander"]]


def test_two_full_names_run_together_are_both_people() -> None:
    for said in (f"Carl Dunn Lena Marsh said {HARBOR}", f"{HARBOR} said Paul Ferris Mark Dunn."):
        text = f"{HEAD}{BRIDGE}{said}"
        assert len(speakers(bare(text))[0]) == 2, said
        assert len(speakers(release(text))[0]) == 2, said


def test_a_list_of_people_named_in_full_speaks_together() -> None:
    said = "Today, Ann Holt, Mark Ostrander, and Tod Vail released the following statement:"
    want = [["Ann Holt", "Mark Ostrander", "Tod Vail"]]
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(bare(text)) == want, gap
        assert speakers(release(text, "ann_holt")) == want, gap
    # a name the lexicon cannot tell for a person's: nobody, never the last item alone
    said = "Today, Ann Holt, Xandro Quillet, and Tod Vail released the following statement:"
    assert speakers(bare(f"{HEAD}{BRIDGE}{said} {HARBOR}")) == [[]]


def test_surnames_listed_at_a_cue_each_speak() -> None:
    lead = "WASHINGTON – Sen. Ann Orrin, Sen. Tod Marrow and Sen. Ivo Blum wrote to the board.\n\n"
    words = "“We will keep the harbor open all winter,”"
    want = [["Ann Orrin", "Tod Marrow", "Ivo Blum"]]
    for cue in ("Orrin, Marrow and Blum added.", "said Orrin, Marrow, and Blum."):
        text = f"{HEAD}{lead}{words} {cue}"
        assert speakers(bare(text)) == want, cue
        assert speakers(release(text)) == want, cue
    # a surname nobody was named with in full: nobody, never a part of the list
    text = f"{HEAD}{lead}{words} Orrin, Quarry and Blum added."
    assert speakers(bare(text)) == [[]]


def test_two_roles_joined_by_a_slash_are_the_role_of_the_name_after_them() -> None:
    for said in (
        f"Executive Director/Founder Ivo Brandt said {HARBOR}",
        f"{HARBOR} said Executive Director/Founder Ivo Brandt.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [["Ivo Brandt"]], said
        assert speakers(release(text)) == [["Ivo Brandt"]], said


def test_a_day_opening_the_statements_sentence_is_no_subject() -> None:
    said = (
        "Today, Chief Deputy Whip Ivo Brandt (XX-10), Vice Chairman of the Tamsin Caucus,"
        " released the following statement on the passage of the Elm, Oak, and Pine Act:"
    )
    for gap in (" ", "\n\n"):
        text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
        assert speakers(bare(text)) == [["Ivo Brandt"]], gap
        assert speakers(release(text, "ivo_brandt")) == [["Ivo Brandt"]], gap


def test_a_statement_another_subject_announces_above_the_words_is_not_the_issuers() -> None:
    for said, want in (
        ("The family of Senator Tod Vail released a statement:", []),
        (
            "The wife of Sen. Tod Vail, Ann Vail, a nurse in Dover, released a statement:",
            ["Ann Vail"],
        ),
        ("Holt Foods, Vail Partners and Brandt Mills released the following statement:", []),
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
            assert speakers(bare(text)) == [want], (said, gap)
            assert speakers(release(text)) == [want], (said, gap)


def test_a_role_of_a_person_before_two_names_run_together_is_no_pair() -> None:
    for said, want in (
        (f"Wife of Army Veteran Tod Vail Ann Vail said, {HARBOR}", ["Ann Vail"]),
        (f"{HARBOR} said Spokesman for Rep. Mia Stroud Tod Vail.", ["Tod Vail"]),
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [want], said
        assert speakers(release(text)) == [want], said


def test_a_list_holding_a_firm_or_a_place_or_passing_on_anothers_words_is_nobodys() -> None:
    for said in (
        "Ann Holt, Ivo Brandt, and Tiffany Jewelers released the following statement:",
        "Ann Holt, Ivo Brandt, and Grant Park released the following statement:",
        "Ann Holt, Ivo Brandt, and Morgan Stanley released the following statement:",
        "Ann Holt, Ivo Brandt, and Tod Vail released a statement by their lawyer:",
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
            assert speakers(bare(text)) == [[]], (said, gap)
            assert speakers(release(text)) == [[]], (said, gap)


def test_surnames_after_a_sentence_the_words_end_are_no_cue() -> None:
    lead = "WASHINGTON – Sen. Ann Orrin, Sen. Tod Marrow and Sen. Ivo Blum wrote to the board.\n\n"
    for after in ("Orrin, Marrow and Blum said nothing.", "Orrin, Marrow and Blum added that …"):
        text = f"{HEAD}{lead}Rep. Nora Quill spoke first: “We keep the harbor open.” {after}"
        assert speakers(bare(text)) == [["Nora Quill"]], after
    want = [["Ann Orrin", "Tod Marrow", "Ivo Blum"]]
    for words in ("“Will we keep the harbor open?”", "“We keep the harbor open”,"):
        text = f"{HEAD}{lead}{words} Orrin, Marrow and Blum added."
        assert speakers(bare(text)) == want, words


def test_a_statement_from_where_the_subject_spoke_is_the_subjects() -> None:
    lead = "Congresswoman Nora Quill released the following statement from"
    for where in ("the House floor", "the Capitol steps"):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{lead} {where}:{gap}{HARBOR}"
            assert speakers(bare(text)) == [["Nora Quill"]], (where, gap)
            assert speakers(release(text)) == [["Nora Quill"]], (where, gap)


def test_a_described_name_after_a_collective_or_unnamed_kin_is_nobodys() -> None:
    for said, want in (
        ("The family of Sen. Tod Vail, Ann Roe, a family friend, released a statement:", []),
        (
            "The family of Sen. Tod Vail, Ann Roe, a spokeswoman for the family, released"
            " a statement:",
            [],
        ),
        ("The estate of Sen. Tod Vail, Ann Roe, an attorney, released a statement:", []),
        ("The son of the former mayor, Tod Holt, a harbor pilot, released a statement:", []),
        (
            "The daughter of Sen. Tod Vail, Ann Vail, a harbor pilot, released a statement:",
            ["Ann Vail"],
        ),
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
            assert speakers(bare(text)) == [want], (said, gap)
            assert speakers(release(text)) == [want], (said, gap)


def test_a_statement_from_a_named_body_ending_the_sentence_is_the_bodys() -> None:
    for body, want in (
        ("the Marsh Valley Legion", []),
        ("the ORFA", []),
        ("the OFL-KIO", []),
        ("the Lanterners", []),
        ("the Harbor Pilots Guild", []),
        ("the House floor", ["Nora Quill"]),
        ("the Capitol steps", ["Nora Quill"]),
    ):
        said = f"Rep. Nora Quill shared the following statement from {body}:"
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{BRIDGE}{said}{gap}{HARBOR}"
            assert speakers(release(text)) == [want], (said, gap)


MEMBERS = (
    "WASHINGTON – Rep. Nora Quill met Ivo Holt, Tamsin Vail and Orla Dunn at the pier on"
    " Monday.\n\n"
)


def test_surnames_after_words_a_cue_before_introduces_are_not_their_speakers() -> None:
    for said in (
        "Rep. Nora Quill asked: “Who will pay for the pier?” Holt, Vail and Dunn agreed.",
        "Rep. Nora Quill asked: “Who will pay for the pier!” Holt, Vail and Dunn agreed.",
        "Rep. Nora Quill replied; “Who will pay for the pier?” Holt, Vail and Dunn agreed.",
    ):
        text = f"{HEAD}{MEMBERS}{said}"
        assert speakers(bare(text)) == [["Nora Quill"]], said
        assert speakers(release(text)) == [["Nora Quill"]], said


def test_surnames_after_the_words_speak_whatever_follows_their_verb() -> None:
    said = "“We will pay for the pier,” Holt, Vail and Dunn said in a joint statement."
    text = f"{HEAD}{MEMBERS}{said}"
    want = [["Ivo Holt", "Tamsin Vail", "Orla Dunn"]]
    assert speakers(bare(text)) == want
    assert speakers(release(text)) == want


def test_the_later_of_two_names_run_together_after_a_role_takes_no_role() -> None:
    for words in (
        "Congressman Tod Vail Ann Holt",
        "Wife of Army Veteran Tod Vail Ann Holt",
    ):
        entity = SpeakerBook().note_name(words.split(), 0)
        assert entity is not None
        assert (entity.name, entity.role) == ("Ann Holt", None), words
