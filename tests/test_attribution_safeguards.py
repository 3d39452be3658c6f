"""Where a rule of speaker attribution must give no speaker rather than a wrong one, or
must leave a speaker found as it was. Every fixture is invented text."""

from __future__ import annotations

from importers.quotes import _later_clause_or_list, extract_quotes
from importers.records import document_from_record
from importers.speakers import _third_name_word
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def release(text: str, member: str = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member, "published": "2025-03-03"}
    mapping = {"text": "text", "member": "issuer", "published": "date"}
    return document_from_record(record, mapping, origin=None).quotes


READING_DAY = (
    "Library reading day draws families",
    "Congresswoman Nora Quill hosted a reading day at the Lakeport library on Saturday.",
    "“Every child deserves a library card of their own,” Quill said.",
)


# -- a dash byline -------------------------------------------------------------------------


def test_a_dash_byline_of_a_first_name_and_a_surname_signs_though_the_first_is_a_state() -> None:
    quotes = quotes_of(*READING_DAY, "“We will be back next month.” — Georgia Linden")
    assert [q.speakers for q in quotes] == [["Nora Quill"], ["Georgia Linden"]]


def test_a_dropped_dash_byline_leaves_the_quotation_nobodys() -> None:
    # The byline names a body: the quotation is not the lead's member's either.
    for line in (
        "— Lakeport Institute",
        "— Georgia Tech",
        "— Georgia Aquarium",
        "— Carolina Panthers",
        "— Dakota Access",
    ):
        quotes = quotes_of(*READING_DAY, f"“We will be back next month.” {line}")
        assert quotes[-1].speakers == [], line
        assert quotes[0].speakers == ["Nora Quill"]


# -- `I said` in a member's release -------------------------------------------------------


def test_i_said_after_another_persons_label_is_not_the_issuer() -> None:
    quotes = release(
        "WASHINGTON — Mayor Ivo Brandt spoke at the town hall that Senator Nora Quill hosted "
        "on Monday.\n\nBrandt: As I said last year, “the dock cannot wait another winter.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] in ([["Ivo Brandt"]], [[]])


def test_i_said_with_nobody_else_named_stays_the_issuer() -> None:
    [quote] = release(
        "WASHINGTON — Senator Nora Quill spoke on the floor on Monday.\n\n"
        "As I said last year, “the dock cannot wait another winter.”"
    )
    assert quote.speakers == ["Nora Quill"]


# -- the issuer named inside a clause about another subject --------------------------------


def test_the_issuer_in_a_relative_clause_does_not_take_a_bodys_statement() -> None:
    quotes = release(
        "WASHINGTON — The Lakeport Kidney Foundation, which Senator Quill helped found, has "
        "raised concerns: “Patients wait too long for transplants.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] in (
        [[]],
        [["Lakeport Kidney Foundation"]],
    )


def test_the_issuer_as_the_introducing_sentences_subject_keeps_the_statement() -> None:
    quotes = release(
        "WASHINGTON — Senator Nora Quill issued the following statement condemning the "
        "Lakeport Harbor Board: “The board has failed the families who live on the water.”"
    )
    assert [q.speakers for q in quotes if q.kind == "direct"] == [["Nora Quill"]]


# -- a signer's third name word -----------------------------------------------------------


def test_a_signatures_place_or_department_word_is_no_third_name() -> None:
    quotes = quotes_of(
        "Members of the harbor coalition back the measure.",
        "“The bill protects families who live on the water.” Maria Vik Lakeport Director "
        "Harbor Families Fund Lakeport Anglers: “We support it because it keeps the docks "
        "open.” Mira Holt Marketing Director Lakeport Anglers",
    )
    assert [q.speakers for q in quotes] == [["Maria Vik"], ["Mira Holt"]]


def test_a_third_name_word_needs_the_name_written_whole_elsewhere() -> None:
    assert not _third_name_word(["Mira", "Holt"], ["Marketing", "Director"], [])
    # Written again before another capitalised word, it is still the signature's role.
    assert not _third_name_word(
        ["Mira", "Holt"], ["Marketing", "Director"], ["Mira Holt Marketing Director"]
    )
    assert _third_name_word(["Mira", "Solano"], ["Holt", "Director"], ["as Mira Solano Holt said"])


def test_a_third_name_word_used_as_a_place_or_in_another_name_is_no_surname() -> None:
    signature = "Maria Vik Lakeport Director Harbor Families Fund"
    for elsewhere in ("members of Lakeport Anglers", "the docks in Lakeport"):
        texts = [signature, elsewhere]
        assert not _third_name_word(["Maria", "Vik"], ["Lakeport", "Director"], texts)
    # A third word used nowhere else is the signer's surname.
    texts = ["Rosa Marin Tello President and CEO Harbor Families Fund"]
    assert _third_name_word(["Rosa", "Marin"], ["Tello", "President"], texts)


# -- `entitled` meaning a right ------------------------------------------------------------


def test_entitled_after_a_form_of_be_is_no_title() -> None:
    [quote] = release(
        "WASHINGTON — Senator Nora Quill spoke on the floor on Monday.\n\nVeterans are "
        "entitled “to the care they earned, and not one dollar less,” Quill said."
    )
    assert (quote.kind, quote.speakers) == ("direct", ["Nora Quill"])


def test_a_works_name_after_entitled_is_still_a_title() -> None:
    [quote] = quotes_of("The board published a report entitled “Docks in Danger” on Monday.")
    assert quote.kind == "title"


# -- an auxiliary that is a first name -----------------------------------------------------


def test_a_first_name_spelt_like_an_auxiliary_after_said_is_kept() -> None:
    [quote] = quotes_of(
        "“We will publish every contract online,” said Can Dogan, the city's finance chief."
    )
    assert quote.speakers == ["Can Dogan"]


def test_an_auxiliary_opening_a_question_is_still_dropped() -> None:
    speakers, _ = extract_quotes(
        ["Have Harbor officials answered? In May Harbor officials said the review was done."]
    )
    assert all(not s.name.startswith("Have") for s in speakers)


# -- a list of people as the subject -------------------------------------------------------


def test_a_list_of_three_subjects_gives_none_of_them_alone() -> None:
    for names in ("Ann Holt, Ivo Brandt, and Mia Roth", "Ann Holt, Ivo Brandt and Mia Roth"):
        [quote] = quotes_of(
            f"Mayors {names} had one message for the agency on Monday: “Fix the dock before "
            "winter.”"
        )
        assert quote.speakers in ([], ["Ann Holt", "Ivo Brandt", "Mia Roth"]), names


def test_a_later_clause_with_its_own_verb_still_gives_nobody() -> None:
    [quote] = quotes_of(
        "Tod Quint signed with Orbis, and the Halvard Fund is left to ask: “Who pays for it?”"
    )
    assert quote.speakers == []


def test_a_later_clause_after_a_lists_comma_still_gives_nobody() -> None:
    # The last item of a list after its comma (`…, the inquiry, and Lakeport’s rules`) is
    # no clause of its own, but the sentence's subject is not one person either.
    text = "Ann Holt, Ivo Brandt, and Mia Roth of the Harbor Board cite new facts: “"
    assert _later_clause_or_list(text, len(text) - 1)
    text = "The authors, Ann Holt and the Harbor Board, and Rep. Mia Roth wrote: “"
    assert _later_clause_or_list(text, len(text) - 1)
    # No list before it and no verb after it: the sentence's subject is read as before.
    text = "Ann Holt spoke about the audit and the inquiry, and Lakeport’s dock rules: “"
    assert not _later_clause_or_list(text, len(text) - 1)


# -- a release's issuer never takes words the parse left nobody's -------------------------

PELL_LEAD = (
    "WASHINGTON, D.C. – Congresswoman Dana Pell (D-Ohio) announced funding for the Lakeport "
    "harbor on Monday."
)
HARBOR = "“The harbor needs this money now.”"


def pell_release(*paragraphs: str) -> list[Quote]:
    quotes = release("\n\n".join([PELL_LEAD, *paragraphs]), member="dana_pell")
    return [q for q in quotes if q.kind != "title"]


def test_a_states_name_and_a_word_no_surname_is_shaped_like_signs_for_nobody() -> None:
    for body in (
        "Georgia Aquarium",
        "Carolina Panthers",
        "Georgia Pacific",
        "Virginia Commonwealth",
        "Dakota Access",
        "Virginia Beach",
        "Florida Power",
    ):
        [quote] = pell_release(f"{HARBOR} — {body}")
        assert quote.speakers == [], body


def test_a_states_name_as_a_first_name_before_a_surname_still_signs_in_a_release() -> None:
    for person in ("Georgia Linden", "Virginia Holt", "Carolina Reyes"):
        [quote] = pell_release(f"{HARBOR} — {person}")
        assert quote.speakers == [person]


def test_a_dash_byline_the_parse_cannot_read_is_never_the_issuers() -> None:
    for line in ("— Ann Vail, harbor pilot", "— Virginia Holt, harbor pilot"):
        [quote] = pell_release(f"{HARBOR} {line}")
        assert quote.speakers in ([], [line[2:].split(",")[0]]), line


def test_a_list_or_a_later_clause_before_the_words_is_never_the_issuers() -> None:
    for sentence in (
        "Mayors Ann Holt, Ivo Brandt and Mia Roth had one message:",
        "Mayor Ann Holt thanked Vail, Brandt, and the Harbor Board:",
    ):
        [quote] = pell_release(f"{sentence} {HARBOR}")
        assert quote.speakers in ([], ["Ann Holt"]), sentence


def test_the_issuers_own_statement_standing_alone_stays_the_issuers() -> None:
    [quote] = pell_release(HARBOR)
    assert quote.speakers == ["Dana Pell"]
    [quote] = pell_release(f"Pell issued the following statement: {HARBOR}")
    assert quote.speakers == ["Dana Pell"]


def test_a_third_name_word_naming_a_familys_body_elsewhere_is_the_surname() -> None:
    texts = ["Rosa Marin Tello President and CEO Tello Family Foundation"]
    assert _third_name_word(["Rosa", "Marin"], ["Tello", "President"], texts)


def test_a_hyphen_run_into_the_next_paragraph_is_no_signature() -> None:
    # A break lost between paragraphs (`…”-Along with …`) leaves the words the issuer's.
    [quote, *_] = pell_release(
        f"{HARBOR}-Along with the mayors, I will keep pressing for the dredging money."
    )
    assert quote.speakers == ["Dana Pell"]


def test_a_paragraph_of_many_uncued_quotations_is_read_once_for_the_issuer() -> None:
    # Each uncued quotation asks whether its sentence has one subject; the paragraph's
    # quotations and masked text are read once for all of them, not once for each.
    from importers.quotes import _paragraph_segments

    paragraph = " ".join(
        f"Mayors Ann Holt and Ivo Brandt spoke of pier {n}. “The pier {n} must stay open.”"
        for n in range(200)
    )
    _paragraph_segments.cache_clear()
    quotes = release(f"WASHINGTON – Rep. Nora Quill (D-Ore.) spoke today.\n\n{paragraph}")
    assert len(quotes) == 200
    info = _paragraph_segments.cache_info()
    assert info.misses <= 2 and info.hits >= 100
