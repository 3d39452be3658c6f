"""The loss checker reads two kept words glued in one case as kept, and finds the body
where the reader put back a dash the copy lost.

Invented text only. `FOR IMMEDIATE RELEASECONTACT: …` and `FOR IMMEDIATE RELEASEROE: …`:
the reader takes the label out and reads the contact or the title after it; the checker
split glued words only where the case changes, and counted `releasecontact` lost.
`CORVALE ? Congressman …`: the reader reads the lost dash as one and the body as
`CORVALE – Congressman …`, which the checker did not find in the text, so it counted the
release as losing words.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _loss_checker():
    path = Path(__file__).resolve().parent.parent / "scripts" / "release_head_loss.py"
    spec = importlib.util.spec_from_file_location("release_head_loss", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASECONTACT: Tod Vail 541-555-0100 Roe Hails Corvale Harbor Grant "
        "CORVALE, OR – Rep. Ann Roe today praised the harbor grant.",
        "FOR IMMEDIATE RELEASEROE: HARBOR GRANT IS WELCOME CORVALE, OR – Rep. Ann Roe today "
        "praised the harbor grant.",
    ],
)
def test_glued_kept_words_are_not_lost(text: str) -> None:
    assert _loss_checker().lost_words(text, "Ann Roe") is None


# A glued word whose parts are not both kept is still lost.
def test_a_glued_word_with_a_part_not_kept_is_lost() -> None:
    checker = _loss_checker()
    assert checker.glued_kept("releasecontact", {"release", "contact"})
    assert not checker.glued_kept("releasecorvale", {"release", "contact"})


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASE: May 4, 2006 Roe Joins Harbor Suit CORVALE , OR ? Congressman "
        "Tod Vail joined the suit filed today. It was filed in May.",
        "Roe Joins Harbor Suit CORVALE ? Congressman Tod Vail joined the suit filed today.",
    ],
)
def test_a_body_whose_lost_dash_the_reader_put_back_is_found(text: str) -> None:
    assert _loss_checker().lost_words(text, "Tod Vail") is None
