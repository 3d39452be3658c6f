"""Words a release quotes after a sentence has ended: a cue or a name before that sentence's
end speaks for its own quotation only; a body making something public in the next sentence
does not speak the words before it; a document's words introduced by a `which …:` clause are
not the member's."""

from __future__ import annotations

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
