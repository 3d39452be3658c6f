"""After `X’s aide Y said`, a later he/she is the aide's when it fits, else nobody's,
never the owner's (invented text)."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def last_speakers(text: str) -> list[str]:
    _, quotes = extract_quotes([text])
    return list(quotes[-1].speakers)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Holt’s aide Ann Roe said the plan would pass. “It will,” he said.",
        "Senator Tom Holt’s aide, Ann Roe, said the plan would pass. “It will,” he said.",
        "Senator Tom Holt’s aide Ann Roe said the plan would pass. “It will,” he told reporters.",
        "Senator Tom Holt toured the port. His aide Ann Roe said the plan would pass. “It will,”"
        " he said.",
        "“We are ready,” Senator Tom Holt said. Holt’s aide Ann Roe said the plan would pass."
        " “It will,” he said.",
        "Senator Tom Holt’s spokesman Ben Fisk said the plan would pass. “It will,” she said.",
    ],
)
def test_the_owner_is_not_the_pronoun(text: str) -> None:
    assert last_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Tom Holt’s aide Ann Roe said the plan would pass. “It will,” she said.",
            "Ann Roe",
        ),
        (
            "Senator Tom Holt’s spokesman Ben Fisk said the plan would pass. “It will,” he said.",
            "Ben Fisk",
        ),
        # the owner named again after the aide, or the aide inside the owner's sentence
        (
            "Senator Tom Holt’s aide Ann Roe said the plan would pass. Holt spoke next. “It"
            " will,” he said.",
            "Tom Holt",
        ),
        (
            "Sen. Tom Holt, joined by his aide Ann Roe, said the plan would pass. “It will,” he"
            " said.",
            "Tom Holt",
        ),
        (
            "Sen. Tom Holt and his aide Ann Roe toured the port. “It will pass,” he said.",
            "Tom Holt",
        ),
    ],
)
def test_the_aide_or_the_owner_named_last(text: str, speaker: str) -> None:
    assert last_speakers(text) == [speaker]
