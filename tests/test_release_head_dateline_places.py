"""Dateline places a release head holds after its title, deck and date."""

from __future__ import annotations

from importers.release_head import split_release_head
from importers.sentences import sentence_ends


def test_a_place_named_with_ste_after_a_title_deck_and_date_is_the_dateline() -> None:
    text = (
        "In Port Ste. Corvale, Senator Roe Highlights Bipartisan Harbor Act Bill endorsed by "
        "the Corvale Harbor Council will help 1,800 families in the county Thursday, May 28, "
        "2015 Port Ste. Corvale, MI - U.S. Senator Ann Roe highlighted a bill to help the "
        "families who fish the harbor."
    )
    head = split_release_head(text)
    assert head.headline == "In Port Ste. Corvale, Senator Roe Highlights Bipartisan Harbor Act"
    assert head.rest.startswith("Port Ste. Corvale, MI - U.S. Senator Ann Roe")


def test_ste_ends_no_sentence() -> None:
    assert list(sentence_ends("Tod Vail went to Port Ste. Corvale on Monday. He swam.")) == [45]
    # a suite's letter before the town of an address
    address = "Write to Ann Roe, 10 Main Street, Ste. A Corvale. It is open."
    assert list(sentence_ends(address)) == [49]


def test_a_word_before_ste_joins_the_place_only_when_the_name_is_known() -> None:
    deck = (
        "Roe Tours Harbor Works Bill will help 1,800 families in the county Thursday, May 28, 2015 "
    )
    known = split_release_head(deck + "Sault Ste. Marie, MI - Senator Ann Roe toured the docks.")
    assert known.rest.startswith("Sault Ste. Marie, MI - Senator Ann Roe")
    title = split_release_head("Senator Roe Tours Ste. Corvale, MI - Senator Ann Roe toured it.")
    assert title.headline == "Senator Roe Tours"
    assert title.rest.startswith("Ste. Corvale, MI - Senator Ann Roe")
