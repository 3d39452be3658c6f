"""A full statement signed right after its closing mark, in the middle of its paragraph,
by a full name and a role set off by commas (`“…” Ann Roe, Executive Director, Harbor
Learning. “…”`): the words are the signer's. Before, the blocks side by side in the
paragraph carried them on as the previous speaker's (or the issuer's)."""

from __future__ import annotations

import pytest

from importers.speakers import _after_signature_of_another
from search.model import Quote
from tests.issuer_release import HEAD, LEAD, bare, release, speakers

SIGNED = (
    "“The harbor bill matters to us,” said Quill. “It keeps the bay open.” “We are glad "
    "the bill sees how hard the job is.” Ann Roe, Executive Director, Harbor Learning. "
    "“Every child deserves a teacher who keeps learning.” Bram Kell, President, Corvale "
    "Teachers Union.\n\n"
)


def test_a_statement_signed_mid_paragraph_is_its_signers() -> None:
    for parse in (bare, release):
        got = speakers(parse(HEAD + LEAD + SIGNED))
        assert got[2:] == [["Ann Roe"], ["Bram Kell"]], parse
        assert got[:2] == [["Nora Quill"], ["Nora Quill"]], parse


def test_three_signed_statements_in_one_paragraph() -> None:
    text = (
        "Three groups back the bill. “The bay is ours to keep.” Tod Vail, Mayor, City of "
        "Corvale. “We are glad.” Ann Roe, Executive Director, Harbor Learning. “Every child "
        "deserves a teacher.” Bram Kell, President, Corvale Teachers Union.\n\n"
    )
    for parse in (bare, release):
        assert speakers(parse(HEAD + LEAD + text)) == [["Tod Vail"], ["Ann Roe"], ["Bram Kell"]]


def test_no_sure_signature_signs_nothing() -> None:
    # a verb after the role (a sentence about the person), a contact's number, a place,
    # a lone surname: no signature; the words stay as they were read
    for after in (
        "Ann Roe, Executive Director, spoke next.",
        "Ann Roe, Executive Director, 555-0100.",
        "Dover, Ohio.",
        "Roe, Executive Director.",
    ):
        text = (
            "“The harbor bill matters to us,” said Quill. “It keeps the bay open.” "
            f"{after} “Every child deserves a teacher who keeps learning.”\n\n"
        )
        for parse in (bare, release):
            assert ["Ann Roe"] not in speakers(parse(HEAD + LEAD + text))[:2], after


def test_a_cue_then_more_words_of_the_same_person() -> None:
    text = "“The harbor bill matters to us,” said Ann Roe. “It keeps the bay open.”\n\n"
    for parse in (bare, release):
        assert speakers(parse(HEAD + LEAD + text)) == [["Ann Roe"], ["Ann Roe"]]


def test_a_name_and_role_then_said_stays_a_cue() -> None:
    text = (
        "“The harbor bill matters to us,” said Quill. “It keeps the bay open.” Ann Roe, "
        "Director of the Harbor Watch, said. “We have waited ten years.”\n\n"
    )
    for parse in (bare, release):
        assert speakers(parse(HEAD + LEAD + text))[0] == ["Nora Quill"]


def test_words_after_a_mid_paragraph_signature_are_nobodys() -> None:
    # unsigned words after the signature: neither the signer's nor the speaker's before
    text = (
        "“The harbor bill matters to us,” said Quill. “It keeps the bay open.” “We are "
        "glad.” Ann Roe, Executive Director, Harbor Learning. “Every child deserves a "
        "teacher.”\n\n"
    )
    for parse in (bare, release):
        got = speakers(parse(HEAD + LEAD + text))
        assert got == [["Nora Quill"], ["Nora Quill"], ["Ann Roe"], []], parse


TARRANT = (
    "Harbor Hearing Draws a Crowd\n\nCORVALE, OR – Congressman Wes Tarrant held a hearing "
    "on the harbor on Tuesday.\n\n"
)


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(TARRANT + text)), speakers(release(TARRANT + text, "wes_tarrant"))]


def test_words_inside_a_sentence_of_narration_are_not_signed() -> None:
    # a sign's words, the sentence reading them before the mark: no signature of them
    text = (
        "The sign at the dock reads “No wake in the harbor.” Ann Roe, Harbor Master, "
        "Corvale Port. “We enforce it.”\n\n"
    )
    for got in _both(text):
        assert got[0] == [], got


def test_a_list_of_names_after_the_words_signs_nothing() -> None:
    text = (
        "“Small harbors cannot wait.” Ann Roe, Tod Vail, and Cal Dunn. “We ask the Senate "
        "to act.”\n\n"
    )
    for got in _both(text):
        assert ["Ann Roe"] not in got, got


def test_words_going_on_from_a_cue_are_not_signed_by_the_next_name() -> None:
    # the second words may run on from Tod Vail's cue or be signed by the name after
    # them: nobody's, and so are the words after that name
    text = (
        "“We will build it,” Tod Vail said. “It will take years.” Ann Roe, Harbor Master, "
        "Corvale Port. “We are ready.”\n\n"
    )
    for got in _both(text):
        assert got == [["Tod Vail"], [], []], got


@pytest.mark.parametrize("courtesy", ["Dr.", "Ms.", "Rev."])
def test_a_signature_after_words_going_on_from_a_cue_with_a_courtesy_title(
    courtesy: str,
) -> None:
    # the same with a courtesy title before the name: the last words are never Tod Vail's
    text = (
        f"“We will build it,” Tod Vail said. “It will take years.” {courtesy} Ann Roe, "
        "Harbor Master. “We are ready.”\n\n"
    )
    for got in _both(text):
        assert got[0] == ["Tod Vail"] and ["Tod Vail"] not in got[1:], got


def test_names_heading_each_statement_sign_nothing_after() -> None:
    # a list whose names head the statements: the name after one statement heads the
    # next, it does not sign the one before
    text = (
        "What they say: Ann Roe, Harbor Learning “We are glad the bill passed.” Tod Vail, "
        "President, Corvale Union. “Every child deserves a teacher.”\n\n"
    )
    for parse in (bare, release):
        assert ["Tod Vail"] not in speakers(parse(HEAD + LEAD + text))[:1], parse


def test_a_label_after_the_signature_keeps_its_words() -> None:
    text = (
        "“The harbor bill matters to us,” said Quill. “It keeps the bay open.” Ann Roe, "
        "Executive Director, Harbor Learning Inc. “HLI”: “Every child deserves a teacher.”"
        "\n\n"
    )
    for parse in (bare, release):
        assert speakers(parse(HEAD + LEAD + text))[:2] == [["Nora Quill"], ["Nora Quill"]]


@pytest.mark.parametrize(
    "between",
    [
        "Without Harbor Aid, many families, in Corvale and beyond, would fall behind.",
        "In Corvale, the harbor has stood closed since May.",
        "Like Ann Roe and Tod Vail, the crews at the dock have waited for years.",
    ],
)
def test_narration_opening_with_no_name_after_words_nobody_said_signs_nothing(
    between: str,
) -> None:
    # a sentence between words the parse left nobody's and the next ones: narration, no
    # signature (`_NAME_AND_ROLE` reads a capitalised word, another, a comma, a stop):
    # the words after it are not kept from the issuer by a signature
    paragraph = f"“It will take years.” {between} “We are ready.”"
    assert not _after_a_signature(paragraph)


def test_a_name_and_role_between_words_nobody_said_still_signs_them() -> None:
    for signer in (
        "Ann Roe, Harbor Master, Corvale Port.",
        "Chief Tod Vail, Corvale Fire.",
        "The Honorable Ann Roe, Mayor of Corvale.",
        "In Harbor Times, May 2.",
        "Like Ann Roe, Tod Vail, and Cal Dunn, we waited.",
    ):
        assert _after_a_signature(f"“It will take years.” {signer} “We are ready.”")


def _after_a_signature(paragraph: str) -> bool:
    first = paragraph.index("It will")
    before = Quote(text="It will take years.", start=first, end=first + 19)
    start = paragraph.index("We are")
    quote = Quote(text="We are ready.", start=start, end=start + 13)
    return bool(_after_signature_of_another(before, quote, paragraph, "Wes Tarrant"))
