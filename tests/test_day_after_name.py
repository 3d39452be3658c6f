"""A weekday after a titled person's full name, before a lower-case verb, is when they
acted (`Congresswoman Ada Lee Brisk Saturday hosted`), not a word of their name; a day
that may be a surname stays in the name."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

SAID = "“It was a good day for all of us,” said Congresswoman Brisk."


def test_a_day_after_a_titled_full_name_is_the_time() -> None:
    for lead in (
        "WACO, TX – Congresswoman Ada Lee Brisk Saturday hosted her annual fair.",
        "WACO, TX – Rep. Ada Brisk Monday introduced a bill to fund the fair.",
    ):
        text = f"{HEAD}{lead}\n\n{SAID}"
        want = [["Ada Lee Brisk" if "Lee" in lead else "Ada Brisk"]]
        assert speakers(bare(text)) == want, lead
        assert speakers(release(text, "ada_brisk")) == [["Ada Brisk"]], lead


def test_a_day_that_may_be_a_surname_stays_in_the_name() -> None:
    for lead in (
        "Detective Joe Friday said the case was closed.",
        "Joe Friday said the case was closed.",
    ):
        text = f"{HEAD}{lead}\n\n“Just the facts, ma’am,” Friday said."
        assert "Joe" not in [s for q in speakers(bare(text)) for s in q], lead
