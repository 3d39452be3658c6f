"""A titled name's words end at a possessive: `Rep. Tarrant’s Harbor Act` is no titled
name `Tarrant’s Harbor Act`, and `Congressman Tarrant’s District Office` does not stand
for the member who issues the statement later in the sentence.

Every fixture is invented text.
"""

from __future__ import annotations

from importers import quote_patterns as P
from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OH – Congressman Wes Tarrant opened a harbor hearing on Tuesday.\n\n"


def titled(text: str) -> list[str]:
    return [m.group() for m in P.TITLED_NAME.finditer(text)]


def test_a_titled_names_words_stop_at_a_possessive() -> None:
    assert titled("Ann Roe praised Rep. Tarrant’s Harbor Act.") == []
    assert titled("Ann Roe praised Rep. Wes Tarrant’s Harbor Act.") == ["Rep. Wes Tarrant’s"]
    assert titled("Congressman Wes Tarrant said") == ["Congressman Wes Tarrant"]


def test_the_member_issuing_a_statement_after_his_office_is_named() -> None:
    text = LEAD + (
        "Following today’s storm near Congressman Tarrant’s District Office at 12 Pier "
        "Street, Congressman Tarrant issued the following statement: “My staff is safe, "
        "and I thank the harbor police for their swift response.”"
    )
    for got in (speakers(release(text, "wes_tarrant")), speakers(bare(text))):
        assert got == [["Wes Tarrant"]]
