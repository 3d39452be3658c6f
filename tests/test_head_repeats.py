"""Which head quotations repeat a body quotation (`search.speakers.head_repeats`).
Invented names and words."""

from __future__ import annotations

from search.model import Document, Quote
from search.speakers import head_repeats


def doc(*quotes: Quote) -> Document:
    return Document(headline="Head", body=["One.", "Two."], quotes=list(quotes))


def test_the_head_words_within_a_body_quotation_of_the_same_speaker():
    d = doc(
        Quote("Tolls end in May", "Ada Fenwick", part="headline"),
        Quote("We said it: tolls end in May, and not later", "Ada Fenwick", paragraph=1),
    )
    assert head_repeats(d) == {0: 1}


def test_whole_words_only_and_no_other_speaker():
    d = doc(
        Quote("Tolls end in Ma", "Ada Fenwick", part="headline"),
        Quote("Tolls end in May", None, part="subheading"),
        Quote("Tolls end in May", "Bo Lindqvist", part="subheading"),
        Quote("Tolls end in May", "Ada Fenwick", paragraph=1),
    )
    assert head_repeats(d) == {}  # a part word, nobody's words, another speaker all stay


def test_a_joint_body_quotation_holds_each_of_its_speakers():
    d = doc(
        Quote("The bridge stays open", "Bo Lindqvist", part="headline"),
        Quote("The bridge stays open", speakers=["Ada Fenwick", "Bo Lindqvist"]),
    )
    assert head_repeats(d) == {0: 1}


def test_a_quoted_title_repeats_nothing_and_is_repeated_by_nothing():
    d = doc(
        Quote("Open Bridges Act", None, kind="title", part="headline"),
        Quote("Open Bridges Act", None, kind="title"),
        Quote("Keep the bridges open", "Ada Fenwick", part="headline"),
        Quote("Keep the bridges open", None, kind="title"),
    )
    assert head_repeats(d) == {}


def test_a_head_quotation_of_nobody_repeats_no_body_quotation():
    # The empty set of speakers is within every body quotation's: never read as a repeat,
    # or the head's words would be shown under a body speaker who reports them.
    d = doc(
        Quote("The quay must shut", None, part="headline"),
        Quote("Vail keeps saying the quay must shut, and that is wrong", "Ann Roe", paragraph=1),
    )
    assert head_repeats(d) == {}
    d = doc(
        Quote("No", None, part="subheading"),
        Quote("No toll will rise this year", "Ann Roe", paragraph=1),
    )
    assert head_repeats(d) == {}


def test_every_head_speaker_must_be_the_body_quotations():
    d = doc(
        Quote("The quay must shut", speakers=["Ann Roe", "Pell Vail"], part="headline"),
        Quote("The quay must shut by May", "Ann Roe", paragraph=1),
    )
    assert head_repeats(d) == {}
