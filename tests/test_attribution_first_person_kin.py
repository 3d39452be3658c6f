"""A person the writer names by their tie to the writer (`my father`, `our neighbor`)
is another, unnamed person: the words after or before that cue are nobody's, never the
writer's (the issuer's) nor those of a person named in an earlier paragraph. Invented
names."""

from __future__ import annotations

from tests.issuer_release import both, release, speakers

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"
QUOTE = "“We will rebuild the pier for the town,”"


def test_a_first_person_kin_or_companion_after_the_quotation_is_nobody() -> None:
    for cue in (
        "my father says.",
        "my father said.",
        "says my father.",
        "our neighbor says.",
        "my late grandmother told us.",
        "our senator said.",
    ):
        text = f"{LEAD}{QUOTE} {cue}"
        for got in both(text):
            assert got == [[]], (cue, got)


def test_after_another_speakers_paragraph_it_is_still_nobody() -> None:
    text = f"{LEAD}“The pier is old and tired,” said Ann Roe.\n\n{QUOTE} my father says."
    for got in both(text):
        assert got == [["Ann Roe"], []], got


def test_a_name_after_the_tie_still_speaks_and_a_thing_of_the_writers_is_no_person() -> None:
    text = f"{LEAD}{QUOTE} my colleague Ann Roe said."
    for got in both(text):
        assert got == [["Ann Roe"]], got
    # `my letter` is the writer's own: the issuer's words, as before
    text = f"{LEAD}{QUOTE} my letter said."
    assert speakers(release(text, "wes_tarrant")) == [["Wes Tarrant"]]
