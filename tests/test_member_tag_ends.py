"""`_Extractor._listed_members` reads a paragraph's members' tags once (`_MemberTags`,
looked up by position) instead of scanning the text before each group cue again and
reading every tag before it: the lists it gives, the last first, must be those the scan of
the text before the cue gives, wherever the cue stands (inside a tag too) and whichever
cue asks first."""

from __future__ import annotations

import random

import pytest

from importers import quote_patterns as P
from importers import quotes as Q
from importers.speakers import tagged_list

PIECES = [
    "Rep. Ann Roe",
    "Sen. Tod Vail",
    "Bram Vail",
    "Wes Tarrant",
    "Reps. Ann Roe (D-OR), Tod Vail (R-OH) and Bram Vail (D-07)",
    " (D-OR)",
    "(R-Corvale)",
    " (D-Calif.)",
    "(I | VT)",
    " (D, Ore.)",
    "(NY-19)",
    "(AK-AL)",
    "(CA-12 ,)",
    "(NY -  7)",
    "(Rep.- Corvale, in a harbor town of the north)",
    "(D-",
    "(",
    ")",
    "((R-OH))",
    "(NYX-1)",
    " and ",
    ", ",
    ". ",
    "  ",
    "\n",
    " wrote the letter",
    "“Act now,” the senators wrote.",
]


def _paragraph(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))


def _prefix_scan(text: str, masked: str, at: int | None) -> list[tuple[int, int, list[str]]]:
    """As `_listed_members` read the lists before: the tags a scan of the text up to `at`
    finds, the last first, each read."""
    before = text[:at]
    out = []
    for end in reversed([m.end() for m in P.MEMBER_TAG.finditer(before)]):
        begin = Q.sentence_start(masked, end)
        listed = tagged_list(before[begin:end] + " ")
        if listed:
            out.append((begin, end, listed))
    return out


@pytest.mark.parametrize("seed", range(25))
def test_lists_read_once_are_those_of_the_scan_before_each_cue(seed: int) -> None:
    rng = random.Random(seed)
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(1, 4))]
    extractor = Q._Extractor(paragraphs)
    tags = [Q._MemberTags(p, m) for p, m in zip(paragraphs, extractor.masked, strict=True)]
    asked = [(i, at) for i, text in enumerate(paragraphs) for at in [None, *range(len(text) + 1)]]
    rng.shuffle(asked)  # what one cue reads is kept for the next, whichever comes first
    for i, at in asked:
        got = list(tags[i].lists_before(at))
        assert got == _prefix_scan(paragraphs[i], extractor.masked[i], at), (paragraphs[i], at)


def test_a_cue_inside_a_tag_reads_only_the_list_before_it() -> None:
    text = "Ann Roe (D-OR) and Tod Vail (R-OH) wrote. Bram Vail (D-07) and Wes Tarrant (R-OH)"
    tags = Q._MemberTags(text, text)
    inside = text.index("(R-OH)") + 3
    assert list(tags.lists_before(inside)) == []
    whole = text.index(" wrote")
    assert list(tags.lists_before(whole)) == [(0, whole, ["Ann Roe", "Tod Vail"])]
    assert [listed for _, _, listed in tags.lists_before(None)] == [
        ["Bram Vail", "Wes Tarrant"],
        ["Ann Roe", "Tod Vail"],
    ]
