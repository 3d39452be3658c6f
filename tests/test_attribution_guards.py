"""Attribution on weak evidence gives no speaker: guards against the wrong one."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from importers.speakers import SpeakerBook, _part_of_issuer
from search.model import Quote


def release(text: str, member: str) -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def test_one_word_is_the_issuer_only_as_the_first_half_of_a_compound_surname() -> None:
    assert _part_of_issuer("Quill", "Dana Quill Holt")
    assert not _part_of_issuer("Ray", "Tod Ray Vail")  # a middle name, a given name
    assert not _part_of_issuer("Dana", "Dana Quill Holt")


OPENING = "WASHINGTON – Rep. Tod Vail met the harbor board on Tuesday.\n\n"
BOARD = "The board asked for more money for the channel. "


def test_a_title_of_the_other_chamber_or_gender_is_not_the_issuer() -> None:
    for title in ("the Senator", "the Congresswoman"):
        text = f"{OPENING}{BOARD}“We need the dredging this year,” {title} said."
        assert [q.speakers for q in release(text, "tod_vail")] == [[]], title
    text = f"{OPENING}{BOARD}“We need the dredging this year,” the Congressman said."
    assert [q.speakers for q in release(text, "tod_vail")] == [["Tod Vail"]]


def test_a_surname_two_people_of_the_release_share_is_not_the_issuer() -> None:
    text = (
        "WASHINGTON – Rep. Tod Vail and Mayor Ann Vail of Dover met the harbor board.\n\n"
        f"{BOARD}“We need the dredging this year,” said Vail."
    )
    assert all("Tod Vail" not in q.speakers for q in release(text, "tod_vail"))


LIST = (
    "WASHINGTON – Representatives Ann Holt (D-02), Bo Kerr (R-11) and Tod Vail (D-04) "
    "wrote to the port authority on Monday.\n\n"
)


def test_the_members_said_takes_a_list_of_members_named_just_before() -> None:
    text = f"{LIST}“We expect an answer soon,” the members said."
    assert [q.speakers for q in release(text, "tod_vail")] == [["Ann Holt", "Bo Kerr", "Tod Vail"]]


def test_the_members_said_takes_no_list_named_paragraphs_before() -> None:
    filler = "The authority has not answered.\n\nThe channel is closed.\n\nA budget is due.\n\n"
    text = f"{LIST}{filler}“We expect an answer soon,” the members said."
    assert [q.speakers for q in release(text, "tod_vail")] == [[]]


def test_an_accusation_before_an_uncued_quotation_names_nobody() -> None:
    _, quotes = extract_quotes(
        ["Mayor Ann Holt accused Governor Bo Kerr of hiding the budget. “The numbers lie.”"]
    )
    assert [q.speakers for q in quotes] == [[]]


def test_a_statement_from_somebody_else_is_not_the_issuers() -> None:
    text = (
        f"{OPENING}The port office answered on Friday. Here is the statement from the office "
        "of Harbor Programs at the port: “The channel will open to barges in March, and "
        "the dredging will be paid from this year's budget.”"
    )
    assert [q.speakers for q in release(text, "tod_vail")] == [[]]
    own = f"{OPENING}Here is the statement from Congressman Vail: “The channel must open.”"
    assert [q.speakers for q in release(own, "tod_vail")] == [["Tod Vail"]]


def test_a_list_with_an_abbreviated_given_name_keeps_every_member() -> None:
    text = (
        "WASHINGTON – Today, Reps. Ann Holt (D-MD), Ivo E. Brandt (D-NY) and Wm. Bo Kerr "
        "(D-MO) sent a letter to the port authority. The Members wrote, “the authority "
        "has kept the channel closed for a year without telling the towns why.”"
    )
    got = [q.speakers for q in release(text, "ann_holt")]
    assert got == [["Ann Holt", "Ivo E. Brandt", "Wm. Bo Kerr"]]


def test_a_new_sentence_reporting_other_words_is_not_the_cue_before_it() -> None:
    _, quotes = extract_quotes(
        [
            "“We need the channel open,” said Mayor Tod Vail. “Barges carry our grain. "
            "Trucks cannot.” Ann Holt, head of the grain growers, said that her members "
            "will write to the board."
        ]
    )
    assert [q.speakers for q in quotes] == [["Tod Vail"], ["Tod Vail"]]


def test_a_first_name_ending_like_an_adverb_stays_in_the_name() -> None:
    _, quotes = extract_quotes(
        [
            "The board met on Monday. “Every day without the channel costs the towns money,"
            '" said Milly Quill, director of the growers\' union. "We will be there.”'
        ]
    )
    assert [q.speakers for q in quotes] == [["Milly Quill"], ["Milly Quill"]]


def test_a_stray_full_stop_after_the_verb_keeps_the_named_subject() -> None:
    _, quotes = extract_quotes(
        [
            "“We will open the channel in March,” said Mayor Tod Vail. “The barges are "
            "ready.” “The river towns have waited long enough for this,” said. Rev. Ann "
            "Holt, head of the river council."
        ]
    )
    assert [q.speakers for q in quotes] == [["Tod Vail"], ["Tod Vail"], ["Ann Holt"]]


def test_a_place_named_after_a_person_is_nobody() -> None:
    _, quotes = extract_quotes(
        ["Tod Vail spoke at the Lincoln Memorial on Sunday. “It was a moving day,” he said."]
    )
    assert [q.speakers for q in quotes] == [["Tod Vail"]]


def test_an_arabic_surname_with_its_article_is_kept_whole() -> None:
    _, quotes = extract_quotes(["“We need more help,” said Prime Minister Ivo al-Qasri."])
    assert [q.speakers for q in quotes] == [["Ivo al-Qasri"]]


def test_the_person_written_to_is_not_the_spokesman() -> None:
    _, quotes = extract_quotes(
        ["In a letter to Ann Holt, the spokesman said: “We will not close the channel.”"]
    )
    assert [q.speakers for q in quotes] == [[]]


def test_an_organisation_ending_a_role_phrase_leaves_the_name_before_it() -> None:
    _, quotes = extract_quotes(
        ["Ann Holt, Director of Technology at CES said “The show draws more buyers every year.”"]
    )
    assert [q.speakers for q in quotes] == [["Ann Holt"]]


def test_he_is_the_last_subject_of_unknown_gender_not_an_earlier_man() -> None:
    _, quotes = extract_quotes(
        [
            "Rep. Tod Vail hosted the forum. Dr. Ozo Nwankwo, a surgeon at the clinic, "
            "described the wait times. “Patients wait months,” he said."
        ]
    )
    assert [q.speakers for q in quotes] == [["Ozo Nwankwo"]]
    _, quotes = extract_quotes(
        ["Mary Holt met Ozo Nwankwo on Monday. The clinic is new. “We wait,” she said."]
    )
    assert [q.speakers for q in quotes] == [["Mary Holt"]]


def test_a_party_member_described_by_a_place_is_no_speakers_name() -> None:
    _, quotes = extract_quotes(
        ["The vote is close. “It took me twenty years,” the Dover Democrat joked last week."]
    )
    assert [q.speakers for q in quotes] == [[]]


def test_a_department_word_and_an_event_name_run_into_a_name_are_cut() -> None:
    text = (
        "WASHINGTON – Rep. Tod Vail backed the decision by Secretary of Harbors’ Affairs "
        "James Peake. “This is the right call,” Peake said."
    )
    assert [q.speakers for q in release(text, "tod_vail")] == [["James Peake"]]
    text = (
        "DOVER – Rep. Bo Brady has bet on the home team. If the Dover Hawks win the Stanley "
        "Cup Brady gets two pizzas. “Go Hawks,” said Brady."
    )
    assert [q.speakers for q in release(text, "ann_holt")] == [["Bo Brady"]]


def test_a_name_cut_after_its_initial_is_no_speaker() -> None:
    _, quotes = extract_quotes(["“The best ideas come from home,” said Congressman Tod B."])
    assert [q.speakers for q in quotes] == [[]]
    # A reader signing with a last initial, no title: a person.
    _, quotes = extract_quotes(["“The soup was great and the staff kind,” wrote Lucy C. of Dover."])
    assert [q.speakers for q in quotes] == [["Lucy C."]]


def test_the_end_of_a_longer_name_is_not_a_reported_statements_subject() -> None:
    for sentence in (
        "In 2013, United States v. Vail confirmed that the law was unconstitutional.",
        "The Center for Missing & Exploited Children reports that Dover has more cases.",
        "Ann Holt and Bo Kerr, the co-chairs of the Harbor Treaty Organization (HTO) "
        "Observer Group announced that new members will join.",
    ):
        _, quotes = extract_quotes([sentence])
        mentions = [q.mention or "" for q in quotes]
        assert not any(m.endswith(("Vail", "Children", "Group")) for m in mentions), sentence


def test_a_closing_mark_glued_to_the_next_sentence_also_opens_a_quotation() -> None:
    _, quotes = extract_quotes(
        [
            '"We will not raise taxes," said Rep. Tod Vail. "The plan must pay for itself.'
            '"Speeches do not build roads, but this one may help us build them."'
        ]
    )
    assert [q.text[:8] for q in quotes] == ["We will ", "The plan", "Speeches"]
    assert all(q.speakers == ["Tod Vail"] for q in quotes)


def test_a_quotation_whose_closing_mark_came_before_its_cue_goes_on_after_it() -> None:
    _, quotes = extract_quotes(
        [
            "Rep. Tod Vail announced the grant. “The clinic gives good care to those in need, "
            "said Vail.” With this grant, they can reach more families in the county.”"
        ]
    )
    assert [q.text[:9] for q in quotes if q.kind == "direct"] == ["The clini", "With this"]
    _, quotes = extract_quotes(["“We won,” said Tod Vail. The vote was close.” The rest"])
    assert [q.text for q in quotes] == ["We won,"]


def test_a_name_before_a_possessive_is_registered_for_its_surname_later() -> None:
    _, quotes = extract_quotes(
        [
            "The committee approved Congressman Earl L. “Bo” Vail’s (Ga-01) Harbor Safety "
            "Act. “We won the vote today,” Vail said."
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Earl L. Vail"]]


def test_a_heading_or_a_document_is_no_speaker() -> None:
    _, quotes = extract_quotes(
        ["Tariffs Are Biting: “I toured the port this spring. The tariffs bite.”"]
    )
    assert [q.speakers for q in quotes] == [[]]
    _, quotes = extract_quotes(
        [
            "The Annual Digest of the audit reads: “The safeguards are not in place.” "
            "According to the Commission, “As long as the danger remains, we must act.”"
        ]
    )
    assert len(quotes) == 2 and quotes[0].speakers == []
    assert quotes[1].speakers in ([], ["Commission"])


def test_a_titled_person_inside_a_longer_name_still_reports() -> None:
    _, quotes = extract_quotes(
        [
            "The Harbor & Commerce Committee Chairman Tod Vail (D-CA) has admitted that the "
            "plan would be paid for with new fees."
        ]
    )
    assert [q.speakers for q in quotes] == [["Tod Vail"]]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    _, quotes = extract_quotes(
        [
            "Courtney Quill, a senior, visited the office of Rep. Tod Vail. “The trip was worth "
            "every mile of the drive,” Courtney said."
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Courtney Quill"]]


def test_a_new_sentence_whose_verb_takes_a_clause_is_no_cue_of_the_quotation() -> None:
    _, quotes = extract_quotes(
        [
            "Failing to act, said Gen. Bo Kerr, “sends the wrong message to soldiers.” Army "
            "Secretary Ann Holt said furloughs of civilians would have to begin by February."
        ]
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and "Ann Holt" not in direct[0].speakers


def test_he_is_a_titled_person_named_just_before_not_an_earlier_man() -> None:
    _, quotes = extract_quotes(
        [
            "Rep. Tod Vail spoke on the floor. Listen to the words of Secretary Nwankwo "
            "himself. On Monday, he stated that “the answer is the harbor bill.”"
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Nwankwo"]]


def test_quotation_marks_that_lost_their_first_bytes_are_read_as_marks() -> None:
    text = (
        "WASHINGTON - Rep. Tod Vail welcomed the report. \u0153The report helps the valley "
        "make its case for funds,\x9d Vail said. \u0153It is a good day.\x9d"
    )
    assert [q.speakers for q in release(text, "tod_vail")] == [["Tod Vail"], ["Tod Vail"]]


def test_a_heading_naming_whose_statement_follows_gives_its_speaker() -> None:
    _, quotes = extract_quotes(
        [
            "Floor Statement by Harbor Committee Ranking Member Tod B. Vail H.R. 2642, the "
            "Harbor Act --As Prepared for Delivery-- “Thank you, Mr. Speaker. I rise in "
            "opposition to this bill.”"
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Tod B. Vail"]]


def test_a_titled_owner_before_a_common_noun_is_registered() -> None:
    _, quotes = extract_quotes(
        [
            'The House approved Congressman Earl L. "Bo" Vail\'s (GA-01) legislation today. '
            '"The watchdog needs the records," said Vail.'
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Earl L. Vail"]]


def test_write_is_a_verb_of_saying_for_a_joint_letter() -> None:
    _, quotes = extract_quotes(
        [
            "Two representatives, Tod Vail and Ann Holt, founded the task force. “We must act "
            "this year to fund the clinics,” write Representatives Vail and Holt in their letter."
        ]
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Tod Vail", "Ann Holt"]]


def test_a_pronoun_takes_the_subject_of_its_gender_over_a_titled_object() -> None:
    for opening in (
        "WASHINGTON - Sen. Jane Holt thanked Commissioner Okafor for the grant.",
        "WASHINGTON - Rep. Jane Holt met Secretary Nwankwo at the farm on Monday.",
    ):
        _, quotes = extract_quotes(
            [f"{opening} “This grant helps families across the state,” she said."]
        )
        assert [q.speakers for q in quotes if q.kind == "direct"] == [["Jane Holt"]], opening


def test_said_with_a_phrase_of_manner_or_place_is_the_cue() -> None:
    opening = "BOSTON - Mayor Ann Holt opened the new library on Friday. "
    for tail in ("by phone from Boston.", "with a smile.", "as she left the hall."):
        _, quotes = extract_quotes(
            [f"{opening}“We will rebuild this city together.” Holt said {tail}"]
        )
        assert [q.speakers for q in quotes if q.kind == "direct"] == [["Ann Holt"]], tail


def test_a_name_after_a_preposition_before_a_role_at_an_organisation_is_no_speaker() -> None:
    _, quotes = extract_quotes(
        [
            "After a tour with Sen. Ann Holt, Plant Manager at Acme Corp said, “The new line "
            "will bring two hundred jobs to the county.”"
        ]
    )
    assert all("Ann Holt" not in q.speakers for q in quotes)


def test_who_after_the_object_of_the_subjects_verb_is_not_the_subject() -> None:
    _, quotes = extract_quotes(
        ["Sen. Ann Holt praised the nurses who said “we are exhausted and need relief.”"]
    )
    assert all("Ann Holt" not in q.speakers for q in quotes)


def test_a_title_after_an_unnamed_cue_ends_no_sentence() -> None:
    # `said Rep. Bishop.` (a surname that is also a title): the cue names somebody the
    # parse could not name; the statement right after goes on with that person's words,
    # never the issuer's.
    text = (
        "WASHINGTON – Rep. Tod Vail met the harbor board on Tuesday.\n\n"
        "“This compromise protects every port on the lake,” said Rep. Bishop. “The harbor "
        "will stay open all winter for the boats.” “We are glad it passed,” said Rep. Vail."
    )
    quotes = release(text, "tod_vail")
    assert "Tod Vail" not in quotes[1].speakers
    assert quotes[2].speakers == ["Tod Vail"]


def test_a_letters_addressee_after_dear_is_not_its_writer() -> None:
    text = (
        "WASHINGTON – Sen. Tod Vail wrote to the harbor board today. The letter reads: "
        "Dear Director Ann Roth: We take issue with the “Channel Dredging Framework for "
        "Small Ports,” which the board proposed. Dear Chairman Ivo Brandt, We ask that "
        "the board reconsider “the dredging plan,” he said."
    )
    for member in ("tod_vail", None):
        record = {"text": text, **({"member": member} if member else {})}
        mapping = {"text": "text", **({"member": "issuer"} if member else {})}
        quotes = document_from_record(record, mapping, origin=None).quotes
        values = {v for q in quotes for v in q.speakers}
        assert not values & {"Ann Roth", "Ivo Brandt"}, member


def _book(text: str, names: list[str]) -> SpeakerBook:
    """A book of one paragraph whose names are noted where the text writes them."""
    book = SpeakerBook()
    book.texts = [text]
    for name in names:
        book.note_name(name.split(), text.index(name))
    return book


def test_he_fits_the_subject_and_the_man_it_wrote_to_so_it_names_neither() -> None:
    # Two men fit `he`: the sentence's subject and the latest one named, after `to`.
    text = "Rep. Ivo Brandt sent a letter to Dr. Tom Harlow on Monday. Today, he released it."
    book = _book(text, ["Rep. Ivo Brandt", "Dr. Tom Harlow"])
    assert book.resolve_pronoun("he", text.index("he released")) is None
    # A woman as the subject leaves `he` one man to name.
    text = "Rep. Ann Holt sent a letter to Dr. Tom Harlow on Monday. Later, he answered her."
    book = _book(text, ["Rep. Ann Holt", "Dr. Tom Harlow"])
    found = book.resolve_pronoun("he", text.index("he answered"))
    assert found is not None and found.name == "Tom Harlow"
    # The latest man named as a sentence's subject, not after a preposition, is `he`.
    text = "Rep. Ivo Brandt met Dr. Tom Harlow. Dr. Harlow toured the port. Then he spoke."
    book = _book(text, ["Rep. Ivo Brandt", "Dr. Tom Harlow", "Dr. Harlow"])
    found = book.resolve_pronoun("he", text.index("he spoke"))
    assert found is not None and found.name == "Tom Harlow"
    # Without the paragraph's words the book reads as before: the latest man.
    book = _book(text, ["Rep. Ivo Brandt", "Dr. Tom Harlow"])
    book.texts = []
    found = book.resolve_pronoun("he", text.index("he spoke"))
    assert found is not None and found.name == "Tom Harlow"


def test_an_office_of_a_body_names_its_holder_not_the_body() -> None:
    text = (
        "WASHINGTON – Rep. Tod Vail visited the clinic on Monday. Dr. Ann Roth, Medical "
        "Director of the Holt Family Health Center said, “Health centers give everyone "
        "care.” The Executive Director of the Dover Human Relations Commission said, "
        "“We thank the Congressman for his visit.”"
    )
    values = {v for q in release(text, "tod_vail") for v in q.speakers}
    assert "Ann Roth" in values
    assert not values & {"Holt Family Health Center", "Dover Human Relations Commission"}


def test_dear_colleague_is_a_kind_of_letter_not_its_addressee() -> None:
    for paragraph in (
        "In her Dear Colleague Rep. Ann Holt wrote: “We must act now on the bridge.”",
        "In a Dear Colleague letter Rep. Ann Holt wrote: “We must act now on the bridge.”",
    ):
        quotes = extract_quotes([paragraph])[1]
        assert [q.speakers for q in quotes] == [["Ann Holt"]], paragraph
    # `Dear` inside a sentence greets nobody; a salutation (`Dear X:`) does.
    quotes = extract_quotes(
        ["Dear Director Ivo Roth:", "“We urge you to act now on the bridge,” wrote Rep. Ann Holt."]
    )[1]
    assert [q.speakers for q in quotes] == [["Ann Holt"]]
    book = SpeakerBook()
    book.texts = ["Dear Director Ivo Roth: the bridge must be repaired."]
    assert book.note_name("Dear Director Ivo Roth".split(), 0) is None
    # A release flattened to one paragraph writes the salutation after the letter's date.
    book.texts = ["The letter is below. March 9, 2015 Dear Director Ivo Roth: We write."]
    at = book.texts[0].index("Dear")
    assert book.note_name("Dear Director Ivo Roth".split(), at) is None
    book.texts = ["Our thanks go to Dear Director Ivo Roth for the work."]
    found = book.note_name("Dear Director Ivo Roth".split(), len("Our thanks go to "))
    assert found is not None and found.name == "Ivo Roth"


def test_he_after_a_man_wrote_to_another_man_names_neither() -> None:
    # Both men fit `he`: the writer, the sentence's subject, and the man written to.
    quotes = extract_quotes(
        [
            "Rep. Tom Holt wrote to Dr. Ivo Roth about the plant.",
            "“We will reopen it soon,” he said.",
        ]
    )[1]
    assert [q.speakers for q in quotes] == [[]]
    # With a woman as the writer only the man written to fits.
    quotes = extract_quotes(
        [
            "Rep. Ann Holt wrote to Dr. Ivo Roth about the plant.",
            "“We will reopen it soon,” he said.",
        ]
    )[1]
    assert [q.speakers for q in quotes] == [["Ivo Roth"]]
