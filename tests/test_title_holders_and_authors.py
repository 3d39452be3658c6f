"""Who speaks after `The Congressman said,` when the text gave the title to a second
person by an appositive or in its headline, and after `the following remarks` when the
remarks are announced as another person's (`from`, `by`, `on behalf of`, `written by`).
Every fixture is invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def quotes_of(*paragraphs: str, headline: str | None = None) -> list[Quote]:
    return extract_quotes(list(paragraphs), headline)[1]


def release(text: str, member: str = "lena_marsh") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def both(text: str, member: str = "lena_marsh") -> list[list[list[str]]]:
    """The speakers of each quotation, parsed bare and with the issuer given."""
    return [[q.speakers for q in quotes_of(text)], [q.speakers for q in release(text, member)]]


WORDS = "“The canal locks will open again before the first barges arrive.”"

# -- a second holder of the title, named by an appositive ---------------------------------


def test_an_appositive_senator_makes_the_senator_nobody() -> None:
    text = (
        "Rep. Lena Marsh opened the canal hearing with Otto Brisk, the state senator, and "
        f"Sen. Wade Colter. The Senator said, {WORDS}"
    )
    assert both(text) == [[[]], [[]]]


def test_an_appositive_congressman_makes_the_congressman_nobody() -> None:
    text = (
        "Rep. Otto Brisk walked the towpath with Wade Colter, a congressman from Idaho, on "
        f"Friday. The Congressman said, {WORDS}"
    )
    assert both(text) == [[[]], [[]]]


def test_an_appositive_alone_names_its_person() -> None:
    text = (
        "Otto Brisk, a congressman from Idaho, walked the towpath with Mayor Wade Colter on "
        f"Friday. The Congressman said, {WORDS}"
    )
    assert both(text) == [[["Otto Brisk"]], [["Otto Brisk"]]]


def test_an_appositive_of_another_role_leaves_the_one_congressman() -> None:
    text = (
        "Rep. Otto Brisk walked the towpath with Wade Colter, the canal commissioner, on "
        f"Friday. The Congressman said, {WORDS}"
    )
    assert both(text) == [[["Otto Brisk"]], [["Otto Brisk"]]]


def test_an_appositive_after_the_words_does_not_count() -> None:
    text = (
        f"Rep. Otto Brisk walked the towpath on Friday. The Congressman said, {WORDS} "
        "Wade Colter, a congressman from Idaho, joined him later."
    )
    assert [q.speakers for q in quotes_of(text)] == [["Otto Brisk"]]


def test_a_title_before_the_next_name_is_no_appositive() -> None:
    for text in (
        "WASHINGTON – As a founding member of the Senate’s Canal Caucus, U.S. Senator Otto "
        f"Brisk (R-ID) today walked the towpath. The Senator said, {WORDS}",
        "As Ranking Member of the Committee on Canal Works, Congressman Otto Brisk walked the "
        f"towpath on Friday. The Congressman said, {WORDS}",
    ):
        assert [q.speakers for q in quotes_of(text)] == [["Otto Brisk"]], text


# -- a holder of the title named in the headline ----------------------------------------


def test_a_headline_congressman_makes_the_body_congressman_unsure() -> None:
    body = f"Rep. Wade Colter of Idaho joined them on Friday. The Congressman said, {WORDS}"
    headline = "Marsh Welcomes Rep. Otto Brisk to the Canal"
    assert [q.speakers for q in quotes_of(body, headline=headline)] == [[]]


def test_a_headline_naming_the_same_congressman_keeps_him() -> None:
    body = f"Rep. Wade Colter of Idaho walked the towpath on Friday. The Congressman said, {WORDS}"
    for headline in ("Rep. Colter Walks the Canal Towpath", "Canal Towpath Reopens"):
        assert [q.speakers for q in quotes_of(body, headline=headline)] == [["Wade Colter"]]


def test_a_headline_holder_of_another_office_does_not_count() -> None:
    body = f"Rep. Wade Colter of Idaho joined them on Friday. The Congressman said, {WORDS}"
    headline = "Marsh Welcomes Gov. Otto Brisk to the Canal"
    assert [q.speakers for q in quotes_of(body, headline=headline)] == [["Wade Colter"]]


def test_a_headline_with_a_plural_title_makes_the_congressman_unsure() -> None:
    body = f"Rep. Wade Colter of Idaho walked the towpath on Friday. The Congressman said, {WORDS}"
    headline = "Reps. Colter and Brisk Walk the Canal Towpath"
    assert [q.speakers for q in quotes_of(body, headline=headline)] == [[]]


# -- the following remarks of somebody else ------------------------------------------------


def test_remarks_from_a_named_author_are_the_authors() -> None:
    for link in ("from", "by", "on behalf of", "written by"):
        text = f"Rep. Otto Brisk delivered the following remarks {link} Governor Ida Pell: {WORDS}"
        assert both(text) == [[["Ida Pell"]], [["Ida Pell"]]], link


def test_remarks_read_on_behalf_of_a_named_author_are_the_authors() -> None:
    text = f"Rep. Otto Brisk read the following remarks on behalf of Gov. Ida Pell: {WORDS}"
    assert both(text) == [[["Ida Pell"]], [["Ida Pell"]]]


def test_remarks_by_an_author_entered_into_the_record_are_nobodys() -> None:
    text = (
        "At the hearing, Chairman Wade Colter entered the following remarks by Rep. Otto "
        f"Brisk into the record: {WORDS}"
    )
    assert both(text) == [[[]], [[]]]


def test_the_subjects_own_remarks_stay_the_subjects() -> None:
    for tail in ("", " at the canal hearing", " on the lock repairs"):
        text = f"Rep. Otto Brisk delivered the following remarks{tail}: {WORDS}"
        assert both(text) == [[["Otto Brisk"]], [["Otto Brisk"]]], tail
    text = f"Rep. Otto Brisk issued the following statement on the lock repairs: {WORDS}"
    assert both(text) == [[["Otto Brisk"]], [["Otto Brisk"]]]
