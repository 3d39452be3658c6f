"""A headline that labels what a person says on a topic (`Rep. Tarrant on the Harbor Act`,
`Tarrant Statement on …`) names the speaker of the quotation making up the next head line
alone, when it speaks in the first person and the person is the issuer or somebody the
release quotes. Invented names and sentences."""

from __future__ import annotations

from importers.records import document_from_record
from search.model import Quote

DECK = (
    "“I do not doubt that the board wants the harbor open, but some on it will try to stop "
    "every dredging plan we bring.”"
)
LEAD = (
    "SALEM, OR – Today, Rep. Wes Tarrant (D-OR) said he was sad to hear that the board "
    "would vote on the plan."
)


def head_quotes(text: str, member: str = "wes_tarrant") -> list[Quote]:
    record = {"text": text, "member": member}
    doc = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [q for q in doc.quotes if q.part != "body"]


def test_a_deck_under_a_members_on_label_is_the_members() -> None:
    for head in (
        "Rep. Tarrant on the Harbor Act and the Dredging Fund",
        "Tarrant Statement on the Harbor Act",
        "Rep. Tarrant’s Statement on the Harbor Act",
        "Congressman Wes Tarrant on Ann Roe and the Harbor Act",
    ):
        for sep in (" ", "\n\n"):
            quotes = head_quotes(f"{head}{sep}{DECK}{sep}{LEAD}")
            assert [q.speakers for q in quotes] == [["Wes Tarrant"]], (head, sep, quotes)


def test_a_deck_with_no_first_person_stays_nobodys() -> None:
    # a ruling or a report quoted under the label: not the member's own words
    deck = "“The harbor shall stay closed to every ship until the board says otherwise.”"
    quotes = head_quotes(f"Rep. Tarrant on the Board’s Ruling {deck} {LEAD}")
    assert [q.speakers for q in quotes] == [[]]


def test_a_label_naming_nobody_the_release_knows_gives_nobody() -> None:
    # `Gazette on …`: a paper the release neither issues nor quotes
    quotes = head_quotes(f"Corvale Gazette on the Harbor Act {DECK} {LEAD}")
    assert [q.speakers for q in quotes] == [[]]


def test_a_headline_doing_more_than_labelling_gives_nobody() -> None:
    # a verb of its own (`Calls on`), a quotation in the headline, a deck with more
    # words after its closing mark
    for text in (
        f"Tarrant Calls on Board to Act {DECK} {LEAD}",
        f"Tarrant on “Harbor Week” {DECK} {LEAD}",
        f"Rep. Tarrant on the Harbor Act {DECK[:-1]},” said Ann Roe. {LEAD}",
    ):
        quotes = head_quotes(text)
        assert ["Wes Tarrant"] not in [q.speakers for q in quotes], (text, quotes)


def test_a_topic_naming_another_owner_by_a_possessive_gives_nobody() -> None:
    # `on Gov. Roe’s Veto`, `on President’s Remarks`: the deck may quote that owner's words
    lead = (
        "SALEM, OR – Today, Rep. Wes Tarrant (D-OR) said the veto by Gov. Ann Roe was wrong. "
        "“The veto is a mistake,” said Tarrant."
    )
    deck = "“I will veto every dredging bill that reaches my desk this year.”"
    for head in (
        "Rep. Tarrant on Gov. Roe’s Veto of the Harbor Act",
        "Tarrant Statement on President’s Remarks",
        "Rep. Tarrant on the Harbor Board's Ruling",
    ):
        for sep in (" ", "\n\n"):
            quotes = head_quotes(f"{head}{sep}{deck}{sep}{lead}")
            assert [q.speakers for q in quotes] == [[]], (head, sep, quotes)
