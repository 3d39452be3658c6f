"""A person's label right after the closing mark of the words before it, in the same
paragraph (`Rep. Bram Vail said: “…” Rep. Ann Roe: “…”`), takes the words right after
it: the verb cue of the sentence before the first quotation is the first quotation's
only. A label that names no person there (`Mr. Speaker:`, `Harbor Act:`) changes nothing.
Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Harbor Bill Passes\n\nSALEM, OR – The House passed the harbor bill on Tuesday.\n\n"


def both(paragraph: str) -> list[list[list[str]]]:
    text = HEAD + paragraph + "\n\n"
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "first",
    [
        "Rep. Bram Vail said:",
        "Rep. Bram Vail (D-OR), Ranking Member of the Harbor Committee said:",
    ],
)
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Rep. Ann Roe:", "Ann Roe"),
        ("Rep. Ann Roe (D-OR):", "Ann Roe"),
        ("Rep. Ann J. Roe (D-OR):", "Ann J. Roe"),
        ("Ann Roe:", "Ann Roe"),
        ("Chair Ann Roe:", "Ann Roe"),
    ],
)
def test_a_label_after_a_closing_mark_takes_the_next_words(
    first: str, label: str, name: str
) -> None:
    paragraph = f"{first} “The bill is good. It helps.” {label} “I am glad the bill passed.”"
    assert both(paragraph) == [[["Bram Vail"], [name]]] * 2


def test_a_label_after_a_term_in_marks_takes_the_next_words() -> None:
    paragraph = "Rep. Bram Vail said the “harbor bill” Chair Ann Roe: “I am glad it passed.”"
    assert both(paragraph) == [[["Bram Vail"], ["Ann Roe"]]] * 2


@pytest.mark.parametrize("label", ["Mr. Speaker:", "Harbor Act:", "Senator:"])
def test_a_label_naming_no_person_is_no_cue(label: str) -> None:
    paragraph = f"Rep. Bram Vail said: “The bill is good.” {label} “I am glad the bill passed.”"
    for got in both(paragraph):
        assert got[0] == ["Bram Vail"]
        assert got[1] in ([], ["Bram Vail"])  # as before: no label's person


LEAD = (
    "Congressman Wes Tarrant (D-OR) and U.S. Representative Tod Vail today introduced the "
    "harbor bill. "
)


@pytest.mark.parametrize("opener", ["Statement by", "Statement of", "Remarks of"])
def test_a_statements_label_after_a_closing_mark_names_its_person(opener: str) -> None:
    paragraph = (
        f"{LEAD}{opener} Rep. Tarrant (D-OR): “The bill is good.” "
        f"{opener} Rep. Vail (R-OR): “Early dredging helps.” “It keeps the bay open.”"
    )
    for got in both(paragraph):
        assert got[1:] == [["Tod Vail"], ["Tod Vail"]]


def test_a_statements_label_stops_the_verb_cue_before() -> None:
    paragraph = (
        "Rep. Ann Roe said: “The bill is good.” Statement by Rep. Tod Vail (R-OR): "
        "“Early dredging helps.”"
    )
    assert both(paragraph) == [[["Ann Roe"], ["Tod Vail"]]] * 2


def test_a_statement_by_a_body_is_nobodys_label() -> None:
    paragraph = (
        "Rep. Ann Roe said: “The bill is good.” Statement by the Harbor Board: "
        "“Early dredging helps.”"
    )
    for got in both(paragraph):
        assert got[1] in ([], ["Ann Roe"])  # as before: no person named by the label


@pytest.mark.parametrize(
    "label",
    [
        "Jordan Valley:",
        "Carolina Harbor:",
        "Madison Square:",
        "Georgia Power:",
        "Virginia Beach:",
        "Jackson County:",
        "Chase Bank:",
        "Santa Clara:",
    ],
)
def test_a_place_or_body_opening_with_a_first_name_is_no_persons_label(label: str) -> None:
    # a place's or a company's name (a first name opens it) names nobody: neither it nor a
    # member named in another paragraph speaks the words after it
    text = (
        "Harbor Bill Passes\n\nSALEM, OR – Rep. Wes Tarrant spoke on the harbor bill on "
        f"Tuesday.\n\nRep. Bram Vail said: “The bill is good.” {label} “I am glad the bill "
        "passed.”\n\n"
    )
    for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
        assert got[0] == ["Bram Vail"]
        assert got[1] in ([], ["Bram Vail"]), (label, got)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Bram Vail wrote to the “Harbor Board” Ann Roe: “I am glad the harbor will be dredged.”",
        "Rep. Bram Vail sent a letter to “Friends of Corvale” President Ann Roe: “We write to "
        "urge you to act on the harbor.”",
        "Tarrant wrote to the “Harbor Board” Chair Ann Roe: “I am glad the harbor is dredged.”",
    ],
)
def test_a_name_set_beside_a_term_a_preposition_takes_is_no_label(paragraph: str) -> None:
    # the one written to, not the words' speaker; nobody's, never the issuer's
    for given in both(paragraph):
        assert given == [[]]


def test_a_signature_after_the_words_that_follow_a_term_still_speaks() -> None:
    paragraph = (
        "The caucus backs a ban on the sale of “harbor drones” and similar devices. "
        "“We must act on the harbor before the next season,” – Caucus Co-Chair Ann Roe."
    )
    for given in both(paragraph):
        assert given == [["Ann Roe"]]


def test_a_label_after_a_term_that_ends_its_sentence_still_speaks() -> None:
    paragraph = (
        "Rep. Bram Vail spoke at a hearing on “Harbor Dredging.” Chairman Ann Roe: "
        "“The harbor must be dredged this year.”"
    )
    for given in both(paragraph):
        assert given == [["Ann Roe"]]


@pytest.mark.parametrize("asker", ["Q:", "Question:", "Moderator:"])
def test_an_asking_label_after_a_closing_mark_stops_the_cue_before(asker: str) -> None:
    # the question is put to the speaker before, not asked by him, nor by the issuer
    paragraph = (
        "Rep. Tod Vail said: “The harbor must be dredged before the next season.” "
        f"{asker} “Is it too late for that now?”"
    )
    for given in both(paragraph):
        assert given == [["Tod Vail"], []]
