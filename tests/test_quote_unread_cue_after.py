"""A quotation whose sentence goes on after it with a cue the parse does not read (its
words end in a comma, or a Spanish verb of saying follows) names its speaker there: after
another quotation and a sentence of narrative it is not carried on from the earlier
speaker, nor given to the release's issuer unless the cue names the issuer. Invented text."""

from __future__ import annotations

from importers import quote_patterns as P
from tests.issuer_release import HEAD, LEAD, release, speakers


def _values(text: str) -> list[list[str]]:
    return speakers(release(f"{HEAD}{LEAD}{text}"))


FIRST = "“The port matters to all of us,” said Mayor Ann Holt. The bill would fund three docks. "


def test_a_name_without_a_verb_after_the_words_is_not_the_earlier_speaker() -> None:
    text = FIRST + "“It is a great step for the region,” Rep. Tod Vail."
    assert _values(text) == [["Ann Holt"], []]


def test_an_unread_verb_of_saying_naming_another_is_not_the_earlier_speaker() -> None:
    text = (
        "General Ivo Brandt called the rule “odd and wrong.” If passed, the bill would help "
        "ports across the state. “General Brandt backed our plan. I hope my colleagues will "
        "join me,” commented Lena Marsh, a member of the panel."
    )
    assert _values(text) == [["Ivo Brandt"], []]


def test_a_spanish_cue_names_the_speaker() -> None:
    text = (
        "“El puerto es muy importante,” dijo la Congresista Quill. El proyecto ayudará a los "
        "puertos del estado. “Es un gran paso para nuestra región,” dijo el Congresista Tod Vail."
    )
    assert _values(text) == [["Nora Quill"], ["Tod Vail"]]


def test_an_unread_cue_naming_the_speaker_before_or_the_issuer_keeps_them() -> None:
    # The cue names the earlier speaker by surname: the words go on being theirs.
    text = FIRST + "“It is a great step for the region,” remarked Mayor Holt."
    assert _values(text) == [["Ann Holt"], ["Ann Holt"]]
    # Narration with no name after the comma names nobody: the earlier speaker goes on.
    text = FIRST + "“So I called my sister, a pilot,” a detail that fits the story."
    assert _values(text) == [["Ann Holt"], ["Ann Holt"]]
    # Nothing after the closing mark: the earlier speaker goes on, as before.
    text = FIRST + "“It is a great step for the region.”"
    assert _values(text) == [["Ann Holt"], ["Ann Holt"]]
    # An uncued statement whose unread cue names the issuer is the issuer's.
    text = "“The harbor will be dredged this spring,” commented Congresswoman Quill."
    assert _values(text) == [["Nora Quill"]]


def test_the_cue_read_after_the_words() -> None:
    paragraph = "“We are ready,” Rep. Tod Vail. The rest."
    end = paragraph.index("”") + 1
    assert P.cue_unread_after(paragraph, end, "We are ready,") == "Rep. Tod Vail"
    paragraph = "“We are ready.” The rest."
    assert P.cue_unread_after(paragraph, paragraph.index("”") + 1, "We are ready.") is None
    paragraph = "“Estamos listos” dijo Vail."
    end = paragraph.index("”") + 1
    assert P.cue_unread_after(paragraph, end, "Estamos listos") == "dijo Vail"
