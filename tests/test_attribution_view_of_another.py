"""An uncued quotation right after a sentence saying that a paper, another body or
another person gave a view and no more of it (`Last fall, the Sunday edition of the
Corvale Gazette weighed in on this program. “…”`) is that view: the paper's when its
name is a body's, else nobody's, never the last speaker's or the issuer's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a youth council on Tuesday.\n\n"
SAID = "“We will fight for the program,” said Wes Tarrant. "
WORDS = "“The program pays for itself. “Students should jump at it.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_a_papers_edition_weighing_in_speaks_the_words_after_it() -> None:
    for sentence in (
        "Last fall, the Sunday edition of the Corvale Gazette weighed in on this program.",
        "The Corvale Gazette weighed in on this program last fall.",
        "In May, the Corvale Gazette editorialized in favor of the program.",
        "Last fall, the Corvale Gazette editorial board weighed in on this program.",
        "Last fall, the Corvale Gazette’s editorial board weighed in on this program.",
        "Last fall, the editors of the Corvale Gazette weighed in on this program.",
    ):
        for got in both(f"{SAID}{sentence} {WORDS}"):
            assert got == [["Wes Tarrant"], ["Corvale Gazette"], ["Corvale Gazette"]], sentence


def test_a_cue_the_parse_does_not_read_after_the_papers_words() -> None:
    text = (
        f"{SAID}Last fall, the Sunday edition of the Corvale Gazette weighed in on this "
        "program. “The program pays for itself,” the paper’s board found."
    )
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Corvale Gazette"]]


def test_a_subject_that_is_no_sure_body_leaves_the_words_nobodys() -> None:
    # `Ledger` is no organisation's word, `Ben Fisk` is another person: whose view it
    # is the parse cannot say, so neither the member quoted before nor the issuer.
    for sentence in (
        "Last fall, the Corvale Ledger weighed in on this program.",
        "Ben Fisk weighed in on this program.",
    ):
        for got in both(f"{SAID}{sentence} “The program pays for itself.”"):
            assert got == [["Wes Tarrant"], []], sentence


def test_the_last_speaker_weighing_in_again_goes_on() -> None:
    text = f"{SAID}Tarrant weighed in on the program again. “It pays for itself.”"
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Wes Tarrant"]]


def test_a_body_that_says_what_it_found_leaves_the_quotation_as_it_was() -> None:
    # The sentence reports the view itself: the words after it may be the member's
    # answer, as `_other_subject` has it for a body that says or reports something.
    text = f"{SAID}The Corvale Gazette weighed in that the program works. “I will keep asking.”"
    for got in both(text):
        assert got == [["Wes Tarrant"], ["Wes Tarrant"]]


def test_words_that_name_the_body_are_not_the_bodys_view() -> None:
    # The quotation speaks of the paper in the third person: somebody else's words about
    # its view, whose the parse cannot say; not the paper's, and kept from the issuer.
    for words in (
        "“We thank the Gazette for its support of the pier.”",
        "“We thank the Corvale Gazette for its support.”",
        "“The paper got it right about the pier.”",
        "“The editorial board got it right about the pier.”",
    ):
        text = f"{SAID}The Corvale Gazette weighed in on this program last fall. {words}"
        for got in both(text):
            assert got == [["Wes Tarrant"], []], words


def test_with_nobody_quoted_before_a_papers_view_is_still_its_own() -> None:
    # No quotation before the sentence, or the words opening the next paragraph: the
    # paper's view, never the issuer's.
    for gap in (" ", "\n\n"):
        text = f"The Corvale Gazette weighed in on this program.{gap}“It wastes money.”"
        for got in both(text):
            assert got == [["Corvale Gazette"]], repr(gap)


def test_with_nobody_quoted_before_a_view_of_no_sure_body_is_nobodys() -> None:
    for text in (
        "Last fall, the Corvale Ledger weighed in on this program. “It wastes money.”",
        "Ben Fisk weighed in on this program.\n\n“It wastes money.”",
        "The former Corvale Gazette editor weighed in on this program.\n\n“It wastes money.”",
    ):
        for got in both(text):
            assert got == [[]], text


def test_with_nobody_quoted_before_the_member_weighing_in_keeps_the_issuer() -> None:
    for text in (
        "Tarrant weighed in on this program. “It pays for itself.”",
        "Rep. Tarrant weighed in on this program.\n\n“It pays for itself.”",
    ):
        assert speakers(release(LEAD + text, "wes_tarrant")) == [["Wes Tarrant"]], text


def test_with_nobody_quoted_before_another_member_weighing_in_is_not_the_issuers() -> None:
    # Another member (titled, named in full, or set off by a role) gave the view: the
    # words may be theirs, never the issuer's; the parse leaves them nobody's.
    for text in (
        "Sen. Ann Roe weighed in on this program. “It pays for itself.”",
        "Sen. Ann Roe weighed in on this program.\n\n“It pays for itself.”",
        "Sen. Roe weighed in.\n\n“It pays for itself.”",
        "Ann Roe, the mayor, weighed in. “It pays for itself.”",
        "Rep. Ann Roe opined on this program. “It pays for itself.”",
    ):
        for got in both(text):
            assert got == [[]], text


def test_another_person_weighing_in_with_a_colon_speaks() -> None:
    for got in both("Ann Roe, the mayor, weighed in: “It pays for itself.”"):
        assert got == [["Ann Roe"]]


def test_the_issuer_weighing_in_by_surname_keeps_the_words() -> None:
    text = "Tarrant weighed in. “It pays for itself.”"
    assert speakers(release(LEAD + text, "wes_tarrant")) == [["Wes Tarrant"]]


def test_several_weighing_in_leave_the_words_nobodys() -> None:
    # Two or more gave a view (the issuer among them or not): the words may be any
    # one's, so never the issuer's alone.
    for text in (
        "Reps. Ann Roe and Tod Vail weighed in. “It pays for itself.”",
        "Reps. Ann Roe (D-OR) and Tod Vail (D-OR) weighed in.\n\n“It pays for itself.”",
        "Reps. Ann Roe, Tod Vail, and Cal Dunn weighed in on this program. “It pays for itself.”",
        "Last fall, Ann Roe and Tod Vail weighed in. “It pays for itself.”",
        "Ann Roe and Tod Vail, both of Corvale, opined on it. “It pays for itself.”",
        "Reps. Tarrant and Roe weighed in. “It pays for itself.”",
    ):
        for got in both(text):
            assert got == [[]], text


def test_several_weighing_in_with_a_colon_speak_together() -> None:
    for got in both("Ann Roe and Tod Vail weighed in: “It pays for itself.”"):
        assert got == [["Ann Roe", "Tod Vail"]]


def test_a_list_or_a_group_weighing_in_leaves_the_words_nobodys() -> None:
    # Groups, a group by a plural noun, or a body and a person gave a view: the words
    # after it may be any one's spokesman's, never the issuer's nor the last speaker's.
    for sentence in (
        "Democrats and Republicans weighed in.",
        "Several lawmakers weighed in.",
        "Local leaders weighed in on this program.",
        "The Corvale Council and the Mayor weighed in.",
        "Last fall, Tarrant and local leaders weighed in.",
    ):
        for gap in (" ", "\n\n"):
            for got in both(f"{sentence}{gap}“It pays for itself.”"):
                assert got == [[]], (sentence, gap)
        for got in both(f"{SAID}{sentence} “It pays for itself.”"):
            assert got == [["Wes Tarrant"], []], sentence


def test_the_issuer_who_has_weighed_in_keeps_the_words() -> None:
    for text in (
        "Tarrant has weighed in on this program. “It pays for itself.”",
        "Tarrant weighed in. “It pays for itself.”",
    ):
        assert speakers(release(LEAD + text, "wes_tarrant")) == [["Wes Tarrant"]], text
