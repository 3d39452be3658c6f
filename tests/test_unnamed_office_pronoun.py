"""An unnamed office holder as the last person before he/she: the pronoun is nobody's,
not a person named earlier (invented text)."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes


def last_speakers(text: str) -> list[str]:
    _, quotes = extract_quotes([text])
    return list(quotes[-1].speakers)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tod Vail questioned the agency's deputy secretary, who when asked about the dam,"
        " he responded that “I cannot promise that.”",
        "Sen. Tod Vail questioned the agency's deputy secretary. When asked about the dam, he"
        " responded that “I cannot promise that.”",
        "Sen. Tod Vail questioned an agency official about the dam. “I cannot promise that,” he"
        " said.",
        "Sen. Tod Vail met the deputy secretary, who said the dam was safe. “I cannot promise"
        " more,” he said.",
    ],
)
def test_the_office_holder_left_unnamed(text: str) -> None:
    assert last_speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tod Vail spoke at the hearing. “The dam must be fixed,” he said.",
        # the role is the name's own appositive
        "Sen. Tod Vail, a former police officer, spoke at the hearing. “The dam must be"
        " fixed,” he said.",
        # an adjective, no office holder
        "Sen. Tod Vail read the official report on the dam. “It must be fixed,” he said.",
        # named after the office holder
        "The deputy secretary left early. Sen. Tod Vail stayed. “The dam must be fixed,” he said.",
    ],
)
def test_the_person_named_keeps_the_pronoun(text: str) -> None:
    assert last_speakers(text) == ["Tod Vail"]


@pytest.mark.parametrize(
    "text",
    [
        # the office holder given the other sex than the pronoun's
        "WASHINGTON - Sen. Tom Holt thanked the county clerk for her work on the count. “We"
        " need more help like hers,” he said.",
        # the office holder spoken of in the quotation itself
        "WASHINGTON - Sen. Tom Holt met with a state official on Monday. “The official agreed"
        " with me,” he said.",
    ],
)
def test_an_office_holder_the_pronoun_cannot_be(text: str) -> None:
    assert last_speakers(text) == ["Tom Holt"]
