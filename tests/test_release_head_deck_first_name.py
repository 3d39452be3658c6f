"""A Title Case title with a sentence-case deck run in after it whose subject is a person
named in full, their first name one the lists of first names lack ("… Naval Academy Kyras
| Tull was nominated …"): the first name opens the deck, where the body writes the two
words as one name and opens a sentence with the surname alone, none with the first name.

Invented text only. A title's own last word that opens a sentence of the body, or that
stands before a word opening none, stays the title's; so does a word before a body's
noun ("… Volunteer | Fire Department …").
"""

import pytest

from importers.release_head import split_release_head

_BODY = (
    " CORVALE, OR – Rep. Ann Roe today announced that Kyras Tull of Corvale has been offered "
    "an appointment to the Naval Academy. Tull is the son of Ida and Bram Tull. “I congratulate "
    "Kyras,” said Roe."
)


def test_unlisted_first_name_opens_the_deck() -> None:
    head = split_release_head(
        "Corvale Resident Offered Appointment to U.S. Naval Academy Kyras Tull was nominated "
        "to the Academy by Roe" + _BODY,
        "Ann Roe",
    )
    assert head.headline == "Corvale Resident Offered Appointment to U.S. Naval Academy"
    assert head.subheadline == "Kyras Tull was nominated to the Academy by Roe"
    assert head.rest.startswith("CORVALE, OR")


def test_listed_first_name_still_opens_the_deck() -> None:
    head = split_release_head(
        "Corvale Resident Offered Appointment to U.S. Naval Academy Tod Tull was nominated "
        "to the Academy by Roe" + _BODY.replace("Kyras", "Tod"),
        "Ann Roe",
    )
    assert head.headline == "Corvale Resident Offered Appointment to U.S. Naval Academy"
    assert head.subheadline == "Tod Tull was nominated to the Academy by Roe"


@pytest.mark.parametrize(
    ("title", "body", "headline"),
    [
        # the title's last word opens a sentence of the body: a place's, not a name's
        (
            "Roe Secures Dredging Grant for Corvale Harbor was dredged in May by the Corps",
            " CORVALE, OR – The Corvale Harbor was dredged in May. Corvale is a port town.",
            "Roe Secures Dredging Grant for Corvale",
        ),
        # the deck's first word opens no sentence of the body: no person named again
        (
            "Roe Secures Dredging Grant for Corvale Harbor was dredged in May by the Corps",
            " CORVALE, OR – The Corvale Harbor was dredged in May. The Harbor is deep now.",
            "Roe Secures Dredging Grant for Corvale",
        ),
        # the body never writes the two words as one name
        (
            "Corvale Resident Offered Appointment to U.S. Naval Academy Kyras Tull was "
            "nominated to the Academy by Roe",
            " CORVALE, OR – Rep. Ann Roe today announced that Tull of Corvale has been offered "
            "an appointment. Tull is the son of Ida Tull.",
            "Corvale Resident Offered Appointment to U.S. Naval Academy Kyras",
        ),
    ],
)
def test_title_word_stays_the_titles(title: str, body: str, headline: str) -> None:
    head = split_release_head(title + body, "Ann Roe")
    assert head.headline == headline
    assert head.rest.startswith("CORVALE, OR")


def test_no_body_word_taken_for_a_first_name() -> None:
    # "Fire" is written only before "Department", and "Department" opens a sentence of the
    # body: the deck's first word ends a body's name, so no first name is read before it
    head = split_release_head(
        "Roe Announces Loan for Elm County Ridge Volunteer Fire Department receives federal "
        "funds CORVALE, OR – Rep. Ann Roe announced a loan to the Ridge Volunteer Fire "
        "Department. Department officials said the loan buys a truck.",
        "Ann Roe",
    )
    assert head.subheadline is None or not head.subheadline.startswith("Fire")
    assert head.headline is not None and not head.headline.endswith("Volunteer")
