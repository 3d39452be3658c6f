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
