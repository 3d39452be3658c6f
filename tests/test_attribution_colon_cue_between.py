"""A lower-case verb of saying right after a quotation that ended its sentence, its
subject and a colon (`” said Tod Vail: “…”`): the cue of the next quotation, never the
issuer's nor that of the subject of the sentence holding the first. Invented names."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"


def test_the_colon_cue_gives_the_next_quotation_to_its_subject() -> None:
    for first in ("The sign said “Closed.”", "The sign said “Closed for the season.”"):
        text = f"{LEAD}{first} said Tod Vail: “We open again on Monday.”"
        for got in both(text):
            assert got[-1] == ["Tod Vail"], (first, got)
    # the subject of the sentence holding the first quotation never speaks the second
    text = f"{LEAD}Ann Roe called it “a sad day.” said Tod Vail: “We open again on Monday.”"
    for got in both(text):
        assert got == [["Ann Roe"], ["Tod Vail"]], got
    text = f"{LEAD}Ann Roe left. “The pier is unsafe.” replied Vail to the crowd: “It is safe.”"
    for got in both(text):
        assert got[-1] == [], got  # `Vail`, named in full nowhere: nobody, not the issuer


def test_a_clause_of_its_own_before_the_colon_gives_nobody() -> None:
    # the colon ends another clause, whose words may be another's: nobody, never the
    # cue's subject and never the subject of the sentence holding the first quotation
    first = "Ann Roe called it “a sad day.”"
    for cue in (
        "said Tod Vail, who heard Bram Vail say:",
        "said Tod Vail, quoting Bram Vail:",
        "said Tod Vail, reading from a letter:",
    ):
        text = f"{LEAD}{first} {cue} “We open again on Monday.”"
        for got in both(text):
            assert got == [["Ann Roe"], []], (cue, got)
    # the relative's own verb of saying: still the subject's words
    text = f"{LEAD}{first} said Tod Vail, who added: “We open again on Monday.”"
    for got in both(text):
        assert got == [["Ann Roe"], ["Tod Vail"]], got


def test_a_sentence_of_another_subject_before_the_colon_gives_nobody() -> None:
    # `“…,” said Tarrant, “…”` and then another subject's sentence, its verb no cue,
    # introducing words with a colon: neither the speaker before nor the issuer
    first = "“As we talk about trade,” said Tarrant, “we can no longer wait. Ports create jobs.”"
    intro = "Speaker Ann Roe recognized his advocacy when naming him to the council:"
    text = f"{LEAD}{first} {intro} “Congressman Tarrant has been a tireless advocate.”"
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Wes Tarrant"], []], got
    # a subject naming nobody (`Full transcript is below:`) keeps them too
    text = f"{LEAD}{first} Full transcript is below: “Good morning, I am glad to be here.”"
    for got in both(text):
        assert got == [["Wes Tarrant"]] * 3, got
    # the same subject named again keeps the words
    intro = "Tarrant recalled his advocacy when he joined the council:"
    text = f"{LEAD}{first} {intro} “I have been a tireless advocate.”"
    for got in both(text):
        assert got == [["Wes Tarrant"]] * 3, got
