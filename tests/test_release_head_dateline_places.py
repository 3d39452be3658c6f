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


def test_a_place_of_two_words_opening_the_text_is_read_whole() -> None:
    # one word before the place is no title: it is the place's first word
    for text, place in (
        ("Kessel Brook, OR – Congressman Tod Vail (R-OR) today toured the harbor.", "Kessel"),
        ("Dunn Place, OR – On Monday, July 10, 2017, Congressman Tod Vail visited.", "Dunn"),
        ("Lake Salem, OR — Today, Congressman Tod Vail (OR-5) visited the harbor.", "Lake"),
        ("W. CORVALE, OR – Congressman Tod Vail (OR-02) released the following statement.", "W."),
    ):
        head = split_release_head(text)
        assert head.headline is None
        assert head.rest == text, place


def test_a_label_before_a_place_opening_the_text_is_no_place() -> None:
    for text in (
        "VIDEO Corvale, OR – Congressman Tod Vail today toured the harbor.",
        "Statement Salem, OR – Congressman Tod Vail today toured the harbor.",
        # the text writes the word in lower case: not sure to be the place's
        "Center Corvale, OR – Congressman Tod Vail today opened the center for boaters.",
    ):
        assert split_release_head(text).rest.startswith(text.split(None, 1)[1])
    # two words before the place may be a title
    head = split_release_head("Roe Tours Corvale, OR – Congressman Tod Vail toured the harbor.")
    assert head.headline == "Roe Tours"


def test_a_word_left_before_a_known_place_opening_the_text_is_not_the_place() -> None:
    # the place chosen is a place of its own: only a word opening names of places joins it
    for text in (
        "Monday Salem, OR – Congressman Tod Vail today toured the harbor.",
        "Oregon Salem, OR – Congressman Tod Vail today toured the harbor.",
        "Hearing Salem, OR – Congressman Tod Vail today toured the harbor.",
        "Vail Salem, OR – Congressman Tod Vail today toured the harbor.",
    ):
        assert split_release_head(text, "Tod Vail").rest.startswith(text.split(None, 1)[1]), text
    for text in (
        "East Salem, OR – Congressman Tod Vail today toured the harbor.",
        "Lake Salem, OR – Congressman Tod Vail today toured the harbor.",
        "St. Salem, OR – Congressman Tod Vail today toured the harbor.",
    ):
        assert split_release_head(text, "Tod Vail").rest == text


def test_a_word_before_a_place_with_no_region_written_joins_it_unless_a_date() -> None:
    # no region written: the place alone is known somewhere, which says nothing of this
    # dateline, so the word opening the text is the place's first ("GREAT SALEM –")
    text = "GREAT SALEM – Congressman Tod Vail today toured the harbor."
    assert split_release_head(text, "Tod Vail").rest == text
    # a day's or a month's name opens no place, region written or not
    for text in (
        "Monday Salem – Congressman Tod Vail today toured the harbor.",
        "Monday Corvale, OR – Congressman Tod Vail today toured the harbor.",
    ):
        assert split_release_head(text, "Tod Vail").rest.startswith(text.split(None, 1)[1]), text


def test_a_place_ending_in_capitals_of_an_abbreviation_opening_the_text_is_read_whole() -> None:
    # "AFB" reads the same in either case: the word before it is set in no other case
    for text in (
        "Kessel AFB, OR – Congressman Tod Vail today toured the base.",
        "Tull NAS, OR – Congressman Tod Vail (R-OR) met the crews.",
    ):
        head = split_release_head(text, "Tod Vail")
        assert head.headline is None
        assert head.rest == text
    # a word in capitals before a place in Title Case is still none of it
    text = "KESSEL Corvale, OR – Congressman Tod Vail today toured the base."
    assert split_release_head(text, "Tod Vail").rest.startswith("Corvale, OR –")


def test_a_word_the_body_writes_in_lower_case_joins_the_place_it_names_again() -> None:
    # the body names the whole place again: the word opening the text is its first
    for text in (
        "Kessel Corvale, OR – Congressman Tod Vail today opened a kessel clinic, the first "
        "in Kessel Corvale.",
        "TULL HARBOR, OR – Congressman Tod Vail today met the harbor board of Tull Harbor.",
        # a word opening names of places ("El", "North") is the place's first word
        "El Corvale, OR – El congresista Tod Vail visitó hoy el puerto.",
    ):
        head = split_release_head(text, "Tod Vail")
        assert head.headline is None
        assert head.rest == text


def test_a_label_or_a_day_left_before_a_place_opening_the_text_is_kept_as_its_text() -> None:
    # the word is none of the place, and it is no headline: the body keeps it, not lost
    for text in (
        "VIDEO SALEM – Congressman Tod Vail today toured the harbor.",
        "Audio Corvale, OR – Congressman Tod Vail today toured the harbor.",
        "Statement Salem, OR – Congressman Tod Vail today toured the harbor.",
        "Monday Corvale, OR – Congressman Tod Vail today toured the harbor.",
    ):
        word, rest = text.split(None, 1)
        head = split_release_head(text, "Tod Vail")
        assert (head.headline, head.lead, head.rest) == (None, word, rest), text


def test_a_day_or_a_label_opening_a_place_in_capitals_is_none_of_it() -> None:
    # set in capitals, the run is read whole first: a day's, a medium's or a label's word
    # opens no place, and is kept as the text before the place
    for text in (
        "TUESDAY CORVALE – Congressman Tod Vail today toured the harbor.",
        "AUDIO CORVALE, OR – Congressman Tod Vail today toured the harbor.",
        "PHOTOS KESSEL BROOK, OR – Congressman Tod Vail today toured the harbor.",
        "Tonight Corvale, OR – Congressman Tod Vail will tour the harbor.",
    ):
        word, rest = text.split(None, 1)
        head = split_release_head(text, "Tod Vail")
        assert (head.headline, head.lead, head.rest) == (None, word, rest), text
    # named again after the dateline, the two words are the place's ("Friday Harbor")
    for text in (
        "FRIDAY CORVALE, OR – Congressman Tod Vail today toured the docks of Friday Corvale.",
        "Friday Corvale, OR – Congressman Tod Vail today toured the docks of Friday Corvale.",
    ):
        head = split_release_head(text, "Tod Vail")
        assert (head.headline, head.lead, head.rest) == (None, None, text), text


def test_two_words_before_a_place_the_text_names_again_whole_are_the_places() -> None:
    # the body names the whole place again: the two words are no title but the place's
    for text in (
        "Tull Harbor Landing, OR – Congressman Tod Vail today toured the docks of Tull "
        "Harbor Landing.",
        "TULL HARBOR LANDING – Over a thousand Tull Harbor Landing residents met Tod Vail.",
    ):
        head = split_release_head(text, "Tod Vail")
        assert (head.headline, head.rest) == (None, text), text
    # told again in a sentence, the words are a title's: "Roe Tours" stays the headline
    text = "Roe Tours Corvale, OR – Congresswoman Ann Roe tours Corvale harbor today."
    head = split_release_head(text, "Ann Roe")
    assert head.headline == "Roe Tours"
    assert head.rest.startswith("Corvale, OR –")
