"""Speaker values a journalist reads in the speaker facet: the classes of wrong values and
wrong persons read in random draws of whole archives, each mended by a general rule.

Every fixture is an invented release or paragraph.
"""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote, Speaker


def release(text: str, member: str | None = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member} if member else {"text": text}
    mapping = {"text": "text", **({"member": "issuer"} if member else {})}
    return document_from_record(record, mapping, origin=None).quotes


def parsed(*paragraphs: str) -> tuple[dict[str, Speaker], list[Quote]]:
    speakers, quotes = extract_quotes(list(paragraphs))
    return {s.name: s for s in speakers}, quotes


LEAD = "WASHINGTON – Rep. Nora Quill toured the valley’s farms on Friday."


# -- a dash byline that names a place or a body --------------------------------------


def test_a_dash_byline_opening_with_a_state_is_nobodys_name() -> None:
    # `Georgia` is a first name too; a byline of a state's name and another word names a
    # place or a body, not a person, and the issuer did not sign it either.
    for line in ("— Georgia Tech", "— Virginia Polytechnic", "— Lakeport Institute"):
        text = f"{LEAD} “The harvest came late this year.” {line}"
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == [], line
        [q] = [q for q in release(text, member=None) if q.kind == "direct"]
        assert q.speakers == [], line


def test_a_dash_byline_named_before_still_signs() -> None:
    _, quotes = parsed(
        "Georgia Tech hosted the fair.", "“The harvest came late this year.” — Georgia Tech"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Georgia Tech"]]


def test_a_dash_byline_of_a_person_signs_as_before() -> None:
    _, quotes = parsed("“Best fair I have seen in years.” ― Lucia Ferro.")
    assert quotes[0].speakers == ["Lucia Ferro"]


# -- the issuer is not given another's words ------------------------------------------


def test_a_body_named_before_a_colon_keeps_its_words_from_the_issuer() -> None:
    text = (
        f"{LEAD} The Lakeport Kidney Foundation has raised concerns about the rule: "
        "“Patients will lose access to the care they rely on every single week.”"
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == []


def test_the_issuer_under_a_heading_still_speaks() -> None:
    text = (
        f"{LEAD} Click here to listen. Voice For Our Growers: "
        "“The drought cost every family in the valley a season of work.”"
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Nora Quill"]


# -- names cut or run on ------------------------------------------------------------------


def test_a_union_locals_number_does_not_cut_the_name_before_the_person() -> None:
    text = (
        f"{LEAD} “The harvest came late this year,” said Pipefitters Union of Ohio Local 212 "
        "President Dana Whitfield. “We need the bridge rebuilt.”"
    )
    quotes = [q for q in release(text) if q.kind == "direct"]
    assert [q.speakers for q in quotes] == [["Dana Whitfield"], ["Dana Whitfield"]]


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name() -> None:
    speakers, quotes = parsed(
        "Have Commerce officials answered? In May Commerce announced that “the review is complete.”"
    )
    assert "Have Commerce" not in speakers
    assert all("Have Commerce" not in q.speakers for q in quotes)


def test_pro_tem_is_part_of_a_role() -> None:
    _, quotes = parsed("“The shelter will stay open,” said Lakeport Mayor Pro Tem Olive Brandt.")
    assert quotes[0].speakers == ["Olive Brandt"]


# -- ranks and the bench --------------------------------------------------------------------


def test_a_rank_before_a_surname_alone_is_the_role() -> None:
    speakers, quotes = parsed(
        "The base held its open day.", "“The runway will stay open,” said General Tobin."
    )
    assert quotes[0].speakers == ["Tobin"]
    assert speakers["Tobin"].role == "General"
    assert "General Tobin" in speakers["Tobin"].aliases
    speakers, quotes = parsed("The court heard the case.", "“The law is clear,” said Judge Alder.")
    assert quotes[0].speakers == ["Alder"] and speakers["Alder"].role == "Judge"


def test_a_rank_before_a_surname_named_in_full_is_that_person() -> None:
    _, quotes = parsed(
        "Lieutenant General Marco Tobin toured the base.",
        "“The runway will stay open,” said General Tobin.",
    )
    assert quotes[0].speakers == ["Marco Tobin"]


def test_a_ranked_surname_shared_with_another_person_keeps_its_rank() -> None:
    # The surname alone would name both people: the value keeps the title.
    _, quotes = parsed(
        "Sen. Tom Alder praised the ruling.",
        "“The law protects the farms,” said Judge Alder in the opinion.",
    )
    assert quotes[0].speakers == ["Judge Alder"]


def test_a_ranked_surname_is_not_the_issuer_of_that_surname() -> None:
    text = (
        "WASHINGTON – The court ruled on the water case on Friday. “The law protects the "
        "farms,” said Judge Quill in the opinion."
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Quill"]
    assert q.speakers != ["Nora Quill"]


# -- a clause after a name --------------------------------------------------------------------


def test_a_conjunction_before_a_spokesman_opens_another_speaker() -> None:
    _, quotes = parsed(
        "Secretary Tom Ashdown toured the lake.",
        "“The parks will stay open,” said Secretary Ashdown, but a spokesman for the Parks "
        "Department said “the budget is not settled.”",
    )
    first, second = [q for q in quotes if q.kind == "direct"]
    assert first.speakers == ["Tom Ashdown"]
    assert "Tom Ashdown" not in second.speakers


def test_a_conjunction_inside_a_role_keeps_the_name() -> None:
    # `and` inside the role or a relative clause after the name is no new clause.
    for paragraph in (
        "Cara Voss, Executive Vice President of farm software and payment firm Fieldly, a "
        "Norvo company, said: “We are glad the bill was filed today for small firms.”",
        "Town Supervisor Rob Ashby, who thanked the town and school officials as well as "
        "residents, said, “This grant will help the new coalition work with parents.”",
    ):
        _, quotes = parsed("The bill was filed.", paragraph)
        assert len(quotes[0].speakers) == 1 and quotes[0].speakers[0] in paragraph


def test_a_blueprint_or_a_study_that_states_is_no_speaker() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill wrote to the agency on Friday. The Governor’s 2019 "
        "Water Blueprint (“Blueprint”) proposes a cut. The Blueprint states that the money "
        "will be used “to repair the oldest pipes in the valley first.”"
    )
    quotes = [q for q in release(text) if q.kind == "direct"]
    assert [q.speakers for q in quotes] == [[]]


def test_a_statement_whose_introduction_names_the_issuer_stays_the_issuers() -> None:
    # The last name before the colon is what the statement is about, not who says it.
    text = (
        "WASHINGTON – Today, Rep. Nora Quill issued the following statement condemning "
        "Justice Ivo Brandt’s comments in Marsh v. University of Lakeport: “Justice Brandt’s "
        "remarks about students are a disgrace and the court should say so.”"
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Nora Quill"]


def test_a_scare_quote_stays_a_title() -> None:
    # An auxiliary is no part of a name only where a name is read, not in the words
    # around a quoted phrase.
    _, quotes = parsed(
        "They have ignored every proposal, from wider checks to closing the “fair loophole.”"
    )
    assert [q.kind for q in quotes] == ["title"]


# -- dash signatures of places and bodies ---------------------------------------------


def test_a_dash_byline_of_a_city_and_a_bodys_or_the_lands_word_signs_for_nobody() -> None:
    # `Austin`, `Jackson`, `Denver` are first names as well as cities; `Energy`, `Hole`,
    # `Water` end a body's or a place's name, never a person's.
    for line in ("— Austin Energy", "— Jackson Hole", "— Denver Water", "— Tyler Falls"):
        text = f"{LEAD} “The harvest came late this year.” {line}"
        for member in ("nora_quill", None):
            [q] = [q for q in release(text, member) if q.kind == "direct"]
            assert q.speakers == [], (line, member)


def test_a_dash_byline_the_release_writes_as_a_bodys_first_words_signs_for_nobody() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill toured Carolina Birch Medical Center on Friday.\n\n"
        "“The nurses here work miracles every day.” — Carolina Birch"
    )
    for member in ("nora_quill", None):
        [q] = [q for q in release(text, member) if q.kind == "direct"]
        assert q.speakers == [], member


def test_a_dash_byline_of_a_person_with_a_citys_first_name_still_signs() -> None:
    for person in ("Austin Holloway", "Tyler Brandt"):
        _, quotes = parsed(f"“Best fair I have seen in years.” — {person}")
        assert quotes[0].speakers == [person]


# -- a role glued to the name ------------------------------------------------------------


def test_a_roles_field_glued_after_a_name_goes_with_the_role() -> None:
    for role in ("Payroll Director", "Outreach Coordinator", "Marketing Manager"):
        text = f"{LEAD} “The harvest came late this year,” said Ann Vik {role}."
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == ["Ann Vik"], role


def test_a_middle_initial_before_a_glued_role_stays() -> None:
    text = f"{LEAD} “The harvest came late this year,” said Hector V. Barrows Administrator."
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Hector V. Barrows"]


# -- lists and phrases beside the subject ------------------------------------------------


def test_a_titled_name_ending_a_list_of_authors_is_not_alone() -> None:
    # Every author or none: the last one alone is a wrong speaker for the others' words.
    text = (
        f"{LEAD} The letter’s authors, Ivo Brandt, Lena Roth, and Rep. Carl Dunn, cite the "
        "report: “The harvest came late this year in every county of the valley.”"
    )
    for member in ("nora_quill", None):
        [q] = [q for q in release(text, member) if q.kind == "direct"]
        assert q.speakers == [], member


def test_the_names_after_flanked_by_are_not_the_subject() -> None:
    for phrase in ("flanked by Brandt, Roth, and the Harbor Board", "joined by Lena Roth"):
        text = f"{LEAD} Mayor Ada Kesh, {phrase}, said: “The harbor needs this money now.”"
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == ["Ada Kesh"], phrase


# -- organisations cut short ---------------------------------------------------------------


def test_a_bodys_name_with_and_before_its_officer_gives_the_officer() -> None:
    text = (
        f"{LEAD} “Our trucks are full,” said Pioneer Warehousing and Distribution president "
        "Ed Pike."
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Ed Pike"]


def test_the_officer_of_a_body_with_small_words_in_its_name_is_nobody_named() -> None:
    # Not the body's last word, not the body cut in two, not the issuer.
    for body in ("Pioneer Warehousing and Distribution", "El Proyecto del Barrio"):
        for officer in ("the director", "the owner"):
            text = f"{LEAD} “Our pantries are empty,” said {officer} of {body}."
            [q] = [q for q in release(text) if q.kind == "direct"]
            assert q.speakers == [], (officer, body)


# -- headings --------------------------------------------------------------------------------


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    for heading in ("Ideal Location", "Key Findings", "Strong Growth"):
        text = f"{LEAD}\n\n{heading}: “The valley is the best place for the plant in the state.”"
        for member in ("nora_quill", None):
            [q] = [q for q in release(text, member) if q.kind == "direct"]
            assert q.speakers in ([], ["Nora Quill"]), (heading, member)
            assert heading not in q.speakers


def test_a_name_before_a_colon_still_speaks() -> None:
    text = f"{LEAD}\n\nLena Roth: “The valley is the best place for the plant in the state.”"
    [q] = [q for q in release(text, None) if q.kind == "direct"]
    assert q.speakers == ["Lena Roth"]


def test_a_subcommittees_officer_after_its_whole_name_speaks() -> None:
    for body in ("Harbor Subcommittee on Safety", "Harbor and Rail Subcommittee on Oversight"):
        text = (
            f"{LEAD} “The latest report raises questions about the agency,” said {body} "
            "Ranking Member Ivo Brandt."
        )
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == ["Ivo Brandt"], body


def test_a_name_and_a_glued_role_of_a_body_is_the_person_not_the_body() -> None:
    text = f"{LEAD} Ann Vik Payroll Director of Lakeport Mills said “The harvest came late.”"
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Ann Vik"]


# The member's words under each heading; `Innocent Until Proven Guilty` opens with a word
# the first-name lexicon lists, so the words under it are left nobody's (a miss, never
# the heading's or another's).
SPEAKERS_UNDER_HEADINGS = [["Nora Quill"], [], ["Nora Quill"]]


def test_headings_before_each_statement_name_no_speaker() -> None:
    # Highlights of an interview, each statement under a heading: the member's words (or
    # nobody's, where a heading's first word is a first name somewhere), never the heading's.
    text = (
        f"{LEAD} Highlights: Getting Answers: “I hope we will get answers this week from the "
        "board.” Innocent Until Proven Guilty: “These are serious claims and both sides "
        "deserve a hearing.” Holistic Review: “You have four other witnesses who say they "
        "recall nothing at all.”"
    )
    quotes = [q for q in release(text) if q.kind == "direct"]
    assert [q.speakers for q in quotes] == SPEAKERS_UNDER_HEADINGS


def test_a_heading_over_a_list_of_others_words_gives_them_to_nobody_else() -> None:
    text = (
        f"{LEAD} What Local Growers Are Saying: Ivo Brandt, Brandt Orchards “Our trees "
        "need water this summer more than ever before.” Lena Roth, Roth Dairy “Our herd "
        "needs feed and the price keeps rising every month.”\n\nRelated Documents: Lakeport "
        "Research Office report, “Water Rights in the Lower Valley Since the Drought”"
    )
    quotes = [q for q in release(text) if q.kind == "direct"]
    assert [q.speakers for q in quotes] == [[], []]


def test_a_label_naming_an_excerpt_is_no_speaker() -> None:
    for label in ("Quill Excerpt", "Hearing Transcript", "Brandt Video"):
        text = f"{LEAD}\n\n{label}: “Everybody worked well together on this bill in the end.”"
        for member in ("nora_quill", None):
            [q] = [q for q in release(text, member) if q.kind == "direct"]
            assert q.speakers == [], (label, member)


# -- fixes: a role's field, a joint cue, a clip's label, a full name signing ------------


def test_a_fields_word_after_a_first_name_or_an_initial_is_the_surname() -> None:
    # `Field`, `Plant`, `Branch` are fields of a job title and surnames too: after a first
    # name or an initial they end the person's name; after a surname they go with the role.
    for name, speaker in (
        ("Lucy Anne Branch Manager", "Lucy Anne Branch"),
        ("Tom J. Plant Manager", "Tom J. Plant"),
        ("Ivo Brandt Sales Manager", "Ivo Brandt"),
    ):
        text = f"{LEAD} “The orchard will open again in the spring,” said {name}."
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == [speaker], name


def test_two_people_saying_together_are_not_the_second_alone() -> None:
    for pair in (
        "Rep. Lena Roth and Lakeport County clerk Ivo Brandt in a joint statement",
        "Lena Roth and Harbor Mills owner Ivo Brandt",
    ):
        text = f"{LEAD} “The bridge must be rebuilt before winter,” said {pair}."
        [q] = [q for q in release(text) if q.kind == "direct"]
        assert q.speakers == [], pair


def test_words_under_a_clips_label_are_not_the_issuers() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill visited the harbor on Monday with Mayor Lena Roth.\n\n"
        "Roth Audio: “The harbor has never been busier than it is this spring.”"
    )
    for member in ("nora_quill", None):
        [q] = [q for q in release(text, member) if q.kind == "direct"]
        assert q.speakers == [], member


def test_a_persons_full_name_signs_though_a_building_bears_it() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill opened the Lena Roth Youth Center on Monday.\n\n"
        "“Every child in the county will have a place to go after school.” — Lena Roth"
    )
    [q] = [q for q in release(text) if q.kind == "direct"]
    assert q.speakers == ["Lena Roth"]
