"""Speaker attribution rules, each on a short invented paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.quotes import extract_quotes
from importers.records import document_from_record
from press.eval_quotes import group_statements
from search.model import Quote


def direct(*paragraphs: str) -> list[Quote]:
    _speakers, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "direct"]


def test_party_tag_between_name_and_cue():
    [q] = direct("Sen. Ann Holt (D-Ore.) said: “The bridge money is already spent.”")
    assert q.speaker == "Ann Holt" and q.cue == "said"


def test_any_determiner_phrase_after_closing_mark():
    [q] = direct("“It was a pleasant lunch,” the gambling tycoon told reporters in Macau.")
    assert q.mention == "the gambling tycoon" and q.cue.startswith("told")


def test_inverted_cue_with_determiner_phrase():
    [q] = direct("“Nobody reads the fine print,” says the ad’s narrator, over a slow piano.")
    assert q.mention == "the ad’s narrator"


def test_role_words_before_name_after_closing_mark():
    [q] = direct("“We have the volunteers we need,” campaign manager Robby Lane said.")
    assert q.speaker == "Robby Lane" and q.mention == "campaign manager Robby Lane"


def test_inverted_cue_with_role_words_before_name():
    [q] = direct("“The tunnel will be finished by June,” said retired engineer Olga Brandt.")
    assert q.speaker == "Olga Brandt"


def test_any_past_tense_verb_after_a_comma_ended_quote():
    [q] = direct("“We will not back down on the levy,” Marta Quill fumed on Tuesday.")
    assert (q.speaker, q.cue) == ("Marta Quill", "fumed")


def test_bare_plural_group_after_closing_mark():
    [q] = direct("“The damage cannot be measured in money,” federal prosecutors wrote.")
    assert q.mention == "federal prosecutors"


def test_dash_byline_after_quote_in_a_list():
    first, second = direct(
        "“Best debate I have seen in years.” ― Lucia Ferro. "
        "“Nobody answered a single question.” ― Tomas Varga"
    )
    assert first.speaker == "Lucia Ferro" and first.mention == "Lucia Ferro"
    assert second.speaker == "Tomas Varga"


def test_name_and_colon_introduce_a_quote():
    [q] = direct("TURNOUT FELL IN THE NORTH - Pollster Ivan Dale: “Fewer young voters came out.”")
    assert q.speaker == "Ivan Dale"


def test_role_phrase_before_colon_needs_to_open_the_sentence():
    [q] = direct("Gov. Nora Penn sent a short reply to Holt: “Read the budget first.”")
    assert q.speaker == "Nora Penn"


def test_pronoun_prefers_a_nearby_name_known_to_fit():
    [q] = direct(
        "Mary Holt met Pelham at the harbour on Friday.", "“We agreed on the timetable,” she said."
    )
    assert q.mention == "she" and q.speaker == "Mary Holt"


def test_appositive_names_a_role_phrase():
    [q] = direct("“The schedule is tight but fair,” her senior adviser, Jake Morrow, said.")
    assert q.speaker == "Jake Morrow"
    assert q.mention == "her senior adviser, Jake Morrow"


def test_opening_participle_is_not_the_subject():
    [q] = direct(
        "Speaking in Reno, Nevada, Dana Kirby compared the plan to a “reckless gamble "
        "with other people’s savings.”"
    )
    assert q.speaker == "Dana Kirby"


def test_dateline_before_the_subject():
    [q] = direct(
        "RIVERTON — Mayor Ida Quint on Monday praised the plan as “a fine start for "
        "the whole valley.”"
    )
    assert q.speaker == "Ida Quint"


def test_determiner_phrase_subject_is_kept_as_written():
    [q] = direct(
        "The complaint, which was lodged in May, alleged that the firm “ignored every "
        "warning it was given.”"
    )
    assert q.mention == "The complaint"


def test_possessive_determiner_is_kept_in_the_mention():
    [q] = direct(
        "Sen. Carl Wendt spoke on Monday. His office put out a notice warning that the "
        "state “cannot pay for the new roads this year.”"
    )
    assert q.mention == "His office"


def test_sentence_full_stop_is_not_part_of_the_name():
    [q] = direct("“I will vote for the first time this year.” ― Rosa Linde.")
    assert q.speaker == "Rosa Linde"


def test_two_cues_make_two_statements():
    quotes = direct(
        "“The river is rising,” she said. “We are moving the children first,” she said."
    )
    assert [len(g) for g in group_statements(quotes)] == [1, 1]


def test_one_cue_splitting_a_statement_makes_one():
    quotes = direct("“The river is rising,” she said, “and we are moving the children first.”")
    assert len(quotes) == 2 and quotes[1].cue is None
    assert [len(g) for g in group_statements(quotes)] == [2]


def test_two_appositives_between_name_and_cue():
    [q] = direct(
        "“The levy is unlawful,” Ruth Amsel, the county attorney, one of the plaintiffs, "
        "told reporters."
    )
    assert q.speaker == "Ruth Amsel"


def test_adverbial_before_role_and_name_appositives():
    [q] = direct("In a letter to the council, her deputy, Omar Lind, wrote: “We need more time.”")
    assert q.speaker == "Omar Lind"


def test_participle_right_before_the_quote():
    [q] = direct("The spot shows footage of Ann Holt asking, “Who will pay for the new roads?”")
    assert q.speaker == "Ann Holt" and q.cue == "asking"


def test_any_subject_with_a_cue_right_before_the_quote():
    [q] = direct("At the same time, the neighbour added, “Nobody warned us about the flood.”")
    assert q.mention == "the neighbour" and q.cue == "added"


def test_time_between_subject_and_cue():
    [q] = direct("Sen. Vera Olsen last week said the audit was “long overdue and badly done.”")
    assert q.speaker == "Vera Olsen" and q.cue == "said"


def test_reported_speech_is_continued_by_a_quote_paragraph():
    quotes = direct(
        "“We are ready,” Mayor Ida Quint said.",
        "Paul Brenner said that the port would reopen in March.",
        "“The cranes are already back in place.”",
    )
    assert quotes[-1].speaker == "Paul Brenner"


def test_one_quoted_word_inside_a_sentence_is_not_speech():
    _speakers, quotes = extract_quotes(
        ["Nora Finch, a nurse in Dunmore, said managers have “sidelined” the night staff."]
    )
    [q] = quotes
    assert q.kind == "title" and q.speakers == []


def test_one_word_statement_at_its_cue_is_speech():
    [q] = direct("“Never,” Nora Finch said when asked about the merger.")
    assert q.speaker == "Nora Finch"


def test_quoted_term_running_on_into_the_sentence_is_not_speech():
    _speakers, quotes = extract_quotes(
        [
            "Olaf Brenner argues that every clinic has a small budget of “spare hours” to "
            "spend, and that a “first come, first served” rule wastes them."
        ]
    )
    assert [q.kind for q in quotes] == ["title", "title"]


def test_a_characterisation_after_a_verb_of_saying_stays_speech():
    [q] = direct("Olaf Brenner called the levy a “slow-motion disaster” during the hearing.")
    assert q.speaker == "Olaf Brenner"


def test_quoted_clause_after_that_stays_speech():
    [q] = direct("Ivo Marsh told the council that “the whole plan” remains unpaid.")
    assert q.speaker == "Ivo Marsh"


def test_closing_shaped_mark_typed_as_an_opener():
    [q] = direct("Greta Lund, a teacher: ”Nobody asked us before the vote was taken.”")
    assert q.text.startswith("Nobody asked us") and q.speaker == "Greta Lund"


def test_show_title_after_a_cue_preposition_is_a_title():
    _speakers, quotes = extract_quotes(
        ["Gov. Ann Holt said on “Harbor News Sunday,” that the mill stays open."]
    )
    assert quotes[0].kind == "title"


def test_transcript_labels_name_each_speaker():
    first, second = direct(
        "Ann Holt spoke with the host, Chris Varga.",
        "“VARGA: Will the mill stay open?” “HOLT: It will stay open for good.”",
    )
    assert first.speakers == ["Chris Varga"] and second.speakers == ["Ann Holt"]


def test_dateline_in_capitals_is_no_transcript_label():
    [q] = direct("“DUNMORE: The mill will stay open for good,” said Ann Holt.")
    assert q.speakers == ["Ann Holt"]


def test_adjective_before_a_noun_that_is_also_a_cue_is_no_speaker():
    [q] = direct(
        "Conversely, the Harbor Ledger rated most Republican claims as “entirely true and fair.”"
    )
    assert q.mention != "Republican"


def test_long_opening_phrase_before_the_subject():
    [q] = direct(
        "With party leaders more and more anxious about turnout among young voters in "
        "the northern counties, Governor Ann Holt is trying a new message: “It is about you.”"
    )
    assert q.speakers == ["Ann Holt"]


def test_relative_pronoun_and_contracted_pronoun_resolve():
    [q] = direct("Ann Holt, who tweeted that Varga “is not having a great week at all.”")
    assert q.speakers == ["Ann Holt"]
    quotes = direct(
        "Tom Varga spoke first. He’s said “the mill must stay open for good,” and left."
    )
    assert quotes[0].speakers == ["Tom Varga"]


def test_uncued_first_person_statement_after_a_titled_lead_is_the_member_s():
    [q] = direct(
        "DUNMORE – Congressman Tod Vail (D-Ore.) today introduced a bill to keep the mill open.",
        "“I will not let this town lose its mill. We fought too hard for it.”",
    )
    assert q.speakers == ["Tod Vail"] and q.method == "resolved" and q.confidence < 0.8


def test_uncued_statement_without_a_titled_lead_stays_unattributed():
    [q] = direct(
        "DUNMORE – The mill board met on Monday to discuss its future.",
        "“I will not let this town lose its mill. We fought too hard for it.”",
    )
    assert q.speakers == []


def test_quoted_term_in_brackets_is_not_speech():
    _speakers, quotes = extract_quotes(
        ["Ann Holt describes this habit as relying on repeated checks (“belt and braces”)."]
    )
    assert quotes[0].kind == "title"


def test_quoted_term_inside_a_reported_clause_is_not_speech():
    _speakers, quotes = extract_quotes(
        ["Dunmore said it is committed to the “one town, two ports” formula for the harbor."]
    )
    assert quotes[0].kind == "title"


def test_role_words_with_a_first_name_lookalike_are_no_speaker():
    [q] = direct(
        "Harbor Moving is where “low rates meet good service,” says Harbor Moving's "
        "Vice President, Ivo Marsh."
    )
    assert "Vice President" not in q.speakers


def test_one_word_given_by_a_verb_like_called_is_the_speaker_s():
    [q] = direct("Mara Quill called the budget hearing a “circus” on Tuesday night.")
    assert q.speaker == "Mara Quill"


def test_a_participle_in_a_later_sentence_is_not_the_earlier_speaker_s():
    quotes = direct(
        "“The dam is safe,” Ivo Marsh said. Lena Dorn toured the site on Friday, "
        "saying the levee “will not hold through another spring flood.”"
    )
    assert quotes[0].speaker == "Ivo Marsh"
    assert quotes[1].speaker != "Ivo Marsh"


def test_a_clause_opened_by_when_after_a_quote_is_no_cue():
    [q] = direct(
        "The ad ends with Ivo Marsh saying during the hearing last month, “That keeps me "
        "careful” when Lena Dorn pressed him on his taxes."
    )
    assert q.speaker == "Ivo Marsh"


def test_a_possessive_subject_does_not_fall_back_to_an_earlier_name():
    quotes = direct(
        "“The ban is final,” Ivo Marsh said. Lena Dorn's family has asked the court to "
        "act “as a matter of plain fairness and public trust” and to hurry."
    )
    assert quotes[0].speaker == "Ivo Marsh"
    assert quotes[1].speaker is None


def test_quoted_words_followed_by_a_verb_are_a_clause_not_a_term():
    [q] = direct("Ivo Marsh said Dorn’s “only real experience” was a summer job.")
    assert q.speaker == "Ivo Marsh"


def test_an_indefinite_role_noun_is_somebody_new():
    quotes = direct(
        "Mayor Ivo Marsh opened the bridge on Monday.",
        "“Nobody asked us about the tolls,” a spokesman for the drivers’ union said.",
    )
    assert quotes[0].speakers == []


def test_a_described_role_noun_is_not_the_latest_person():
    quotes = direct(
        "Mayor Ivo Marsh opened the bridge on Monday.",
        "“The tolls will stay,” the Ohio congressman said.",
    )
    assert quotes[0].speakers == []


def test_a_role_noun_matching_a_title_resolves():
    quotes = direct(
        "Gov. Lena Dorn signed the budget on Monday.",
        "“This budget pays for the schools,” the governor said.",
    )
    assert quotes[0].speaker == "Lena Dorn"


def test_he_at_a_cue_is_the_last_speaker_not_the_one_addressed():
    quotes = direct(
        "Customers asked for more, Tom Ferrow told Peter Vail at the conference.",
        "“We took that request seriously,” he said.",
    )
    assert quotes[0].speaker == "Tom Ferrow"


def test_a_later_sentence_with_its_own_subject_is_another_statement():
    paragraph = (
        "“The river is rising,” Ivo Marsh said. Later Marsh compared the levee to “a relic "
        "of another century” in a radio interview."
    )
    quotes = direct(paragraph)
    assert [q.speaker for q in quotes] == ["Ivo Marsh", "Ivo Marsh"]
    assert quotes[1].cue is None
    assert [len(g) for g in group_statements(quotes)] == [2]
    assert [len(g) for g in group_statements(quotes, [paragraph])] == [1, 1]


def test_role_words_opening_with_a_number_lead_to_the_name():
    [q] = direct("“The hearing is all we ask for,” said 9/11 widow Rosa Linde.")
    assert q.speaker == "Rosa Linde"


def test_an_excerpt_s_own_cue_names_its_speaker():
    quotes = direct(
        "The Harbor Gazette reports: “Dock workers are struggling to find shifts” at the "
        "larger ports, said Ivo Marsh, a union steward. “It is getting worse.”"
    )
    assert [q.speaker for q in quotes] == ["Ivo Marsh", "Ivo Marsh"]


def test_a_transcript_turn_of_somebody_never_named_gets_no_speaker():
    _speakers, quotes = extract_quotes(
        [
            "Gov. Ann Holt (D-Ore.) said on the radio that the bridge must close.",
            "“HOST: Why close the bridge now, and what will drivers do?",
            "“HOLT: We have no choice. The bridge is failing and I will not wait.”",
        ]
    )
    host, holt = [q for q in quotes if q.kind == "direct"]
    assert host.speakers == []
    assert holt.speaker == "Ann Holt"


def test_a_show_after_a_network_s_name_is_a_title():
    _speakers, quotes = extract_quotes(
        ["Ivo Marsh told KTVB’s “Morning Report,” that the tolls will stay until June."]
    )
    assert quotes[0].kind == "title"


def test_a_name_after_a_comma_cut_quote_is_not_continued_by_the_last_speaker():
    quotes = direct(
        "“We will fight this,” Ivo Marsh said.",
        "“This story is told by every outlet we have,” Lena Dorn, the director of the "
        "harbor museum and one of those who also appear in the film, told reporters.",
    )
    assert quotes[0].speaker == "Ivo Marsh"
    assert quotes[1].speaker != "Ivo Marsh"


def test_an_unresolved_pronoun_at_a_cue_ends_the_earlier_speaker_s_turn():
    quotes = direct(
        "“The port stays open,” said Ivo Marsh.",
        "The council then met in private. “We are not ready for this,” she said. “Nobody "
        "has seen the numbers.”",
    )
    assert quotes[0].speaker == "Ivo Marsh"
    assert quotes[2].speaker != "Ivo Marsh"


def test_a_titled_name_far_into_a_long_first_paragraph_is_no_lead():
    filler = "The harbor board met for the third time this month to weigh the levy. " * 9
    quotes = direct(
        filler + "Sen. Ivo Marsh (R-Ore.) was not there. “I think we should wait for the "
        "audit before we spend a cent.”"
    )
    assert [q.speakers for q in quotes] == [[]]


def test_polnear_view_leaves_out_gold_quotes_with_no_word_in_their_quoted_part(tmp_path):
    from press.eval_quotes import scoring_corpus

    base = tmp_path / "corpus" / "polnear" / "train"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    text = "Headline\n\nHolt said “…” twice. Vail said “we will build it.”\n"
    (base / "text" / "paper_a.txt").write_text(text, encoding="utf-8")
    first = text.index("said “…”")
    second = text.index("“we")
    ann = (
        f"T1\tContent {first} {first + 15}\tsaid “…” twice\n"
        f"T2\tContent {second} {text.index('.”') + 2}\t“we will build it.”\n"
        "E1\tAttribution:T9 Content:T1\n"
        "E2\tAttribution:T9 Content:T2\n"
    )
    (base / "attributions" / "paper_a_x1.ann").write_text(ann, encoding="utf-8")
    (base / "attributions" / "paper_a_y2.ann").write_text(ann, encoding="utf-8")

    view = scoring_corpus(tmp_path / "corpus", "train", tmp_path / "scratch")

    kept = (view / "polnear" / "train" / "attributions" / "paper_a_x1.ann").read_text()
    assert "E1\t" not in kept and "E2\t" in kept and kept.count("\n") == 3
    assert (view / "polnear" / "train" / "text" / "paper_a.txt").read_text() == text
    # A split with nothing to leave out is scored on the corpus itself.
    assert scoring_corpus(tmp_path / "corpus", "train", tmp_path / "again") != tmp_path / "corpus"
    (base / "attributions" / "paper_a_x1.ann").write_text(ann.replace("E1\t", "#E1\t"))
    (base / "attributions" / "paper_a_y2.ann").unlink()
    assert scoring_corpus(tmp_path / "corpus", "train", tmp_path / "third") == tmp_path / "corpus"


def test_a_sentence_ending_inside_the_closing_mark_separates_statements():
    paragraph = (
        "Mayor Ann Holt called the ruling “unbearable and unjust.” On the radio she "
        "wanted to speak “plainly to every tenant” about the rents."
    )
    _speakers, quotes = extract_quotes([paragraph])
    groups = group_statements(quotes, [paragraph])
    assert [q.speaker for q in quotes] == ["Ann Holt", "Ann Holt"]
    assert [len(g) for g in groups] == [1, 1]


def test_a_cue_that_introduces_the_next_quotation_in_its_clause_is_not_the_one_before():
    quotes = direct(
        "Sen. Ann Holt branded the treaty a “relic of another century.” Rep. Tod Vail "
        "insisted that the council “meet again before the harvest.”"
    )
    assert [q.speaker for q in quotes] == ["Ann Holt", "Tod Vail"]


def test_a_sentence_naming_somebody_else_before_a_quotation_ends_the_last_turn():
    quotes = direct(
        "“We will keep the mill open,” said Mayor Ann Holt.",
        "Her deputy, Tod Vail, praised the plan as a lifeline. “It buys the town a decade.”",
        "Lena Dorn, a council member, doubted the figures. “Nobody has seen the books.”",
    )
    assert [q.speaker for q in quotes] == ["Ann Holt", "Tod Vail", None]


def test_a_byline_after_a_dash_may_hold_an_initial_without_its_full_stop():
    quotes = direct(
        "“The bus never comes on time.” ― Vera Ruiz “We need a second line.” ― Ida K Dana "
        "Quill “Fares went up again.” ― Tom Baird"
    )
    assert quotes[1].mention == "Ida K Dana Quill"
    assert quotes[1].speaker != "Vera Ruiz"


def test_a_paragraph_ending_with_the_following_comment_introduces_the_next_one():
    quotes = direct(
        "Sen. Ann Holt spoke in Salem on Friday.",
        "On March 3, 2015, Holt made the following comment:",
        "“The river has flooded the lower town twice this spring, and the levee money is "
        "still waiting in a committee that never meets.“",
    )
    assert quotes[0].speaker == "Ann Holt"


# -- the party or district tag ------------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    ["(D-OR)", "(R-St. Joseph)", "(D-Calif.)", "(I | VT)", "(D, Ore.)", "(NY-19)", "(AK-AL)"],
)
def test_every_form_of_a_members_tag_is_one_tag(tag: str) -> None:
    from importers.quote_patterns import MEMBER_TAG

    m = MEMBER_TAG.search(f"Rep. Ann Holt {tag} said")
    assert m is not None and m.group().strip() == tag


@pytest.mark.parametrize("text", ["(Oregon)", "(NY-123)", "(DC)", "(R)"])
def test_a_bracket_that_is_no_members_tag(text: str) -> None:
    from importers.quote_patterns import MEMBER_TAG

    assert MEMBER_TAG.search(f"Rep. Ann Holt {text} said") is None


def test_a_long_list_of_tagged_members_is_read_whole() -> None:
    from importers.speakers import tagged_list

    names = [f"{first} {last}" for first in ("Ann", "Tod", "Ida", "Al") for last in _SURNAMES]
    items = [f"{name} (D-{n % 40 + 1:02d})" for n, name in enumerate(names)]
    text = "Representatives " + ", ".join(items[:-1]) + " and " + items[-1]
    assert tagged_list(text) == names


_SURNAMES = "Holt Vail Kerr Brandt Quill Dana Lind Marsh Wren Tillery Dorn Baird".split()


@settings(deadline=None)  # a check of the answer, not of its time
@given(
    st.lists(
        st.sampled_from(["Ann", "of", "the", "and", "x-Holt", "(Vail", "Kerr,", "“Quill", "on"]),
        max_size=8,
    ),
    st.sampled_from([" ", "  ", "\n"]),
)
def test_the_name_before_a_tag_is_found_as_a_search_from_the_start_finds_it(
    words: list[str], space: str
) -> None:
    from importers.speakers import _NAME_RUN, _name_run

    text = space.join(["Today", *words, "Holt"])
    want = _NAME_RUN.search(text, 0, len(text))
    got = _name_run(text, len(text))
    assert (got and (got.start(), got.end())) == (want and (want.start(), want.end()))


# -- news copy ------------------------------------------------------------------------------


def test_one_quoted_word_ending_a_sentence_inside_it_is_no_statement() -> None:
    _speakers, quotes = extract_quotes(
        ["Mayor Ann Holt told the council about the flood, saying she remembered it “clearly.”"]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


def test_a_one_word_answer_after_its_cue_is_still_speech() -> None:
    [q] = direct("Ann Holt was asked whether the mill would close. Holt answered, “No.”")
    assert q.speakers == ["Ann Holt"]


def test_a_place_ending_a_lower_case_role_is_no_part_of_the_name_after_it() -> None:
    quotes = direct(
        "Another diplomat, the former envoy to Portugal Otto Brandt, changed his account.",
        "“We all thought the meeting went badly,” Brandt said.",
    )
    assert quotes[0].speakers == ["Otto Brandt"]


def test_a_clause_said_by_a_report_is_not_the_pronoun_inside_it() -> None:
    quotes = direct(
        "In 2020, Ann Holt admitted to fraud. The agency’s complaint says that at the time, "
        "she worked for firms which would “quote a low price and then double it.”"
    )
    assert quotes[0].speakers != ["Ann Holt"]


def test_a_name_with_an_unclosed_role_appositive_before_the_cue() -> None:
    quotes = direct(
        "“It is a hard market to explain,” Nora Quill, owner of Quill’s Hardware & Paint told "
        "us during an interview."
    )
    assert quotes[0].speakers == ["Nora Quill"]


def test_a_report_from_an_organisation_is_the_organisations() -> None:
    quotes = direct("“Markets are pricing in a recovery,” said a report from Quillmark Securities.")
    assert quotes[0].mention == "a report from Quillmark Securities"
    assert quotes[0].speakers == ["Quillmark Securities"]


def test_the_source_is_nobody_named_before() -> None:
    quotes = direct(
        "A new source says Ann Holt runs the firm now.",
        "“She manages everything,” said the source, who asked not to be named.",
    )
    assert quotes[0].speakers == []


def test_inquired_is_a_cue() -> None:
    quotes = direct("“That is a serious claim,” inquired Nora Quill.")
    assert quotes[0].speakers == ["Nora Quill"]


# -- precision on news pages: weak evidence gives no speaker -----------------------------


def _all(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def test_a_name_run_with_glued_page_text_is_no_name() -> None:
    # A hover card glued into the text: no name may be cut out of `PalkoVera Jin Palko`.
    quotes = direct(
        "Harbour Mayor Vera PalkoVera Jin PalkoHarbour council votes on the ferry budget "
        "MORE (D) defended the ferry fares on Monday.",
        "“The fares pay for the night boats,” Palko wrote on Monday.",
    )
    assert [q.speakers for q in quotes] in ([[]], [["Palko"]])  # never "Jin Palko"


def test_a_one_word_name_never_refers_forward() -> None:
    # `Evening` names nobody yet; `Student Support Evening` is only named further on.
    quotes = _all(
        "Plots open in April.",
        "Evening classes must meet the state rules for equivalent “seat time,” or direct teaching.",
        "Learn more about Student Support Evening.",
    )
    assert all(not q.speakers for q in quotes)


def test_a_one_word_name_still_refers_back() -> None:
    [q] = direct(
        "Researcher Ilse Varga studies river silt.",
        "“The silt moves faster than we thought,” Varga said.",
    )
    assert q.speakers == ["Ilse Varga"]


def test_a_run_on_part_of_nobodys_quotation_is_nobodys() -> None:
    quotes = _all(
        "“The soup arrived warm and the bread was fresh,” said reviewer Oskar Pell.",
        "Another review | “We wanted to skip the “what’s for lunch?” panic and we did.",
    )
    assert quotes[0].speakers == ["Oskar Pell"]
    assert [q.speakers for q in quotes[1:]] == [[]] * (len(quotes) - 1)


def test_a_quoted_charge_is_no_ones_words() -> None:
    quotes = _all(
        "Moving firm owner Dana Lark avoided the cameras.",
        "In 2019, Lark pleaded guilty to “conspiracy to commit mail fraud”. She was also "
        "convicted of two counts of “making false statements” in 2020.",
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])] * 2


def test_one_hyphenated_quoted_word_inside_a_sentence_is_a_term() -> None:
    quotes = _all(
        "Dietitian Rosa Imre studies fitness trends.",
        "While some athletes chase gadgets, Imre points out that there is also a "
        "“counter-trend” that favours plain training.",
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


def test_one_hyphenated_word_said_at_a_cue_is_still_speech() -> None:
    [q] = direct("“Un-American,” said Senator Ruth Vail.")
    assert q.speakers == ["Ruth Vail"]


def test_the_man_is_not_the_latest_person_named() -> None:
    quotes = direct(
        "Dr. Owen Pask, a lung specialist, treated the bird keeper in 2018.",
        "“It does not bother me at all now,” the man wrote in a note to the journal.",
    )
    assert [q.speakers for q in quotes] == [[]]


# -- a speaker nobody named is no speaker ------------------------------------------------


def reported(*paragraphs: str) -> list[Quote]:
    _speakers, quotes = extract_quotes(list(paragraphs))
    return [q for q in quotes if q.kind == "reported"]


def test_who_after_a_common_noun_is_nobody_named():
    # `people who said`: the relative names the people, not the last capitalised word.
    found = reported(
        "I called the plan “finished” (DONE! DONE!) and moved on. Then all the neighbours "
        "who said they liked it stopped answering my letters."
    )
    assert all(not q.speakers for q in found)


def test_who_after_a_name_is_still_that_person():
    [q] = reported("The tunnel opened late. Olga Brandt, who said the contract was fair, left.")
    assert q.speakers == ["Olga Brandt"]


def test_they_after_an_organisation_word_that_qualifies_a_thing_is_nobody():
    # `Board` is an organisation word, but `Sail Board Pilates` is a class, not a body.
    [q] = direct(
        "Rhea Vance teaches on the lake (what regulars call Sail Board Pilates).",
        "The class is popular. They say the mats are “good for a thousand sessions.”",
    )
    assert q.speakers == []


def test_they_after_a_site_is_the_site_owner():
    [q] = direct(
        "The heaviest mat is made by Tollund, and the straps by Tollund too. On Tollund’s "
        "site, they say the cork is “good for a thousand sessions.”"
    )
    assert q.speakers == ["Tollund"]


def test_they_after_a_site_of_a_word_named_once_is_nobody():
    [q] = direct("The Tollund mat is heavy. On Tollund’s site, they say it is “good for years.”")
    assert q.speakers == []


def test_they_still_goes_to_a_named_organisation():
    [q] = direct(
        "The Harbor Pilots Association met on Monday.",
        "“We will not sail in this fog,” they said.",
    )
    assert q.speakers == ["Harbor Pilots Association"]


# -- a work's title after a verb of writing ---------------------------------------------


def test_title_of_a_book_she_wrote_is_not_speech():
    _speakers, quotes = extract_quotes(
        ["Marta Quill taught for years. She also wrote “The Salt Road Home,” a memoir of it."]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("title", [])]


def test_words_she_wrote_after_a_comma_are_speech():
    [q] = direct(
        "Marta Quill answered the board. She wrote, “We Will Not Close The School,” twice."
    )
    assert q.speakers == ["Marta Quill"]


# -- first names whose gender differs by country ------------------------------------------


def test_first_name_of_either_gender_in_english_copy_is_unknown():
    from importers.names import first_name_gender

    # Male in the lexicon over all countries, mostly female in the US and Britain.
    assert first_name_gender("Kay") == "?" and first_name_gender("Jan") == "?"
    assert first_name_gender("John") == "m" and first_name_gender("Mary") == "f"


def test_he_skips_a_woman_whose_first_name_is_of_either_gender():
    # `Kay` was male for the lexicon: `he` went to her rather than to the man named before.
    found = direct(
        "Tomas Varga spoke first at the hearing, and Kay Brandt answered him.",
        "“The budget is not negotiable,” he said.",
    )
    assert [q.speakers for q in found] == [["Tomas Varga"]]


# -- the clause of a verb, and a clause opening the sentence ------------------------------


def test_that_after_an_inverted_verb_is_its_clause_not_a_subject():
    [q] = direct(
        "Town Clerk Ivo Brandt said in a memo that the flyer “plainly and falsely” suggests "
        "that Dunmore and its clerks back the levy."
    )
    assert q.speakers == ["Ivo Brandt"]


def test_pronoun_in_an_opening_if_clause_is_not_the_sentence_s_speaker():
    found = direct(
        "Marta Quill may leave the race.",
        "If she did, the party rules let the board call a “snap vote” on a new nominee.",
    )
    assert all(q.speakers != ["Marta Quill"] for q in found)


def test_who_after_a_common_noun_in_a_subject_s_sentence_is_the_subject():
    [q] = direct(
        "Mayor Olga Brandt waved the objection away, saying anybody who complains about "
        "the ferry “has not ridden it in winter.”"
    )
    assert q.speakers == ["Olga Brandt"]


def test_as_somebody_put_it_names_the_speaker_across_a_phrase():
    [q] = direct(
        "The mayor's plan has its critics. It was, as Ann Holt put it in a long essay, "
        "“a bridge to nowhere with a toll on it.”"
    )
    assert q.speakers == ["Ann Holt"] and q.cue == "put it"


# -- names whose capital carries a mark ---------------------------------------------------


def test_name_opening_with_a_marked_capital_is_a_name():
    first, second = direct(
        "The caterer works differently. “We taste every dish twice,” Ödön Kovács says. "
        "“Then we cook it for you.”"
    )
    assert first.speakers == ["Ödön Kovács"] and second.speakers == ["Ödön Kovács"]


def test_role_then_a_marked_name_after_an_inverted_cue():
    [q] = direct("“We listen first,” says Co-Founder, Łucja Żak.")
    assert q.speakers == ["Łucja Żak"]


# -- a product's name is no antecedent ----------------------------------------------------


def test_she_does_not_go_to_a_product_named_with_a_first_name():
    [q] = direct(
        "I bought the Mira Faux Wrap Knit Dress last week.", "“It fits everybody,” she said."
    )
    assert q.speakers == []


def test_he_still_goes_to_a_four_word_name():
    [q] = direct("Andrés Manuel López Obrador spoke on Monday.", "“We will win,” he said.")
    assert q.speakers == ["Andrés Manuel López Obrador"]


def test_relative_that_after_a_name_is_not_part_of_it():
    [q] = direct(
        "The paper got a message from her husband, Ivo Brandt that said, “My wife has "
        "nothing to do with the company.”"
    )
    assert q.speakers == ["Ivo Brandt"]


def test_byline_after_a_hyphen_set_tight_to_the_name():
    [q] = direct("Reviews | “Every dish arrived hot and on time.” -Lena K. (Read all reviews.)")
    assert q.speakers == ["Lena K."]


# -- a name of an earlier sentence, a surname of two people, a thing added ----------------


def test_a_name_of_the_sentence_before_does_not_speak_an_embedded_quotation():
    [q] = direct(
        "The record tips its hat to the late, great Nils Varga in its noisy chorus. "
        "Whether the band’s cry of “Oh Marta be mine tonight!” would win her is another matter."
    )
    assert q.speakers == []


def test_a_name_of_the_same_sentence_still_speaks_an_embedded_quotation():
    [q] = direct("Nils Varga, on the stage at last, and a “night I will never forget” it was.")
    assert q.speakers == ["Nils Varga"]


def test_a_surname_is_not_the_registered_person_when_another_full_name_is_nearer():
    # The record's heading runs the artist's name into the title; the surname after it
    # is that artist's, not the earlier man's the names registered.
    quotes = direct(
        "Copper Lake is the solo project of Ed Marsh, who once played in a trio.",
        "Dan Marsh Nightfall Warp",
        "Nightfall is Marsh at his loudest, which he calls “the most fun I have had in "
        "years”. Marsh is candid about it (“We all need a second act”).",
        "“It is the loudest record I have made,” Marsh said.",
    )
    assert [q.speakers for q in quotes] == [[], [], []]


def test_a_surname_goes_to_the_full_name_written_nearest_before_it():
    quotes = direct(
        "Copper Lake is the solo project of Ed Marsh, who once played in a trio.",
        "Nightfall, the new record by Tina Marsh, is out now.",
        "“It is the most fun I have had in years,” Marsh said.",
    )
    assert [q.speakers for q in quotes] == [["Tina Marsh"]]


def test_a_surname_of_one_person_still_resolves():
    quotes = direct(
        "Copper Lake is the solo project of Ed Marsh, who once played in a trio.",
        "“It is the most fun I have had in years,” Marsh said.",
    )
    assert [q.speakers for q in quotes] == [["Ed Marsh"]]


def test_a_couple_sharing_the_surname_is_family_not_a_second_speaker():
    quotes = direct(
        "Congresswoman Ada Pruitt named Dale Kerrigan as her new field representative. "
        "Kerrigan is the son of Hank and Lois Kerrigan of Tillman.",
        "“I am grateful for the chance to serve my neighbors,” said Kerrigan.",
    )
    assert [q.speakers for q in quotes] == [["Dale Kerrigan"]]


def test_a_thing_added_is_not_reported_speech():
    _speakers, quotes = extract_quotes(
        ["The new model adds a second sensor – it measures the heat of the room as well."]
    )
    assert quotes == []


def test_said_with_an_article_next_is_still_reported_speech():
    _speakers, quotes = extract_quotes(["Ann Holt said a decision would come by Friday."])
    assert [(q.kind, q.speakers) for q in quotes] == [("reported", ["Ann Holt"])]


def test_she_does_not_pass_over_a_person_whose_gender_is_only_guessed():
    # `Taylor` is only mostly male for the lexicon: `she` may well be Taylor Brisco.
    quotes = direct(
        "The dispute began with Marta Quell, who sold the catalogue.",
        "Last week Taylor Brisco wrote to the board about the sale.",
        "“I only want my songs back,” she said.",
    )
    assert [q.speakers for q in quotes] == [[]]


def test_she_still_passes_over_a_man_the_lexicon_is_sure_of():
    quotes = direct(
        "Marta Quell met Tod Brill at the depot.",
        "“We agreed on the timetable,” she said.",
    )
    assert [q.speakers for q in quotes] == [["Marta Quell"]]


def test_a_label_listed_after_a_label_is_no_speech_either():
    _speakers, quotes = extract_quotes(
        [
            "The agency has warned sellers whose vials are labeled “for lab use” or "
            "“not for human use.” It urges buyers to take care."
        ]
    )
    assert all(q.kind == "title" and not q.speakers for q in quotes if "use" in q.text)


def test_a_second_subject_with_the_verb_left_out_is_not_the_first_ones():
    quotes = direct(
        "It has been well received – Lantern Review have described it as “a sly, tender "
        "novel”, and Pageturn Weekly as “better than anything she wrote before.”"
    )
    assert quotes[1].speakers == []  # not Lantern Review's words


def test_the_object_of_a_relative_clause_in_the_subject_does_not_speak():
    _speakers, quotes = extract_quotes(
        [
            "Vera Lind wants to sing at the GMAs next week.",
            "The company that runs the GMAs, Orrin Media, denies that anything has been "
            "agreed yet.",
        ]
    )
    assert not [q for q in quotes if "GMAs" in q.speakers]


def test_a_partner_of_a_firms_name_is_no_antecedent():
    quotes = direct(
        "Years ago, Ada Quell worked at a law firm, Moore & Taylor Brisco, in the capital.",
        "She said the clients saw her differently: “They looked past me,” she said.",
    )
    assert [q.speakers for q in quotes] == [["Ada Quell"]]


def test_a_participle_phrase_opening_the_sentence_names_no_speaker():
    _speakers, quotes = extract_quotes(
        [
            "The R&J Lounge is quiet. Named for Chef Omar Ruiz of Verde fame, R&J is his nod "
            "to the culture of “easy glamour.” The menu leans on the classics."
        ]
    )
    assert not [q for q in quotes if q.speakers and "glamour" in q.text]


def test_according_to_after_a_partial_quotation_names_its_speaker():
    # The name opening the sentence is whom the quoted words are about.
    quotes = direct(
        "The harbor reopened on Friday. Aron Vik “was a friend to every crew that sails "
        "from here,” according to Mayor Nora Quill."
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_warned_with_a_clause_is_reported_speech():
    # `warned a strike would …`: the article opens the clause's subject, not an object.
    _speakers, quotes = extract_quotes(
        ["Senator Nora Quill warned a strike would close every port on the coast."]
    )
    assert [(q.kind, q.speakers) for q in quotes] == [("reported", ["Nora Quill"])]
    _speakers, quotes = extract_quotes(["The firm announced a grant for the harbor school."])
    assert not [q for q in quotes if q.speakers]


def test_a_paragraph_of_many_short_quotations_is_read_in_bounded_steps():
    # `_label_verb_before` steps back only through quotations listed with this one: the
    # segments it reads per quotation stay a few, however many the paragraph holds.
    from importers import quotes as Q

    class Counted(list):  # type: ignore[type-arg]
        reads = 0

        def __getitem__(self, k):  # type: ignore[no-untyped-def]
            Counted.reads += 1
            return super().__getitem__(k)

        def __iter__(self):  # type: ignore[no-untyped-def]
            for item in super().__iter__():
                Counted.reads += 1
                yield item

    unit = "Aron Vik “we” "
    paragraph = unit * (100_000 // len(unit))
    extractor = Q._Extractor([paragraph])
    segments = list(extractor.segments[0])
    assert len(segments) > 5000
    extractor.segments[0] = Counted(segments)
    for seg in segments:
        extractor._label_verb_before(seg)
    assert Counted.reads <= 40 * len(segments)
    labelled = Q._Extractor(["It was labeled “for research use” or “not for sale.”"])
    assert all(labelled._label_verb_before(s) for s in labelled.segments[0])


def test_a_role_after_a_partial_quotation_is_not_the_name_it_describes():
    # The quoted words go on the sentence `Aron Vik` opens: they are about him, so `the
    # harbor master` who added them is somebody else, unnamed here.
    quotes = direct(
        "The harbor reopened on Friday. Aron Vik “was a friend to every crew that sails "
        "from here,” the harbor master added."
    )
    assert [q.speakers for q in quotes] == [[]]
    quotes = direct(
        "Mayor Nora Quill spoke at the dock. Aron Vik “was a friend to every crew that "
        "sails from here,” she said."
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Art Deco, which means “decorative art” in French, filled the lobby of the hotel.",
        "FIRST stands for “For Inspiration and Recognition of Science and Technology.”",
        "The village takes its name from a Yupik word meaning “where the river bends.”",
        "The motto, “Semper Paratus,” which is Latin for “Always Ready,” hangs in the hall.",
        "Gov. Ann Holt read the proverb, which translates as “rain does not fall on one roof.”",
    ],
)
def test_a_gloss_of_a_word_is_not_speech(paragraph: str) -> None:
    _speakers, quotes = extract_quotes([paragraph])
    gloss = quotes[-1]
    assert gloss.kind == "title" and not gloss.speakers


def test_they_is_not_an_organisation_named_sentences_before() -> None:
    # The members wrote the letter; the agency named two sentences before is its address.
    _speakers, quotes = extract_quotes(
        [
            "Sen. Ann Holt and Sen. Bo Dee wrote to the Federal Transit Administration on"
            " Monday. The corridor has waited a decade. The letter asks for a decision.",
            "“We are writing to request that the review be finished this year,” they wrote.",
        ]
    )
    [q] = [q for q in quotes if q.kind == "direct"]
    assert "Federal Transit Administration" not in q.speakers


def test_they_is_an_organisation_named_in_the_sentence_before() -> None:
    _speakers, quotes = extract_quotes(
        [
            "Harbor Freight Corporation announced the new route on Tuesday.",
            "“We expect to double our cargo by spring,” they said.",
        ]
    )
    [q] = [q for q in quotes if q.kind == "direct"]
    assert q.speakers == ["Harbor Freight Corporation"]


def test_a_long_appositive_with_places_before_the_cue():
    [q] = direct(
        "“The third is hard to find,” study author Ann Holt, a geologist at the Survey in"
        " Reston, Virginia, and Ohio State University in Columbus, Ohio, said on Monday."
    )
    assert q.speakers == ["Ann Holt"]


def test_two_names_with_appositives_before_the_cue_name_neither_alone():
    [q] = direct(
        "“We found nothing,” Ann Holt, a geologist at the Survey in Reston, Virginia, and"
        " Ida Dee, a chemist at Ohio State University, said."
    )
    assert q.speakers != ["Ann Holt"]


# -- a name run into the next sentence after its cue, law text quoted inside a statement --


def test_a_name_after_a_cue_ends_at_a_full_stop_run_into_the_next_sentence() -> None:
    quotes = direct(
        "Ann Vik visited the dock on Friday.",
        "“The harbor needs this dock and the crews who use it,” said Rep. Vik.Rep. Vik"
        " sits on the Harbor Committee.",
        "“We owe these nurses a great deal,” said Dr. Holt.Dr. Holt joined the board in May.",
    )
    assert [q.speakers for q in quotes] == [["Ann Vik"], ["Holt"]]


def test_initials_stay_one_name_word() -> None:
    [q] = direct("“The pier is safe again,” said J.R. Vik, the harbor master.")
    assert q.speakers == ["J.R. Vik"] or q.speakers == ["J. R. Vik"]


def test_law_quoted_inside_a_statement_leaves_it_a_statement() -> None:
    [q] = direct(
        "Ivo Roth issued a statement on the ruling: “The court missed the point today. Our"
        " charter says plainly that “…every citizen may fish these waters, and that right"
        " shall not be taken away.” Yet the board acted as if those words were never"
        " written, and the families who fish here will pay for it.”"
    )
    assert q.speakers == ["Ivo Roth"]


def test_law_text_with_its_own_quoted_terms_is_still_law() -> None:
    _speakers, quotes = extract_quotes(
        [
            "The bill amends the Act by inserting “(c) The Secretary shall publish the list"
            " each year.”",
            "Its second part adds at the end “In this section the term ‘pier’ means any"
            " fixed landing or wharf.”",
        ]
    )
    assert [q.kind for q in quotes] == ["title", "title"]


# -- a few words inside a sentence that goes on: a speaker only from a verb of saying -----


def test_a_few_words_inside_a_sentence_take_no_speaker_from_its_subject() -> None:
    [q] = direct(
        "Ann Holt brought the plan back on Monday to fund the harbor’s “tide stations,”"
        " including two on the north pier."
    )
    assert not q.speakers


def test_a_few_words_after_a_verb_of_saying_keep_the_subject() -> None:
    [q] = direct("Ann Holt likened the new tax to a “leaky bucket” that the town would regret.")
    assert q.speakers == ["Ann Holt"]
    [q] = direct("Ann Holt called the plan a “total disaster” for the harbor.")
    assert q.speakers == ["Ann Holt"]


# -- a gloss only on a term's meaning, never on a speaker's own words ----------------------


def release(text: str, member: str | None = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member} if member else {"text": text}
    mapping = {"text": "text", **({"member": "issuer"} if member else {})}
    return document_from_record(record, mapping, origin=None).quotes


def test_stands_for_a_long_creed_is_the_speakers_words() -> None:
    [q] = release(
        "Nora Quill spoke at the union hall on Monday.\n\nQuill said the party stands for"
        " “fairness and a fair shot for every worker in this state.”"
    )
    assert (q.kind, q.speakers) == ("direct", ["Nora Quill"])


def test_meaning_then_a_cue_is_speech() -> None:
    [q] = release(
        "Nora Quill toured the mill on Monday. The owners kept the books closed for years,"
        " meaning “we were lied to by the company,” she said."
    )
    assert (q.kind, q.speakers) == ("direct", ["Nora Quill"])


def test_meaning_with_a_language_a_term_or_a_few_words_is_a_gloss() -> None:
    quotes = release(
        "Nora Quill opened the harbor museum on Friday.\n\nThe harbor’s old name, Kela"
        " Moana, meaning “the calm water by the hill,” in"
        " Hawaiian, is back on the maps.\n\nThe town’s motto stands for “always a harbor”"
        " on its seal.\n\nThe mural, titled “Sin Puerto,” meaning “a town with no harbor"
        " left,” won a prize.\n\nThe ferry line FTA stands for “Fast Tides Always, rain"
        " or shine” in its ads."
    )
    assert [q.kind for q in quotes if q.text.startswith(("the", "always", "a town", "Fast"))] == [
        "title"
    ] * 4


# -- a long appositive that goes on to somebody else after `, and` ------------------------


@pytest.mark.parametrize(
    "other",
    ["Sam Poe of the union", "Mayor Sam Poe", "her husband, a teacher"],
)
def test_a_long_appositive_then_another_speaker_gives_the_first_name_nothing(other: str) -> None:
    [q] = release(
        "“We lost everything we owned,” Ann Holt, a nurse at the county hospital in Dover,"
        f" Delaware, and {other}, said.",
        member=None,
    )
    assert q.speakers != ["Ann Holt"]


def test_a_long_appositive_that_goes_on_to_her_own_role_keeps_her() -> None:
    [q] = release(
        "“We lost everything we owned,” Ann Holt, a nurse at the county hospital in Dover,"
        " Delaware, and a mother of three, said.",
        member=None,
    )
    assert q.speakers == ["Ann Holt"]


# -- `they`/`we`: not the organisation the people wrote to or met with ----------------------


def test_they_is_not_the_agency_a_letter_is_addressed_to() -> None:
    [q] = release(
        "Ten members wrote to the Environmental Protection Agency on Monday. “We are writing"
        " to urge you to act on the plant,” they wrote.",
        member=None,
    )
    assert q.speakers == []


def test_they_is_not_the_board_parents_met_with() -> None:
    [q] = release(
        "Parents met with the Harbor School Board on Tuesday. “We want the school to stay"
        " open,” they said.",
        member=None,
    )
    assert q.speakers == []


def test_they_is_the_board_that_met() -> None:
    [q] = release(
        "The Harbor School Board met on Tuesday. “We want the school to stay open,” they said.",
        member=None,
    )
    assert q.speakers == ["Harbor School Board"]


# -- names: hostile runs stay linear, `&` inside an organisation, `St.` inside a name ------


def issued(text: str, member: str | None = "nora_quill") -> list[Quote]:
    from importers.records import document_from_record

    record = {"text": text, "member": member} if member else {"text": text}
    mapping = {"text": "text", **({"member": "issuer"} if member else {})}
    return document_from_record(record, mapping, origin=None).quotes


@pytest.mark.parametrize(
    "text",
    [
        "“We will do it,” said " + "A." * 20000,
        "said " + "A.b" * 10000,
        "Ab.C" * 10000,
        "“We will do it,” said " + "A. " * 13000,
        "“We will do it,” said " + "A" * 40000,
    ],
)
def test_a_long_run_of_capitals_and_full_stops_names_nobody(text: str) -> None:
    # These took 28-80 s when a name's words and dotted parts were unbounded; their growth
    # with the run is timed by scripts/bench_quote_scaling.py --shape caps-dots,
    # caps-dot-lower, caps-dot-words, caps-dots-spaced, caps-run (linear, as a ratio in
    # one run).
    quotes = issued(text)
    assert [(q.text, q.speakers) for q in quotes] == (
        [("We will do it,", [])] if text.startswith("“") else []
    )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Mayor Ann Holt and Sheriff Al St. John said, “We will keep the roads open all"
            " winter.”",
            ["Ann Holt", "Al St. John"],
        ),
        ("“We will hire ten deputies this year,” Sheriff Tom St. Clair said.", ["Tom St. Clair"]),
        (
            "“We will hire ten deputies this year,” said Dr. Amy St. John of the county board.",
            ["Amy St. John"],
        ),
    ],
)
def test_st_before_a_capital_is_a_part_of_the_name(text: str, speakers: list[str]) -> None:
    [q] = issued(text, member=None)
    assert q.speakers == speakers


def test_a_place_named_after_a_saint_gives_no_speaker() -> None:
    [q] = issued("“We will hire ten deputies this year,” said the Mayor of St. Cloud.", member=None)
    assert q.speakers == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Holt believes the plan is “a gift to insurers,” and she will vote against it.",
        "Ann Holt thinks the plan is “a gift to insurers” and will vote against it.",
        "Ann Holt sees the plan as “a gift to insurers” and will vote against it.",
    ],
)
def test_a_verb_of_opinion_before_a_few_words_keeps_the_subject(text: str) -> None:
    [q] = issued(text, member=None)
    assert q.speakers == ["Ann Holt"]


def test_a_byline_standing_alone_after_the_closing_mark_names_the_speaker() -> None:
    [q] = direct(
        "Customer review: “The app keeps the whole family on one calendar, and it never"
        " crashed on us.” — Odalys Pereira K., Office Manager"
    )
    assert q.speakers == ["Odalys Pereira K."] and q.method == "cue"


def test_a_byline_running_on_into_a_sentence_is_no_stronger_than_before() -> None:
    # `– The Ledger [3/2/11] The county …`: the byline runs on into the next sentence.
    [q] = direct(
        "“Tolls on the bridge will double by spring, officials say.” – Tamsin Ledger Orrick"
        " [3/2/11] The county voted on it later."
    )
    assert q.speakers == []


def test_a_pull_quote_signed_in_the_paragraph_below_it() -> None:
    quotes = direct(
        "Key quote",
        "“We have doubled the number of stores that take returns by mail this year.”",
        "Marguerite Oyelaran, CEO of Pellworth Stores (on the company’s spring call)",
        "The chain also opened two warehouses.",
    )
    assert [q.speakers for q in quotes] == [["Marguerite Oyelaran"]]


def test_statements_each_under_a_name_are_not_signed_below() -> None:
    # A name above each statement: the name after the first is the second one's label.
    quotes = direct(
        "Ansel Draycott, Director of the Fenwick Trust",
        "“The marsh is worth saving for the birds alone.”",
        "Priya Lindqvist, Mayor of Oldcastle",
        "“Our schools will use the marsh as a classroom.”",
    )
    assert ["Priya Lindqvist"] not in [q.speakers for q in quotes]


def test_a_spokesperson_speaks_for_the_organisation_named_before_the_noun() -> None:
    [q] = direct("“No flights were delayed by the outage,” said an FAA spokeswoman on Friday.")
    assert q.speakers == ["FAA"]


def test_a_spokesperson_of_a_person_named_campaign_speaks_for_nobody() -> None:
    [q] = direct(
        "Wendell Marsh toured the plant.",
        "“He will sign the bill in May,” a Marsh spokesman said.",
    )
    assert q.speakers == []


def test_a_full_statement_signed_by_the_rest_of_its_paragraph() -> None:
    [q] = direct(
        "“We doubled the returns we take by mail this year.” Marguerite Oyelaran, CEO of"
        " Pellworth Stores (on the spring call)"
    )
    assert q.speakers == ["Marguerite Oyelaran"]


def test_a_name_then_more_quotations_is_not_a_signature() -> None:
    # `“…” Al Varga, Director “…”`: the name stands over the next statement.
    quotes = direct(
        "“The marsh is worth saving.” Priya Lindqvist, Mayor of Oldcastle “Our schools will"
        " use it as a classroom.”"
    )
    assert quotes[0].speakers != ["Priya Lindqvist"]


@pytest.mark.parametrize("adverb", ["instead", "now", "first", "even", "just", "still"])
def test_an_adverb_between_subject_and_verb_keeps_the_cue(adverb: str) -> None:
    [q] = direct(
        "Tamsin Orrick spoke to the county board on Monday.",
        f"She {adverb} told the board: “The bridge will be finished by June.”",
    )
    assert q.speakers == ["Tamsin Orrick"] and q.cue.startswith(f"{adverb} told")


def test_never_before_the_verb_is_no_cue() -> None:
    [q] = direct("Tamsin Orrick never told the board: “The bridge will be finished by June.”")
    assert q.cue is None or not q.cue.startswith("never")


def test_a_dash_byline_with_a_date_cites_where_the_words_were_printed() -> None:
    # The speaker is named before the words; the publication after them is the source.
    quotes = direct(
        "Senator Ann Holt, then a candidate: “We will cut the tax break short and spend it"
        " on roads.” - Daily Ledger, June 29, 2004 ###"
    )
    assert all(q.speakers != ["Daily Ledger"] for q in quotes)


def test_a_byline_whose_spaces_were_lost_names_nobody_new() -> None:
    [q] = direct(
        "“The bill shows the kind of courage we need in the capital.”– CEOTamsin R. Orrick,"
        " Builders of Ohio"
    )
    assert q.speakers == []
    [q] = direct(
        "“The bill shows the kind of courage we need in the capital.”– Tamsin R. Orrick,"
        " Builders of Ohio"
    )
    assert q.speakers == ["Tamsin R. Orrick"]


def test_an_adverb_before_went_on_is_no_cue() -> None:
    quotes = direct(
        "“The station gives women a voice,” said Ann Holt. “It is a brave project.” Radio"
        " Fenwick first went on the air in April."
    )
    assert ["Radio Fenwick"] not in [q.speakers for q in quotes]


def test_often_before_the_verb_is_a_habit_not_a_cue() -> None:
    [q] = direct(
        "Tod Vail toured the dam with Ann Holt. His plan, which he often describes as “a"
        " once in a lifetime chance,” may be short-lived."
    )
    assert q.cue is None or "often" not in q.cue


def test_a_plural_noun_after_a_closing_mark_is_no_cue() -> None:
    quotes = direct(
        "Senator Ann Holt asked for two audits of the port.",
        "“The port lost money for a decade,” Holt said. “We owe taxpayers an answer.” The"
        " audit reports are just two of a series the senator has asked for.",
    )
    assert all(q.speakers != ["audit"] and q.cue != "reports" for q in quotes)


def test_a_quotation_from_a_name_that_reads_is_not_that_persons_speech() -> None:
    [q] = direct(
        "Tod Vail unveiled the plaque. It carries a quotation from President Ezra Brandt"
        " that reads: “Let the river carry us all.”"
    )
    assert q.speakers == []


def test_words_of_a_letter_to_somebody_are_not_the_addressees() -> None:
    quotes = direct(
        "Rep. Tod Vail wrote to the agency on Monday. “We ask for the records by June,” the"
        " letter to Secretary Ann Holt states."
    )
    assert all(q.speakers != ["Ann Holt"] for q in quotes)


def test_a_statement_from_a_name_stays_that_persons() -> None:
    [q] = direct("“We will not back down,” a statement from Rep. Tod Vail said.")
    assert q.speakers == ["Tod Vail"]


def test_a_spokesman_for_a_person_is_not_that_person() -> None:
    quotes = direct("“The senator is at home,” a spokesman for Senator Ann Holt said.")
    assert all(q.speakers != ["Ann Holt"] for q in quotes)


def test_a_noun_phrase_added_is_not_reported_speech() -> None:
    _speakers, quotes = extract_quotes(
        ["“We need a new team,” said Ann Holt. Governor Tod Vail added state planner Ezra Brandt."]
    )
    assert [q for q in quotes if q.kind == "reported"] == []


def test_the_chairman_of_a_committee_is_not_the_committee() -> None:
    [q] = direct("“We will cut waste,” the chairman of the Budget Committee said on Monday.")
    assert q.speakers == []


def test_the_chairman_of_a_committee_is_the_chairman_the_page_names() -> None:
    quotes = direct(
        "Budget Committee Chairman Ann Holt opened the hearing.",
        "“We will cut waste,” the chairman of the Budget Committee said.",
    )
    assert quotes[-1].speakers == ["Ann Holt"]


def test_in_the_words_of_a_name_are_that_persons() -> None:
    [q] = direct("In the words of Ezra Brandt: “Keep only what you love.”")
    assert q.speakers == ["Ezra Brandt"]


def test_a_signature_after_the_quotation_does_not_override_a_cue_before_it() -> None:
    [q] = direct(
        "Mayor Ann Holt said: “We will win this fight.” Tom Baker, Finance Chairman, disagreed."
    )
    assert q.speakers == ["Ann Holt"]
    [q] = direct(
        "Critics have asked: “Who pays for this?” Tom Baker, Finance Chairman, has an answer"
    )
    assert "Tom Baker" not in q.speakers


def test_a_signature_is_a_name_and_a_role_only() -> None:
    [q] = direct("“We will win this fight.” Tom Baker, Finance Chairman")
    assert q.speakers == ["Tom Baker"]
    [q] = direct("“The vote was a mistake.” — Ann Holt, nurse")
    assert q.speakers == ["Ann Holt"]


def test_a_sentence_about_a_person_below_a_quotation_signs_nothing() -> None:
    quotes = direct(
        "Mayor Ann Holt spoke to reporters on Monday about the plan.",
        "“We are not giving up on this town.”",
        "Tom Baker, Council President, said the plan was flawed from the start.",
    )
    assert "Tom Baker" not in quotes[0].speakers
    [q] = direct(
        "“The museum is a treasure for the whole region.”",
        "Ann Holt, Museum Director, greets visitors at the entrance. (Photo by Tom Baker)",
    )
    assert q.speakers == []


def test_a_name_and_role_alone_below_a_quotation_signs_it() -> None:
    [q] = direct(
        "“The chips here are fantastic and I love the staff.”", "Ann Holt, CEO of Holt Fund"
    )
    assert q.speakers == ["Ann Holt"]


@pytest.mark.parametrize(
    "line",
    [
        "Media Contacts",
        "Fact Sheet",
        "Key Findings",
        "Top Stories",
        "Related Stories",
        "Kind Regards",
        "Happy Holidays",
        "Super Bowl",
        "Georgia Tech",
        "Ann Arbor, Michigan",
        "Madison Square Garden",
    ],
)
def test_a_heading_or_place_below_a_quotation_is_no_speaker(line: str) -> None:
    [q] = direct("“We are proud of the results this year.”", line)
    assert q.speakers == []


def test_words_after_a_closing_mark_that_name_nobody_sign_nothing() -> None:
    [q] = direct("“We are proud of the results.” Key Findings")
    assert q.speakers == []
    [q] = direct("“We are proud of the results.” — Media Contacts")
    assert q.speakers == []


def test_a_signature_without_a_role_needs_a_known_first_name() -> None:
    [q] = direct("“The chips here are fantastic and I love the staff.”", "Ann Holt")
    assert q.speakers == ["Ann Holt"]
    # A first name the lexicon does not know needs the role to say it is a person.
    [q] = direct("“The staff here are wonderful and caring.” — Griff Lynch")
    assert q.speakers == []
    [q] = direct("“The staff here are wonderful and caring.” — Griff Lynch, Executive Director")
    assert q.speakers == ["Griff Lynch"]


@pytest.mark.parametrize(
    "outlet",
    [
        "Washington Post",
        "New York Times",
        "Chicago Tribune",
        "Wall Street Journal",
        "Fox News",
        "Google Reviews",
        "Holt Fund",
    ],
)
def test_a_dash_byline_naming_a_publication_is_no_speaker(outlet: str) -> None:
    [q] = direct(f"“The staff here are wonderful and caring.” — {outlet}")
    assert q.speakers == []


def test_a_long_run_of_spaces_after_a_byline_comma_is_read_in_linear_time() -> None:
    from importers import quote_patterns as P

    tail = " — Ann Holt, " + " " * 20_000 + "z"
    assert P.AFTER_NAME_OPEN_APPOS.match(tail) is None
    m = P.AFTER_NAME_OPEN_APPOS.match(", Ann Holt,   owner of the Holt Mill told us")
    assert m is not None and m.group("np") == "Ann Holt"


def test_a_dash_before_a_sentence_about_a_person_signs_nothing() -> None:
    quotes = direct(
        "The council met on Monday to vote on the budget.",
        "“This budget is a disgrace to every family in town.” — Tom Baker, Chairman of the"
        " finance committee, rejected that",
    )
    assert quotes[-1].speakers == []


def test_a_dash_byline_of_two_people_is_both_of_theirs() -> None:
    [q] = direct("“The staff here are wonderful and caring.” — Ann Holt and Bob Lee")
    assert q.speakers == ["Ann Holt", "Bob Lee"]


def test_a_dash_byline_without_a_sure_signer_does_not_pass_the_quotation_on() -> None:
    quotes = direct(
        "“We are proud of this town.” ― Ann Holt",
        "“Nobody here wants the plant to close.” ― Beck Pimentel",
    )
    assert quotes[-1].speakers == []
