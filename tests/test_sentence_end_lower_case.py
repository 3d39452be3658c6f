"""A lower-case word spelt like a state's abbreviation (`we are.`, `for me.`, `log in.`)
ends its sentence, while a capitalised one (`Dover, Del.`) does not. Invented
sentences."""

from __future__ import annotations

import pytest

from importers.records import document_from_record
from importers.sentences import sentence_ends
from importers.titles import derived_title

MAPPING = {"member": "issuer", "text": "text", "date": "published"}


@pytest.mark.parametrize(
    "text",
    [
        "Nobody told them who we are. Then the mayor left.",
        "The ferry was too late for me. She said so on Friday.",
        "The vendors did not log in. They called the office instead.",
        "It is fine, I guess it is ok. He shrugged.",
        "She waved to say hi. Her aide waved too.",
    ],
)
def test_a_lower_case_word_like_a_states_abbreviation_ends_the_sentence(text: str) -> None:
    assert len(list(sentence_ends(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The mill moved to Dover, Del. Later that year it closed.",
        "Tod Vail of Erie, Pa. Hunt spoke first.",
        "She grew up in Salem, Mass. With her came the band.",
    ],
)
def test_a_capitalised_states_abbreviation_ends_no_sentence(text: str) -> None:
    assert list(sentence_ends(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # lower-case abbreviations spelt like a region's code: no English word
        "Roe et al. Introduce the Harbor Dredging Act on Monday.",
        "Roe Wins Funds for a 40 mi. Bike Trail Along the Harbor.",
        "The mill dates from ca. The year of the flood, they say.",
        "A poet, fl. Early in the reign of the old king, wrote it.",
        # a state's abbreviation inside brackets or quotation marks
        "Sen. Ann Roe (Ore.) Sunday praised the harbor vote.",
        "Tod Vail (Pa.) Hunt spoke first.",
        "The sign read “Dover, Del.” Nobody knew why.",
    ],
)
def test_an_abbreviation_or_a_bracketed_state_ends_no_sentence(text: str) -> None:
    assert list(sentence_ends(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbor closed two years ago. Then the mill moved.",
        "The clinic opened in the east. Then the mill moved.",
        "He said he was ill. Then he left the room.",
        "She toured the mills of her district. It was a long day.",
        "The clinic is run by the Veterans Affairs office (VA). Its doors open at eight.",
        "The new pier was paid for by Sen. Ann Roe (Ore.). The town thanked her.",
    ],
)
def test_more_english_words_end_the_sentence(text: str) -> None:
    assert len(list(sentence_ends(text))) == 1


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        (
            "Roe et al. Introduce the Harbor Dredging Act WASHINGTON, D.C. – Today, Sen. Ann"
            " Roe (D-Ore.) said the bill was introduced.",
            "Roe et al. Introduce the Harbor Dredging Act",
            "WASHINGTON, D.C. –",
        ),
        (
            "Roe Wins Funds for 40 mi. Bike Trail Along the Harbor PORTLAND, Ore. – Today,"
            " Sen. Ann Roe said the trail was funded.",
            "Roe Wins Funds for 40 mi. Bike Trail Along the Harbor",
            "PORTLAND, Ore. –",
        ),
    ],
)
def test_a_release_head_with_a_lower_case_abbreviation(
    text: str, headline: str, place: str
) -> None:
    record = {"member": "ann_roe", "text": text, "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    assert doc.dateline is not None
    assert (doc.headline, doc.dateline.raw) == (headline, place)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "WASHINGTON – Sen. Ann Roe (Ore.) Sunday praised the harbor vote. It passed.",
            "Sen. Ann Roe (Ore.) Sunday praised the harbor vote.",
        ),
        (
            "WASHINGTON – Roe et al. Filed the brief on Monday. It was long.",
            "Roe et al. Filed the brief on Monday.",
        ),
    ],
)
def test_a_derived_title_runs_past_an_abbreviation(text: str, title: str) -> None:
    record = {"member": "ann_roe", "text": text, "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    assert derived_title(doc) == f"{doc.source}: {title}"
