"""A job title that names nobody (`Acme’s Senior Brand Engagement Manager`) is no
person's name: its inner words never stand as a speaker, while a name that opens with a
first name (`Ann Manager`) and a name after its title stay a person."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, speakers

LOCKS = "HARBOR CITY, Ore. – The canal locks reopened on Monday after a year of work.\n\n"
NEEDED = "“We will keep the locks open all summer for the boats.”"


def _values(text: str) -> list[list[str]]:
    return speakers(bare(f"{HEAD}{LOCKS}{text}"))


def test_an_owners_job_title_alone_names_nobody() -> None:
    text = f"According to Acme’s Senior Brand Engagement Manager, the plan works.\n\n{NEEDED}"
    assert _values(text) == [[], []]
    text = f"{NEEDED[:-2]},” said Acme’s Senior Product Marketing Director."
    assert _values(text) == [[]]


def test_a_title_before_a_name_still_gives_the_name() -> None:
    assert _values(f"Senior Brand Engagement Manager Ann Holt said {NEEDED}") == [["Ann Holt"]]
    assert _values(f"{NEEDED[:-2]},” said Acme Product Manager Ann Holt.") == [["Ann Holt"]]
    assert _values(f"{NEEDED[:-2]},” said Ann Holt, Acme’s Senior Brand Manager.") == [["Ann Holt"]]


def test_a_surname_that_is_a_role_word_after_a_first_name_stays() -> None:
    assert _values(f"{NEEDED[:-2]},” said Ann Manager.") == [["Ann Manager"]]
    assert _values(f"{NEEDED[:-2]},” said Hector V. Barreto Administrator.") == [
        ["Hector V. Barreto"]
    ]
