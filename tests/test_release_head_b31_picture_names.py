"""A picture's file name in the head: quoted names.

Invented text only. A file name in quotation marks is what a title names (`"Roe.jpg" Is
the Harbor's New Mascot`) and stays in the headline.
"""

from __future__ import annotations

import pytest

from importers.release_head import split_release_head

_BODY = "CORVALE, OR – Rep. Ann Roe today welcomed the harbor grant."


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
