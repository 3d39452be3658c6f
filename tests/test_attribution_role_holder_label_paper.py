"""A statement `from the <role>:` given to its subject only where the role opens the
subject's own title; a possessive statement label naming another's words; the paper a
piece ran in speaking only for its own plain editorial or article."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "CEDAR FALLS, IA – "
WORDS = "“The ferry will run every hour through the winter months.”"


def _both(text: str) -> tuple[list[list[str]], list[list[str]]]:
    return speakers(bare(text)), speakers(release(text, "ida_marsh"))


def test_a_role_that_does_not_open_the_subjects_title_is_anothers() -> None:
    for said in (
        "Deputy Harbor Chief Ida Marsh released the following statement from the Chief:",
        "Assistant Police Chief Ida Marsh released the following statement from the Chief:",
        "Chief Counsel Ida Marsh released the following statement from the Chief:",
        "Council President Pro Tempore Ida Marsh released the following statement from the"
        " President:",
        "President Pro Tempore Ida Marsh released the following statement from the President:",
        "Press Secretary Ida Marsh released the following statement from the Secretary:",
        "Mayor Pro Tem Ida Marsh released the following statement from the Mayor:",
        "Board President Ida Marsh released the following statement from the President:",
    ):
        assert _both(f"{HEAD}{LEAD}{said} {WORDS}") == ([[]], [[]]), said


def test_a_role_named_across_a_paragraph_break_or_for_a_namesake_is_not_the_subjects() -> None:
    for said in (
        "Rep. Ida Marsh visited the Mayor\n\nMarsh released the following statement from the"
        " Mayor:",
        "Rep. Ida Marsh met Mayor Ben Marsh. Marsh released the following statement from the"
        " Mayor:",
        "Governor Ben Marsh and his wife, Ida Marsh, opened the dock. Mrs. Marsh released the"
        " following statement from the Governor:",
    ):
        assert _both(f"{HEAD}{LEAD}{said} {WORDS}") == ([[]], [[]]), said


def test_a_role_opening_the_subjects_title_still_gives_the_subject() -> None:
    for said in (
        "Mayor Ida Marsh released the following statement from the Mayor:",
        "Today, Mayor Ida Marsh released the following statement from the Mayor:",
        "Fire Chief Ida Marsh released the following statement from the Fire Chief:",
        "Governor Ida Marsh opened the dock. Marsh released the following statement from the"
        " Governor:",
        "Governor Ida Marsh opened the dock. She released the following statement from the"
        " Governor:",
    ):
        want = [["Ida Marsh"]]
        assert _both(f"{HEAD}{LEAD}{said} {WORDS}") == (want, want), said


def test_a_possessive_label_is_anothers_unless_it_names_an_event() -> None:
    opening = f"{HEAD}{LEAD}Rep. Ida Marsh spoke on Tuesday.\n\n"
    for label in (
        "Statement of Governor Sorel's Spokesman:",
        "Statement of Sheriff Dunmore’s Deputy:",
        "Statement of Senator Sorel's Chief of Staff:",
        "Statement of Judge Pell-Marsh:",
    ):
        text = f"{opening}{label}\n\n{WORDS}"
        assert speakers(release(text, "ida_marsh")) == [[]], label
    for label in (
        "Statement of Justice Sorel’s Retirement:",
        "Statement of Congresswoman Marsh’s Office:",
    ):
        text = f"{opening}{label}\n\n{WORDS}"
        assert speakers(release(text, "ida_marsh")) == [["Ida Marsh"]], label


def test_a_hyphenated_label_is_the_issuers_when_her_own_surname_is_hyphenated() -> None:
    text = (
        f"{HEAD}{LEAD}Rep. Ida Pell-Marsh spoke on Tuesday.\n\n"
        f"Statement of Congresswoman Pell-Marsh:\n\n{WORDS}"
    )
    (said,) = speakers(release(text, "ida_pell-marsh"))
    assert [n.replace("-", " ") for n in said] == ["Ida Pell Marsh"]


def test_the_paper_speaks_only_for_its_own_plain_piece() -> None:
    opening = f"{HEAD}{LEAD}Rep. Ida Marsh praised the ferry crews. "
    for said in (
        "A guest editorial in the Cedar Courier reads:",
        "An editorial in the Cedar Courier, written by Ben Sorel, reads:",
        "An article in the Cedar Courier by Ben Sorel reads:",
    ):
        assert _both(f"{opening}{said} {WORDS}") == ([[]], [[]]), said
    for said in (
        "An editorial in the Cedar Courier said:",
        "The article in the Cedar Courier reads:",
    ):
        want = [["Cedar Courier"]]
        assert _both(f"{opening}{said} {WORDS}") == (want, want), said
