"""A day or a month run into the name before it (`Ann HoltSaturday`) is cut from the
speaker's mention, whichever day of the week it is. Invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes

LEAD = "The council met to weigh the plan for the plant."
QUOTE = "“We will keep the plant open for as long as the town needs it,” said Mayor Ann Holt"


@pytest.mark.parametrize("day", ["Monday", "Friday", "Saturday", "Sunday", "October"])
def test_a_day_run_into_the_name_is_not_the_mention(day: str) -> None:
    _, quotes = extract_quotes([LEAD, f"{QUOTE}{day} at the hall."])
    assert [(q.speaker, q.mention) for q in quotes] == [("Ann Holt", "Mayor Ann Holt")]


@pytest.mark.parametrize("day", ["Sunday", "Friday", "May"])
def test_a_day_inside_a_bodys_name_keeps_the_speaker(day: str) -> None:
    text = f"“We will march on the bridge,” said Red{day} Alliance director Ann Roe."
    _, quotes = extract_quotes([LEAD, text])
    assert [q.speaker for q in quotes] == ["Ann Roe"]
