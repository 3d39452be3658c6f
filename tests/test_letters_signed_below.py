"""A joint letter whose signers the release lists after its quoted words (`“…,” the
letter states. … The letter to the Board was signed by Reps. …`): the words are all the
signers', when that sentence is the first to name a letter after them and gives the whole
list. A list said to be partial (`was also signed by`), one with a name the parse cannot
read, an answer in between or another letter named first leave the words as before.
Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def speakers(*paragraphs: str) -> list[list[str]]:
    return [q.speakers for q in quotes_of(*paragraphs) if q.kind != "title"]


LEAD = (
    "Members of the Harbor Caucus today urged the Maritime Board to restore dredging at "
    "small ports."
)
WORDS = (
    "“Small harbors cannot wait another season for the dredges,” the lawmakers wrote. "
    "“We ask the Board to act before the spring.”"
)
SIGNED = (
    "The letter to Board Chair Ann Holt was signed by Reps. Nora Quill (D-ME), Ivo Brandt "
    "(R-OR) and Lena Roth (D-WA)."
)
SIGNERS = ["Nora Quill", "Ivo Brandt", "Lena Roth"]


def test_a_letter_signed_by_a_list_after_its_words_is_the_signers() -> None:
    assert speakers(f"{LEAD} {WORDS} {SIGNED}") == [SIGNERS, SIGNERS]


def test_the_list_may_follow_in_the_next_paragraph() -> None:
    assert speakers(LEAD, WORDS, SIGNED) == [SIGNERS, SIGNERS]


@pytest.mark.parametrize(
    ("cue", "signed"),
    [
        ("the letter states", "This letter is signed by:"),
        ("the senators wrote", "The letter was signed by Senators"),
    ],
)
def test_the_letter_or_the_group_quoted(cue: str, signed: str) -> None:
    text = (
        f"{LEAD} “Small harbors cannot wait another season for the dredges,” {cue}. "
        f"{signed} Nora Quill (D-ME), Ivo Brandt (D-VT) and Lena Roth (D-WA)."
    )
    assert speakers(text) == [SIGNERS]


def test_the_whole_list_includes_the_leaders_named_before() -> None:
    text = (
        "Rep. Nora Quill (D-ME) and Rep. Ivo Brandt (R-OR) led a letter with other members "
        "to the Maritime Board. “Small harbors cannot wait another season for the "
        "dredges,” the letter states. The letter was signed by Reps. Ivo Brandt (R-OR), "
        "Nora Quill (D-ME), Lena Roth (D-WA) and Cal Dunn (D-CA)."
    )
    assert speakers(text) == [["Ivo Brandt", "Nora Quill", "Lena Roth", "Cal Dunn"]]


@pytest.mark.parametrize(
    "after",
    [
        # Not the whole list.
        "The letter was also signed by Reps. Nora Quill (D-ME), Ivo Brandt (R-OR) and Lena "
        "Roth (D-WA).",
        # Another letter is named first.
        "In March the Board sent a letter to the caucus. The letter was signed by Reps. Nora "
        "Quill (D-ME), Ivo Brandt (R-OR) and Lena Roth (D-WA).",
        # Somebody answered in between: the letter signed may be the answer.
        "The Board replied on Friday. The letter was signed by Board members Nora Quill, "
        "Ivo Brandt and Lena Roth.",
        # The clause after the list is another's.
        "The letter was signed by Reps. Nora Quill (D-ME), Ivo Brandt (R-OR) and Lena Roth "
        "(D-WA), who met the Board in May.",
        # One signer only.
        "The letter was signed by Rep. Nora Quill (D-ME).",
        # The list of the law, not the letter.
        "The letter cites the Harbor Act, which was signed by Governor Nora Quill and "
        "Governor Ivo Brandt.",
    ],
)
def test_no_list_of_all_the_signers_leaves_the_words_unassigned(after: str) -> None:
    assert speakers(f"{LEAD} {WORDS} {after}") == [[], []]


def test_a_senators_quotation_is_not_given_to_a_list_of_representatives() -> None:
    text = (
        f"{LEAD} “Small harbors cannot wait another season for the dredges,” the senators "
        "wrote. The letter was signed by Reps. Nora Quill (D-ME), Ivo Brandt (R-OR) and "
        "Lena Roth (D-WA)."
    )
    assert speakers(text) == [[]]


def test_a_list_with_an_item_read_as_no_person_gives_nobody() -> None:
    # Unless each item of the list is read as a person, a signer would be left out.
    text = (
        f"{LEAD} {WORDS} The letter was signed by Representatives Nora Quill, Ivo Brandt, "
        "Lena Roth, and the Harbor Pilots Guild."
    )
    assert speakers(text) == [[], []]


def test_the_addressee_before_the_verb_is_no_signer() -> None:
    assert "Ann Holt" not in {n for names in speakers(f"{LEAD} {WORDS} {SIGNED}") for n in names}


def test_two_signers_run_together_without_a_comma_give_nobody() -> None:
    text = (
        f"{LEAD} {WORDS} The letter was signed by Reps. Nora Quill (D-ME) Ivo Brandt "
        "(R-OR), Lena Roth (D-WA) and Cal Dunn (D-CA)."
    )
    assert speakers(text) == [[], []]


def test_words_before_a_sentence_on_what_the_letter_urges_are_not_its_signers() -> None:
    text = (
        "Members of the Harbor Caucus wrote to the Maritime Board about its “dredging "
        "freeze.” The letter urges Chair Ann Holt to lift it. The letter was signed by Reps. "
        "Nora Quill (D-ME), Ivo Brandt (R-OR) and Lena Roth (D-WA)."
    )
    assert speakers(text) == [[]]


@pytest.mark.parametrize("intro", ["The letter reads in part:", "The letter reads, in part,"])
def test_the_letter_s_text_introduced_by_the_letter_alone_is_the_signers(intro: str) -> None:
    text = f"{LEAD} {intro} “Small harbors cannot wait another season for the dredges.” {SIGNED}"
    assert speakers(text) == [SIGNERS]


def test_a_letter_that_reads_with_no_list_after_it_is_read_as_before() -> None:
    text = (
        f"{LEAD} The letter reads in part: “Small harbors cannot wait another season for "
        "the dredges.” The full text of the letter follows."
    )
    assert speakers(text) == [[]]


@pytest.mark.parametrize(
    "after",
    [
        # Words other than `to …`/`from …` between the letter and `signed by`.
        "The letter comes weeks after the Harbor Act was signed by Governor Nora Quill and "
        "Lt. Governor Ivo Brandt.",
        # An item after the first goes on with words of another kind.
        "The letter was signed by Reps. Nora Quill, Ivo Brandt and Lena Roth and sent to "
        "Secretary Cal Dunn.",
        # Said to be partial.
        "The letter was signed by Reps. Nora Quill, Ivo Brandt and Lena Roth, among others.",
        "The letter was signed by members including Reps. Nora Quill, Ivo Brandt and Lena Roth.",
    ],
)
def test_a_list_that_is_not_the_letter_s_whole_list_gives_nobody(after: str) -> None:
    assert speakers(f"{LEAD} {WORDS} {after}") == [[], []]


def test_a_letter_quoting_somebody_gives_the_words_to_no_signer() -> None:
    text = (
        f"{LEAD} “Small harbors cannot wait another season,” the letter reads, quoting "
        f"Secretary Cal Dunn. {SIGNED}"
    )
    assert SIGNERS not in speakers(text)


def test_a_group_s_saying_with_no_letter_before_it_is_not_the_letter_s() -> None:
    text = (
        "The Dover City Council voted on Monday to close the pier. “The pier is unsafe,” "
        f"the members said. {SIGNED}"
    )
    assert speakers(text) == [[]]


def test_a_group_s_saying_after_a_letter_named_before_it_is_the_signers() -> None:
    text = (
        "Members of the Harbor Caucus sent a letter to the Maritime Board on Monday. "
        f"“Small harbors cannot wait another season,” the members said. {SIGNED}"
    )
    assert speakers(text) == [SIGNERS]


@pytest.mark.parametrize(
    "text",
    [
        # Another writing of the group's.
        f"{LEAD} “Small harbors cannot wait,” the lawmakers wrote in an op-ed for the Dover "
        f"Ledger. {SIGNED}",
        # The letter quotes somebody else's words.
        f"{LEAD} The letter quotes Secretary Cal Dunn’s promise to the caucus. “Every port "
        f"stays open,” the letter reads. {SIGNED}",
        # Co-signers are not all of the signers.
        f"{LEAD} {WORDS} The letter was co-signed by Reps. Nora Quill (D-ME) and Ivo Brandt "
        "(R-OR).",
        # Surnames alone.
        f"{LEAD} {WORDS} The letter was signed by Chairman Quill and Ranking Member Brandt.",
    ],
)
def test_no_signers_for_another_s_words_or_an_unsure_list(text: str) -> None:
    assert all(not names for names in speakers(text))


OAKES_SIGNERS = ["Jo Pike", "Eli Marsh", "Una Reed"]
OAKES_LIST = "Reps. Jo Pike, Eli Marsh and Una Reed."
OAKES_WORDS = "“We cannot fund the locks this year,” the letter states."


@pytest.mark.parametrize(
    "text",
    [
        # Somebody else answered: the words are the answer, not the signed letter.
        f"Secretary Tam Oakes answered the coalition on Friday. {OAKES_WORDS} The letter to "
        f"Secretary Oakes was signed by {OAKES_LIST}",
        f"The Port Authority wrote back to the coalition. {OAKES_WORDS} The letter from the "
        f"coalition was signed by {OAKES_LIST}",
        # Another writer named before the words.
        f"In a letter to the coalition, Secretary Tam Oakes refused. {OAKES_WORDS} The letter "
        f"to the Secretary was signed by {OAKES_LIST}",
        f"In a letter to the coalition, Secretary Tam Oakes refused. {OAKES_WORDS} The letter "
        f"was signed by {OAKES_LIST}",
        f"Secretary Tam Oakes’s letter came on Friday. {OAKES_WORDS} The letter to the "
        f"Secretary was signed by {OAKES_LIST}",
        # The letter's text after `The letter reads in part:` likewise.
        "In a letter to the coalition, Secretary Tam Oakes refused. The letter reads in part: "
        f"“We cannot fund the locks this year.” The letter to the Secretary was signed by "
        f"{OAKES_LIST}",
        "Secretary Tam Oakes sent the coalition a letter. The letter reads in part: “We "
        f"cannot fund the locks this year.” The letter was signed by {OAKES_LIST}",
        "Secretary Tam Oakes’s letter came on Friday. The letter reads in part: “We cannot "
        f"fund the locks this year.” The letter was signed by {OAKES_LIST}",
    ],
)
def test_words_of_another_writer_or_answerer_are_not_the_signers(text: str) -> None:
    assert all(not names for names in speakers(text))


@pytest.mark.parametrize(
    "text",
    [
        # Another group comes between the letter and the words.
        "The coalition sent a letter to the Port Authority. Meanwhile, county lawmakers in "
        "Elmira passed a budget. “We cannot fund the locks,” the lawmakers said. The letter "
        f"was signed by {OAKES_LIST}",
        "Reps. Jo Pike and Eli Marsh sent a letter to the Port Authority. At a hearing on "
        "Tuesday, Authority members spoke. “We cannot fund the locks,” the members said. "
        f"The letter was signed by {OAKES_LIST}",
    ],
)
def test_a_group_s_saying_far_from_the_letter_is_not_the_signers(text: str) -> None:
    assert all(not names for names in speakers(text))


def test_a_group_writing_in_a_letter_to_somebody_is_still_the_signers() -> None:
    text = (
        "In a letter to Secretary Tam Oakes, the lawmakers pressed for the locks. “The "
        f"locks cannot wait,” the lawmakers wrote. The letter was signed by {OAKES_LIST}"
    )
    assert speakers(text) == [OAKES_SIGNERS]
