"""The one kin lexicon (`importers.names.KIN_SEX`) and the named subsets the kin rules of
the quote parser, the speaker rules and the release heads read."""

from __future__ import annotations

import re

from importers import names as N
from importers import quotes as Q
from importers import release_head as R


def test_every_subset_is_of_the_lexicon_and_every_sex_is_its_own() -> None:
    assert N.CLOSE_KIN >= N.IMMEDIATE_KIN
    for subset in (N.CLOSE_KIN, N.KIN_OF_ONLY, N.FAMILIAR_KIN, N.PLURAL_KIN):
        assert subset <= N.KIN_SEX.keys()
    assert {n for n in N.CLOSE_KIN if N.KIN_SEX[n] is None} == set()
    assert N.KIN_SEX["widow"] == "f" and N.KIN_SEX["nephew"] == "m"
    assert N.KIN_SEX["cousin"] is None


def test_the_alternation_takes_the_plural_only_where_asked() -> None:
    rx = re.compile(rf"(?:{N.kin_alternation(N.IMMEDIATE_KIN)})")
    assert rx.fullmatch("sons") and rx.fullmatch("sisters") and rx.fullmatch("widower")
    assert not rx.fullmatch("wives") and not rx.fullmatch("mothers")


def test_the_rules_read_their_lists_from_the_lexicon() -> None:
    assert Q._KIN_SEX == {n: N.KIN_SEX[n] for n in N.CLOSE_KIN | N.KIN_OF_ONLY}
    assert R._KIN_NOUNS == N.KIN_SEX.keys() - {"partner", "parent", "child"}
    assert re.fullmatch(Q._UNNAMED_PERSON, "niece")
    assert re.match(Q._UNNAMED_PERSON, "spouse of the") and not re.fullmatch(
        Q._UNNAMED_PERSON, "spouse"
    )
