"""A cue's subject led by an owner's possessive (`said Dockside’s Nadia Pellworth`,
`Marlow’s Pellworth said`) names the person after it, never a name holding the owner;
a body or a place the owner holds names nobody. Invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def _speakers(*paragraphs: str) -> list[list[str]]:
    _, quotes = extract_quotes(list(paragraphs))
    return [q.speakers for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("owner", ["Dockside’s", "Dockside's", "theHARBOR’s"])
def test_the_person_after_the_owner_speaks(owner):
    paragraph = f"“The boats need new docks,” said {owner} Nadia Pellworth. “We will build them.”"
    assert _speakers(paragraph) == [["Nadia Pellworth"], ["Nadia Pellworth"]]


def test_the_surname_alone_after_the_owner_speaks_later():
    assert _speakers(
        "“The boats need new docks,” said theHARBOR’s Nadia Pellworth.",
        "“The tide is late,” Pellworth said.",
    ) == [["Nadia Pellworth"], ["Nadia Pellworth"]]


def test_a_surname_named_before_speaks_after_its_owner():
    assert _speakers(
        "Nadia Pellworth has run the Marlow docks for a decade.",
        "“The tide is late,” Marlow’s Pellworth said.",
    ) == [["Nadia Pellworth"]]


@pytest.mark.parametrize(
    "cue",
    [
        "said Harbor Bank’s chief",  # a role, nobody named
        "Nadia Vail’s Harbor Act says",  # the owner's law
        "said Lakeport’s Grace Church",  # a body the owner holds
        "said Lakeport’s Okoro",  # a surname the text never gave anybody
    ],
)
def test_no_person_after_the_owner_names_nobody(cue):
    assert _speakers(f"“The boats need new docks,” {cue}.") == [[]]
