"""Words a release quotes from a person it names are that person's, never the issuer's:
a reporter's words, an aide named after an organisation's title, a titled person whose
surname is also a city named as a statement's author."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "DOVER, OH – Congresswoman Nora Quill held a hearing on the canal on Tuesday.\n\n"
WORDS = "“The canal locks will stay open through the winter for every barge.”"


def test_a_reporters_words_are_the_reporters_not_the_issuers() -> None:
    text = f"{HEAD}{LEAD}Reporter Ann Dunmore wrote that {WORDS}"
    assert speakers(bare(text)) == [["Ann Dunmore"]]
    assert speakers(release(text)) == [["Ann Dunmore"]]


def test_an_aide_after_the_issuers_name_and_a_title_is_the_aide() -> None:
    for said in (
        f"Quill Chief of Staff Lena Brisk said {WORDS}",
        f"{WORDS[:-2]},” said Quill Chief of Staff Lena Brisk.",
    ):
        text = f"{HEAD}{LEAD}{said}"
        assert speakers(bare(text)) == [["Lena Brisk"]], said
        assert speakers(release(text)) == [["Lena Brisk"]], said


def test_a_titled_surname_that_is_a_city_after_statement_from_is_the_person() -> None:
    named = "DOVER, OH – Congresswoman Nora Quill met General Ann Tyler on Monday.\n\n"
    text = f"{HEAD}{named}Quill released the following statement from General Tyler: {WORDS}"
    assert speakers(bare(text)) == [["Ann Tyler"]]
    assert speakers(release(text)) == [["Ann Tyler"]]
