"""The words a release quotes from a joint letter (`The letter reads in part: “…” The
letter is signed by Sens. …`) are all its signers' in the issuer's release as in the bare
text: the issuer, one of them, does not take them alone. The letter the issuer only
received, or one whose signers the text does not list in full, stays as before. Every
fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

HEAD = "Tarrant Leads Senators on Harbor Dredging\n\n"
LEAD = (
    "U.S. Senator Wes Tarrant, along with two other Senators, today asked the Harbor Board "
    "to restore dredging at small ports.\n\n"
)
READS = (
    "In a letter to the Harbor Board, Senator Tarrant and his colleagues stated that small "
    "ports lost trade. The letter reads in part: “It is our hope that the Board can restore "
    "the dredges before spring. We ask that you act now.” "
)
SIGNERS = ["Ann Roe", "Tod Vail", "Wes Tarrant"]


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(release(text, member="wes_tarrant")), speakers(bare(text))]


def test_the_letter_read_in_part_is_its_listed_signers_with_the_issuer_given() -> None:
    signed = (
        "The letter is signed by Sens. Ann Roe (D-WI), Tod Vail (D-CO), and Wes Tarrant (D-MI)."
    )
    assert _both(f"{HEAD}{LEAD}{READS}{signed}") == [[SIGNERS], [SIGNERS]]


def test_a_letter_the_issuer_did_not_sign_is_its_listed_signers() -> None:
    # The release quotes colleagues' letter: theirs, not the issuer's.
    text = (
        f"{HEAD}{LEAD}The letter reads in part: “It is our hope that the Board can restore "
        "the dredges before spring.” The letter is signed by Sens. Ann Roe (D-WI) and Tod "
        "Vail (D-CO)."
    )
    assert _both(text) == [[["Ann Roe", "Tod Vail"]]] * 2


def test_a_leader_named_apart_from_the_list_leaves_the_words_to_nobody() -> None:
    # Tarrant is said to write it, the list leaves him out: the signers are not sure.
    signed = "The letter is signed by Sens. Ann Roe (D-WI) and Tod Vail (D-CO)."
    given, bare_text = _both(f"{HEAD}{LEAD}{READS}{signed}")
    assert bare_text == [[]]
    assert given in ([[]], [["Wes Tarrant"]])  # the issuer's uncued words, as before


def test_a_letter_read_with_no_list_of_signers_is_nobodys() -> None:
    # No list: `his colleagues` are not named, so no whole set of signers is known.
    given, bare_text = _both(f"{HEAD}{LEAD}{READS}The Board has not answered.")
    assert bare_text == [[]]
    assert given in ([[]], [["Wes Tarrant"]])  # the issuer's uncued words, as before


REPLY = "“The Board has no money for dredges this year.”"


@pytest.mark.parametrize(
    "before",
    [
        # The Secretary's reply to the senators: its writer's words, not theirs.
        "In March Secretary Bram Vail answered the senators. The reply reads in part: ",
        "Secretary Bram Vail’s reply reads in part: ",
        "The Board’s response states: ",
        "The answer, sent in March, says: ",
        # A letter the sentence before says somebody else sent in answer.
        "In March Secretary Bram Vail answered the senators. The letter reads in part: ",
        "Secretary Bram Vail responded to the senators on Friday. His letter says: ",
        "Vail’s letter reads: ",
    ],
)
def test_a_reply_read_in_part_is_never_the_issuers(before: str) -> None:
    text = (
        f"{HEAD}{LEAD}{before}{REPLY} The letter of March 2 was signed by Sens. Ann Roe "
        "(D-WI), Tod Vail (D-CO), and Wes Tarrant (D-MI)."
    )
    for got in _both(text):
        assert got in ([[]], [["Bram Vail"]]), got


@pytest.mark.parametrize(
    "before",
    [
        "The letter reads in part: ",
        "Senator Tarrant’s letter reads in part: ",
        "The Senator’s letter reads in part: ",
    ],
)
def test_the_issuers_own_letter_stays_the_issuers(before: str) -> None:
    text = f"{HEAD}{LEAD}{before}“We ask the Board to restore the dredges this year.”"
    assert speakers(release(text, member="wes_tarrant")) == [["Wes Tarrant"]]


ADDRESSED = (
    "Washington DC – Three members of Congress, led by Congressman Wes Tarrant (D - "
    "Corvale) called on the Harbor Board and Corvale Freight to restore dredging.\n\n"
)


@pytest.mark.parametrize(
    "before",
    [
        "The letter directed to Harbor Board Chair Bram Vail, and Corvale Freight CEO Ann Roe "
        "reads, ",
        "The letter, sent to Secretary Bram Vail and Corvale Freight CEO Ann Roe, reads: ",
        "This letter to Bram Vail of the Harbor Board, Tod Marsh and Ann Roe states: ",
    ],
)
def test_the_last_of_a_letters_addressees_does_not_take_its_words(before: str) -> None:
    text = f"{HEAD}{ADDRESSED}{before}“We urge the Board to restore the dredges this year.”"
    given, bare_text = _both(text)
    assert bare_text == [[]]
    assert given in ([[]], [["Wes Tarrant"]])  # never an addressee's


def test_a_person_speaking_after_a_letter_to_others_keeps_the_words() -> None:
    # Not a list of addressees: a clause of its own after the letter's.
    text = (
        f"{HEAD}{ADDRESSED}Tarrant sent a letter to the Harbor Board, and Ann Roe said, "
        "“We urge the Board to restore the dredges this year.”"
    )
    assert _both(text) == [[["Ann Roe"]], [["Ann Roe"]]]


GROUP_LEAD = (
    "Senator Wes Tarrant (R-NC) and a bipartisan group of his colleagues are urging the "
    "Harbor Board to restore dredging at small ports. "
)
GROUP_WORDS = (
    "“Small harbors cannot wait another season for the dredges,” the Senators wrote in the "
    "letter. “We ask the Board to act before the spring.” "
)
ALSO = "The letter was also signed by: Senators Ann Roe (R-WV) and Tod Vail (D-MI)."


def test_the_one_leading_colleagues_and_those_who_also_signed_are_the_signers() -> None:
    want = [["Wes Tarrant", "Ann Roe", "Tod Vail"]] * 2
    assert _both(f"{HEAD}{GROUP_LEAD}{GROUP_WORDS}{ALSO}") == [want, want]
    along = GROUP_LEAD.replace(
        "(R-NC) and a bipartisan group of his colleagues are",
        "(R-NC), along with two other Senators, is",
    )
    assert _both(f"{HEAD}{along}{GROUP_WORDS}{ALSO}") == [want, want]
    citing = f"Citing the cost of idle ports, {GROUP_LEAD}"
    assert _both(f"{HEAD}{citing}{GROUP_WORDS}{ALSO}") == [want, want]


@pytest.mark.parametrize(
    "lead",
    [
        # Two leaders and a group: who else signed is not said.
        GROUP_LEAD.replace("(R-NC)", "(R-NC), Senator Bram Vail (D-OH)"),
        # No leader named with the group.
        "A bipartisan group of senators is urging the Harbor Board to restore dredging. ",
        # A representative's colleagues, when the senators wrote.
        GROUP_LEAD.replace("Senator Wes Tarrant (R-NC)", "Rep. Wes Tarrant (R-NC)"),
        # The one named is not of the group (the Board's chair).
        "Harbor Board Chair Bram Vail and a group of his colleagues met the senators. ",
    ],
)
def test_also_signed_with_no_one_sure_leader_is_as_before(lead: str) -> None:
    # The list `also` signed is not the whole: without one sure leader it gives nobody.
    for got in _both(f"{HEAD}{lead}{GROUP_WORDS}{ALSO}"):
        assert not any("Ann Roe" in names for names in got), got


def test_also_signed_after_a_reply_is_not_the_reply() -> None:
    text = (
        f"{HEAD}{GROUP_LEAD}Secretary Bram Vail answered the Senators on Friday. "
        f"{GROUP_WORDS}{ALSO}"
    )
    for got in _both(text):
        assert not any("Ann Roe" in names for names in got), got


def test_two_leaders_with_colleagues_before_the_letter_leave_it_to_nobody() -> None:
    # Either one's group may have written it: nobody, never the nearer one with the list.
    lead = (
        "Sen. Tod Vail and a bipartisan group of his colleagues are urging the Harbor Board "
        "to restore dredging. Sen. Ann Marsh, along with two other Senators, is urging the "
        "Board to wait.\n\n"
    )
    words = (
        "“We ask that you act now,” the Senators wrote in the letter. The letter was also "
        "signed by: Senators Ann Roe and Bram Vail."
    )
    assert _both(f"{HEAD}{lead}{words}") == [[[]], [[]]]
    # one leader, named again: still the leader and the listed signers
    lead = (
        "Sen. Tod Vail and a bipartisan group of his colleagues are urging the Harbor Board "
        "to restore dredging. Sen. Ann Marsh disagrees.\n\n"
    )
    assert _both(f"{HEAD}{lead}{words}") == [[["Tod Vail", "Ann Roe", "Bram Vail"]]] * 2
