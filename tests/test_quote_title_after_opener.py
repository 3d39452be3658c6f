"""Who speaks after `Finally, the Congressman said,`: a member's title as the subject of
a cue after an opening phrase (`Finally,`, `In her remarks,`, `Later`), its article in
lower case. It is read as the sentence-opening `The Congressman said,` is: the one
person the text titled so, or nobody when none or several are. Every fixture is
invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from importers.records import document_from_record
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs), None)[1]


def release(text: str, member: str = "otto_brisk") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def speakers_of(text: str, words: str) -> list[list[str]]:
    """The speakers of the quotation opening with `words`, parsed bare and with the
    issuer given."""
    found = []
    for quotes in (quotes_of(text), release(text)):
        found += [q.speakers for q in quotes if q.text.startswith(words)]
    return found


LEAD = (
    "DOVERTON – Congressman Otto Brisk toured the Kell Street lock on Friday. "
    "“The gates are older than the town,” Brisk said. "
)
WORDS = "“I will ask the committee to fund the repairs this year.”"


def test_the_title_after_an_opener_is_the_one_member_so_titled() -> None:
    for opener in ("Finally, the Congressman said,", "Later, the Congressman added,"):
        assert speakers_of(f"{LEAD}{opener} {WORDS}", "I will") == [["Otto Brisk"]] * 2


def test_the_title_after_a_phrase_without_a_comma() -> None:
    text = f"{LEAD}Standing by the old gates the Congressman said, {WORDS}"
    assert speakers_of(text, "I will") == [["Otto Brisk"]] * 2


def test_the_senator_after_an_opener_is_the_one_senator() -> None:
    text = (
        "DOVERTON – Congressman Otto Brisk toured the Kell Street lock with Senator Wren "
        "Tolley on Friday. “The gates are older than the town,” Brisk said. "
        f"In her remarks, the Senator said, {WORDS}"
    )
    assert speakers_of(text, "I will") == [["Wren Tolley"]] * 2


# -- hostile: nobody rather than a wrong person ----------------------------------------


def test_two_members_so_titled_make_it_nobody() -> None:
    # With the issuer given, the words are the issuer's, as after `The Congressman said,`
    # (a member's release calls its member so); bare, nobody's, never the latest named.
    head = (
        "DOVERTON – Congressman Otto Brisk and Congressman Abel Furnival toured the lock. "
        "“The gates are older than the town,” Furnival said. "
    )
    found = speakers_of(f"{head}Finally, the Congressman said, {WORDS}", "I will")
    assert found == speakers_of(f"{head}The Congressman said, {WORDS}", "I will")
    assert found[0] == []
    assert ["Abel Furnival"] not in found


def test_a_title_of_the_other_sex_names_nobody() -> None:
    head = (
        "DOVERTON – Congresswoman Wren Tolley toured the lock with Abel Furnival. "
        "“The gates are older than the town,” Tolley said. "
    )
    found = speakers_of(f"{head}Finally, the Congressman said, {WORDS}", "I will")
    assert found == speakers_of(f"{head}The Congressman said, {WORDS}", "I will")
    assert found[0] == []
    assert ["Wren Tolley"] not in found and ["Abel Furnival"] not in found


def test_a_relative_of_the_member_is_not_the_member() -> None:
    text = f"{LEAD}Finally, the Congressman’s father said, {WORDS}"
    assert speakers_of(text, "I will") == [[], []]


def test_the_one_who_answered_the_member_speaks() -> None:
    text = (
        f"{LEAD}Asked by the Congressman about the delay, Lock Keeper Ivo Marchetti "
        "said, “The parts arrive in May.”"
    )
    assert speakers_of(text, "The parts") == [["Ivo Marchetti"]] * 2


def test_a_body_named_for_the_member_is_not_the_member() -> None:
    text = f"{LEAD}Finally, the Congressman Otto Brisk Foundation said, {WORDS}"
    assert "Otto Brisk" not in [s for found in speakers_of(text, "I will") for s in found]


def test_the_title_as_an_object_in_the_subject_is_not_the_member() -> None:
    # `the Congressman` after a verb, a relative pronoun or `like` is the object of a
    # clause inside the subject: those who met him speak, nobody the text names
    for subject in (
        "Residents who met the Congressman",
        "Everyone who heard the Congressman",
        "Voters who support the Congressman",
        "People like the Congressman",
        "Neighbours that know the Congressman",
        "Finally, residents who met the Congressman",
        "Nobody other than the Congressman",
    ):
        text = f"{LEAD}{subject} said, {WORDS}"
        assert speakers_of(text, "I will") == [[], []], subject


def test_the_senator_as_an_object_after_a_relative_clause() -> None:
    text = (
        "DOVERTON – Senator Otto Brisk toured the Kell Street lock on Friday. "
        "“The gates are older than the town,” Brisk said. "
        f"Friends of Ivo Marchetti who met the Senator said, {WORDS}"
    )
    assert speakers_of(text, "I will") == [[], []]


def test_the_title_after_an_opening_phrase_and_a_comma_stays_the_member() -> None:
    for opener in (
        "In September, after the vote on the lock, the Congressman said,",
        "Referring to the gates, the Congressman said,",
    ):
        assert speakers_of(f"{LEAD}{opener} {WORDS}", "I will") == [["Otto Brisk"]] * 2


def test_many_titled_cues_in_one_sentence_are_each_nobodys() -> None:
    # No full stop outside the marks: one sentence of many cues, each after a list of
    # titles, so none is the one member titled so. Its growth with the cues is timed by
    # scripts/bench_quote_scaling.py --shape titled-cues (linear, as a ratio in one run).
    unit = (
        "Finally, the Congressman, the Senator, the Congressman and the Delegate the "
        "Congressman said, “We win {}.” "
    )
    found = quotes_of(LEAD, "".join(unit.format(k) for k in range(600)))
    assert [(q.text, q.speakers) for q in found] == [
        ("The gates are older than the town,", ["Otto Brisk"]),
        *((f"We win {k}.", []) for k in range(600)),
    ]
