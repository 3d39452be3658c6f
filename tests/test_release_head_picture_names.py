"""A picture's file name in the head: spaced names and quoted names.

Invented text only. A file name with spaces (`Roe at Harbor.jpg`) is no title's word and
where it starts is not sure: no headline, its words kept in the body as the lead. A file
name in quotation marks is what a title names (`"Roe.jpg" Is the Harbor's New Mascot`)
and stays in the headline.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = "CORVALE, OR – Rep. Ann Roe today welcomed the harbor grant."


@pytest.mark.parametrize(
    "head_text",
    [
        "Roe at Harbor.jpg Roe Hails Corvale Harbor Grant",
        "Roe Hails Corvale Harbor Grant Roe at Harbor 7.JPG",
        "Harbor Visit 7.jpg",
        "Corvale Ferry Day 012.png HIGH RES",
    ],
)
def test_a_spaced_picture_name_gives_no_headline(head_text: str) -> None:
    head = split_release_head(f"{head_text} {_BODY}")
    assert head.headline is None and head.subheadline is None
    assert head.lead == head_text
    assert head.rest == _BODY


@pytest.mark.parametrize(
    "title",
    [
        '"Roe.jpg" Is the Harbor\'s New Mascot',
        "“Roe.jpg” Is the Harbor’s New Mascot",
    ],
)
def test_a_quoted_file_name_is_the_titles(title: str) -> None:
    assert split_release_head(f"{title} {_BODY}").headline == title


# A file name standing alone at the head's start is still taken out as metadata.
def test_a_lone_picture_name_is_still_metadata() -> None:
    head = split_release_head(f"IMG_7116.JPG Roe Hails Corvale Harbor Grant {_BODY}")
    assert head.headline == "Roe Hails Corvale Harbor Grant"
