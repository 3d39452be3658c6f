"""Quoted words of press releases that are no one's speech, and speakers of signed and
continued statements. Every fixture is invented text."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes, is_title_case
from importers.records import document_from_record
from importers.speakers import _third_name_word
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def kinds(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [(q.kind, q.speakers) for q in quotes_of(*paragraphs)]


def release(text: str, member: str = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


# -- a work's name after `titled` ---------------------------------------------------------


@pytest.mark.parametrize("word", ["titled,", "titled", "entitled", "entitled:"])
def test_a_name_after_titled_is_a_title_though_a_cue_follows_it(word: str) -> None:
    quotes = quotes_of(
        f"The harbor board held a hearing this week {word} “Are Our Docks Ready for the "
        "Next Storm?” Rep. Ann Holt said, “The docks will not last another winter without "
        "repairs.”"
    )
    assert [q.kind for q in quotes] == ["title", "direct"]
    assert quotes[1].speakers == ["Ann Holt"]


def test_speech_after_a_cue_that_is_no_title_word_keeps_its_speaker() -> None:
    quotes = quotes_of(
        "Rep. Ann Holt spoke at the hearing on Monday. “Are our docks ready for the next "
        "storm?” Holt asked. “The answer is no.”"
    )
    assert all(q.speakers == ["Ann Holt"] for q in quotes)


# -- an epithet given in the passive ------------------------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        "Vail is widely considered the “{}”",
        "Vail was known as the “{}”",
        "Vail has been called the “{}”",
        "Vail is often referred to as the “{}”",
    ],
)
def test_an_epithet_in_the_passive_is_no_speech(frame: str) -> None:
    text = (
        "Rep. Ann Holt honored the engineer Tod Vail on Monday. "
        + frame.format("father of the modern harbor.")
        + " He designed the north pier in 1950."
    )
    [quote] = quotes_of(text)
    assert quote.kind == "title" and quote.speakers == []


def test_an_epithet_with_its_agent_is_that_speakers_phrase() -> None:
    # `called … by Ann Holt`: the phrase is hers, and the rule leaves it to the others.
    text = (
        "Rep. Ann Holt toured the pier on Monday. The pier was called a “monument to good "
        "engineering and patience” by Mayor Ivo Brandt at the opening."
    )
    [quote] = quotes_of(text)
    assert quote.kind != "title"


def test_speech_after_a_verb_of_saying_is_no_epithet() -> None:
    [quote] = quotes_of(
        "“The pier is a monument to good engineering,” said Mayor Ivo Brandt on Monday."
    )
    assert quote.kind == "direct" and quote.speakers == ["Ivo Brandt"]


# -- a hyphenated word in a title ---------------------------------------------------------


def test_a_hyphenated_word_of_a_title_is_capitalised_by_its_first_part() -> None:
    assert is_title_case(["Catch", "up", "With", "Your", "Mayor"], "Catch-up With Your Mayor")
    assert is_title_case(["Back", "to", "School", "Fair"], "Back-to-School Fair")
    assert not is_title_case(["We", "catch", "up", "with", "you"], "We catch-up with you")
    # A lower-case word is no title's for its hyphen: a small word before it stays small.
    assert not is_title_case(["over", "classification"], "over-classification.")


def test_an_event_name_with_a_hyphenated_word_is_a_title() -> None:
    paragraphs = [
        "Congresswoman Ann Holt will host a “Sit-down With Your Congresswoman” event at "
        "the town library on Friday.",
        "“I learn the most from the people I serve,” said Congresswoman Holt.",
        "For more information about “Sit-down With Your Congresswoman,” residents may call "
        "the district office.",
    ]
    assert kinds(*paragraphs) == [("title", []), ("direct", ["Ann Holt"]), ("title", [])]
    # The same in one paragraph, as a release's text often comes: the cue next to the
    # statement does not touch the event's name further on.
    assert kinds(" ".join(paragraphs)) == [
        ("title", []),
        ("direct", ["Ann Holt"]),
        ("title", []),
    ]


# -- `calls for` after a closing mark ------------------------------------------------------


def test_calls_for_after_a_closing_mark_is_no_cue() -> None:
    # The second statement goes on from the first: `Holt’s bill calls for …` is a sentence
    # about the bill, not a cue giving the words to nobody.
    quotes = quotes_of(
        "“We keep losing our best nurses,” Rep. Holt said. “Too many leave after two "
        "years.” Rep. Holt’s bill calls for no new spending."
    )
    assert [q.speakers for q in quotes] == [["Holt"], ["Holt"]]


def test_said_after_a_closing_mark_is_still_a_cue() -> None:
    quotes = quotes_of(
        "“We keep losing our best nurses,” Rep. Ann Holt said. “Too many leave after two "
        "years,” said Dr. Ivo Brandt, calling for new grants."
    )
    assert [q.speakers for q in quotes] == [["Ann Holt"], ["Ivo Brandt"]]


# -- a signer's name of three words -------------------------------------------------------


def test_a_signers_name_of_three_words_before_a_role() -> None:
    quotes = quotes_of(
        "Groups back the bill. Harbor Families Fund: “The bill protects every family on "
        "the coast and is long overdue.” Maria Solano Vik President and CEO Harbor "
        "Families Fund Lakeport Anglers: “We support it because it keeps our docks open all "
        "year.” Mira Holt President Lakeport Anglers"
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speakers for q in direct] == [["Maria Solano Vik"], ["Mira Holt"]]


def test_a_signers_group_or_initial_after_two_names_stays_out_of_the_name() -> None:
    # `Aron Vik HFF President`: an acronym after the name is the group; `Mira T. Holt`
    # has its middle name already; `Ann Holt President` has no third word to take.
    assert not _third_name_word(["Aron", "Vik"], ["HFF", "President"])
    assert not _third_name_word(["Mira", "Holt"], ["Fund", "President"])
    assert not _third_name_word(["Mira", "Holt"], ["Vik", "praised"])
    assert not _third_name_word(["Ann", "Holt"], ["President", "Holt", "Fund"])
    assert _third_name_word(["Maria", "Solano"], ["Vik", "Director"])


# -- who a release's unnamed quotations belong to -------------------------------------------


def test_i_stated_outside_the_quotation_is_the_issuer() -> None:
    [quote] = release(
        "WASHINGTON – On Monday I stated on the floor of the House that, “The harbor bill "
        "will not pass by fear alone. Members deserve the facts before they vote.” Some "
        "have asked what I meant."
    )
    assert quote.speakers == ["Nora Quill"] and quote.method == "resolved"


def test_i_inside_somebody_elses_sentence_is_not_the_issuer() -> None:
    # `I quote from the Lakeport Ledger that …`: quoting is no verb of saying; the paper's
    # words stay nobody's named speech rather than the issuer's.
    quotes = release(
        "WASHINGTON – The bridge would cost $700 million. I quote from the Lakeport Ledger "
        "that the town “is not big enough for a stop sign on its main street.”"
    )
    assert all(q.speakers != ["Nora Quill"] for q in quotes)


def test_a_quotation_a_work_introduces_is_not_the_issuers() -> None:
    [*_, quote] = release(
        "WASHINGTON – Rep. Nora Quill wrote to the Secretary on Monday. “The harbor needs "
        "dredging now,” said Quill. The Ledger’s Editorial also quoted from a recent book "
        "(Harbor Days, by Ivo Brandt): “The first dredge came in 1920, and the second "
        "never came at all.”"
    )
    assert quote.speakers == []


def test_a_quotation_introduced_by_a_book_is_not_the_issuers() -> None:
    [quote] = release(
        "WASHINGTON – The harbor was built in 1900. The book on its history puts it "
        "plainly: “No town on the lake owed more to one pier.”"
    )
    assert quote.speakers == []
