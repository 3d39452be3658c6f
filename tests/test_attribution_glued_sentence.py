"""A full stop glued to the next sentence's first word (`… their beds.The board …`: the
copy lost its space) ends a sentence as a spaced one does, so a term quoted in the last
sentence is not given to the member named in the first."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

GLUED = (
    "CORVALE - Congressman Wes Tarrant, M.D., R-Ore., reintroduced a bill to help oyster "
    "growers get into a fund meant to make up for damage done by storms.The Harbor Board "
    "(HB) announced the Storm Relief Fund (SRF) last year that pays growers for damage done "
    "by storms.Many oyster growers near Corvale could not get into the fund last year "
    "because their boats could not reach their beds.{subject} would amend the SRF to allow "
    "payments to be based on “seeded beds” instead of “harvested beds” for oysters, which "
    "would let many growers get into the fund."
)


def _nobody(text: str) -> None:
    for parse in (bare, release):
        assert not any(speakers(parse(HEAD + text))), text


def test_a_term_after_glued_sentences_is_not_the_first_sentences_subjects() -> None:
    for subject in ("Dr. Tarrant’s bill", "The bill", "Such a change"):
        _nobody(GLUED.format(subject=subject))


def test_an_abbreviation_or_a_web_address_glued_to_a_capital_ends_no_sentence() -> None:
    for said in (
        "Tod Vail, who writes at www.Vailnotes.org, called the plan “a lifeline for the bay.”",
        "Ann Roe and Mrs.Vail said the plan was “a lifeline for the bay.”",
    ):
        text = f"WASHINGTON - The town opened its new bridge.\n\n{said}"
        assert speakers(bare(HEAD + text)) == speakers(bare(HEAD + text.replace(".V", ". V")))


def _said(said: str) -> list[list[str]]:
    text = f"WASHINGTON - The town opened its new bridge.\n\n{said}"
    found = speakers(bare(HEAD + text))
    assert speakers(release(HEAD + text)) == found, said
    return found


LIFELINE = "“The bridge is a lifeline for the bay.”"


def test_a_web_address_or_an_abbreviation_glued_to_a_capital_keeps_the_speaker() -> None:
    # a top-level domain after the stop, a word going on into an e-mail address, and
    # abbreviations the parsers know (`Hon.`, `Amb.`, `pres.`) end no sentence
    for aside in (
        ", who runs Vote.Org, said:",
        ", writing at Medium.Com, said:",
        ", founder of HarborJobs.Com, said:",
        " of Regulations.Gov told reporters:",
        ", reached at ann.roe@Vailnotes.Com, said:",
        ", an aide to Hon.Tod Vail, said:",
        ", an aide to Amb.Tod Vail, said:",
        ", vice pres.Harbor Board, said:",
    ):
        assert _said(f"Ann Roe{aside} {LIFELINE}") == [["Ann Roe"]], aside


def test_a_mark_glued_inside_an_aside_ends_no_sentence() -> None:
    # `!` and `?` inside a name set off by commas are the name's, not a sentence's end
    for mark in "!?":
        assert _said(f"Ann Roe, a Yahoo{mark}News writer, said: {LIFELINE}") == [["Ann Roe"]]


def test_a_glued_stop_inside_an_aside_still_ends_a_sentence() -> None:
    # `.` glued there is still a sentence's end, the aside's comma typed as a stop
    text = (
        "Tod Vail, who chairs the board, toured the docks.Many growers met him, and they "
        f"were glad.Later Ann Roe said: {LIFELINE}"
    )
    assert _said(text) == [["Ann Roe"]]
