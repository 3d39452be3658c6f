"""A speaker value is a whole name or nobody: a group noun takes no body's or group's
words, a name is not cut at a middle initial written without its full stop, nor out of a
role, nor left run into a role's place; a heading's clause and a storm are nobody, and an
office word the lists lacked (`Czar`) goes to the role. Invented text."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, bare, speakers

PORT = "HARBOR CITY, Ore. – The port authority approved the dredging plan on Monday.\n\n"
WORDS = "“We are deeply troubled by the new rule on furnace standards.”"


def _values(text: str) -> list[list[str]]:
    return speakers(bare(f"{HEAD}{PORT}{text}"))


def test_a_group_noun_takes_no_groups_or_bodys_words_among_the_signers() -> None:
    # `led 54 Democrats`, `and 60 House members`: the unnamed colleagues, no signer.
    text = (
        "Reps. Ann Holt (OR-02) and Tod Vail (OH-09) today led 54 Democrats in a letter to "
        f"the Secretary of Energy about the rule.\n\nThe Members wrote: {WORDS}"
    )
    assert _values(text) == [["Ann Holt", "Tod Vail"]]
    text = (
        "Today, Representatives Ann Holt (D-OR-02), Tod Vail (D-OH-09), Cal Dunn, Jr. "
        "(D-NJ-04) and 60 House members sent a letter to the Secretary of Energy.\n\n"
        f"{WORDS[:-2]},” the Members write."
    )
    assert _values(text) == [["Ann Holt", "Tod Vail", "Cal Dunn Jr."]]
    # A body's name cut to some of its words (`Commerce Manufacturing & Trade`) in the
    # signers' roles is no signer either; the three named members are.
    text = (
        "Today, Harbors & Locks Subcommittee Ranking Member Ann Holt, Energy and Commerce "
        "Committee Ranking Member Tod Vail, and Commerce Manufacturing & Trade Subcommittee "
        "Ranking Member Lena Marsh sent a letter to Chairman Ivo Brandt.\n\n"
        f"{WORDS[:-2]},” the members wrote."
    )
    assert _values(text) == [["Ann Holt", "Tod Vail", "Lena Marsh"]]
    # Surnames alone after a plural title still sign; a group's or a body's word does not.
    text = f"Reps. Holt, Vail and Dunn sent a letter.\n\n{WORDS[:-2]},” the lawmakers wrote."
    assert _values(text) == [["Holt", "Vail", "Dunn"]]
    assert N.is_group_word("Democrats") and N.is_group_word("Members-Elect")
    assert not N.is_group_word("Holt")


def test_a_quotation_glued_to_the_letters_sentence_ends_the_one_before() -> None:
    # The addressees named before a quotation that runs into `Earlier today, …` do not
    # sign the letter the next sentence introduces.
    text = (
        "Today, Coalition Chair Ann Holt (OR-02) and Vice Chairs Tod Vail (OH-09) and Cal "
        "Dunn (NJ-04) are reaching out to President Ivo Brandt and Speaker Lena Marsh to "
        "work with them on a budget plan.“We must act now. The time is now.”Earlier today, "
        "Members-Elect and Members of the coalition sent a letter urging President Brandt "
        "and Speaker Marsh to work with them. “Our group will work with you to reach a "
        "plan. Now is the time to act,” the Members wrote."
    )
    for value in _values(text)[1]:
        assert value not in ("Ivo Brandt", "Lena Marsh", "Members-Elect")


def test_a_middle_initial_without_its_full_stop_stays_in_the_name() -> None:
    assert _values(f"{WORDS[:-2]},” said Tod Q Vail, president of the Harbor Union.") == [
        ["Tod Q Vail"]
    ]
    assert _values("“Dredge it now,” said Lena R Marsh, chief of Marsh Shipping.") == [
        ["Lena R Marsh"]
    ]


def test_a_name_after_to_is_the_person_served_not_the_roles_holder() -> None:
    assert N.split_role("Former Secretary of State to Ivo K.L. Brandt".split())[0] is None
    assert N.split_role("Chief of Staff to Governor Ivo Brandt".split())[0] is None
    # A role with `to` before a place, and one with `the`, keep their holder.
    assert N.split_role("Ambassador to Mexico Ann Roe".split()) == (
        "Ambassador to Mexico",
        ["Ann", "Roe"],
    )
    text = "Former Secretary of State to Ivo K.L. Brandt, Lena Marsh, said that “trade ties us.”"
    assert _values(text) == [["Lena Marsh"]]
    text = "Chief of Staff to Governor Ivo Brandt, Lena Marsh, said that “the ports come first.”"
    assert _values(text) == [["Lena Marsh"]]


def test_a_places_second_word_opens_no_name() -> None:
    # `York` is a first name in the lexicon; after `New` it is a place's word.
    assert N.split_role("Director of New York Ocean Grant".split())[0] is None
    assert N.split_run_together("Director of New York Ocean Grant".split())[2:3] == ["New"]
    assert N.split_role("Director of New York Ann Roe".split()) == (
        "Director of New York",
        ["Ann", "Roe"],
    )
    assert _values("“We need a plan,” said Director of New York Ocean Grant.") == [[]]


def test_a_roles_place_after_the_holders_name_goes_with_the_role() -> None:
    text = "“This bridge joins two towns,” said Ivo R. Brandt Elm Township Supervisor."
    assert _values(text) == [["Ivo R. Brandt"]]
    assert N.drop_place_after_name("Ann Q. Holt Elm Township".split()) == ["Ann", "Q.", "Holt"]
    # Where the surname is cannot be told from the words (`Beth`, `Lee` may be one):
    # unchanged, and no name unless the text settles it.
    for words in (
        "Mary Beth Holt Oak Township",
        "Mary Beth Oak Township",
        "Ann Lee Palm Beach County",
    ):
        assert N.drop_place_after_name(words.split()) == words.split()


def test_a_place_run_into_a_name_whose_end_is_unsure_gives_no_name() -> None:
    for said in (
        "said Ann Lee Palm Beach County Commissioner.",
        "said Ann Marie Elm Grove Village Trustee.",
        "said Mary Beth Oak Township Supervisor.",
        "said Mary Ann Jordan Elm Township Supervisor.",
        "said Mary Beth Holt Oak Township Supervisor.",
    ):
        assert _values(f"“This bridge joins two towns,” {said}") == [[]], said
    # a place cut off where it surely starts, whatever stood before the name
    assert _values("“This bridge joins two towns,” said Rev. Ann Holt Oak Township.") == [
        ["Ann Holt"]
    ]


def test_a_surname_the_text_gives_alone_ends_the_name_before_a_place() -> None:
    said = "“This bridge joins two towns,” said Mary Beth Holt Oak Township Supervisor."
    later = "\n\n“The ferry stays,” Holt said."
    assert _values(said + later)[0] == ["Mary Beth Holt"]
    said = "“This bridge joins two towns,” said Ann Lee Palm Beach County Commissioner."
    # `Lee` alone names nobody the words cut after the third word would give
    assert _values(said + "\n\n“The ferry stays,” Lee said.")[0] == []
    # a longer name holding the word is not the word alone
    assert _values(said + "\n\n“The ferry stays,” Tod Palm said.")[0] == []


def test_a_storm_is_no_speaker() -> None:
    text = (
        "In a speech on the deaths of 3,000 people after Hurricane Lena, the Illinois "
        "Congressman said “the island needs power before it needs speeches.”"
    )
    assert ["Hurricane Lena"] not in _values(text)
    assert not N.person_shape(["Typhoon", "Ana"])
    assert N.person_shape(["Ann", "Hurricane"])


def test_a_headings_clause_before_a_colon_is_nobody() -> None:
    text = (
        "Why Harbor Towns Must Win the Race on Dredging: “Most of the river’s barges sail "
        "past our docks, so we must deepen the channel.”"
    )
    assert _values(text) == [[]]
    words = "“We need the dredging done this year.”"
    assert _values(f"Ann Holt Is Right: {words}") == [[]]
    assert _values(f"Why Harbor Towns Must Lead the Way: {words}") == [[]]


def test_a_clause_before_a_colon_gives_nobody_whatever_role_stands_in_it() -> None:
    # A heading's verb anywhere before the colon: nobody, even where a role and a name
    # follow it, since the name may be the heading's object.
    words = "“We need the dredging done this year.”"
    assert _values(f"Kids Are First Director Ann Holt: {words}") == [[]]
    assert _values(f"Congress Must Confirm Secretary Ann Holt: {words}") == [[]]
    assert _values(f"Senate Should Back Director Ann Holt: {words}") == [[]]
    # A name with `Will` in it (a given name) is no heading.
    assert _values("“We are ready,” said Tod Will Marsh.") == [["Tod Will Marsh"]]


def test_an_office_word_the_lists_lacked_goes_to_the_role() -> None:
    assert _values("“Treatment works,” said White House Energy Czar Tod Vail.") == [["Tod Vail"]]
    # A surname that is an office word or a body's word stays a name.
    assert _values("“I back the plan,” said Ann Czar, a nurse in Harbor City.") == [["Ann Czar"]]
    assert _values("“It is late,” said Tom Senate, a farmer from Elm Valley.") == [["Tom Senate"]]


def test_an_acronym_noun_before_an_unknown_first_name_is_the_role() -> None:
    role, name = N.split_role("Harbor College student and DREAMer Xiomel Tanaz".split())
    assert (role, name) == ("Harbor College student and DREAMer", ["Xiomel", "Tanaz"])


LETTER_LEAD = "WASHINGTON – The House passed the bill.\n\n"


def _letter_values(text: str) -> list[list[str]]:
    return speakers(bare(f"{HEAD}{LETTER_LEAD}{text}"))


def test_a_closed_quotation_in_the_letters_sentence_leaves_out_who_is_named_before_it() -> None:
    # A closed quotation before the signers: only the people named after it sign (one
    # signer fewer where the quotation was a few words inside the sentence, but never
    # the person the quotation's own sentence named).
    text = (
        "Rep. Cal Dunn (NJ-04), who called the rule “a costly mistake,” Rep. Ann Holt "
        "(OR-02) and Rep. Tod Vail (OH-09) sent a letter to the Secretary of Energy on "
        f"Monday. {WORDS[:-2]},” the members wrote."
    )
    assert _letter_values(text)[-1] == ["Ann Holt", "Tod Vail"]
    text = (
        "Secretary Ivo Brandt called the harbor rule “final.” “We disagree,” Rep. Ann Holt "
        "and Rep. Tod Vail replied in a letter to the Secretary on Monday.\n\n"
        f"{WORDS[:-2]},” the members wrote."
    )
    assert _letter_values(text)[-1] == ["Ann Holt", "Tod Vail"]
    text = (
        "After Secretary Ivo Brandt told reporters “the rule is final,” Rep. Ann Holt and "
        "Rep. Tod Vail sent a letter to the Secretary urging a delay. "
        f"{WORDS[:-2]},” the members wrote."
    )
    assert _letter_values(text)[-1] == ["Ann Holt", "Tod Vail"]


def test_a_group_noun_takes_no_words_from_the_other_chambers_letter() -> None:
    # The senators' words are not the letter the representatives replied in.
    text = (
        "Sens. Ann Holt and Tod Vail sent a letter in May. Today Reps. Cal Dunn and Lena "
        f"Marsh replied in a letter. {WORDS[:-2]},” the senators wrote."
    )
    assert _letter_values(text) == [[]]


def test_a_name_is_kept_whole_or_not_given_before_a_roles_place() -> None:
    # A bare capital is an initial; a particle, a suffix or a three-word place leaves
    # where the name ends unsure: nobody rather than a piece.
    said = "“The plan is sound,” said "
    assert _values(f"{said}Tod Q Vail Elm Township Supervisor.") == [["Tod Q Vail"]]
    assert _values(f"{said}Ann K. De Leon Elm City Manager.") == [[]]
    assert _values(f"{said}Tod R. Vail Jr. Elm County Sheriff.") == [[]]
    assert _values(f"{said}Ann K. Holt Smith Park City Manager.") == [[]]
    assert N.drop_place_after_name("Ann K. De Leon City".split()) == "Ann K. De Leon City".split()
    assert N.drop_place_after_name("Tod R. Vail III Elm County".split()) == (
        "Tod R. Vail III Elm County".split()
    )
