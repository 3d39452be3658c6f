"""Who speaks after an adverb opening the sentence (`Afterward Lind said`) and in a list
of labelled statements (`Statement of Ben Fisk, Union President: “…”`). Every fixture is
invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record

LEAD = (
    "Harbor Bill Advances WASHINGTON - The harbor bill passed the committee this week. "
    "Rep. Sarah Lind voted for it. "
)
WORDS = "“This bill keeps our ports open and our workers on the job.”"


def bare(text: str) -> list[list[str]]:
    return [q.speakers for q in extract_quotes([text])[1]]


def with_issuer(text: str, member: str = "ann_holt") -> list[list[str]]:
    record = {"text": text, "member": member}
    doc = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [q.speakers for q in doc.quotes]


@pytest.mark.parametrize(
    "opener", ["Afterward", "Afterwards", "Likewise", "Elsewhere", "Overnight", "Tonight"]
)
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(opener: str) -> None:
    assert bare(f"{LEAD}{opener} Lind said: {WORDS}") == [["Sarah Lind"]]


@pytest.mark.parametrize(
    "opener", ["Again", "Instead", "Further", "Moreover", "Additionally", "Separately", "Next"]
)
def test_an_adverb_before_a_surname_never_makes_another_name(opener: str) -> None:
    assert bare(f"{LEAD}{opener} Lind said: {WORDS}") in ([["Sarah Lind"]], [[]])


@pytest.mark.parametrize("opener", ["Afterward", "Yesterday", "Meanwhile", "Today"])
def test_an_adverb_before_a_titled_name(opener: str) -> None:
    assert bare(f"{LEAD}{opener} Rep. Lind said: {WORDS}") == [["Sarah Lind"]]


HEAD = (
    "Members React to Harbor Bill Passage WASHINGTON - Members of the delegation issued "
    "the following statements after the House passed the harbor bill. "
)
FIRST = "“This bill keeps our ports open and our workers on the job.”"
SECOND = "“Our fishermen have waited years for this repair money.”"
THIRD = "“I am proud to have voted for a bill that helps every coastal town.”"


@pytest.mark.parametrize(
    "labels",
    [
        (
            "Statement of Mayor Ann Holt:",
            "Statement of Ben Fisk, President of the Harbor Workers Union:",
            "Statement of Cal Dunn, Director of the Coastal Towns Alliance:",
        ),
        ("Mayor Ann Holt said,", "Union President Ben Fisk added,", "Director Cal Dunn:"),
    ],
)
def test_a_label_naming_another_stops_the_earlier_speaker(labels: tuple[str, ...]) -> None:
    text = f"{HEAD}{labels[0]} {FIRST} {labels[1]} {SECOND} {labels[2]} {THIRD}"
    for found in (bare(text), with_issuer(text)):
        assert found[0] == ["Ann Holt"]
        # each later quotation is its own label's or nobody's, never Holt's
        assert all(
            s in ([], [name]) for s, name in zip(found[1:], ["Ben Fisk", "Cal Dunn"], strict=True)
        )


@pytest.mark.parametrize(
    "labels",
    [
        ("Rep. Ann Holt (D-Maine):", "Rep. Ben Fisk (R-Maine):", "Rep. Cal Dunn (D-Maine):"),
        ("Mayor Ann Holt:", "Union President Ben Fisk:", "Director Cal Dunn:"),
        ("Ann Holt, Mayor:", "Ben Fisk, President of the Union:", "Cal Dunn, Director:"),
    ],
)
def test_a_list_of_labels_keeps_each_speaker(labels: tuple[str, ...]) -> None:
    text = f"{HEAD}{labels[0]} {FIRST} {labels[1]} {SECOND} {labels[2]} {THIRD}"
    expected = [["Ann Holt"], ["Ben Fisk"], ["Cal Dunn"]]
    assert bare(text) == expected
    assert with_issuer(text) == expected


@pytest.mark.parametrize(
    "between",
    ["She added:", "Holt continued:", "The statement goes on:", "Full Statement:"],
)
def test_narration_of_the_same_speaker_or_a_heading_goes_on(between: str) -> None:
    text = f"{HEAD}Mayor Ann Holt said: {FIRST} {between} {SECOND}"
    assert bare(text) == [["Ann Holt"], ["Ann Holt"]]


GROUPS = (
    "Sens. Ann Roe and Ben Fisk and Reps. Cal Dunn and Ed Hale introduced the bill today. "
    "“This bill keeps our ports open and our workers on the job.” the {noun} said."
)


@pytest.mark.parametrize("noun", ["lawmakers", "representatives", "members"])
def test_a_group_noun_after_two_groups_is_never_the_first_pair_alone(noun: str) -> None:
    # each named person, or nobody: never the senators alone for all of them
    assert bare(GROUPS.format(noun=noun)) == [[]]


def test_the_first_pairs_own_title_after_two_groups_names_that_pair() -> None:
    assert bare(GROUPS.format(noun="senators")) == [["Ann Roe", "Ben Fisk"]]


@pytest.mark.parametrize(
    "tail", [" and their staff", " and other members", " or their aides", " and Gov. Cal Dunn"]
)
def test_words_going_on_past_the_pair_leave_it_the_group(tail: str) -> None:
    text = (
        f"Sens. Ann Roe and Ben Fisk{tail} introduced the bill today. “This bill keeps our "
        "ports open,” the senators said."
    )
    assert bare(text) == [["Ann Roe", "Ben Fisk"]]


def test_a_group_noun_after_one_group_keeps_it() -> None:
    text = GROUPS.replace(" and Reps. Cal Dunn and Ed Hale", "").format(noun="senators")
    assert bare(text) == [["Ann Roe", "Ben Fisk"]]


@pytest.mark.parametrize(
    "heading",
    ["General Thoughts:", "On the Harbor Deal:", "Nora Quill (D) Maine:", "Full Statement:"],
)
def test_a_heading_or_the_issuers_own_label_keeps_the_issuers_statement(heading: str) -> None:
    text = (
        "Quill Backs Harbor Bill WASHINGTON - Sen. Nora Quill today made these statements "
        f"on the harbor bill. {heading} “I have worked on this bill for two years and I am "
        "proud of it.”"
    )
    assert with_issuer(text, "nora_quill") == [["Nora Quill"]]


def test_a_long_heading_in_capitals_without_a_colon_is_read_at_once() -> None:
    # forty capitalised words and no colon: a label pattern that could cut each word in
    # many places would never finish on it
    heading = " ".join(["HOLT CALLS FOR HARBOR FUNDING IN NEW BILL"] * 5) + " -"
    text = (
        "Harbor Bill Passes WASHINGTON - Rep. Ann Holt said: “We waited years for this repair "
        f"money.” {heading} {WORDS}"
    )
    assert with_issuer(text) == [["Ann Holt"], ["Ann Holt"]]
    assert bare(text)[0] == ["Ann Holt"]


ISSUED = (
    "Harbor Bill Passes WASHINGTON - Rep. Ann Holt issued the following statement on the "
    "harbor bill: “We waited years for this repair money.” "
)


@pytest.mark.parametrize(
    "heading",
    [
        "Bill Summary:",
        "Grant Program Details:",
        "Mark Up Remarks:",
        "Will County Projects:",
        "Dean Street Project:",
        "Jordan Valley Project:",
        "Carter Center Visit:",
        "Key Points:",
    ],
)
def test_a_heading_opening_with_a_given_name_names_nobody(heading: str) -> None:
    assert with_issuer(f"{ISSUED}{heading} {WORDS}") == [["Ann Holt"], ["Ann Holt"]]


@pytest.mark.parametrize(
    "label", ["Director Cal Dunn:", "Ben Fisk, Harbor Union:", "Union President Ben Fisk:"]
)
def test_a_person_label_after_the_issuers_words_still_names_its_person(label: str) -> None:
    assert with_issuer(f"{ISSUED}{label} {WORDS}")[1] != ["Ann Holt"]


def test_a_name_the_text_gives_elsewhere_is_a_label() -> None:
    text = (
        "Harbor Bill Passes WASHINGTON - Rep. Ann Holt and union president Ben Fisk spoke on "
        "the harbor bill. Rep. Ann Holt said: “We waited years for this repair money.” "
        f"Ben Fisk: {WORDS}"
    )
    assert with_issuer(text)[1] != ["Ann Holt"]
    assert bare(text)[1] != ["Ann Holt"]


SAID = (
    "Harbor Bill Passes WASHINGTON - Rep. Ann Holt said: “We waited years for this repair money.”"
)


@pytest.mark.parametrize(
    "rest",
    [
        " Director Cal Dunn: “Our members waited.” “We thank the congresswoman.”",
        "\n\nBen Fisk, Union President: “Our members waited.” “We thank the congresswoman.”",
        "\n\nStatement of Ben Fisk, Union President: “Our members waited.”\n\n“We thank the "
        "congresswoman.”",
        "\n\nStatement of Ben Fisk, Union President:\n\n“Our members waited.”\n\n“We thank the "
        "congresswoman.”",
    ],
)
def test_a_label_stops_the_earlier_speaker_for_every_quotation_after_it(rest: str) -> None:
    for found in (bare(SAID + rest), with_issuer(SAID + rest)):
        assert found[0] == ["Ann Holt"]
        assert all("Ann Holt" not in s for s in found[1:])


def test_the_earlier_speaker_named_again_after_a_label_speaks_again() -> None:
    text = (
        f"{SAID} Director Cal Dunn: “Our members waited.” “We thank the congresswoman.” "
        "Holt added: “We will keep at it.”"
    )
    for found in (bare(text), with_issuer(text)):
        assert found[0] == found[-1] == ["Ann Holt"]
        assert all("Ann Holt" not in s for s in found[1:-1])


JOINT = (
    "Harbor Bill Passes WASHINGTON - Reps. Ivo Vail (D-Calif.), Ann Holt (R-Iowa) and Tod Bram "
    "(R-Fla.) today introduced a bill to repair the harbor. “The piers cannot wait another "
    "winter,” said Rep. Bram. “We owe the crews a safe dock.” "
)
GRATEFUL = "“I am glad somebody finally listened to the crews.”"


@pytest.mark.parametrize(
    "label",
    ["Zettie Korr, a dock worker:", "Quennel Varro, member of the harbor crew:"],
)
def test_a_name_label_with_a_role_in_lower_case_is_never_the_issuers(label: str) -> None:
    # A first name the name lists do not know: the label still names somebody else.
    text = f"{JOINT}{label} {GRATEFUL}"
    assert with_issuer(text)[-1] in ([], ["Zettie Korr"], ["Quennel Varro"])
    assert bare(text)[-1] != ["Tod Bram"]


def test_the_issuers_own_name_label_with_a_role_in_lower_case_stays_the_issuers() -> None:
    text = f"{JOINT}Ann Holt, the bill's author: {GRATEFUL}"
    assert with_issuer(text)[-1] == ["Ann Holt"]
