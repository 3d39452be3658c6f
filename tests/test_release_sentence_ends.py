"""Words a release quotes after a sentence has ended: a cue or a name before that sentence's
end speaks for its own quotation only; a body making something public in the next sentence
does not speak the words before it; a document's words introduced by a `which …:` clause are
not the member's."""

from __future__ import annotations

from importers.speakers import document_introduces
from tests.issuer_release import bare, release, speakers


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(release(text)), speakers(bare(text))]


LEAD = "DOVER, OH – Congresswoman Nora Quill today urged the port to keep its word on grain. "


def test_a_fragment_in_the_next_sentence_is_not_the_earlier_speakers() -> None:
    text = (
        LEAD + "Quill said, “Our grain is the safest in the world. The port should keep its "
        "word.” Farm officials called it a “very serious matter” and promised to act.\n"
    )
    for got in _both(text):
        assert got[0] == ["Nora Quill"]
        assert ["Nora Quill"] not in got[1:]


def test_the_earlier_cue_does_not_reach_past_two_quotations() -> None:
    text = (
        LEAD + "Quill said, “Our grain is the safest in the world.” Officials from the Grain "
        "Office (GO) said this is a “grave matter” and they are “watching the vote very "
        "closely.”\n"
    )
    for got in _both(text):
        assert got[0] == ["Nora Quill"]
        assert ["Nora Quill"] not in got[1:]


def test_a_continuation_after_a_full_sentence_stays_the_speakers() -> None:
    # The rule stops the cue, not the continuation: a quotation opening its own sentence
    # right after the speaker's goes on with that speaker.
    text = LEAD + "Quill said, “We will win this fight.” “We always do.”\n"
    for got in _both(text):
        assert got == [["Nora Quill"], ["Nora Quill"]]


def test_a_body_announcing_a_rule_after_the_words_does_not_speak_them() -> None:
    text = (
        LEAD + "“The Harbor Board’s plan is a mistake,” said Quill. “I want every voice heard "
        "before the deadline.” The Harbor Board has announced a proposed rule that would add "
        "six moorings near the pier.\n"
    )
    for got in _both(text):
        assert got == [["Nora Quill"], ["Nora Quill"]]


def test_a_cue_after_the_words_with_a_time_still_names_the_speaker() -> None:
    text = "The mill will reopen in May. “We have a buyer.” Mayor Ivo Brandt announced Tuesday.\n"
    assert speakers(bare(text)) == [["Ivo Brandt"]]


def test_a_cue_whose_verb_takes_an_object_names_nobody() -> None:
    text = (
        "The mill will reopen in May. “We have a buyer.” Mayor Ivo Brandt announced the sale "
        "at a meeting of the council.\n"
    )
    assert speakers(bare(text)) == [[]]


def test_a_documents_words_after_a_which_clause_are_not_the_members() -> None:
    text = (
        LEAD + "In 2012, the Harbor Agency released a “Plan for Safer Ports,” which made the "
        "following commitment: “we will publish a separate strategy for inland ports that "
        "considers the latest risks.” The bill requires the agency to report to Congress.\n"
    )
    for got in _both(text):
        assert got[-1] == []


def test_the_members_statement_which_reads_stays_the_members() -> None:
    text = (
        "DOVER, OH – Congresswoman Nora Quill today issued a statement, which reads: “we "
        "will publish a separate strategy for inland ports that considers the latest risks.”\n"
    )
    for got in _both(text):
        assert got == [["Nora Quill"]]


def test_he_or_she_going_on_after_the_words_keeps_the_speaker() -> None:
    text = (
        LEAD + "Quill called the ruling “unbearable and unjust.” On the radio she wanted to "
        "speak “plainly to every farmer” about the prices.\n"
    )
    for got in _both(text):
        assert got == [["Nora Quill"], ["Nora Quill"]]


LEAD_PIER = "DOVER, OH – Congresswoman Nora Quill today backed the farm bill at the Dover pier.\n\n"


def test_a_clause_after_a_cue_of_saying_does_not_make_the_words_public() -> None:
    for tail in (
        "“We owe our farmers a fair price.” said Mayor Ann Holt, who introduced the Grain "
        "Act in March.\n",
        "“The plan is ready.” Mayor Ann Holt said as she released the report at the pier.\n",
    ):
        for got in _both(LEAD_PIER + tail):
            assert got == [["Ann Holt"]]


def test_a_making_public_cue_with_no_object_names_the_speaker() -> None:
    for tail in ("announced here.", "announced Dec. 3.", "announced on Friday."):
        text = LEAD_PIER + "“The plan is ready.” Mayor Ann Holt " + tail + "\n"
        for got in _both(text):
            assert got == [["Ann Holt"]]


def test_a_making_public_cue_with_a_sum_or_a_name_as_object_names_nobody() -> None:
    for tail in (
        "announced $4 million for the pier.",
        "has unveiled Harbor Plan B.",
        "has announced advance notice of a rule on moorings.",
    ):
        text = "The mill will reopen in May. “We have a buyer.” Mayor Ivo Brandt " + tail + "\n"
        assert speakers(bare(text)) == [[]]


def test_narration_going_on_with_her_or_his_keeps_the_speaker() -> None:
    text = (
        LEAD_PIER + "Mayor Ann Holt said, “We acted.” In her view the law is “a turning point "
        "for the town.”\n"
    )
    for got in _both(text):
        assert got == [["Ann Holt"], ["Ann Holt"]]


def test_narration_naming_the_speakers_own_text_keeps_the_speaker() -> None:
    text = (
        LEAD_PIER + "Quill wrote, “The yard employs four thousand people. Closing it would hurt "
        "the region.” Quill’s letter, attached, includes the following excerpt: the yard “has "
        "served the fleet for a century.”\n"
    )
    for got in _both(text):
        assert got == [["Nora Quill"], ["Nora Quill"]]


def test_words_after_another_subjects_verb_of_saying_are_not_the_earlier_speakers() -> None:
    for tail in (
        "Mayor Tom Holt said, “We acted.” The governor said he would “fight it in court.”\n",
        "Mayor Ann Holt backed the bill. Holt said, “We acted.” But critics say she is “out "
        "of touch with the town.”\n",
        "Mayor Tom Holt said, “We acted.” After the vote critics said he is “out of touch with "
        "the town.”\n",
    ):
        for got in _both(LEAD_PIER + tail):
            assert ["Nora Quill"] not in got[1:]
            assert ["Ann Holt"] not in got[1:] and ["Tom Holt"] not in got[1:]


def test_a_which_clause_of_a_letter_to_a_named_person_is_not_a_documents() -> None:
    paragraph = (
        "The congresswoman sent a letter to Secretary Dan Lee, which reads in part: “The yard "
        "must stay open.”"
    )
    assert not document_introduces(paragraph, paragraph.index("“"))
    paragraph = "The agency released a “Harbor Plan,” which made this promise: “we will act.”"
    assert document_introduces(paragraph, paragraph.rindex("“"))


def test_a_later_sentence_making_public_with_a_time_first_does_not_take_the_words() -> None:
    for narration in (
        "Last month Quill announced that she would file a bill.",
        "Quill previously announced nearly $4 million for the pier.",
    ):
        text = (
            LEAD_PIER + "“My talk with the board went well,” said Congresswoman Quill. “The port "
            "matters to every farm here. I know how much these jobs mean.” " + narration + "\n"
        )
        for got in _both(text):
            assert got == [["Nora Quill"], ["Nora Quill"]]


def test_a_body_that_recently_announced_something_does_not_speak_the_words() -> None:
    text = (
        LEAD_PIER + "Quill said, “I will watch this closely. Farmers cannot afford another "
        "loss.” The Harbor Board recently announced that a clerk took files home.\n"
    )
    for got in _both(text):
        assert got == [["Nora Quill"]]
