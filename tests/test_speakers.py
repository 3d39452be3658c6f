"""Speaker values are names: people and organisations, canonical, roles apart.

Every fixture is an invented sentence.
"""

from __future__ import annotations

import pytest

from importers import names as N
from importers.quotes import extract_quotes, no_one_subject
from importers.records import document_from_record
from importers.speakers import SpeakerBook, attribute_to_issuer, cut_name, same_person
from search.model import Document, Quote

RELEASE = {"member": "member", "text": "text"}


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def spoken(*paragraphs: str) -> list[Quote]:
    return [q for q in quotes_of(*paragraphs) if q.kind != "title"]


def release(text: str, member: str | None = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member} if member else {"text": text}
    mapping = {"text": "text", **({"member": "issuer"} if member else {})}
    return document_from_record(record, mapping, origin=None).quotes


# -- names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "role", "name"),
    [
        (
            "House Transit Committee Chairman Bob Lindqvist",
            "House Transit Committee Chairman",
            "Bob Lindqvist",
        ),
        ("Union Falls Mayor Brian P. Okafor", "Union Falls Mayor", "Brian P. Okafor"),
        ("Rep. Ann Holt", "Rep.", "Ann Holt"),
        ("Congressman Tod Vail", "Congressman", "Tod Vail"),
        ("Dr. Ruth Amsel", None, "Ruth Amsel"),
        ("Secretary of Water Affairs Jonas Weil", "Secretary of Water Affairs", "Jonas Weil"),
        ("Dean Morrow", None, "Dean Morrow"),  # a first name that is also a title
        ("Marta Quill", None, "Marta Quill"),
    ],
)
def test_role_is_split_from_the_name(words: str, role: str | None, name: str) -> None:
    entity = SpeakerBook().note_name(words.split(), 0)
    assert entity is not None
    assert entity.name == name
    if role and role not in {"Rep.", "Congressman"}:
        assert entity.role == role
    assert entity.titled == (role is not None or words.startswith("Dr."))


@pytest.mark.parametrize(
    "words",
    [
        "Washington",
        "Florida",
        "North Dakota",
        "Additionally",
        "Following",
        "Click",
        "Trump’s",
        "Committee’s",
        "Safe Harbors Act",
        "Congressman",
        "Normal",
        "Votes",
    ],
)
def test_words_that_are_no_person(words: str) -> None:
    assert not (N.person_shape(words.split()) and N.person_evidence(words.split()))


def test_organisation_shapes() -> None:
    assert N.org_shape("Judiciary Committee".split())
    assert N.org_shape("Ways and Means Committee".split())
    assert not N.org_shape("House and Senate".split())  # two bodies
    assert not N.org_shape("House Democrats".split())  # people in the plural
    assert not N.org_shape("Judiciary Committee Chairman".split())  # a role, unnamed
    assert not N.org_shape("Clean Harbors Act".split())


def test_first_names_come_from_the_lexicon() -> None:
    assert N.first_name_gender("Amy") == "f" and N.first_name_gender("Karl") == "m"
    assert N.first_name_gender("Washington") is None


def test_same_person_across_name_forms() -> None:
    assert same_person("Ed Royle", "Edward Royle")
    assert same_person("Royle", "Edward Royle")
    assert same_person("Edward R. Royle", "Edward Royle")
    assert not same_person("Hal Rodgers", "Mike Rodgers")


# -- speakers of quotes -------------------------------------------------------------


def test_title_and_name_as_speaker() -> None:
    [q] = spoken(
        "“The rail link is funded at last,” House Transit Committee Chairman Bob Lindqvist said."
    )
    assert q.speaker == "Bob Lindqvist" and q.speakers == ["Bob Lindqvist"]
    assert q.mention == "House Transit Committee Chairman Bob Lindqvist"


def test_joint_statement_lists_every_speaker() -> None:
    [q] = spoken(
        "U.S. Senators Amy Holt and Karl Varga said: “The dam inspection is long overdue.”"
    )
    assert q.speakers == ["Amy Holt", "Karl Varga"] and q.speaker == "Amy Holt"


def test_joint_surnames_resolve_to_people_named_before() -> None:
    quotes = spoken(
        "Rep. Bob Dorne and Zeke Amato toured the plant on Monday.",
        "“Every shift here is safer now,” Dorne and Amato said.",
    )
    assert quotes[0].speakers == ["Bob Dorne", "Zeke Amato"]


def test_unresolved_role_noun_gives_no_speaker() -> None:
    [q] = spoken("“We will vote against the levy again,” the congressman said.")
    assert q.speaker is None and q.speakers == [] and q.mention == "the congressman"


def test_role_noun_resolves_to_the_person_with_that_role() -> None:
    [q] = spoken(
        "Congressman Paul Rennick visited the depot.",
        "“The trains must run on time,” the congressman said.",
    )
    assert q.speaker == "Paul Rennick" and q.method == "resolved"


def test_a_document_is_not_a_speaker() -> None:
    quotes = spoken(
        "Sec. Wilma Tarr received the request.",
        "“The count must be complete,” the request reads.",
    )
    assert all(q.speaker is None for q in quotes)


def test_dateline_place_is_no_speaker() -> None:
    quotes = release(
        "Riverton, MT – Congresswoman Nora Quill toured the water plant. Locals call it "
        "the “old giant” of the valley."
    )
    assert all(q.speaker not in {"Riverton", "MT"} for q in quotes)


def test_sentence_opener_is_no_speaker() -> None:
    quotes = quotes_of("Additionally, the bill allows “fully flexible” shifts for nurses.")
    assert all(q.speaker is None for q in quotes)


def test_possessive_is_no_speaker() -> None:
    quotes = quotes_of("In the end, Holt’s “quiet plan” for the harbor won the vote.")
    assert all(q.speaker is None for q in quotes)


def test_company_after_role_words_is_no_person() -> None:
    [q] = spoken("Kim Oduya, President of Lakeside Sterile Packaging said, “Our staff doubled.”")
    assert q.speakers in ([], ["Kim Oduya"])


# -- quoted words that are not speech -----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Holt introduced the “Safe Harbors and Clean Docks Act” on Tuesday.",
        "The campaign is called “Build It Here” and runs all year.",
        "The files were marked “top secret” by the agency.",
        "The amendment says the agency “shall not be construed” as a lender.",
        "Residents call the bridge “Old Rusty” these days.",
        "Quill attended the “Harbor Days” festival with her family.",
    ],
)
def test_titles_slogans_and_scare_quotes_have_no_speaker(paragraph: str) -> None:
    [q] = quotes_of(paragraph)
    assert q.kind == "title" and q.speaker is None and q.speakers == []
    assert q.method is None and q.confidence is None


def test_speech_fragment_with_a_cue_stays_speech() -> None:
    [q] = quotes_of("Rita Sand called the proposal “a gift to speculators” on Tuesday.")
    assert q.kind == "direct" and q.speaker == "Rita Sand"


# -- how each attribution was made ---------------------------------------------------


def test_method_and_confidence_per_route() -> None:
    quotes = spoken(
        "Mayor Anna Berg opened the pier.",
        "“The pier is open,” Anna Berg said. “Boats may dock from today.”",
        "“We waited years for this,” she said.",
    )
    cue, continuation, resolved = quotes
    assert (cue.method, continuation.method, resolved.method) == (
        "cue",
        "continuation",
        "resolved",
    )
    for q in quotes:
        assert q.confidence is not None and 0 < q.confidence <= 1
    # A cue with nobody named by it is weaker than a named speaker at a cue.
    [weak] = spoken("Anna Berg opened the pier with a speech about “the long wait for boats.”")
    assert weak.confidence is not None and weak.confidence < cue.confidence


# -- the issuer of a release -----------------------------------------------------------


def test_standalone_statement_goes_to_the_issuer() -> None:
    [q] = release(
        "Washington, DC – Today Congresswoman Nora Quill voted for the port bill. "
        "“Our ports keep this district working, and this bill keeps them open.” ###"
    )
    assert q.speakers == ["Nora Quill"] and q.method == "issuer"


def test_without_the_issuer_no_speaker_is_invented() -> None:
    [q] = release(
        "Washington, DC – The port bill passed today. "
        "“Our ports keep this district working, and this bill keeps them open.” ###",
        member=None,
    )
    assert q.speakers == [] and q.speaker is None


def test_fragment_inside_a_sentence_is_not_the_issuers() -> None:
    quotes = release(
        "Washington, DC – The port authority called the delay a “costly and needless "
        "setback for the whole region” in its report. ###"
    )
    assert all(q.speaker != "Nora Quill" for q in quotes)


def test_another_speaker_stays_in_a_release() -> None:
    quotes = release(
        "Washington, DC – Congresswoman Nora Quill voted for the port bill. “The docks are "
        "busier than ever,” said Omar Lind, director of the Bay Port Authority. ###"
    )
    assert [q.speaker for q in quotes] == ["Omar Lind"]


def test_surname_of_the_issuer_becomes_the_issuer() -> None:
    [q] = release(
        "Washington, DC – Rep. Quill spoke on the floor. “Ports matter,” Quill said "
        "to the chamber. ###"
    )
    assert q.speakers == ["Nora Quill"] and q.speaker == "Nora Quill"


def test_issuer_name_as_the_release_writes_it() -> None:
    [q] = release(
        "Washington, DC – Congresswoman Norah DeQuill voted for the port bill. "
        "“Our ports keep this district working, and this bill keeps them open.” ###",
        member="norah_dequill",
    )
    assert q.speaker == "Norah DeQuill"


def test_statement_announced_before_it_comes() -> None:
    quotes = release(
        "Washington, DC – Rep. Nora Quill (D-MT-01) released the following statement on "
        "the port bill. “The docks are open. “They will stay open.” ###",
        member=None,
    )
    assert [q.speaker for q in quotes] == ["Nora Quill", "Nora Quill"]


# -- cost ------------------------------------------------------------------------------


def test_long_paragraph_without_full_stops_reads_every_quotation() -> None:
    # 120 KB in one sentence: a backward search to the sentence start from each of its
    # 3,000 quotations took half a minute; bounded, it takes about a second. Its growth
    # with the paragraph is timed by scripts/bench_quote_scaling.py --shape cue (linear,
    # as a ratio in one run).
    unit = "lorem “quoted words here” said the envoy "
    paragraph = unit * (120_000 // len(unit))
    _speakers, quotes = extract_quotes([paragraph])
    assert [(q.kind, q.text, q.speakers) for q in quotes] == [
        ("direct", "quoted words here", [])
    ] * (120_000 // len(unit))


def test_many_distinct_names_each_resolve_to_their_own_person() -> None:
    # 3,000 people, each named in full and then by the surname alone; a cue after them
    # all by the first's, a middle one's or the last's surname is that person's. Its
    # growth with the names is timed by
    # scripts/bench_quote_scaling.py --shape names (linear, as a ratio in one run).
    letters = [
        f"{chr(97 + i // 676)}{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}" for i in range(3000)
    ]
    names = [f"Ann{k[1:]} Hol{k}t" for k in letters]
    paragraph = " ".join(f"{n} met {n.split()[1]} later." for n in names)
    said = [names[0], names[1717], names[-1]]
    cues = " ".join(f"“We will do it,” {name.split()[1]} said." for name in said)
    _speakers, quotes = extract_quotes([f"{paragraph} {cues}"])
    assert [q.speakers for q in quotes] == [[name] for name in said]


def test_statement_announced_sentences_before_it() -> None:
    quotes = release(
        "Washington, DC – Congressman Tod Vail (ID-02) issued the below statement on the "
        "mill fire. Two workers were hurt. “The mill will be rebuilt, and every job with it.” ###",
        member=None,
    )
    assert [q.speaker for q in quotes] == ["Tod Vail"]


def test_speaker_introduces_a_statement_with_a_colon() -> None:
    quotes = release(
        "Washington, DC – U.S. Senator Tod Vail (R-ID) comments on the mill fire in Boise, "
        "Idaho: “The mill will be rebuilt, and every job with it.” ###",
        member=None,
    )
    assert [q.speaker for q in quotes] == ["Tod Vail"]


def test_place_before_a_colon_introduces_nobody() -> None:
    quotes = release(
        "Washington, DC – The treaty restores trade between Norway and Peru: “Every port is "
        "open again to both fleets from today.” ###",
        member=None,
    )
    assert all(q.speaker not in {"Norway", "Peru", "Norway and Peru"} for q in quotes)


def test_every_titled_member_of_a_joint_statement() -> None:
    [q] = release(
        "Washington, DC – Rep. Ann Holt (D-MT), Ranking Member of the Water Subcommittee, "
        "and Rep. Tod Vail (R-ID), Chair of the Dams Caucus, released the following "
        "statement: “The dam bill protects every town downstream.” ###",
        member=None,
    )
    assert q.speakers == ["Ann Holt", "Tod Vail"]


def test_nickname_inside_a_name() -> None:
    quotes = release(
        "Riverton, MT – Congressman Robert J. “Bobby” Vail issued the following statement "
        "today: “The mill will be rebuilt, and every job with it.” ###",
        member=None,
    )
    spoken = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in spoken] == ["Robert J. Vail"]


def test_sentence_run_into_the_next_without_a_space() -> None:
    quotes = spoken(
        "Rep. Nora Quill toured the plant. “The plant is safe,” said Quill.Today, she met "
        "the workers."
    )
    assert quotes[0].speaker == "Nora Quill"


def test_passive_verb_is_no_cue() -> None:
    quotes = spoken(
        "The Harbor Board met on Monday. It was announced that the pier “will be closed for "
        "repairs until the end of the year.”"
    )
    assert all(q.speaker != "Harbor Board" for q in quotes)


def test_name_before_an_affiliation_resolves_surnames() -> None:
    quotes = spoken(
        "“The moon has lakes,” said planetary geologist Rosa Lindqvist of the Lunar "
        "Mapping Laboratory. “They are full of methane,” added Lindqvist.",
    )
    assert [q.speaker for q in quotes] == ["Rosa Lindqvist", "Rosa Lindqvist"]


def test_prefixed_role_before_a_name() -> None:
    entity = SpeakerBook().note_name("Harbor founder and co-CEO Marta Quill".split(), 0)
    assert entity is not None and entity.name == "Marta Quill"


def test_group_and_common_nouns_are_no_speakers() -> None:
    quotes = quotes_of(
        "Democrats charged that the levy was unfair. Data suggests that the port is busy."
    )
    assert all(q.speakers == [] for q in quotes)


def test_narrator_is_no_speaker() -> None:
    quotes = quotes_of("Ann Holt runs the blog. Today I said I would stop, so I am.")
    assert all(q.speaker != "Ann Holt" for q in quotes)


def test_lone_word_at_a_single_cue_is_no_speaker() -> None:
    quotes = spoken("“Prices will fall by winter,” Momentum insisted in its newsletter.")
    assert all(q.speakers == [] for q in quotes)


def test_surname_named_twice_speaks_at_a_cue() -> None:
    quotes = spoken(
        "Guests cheered when Okafor arrived.", "“We built this pier together,” Okafor said."
    )
    assert quotes[0].speaker == "Okafor"


def test_generic_organisation_word_alone_is_no_speaker() -> None:
    quotes = spoken("The Administration promised that “the port will stay open all winter.”")
    assert all(q.speaker != "Administration" for q in quotes)


def test_name_run_into_a_date() -> None:
    quotes = spoken("By Tod VailMarch 3, 2017 “The mill will reopen,” Vail said.")
    assert all("March" not in (q.speaker or "") for q in quotes)


def test_unknown_first_name_before_an_affiliation() -> None:
    [q] = spoken(
        "“Ice moons are full of surprises,” said planetary geologist Rosaly Lindqvist of "
        "the Lunar Mapping Laboratory in Pasadena."
    )
    assert q.speaker == "Rosaly Lindqvist"


@pytest.mark.parametrize(
    "words", ["Added Ryan", "San Carlos", "Clean Water Ordinance", "Harbor Works Agreement"]
)
def test_more_words_that_are_no_person(words: str) -> None:
    assert not N.person_shape(words.split())


def test_joint_names_at_a_cue_need_no_known_first_name() -> None:
    [q] = spoken("“The levee holds,” Jerrold Vanterpool and Pramila Oyelaran said on Friday.")
    assert q.speakers == ["Jerrold Vanterpool", "Pramila Oyelaran"]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("“The mill stays open,” said DUNMORE GOP BLOCKS NEW LEVY.", []),
        ("“The mill stays open,” Harlow County said in a letter.", []),
        (
            "“The mill stays open,” said the Harlow County Board of Supervisors.",
            ["Harlow County Board of Supervisors"],
        ),
        ("“The mill stays open,” said Republican Tod Vail.", ["Tod Vail"]),
        ("“The mill stays open,” said Tod VailChairman.", ["Tod Vail"]),
        ("“The mill stays open,” said Harbor and Commerce2125 Rayburn Building.", []),
        ("“The mill stays open,” said Senate Democratic.", []),
        ("“The mill stays open,” said Republican Lead.", []),
        ("“The mill stays open,” said Trade and Border Security.", []),
        ("“The mill stays open,” the National Commission said.", []),
        ("“The mill stays open,” the Delegation said.", []),
        ("“The mill stays open,” said Senators Ann Holt and Al Varga.", ["Ann Holt", "Al Varga"]),
        ("“The mill stays open,” said Honorable Ann K. Holt Administrator.", ["Ann K. Holt"]),
        ("“The mill stays open,” said Navy Veteran T.J. Varga.", ["T.J. Varga"]),
        ("“The mill stays open,” said Holt Names.", []),
        ("The Dunmorian spoke. “The mill stays open,” the Dunmorian said.", []),
        ("“The mill stays open,” said Congresssman Tod Vail.", ["Tod Vail"]),
        ("“The mill stays open,” said Chief Clerk for the Harlow County Council.", []),
        ("“The mill stays open,” said Secretary of Defense Varga.", ["Varga"]),
        ("“The mill stays open,” the United States said.", []),
        ("“The mill stays open,” said Harbor Works President.", []),
    ],
)
def test_speaker_values_are_names(sentence: str, speakers: list[str]) -> None:
    [q] = quotes_of(sentence)
    assert q.speakers == speakers


def test_plural_role_noun_is_no_single_person() -> None:
    quotes = spoken(
        "The council members met Mayor Ann Holt on Monday.",
        "“The mill stays open,” the lawmakers said.",
    )
    assert quotes[0].speakers == []


def test_participle_opening_a_sentence_is_not_a_first_name() -> None:
    quotes = spoken(
        "Joining Varga at the pier were fishermen from Dunmore.",
        "“The pier is ours again,” Congressman Varga said.",
    )
    assert quotes[0].speaker == "Varga"


def test_two_names_run_together_are_both_people() -> None:
    [q] = spoken("“The mill stays open,” said Tim Holt Tom Varga.")
    assert q.speakers == ["Tim Holt", "Tom Varga"]


def test_issuer_name_written_in_capitals_is_not_its_spelling() -> None:
    quotes = release(
        "NORA QUILL URGES MILL VOTE\n\n“The mill must stay open,” said Rep. Nora Quill."
    )
    assert quotes[0].speakers == ["Nora Quill"]


def test_release_issuer_takes_an_uncued_statement_from_the_lead_member() -> None:
    quotes = release(
        "DUNMORE – Congressman Tod Vail (D-Ore.) today joined Rep. Nora Quill to keep the "
        "mill open.\n\n“I will not let this town lose its mill.”"
    )
    assert quotes[0].speakers == ["Nora Quill"] and quotes[0].method == "issuer"


def test_issuer_handle_without_the_initials_full_stops() -> None:
    quotes = release("“The mill must stay open,” said Rep. N.Q. Holt.", member="nq_holt")
    assert quotes[0].speakers == ["N.Q. Holt"]


# -- statements, letters and joint speakers in releases ---------------------------------


def test_cue_introducing_the_next_quotation_is_not_the_previous_ones() -> None:
    quotes = spoken(
        "“The grant came just in time,” Chief Lena Ortiz said. “We could not be more "
        "thankful for the help.” Mayor Pavel Grunwald stated, “The radios will last years.”"
    )
    assert [q.speakers for q in quotes] == [["Lena Ortiz"], ["Lena Ortiz"], ["Pavel Grunwald"]]


def test_name_and_colon_after_another_speakers_quotation() -> None:
    quotes = spoken(
        "Congressmen Ivo Brandt (R-Utah) and Omar Tillery (D-Kan.) introduced the bill. "
        "Congressman Brandt: “We need a rail envoy now.” Congressman Tillery: “The envoy "
        "will coordinate every agency on rail.”"
    )
    assert [q.speakers for q in quotes] == [["Ivo Brandt"], ["Omar Tillery"]]


def test_statement_by_the_name_after_a_role() -> None:
    [q] = spoken(
        "OAKDALE — The district’s congressman and chairman of the caucus, Ivo Brandt, "
        "offered the following statement on the anniversary of the flood. “Ten years ago "
        "the river took our homes, and today we remember those we lost.”"
    )
    assert q.speakers == ["Ivo Brandt"]


def test_possessive_before_a_participle_is_no_cue() -> None:
    [first, second] = spoken(
        "Rep. Vera Lindgren (D-NY) issued the following statement on the Agency’s recently "
        "announced fishing limits: “These limits ignore every family on the coast. "
        "“We will fight them in committee and on the floor.”"
    )
    assert first.speakers == ["Vera Lindgren"] and second.speakers == ["Vera Lindgren"]


def test_bare_release_statement_goes_to_the_party_tagged_member_of_the_lead() -> None:
    [q] = spoken(
        "As the House voted, Assistant Whip Vera Lindgren (D-NY) today applauded the "
        "override. “Provisions I secured will restore the marsh and the river banks.”"
    )
    assert q.speakers == ["Vera Lindgren"] and q.method == "resolved"
    assert q.confidence is not None and q.confidence < 0.8


def test_first_person_at_a_sentence_start_marks_a_statement() -> None:
    [q] = release(
        "Today, Rep. Ivo Brandt (R-Utah) reintroduced the exchange bill. Exchanges have "
        "failed. “The exchanges have failed. My bill recovers the money.” ###",
        member=None,
    )
    assert q.speakers == ["Ivo Brandt"]


def test_letter_quoted_by_its_wording_belongs_to_its_signers() -> None:
    quotes = spoken(
        "Today, Congresswoman Holt was joined by Reps. Vail, Kerr, and Dunn in a letter to "
        "Secretary Marek Ross. “This question breeds fear,” the letter states. “We ask you "
        "to remove it.” “It is wrong,” Rep. Holt said."
    )
    assert [q.speakers for q in quotes] == [
        ["Holt", "Vail", "Kerr", "Dunn"],
        ["Holt", "Vail", "Kerr", "Dunn"],
        ["Holt"],
    ]
    assert quotes[0].method == "resolved" and quotes[0].confidence == 0.75


def test_letter_to_people_is_not_theirs() -> None:
    # The addressees never speak its words; nor its one writer named alone, without
    # colleagues said to sign it with her: a letter quoted after one sent may be a reply.
    [q] = spoken(
        "Ann Holt wrote a letter to Tod Vail and Kim Dunn. “This question breeds fear,” "
        "the letter states."
    )
    assert q.speakers == []


def test_plural_title_before_a_joint_statement() -> None:
    [q] = spoken(
        "U.S. Reps. Vera Lindgren (FL-23) and Ivo Brandt (FL-20) issued the following joint "
        "statement today:“As members from the coast, we welcome the new harbour rules.”"
    )
    assert q.speakers == ["Vera Lindgren", "Ivo Brandt"]


def test_statement_another_member_introduces_is_not_the_issuers() -> None:
    from importers.speakers import _another_member_introduces

    text = (
        "2. Sen. Ivo Brandt (D-IL) breaks with other party leaders, saying pension changes "
        "should be made now, and sooner than most think: “In 2037 the fund runs dry.”"
    )
    start = text.index("In 2037")
    assert _another_member_introduces(text, start, "Nora Quill")
    assert not _another_member_introduces(text, start, "Ivo Brandt")
    own = "Congresswoman Nora Quill released this: “We will fix the fund.”"
    assert not _another_member_introduces(own, own.index("We will"), "Nora Quill")
    own = "Congresswoman Quill’s statement on the ruling: “We will fix the fund.”"
    assert not _another_member_introduces(own, own.index("We will"), "Nora Quill")
    quotes = release(text)
    assert all(q.speakers != ["Nora Quill"] for q in quotes)


def test_generational_suffix_after_a_comma_stays_in_the_name() -> None:
    [first, second] = spoken(
        "“The cameras help everyone,” Congressman Tomas Reyes, II said. “They build trust "
        "between the police and the public.”"
    )
    assert first.speakers == ["Tomas Reyes II"] and second.speakers == ["Tomas Reyes II"]


def test_first_name_before_a_middle_initial_stays_in_the_name() -> None:
    words = "Co-Chairman of Ohio's Congressional Delegation Arvid L. Tennant".split()
    entity = SpeakerBook().note_name(words, 0)
    assert entity is not None and entity.name == "Arvid L. Tennant"


def test_degree_after_a_name_is_dropped() -> None:
    entity = SpeakerBook().note_name("Senator Ivo Brandt M.D.".split(), 0)
    assert entity is not None and entity.name == "Ivo Brandt"


def test_state_code_at_a_cue_is_no_speaker() -> None:
    quotes = spoken(
        "Congresswoman Vera Lindgren released a statement after a grand jury in Dunmore, NY "
        "announced its decision: “My thoughts are with the family and the town.”"
    )
    assert all("NY" not in q.speakers for q in quotes)


def test_role_of_an_organisation_with_a_possessive_names_nobody_after_it() -> None:
    [q] = spoken(
        "“Screening saves lives,” said Dana Obi, President and CEO of Lakeport Women’s Health Fund."
    )
    assert q.speakers == ["Dana Obi"]


def test_party_tag_of_a_list_is_no_signer_of_a_letter() -> None:
    [q] = spoken(
        "Congressman Ivo Brandt joined Representatives Vera Lindgren, Omar Tillery and Dana "
        "Obi (all D-MD) in sending a letter to Governor Marek Ross. “Both rail lines will "
        "connect our towns,” the Members wrote."
    )
    assert "D-MD" not in q.speakers and "Marek Ross" not in q.speakers


def test_words_of_a_committee_name_are_no_subject_of_a_statement() -> None:
    quotes = release(
        "Washington – Congressman Quill (D-Ore), a member of the Rules Committee, "
        "Budget Committee and the new Select Committee on Harbor Renewal and Coastal "
        "Flooding, released the following statement: “We cannot wait for the flooding to get "
        "worse.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Nora Quill"]]


def test_part_of_the_issuers_name_is_the_issuer_in_their_own_release() -> None:
    quotes = release(
        "Washington – Congresswoman Nora Quill voted for the port bill today. “Our ports keep "
        "this district working,” said Nora Quill. “The bill keeps them open,” Quill Dunmore said.",
        member="nora_quill_dunmore",
    )
    assert [q.speakers for q in quotes] == [["Nora Quill Dunmore"], ["Nora Quill Dunmore"]]


# -- joint statements ---------------------------------------------------------------


def test_a_list_of_tagged_members_releasing_a_statement_speaks_jointly() -> None:
    text = (
        "Today, Valley Representatives Nora Quill (D-04), Tobias Wren (D-12) Lena Marsh "
        "(R-07), and Otto Brandt (D-02) released the following statement on the canal bill: "
        "“This canal bill was written without a single hearing and we will vote against it.”"
    )
    for quote in (release(text), spoken(text)):
        assert quote[0].speakers == ["Nora Quill", "Tobias Wren", "Lena Marsh", "Otto Brandt"]


def test_district_tags_mark_a_list_too() -> None:
    text = (
        "U.S. Representatives Hal Brisco (NY-19), Mara Dunleavy (NY-24,) and Pete Orr "
        "(NY-21) today released the following statement: “The veto threat is a bargaining "
        "chip and we came here to end exactly this kind of gridlock.”"
    )
    assert spoken(text)[0].speakers == ["Hal Brisco", "Mara Dunleavy", "Pete Orr"]


def test_a_list_broken_by_a_verb_is_no_joint_subject() -> None:
    text = (
        "Rep. Nora Quill (D-04) thanked Rep. Tobias Wren (D-12), who released the following "
        "statement: “This canal bill was written without a single hearing, and that is wrong.”"
    )
    assert "Nora Quill" not in spoken(text)[0].speakers


def test_a_listed_subject_before_said_speaks_jointly() -> None:
    text = (
        "Quill, Ranking Member Tobias R. Wren, Subcommittee Chairman Lena Marsh, and "
        "Subcommittee Ranking Member Otto Brandt said, “Our panel has a long history of "
        "looking into canal safety together.”"
    )
    got = spoken("Rep. Nora Quill chairs the panel.", text)
    assert got[0].speakers == ["Nora Quill", "Tobias R. Wren", "Lena Marsh", "Otto Brandt"]


def test_an_opening_phrase_before_a_subject_is_no_list() -> None:
    for opener in ("In a letter to Quill,", "Afterwards,", "In Springfield,"):
        text = f"{opener} Otto Brandt said, “The canal bill was written without a hearing.”"
        assert spoken("Rep. Nora Quill chairs the panel.", text)[0].speakers == ["Otto Brandt"]


# -- the member by title or surname ------------------------------------------------------


def test_the_congressman_at_a_cue_is_the_member_titled_so() -> None:
    text = (
        "Congressman Hal Brisco (R-NC-10) honored veteran Tom Pell at his district office. "
        "Pell served in the Army. “Our nation owes Mr. Pell a debt of gratitude,” stated the "
        "Congressman."
    )
    assert spoken(text)[0].speakers == ["Hal Brisco"]
    assert release(text, "hal_brisco")[0].speakers == ["Hal Brisco"]


def test_the_congressman_with_nobody_titled_so_is_nobody() -> None:
    text = "Tom Pell served in the Army. “Our town owes him a great deal,” stated the Congressman."
    assert spoken(text)[0].speakers == []


def test_the_senators_are_not_the_last_senator_named() -> None:
    text = (
        "Senator Ann Holt and Senator Tod Vail wrote to the agency. Senator Vail chairs the "
        "panel. “We are deeply troubled by these findings,” said the Senators."
    )
    assert spoken(text)[0].speakers != ["Tod Vail"]


def test_the_issuers_surname_at_a_cue_is_the_issuer() -> None:
    text = (
        "The Department of Agriculture today announced relief for farmers. “This relief "
        "gives our farmers time while trade deals are negotiated,” said Quill."
    )
    quote = release(text, "nora_quill")[0]
    assert quote.speakers == ["Nora Quill"]
    assert quote.method == "resolved"
    assert release(text, "tod_vail")[0].speakers == []


# -- defects found in the whole archive --------------------------------------------------


def test_claiming_responsibility_is_no_cue() -> None:
    text = (
        "Congressman Tod Vail released the following statement after the bombing of a "
        "shrine in the hills, Red Dawn claimed responsibility for the attack on "
        "pilgrims: “Our thoughts are with every grieving family in the valley tonight.”"
    )
    assert spoken(text)[0].speakers == ["Tod Vail"]
    assert not [
        q
        for q in quotes_of("Red Dawn claimed responsibility for a blast that hurt nine people.")
        if q.kind == "reported"
    ]


def test_a_sentence_run_into_the_next_gives_the_next_ones_subject() -> None:
    text = (
        "The ruling helps hospitals like St. Agnes and Lake Hospital.Holt said, “Our state "
        "can keep the doors of its hospitals open.”"
    )
    assert spoken("Rep. Ann Holt welcomed the ruling.", text)[0].speakers == ["Ann Holt"]


def test_a_newspaper_called_a_daily_is_no_adverb() -> None:
    text = "A leading Ruritanian daily wrote about continuing “arrests of activists” there."
    assert all(q.speakers == [] for q in quotes_of(text))


def test_people_by_a_plural_role_are_no_organisation() -> None:
    text = "The Directors of the NSA and FBI stated that the report was unfounded."
    assert all(not q.speakers for q in quotes_of(text))


def test_a_title_and_surname_after_the_full_name_is_that_person() -> None:
    text = (
        "Lieutenant General Marco S. Vance, U.S. Army, retired, spoke on Saturday. "
        "General Vance said, “We cannot withdraw at once, but we must change course.”"
    )
    assert spoken(text)[0].speakers == ["Marco S. Vance"]


@pytest.mark.parametrize("name", ["Marco S. Vance", "Ann B. Holt", "Tod S. Vail"])
def test_a_middle_initial_s_is_part_of_a_name(name: str) -> None:
    assert N.person_shape(name.split())


@pytest.mark.parametrize("written", ["Repl Nora Quill", "C.A. Nora Quill", "Quill"])
def test_the_issuers_name_with_a_stray_word_or_initials_is_the_issuer(written: str) -> None:
    text = f"{written} welcomed the grant. “This grant keeps our clinics open,” {written} said."
    assert release(text, "nora_quill")[0].speakers == ["Nora Quill"]


def test_one_word_of_a_compound_surname_is_the_issuer() -> None:
    text = "Chair Vail Brandt, Remarks as Delivered: “Welcome back to the second session.”"
    assert release(text, "nora_vail_brandt")[0].speakers == ["Nora Vail Brandt"]


def test_a_bill_heading_before_a_quotation_is_no_statement_of_the_issuer() -> None:
    text = (
        "Congresswoman Nora Quill issued the following statement: “Today’s votes put the harbor "
        "plan back on course,” Quill said. Bill summaries, from a news service: H.R. 7310, "
        "Clean Docks Act: “The bill would require agencies to review their "
        "programs.”"
    )
    quotes = release(text, "nora_quill")
    assert quotes[0].speakers == ["Nora Quill"]
    assert quotes[-1].speakers == []


def test_a_newspaper_named_short_is_the_one_named_in_full() -> None:
    text = (
        "Lately, the New York Times reported on silt in the harbor. It piles up each week or, "
        "as the Times reported, “enough mud to bury the pier twice a year.”"
    )
    assert spoken(text)[0].speakers == ["New York Times"]


@pytest.mark.parametrize(
    ("word", "ok"), [("Ki-moon", True), ("Co-chair", False), ("Ex-wife", False)]
)
def test_a_hyphenated_given_name_is_a_name_word(word: str, ok: bool) -> None:
    assert N.is_name_word(word) is ok


def test_a_titled_person_with_a_hyphenated_given_name_speaks() -> None:
    text = (
        "Secretary General Ban Ki-moon condemned the test. "
        "“The council must act now,” he told reporters."
    )
    assert spoken(text)[0].speakers == ["Ban Ki-moon"]


def test_the_closing_note_about_a_member_names_a_bare_releases_statement() -> None:
    text = (
        '"The vote to keep the ferry running is welcome news for our island, and I will '
        'keep pressing for a second boat." Tod Vail is the Republican Congressman from '
        "Iowa’s 1st District. He serves on the Oversight Committee."
    )
    quote = spoken(text)[0]
    assert quote.speakers == ["Tod Vail"]
    assert quote.confidence is not None and quote.confidence < 0.8


def test_a_role_phrase_at_a_cue_is_named_by_the_name_in_commas() -> None:
    after = (
        "“Night shifts deserve a better rate of pay,” stated Lakeport Nurses "
        "Association President and CEO, Dana Pell."
    )
    before = (
        "Founder and CEO of Quarry Labs, Tod Brill, also added, “Nora is such a tireless "
        "leader for our trade.”"
    )
    assert spoken(after)[0].speakers == ["Dana Pell"]
    assert spoken(before)[0].speakers == ["Tod Brill"]


def test_a_surname_before_a_suffix_finds_the_full_name() -> None:
    text = (
        "Today, Representatives Nora Quill (NJ-12), Frank Vail Jr. (NJ-06) and Bill Kerr "
        "(NJ-09) released a report. “This report confirms that the tax law has hurt our "
        "state,” Vail said."
    )
    assert spoken(text)[0].speakers == ["Frank Vail Jr."]


def test_the_members_at_a_cue_are_the_members_listed_before() -> None:
    text = (
        "Last week Congressman Dan Holt (R-WA) with Congressmen Ann Quill (D-OR), Tod "
        "Marsh (R-WA), and Al Brill (D-CA) introduced a resolution. The members said, "
        "“Over the holiday we watched the backlog at the docks grow longer.”"
    )
    quote = spoken(text)[0]
    assert quote.speakers == ["Dan Holt", "Ann Quill", "Tod Marsh", "Al Brill"]
    assert quote.confidence is not None and quote.confidence < 0.8


def test_the_members_with_no_list_before_are_nobody() -> None:
    text = "Rep. Ann Holt (D-OR) spoke. The members said, “The ports must reopen this week.”"
    assert spoken(text)[0].speakers == []


def test_a_text_with_no_paragraphs_has_no_quotes() -> None:
    assert quotes_of() == []


def test_the_last_words_of_a_committees_name_are_no_subject() -> None:
    text = (
        "The Special Committee on Aging met on Monday. Members of the Committee on "
        "Small Business and the Special Committee on Aging said on Monday that they were "
        "“gravely concerned” about the missing audits. Aging, the panel said, is its whole brief."
    )
    assert all("Aging" not in q.speakers for q in quotes_of(text))


def test_a_judge_sharing_a_surname_with_a_senator_is_not_the_senator() -> None:
    text = (
        "Senator Dan Vail (R-AK) spoke on the floor. Judge Vail, who sat on the bench for "
        "years, said, “In almost 30 years on the bench, I have not met a case like it.”"
    )
    assert "Dan Vail" not in spoken(text)[0].speakers


def test_a_titled_name_of_a_place_is_the_name() -> None:
    text = (
        "“In my 12 years as a school nurse,” said Congressman Tod Vail of California, "
        "“I saw what the cuts did.”"
    )
    assert [q.speakers for q in spoken(text)] == [["Tod Vail"], ["Tod Vail"]]


@pytest.mark.parametrize(
    ("body", "handle", "written"),
    [
        (
            "Click here. Congressman DeVaughn said the grant helps.",
            "Mark Devaughn",
            "Mark DeVaughn",
        ),
        ("Ruiz-Ortega se unió a diez colegas.", "Mario Ruizortega", "Mario Ruiz-Ortega"),
        ("Rep. Linda Núñez said so.", "Linda Nunez", "Linda Núñez"),
        ("Nothing names the member here.", "Mark Devaughn", "Mark Devaughn"),
        # A handle of two initials run together: the text spaces them.
        ("Congressman J. T. Marlow (OH-04) said so.", "Jt Marlow", "J. T. Marlow"),
        ("Congressman J.T. Marlow said so.", "Jt Marlow", "J.T. Marlow"),
        # One initial and a middle initial do not make a two-letter first name.
        ("Rep. Jo K. Marlow said so.", "Jk Marlow", "J. K. Marlow"),
        ("Nothing names the member here.", "Jt Marlow", "J. T. Marlow"),
        ("Nothing names the member here.", "Al Marlow", "Al Marlow"),
        # The short form of the handle's first name the release calls its member by.
        ("U.S. Rep. Jim Tolliver (R-OH) said so.", "James Tolliver", "Jim Tolliver"),
        ("Congressman Ed Brannock said so.", "Edward Brannock", "Ed Brannock"),
        # Another first name is another person, short form or not.
        ("Rep. Jon Tolliver said so.", "James Tolliver", "James Tolliver"),
    ],
)
def test_the_issuers_surname_as_the_text_writes_it(body: str, handle: str, written: str) -> None:
    from importers.speakers import issuer_as_written
    from search.model import Document

    assert issuer_as_written(Document(headline=None, body=[body]), handle) == written


@pytest.mark.parametrize(
    ("body", "written"),
    [
        # A short form names the member only after a member's title or before a party tag.
        (["Today, Jim Pellow (R-OH) thanked the crews."], "Jim Pellow"),
        (["Senator Jim Pellow thanked the crews."], "Jim Pellow"),
        # Another Jim of that surname: a mayor, a relative, the dead, a teacher.
        (
            [
                "Congressman Pellow and his father, Mayor Jim Pellow of Elmport, met the crews.",
                "“The docks raised me,” Congressman Pellow said.",
            ],
            "James Pellow",
        ),
        (
            ["Congressman Pellow mourned the passing of his uncle, Jim Pellow, a councilman."],
            "James Pellow",
        ),
        (["Congressman Pellow congratulated Jim Pellow, the teacher of the year."], "James Pellow"),
        (["His brother, former Congressman Jim Pellow, spoke first."], "James Pellow"),
        # The handle's own first name written anywhere beats the short form.
        (
            [
                "Rep. Jim Pellow (R-OH) and the crews met on Friday.",
                "“The docks raised me,” he said.",
                "The crews thanked him.",
                "Rep. James Pellow represents the 9th District.",
            ],
            "James Pellow",
        ),
        # … but not a signature's capitals.
        (
            ["Rep. Jim Pellow (R-OH) wrote to the agency.", "Sincerely, JAMES PELLOW"],
            "Jim Pellow",
        ),
    ],
)
def test_a_short_first_name_names_the_member_only_where_titled(
    body: list[str], written: str
) -> None:
    from importers.speakers import issuer_as_written
    from search.model import Document

    assert issuer_as_written(Document(headline=None, body=body), "James Pellow") == written


def test_an_abbreviated_first_name_alone_is_no_name() -> None:
    assert SpeakerBook().note_name(["Congressman", "Wm."], 0) is None


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["A.", "D.", "Kettle"], "A. D. Kettle"),
        (["Dr.", "A.", "D.", "Kettle"], "A. D. Kettle"),
        (["I.", "M.", "Tarrow"], "I. M. Tarrow"),
        (["A", "Kettle"], "Kettle"),  # the article opening a sentence is no initial
    ],
)
def test_an_initial_a_or_i_is_part_of_the_name(words: list[str], name: str) -> None:
    entity = SpeakerBook().note_name(words, 0)
    assert entity is not None and entity.name == name


def test_witnesses_are_nobody() -> None:
    text = "Witnesses testified that the rule is not supported by the agency’s own experience."
    assert all(not q.speakers for q in quotes_of(text))


def test_issuer_whose_last_word_has_no_letters_parses() -> None:
    # An issuer field that ends in a number ("Holt 2") has no surname spelling to look
    # for in the text; the release still parses, and the quote goes to the person named.
    quotes = release(
        "WASHINGTON, DC – Representative Dana Holt backed the dredging plan. "
        "“The channel must stay open,” said Holt. ###",
        member="Rep. Dana Holt 2",
    )
    assert [q.speakers for q in quotes] == [["Dana Holt"]]


# -- transcripts, law text and the clauses around a statement --------------------------


TRANSCRIPT = (
    "Below is the exchange between Senator Nora Quill and Inspector General Ivo Brandt. "
    "QUILL: “Do your teams report to you?” BRANDT: “We do not. We call them ‘auditors.’ "
    "QUILL: “So the teams are not yours? “I read the notice twice.” BRANDT: “Correct.”"
)


def test_a_transcripts_labels_before_the_marks_say_who_speaks() -> None:
    got = [(q.text[:12], q.speakers) for q in spoken(TRANSCRIPT)]
    assert got == [
        ("Do your team", ["Nora Quill"]),
        ("We do not. W", ["Ivo Brandt"]),
        # the answer above is left open; the next label still speaks, and what runs on
        # from its quotation is the same person's
        ("So the teams", ["Nora Quill"]),
        ("I read the n", ["Nora Quill"]),
        ("Correct.", ["Ivo Brandt"]),  # a one-word answer after a label is speech
    ]
    assert [q.speakers for q in release(TRANSCRIPT) if q.kind != "title"][-1] == ["Ivo Brandt"]


def test_a_label_of_somebody_unnamed_is_nobodys_not_the_issuers() -> None:
    text = (
        "Rep. Nora Quill (D-OR) questioned the panel on Tuesday. QUILL: “Do you agree?” "
        "MODERATOR: “We have no time left for that question today.”"
    )
    for quotes in (spoken(text), release(text)):
        assert [q.speakers for q in quotes if q.kind != "title"] == [["Nora Quill"], []]


def test_a_name_running_into_the_next_sentence_is_still_a_name() -> None:
    book = SpeakerBook()
    book.note_name("Inspector General Ivo Brandt. QUILL".split(), 0)
    known = book.known(["Brandt"])
    assert known is not None and known.name == "Ivo Brandt"


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Nora Quill (D-OR) spoke for S. 2190, “To amend the Harbor Dredging Act of 1990 "
        "to extend the fund for the Lakeport channel.” She urged a vote.",
        "The bill Rep. Nora Quill introduced, H.R. 4411, “Keeping the lights on in every "
        "rural school district across the state,” passed today.",
        "Rep. Nora Quill said her bill clarifies that “the term ‘harbor’ means a port with "
        "a pilot station.” It passed on Tuesday.",
    ],
)
def test_a_bills_title_or_definition_is_no_ones_words(text: str) -> None:
    assert not [q for q in quotes_of(text) if q.speakers]
    assert not [q for q in release(text) if q.speakers]


def test_a_time_between_subject_and_verb_keeps_the_cue() -> None:
    got = spoken("Ivo Brandt today testified that “the testers were staff auditors.”")
    assert [q.speakers for q in got] == [["Ivo Brandt"]]


def test_a_term_before_the_cue_of_the_next_quotation_is_not_its_speakers() -> None:
    text = (
        "Although reports cited specialized “Blue Squads,” Ivo Brandt today testified that "
        "“the testers were staff auditors.”"
    )
    got = [(q.kind, q.speakers) for q in quotes_of(text)]
    assert got == [("title", []), ("direct", ["Ivo Brandt"])]


def test_a_split_statement_keeps_its_cue() -> None:
    got = spoken("“We are glad,” said Ivo Brandt in his testimony, “and we will keep at it.”")
    assert [q.speakers for q in got] == [["Ivo Brandt"], ["Ivo Brandt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Nora Quill (D-OR) released the following statement after the Harbor "
        "Administration announced new fees: “I am disappointed by this decision.”",
        "Rep. Nora Quill (D-OR) today released the following statement after Secretary Tod "
        "Vail announced he would resign: “I thank him for his service to the state.”",
    ],
)
def test_a_clause_opened_by_after_names_no_speaker_of_the_statement(text: str) -> None:
    assert [q.speakers for q in spoken(text)] == [["Nora Quill"]]
    assert [q.speakers for q in release(text)] == [["Nora Quill"]]


def test_two_members_each_titled_are_two_people() -> None:
    text = (
        "Congressman Ivo Brandt (R-Lakeport) and Congressman Tod Vail (R-Eastport) today "
        "discussed the harbor bill. “This compromise protects every port,” Brandt said."
    )
    assert [q.speakers for q in spoken(text)] == [["Ivo Brandt"]]


def test_words_naming_the_issuer_by_title_are_not_the_issuers() -> None:
    text = (
        "Rep. Nora Quill (D-OR) and Rep. Lena Marsh (R-WA) today introduced the harbor bill. "
        "“It is an honor to team up with Congresswoman Quill on this issue,” said Lena. "
        "“Local groups can do the work well.”"
    )
    # `said Lena` is the one Lena named in full; never the issuer.
    assert [q.speakers for q in release(text)] == [["Lena Marsh"], ["Lena Marsh"]]


def test_a_documents_findings_are_not_the_issuers_words() -> None:
    text = (
        "Rep. Nora Quill (D-OR) today introduced the Clear Loans Act. “Borrowers deserve "
        "plain terms,” said Quill. A study by the Harbor Lending Board also found that: "
        "“About a third could not name their rate.” “Half could not name the loan amount.”"
    )
    got = [q.speakers for q in release(text)]
    assert got == [["Nora Quill"], [], []]


def test_a_district_in_a_members_tag_is_no_signer() -> None:
    text = (
        "WASHINGTON – Oregon Congressmen Ivo Brandt (R, Oregon-15), Tod Vail (R, Oregon-12), "
        "and Al Kerr (R, Oregon-13) sent a letter to the harbor board yesterday. “Our ports "
        "carry a quarter of the region’s freight,” the congressmen wrote."
    )
    assert [q.speakers for q in spoken(text)] == [["Ivo Brandt", "Tod Vail", "Al Kerr"]]


def test_a_chamber_glued_to_the_issuers_surname_is_the_issuer() -> None:
    text = (
        "On the floor of the U.S. House Quill called the harbor crew “nothing short of "
        "inspiring.” “Their work keeps the channel open all winter.”"
    )
    assert {s for q in release(text) for s in q.speakers} == {"Nora Quill"}


def test_the_person_urged_to_act_is_not_the_speaker() -> None:
    text = (
        "The members urged Inspector General Ivo Brandt to “investigate the claims without "
        "delay” and report back."
    )
    assert [q.speakers for q in quotes_of(text)] == [[]]


def test_a_name_before_who_was_the_role_speaks() -> None:
    text = (
        "Congressman Tod Vail, who was then the Ranking Member of the House Committee on "
        "Harbors and Ports stated, “This package is coherent and accountable.”"
    )
    assert [q.speakers for q in spoken(text)] == [["Tod Vail"]]


def test_a_name_before_an_unclosed_role_appositive_speaks() -> None:
    text = (
        "Congressman Tod B. Vail (OR-01), Chair-elect of the House Harbor Caucus said, "
        "“This appointment means a lot to the whole delegation.”"
    )
    assert [q.speakers for q in spoken(text)] == [["Tod B. Vail"]]


def test_words_quoted_in_a_statements_introduction_are_not_the_statement() -> None:
    text = (
        "Rep. Nora Quill (D-OR) today released the following statement after the committee "
        "held “mock markups” of the pending harbor agreements: “Four years is far too long "
        "for these agreements to wait.”"
    )
    got = [(q.kind, q.speakers) for q in quotes_of(text)]
    assert got == [("title", []), ("direct", ["Nora Quill"])]


def test_accused_of_after_a_name_is_no_cue() -> None:
    text = (
        "Rep. Nora Quill (D-OR) released the following statement upon the capture of Tod "
        "Vail, the fugitive commander accused of masterminding the harbor attack:“Justice "
        "has finally come for the families.”"
    )
    assert [q.speakers for q in spoken(text)] == [["Nora Quill"]]


# -- statements under a name ------------------------------------------------------------


def _labelled(*paragraphs: str, labels: bool = True) -> list[Quote]:
    """The extractor's direct quotes, with or without `label_before` applied."""
    from importers import quotes as Q
    from importers.speakers import label_before

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Q, "label_before", lambda *args: None)
        extractor = Q._Extractor(list(paragraphs))
        _, quotes = extractor.run()
    if labels:
        label_before(extractor.paragraphs, quotes, extractor.book, Q.STRIDE)
    return [q for q in quotes if q.kind == "direct"]


def test_statements_each_under_a_name_are_their_named_speakers() -> None:
    quotes = _labelled(
        "Today Congressman Ivo Brandt and Congresswoman Lena Dorn sent a letter to the "
        "agency about the clinic. Congressman Ivo Brandt “I am glad the agency listened to "
        "the families we represent and closed the clinic.” Congresswoman Lena Dorn "
        '"This took far too long, but we got it done for the town." Aron Vik, President '
        "of the Harbor Families Fund “We thank both of them for standing with us all year.”"
    )
    assert [q.speakers for q in quotes] == [["Ivo Brandt"], ["Lena Dorn"], ["Aron Vik"]]
    assert all(q.method == "cue" and q.cue is None for q in quotes)


def test_statements_signed_after_are_their_signers() -> None:
    # A name after the last statement: each name signs the statement before it.
    quotes = _labelled(
        "Groups back the bill. “We back this bill because it helps every family in town.” "
        "Aron Vik, President of the Harbor Families Fund “It is overdue and we support it "
        "fully.” Mira Holt, Director of the Town Council"
    )
    assert [q.speakers for q in quotes] == [["Aron Vik"], ["Mira Holt"]]
    assert all(q.method == "cue" and q.cue is None for q in quotes)


def test_endorsements_signed_after_under_their_groups_headings() -> None:
    # A list of endorsements whose line breaks were lost: the group's heading before each
    # statement, the signer's name, role and group after it.
    quotes = _labelled(
        "Here is what groups say about the bill: Harbor Families Fund: “The bill protects "
        "every family on the coast and is long overdue.” Aron Vik Policy Director Harbor "
        "Families Fund Lakeport Anglers: “We support it because it keeps our docks open "
        "all year.” Mira Holt President Lakeport Anglers Summary of the bill: it funds docks"
    )
    assert [q.speakers for q in quotes] == [["Aron Vik"], ["Mira Holt"]]


def test_a_titled_name_with_a_colon_heads_the_next_statement() -> None:
    # `“…” Congressman Tod Vail: “…”`: a heading over the next statement, no signature.
    paragraph = (
        "Members spoke at the hearing. Congressman Ivo Brandt: “We back this bill because "
        "it helps every family in town.” Congressman Tod Vail: “It is overdue and we "
        "support it fully.” Aron Vik Director of the Harbor Fund"
    )
    assert [q.speakers for q in _labelled(paragraph)] == [
        q.speakers for q in _labelled(paragraph, labels=False)
    ]


def test_a_name_opening_the_next_sentence_signs_nothing() -> None:
    # After the first statement a sentence goes on (lower-case words): no signatures.
    paragraph = (
        "The bill passed. “We back this bill because it helps every family in town.” Aron "
        "Vik praised the vote at the harbor on Monday. “It is overdue and we support it "
        "fully.” Mira Holt President of the Town Council"
    )
    assert [q.speakers for q in _labelled(paragraph)] == [
        q.speakers for q in _labelled(paragraph, labels=False)
    ]


def test_a_cue_after_the_statement_keeps_its_speaker() -> None:
    quotes = _labelled(
        "The bill passed. Congressman Ivo Brandt “This is a good day for every farmer in "
        "the valley,” Lena Dorn said. “We worked on it for years.”"
    )
    assert quotes[0].speakers == ["Lena Dorn"]


def test_a_name_inside_a_sentence_is_no_label() -> None:
    # The first statement has no label of its own: no convention, nothing changes.
    paragraph = (
        "He thanked the staff. “We did the work together and it shows in the results,” "
        "said Ivo Brandt. Congresswoman Lena Dorn “agreed with every word of it” at the "
        "hearing, the report says."
    )
    assert [q.speakers for q in _labelled(paragraph)] == [
        q.speakers for q in _labelled(paragraph, labels=False)
    ]


def test_a_lower_case_subject_and_verb_after_the_statement_is_its_cue() -> None:
    # `she said` after a partial quotation: the name before it opens the sentence the
    # quoted words go on; the cue, not the name, says who spoke.
    quotes = spoken(
        "Mayor Nora Quill spoke at the dock. Aron Vik “was a friend to this harbor and to "
        "every crew that sails from it,” she said."
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_a_quotation_going_on_a_sentence_is_no_labelled_statement() -> None:
    # Lower-case words in the marks continue the sentence the name opens: no label, so
    # nothing changes (whoever the rest of the extractor finds, or nobody).
    paragraph = (
        "The harbor reopened on Friday. Aron Vik “was a friend to every crew that sails "
        "from here, and we will miss him,” the harbor master added."
    )
    assert [q.speakers for q in _labelled(paragraph)] == [
        q.speakers for q in _labelled(paragraph, labels=False)
    ]


def test_a_school_named_for_somebody_is_no_label() -> None:
    quotes = spoken(
        "The flood came on Tuesday. Mira Holt Elementary “will reopen next month once the "
        "floors are dry again,” the district announced."
    )
    assert not [q for q in quotes if q.speakers and "Mira Holt" in q.speakers[0]]
    for place in ("Elementary", "Academy", "County"):
        paragraph = (
            f"The flood came on Tuesday. Mira Holt {place} “Will reopen next month once the "
            "floors are dry again.” Aron Vik “We thank every volunteer who came to help.”"
        )
        # The first statement keeps what the sentence reading gave it, not the label.
        labelled, plain = _labelled(paragraph), _labelled(paragraph, labels=False)
        assert (labelled[0].speakers, labelled[0].confidence) == (
            plain[0].speakers,
            plain[0].confidence,
        )


def test_a_surname_that_is_also_a_place_word_is_still_a_label() -> None:
    quotes = _labelled(
        "The dock reopened. Mayor Grace Park “We thank every crew that waited for this "
        "day.” Aron Vik, Chair of the Dock Board “It took ten years and it was worth it.”"
    )
    assert [q.speakers for q in quotes] == [["Grace Park"], ["Aron Vik"]]


def test_labels_before_and_a_name_after_read_as_labels_not_shifted() -> None:
    # A name before the first statement and one after the last: labelled before, not each
    # statement signed by the next name.
    quotes = _labelled(
        "Aron Vik, Mayor of Lakeport “The new dock opens a fresh chapter for the town.” "
        "Mira Holt, Chair of the Dock Board “We waited ten years for this morning.” Lena "
        "Dorn, Treasurer"
    )
    assert [q.speakers for q in quotes] == [["Aron Vik"], ["Mira Holt"]]


def test_the_extractor_reads_statement_labels() -> None:
    quotes = spoken(
        "The office closed. Congressman Ivo Brandt “I am glad the office listened to the "
        "families and closed it.” Congresswoman Lena Dorn “It took too long, but the town "
        "got it done in the end.”"
    )
    assert [q.speakers for q in quotes] == [["Ivo Brandt"], ["Lena Dorn"]]


def test_a_title_with_a_lower_case_preposition_is_a_title() -> None:
    quotes = quotes_of(
        "The subject of the hearing was “Strengthening Oversight and Trust within the Harbor "
        "Agency.” Congresswoman Lena Dorn questioned the director."
    )
    assert [q.kind for q in quotes] == ["title"]


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("ICE and the Department of Homeland Security", ["ICE", "Department of Homeland Security"]),
        ("FBI and CIA", ["FBI", "CIA"]),
        (
            "Department of Housing and Urban Development",
            ["Department of Housing and Urban Development"],
        ),
        ("Committee on Energy and Commerce", ["Committee on Energy and Commerce"]),
    ],
)
def test_two_organisations_named_as_one_speak_each(name: str, values: list[str]) -> None:
    from importers.speakers import Entity, speaker_names

    assert speaker_names(Entity(name, "organization"), explicit=True) == values


# -- a statement the release announces --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The sentence announcing the words names the issuer.
        (
            "Lawmakers met at a press event. Rep. Quill delivered the following remarks: "
            "“The plan was never needed. We will repeal it.”",
            ["Nora Quill"],
        ),
        (
            "Nora Quill voted for the act. After this vote, the Congresswoman released the "
            "following statement: “Over the past years I have heard from many families.”",
            ["Nora Quill"],
        ),
        # Somebody else announces it: theirs, not the issuer's; several people, or a
        # title the issuer does not hold: nobody's.
        (
            "Lawmakers met at a press event. Rep. Dale delivered the following remarks: "
            "“The plan was never needed. We will repeal it.”",
            ["Dale"],
        ),
        (
            "Rep. Nora Quill hosted a forum. Afterwards, Dr. Ann Lee delivered the following "
            "remarks: “The plan was never needed. We will repeal it.”",
            ["Ann Lee"],
        ),
        (
            "Nora Quill met the families. After sending the letter, they issued the following "
            "statement: “The plan fails the families of our state.”",
            [],
        ),
        (
            "Rep. Nora Quill voted for the act. After this vote, the Senator released the "
            "following "
            "statement: “Over the past years I have heard from many families.”",
            [],
        ),
    ],
)
def test_a_statement_announced_by_the_issuer_is_theirs(text: str, speakers: list[str]) -> None:
    found = [q for q in release(text) if q.kind != "title"]
    assert [q.speakers for q in found] == [speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Today, Congressmen Tod Vail (MI-8) and Sam Poe (CA-52) released statements. "
        "“We did it,” said Rep. Vail.",
        "Today, Reps. Tod Vail and Sam Poe released statements. “We did it,” said Rep. Vail.",
    ],
)
def test_a_title_for_several_members_names_each_of_them(text: str) -> None:
    assert [q.speakers for q in spoken(text)] == [["Tod Vail"]]


# -- a name cut from a longer one -------------------------------------------------


def test_an_organisations_name_cut_at_an_ampersand_is_no_speaker() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill praised the grant. Officials of the Allegheny & Ohio "
        "Railway Company welcomed it. The Allegheny & Ohio Railway Company said, “This grant "
        "lets us reopen the line to freight by spring.”"
    )
    assert [q.speakers for q in release(text)] == [[]]


def test_two_people_joined_by_and_keep_their_statement() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill met Ann Holt and Al Varga. Ann Holt and Al Varga said, "
        "“We are grateful for the help our town received this year.”"
    )
    assert [q.speakers for q in release(text)] == [["Ann Holt", "Al Varga"]]


@pytest.mark.parametrize(
    ("paragraphs", "value", "organisation", "cut"),
    [
        (
            ["the Parks & Recreation Committee met", "the Parks & Recreation Committee"],
            "Recreation Committee",
            True,
            True,
        ),
        (
            ["the Roads, Bridges, and Public Transit Subcommittee"],
            "Public Transit Subcommittee",
            True,
            True,
        ),
        (
            ["the Parks & Recreation Committee", "the Recreation Committee voted"],
            "Recreation Committee",
            True,
            False,
        ),
        (["Ann Holt and Al Varga said"], "Al Varga", False, False),
        (["the mayor of St. Cloud spoke", "in St. Cloud"], "Cloud", False, True),
        (["the mayor of St. Cloud spoke", "Cloud said"], "Cloud", False, False),
        (["nobody named"], "Recreation Committee", True, False),
    ],
)
def test_a_value_written_only_as_the_tail_of_a_longer_name_is_cut(
    paragraphs: list[str], value: str, organisation: bool, cut: bool
) -> None:
    assert cut_name(paragraphs, value, organisation) is cut


def test_a_place_cut_after_its_saints_abbreviation_is_no_speaker() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill announced a grant for the airport. “The new runway will "
        "bring jobs to the whole valley,” said the Mayor of St. Cloud."
    )
    assert [q.speakers for q in release(text)] == [[]]


def test_a_senator_named_after_a_colleague_keeps_his_statement() -> None:
    text = (
        "WASHINGTON – U.S. Senators Ann Stroud and Steven Dale announced a grant today. "
        "“This grant will keep the harbor open all winter,” said Steven Dale."
    )
    assert [q.speakers for q in release(text)] == [["Steven Dale"]]


# -- a heading before a colon ------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Champion For Our Farmers", "Leader Vindicated", "Rep. Quill Praised", "Advocate For My Town"],
)
def test_a_title_case_heading_before_a_colon_names_nobody(heading: str) -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill spoke on the radio today. Click here to listen. "
        f"{heading}: “The drought cost every family in the valley a season of work.”"
    )
    assert [q.speakers for q in release(text, member=None)] == [[]]
    # The release's own member speaks under the heading of her interview's highlights.
    assert [q.speakers for q in release(text)] == [["Nora Quill"]]


def test_a_titled_name_before_a_colon_still_labels_the_statement() -> None:
    text = (
        "WASHINGTON – Rep. Nora Quill held a hearing today. Chairman Ivo Roth: “The "
        "witnesses agreed the plan costs too much.”"
    )
    assert [q.speakers for q in release(text)] == [["Ivo Roth"]]


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        ("Advocate For Our Nurses", True),
        ("President Holt Vindicated", True),
        ("Governor Holt Backed Relief", True),
        ("Americans For Prosperity", False),
        ("Mayors Against Hunger co-chair Mayor Ivo Roth", False),
        ("Ambassador To Chile Ann Holt", False),
        ("Senator Ann Holt", False),
        ("Dr. Ivo Roth", False),
    ],
)
def test_heading_words_in_a_name_run(words: str, heading: bool) -> None:
    assert (SpeakerBook().note_name(words.split(), 0) is None) is heading


# -- whose statement a release announces -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The issuer is named, but another body or person is the announcing clause's
        # subject: not the issuer's words (the subject's, when the text names it).
        (
            "Rep. Nora Quill wrote to the agency about the plant. In reply to Rep. Quill, "
            "the Department issued the following statement: “We are reviewing the request "
            "and will respond.”",
            [[]],
        ),
        (
            "Rep. Nora Quill met Secretary Tod Vail. Secretary Vail, joined by Rep. Quill, "
            "delivered the following remarks: “We will build the bridge.”",
            [["Tod Vail"]],
        ),
        # The issuer opens the clause, with an appositive or a time between (one naming
        # another person too: the subject announces, as with `the following statement`).
        (
            "Lawmakers met at the dam. Rep. Quill, joined by Sen. Vail, delivered the "
            "following remarks: “We will build the bridge.”",
            [["Nora Quill"]],
        ),
        (
            "Lawmakers met at the dam. Rep. Quill, who sits with Energy Secretary Tod Vail on "
            "the panel, delivered the following remarks: “We will build the bridge.”",
            [["Nora Quill"]],
        ),
        (
            "Lawmakers met at the dam. Rep. Quill, a member of the panel, delivered the "
            "following remarks: “We will build the bridge.”",
            [["Nora Quill"]],
        ),
        (
            "Lawmakers met at the dam. After the vote, Rep. Quill (D-MT) today delivered the "
            "following remarks: “We will build the bridge.”",
            [["Nora Quill"]],
        ),
        (
            "Lawmakers met at the dam. Rep. Nora Quill (D-MT-01), Ranking Member on the "
            "Transit Committee and Co-Chair of the Rivers Caucus, today issued the following "
            "statement: “We will build the bridge.”",
            [["Nora Quill"]],
        ),
        # A role may open an appositive no comma closes; a name after it may not.
        (
            "Lawmakers met at the dam. Congresswoman Quill, Ranking Member of the Energy, "
            "Water and Power (EWP) Subcommittee today released the following statement: "
            "“We will build the bridge.”",
            [["Nora Quill"]],
        ),
        (
            "Lawmakers met at the dam. In reply to Rep. Quill, Chairman of the Board Tod Vail "
            "released the following statement: “We will build the bridge.”",
            [["Tod Vail"]],
        ),
    ],
)
def test_the_issuer_announces_a_statement_only_as_its_subject(
    text: str, speakers: list[list[str]]
) -> None:
    assert [q.speakers for q in release(text) if q.kind != "title"] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Sen. Nora Quill thanked Sen. Tod Vail for his vote on the bridge bill. After the "
            "vote, the Senator released the following statement: “I am proud to have cast "
            "the deciding vote.”",
            [[]],
        ),
        # The other senator in the paragraph before the announcing sentence.
        (
            "Quill backs the bridge\n\nSen. Nora Quill thanked Sen. Tod Vail for his vote on "
            "the bridge bill.\n\nAfter the vote, the Senator released the following "
            "statement: “I am proud to have cast the deciding vote.”",
            [[]],
        ),
        # Another senator two sentences back is no longer the nearest one.
        (
            "Quill backs the bridge\n\nSen. Tod Vail spoke on the bill last week. Sen. Nora "
            "Quill voted for it today. After the vote, the Senator released the following "
            "statement: “I am proud to have cast the deciding vote.”",
            [["Nora Quill"]],
        ),
    ],
)
def test_the_title_is_not_the_issuer_when_another_member_fits_it(
    text: str, speakers: list[list[str]]
) -> None:
    assert [q.speakers for q in release(text) if q.kind != "title"] == speakers


def test_the_issuers_chamber_is_read_once_per_release(monkeypatch: pytest.MonkeyPatch) -> None:
    from importers import speakers as S

    calls: list[str] = []
    chamber = S._chamber

    def counted(*args: object) -> str | None:
        calls.append("chamber")
        return chamber(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(S, "_chamber", counted)
    text = "Nora Quill hosted a forum on the bridge. " + " ".join(
        f"“The span number {k} needs work,” they said." for k in range(50)
    )
    assert len(release(text)) == 50
    assert len(calls) <= 1


# -- the document's own word on a person's sex --------------------------------------


def test_a_title_that_says_the_sex_outweighs_the_first_name_lexicon() -> None:
    # The lexicon calls `Eddie` a man's name and `Lynn` a woman's.
    assert N.first_name_gender("Eddie") == "m" and N.first_name_gender("Lynn") == "f"
    book = SpeakerBook()
    varga = book.note_name("Eddie Varga".split(), 0)
    assert varga is not None and varga.gender == "m"
    book.note_name("Congresswoman Varga".split(), 10)
    assert varga.gender == "f"
    dorsett = book.note_name("House Budget Committee Congressman Lynn Dorsett".split(), 20)
    assert dorsett is not None and dorsett.gender == "m"
    assert book.note_name("Mrs. Edie Kalman".split(), 30).gender == "f"  # type: ignore[union-attr]


def test_titles_of_both_sexes_say_nothing_and_chairman_says_nothing() -> None:
    book = SpeakerBook()
    varga = book.note_name("Congresswoman Eddie Varga".split(), 0)
    book.note_name("Mr. Varga".split(), 10)
    assert varga is not None and varga.gender is None
    # Women chair committees as `Chairman` too: the lexicon's answer stands.
    assert book.note_name("Chairman Lisa Brandt".split(), 20).gender == "f"  # type: ignore[union-attr]


def test_a_pronoun_follows_the_sex_the_document_gives() -> None:
    quotes = spoken(
        "Eddie Varga met Governor Tod Brandt on Monday. Congresswoman Varga spoke first.",
        "He said, “The plan works for every county in the state.”",
    )
    assert [q.speakers for q in quotes] == [["Tod Brandt"]]
    quotes = spoken(
        "Congresswoman Eddie Varga met Governor Tod Brandt on Monday.",
        "She said, “The plan works for every county in the state.”",
    )
    assert [q.speakers for q in quotes] == [["Eddie Varga"]]


def test_the_issuers_title_in_the_release_outweighs_the_lexicon() -> None:
    text = (
        "Congresswoman Eddie Varga spoke at the hearing on the science budget today.\n\n"
        "“The science budget must grow with the country,” the Congresswoman said."
    )
    assert [q.speakers for q in release(text, member="eddie_varga")] == [["Eddie Varga"]]
    # Untitled in the release, the lexicon's man is not `the Congresswoman`.
    untitled = text.replace("Congresswoman Eddie Varga", "Eddie Varga")
    assert [q.speakers for q in release(untitled, member="eddie_varga")] == [[]]


def test_statements_under_their_own_labels_in_a_list() -> None:
    quotes = quotes_of(
        "Rep. Nora Quill backed the bill. “This bill helps every school in the district,” "
        "Quill said. What They’re Saying: Ann Holt, Vice President for Academic Affairs, "
        "Acme Community College: “Acme is fully behind the bill.” Ivo Roth, IOM, Executive "
        "Director, Roth Workforce Board: “The bill meets the needs of our employers.” Tod "
        "Vail, Director of Career & Technical Education, Vail Services: “Federal support is "
        "vital.”"
    )
    assert [q.speakers for q in quotes] == [
        ["Nora Quill"],
        ["Ann Holt"],
        ["Ivo Roth"],
        ["Tod Vail"],
    ]


def test_a_label_after_a_title_names_no_statement() -> None:
    # The person a statement is about, after `Hon.`, is no label of it.
    quotes = release(
        "Rep. Nora Quill issued this statement on the death of the Hon. Ivo Roth, Chairman "
        "of the Roth Tribal Council: “Ivo Roth served his people with quiet strength.”"
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def _issuer_quotes(headline: str, body: list[str], issuer: str) -> list[list[str]]:
    speakers, quotes = extract_quotes(body)
    doc = Document(headline=headline, body=body, speakers=speakers, quotes=quotes)
    attribute_to_issuer(doc, issuer, no_one_subject)
    return [q.speakers for q in doc.quotes]


def test_a_sex_title_counts_only_for_the_name_right_after_it() -> None:
    body = [
        "WASHINGTON - The House passed the amendment on Tuesday.",
        "“This is a win for every veteran,” the Congresswoman said.",
    ]
    # A Title Case headline runs on past the name the title holds: Baker, not Holt.
    headline = "Congresswoman Baker Praises Holt Amendment Vote"
    assert _issuer_quotes(headline, body, "Tom Holt") == [[]]
    headline = "Congressman Baker Praises Holt Amendment Vote"
    assert _issuer_quotes(headline, body, "Ann Holt") == [["Ann Holt"]]
    # The title before the issuer's own name, in full or with an initial, still counts.
    for named in ("Congresswoman Holt", "Congresswoman Tom Holt", "Congresswoman Tom R. Holt"):
        assert _issuer_quotes(f"{named} Praises Amendment Vote", body, "Tom Holt") == [["Tom Holt"]]
    # A surname of two words after the first name.
    headline = "Congresswoman Tom Vail Holt Praises Amendment Vote"
    assert _issuer_quotes(headline, body, "Tom Vail Holt") == [["Tom Vail Holt"]]
