"""Role words, statement labels and joint openers that gave the wrong person: a council
title kept in the name, a newspaper read as the author of an editorial, a role noun
left unresolved given to the issuer."""

from __future__ import annotations

from importers.records import document_from_record
from tests.issuer_release import HEAD, bare, release, speakers

PIER = "MILLBROOK, OH – Rep. Wes Threlkeld walked the new fishing pier on Friday.\n\n"
WORDS = "“The pier will stay open to every family, all year long.”"


def test_a_council_or_town_title_before_a_name_is_a_role_not_part_of_the_name() -> None:
    for role in (
        "Councilor",
        "Councillor",
        "Councilmember",
        "Alderman",
        "Alderwoman",
        "Selectman",
        "Councilperson",
    ):
        for said in (f"{role} Bea Lundgren said {WORDS}", f"{WORDS} said {role} Bea Lundgren."):
            text = f"{HEAD}{PIER}{said}"
            assert speakers(bare(text)) == [["Bea Lundgren"]], said
            assert speakers(release(text, "wes_threlkeld")) == [["Bea Lundgren"]], said


def test_a_statement_from_a_role_left_unnamed_is_nobodys() -> None:
    for subject in ("Threlkeld", "The congressman", "He", "Threlkeld’s office"):
        for role in ("the Mayor", "the President", "the Governor", "the mayor", "the Fire Chief"):
            for sep in (" ", "\n\n"):
                said = f"{subject} released the following statement from {role}:{sep}{WORDS}"
                text = f"{HEAD}{PIER}{said}"
                assert speakers(bare(text)) == [[]], said
                assert speakers(release(text, "wes_threlkeld")) == [[]], said


def test_a_statement_from_the_members_own_title_or_a_named_role_is_unchanged() -> None:
    said = f"Threlkeld’s office released the following statement from Mayor Bea Lundgren: {WORDS}"
    text = f"{HEAD}{PIER}{said}"
    assert speakers(bare(text)) == [["Bea Lundgren"]]
    assert speakers(release(text, "wes_threlkeld")) == [["Bea Lundgren"]]
    said = f"Threlkeld’s office released the following statement from the Congressman: {WORDS}"
    text = f"{HEAD}{PIER}{said}"
    assert speakers(release(text, "wes_threlkeld")) == [["Wes Threlkeld"]]
    # a governor's release naming its governor so: the office is the issuer's own
    lead = "MILLBROOK, OH – Governor Wes Threlkeld walked the new fishing pier on Friday.\n\n"
    said = f"The office released the following statement from the Governor: {WORDS}"
    assert speakers(release(f"{HEAD}{lead}{said}", "wes_threlkeld")) == [["Wes Threlkeld"]]


def test_the_paper_an_opinion_piece_ran_in_is_not_its_author() -> None:
    for said in (
        "Her editorial in the Millbrook Sentinel reads:",
        "His op-ed in the Millbrook Sentinel reads:",
        "The letter, published in the Millbrook Sentinel, reads:",
        "An essay in the Millbrook Sentinel says:",
        "Her column in Harbor Weekly reads, in part:",
    ):
        text = f"{HEAD}{PIER}{said} {WORDS}"
        assert "Millbrook Sentinel" not in speakers(bare(text))[0], said
        assert "Harbor Weekly" not in speakers(bare(text))[0], said
        assert speakers(bare(text)) == [[]], said
        # never a person other than the issuer: the issuer's own piece or nobody's
        assert speakers(release(text, "wes_threlkeld"))[0] in ([], ["Wes Threlkeld"]), said


def test_a_paper_that_says_something_itself_still_speaks() -> None:
    text = f"{HEAD}{PIER}The Millbrook Sentinel wrote in an editorial: {WORDS}"
    assert speakers(bare(text)) == [["Millbrook Sentinel"]]


def test_a_plural_title_before_a_list_of_three_names_makes_each_speak() -> None:
    for title in ("Reps.", "Sens.", "Representatives", "Senators"):
        for verb in ("released the following statement:", "issued a joint statement:"):
            said = f"{title} Ida Pemberton, Olaf Quist, and Wes Threlkeld {verb} {WORDS}"
            text = f"{HEAD}{PIER}{said}"
            want = [["Ida Pemberton", "Olaf Quist", "Wes Threlkeld"]]
            assert speakers(bare(text)) == want, said
            assert speakers(release(text, "wes_threlkeld")) == want, said
    # an item that may be no person's name: nobody, never the last item alone
    said = f"Reps. Ida Pemberton, Olaf Quist, and Morgan Stanley issued a statement: {WORDS}"
    assert speakers(bare(f"{HEAD}{PIER}{said}")) == [[]]


def test_a_statement_label_naming_another_by_title_and_surname_is_not_the_issuers() -> None:
    for label in (
        "Statement of Justice Orwin:",
        "Remarks of Judge Orwin:",
        "Statement of Chief Judge Orwin:",
    ):
        text = f"{HEAD}{PIER}{label}\n\n{WORDS}"
        assert speakers(release(text, "wes_threlkeld"))[0] in ([], ["Orwin"]), label
        assert speakers(bare(text))[0] in ([], ["Orwin"]), label
    # the member's own label stays the member's
    text = f"{HEAD}{PIER}Statement of Congressman Threlkeld:\n\n{WORDS}"
    assert speakers(release(text, "wes_threlkeld")) == [["Wes Threlkeld"]]


def test_the_members_own_label_in_any_spelling_of_the_name_stays_the_members() -> None:
    for handle, lead, label, seps in (
        ("wes_threlkeld", "Wes Threlkeld", "Congressman Threlkeld’s Office", ("\n\n",)),
        ("wes_threlkeld", "Wes Threlkeld", "Speaker Threlkeld’s Office", ("\n\n", " ")),
        ("ida_ruizquist", "Ida Ruiz-Quist", "Congresswoman Ruíz-Quist", ("\n\n",)),
        ("ida_pemberton-quist", "Ida Pemberton-Quist", "Congresswoman Pemberton-Quist", ("\n\n",)),
        ("ida_pemberton_quist", "Ida Pemberton Quist", "Congresswoman Pemberton-Quist", ("\n\n",)),
        ("ida_o'quist", "Ida O’Quist", "Congresswoman O’Quist", ("\n\n",)),
        ("wes_bishop_jr", "Wes Bishop, Jr.", "Congressman Bishop, Jr.", ("\n\n", " ")),
        ("wes_bishop_iii", "Wes Bishop III", "Congressman Bishop, III", ("\n\n", " ")),
        ("wes_threlkeld", "Wes Threlkeld", "Justice Quist’s Retirement", ("\n\n", " ")),
    ):
        pier = f"MILLBROOK, OH – Rep. {lead} walked the new fishing pier on Friday.\n\n"
        for sep in seps:
            text = f"{HEAD}{pier}Statement of {label}:{sep}{WORDS}"
            got = speakers(release(text, handle))
            assert len(got) == 1 and len(got[0]) == 1, (label, got)
            assert got[0][0].split()[0] in ("Wes", "Ida"), (label, got)


def test_a_label_of_another_or_of_their_office_is_still_not_the_members() -> None:
    for label in (
        "Statement of Justice Quist’s Office:",
        "Statement of Congresswoman Quist-Pemberton:",
        "Statement of Judge Quist, Jr.:",
        "Statement of Senator Ruíz:",
    ):
        text = f"{HEAD}{PIER}{label}\n\n{WORDS}"
        got = speakers(release(text, "wes_threlkeld"))[0]
        assert "Wes Threlkeld" not in got, label


def test_a_namesake_described_as_another_is_not_the_member_of_the_full_first_name() -> None:
    lead = "MILLBROOK, OH – Rep. Thomas Ashcombe honored local teachers on Friday.\n\n"
    said = (
        "Ashcombe congratulated Tom Ashcombe, a teacher at Millbrook High School, on his award."
        "\n\n“The students did the work,” said Tom Ashcombe."
    )
    text = f"{HEAD}{lead}{said}"
    assert speakers(release(text, "thomas_ashcombe")) == [["Tom Ashcombe"]]
    # the member going by the short form stays the member
    lead = "MILLBROOK, OH – Rep. Tom Ashcombe toured the pier on Friday.\n\n"
    text = f"{HEAD}{lead}“The pier is open,” said Tom Ashcombe."
    assert speakers(release(text, "thomas_ashcombe")) == [["Tom Ashcombe"]]


def test_the_member_titled_or_nicknamed_with_the_short_form_stays_the_member() -> None:
    town = "MILLBROOK, OH – "
    member = f"{town}Rep. Thomas Ashcombe toured the pier on Friday.\n\n"
    for text in (
        f"{town}Rep. Tom Ashcombe, an original cosponsor of the bill, said {WORDS}\n\n"
        "Congressman Thomas Ashcombe represents Ohio’s 5th District.",
        f"{member}{WORDS} said Rep. Tom Ashcombe, a former teacher.",
        f"{town}Rep. Thomas “Tom” Ashcombe toured the pier on Friday.\n\n"
        f"Tom Ashcombe, a longtime advocate for schools, said {WORDS}",
        # a description inside a quotation is the member's own words about himself
        f"{member}“I am Tom Ashcombe, a father of three, and I support this,” said Tom Ashcombe.",
    ):
        assert speakers(release(f"{HEAD}{text}", "thomas_ashcombe")) == [["Thomas Ashcombe"]], text
    text = (
        f"{HEAD}{town}Sen. Nicholas Verrow toured the pier on Friday.\n\n"
        f"Sen. Nick Verrow, a former prosecutor, said {WORDS}"
    )
    assert speakers(release(text, "nicholas_verrow")) == [["Nicholas Verrow"]]


def test_a_member_title_counts_only_right_before_the_described_mention() -> None:
    town = "MILLBROOK, OH – "
    member = f"{town}Rep. Thomas Ashcombe toured the pier on Friday.\n\n"
    for said in (
        f"State Senator Tom Ashcombe, a farmer from Elk County, said, {WORDS}",
        f"State Rep. Tom Ashcombe, a retired teacher, said, {WORDS}",
        f"Former Rep. Tom Ashcombe, a retired teacher, said, {WORDS}",
        "“We thank Rep. Tom Ashcombe for his help,” said Tom Ashcombe, a teacher at Elm"
        " High School.",
        f"Tom Ashcombe, a retired teacher who met with Rep. Tom Ashcombe last week, said, {WORDS}",
        f"Congressman Tom Ashcombe toured it.\n\nTom Ashcombe, a former teacher, said {WORDS}",
        # titles a state, a council or a party gives too, or a chamber's before a member's
        f"Del. Tom Ashcombe, a farmer from Elk County, said, {WORDS}",
        f"State Senate Majority Leader Tom Ashcombe, a farmer, said, {WORDS}",
        f"State House Speaker Tom Ashcombe, a farmer, said, {WORDS}",
        f"Ohio House Minority Whip Tom Ashcombe, a farmer, said, {WORDS}",
        f"Elk County Council Whip Tom Ashcombe, a farmer, said, {WORDS}",
        f"Whip Tom Ashcombe, a farmer, said, {WORDS}",
        f"Ohio State Senator Tom Ashcombe, a farmer, said, {WORDS}",
    ):
        got = speakers(release(f"{HEAD}{member}{said}", "thomas_ashcombe"))
        assert got == [["Tom Ashcombe"]], said


def test_the_holder_of_the_same_office_of_the_same_body_keeps_he_or_she() -> None:
    body = "the Millbrook Department of Harbors"
    asked = f"The Director of {body} was asked about the delay."
    for intro, said in (
        (f"Ida Pemberton, Director of {body}, testified first.", "She responded"),
        (f"Ida Pemberton, the Director of {body}, testified first.", "She responded"),
        (f"Ida Pemberton, who runs {body}, testified first.", "She responded"),
        (f"Olaf Quist, Director of {body}, testified first.", "He responded"),
    ):
        text = f"{HEAD}MILLBROOK, OH – {intro} {asked} {said}, {WORDS}"
        assert speakers(bare(text)) == [[intro.split(",")[0]]], intro
    # the body named in full before, shortened after
    again = "The Director of the Department of Harbors was asked about the delay."
    for intro in (
        f"Ida Pemberton, who runs {body}, testified first.",
        f"Ida Pemberton, Director of {body}, testified first.",
    ):
        text = f"{HEAD}MILLBROOK, OH – {intro} {again} She responded, {WORDS}"
        assert speakers(bare(text)) == [["Ida Pemberton"]], intro
    # a word of the body's name is not the body (`the Department` inside it)
    inner = "The Director of the Department was asked about the delay."
    intro = f"Ida Pemberton, Director of {body}, said so."
    text = f"{HEAD}MILLBROOK, OH – {intro} {inner} She said, {WORDS}"
    assert speakers(bare(text)) == [[]]
    # the issuer chairing the body the office is of
    text = (
        f"{HEAD}MILLBROOK, OH – Rep. Wes Threlkeld, Chairman of the Millbrook Harbors"
        " Subcommittee, held a hearing on Friday. The Chairman of the Millbrook Harbors"
        f" Subcommittee opened the hearing. He said, {WORDS}"
    )
    assert speakers(release(text, "wes_threlkeld")) == [["Wes Threlkeld"]]
    # the office of another body is somebody else's
    for intro in (
        "Ida Pemberton, Director of the Millbrook Port Authority, testified first.",
        "Ida Pemberton, who runs the Millbrook Port Authority, testified first.",
    ):
        text = f"{HEAD}MILLBROOK, OH – {intro} {asked} She responded, {WORDS}"
        assert speakers(bare(text)) == [[]], intro


def test_and_inside_a_chief_officers_title_joins_two_fields_not_two_people() -> None:
    for said in (
        f"Chief Water and Wildlife Officer Dale Ketteridge: {WORDS}",
        f"Chief Financial and Operating Officer Dale Ketteridge said {WORDS}",
        f"{WORDS} said Deputy Parks and Trails Director Dale Ketteridge.",
    ):
        text = f"{HEAD}{PIER}{said}"
        assert speakers(bare(text)) == [["Dale Ketteridge"]], said
        assert speakers(release(text, "wes_threlkeld")) == [["Dale Ketteridge"]], said
    # two people, each with a title of their own, stay two
    text = f"{HEAD}{PIER}Mayor Ida Pemberton and Fire Chief Dale Ketteridge said {WORDS}"
    assert speakers(bare(text)) == [["Ida Pemberton", "Dale Ketteridge"]]


def test_a_field_and_any_words_before_a_head_title_are_one_title() -> None:
    # the first field a known one; the words after `and` any that are no name, place or
    # body before the head title; a body's name before the qualifier only with known
    # fields on both sides
    for said in (
        f"Chief Nursing and Resident Wellness Officer Dale Ketteridge said {WORDS}",
        f"{WORDS} said Chief Nursing and Resident Wellness Officer Dale Ketteridge.",
        f"Chief Planning and Supplier Officer Dale Ketteridge: {WORDS}",
        f"Harbor Towns Caucus Chief Water and Fisheries Officer Dale Ketteridge said {WORDS}",
        f"Harbor Towns Caucus Chief Planning and Supplier Officer Dale Ketteridge: {WORDS}",
    ):
        text = f"{HEAD}{PIER}{said}"
        assert speakers(bare(text)) == [["Dale Ketteridge"]], said
        assert speakers(release(text, "wes_threlkeld")) == [["Dale Ketteridge"]], said
    # a person after the qualifier, and a titled person after `and`, stay two
    for said in (
        f"Chief Ida Pemberton and Officer Dale Ketteridge said {WORDS}",
        f"Chief Pemberton and Resident Wellness Officer Dale Ketteridge said {WORDS}",
    ):
        got = speakers(bare(f"{HEAD}{PIER}{said}"))[0]
        assert "Dale Ketteridge" in got and len(got) == 2, said


def test_a_surname_ending_as_a_field_does_after_a_qualifier_is_a_person() -> None:
    # `-ity`, `-ture`, `-ment` end surnames as they end fields: no field by its ending
    for first, second in (
        ("Chief Hollarity", "Fire Marshal Dale Ketteridge"),
        ("Police Chief Hollarity", "Fire Chief Ketteridge"),
        ("Police Chief Hollarity", "Fire Marshal Dale Ketteridge"),
        ("County Executive Hollarity", "Fire Chief Dale Ketteridge"),
        ("Chief Hollarity", "Managing Director Dale Ketteridge"),
        ("Chief Hollarity", "Zoning Administrator Dale Ketteridge"),
        ("Acting Chief Hollarity", "Transit Director Dale Ketteridge"),
        ("Deputy Hollarity", "Fire Marshal Dale Ketteridge"),
        ("Deputy Chief Dusature", "Public Works Director Dale Ketteridge"),
        ("Chief Dusature", "Library Director Dale Ketteridge"),
        ("Deputy Dusature", "Park Ranger Dale Ketteridge"),
        ("Chief Vennament", "Parks Director Dale Ketteridge"),
        ("Assistant Chief Vennament", "Fire Marshal Dale Ketteridge"),
        ("Chief Dusature", "Finance Director Dale Ketteridge"),
    ):
        surname = first.split()[-1]
        other = "Dale Ketteridge" if "Dale" in second else "Ketteridge"
        for said in (
            f"{first} and {second} said {WORDS}",
            f"{WORDS} said {first} and {second}.",
        ):
            text = f"{HEAD}{PIER}{said}"
            want = [[surname, other]]
            assert speakers(bare(text)) == want, said
            assert speakers(release(text, "wes_threlkeld")) == want, said


def test_a_titled_surname_in_a_pair_speaks_later_by_the_surname() -> None:
    text = (
        f"{HEAD}MILLBROOK, OH – Police Chief Hollarity and Fire Chief Ketteridge joined"
        " Threlkeld. “We will reopen the pier soon,” said Hollarity."
    )
    assert speakers(bare(text)) == [["Hollarity"]]
    assert speakers(release(text, "wes_threlkeld")) == [["Hollarity"]]


def test_a_qualified_title_and_a_surname_then_another_titled_person_are_two_people() -> None:
    for title in (
        "County Executive",
        "U.S. Attorney",
        "County Commissioner",
        "Fire Marshal",
        "Police Commissioner",
        "Harbor Master",
        "State Senator",
        "Board Chair",
        "Millbrook Mayor",
        "Ohio Governor",
        "former Commissioner",
        "Acting Mayor",
        "Associate Justice",
        "Wildlife Officer",
    ):
        for said in (
            f"Chief Quist and {title} Dale Ketteridge said {WORDS}",
            f"{WORDS} said Chief Quist and {title} Dale Ketteridge.",
        ):
            text = f"{HEAD}{PIER}{said}"
            want = [["Quist", "Dale Ketteridge"]]
            assert speakers(bare(text)) == want, said
            assert speakers(release(text, "wes_threlkeld")) == want, said
    said = f"Deputy Quist and Ohio Attorney General Dale Ketteridge said {WORDS}"
    assert speakers(bare(f"{HEAD}{PIER}{said}")) == [["Quist", "Dale Ketteridge"]]
    # a given name after the qualifier may be a person's (`Chief Forest`): two people
    said = f"Chief Forest and Fisheries Officer Dale Ketteridge said {WORDS}"
    assert "Forest" in speakers(bare(f"{HEAD}{PIER}{said}"))[0]
    # the issuer's own surname after the qualifier: the issuer and the other
    said = f"Chief Threlkeld and Millbrook Mayor Dale Ketteridge jointly said {WORDS}"
    got = speakers(release(f"{HEAD}{PIER}{said}", "wes_threlkeld"))
    assert got == [["Wes Threlkeld", "Dale Ketteridge"]], got


def test_he_after_a_capitalised_office_of_a_body_left_unnamed_is_nobody() -> None:
    asked = "The Director of the Ohio Department of Parks was asked about the pier."
    for reply in (f"He responded, {WORDS}", f"She responded, {WORDS}"):
        text = f"{HEAD}{PIER}{asked} {reply}"
        assert speakers(bare(text)) == [[]], reply
        assert speakers(release(text, "wes_threlkeld")) == [[]], reply
    # the office named with its holder: the holder
    asked = "The Director of the Ohio Department of Parks, Ida Pemberton, was asked about it."
    text = f"{HEAD}{PIER}{asked} She responded, {WORDS}"
    assert speakers(release(text, "wes_threlkeld")) == [["Ida Pemberton"]]


# Every role a statement may be announced as coming from, as names.py knows them.
HELD = ("Mayor", "Governor", "Secretary", "Attorney General", "Commissioner", "Sheriff")


def test_a_statement_from_the_role_the_subject_holds_is_the_subjects() -> None:
    town = "MILLBROOK, OH – "
    for role in (*HELD, "President", "Councilmember", "Superintendent"):
        for said in (
            f"{town}{role} Ida Pemberton released the following statement from the {role}: ",
            f"{town}Today, {role} Ida Pemberton released the following statement from the {role}: ",
            f"{town}{role} Ida Pemberton toured the pier on Friday. She released the following"
            f" statement from the {role}: ",
            f"{town}{role} Ida Pemberton toured the pier on Friday. Pemberton released the"
            f" following statement from the {role}:\n\n",
        ):
            text = f"{HEAD}{said}{WORDS}"
            assert speakers(bare(text)) == [["Ida Pemberton"]], said
            assert speakers(release(text, "ida_pemberton")) == [["Ida Pemberton"]], said


def test_a_statement_from_a_role_another_holds_is_never_the_subjects() -> None:
    for role in HELD:
        for lead in (
            f"MILLBROOK, OH – {role} Olaf Quist toured the pier with Rep. Ida Pemberton.",
            f"MILLBROOK, OH – Rep. Ida Pemberton toured the pier with {role} Olaf Quist.",
            "MILLBROOK, OH – Rep. Ida Pemberton toured the pier on Friday.",
        ):
            for subject in ("Pemberton", "The congresswoman"):
                said = f"{lead} {subject} released the following statement from the {role}: "
                text = f"{HEAD}{said}{WORDS}"
                assert "Ida Pemberton" not in speakers(bare(text))[0], said
                assert "Ida Pemberton" not in speakers(release(text, "ida_pemberton"))[0], said


def test_an_unsigned_editorial_or_article_is_the_papers() -> None:
    for said in (
        "An editorial in the Millbrook Sentinel said:",
        "The editorial in the Millbrook Sentinel reads:",
        "A March 3, 2019 article in the Millbrook Sentinel states that,",
    ):
        text = f"{HEAD}{PIER}{said} {WORDS}"
        assert speakers(bare(text)) == [["Millbrook Sentinel"]], said


def test_a_piece_a_person_wrote_is_never_the_papers_in_its_own_paragraph() -> None:
    for said in (
        "Her op-ed in the Millbrook Sentinel reads:",
        "An editorial by Ida Pemberton in the Millbrook Sentinel reads:",
        "Pemberton’s article in the Millbrook Sentinel reads:",
        "A column in the Millbrook Sentinel reads:",
    ):
        for sep in (" ", "\n\n"):
            text = f"{HEAD}{PIER}{said}{sep}{WORDS}"
            assert "Millbrook Sentinel" not in speakers(bare(text))[0], said
            assert "Millbrook Sentinel" not in speakers(release(text, "wes_threlkeld"))[0], said
            if not said.startswith("A column"):
                # somebody else's piece: never the issuer's words either
                assert "Wes Threlkeld" not in speakers(release(text, "wes_threlkeld"))[0], said


def test_the_office_of_a_body_keeps_he_or_she_only_for_its_one_holder() -> None:
    body = "the Millbrook Department of Harbors"
    asked = f"The Director of {body} was asked about the delay."
    for intro in (
        f"Ida Pemberton, Deputy Director of {body}, testified first.",
        f"Ida Pemberton, Assistant Director of {body}, testified first.",
        f"Ida Pemberton, former Director of {body}, testified first.",
        f"Olaf Quist, former Director of {body}, spoke. Ida Pemberton, Director of {body},"
        " testified first.",
    ):
        text = f"{HEAD}MILLBROOK, OH – {intro} {asked} She responded, {WORDS}"
        assert speakers(bare(text)) == [[]], intro
    intro = (
        "Ida Pemberton, who runs the Millbrook County Department of Health, and Olaf Quist,"
        " of the Dunmore County Department of Health, testified first."
    )
    again = "The Director of the Department of Health was asked about the delay."
    text = f"{HEAD}MILLBROOK, OH – {intro} {again} She responded, {WORDS}"
    assert speakers(bare(text)) == [[]]


def test_a_long_run_of_connectors_after_a_body_does_not_hide_a_second_body() -> None:
    # Two bodies the shortened `the Department of Harbors` may be, however many
    # connectors follow the second's name before the pronoun: nobody, as with a few.
    first = "Olaf Quist, Director of the Fenwick Department of Harbors, spoke on Monday.\n\n"
    for links in (3, 100, 300, 2000):
        text = (
            f"{HEAD}{first}The Director of the Department of Harbors was asked about the"
            " delay. Pressed by the Alder Department of Harbors"
            + " and the" * links
            + f" He responded, {WORDS}"
        )
        assert speakers(bare(text)) == [[]], links
        assert speakers(release(text)) == [[]], links


def test_a_title_before_and_is_another_persons_never_a_role_cut_at_and() -> None:
    from importers.limits import parse_text_bounded

    for said in (
        f"Congressman and Mrs. Threlkeld honored the pier crew. Mrs. Threlkeld said {WORDS}",
        f"Congressman and Mrs. Wes Threlkeld honored the crew. Threlkeld said {WORDS}",
        f"Congressman and Congresswoman Threlkeld said {WORDS}",
    ):
        roles = [s.role for s in parse_text_bounded(f"{HEAD}{PIER}{said}").speakers]
        assert not any(r and (r.endswith(" and") or " and Congresswoman" in r) for r in roles)
    # one person's two titles joined by `and` stay one whole role
    said = f"Sixth District Congressman and Assistant Whip Dale Ketteridge said {WORDS}"
    got = {s.name: s.role for s in parse_text_bounded(f"{HEAD}{PIER}{said}").speakers}
    assert got["Dale Ketteridge"] == "Sixth District Congressman and Assistant Whip"


def test_a_chief_officers_fields_of_conduct_and_people_are_one_title() -> None:
    from importers.limits import parse_text_bounded

    for title in (
        "Chief Ethics and Compliance Officer",
        "Chief Integrity and Risk Officer",
        "Chief People and Culture Officer",
        "Chief Quality and Safety Officer",
        "Chief Advocacy and Engagement Officer",
    ):
        for said in (
            f"{title} Dale Ketteridge said {WORDS}",
            f"{WORDS} said {title} Dale Ketteridge.",
        ):
            text = f"{HEAD}{PIER}{said}"
            assert speakers(bare(text)) == [["Dale Ketteridge"]], said
            assert speakers(release(text, "wes_threlkeld")) == [["Dale Ketteridge"]], said
            got = {s.name: s.role for s in parse_text_bounded(text).speakers}
            assert got == {"Dale Ketteridge": title}, said
    # two people each titled stay two
    text = f"{HEAD}{PIER}Chief Ida Pemberton and Officer Dale Ketteridge said {WORDS}"
    assert speakers(bare(text)) == [["Ida Pemberton", "Dale Ketteridge"]]


def test_a_list_of_three_or_more_before_said_makes_each_speak() -> None:
    # a joint statement is each signer's: every name of the list, not its last two
    want3 = [["Nell Ashgrove", "Ross Tindall", "Opal Wenning"]]
    for said in (
        "Reps. Nell Ashgrove (D-OH), Ross Tindall (R-TX) and Opal Wenning (D-NY) said:",
        "Rep. Nell Ashgrove (D-OH), Rep. Ross Tindall (R-TX), and Rep. Opal Wenning (D-NY) said:",
        "Senators Nell Ashgrove, Ross Tindall and Opal Wenning said:",
        "Nell Ashgrove, Ross Tindall and Opal Wenning said",
    ):
        text = f"{HEAD}{PIER}{said} {WORDS}"
        assert speakers(bare(text)) == want3, said
        assert speakers(release(text, "wes_threlkeld")) == want3, said
    said = (
        "Reps. Nell Ashgrove (D-OH), Ross Tindall (R-TX), Opal Wenning (D-NY) and "
        "Wes Threlkeld (R-OH) said:"
    )
    text = f"{HEAD}{PIER}{said} {WORDS}"
    assert speakers(bare(text)) == [[*want3[0], "Wes Threlkeld"]]
    # surnames alone under a plural title each speak as before
    said = "Senators Ashgrove, Tindall and Wenning said:"
    assert speakers(bare(f"{HEAD}{PIER}{said} {WORDS}")) == [["Ashgrove", "Tindall", "Wenning"]]
    # a sentence's opening words before the pair are no item of it
    said = "In Millbrook, Ross Tindall and Opal Wenning said:"
    assert speakers(bare(f"{HEAD}{PIER}{said} {WORDS}")) == [["Ross Tindall", "Opal Wenning"]]


def test_two_titled_people_whose_titles_hold_and_each_speak() -> None:
    # the run splits at the `and` after a titled full name, never inside a title
    said = (
        "Ohio Congressman and House Harbors and Ports Ranking Member Nell Ashgrove and "
        "Ohio Congressman Ross Tindall said:"
    )
    text = f"{HEAD}{PIER}{said} {WORDS}"
    want = [["Nell Ashgrove", "Ross Tindall"]]
    assert speakers(bare(text)) == want
    assert speakers(release(text, "wes_threlkeld")) == want
    roles = {
        s.name: s.role
        for s in document_from_record(
            {"text": text, "member": "wes_threlkeld"},
            {"text": "text", "member": "issuer"},
            origin=None,
        ).speakers
    }
    assert roles["Nell Ashgrove"] == "Ohio Congressman and House Harbors and Ports Ranking Member"
    assert roles["Ross Tindall"] == "Ohio Congressman"
    # a role holding `and` before one person's name and another titled person
    said = "Secretary of Harbors and Ports Nell Ashgrove and Mayor Ross Tindall said:"
    text = f"{HEAD}{PIER}{said} {WORDS}"
    assert speakers(bare(text)) == want


def test_a_list_whose_first_name_is_an_opening_words_object_is_no_list_of_speakers() -> None:
    # `Thanking Nell Ashgrove, …`: the first name is thanked, quoted or passed, not a
    # speaker; the pair before `said` speaks, as without the list
    pair = [["Ross Tindall", "Opal Wenning"]]
    for opener in (
        "Thanking",
        "Praising",
        "Honoring Mayor",
        "Echoing",
        "Quoting",
        "Welcoming",
        "Mourning",
        "Introducing Sen.",
        "Unlike",
        "Like",
        "Except",
        "Against",
        "Citing",
        "Behind",
    ):
        said = f"{opener} Nell Ashgrove, Ross Tindall and Opal Wenning said:"
        text = f"{HEAD}{PIER}{said} {WORDS}"
        assert speakers(bare(text)) == pair, said
        assert speakers(release(text, "wes_threlkeld")) == pair, said
