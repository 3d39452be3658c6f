"""A few quoted words that a relative clause tells of, inside what a sentence says somebody
is asked to do, are a term (the name of the thing to act on), not the askers' words: the
writers of a letter asking for an inquiry into possible “wait lists” did not say the two
words. Quoted words the sentence gives as somebody's view keep their speaker. Invented
names and sentences."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(LEAD + text)), speakers(release(LEAD + text, "wes_tarrant"))]


def test_a_term_in_a_letters_request_is_nobodys() -> None:
    text = (
        "In September, Sens. Ann Roe and Tod Vail wrote a letter to Inspector General Ivo "
        "Brandt requesting that he open an inquiry into possible “wait lists” that may have "
        "delayed care at a Corvale clinic."
    )
    for got in both(text):
        assert got == [], got


def test_a_term_in_what_an_agency_is_urged_to_do_is_nobodys() -> None:
    for verb in ("urging him to withdraw", "asking him to explain", "and urged him to drop"):
        text = (
            f"Rep. Ann Roe sent a letter to Administrator Ivo Brandt today {verb} a "
            "recently proposed “harbor rule” that would limit dredging in Corvale."
        )
        for got in both(text):
            assert got == [], (verb, got)


def test_a_term_after_a_request_with_no_relative_clause_is_read_as_before() -> None:
    # no `that` + verb after the words: the words are read as before this rule
    text = (
        "Rep. Ann Roe sent a letter to Administrator Ivo Brandt today urging him to drop "
        "the plan. Roe said the plan was “dead on arrival” in Corvale."
    )
    for got in both(text):
        assert got == [["Ann Roe"]], got


def test_a_view_with_a_relative_clause_and_no_request_keeps_its_speaker() -> None:
    # `criticized`, `arguing that`, `saying`: the sentence gives the words as the view of
    # the person it names, whatever clause follows them
    for text in (
        "Rep. Ann Roe criticized the board for its latest “harbor grab” that is meant to "
        "close the docks.",
        "Rep. Ann Roe has been a critic of the board, arguing that it has allowed a "
        "“backdoor closure” that is against the law.",
        "Sen. Ann Roe said the board built “false promises” that will never pay for dredging.",
    ):
        for got in both(text):
            assert got == [["Ann Roe"]], (text, got)


def test_a_request_in_a_statement_before_the_words_keeps_their_speaker() -> None:
    # a request in another sentence, or the quotation opening after a quotation mark
    text = (
        "Rep. Ann Roe asked the board to act. “The docks need a “harbor fund” that will pay "
        "for dredging,” Roe said."
    )
    got = both(text)
    for quotes in got:
        assert ["Ann Roe"] in quotes, quotes
