"""A member named only as the owner of a thing (`Rep. Tarrant’s Harbor Act`) inside the
sentence whose subject goes on `, saying:` is no speaker: the words are the subject's.

Every fixture is invented text.
"""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a harbor hearing on Tuesday.\n\n"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(release(LEAD + text, "wes_tarrant")), speakers(bare(LEAD + text))]


def test_the_subject_named_in_full_speaks_past_a_members_possession() -> None:
    for sentence in (
        "Ann Roe, director of the Corvale Harbor Trust, weighed in to support Rep. "
        "Tarrant’s Harbor Act, saying: “We need it.”",
        "Ann Roe, director of the Corvale Harbor Trust, weighed in to support Rep. "
        "Tarrant’s Harbor Act, saying “We need it.”",
        "Ann Roe weighed in to support Congressman Tarrant’s Harbor Act, adding: “We need it.”",
        "Ann Roe thanked Rep. Tarrant, saying: “We need it.”",
    ):
        for got in both(sentence):
            assert got == [["Ann Roe"]], sentence


def test_the_member_as_subject_still_speaks() -> None:
    for sentence in (
        "Rep. Tarrant, joined by Ann Roe, weighed in, saying: “We need it.”",
        "Rep. Tarrant weighed in to support Ann Roe’s Harbor Act, saying: “We need it.”",
    ):
        for got in both(sentence):
            assert got == [["Wes Tarrant"]], sentence


def test_a_members_words_introduced_as_a_label_stay_his() -> None:
    # no participle of saying: the colon introduces the member's own remarks
    for got in both("Highlights of Rep. Tarrant’s Harbor Remarks: “We need it.”"):
        assert all(who in ([], ["Wes Tarrant"]) for who in got)
