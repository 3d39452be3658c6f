"""Bill or report language quoted after a sentence that puts it in a bill or a report, or
reads it from one (`added the following language to the report:`, `The language below was
added to the bill report:`, `Committee Report language states:`, `Report Language:`): a
document's text, nobody's words, neither the member's who wrote it nor the issuer's. A
sentence telling of a statement, remarks or somebody saying something before the colon
still introduces that person's words."""

from __future__ import annotations

import pytest

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "CORVALE, OR – Rep. Wes Tarrant won funds for the Corvale harbor on Tuesday.\n\n"
LANGUAGE = (
    "“The Committee notes the silting of the Corvale harbor and directs the Corps to "
    "report to it within 90 days on the dredging it plans.”"
)
WORDS = "“I am glad the House kept the channel open for our fishing families.”"


@pytest.mark.parametrize(
    "intro",
    [
        "The amendment by Rep. Tarrant added the following language to the report:",
        "Therefore, we ask that the Committee include the following report language in "
        "its Fiscal Year 2027 bill:",
        "Chairman Tod Vail’s Committee Report language states:",
        "The language below was added to the bill report:",
        "Congressman Tarrant’s language included in the report:",
        "Here is the actual language, with no word of explanation, from the conference "
        "report’s explanatory statement:",
        "The Harbor Report includes language on the dredging, specifically that:",
        "Corvale Harbor Study (Project Request) Request: $3,800,000 Report Language:",
    ],
)
def test_language_put_in_a_bill_or_report_is_nobodys(intro: str) -> None:
    text = f"{HEAD}{LEAD}{intro} {LANGUAGE}\n\n"
    assert speakers(release(text, "wes_tarrant")) == [], intro
    assert speakers(bare(text)) == [], intro


def test_language_after_another_speakers_words_is_not_theirs() -> None:
    text = (
        f"{HEAD}{LEAD}Board Chairman Tod Vail said, “The harbor needs the work. I thank "
        "Congressman Tarrant for his lead.” Congressman Tarrant’s language included in the "
        f"report: {LANGUAGE}\n\n"
    )
    for quotes in (bare(text), release(text, "wes_tarrant")):
        assert speakers(quotes) == [["Tod Vail"]]


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        (
            "Rep. Wes Tarrant released the following statement after the House passed a "
            "bill that includes his harbor language:",
            "Wes Tarrant",
        ),
        (
            "Ann Roe, the mayor, made the following comments on the harbor language in the bill:",
            "Ann Roe",
        ),
        ("Language for the harbor study was added, and Mayor Ann Roe said:", "Ann Roe"),
        ("Ann Roe on the harbor language:", "Ann Roe"),
        ("Mayor Ann Roe spoke of the harbor language:", "Ann Roe"),
    ],
)
def test_a_statement_or_a_speaker_before_the_colon_keeps_the_words(intro: str, who: str) -> None:
    text = f"{HEAD}{LEAD}{intro} {WORDS}\n\n"
    assert speakers(release(text, "wes_tarrant")) == [[who]], intro
    if who != "Wes Tarrant":
        assert speakers(bare(text)) == [[who]], intro


def test_a_cue_right_after_the_words_still_names_the_speaker() -> None:
    text = (
        f"{HEAD}{LEAD}The Harbor Act includes language to dredge the channel: “The "
        "dredging will start soon,” said Ann Roe.\n\n"
    )
    for quotes in (bare(text), release(text, "wes_tarrant")):
        assert speakers(quotes) == [["Ann Roe"]]
