"""`_Extractor._given_role` reads the text at the places of the person's name
(`_GivenPlaces`) instead of searching the whole text once per office and body: the first
match it finds must be the one the whole-text search of the same forms finds."""

from __future__ import annotations

import random
import re

import pytest

from importers import quotes as Q

NAMES = ["Tod Vail", "Ann Roe", "Vail", "Tod Vailer"]
NOUNS = ["director", "editor", "chairman"]
BODIES = [
    None,
    "Elm Department of Roads",
    "Department of Roads",
    "Roads",
    "Elm",
    "Star",
    "St.Elm",
    "Elm&Co",
    "Elm-Oak",
    "Elm Department of Roads and Bridges",
]
SHAPES = [
    "{name}, {the}{noun} of {the2}{full}{body}{after}",
    "{name}, who {now}runs {the2}{full}{body}{after}",
    "{title} {word}{name}{after}",
    "{name}, {the}{word}{noun}{after}",
]


def _paragraph(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 8)):
        out.append(
            rng.choice(SHAPES).format(
                name=rng.choice([*NAMES, "JoTod Vail"]),
                the=rng.choice(["", "the ", "the  ", "a "]),
                noun=rng.choice([*NOUNS, "Director", "deputy director"]),
                title=rng.choice(["Director", "the director", "Editor", "xdirector", "-editor"]),
                the2=rng.choice(["", "the ", "The "]),
                full=rng.choice(["", "Big ", "Big Oak ", "Big Oak Elm ", "A B C D "]),
                body=rng.choice([b for b in BODIES if b]),
                after=rng.choice(["", ",", " of Elm", " and Oak", "s", ".", "’s"]),
                now=rng.choice(["", "now ", "also "]),
                word=rng.choice(["", "Big ", "Big Oak ", "Big Oak Elm ", "big "]),
            )
        )
        out.append(rng.choice([" ", ". ", " x ", "  ", "\n"]))
    return "".join(out)


@pytest.mark.parametrize("seed", range(20))
def test_given_role_places_find_the_whole_text_searchs_first_match(seed: int) -> None:
    rng = random.Random(seed)
    extractor = Q._Extractor([_paragraph(rng) for _ in range(rng.randint(1, 3))])
    for name in NAMES:
        for noun in NOUNS:
            for body in BODIES:
                title, rest = Q._given_forms(name, noun, body)
                whole = extractor._scan_given_end(re.compile("|".join([title, *rest])))
                assert extractor._first_given_end(name, noun, body) == whole, (name, noun, body)
