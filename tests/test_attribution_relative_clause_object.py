"""A name inside a relative clause opened by `who` before a verb of saying (`Congressman
Tarrant who joined Senator Tod Vail at the signing added,`) is the clause's object,
never the verb's subject: the words are those of the name the clause is about when it
opens the sentence, else nobody's."""

from __future__ import annotations

from tests.issuer_release import both

LEAD = "CORVALE – Rep. Wes Tarrant today welcomed a harbor grant. "
WORDS = " “This grant keeps the harbor open to every fishing family in Corvale.”"


def test_the_object_of_a_relative_clause_does_not_speak() -> None:
    for intro in (
        "Congressman Tarrant who joined Senator Tod Vail at the signing added,",
        "Congressman Tarrant who joined Senator Tod Vail said:",
        "Congressman Tarrant who joined Governor Ann Roe, Senator Tod Vail and port "
        "officials at the signing added that,",
        "Mayor Bram Vail who met Governor Ann Roe at the pier said,",
    ):
        want = [["Bram Vail"]] if intro.startswith("Mayor") else [["Wes Tarrant"]]
        for got in both(f"{LEAD}{intro}{WORDS}"):
            assert got == want, (intro, got)


def test_the_name_after_a_quotation_opens_the_sentence() -> None:
    text = (
        f"{LEAD}“We waited years,” Tarrant said. Mayor Bram Vail, who joined Senator Tod "
        f"Vail at the signing, added,{WORDS}"
    )
    for got in both(text):
        assert got[-1] == ["Bram Vail"], got


def test_no_sure_subject_before_the_clause_gives_nobody() -> None:
    for intro in (
        "Residents who met Senator Tod Vail at the pier said,",
        "Residents who met Senator Tod Vail said,",
    ):
        for got in both(f"{LEAD}{intro}{WORDS}"):
            assert got == [[]], (intro, got)


def test_a_clause_closed_before_the_subject_is_left_alone() -> None:
    for intro, want in (
        ("Mayor Bram Vail, who met Governor Ann Roe at the pier, said,", [["Bram Vail"]]),
        ("Governor Ann Roe, who met Tarrant at the pier, said,", [["Ann Roe"]]),
        ("Senator Tod Vail said,", [["Tod Vail"]]),
        (
            "Congressman Tarrant thanked Senator Tod Vail who caused a stir when he said that",
            [["Tod Vail"]],
        ),
    ):
        for got in both(f"{LEAD}{intro}{WORDS}"):
            assert got == want, (intro, got)


def test_a_list_holding_a_clause_that_names_the_issuer_gives_nobody() -> None:
    # the list cannot be read for sure: nobody, never the issuer the clause names
    for intro in (
        "Ann Roe, who met Tarrant, and Tod Vail said:",
        "Ann Roe, who met Congressman Tarrant at the pier, and Tod Vail said,",
    ):
        for got in both(f"{LEAD}{intro}{WORDS}"):
            assert got == [[]], (intro, got)
