"""The issuer's surname is read one way wherever words are weighed as the issuer's or
another's: the last word of the name (a suffix left out) and the words after the given
name as one double surname (a handle writes its hyphen as a space), accents dropped,
lower case, one apostrophe, with or without the hyphen. A particle (`de`, `la`),
a middle name or one part of a double surname is no sure name of the issuer: a label or
cue naming only such a word may be another person's, so nobody rather than the issuer.
(Where the parse itself reads such a word as a person named before in full, `Roe’s
remarks:` after `Ann Roe-Vail`, these readings are not asked.) Every fixture is invented
text."""

from __future__ import annotations

import pytest

from importers.records import document_from_record
from tests.issuer_release import release as parsed
from tests.issuer_release import speakers

HEAD = "Harbor Dredging Moves Ahead\n\n"
WORDS = "“We will act this spring.”"


def _release(member: str, full: str, text: str) -> list[list[str]]:
    lead = f"SALEM, OR – {full} held a hearing on the harbor on Tuesday.\n\n"
    return speakers(parsed(HEAD + lead + text, member=member))


@pytest.mark.parametrize(
    ("member", "full", "label"),
    [
        # a particle shared with the issuer's name
        ("Tod de la Vail", "Congressman Tod de la Vail", "De Roe’s remarks:"),
        ("Tod de la Vail", "Congressman Tod de la Vail", "La Roe’s remarks:"),
    ],
)
def test_a_label_sharing_only_a_particle_with_the_issuer_is_nobodys(
    member: str, full: str, label: str
) -> None:
    assert _release(member, full, f"{label}\n\n{WORDS}") == [[]]


@pytest.mark.parametrize(
    ("member", "full", "label"),
    [
        ("Tod de la Vail", "Congressman Tod de la Vail", "Vail’s remarks:"),
        ("Tod de la Vail", "Congressman Tod de la Vail", "De la Vail’s remarks:"),
        ("Ida Watson Coleman", "Congresswoman Ida Watson Coleman", "Watson Coleman’s remarks:"),
        ("Ida Watson Coleman", "Congresswoman Ida Watson Coleman", "Coleman’s remarks:"),
        ("Ann Roe-Vail", "Congresswoman Ann Roe-Vail", "Roe-Vail’s remarks:"),
        ("Wes Bishop, Jr.", "Congressman Wes Bishop, Jr.", "Bishop’s remarks:"),
    ],
)
def test_a_label_naming_the_issuers_surname_keeps_the_issuer(
    member: str, full: str, label: str
) -> None:
    assert _release(member, full, f"{label}\n\n{WORDS}") == [[member.replace(",", "")]]


@pytest.mark.parametrize(
    ("member", "full", "name"),
    [
        ("Ida O'Quist", "Congresswoman Ida O'Quist", "O’Quist"),
        ("Ann Roe-Vail", "Congresswoman Ann Roe-Vail", "Roe-Vail"),
        ("Wes Bishop, Jr.", "Congressman Wes Bishop, Jr.", "Bishop"),
    ],
)
def test_a_cue_ending_words_whose_mark_is_lost_names_the_issuer(
    member: str, full: str, name: str
) -> None:
    text = f"“The harbor needs dredging now, said {name}. {WORDS}"
    assert _release(member, full, text) == [[member.replace(",", "")]] * 2


def test_a_cue_naming_the_double_surname_a_handle_writes_apart_names_the_issuer() -> None:
    text = f"“The harbor needs dredging now, said Pell-Marsh. {WORDS}"
    got = _release("ida_pell-marsh", "Congresswoman Ida Pell-Marsh", text)
    assert [[n.replace("-", " ") for n in s] for s in got] == [["Ida Pell Marsh"]] * 2


@pytest.mark.parametrize(
    ("member", "full", "name"),
    [
        ("Ann Roe-Vail", "Congresswoman Ann Roe-Vail", "Vail"),
        ("Tod de la Vail", "Congressman Tod de la Vail", "Tod Roe"),
    ],
)
def test_a_cue_ending_words_whose_mark_is_lost_naming_another_is_nobodys(
    member: str, full: str, name: str
) -> None:
    text = f"“The harbor needs dredging now, said {name}. {WORDS}"
    assert all(s != [member.replace(",", "")] for s in _release(member, full, text))


@pytest.mark.parametrize(
    ("member", "sender"),
    [
        ("Ann Roe-Vail", "Congresswoman Ann Roe-Vail"),
        ("Ida O'Quist", "Congresswoman Ida O’Quist"),
        ("Tod de la Vail", "Congressman Tod de la Vail"),
    ],
)
def test_the_issuers_lone_letter(member: str, sender: str) -> None:
    text = (
        f"SALEM, OR – {sender} this week sent a letter to Governor Ivo Brandt urging"
        " dredging.\n\n“Small harbors cannot wait another season,” the letter reads."
    )
    assert speakers(parsed(HEAD + text, member=member)) == [[member]]


def _head(member: str, text: str) -> tuple[str | None, str]:
    record = {"text": text, "member": member}
    doc = document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)
    return doc.headline, doc.body[0]


# The release's head reads the issuer's surname the same way: a suffix left out, one
# apostrophe (`O’Quist` in the text, `O'Quist` in the issuer's name).
@pytest.mark.parametrize(
    ("member", "surname", "full"),
    [
        ("Wes Bishop, Jr.", "Bishop", "Wes Bishop, Jr."),
        ("Ann Roe-Vail", "Roe-Vail", "Ann Roe-Vail"),
        ("Ida O'Quist", "O’Quist", "Ida O’Quist"),
    ],
)
def test_the_issuers_picture_caption_is_no_headline(member: str, surname: str, full: str) -> None:
    text = (
        f"{surname} with Harbor Workers CORVALE, OR – Rep. {full} met harbor workers on"
        f" Tuesday. {WORDS}"
    )
    assert _head(member, text) == (None, f"{surname} with Harbor Workers")


@pytest.mark.parametrize(
    ("member", "full"), [("Ann Roe-Vail", "Ann Roe-Vail"), ("Ida O'Quist", "Ida O’Quist")]
)
def test_the_issuers_byline_ending_the_title_opens_the_body(member: str, full: str) -> None:
    text = f"Why the Harbor Matters By Rep. {full} CORVALE, OR – The harbor is ours. {WORDS}"
    assert _head(member, text) == ("Why the Harbor Matters", f"By Rep. {full}")


@pytest.mark.parametrize(
    ("member", "full"),
    [("Ann Roe-Vail", "Ann Roe-Vail"), ("Ida O'Quist", "Ida O’Quist")],
)
def test_the_senator_in_a_representatives_release_is_not_the_issuer(member: str, full: str) -> None:
    text = f"CORVALE, OR – Rep. {full} spoke.\n\n“We will act this spring,” the senator said."
    assert _release(member, full, text)[-1] == []
