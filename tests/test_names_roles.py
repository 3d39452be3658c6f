"""A role or a heading's word after a name is no part of it (`Kirk Spokesperson`, `Joe
Wilson Co-Chair`, `Lee Denounces`, `… Legislation`), and a plural title in front of names
(`Congressmembers`) is a title, however many people follow it. Surnames that are also
role words (`King`, `Bishop`, `Judge`) stay names."""

from __future__ import annotations

import pytest

from importers import names as N
from importers.records import document_from_record
from search.speakers import quote_speakers


@pytest.mark.parametrize(
    "value",
    [
        "Ivo Spokesperson",  # `a Kirk Spokesperson`: a senator's spokesperson, unnamed
        "Tam Ostrow Co-Chair",  # the caucus role after the name
        "Arvo Tennick Vice-Chair",
        "Anne President",
        "Harrison Mayor",
        "Everett Chief",
        "Wen Coordinator",
        "Dalby Denounces",  # a headline: the member's surname and its verb
        "Dalby Commends",
        "Dalby Sponsors",
        "Vask Demands Answers",
        "Ivo Pell Legislation",  # `Statement of Rep. Ivo Pell Legislation to …`
    ],
)
def test_a_role_or_a_headlines_word_after_a_name_is_no_name(value):
    assert not N.person_shape(value.split())


@pytest.mark.parametrize(
    "value",
    ["Ivo King", "Wen Bishop", "Tam Judge", "Arvo Farmer", "Ivo Head", "Wen Dalby Sr."],
)
def test_a_surname_that_is_also_a_role_word_stays_a_name(value):
    assert N.person_shape(value.split())


@pytest.mark.parametrize("title", ["Congressmembers", "Congressmember", "Congresswomen"])
def test_a_congress_title_in_the_plural_is_a_title(title):
    assert N.is_role_word(title)
    assert N.split_role([title, "Wen", "J.", "Dalby"]) == (title, ["Wen", "J.", "Dalby"])


@pytest.mark.parametrize(
    "text",
    [
        "Congressmembers Ivo Pell (FL-3) said: “The caucus will speak for every rider.”",
        "“The caucus will speak for every rider,” Congressmembers Ivo Pell said.",
    ],
)
def test_a_plural_congress_title_is_no_part_of_the_speaker_value(text):
    record = {"text": text, "member": "Wen J. Dalby"}
    quotes = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes
    assert [quote_speakers(q) for q in quotes] == [["Ivo Pell"]]


@pytest.mark.parametrize("value", ["Long Beach", "Sterling Heights", "Little Rock", "Des Moines"])
def test_a_city_of_the_gazetteer_is_no_person(value):
    # `Long Beach received $10.6 million …`: a city given the next quotation.
    assert not N.person_shape(value.split())


@pytest.mark.parametrize("value", ["Grace Park", "Paul Ryan", "Jim Thorpe"])
def test_a_name_that_is_no_large_city_of_the_gazetteer_stays_a_name(value):
    assert N.person_shape(value.split())


@pytest.mark.parametrize(
    "value",
    [
        "Morgan Hill",
        "Warner Robins",
        "Holly Springs",
        "Dana Point",
        "Carol Stream",
        "Beverly Hills",
    ],
)
def test_a_city_named_like_a_person_stays_a_name(value):
    # A first name given in the US opens it and no settlement word ends it: a person of
    # that name is as likely as the city.
    assert N.person_shape(value.split())
    text = f"“We see twice as many patients now,” said {value}, the clinic's director."
    record = {"text": text, "member": "Wen J. Dalby"}
    quotes = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes
    assert [quote_speakers(q) for q in quotes] == [[value]]


@pytest.mark.parametrize("value", ["Clinton Township", "Allen County", "Isla Vista"])
def test_a_city_whose_name_says_it_is_a_place_is_no_person(value):
    # A settlement word ends it, or its first word is a first name only outside the US.
    assert not N.person_shape(value.split())


def test_mayor_after_a_first_name_is_a_surname():
    assert N.person_shape(["Federico", "Mayor"])
    text = "“Schools are every nation's work,” said Federico Mayor, the agency's former head."
    record = {"text": text, "member": "Wen J. Dalby"}
    quotes = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes
    assert [quote_speakers(q) for q in quotes] == [["Federico Mayor"]]
    # After a city's name or a full name it is the role.
    assert not N.person_shape(["Warren", "Mayor"])
    assert not N.person_shape(["Ivo", "Pell", "Mayor"])
    text = "Ivo Pell, Warren Mayor said: “The grant will repave four miles of road.”"
    record = {"text": text, "member": "Wen J. Dalby"}
    quotes = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes
    assert [quote_speakers(q) for q in quotes] == [["Ivo Pell"]]
