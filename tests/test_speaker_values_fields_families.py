"""A speaker value is a person's or a body's whole name, or nobody: a household named by
its surname is no one person; the words set off after a name and its role are the role's
field, not the subject; a body's listed name after a cue is no person; a new sentence
whose verb takes a clause of its own is no cue of the words before it; a cue typed inside
the marks names somebody the parse does not read. Invented text."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, LEAD, bare, release, speakers

WORDS = "“The new harbor road has been a great help to every town in the valley.”"
SAID = f"{WORDS[:-2]},” said"
MORE = "“We will fund the next stretch.”"


def _values(text: str) -> list[list[str]]:
    return speakers(release(f"{HEAD}{LEAD}{text}"))


def test_a_household_named_by_its_surname_is_nobody() -> None:
    assert _values(f"{SAID} the Brine Family in a statement. {MORE}") == [[], []]
    assert _values(f"{WORDS[:-2]},” the Brine family said. {MORE}") == [[], []]
    assert not N.person_shape("Brine Family".split())
    assert not N.person_shape("Vail Families".split())
    assert N.person_shape("Tod Brine".split())


def test_words_after_a_name_and_its_role_are_the_roles_field() -> None:
    for verb in ("said", "testified"):
        text = (
            "Tod Brine, Vice President, Network Safety, Engineering & Projects, Lakeport"
            f" Pipeline Company, {verb}: {WORDS}"
        )
        assert _values(text) == [["Tod Brine"]]
    assert _values(f"Ann Vail, Director, Water Safety & Ports, said: {WORDS}") == [["Ann Vail"]]


def test_a_bodys_listed_name_after_a_cue_is_no_person() -> None:
    body = "Coastal Parks, Forests and Public Lands Subcommittee"
    assert _values(f"{SAID} {body} Chairman Tod Brine. {MORE}") == [["Tod Brine"], ["Tod Brine"]]
    assert _values(f"{SAID} {body} Ranking Member Ann K. Vail. {MORE}") == [
        ["Ann K. Vail"],
        ["Ann K. Vail"],
    ]
    assert _values(f"{SAID} {body}. {MORE}") == [[], []]
    # People listed before a body's officer are no body's fields: the officer alone does
    # not speak for them all.
    listed = _values(f"{SAID} Ann Vail, Tod Brine and Harbor Board Chair Ivo Kerr. {MORE}")
    assert ["Ivo Kerr"] not in listed


def test_a_new_sentence_reporting_a_clause_is_no_cue_of_the_words_before() -> None:
    text = (
        "“The mayor taught us all to serve,” said Congresswoman Nora Quill. “He will be"
        " remembered for his words: ‘Build the road for the town. Those words guide us"
        " still.” Council President Tod Brine said Mayor Ivo Vail inspired thousands of"
        " young people."
    )
    assert _values(text) == [["Nora Quill"], ["Nora Quill"]]
    # A time after the verb is no clause: the sentence is the words' cue.
    for when in ("Tuesday", "Tuesday in Dover", "Last week at the pier"):
        text = f"“The mayor taught us all to serve.” Council President Tod Brine said {when}."
        assert _values(text) == [["Tod Brine"]]


def test_a_cue_typed_inside_the_marks_leaves_the_words_to_nobody() -> None:
    inner = "“The towns will thank the Congresswoman for her work, said Harbor Mayor Ann Vail.”"
    first = f"{SAID} Tod Brine."
    assert _values(f"{first} {inner} {MORE}") == [["Tod Brine"], [], []]
    # Not the issuer's either, after the earlier speaker's words went on.
    assert _values(f"{first} “The dock works.” {inner} {MORE}") == [
        ["Tod Brine"],
        ["Tod Brine"],
        [],
        [],
    ]
    # A later quotation with a cue of its own keeps it.
    assert _values(f"{first} {inner} “We will fund it,” said Ivo Kerr.") == [
        ["Tod Brine"],
        [],
        ["Ivo Kerr"],
    ]
    # Nor the lead member's or the issuer's, when those words open the statements.
    text = (
        "Congresswoman Quill will serve beside Rep. Ann Vail on the caucus. “The harbor towns"
        " are proud of their docks and their workers, said Rep. Vail.” “We will fund the next"
        " stretch of the road.”"
    )
    assert _values(text) == [[], []]


def test_a_cue_typed_inside_the_marks_naming_the_issuer_keeps_the_issuer() -> None:
    words = "“The harbor road is a fine thing for the towns, said"
    for name in ("Congresswoman Quill", "Rep. Nora Quill", "Nora Quill"):
        assert _values(f"{words} {name}.” {MORE}") == [["Nora Quill"], ["Nora Quill"]]
    # A namesake under another title, or a title of the other sex: not the issuer.
    for name in ("Judge Quill", "Congressman Quill", "Mayor Ann Vail"):
        assert _values(f"{words} {name}.” {MORE}") == [[], []]
    # A speaker cued after those words ends the issuer's run.
    assert _values(f"{words} Nora Quill.” “We will fund it,” said Tod Brine. “And the pier.”") == [
        ["Nora Quill"],
        ["Tod Brine"],
        ["Tod Brine"],
    ]


def test_a_cue_inside_the_marks_naming_another_ends_the_issuers_run() -> None:
    # Straight marks, narration between: the later words' own cue names another person.
    text = (
        '"The ferry line pays its way, said Rep. Quill." Mayor Ida Pell walked the quay.'
        ' "The quay comes next, said Mayor Pell."'
    )
    # The cue at the words' end names the mayor: hers, or nobody's; never the issuer's.
    assert _values(text) in ([["Nora Quill"], []], [["Nora Quill"], ["Ida Pell"]])
    # Curly marks back to back: the second names another; it and the words after it
    # in the paragraph are nobody's.
    text = (
        "“We owe the valley towns a great deal, said Congresswoman Quill.” “And the quay"
        " opens in June, said Sheriff Tam Orrin.” “We hire in April.”"
    )
    assert _values(text) == [["Nora Quill"], [], []]
    # A later paragraph opens afresh: the issuer's uncued statement again.
    assert _values(f"{text}\n\n{MORE}") == [["Nora Quill"], [], [], ["Nora Quill"]]


def test_a_sentence_reporting_a_named_clause_leaves_the_words_before_to_nobody() -> None:
    # Its subject does not speak the words, nor does the issuer.
    for clause in ("Congress passed", "Governor Ivo Brandt signed"):
        text = f"“The ferry line pays its way.” Mayor Ida Pell said {clause} the bill in May."
        assert _values(text) == [[]]
        assert speakers(bare(f"{HEAD}{LEAD}{text}")) == [[]]
    # A subject naming the issuer leaves the words hers, as her release's statement.
    for subject in ("Rep. Quill", "Congresswoman Nora Quill", "Quill"):
        text = f"“The ferry line pays its way.” {subject} said Governor Ivo Brandt signed it."
        assert _values(text) == [["Nora Quill"]]
    # Not a namesake under another title.
    text = "“The ferry line pays its way.” Judge Quill said Governor Ivo Brandt signed it."
    assert _values(text) == [[]]
    # A time after the verb is no clause: the sentence is the words' cue.
    text = "“The ferry line pays its way.” Mayor Ida Pell said Tuesday."
    assert _values(text) == [["Ida Pell"]]
    # The issuer's cued words going on into them keep them the issuer's.
    text = (
        "“The ferry line pays its way,” said Congresswoman Quill. “It will grow.” Mayor"
        " Ida Pell said Governor Ivo Brandt signed the bill in May."
    )
    assert _values(text) == [["Nora Quill"], ["Nora Quill"]]
