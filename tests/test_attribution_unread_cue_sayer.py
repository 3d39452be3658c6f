"""A cue after a quotation that the parse does not read, but whose sentence holds a verb of
saying and another person's full name (`“…” Rosa Penning, 43, of Corvale, Ore., a dock
worker since 1999 and mother of three, told the crowd.`), keeps the words, and the uncued
ones going on after that cue, from a release's issuer and from the member a text's lead
names (the issuer took them before). Invented texts."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record
from importers.speakers import sayer_named_after

MAPPING = {"member": "issuer", "text": "text", "date": "published"}
LEAD = "WASHINGTON – Today, Rep. Dana Fulmer (D-Ore.) spoke at the harbor rally in Corvale."

UNREAD = [
    "“This is a big night for us!” Fulmer’s longtime friend and, since 2010, her campaign"
    " treasurer Rosa Penning told the crowd. “We have his back.”",
    "“This is a big night for us!” Fulmer’s niece and the county’s new harbor pilot, Rosa"
    " Penning, a longtime Corvale resident, shouted to the crowd. “We have his back.”",
    "“This is a big night for us!” Rosa Penning, 43, of Corvale, Ore., a dock worker since"
    " 1999 and mother of three, told the crowd. “We have his back.”",
]


def _release(paragraph: str) -> list[str | None]:
    record = {"member": "dana_fulmer", "text": f"{LEAD}\n\n{paragraph}", "date": "2016-09-14"}
    doc = document_from_record(record, MAPPING, origin=None)
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


@pytest.mark.parametrize("paragraph", UNREAD)
def test_an_unread_cue_naming_another_keeps_the_words_from_the_issuer(paragraph: str) -> None:
    assert set(_release(paragraph)) <= {None, "Rosa Penning"}


@pytest.mark.parametrize("paragraph", UNREAD)
def test_an_unread_cue_naming_another_keeps_the_words_from_the_lead(paragraph: str) -> None:
    quotes = extract_quotes([LEAD.removeprefix("WASHINGTON – Today, "), paragraph])[1]
    assert {q.speaker for q in quotes if q.kind == "direct"} <= {None, "Rosa Penning"}


@pytest.mark.parametrize(
    "paragraph",
    [
        # No verb of saying after the words, or no other person's full name with it.
        "“We will keep fighting for our ports.” The bill passed the House on Tuesday.",
        "“We will keep fighting for our ports.” On Monday Fulmer said the vote was close.",
        "“We will keep fighting for our ports.” Fulmer said the Harbor Commission agreed.",
    ],
)
def test_the_issuers_words_stay_the_issuers(paragraph: str) -> None:
    assert _release(paragraph) == ["Dana Fulmer"]


# Another person named after the words, but not as the subject of a verb of saying: the
# issuer's (or the lead member's) words stay theirs.
NOT_THE_SAYER = [
    "“We will rebuild this pier.” Fulmer said she thanked Tod Vail for his help. “I owe him.”",
    "“This bill protects our harbor workers.” The bill was cosponsored by Rep. Tod Vail, who"
    " testified in March. “I urge my colleagues to pass it.”",
    "“We will rebuild this pier.” Fulmer said Rep. Tod Vail helped write it. “I owe him.”",
    "“We will rebuild this pier.” Fulmer noted that Rep. Tod Vail cosponsored the bill.",
    "“Ports need steady care.” Former Harbor Adviser Gene Marsh put it best when he said"
    " recently that the docks come first.",
    "“We will rebuild this pier.” Tod Vail’s bill is the right one, Fulmer told the crowd.",
]

# The subject of the verb of saying is another person: read with overlapping word pairs
# (`Mayor Rosa Penning`) and by surname (`Dana Penning` is not Dana Fulmer).
OTHER_SAYER = [
    "“This is a big night for us!” Mayor Rosa Penning, 43, of Corvale, Ore., a dock worker"
    " since 1999, told the crowd. “We have his back.”",
    "“This is a big night for us!” Dana Penning, 43, of Corvale, Ore., a dock worker since"
    " 1999, told the crowd. “We have his back.”",
]


@pytest.mark.parametrize("paragraph", NOT_THE_SAYER)
def test_a_name_that_is_not_the_sayer_leaves_the_issuers_words(paragraph: str) -> None:
    assert set(_release(paragraph)) == {"Dana Fulmer"}


@pytest.mark.parametrize("paragraph", NOT_THE_SAYER[:4] + NOT_THE_SAYER[5:])
def test_a_name_that_is_not_the_sayer_leaves_the_lead_members_words(paragraph: str) -> None:
    quotes = extract_quotes([LEAD.removeprefix("WASHINGTON – Today, "), paragraph])[1]
    assert {q.speaker for q in quotes if q.kind == "direct"} == {"Dana Fulmer"}


@pytest.mark.parametrize("paragraph", OTHER_SAYER)
def test_another_sayer_as_subject_keeps_the_words_from_the_issuer(paragraph: str) -> None:
    assert "Dana Fulmer" not in _release(paragraph)


@pytest.mark.parametrize("paragraph", OTHER_SAYER)
def test_another_sayer_as_subject_keeps_the_words_from_the_lead(paragraph: str) -> None:
    quotes = extract_quotes([LEAD.removeprefix("WASHINGTON – Today, "), paragraph])[1]
    assert "Dana Fulmer" not in {q.speaker for q in quotes if q.kind == "direct"}


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [(p, False) for p in NOT_THE_SAYER]
    + [(p, True) for p in OTHER_SAYER]
    + [
        ("“We will rebuild this pier.” said Sec. Tod Vail of the Harbor Board.", True),
        ("“We will rebuild this pier.” Rosa Penning of Corvale, Ore. said.", True),
        ("“We will rebuild this pier.” Last year Fulmer and Tod Vail told the board.", False),
    ],
)
def test_the_other_person_is_read_only_as_the_verbs_subject(paragraph: str, named: bool) -> None:
    assert sayer_named_after(paragraph, paragraph.index("”") + 1, "Dana Fulmer") is named


def test_another_persons_report_after_the_words_is_no_cue_of_them() -> None:
    # `said` opens the other person's own report: the words before stay the issuer's.
    paragraph = (
        "“We will rebuild this pier.” Mayor Rosa Penning (D-Ore.), head of the Harbor Board,"
        " said this is another sign of progress."
    )
    assert not sayer_named_after(paragraph, paragraph.index("”") + 1, "Dana Fulmer")
    assert _release(paragraph) == ["Dana Fulmer"]


def test_another_sayer_whose_sentence_runs_into_a_quotation_keeps_the_words() -> None:
    paragraph = (
        "“We will rebuild this pier.” Also, the harbor board’s new chair, Rosa Penning, stated,"
        " that she was “ready to act” on it."
    )
    assert sayer_named_after(paragraph, paragraph.index("”") + 1, "Dana Fulmer")
