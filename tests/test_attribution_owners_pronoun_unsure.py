"""`Tod Vail delivered his remarks:` gives the words to Tod Vail only where nobody else
is named before the pronoun in its paragraph: `Because Tarrant was ill, Tod Vail
delivered his remarks:` may be Tarrant's remarks read by another, so nobody speaks.

Every fixture is invented text.
"""

from __future__ import annotations

import pytest

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE, OR – Congressman Wes Tarrant opened a harbor council on Tuesday.\n\n"
WORDS = "“Small harbors cannot wait another season for the dredges.”"


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(LEAD + text, "wes_tarrant"))]


@pytest.mark.parametrize(
    "label",
    [
        "Because Tarrant was ill, Tod Vail delivered his remarks: ",
        "Tod Vail, standing in for Tarrant, delivered his remarks: ",
        "Tarrant could not attend. Tod Vail delivered his remarks: ",
        "With Ann Roe away, Cal Dunn delivered her remarks: ",
    ],
)
def test_a_pronoun_another_person_may_own_gives_nobody(label: str) -> None:
    for got in both(label + WORDS):
        assert got == [[]], label


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Tod Vail delivered his remarks: ", "Tod Vail"),
        ("Rep. Tarrant delivered his remarks: ", "Wes Tarrant"),
        ("Tarrant gave his remarks: ", "Wes Tarrant"),
    ],
)
def test_a_subject_alone_before_the_pronoun_owns_the_words(label: str, speaker: str) -> None:
    assert speakers(release(LEAD + label + WORDS, "wes_tarrant")) == [[speaker]]
