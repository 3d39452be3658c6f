"""A cue's subject led by an owner's possessive (`said Dockside’s Nadia Pellworth`) names
the person after it, never a name holding the owner; a body, a firm or a place the owner
holds names nobody, and so does a surname alone (`Marlow’s Pellworth said`). Invented
text."""

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


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A surname after the owner is no name of its own: the person the text named
        # with that surname may be another (a namesake, a brand's patron, a relative).
        (
            "The brand is named for President Abraham Lincoln.",
            "“Sales rose 4 percent,” Ford's Lincoln said in a statement.",
        ),
        (
            "Sen. Rand Paul of Kentucky and former Rep. Ron Paul of Texas spoke at the rally.",
            "“We need new piers,” Kentucky's Paul said.",
        ),
        ("Kamala Harris spoke in Houston.", "“Traffic is heavy,” Texas's Harris said."),
        (
            "Nadia Pellworth has run the Marlow docks for a decade.",
            "“The tide is late,” Marlow’s Pellworth said.",
        ),
    ],
)
def test_a_surname_alone_after_the_owner_names_nobody(paragraphs):
    assert _speakers(*paragraphs) == [[]]


def test_the_owner_and_surname_are_no_alias_of_the_person():
    speakers, quotes = extract_quotes(
        [
            "“The boats need new docks,” said Nadia Bongard, who farms near Lakeport.",
            "“The tide is late,” Vermont's Bongard said.",
            "“The tide is late,” Marlow’s Bongard said.",
        ]
    )
    aliases = [a for s in speakers for a in s.aliases]
    assert not [a for a in aliases if "’s" in a or "'s" in a]
    assert [q.speakers for q in quotes if q.kind == "direct"][0] == ["Nadia Bongard"]


@pytest.mark.parametrize(
    "cue",
    [
        "said Harbor Bank’s chief",  # a role, nobody named
        "Nadia Vail’s Harbor Act says",  # the owner's law
        "said Lakeport’s Grace Church",  # a body the owner holds
        "said Lakeport’s Okoro",  # a surname the text never gave anybody
        "said Texas's Austin Energy",  # a firm the owner holds
        "said Lakeport’s Reed Brand",
        "said Dockside's Harbor Line",
    ],
)
def test_no_person_after_the_owner_names_nobody(cue):
    assert _speakers(f"“The boats need new docks,” {cue}.") == [[]]
