"""`The Congressman and Secretary Ann Roe said`: the member the release titles so and the
other person speak together; the member's title is no part of the other's role, and the
other never speaks alone. Invented names."""

from __future__ import annotations

from importers.records import document_from_record
from tests.issuer_release import bare, release, speakers

LEAD = "SALEM – Congressman Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
WORDS = "“We will rebuild the pier for the town.”"


def _roles(text: str) -> dict[str, str | None]:
    document = document_from_record(
        {"text": text, "member": "wes_tarrant"}, {"text": "text", "member": "issuer"}, origin=None
    )
    return {s.name: s.role for s in document.speakers}


def test_the_member_and_another_speak_together() -> None:
    for subject, role in (
        ("The Congressman and Secretary Ann Roe", "Secretary"),
        ("Finally, the Congressman and Mayor Ann Roe", "Mayor"),
        ("The Congressman and Ann Roe", None),
    ):
        text = f"{LEAD}{subject} said {WORDS}"
        for got in (speakers(bare(text)), speakers(release(text, "wes_tarrant"))):
            assert got == [["Wes Tarrant", "Ann Roe"]], (subject, got)
        assert _roles(text)["Ann Roe"] == role, subject


def test_a_title_the_text_gives_nobody_leaves_the_words_to_nobody() -> None:
    # a senator's release: `the Congressman` is no one the text titled so
    lead = "SALEM – Senator Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
    text = f"{lead}The Congressman and Secretary Ann Roe said {WORDS}"
    assert speakers(bare(text)) == [[]]
