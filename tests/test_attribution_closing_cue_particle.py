"""A cue ending words whose closing mark is lost (`“The harbor needs dredging now, said de
Roe. “We will act …”`) may name its person with a lower-case particle (`de`, `van der`)
before the surname or between given name and surname: the cue's person's words, or
nobody's, never the issuer's by default. Every fixture is invented text."""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, speakers
from tests.issuer_release import release as parsed

HEAD = "Harbor Dredging Moves Ahead\n\n"
LEAD = "SALEM, OR – Congressman Tod de la Vail held a hearing on the harbor on Tuesday.\n\n"
ISSUER = "Tod de la Vail"


def _text(cue: str, named: str = "") -> str:
    return (
        HEAD
        + LEAD
        + named
        + f"“The harbor needs dredging now, {cue} “We will act this spring.”\n\n"
    )


@pytest.mark.parametrize(
    "cue",
    ["said de Roe.", "said Ann de Roe.", "de Roe said.", "said Ann van der Roe.", "added di Roe."],
)
def test_a_particle_cue_of_another_is_never_the_issuers(cue: str) -> None:
    for who in speakers(parsed(_text(cue), member=ISSUER)):
        assert ISSUER not in who, cue


def test_a_particle_cue_of_a_person_named_before_gives_that_person() -> None:
    named = "Harbor master Ann de Roe spoke after the hearing.\n\n"
    for parse in (bare, lambda t: parsed(t, member=ISSUER)):
        assert speakers(parse(_text("said de Roe.", named))) == [["Ann de Roe"], ["Ann de Roe"]]


def test_the_issuers_own_particle_cue_stays_the_issuers() -> None:
    lead = "SALEM, OR – Congresswoman Ida de Roe held a hearing on the harbor on Tuesday.\n\n"
    text = (
        HEAD + lead + "“The harbor needs dredging now, said de Roe. “We will act this spring.”\n\n"
    )
    assert speakers(parsed(text, member="Ida de Roe")) == [["Ida de Roe"], ["Ida de Roe"]]


def test_a_two_particle_cue_is_read_as_its_last_word_is() -> None:
    # the book reads `Tod de la Vail` as `Vail` (so does the cue `said Vail.`): the
    # particles' cue names the same person as the bare surname's, never another
    issuer = parsed(_text("said Vail."), member=ISSUER)
    assert speakers(parsed(_text("said de la Vail."), member=ISSUER)) == speakers(issuer)


def test_a_capitalised_cue_is_read_as_before() -> None:
    named = "Harbor master Ann Roe spoke after the hearing.\n\n"
    assert speakers(bare(_text("said Roe.", named))) == [["Ann Roe"], ["Ann Roe"]]
