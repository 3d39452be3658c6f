"""Attribution on weak evidence gives no speaker: guards against the wrong one."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from importers.speakers import _part_of_issuer
from search.model import Quote


def release(text: str, member: str) -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def test_one_word_is_the_issuer_only_as_the_first_half_of_a_compound_surname() -> None:
    assert _part_of_issuer("Quill", "Dana Quill Holt")
    assert not _part_of_issuer("Ray", "Tod Ray Vail")  # a middle name, a given name
    assert not _part_of_issuer("Dana", "Dana Quill Holt")


OPENING = "WASHINGTON – Rep. Tod Vail met the harbor board on Tuesday.\n\n"
BOARD = "The board asked for more money for the channel. "


def test_a_title_of_the_other_chamber_or_gender_is_not_the_issuer() -> None:
    for title in ("the Senator", "the Congresswoman"):
        text = f"{OPENING}{BOARD}“We need the dredging this year,” {title} said."
        assert [q.speakers for q in release(text, "tod_vail")] == [[]], title
    text = f"{OPENING}{BOARD}“We need the dredging this year,” the Congressman said."
    assert [q.speakers for q in release(text, "tod_vail")] == [["Tod Vail"]]


def test_a_surname_two_people_of_the_release_share_is_not_the_issuer() -> None:
    text = (
        "WASHINGTON – Rep. Tod Vail and Mayor Ann Vail of Dover met the harbor board.\n\n"
        f"{BOARD}“We need the dredging this year,” said Vail."
    )
    assert all("Tod Vail" not in q.speakers for q in release(text, "tod_vail"))


LIST = (
    "WASHINGTON – Representatives Ann Holt (D-02), Bo Kerr (R-11) and Tod Vail (D-04) "
    "wrote to the port authority on Monday.\n\n"
)


def test_the_members_said_takes_a_list_of_members_named_just_before() -> None:
    text = f"{LIST}“We expect an answer soon,” the members said."
    assert [q.speakers for q in release(text, "tod_vail")] == [["Ann Holt", "Bo Kerr", "Tod Vail"]]


def test_the_members_said_takes_no_list_named_paragraphs_before() -> None:
    filler = "The authority has not answered.\n\nThe channel is closed.\n\nA budget is due.\n\n"
    text = f"{LIST}{filler}“We expect an answer soon,” the members said."
    assert [q.speakers for q in release(text, "tod_vail")] == [[]]


def test_an_accusation_before_an_uncued_quotation_names_nobody() -> None:
    _, quotes = extract_quotes(
        ["Mayor Ann Holt accused Governor Bo Kerr of hiding the budget. “The numbers lie.”"]
    )
    assert [q.speakers for q in quotes] == [[]]
