"""A subject and a verb read after a quotation's words stand in the sentence the words
end in: `“…,” intoned Rep. Tod Vail. Tarrant nodded.` names no subject `… Vail. Tarrant`
for `nodded`, and the words are not Tarrant's. The uncued words coming next in that
paragraph are the unread cue's person's going on, so nobody's, never the lead's member's
nor the issuer's, also after narration between. Invented texts."""

from __future__ import annotations

import pytest

from importers.quotes import extract_quotes
from importers.records import document_from_record

MAPPING = {"member": "issuer", "text": "text", "date": "published"}
LEAD = "Rep. Wes Tarrant (D-Ore.) spoke at the harbor rally in Corvale."


def _release(paragraph: str) -> list[str | None]:
    record = {
        "member": "wes_tarrant",
        "text": f"WASHINGTON – Today, {LEAD}\n\n{paragraph}",
        "date": "2016-09-14",
    }
    doc = document_from_record(record, MAPPING, origin=None)
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


def _bare(paragraph: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes([LEAD, paragraph])[1] if q.kind == "direct"]


ACROSS = [
    "“We must act,” Tarrant said. “It is late,” intoned Rep. Tod Vail. Tarrant nodded."
    " “We will act now.”",
    "“We must act,” Tarrant said. “It is late,” intoned Rep. Tod Vail. Vail nodded."
    " “We will act now.”",
    "“We must act,” Tarrant said. “It is late,” intoned Rep. Tod Vail. The room fell"
    " silent. “We will act now.”",
]


@pytest.mark.parametrize("paragraph", ACROSS)
@pytest.mark.parametrize("read", [_release, _bare])
def test_no_subject_across_a_sentence_end(read, paragraph: str) -> None:
    assert read(paragraph) == ["Wes Tarrant", None, None]


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # The subject and its verb in the words' own sentence still speak.
        ("“It is late,” Rep. Tod Vail fumed. “We will act now.”", ["Tod Vail", "Tod Vail"]),
        ("“It is late!” Dr. Tod Vail exclaimed. “We will act now.”", ["Tod Vail", "Tod Vail"]),
        (
            "“It is late,” Tod Vail, of Salem, Ore., complained. “We will act now.”",
            ["Tod Vail", "Tod Vail"],
        ),
        (
            "“We must act,” Tarrant said. “It is late,” Mr. Vail sighed. “We will act now.”",
            ["Wes Tarrant", "Vail", "Vail"],
        ),
    ],
)
@pytest.mark.parametrize("read", [_release, _bare])
def test_a_subject_in_the_words_sentence_speaks(read, paragraph: str, speakers: list) -> None:
    assert read(paragraph) == speakers
