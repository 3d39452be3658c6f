"""Military ranks written short (`Brig. Gen.`, `Maj. Gen.`, `Capt.`) open a name
and end no sentence, so `said Brig. Gen. Ann Roe, …` names her and the words after it
are hers; and a quotation right after one whose cue names somebody the parse cannot
name, however long that cue's role, goes on with that somebody's words, never a release
issuer's. Every fixture is invented text."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from importers.records import document_from_record


def both(text: str, member: str = "tod_vail") -> list[list[list[str]]]:
    """The speakers of each direct quotation, parsed bare and with the issuer given."""
    record = {"text": text, "member": member}
    given = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return [
        [q.speakers for q in parse_text_bounded(text).quotes if q.kind == "direct"],
        [q.speakers for q in given.quotes if q.kind == "direct"],
    ]


LEAD = "SAN MARCO – Rep. Tod Vail welcomed the new cyber wing to the base on Monday.\n\n"


def test_a_brigadier_general_names_the_speaker_and_goes_on() -> None:
    text = (
        f"{LEAD}“We are honored the state was chosen,” said Brig. Gen. Ann Roe, Deputy "
        "Adjutant General-Air, State Military Department. “If you want to work on cyber, "
        "come to San Marco.” Rep. Vail has pushed for this since January."
    )
    assert both(text) == [[["Ann Roe"], ["Ann Roe"]], [["Ann Roe"], ["Ann Roe"]]]


def test_a_major_general_names_the_speaker() -> None:
    text = (
        f"{LEAD}“Guarding the state online is a long journey,” said Maj. Gen. Cal Dunn, the "
        "Adjutant General for the state. “We are excited to be given this role.”"
    )
    assert both(text) == [[["Cal Dunn"], ["Cal Dunn"]], [["Cal Dunn"], ["Cal Dunn"]]]


def test_a_captain_names_the_speaker() -> None:
    text = f"{LEAD}“The pier is ready,” said Capt. Lena Orr. “So is the crew.”"
    assert both(text) == [[["Lena Orr"], ["Lena Orr"]], [["Lena Orr"], ["Lena Orr"]]]


def test_words_after_a_long_cue_naming_nobody_are_not_the_issuers() -> None:
    text = (
        f"{LEAD}“We are honored the state was chosen,” said the longest-serving harbor pilot "
        "of the northern docks and elected steward of the pilots' guild. “If you want to "
        "work on the water, come to San Marco.”"
    )
    assert both(text) == [[[], []], [[], []]]


def test_a_cue_of_the_issuer_still_goes_on_as_the_issuers() -> None:
    text = (
        f"{LEAD}“We are honored the state was chosen,” said Rep. Vail, a member of the House "
        "Armed Services Committee and of its panel on cyber readiness. “If you want to work "
        "on cyber, come to San Marco.”"
    )
    assert both(text)[1] == [["Tod Vail"], ["Tod Vail"]]


def test_a_major_by_surname_alone_is_named_without_the_rank() -> None:
    text = f"{LEAD}“The pier is ready for the cutters,” said Maj. Pell."
    assert both(text) == [[["Pell"]], [["Pell"]]]


def test_a_brigadier_by_surname_alone_is_named_without_the_rank() -> None:
    text = f"{LEAD}“The pier is ready for the cutters,” said Brig. Pell, the base's harbor master."
    assert both(text) == [[["Pell"]], [["Pell"]]]


def test_a_long_cue_ending_in_the_issuers_name_leaves_the_next_words_to_the_issuer() -> None:
    text = (
        f"{LEAD}“The pier is ready for the cutters,” said U.S. Representative for the "
        "harbor's 4th congressional district Tod Vail. “Our crews cannot wait another season.”"
    )
    assert both(text)[1][1] == ["Tod Vail"]


def test_the_issuers_surname_inside_a_long_cue_leaves_the_next_words_to_nobody() -> None:
    # the issuer's surname names a river inside the cue; the cue ends in another name
    text = (
        f"{LEAD}“The pier is ready for the cutters,” said the district commander for the Vail "
        "River basin of the Army's harbor engineers Col. Lu Penn. “Our crews cannot wait "
        "another season.”"
    )
    assert both(text)[1][1] != ["Tod Vail"]


def test_a_long_cue_naming_the_issuer_before_a_role_leaves_the_next_words_to_the_issuer() -> None:
    text = (
        f"{LEAD}“The pier is ready for the cutters,” said Rep. Tod Vail (D-SM) the senior "
        "member of the harbor panel of the House committee on ports and waterways. “Our "
        "crews cannot wait another season.”"
    )
    assert both(text)[1][1] == ["Tod Vail"]
