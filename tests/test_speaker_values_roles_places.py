"""A speaker value is a person's or a body's name only: a body's own `and` inside a role, a
misspelt role word, a description joined to a role by `and`, a question's auxiliary, a
place alone and people named only by their office in the plural never stand as one."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, bare, release, speakers

LOCKS = "HARBOR CITY, Ore. – The canal locks reopened on Monday after a year of work.\n\n"
NEEDED = "“The locks were long overdue and the town waited for them.”"


def _values(text: str) -> list[list[str]]:
    return speakers(bare(f"{HEAD}{LOCKS}{text}"))


def test_a_bodys_own_and_inside_a_role_is_no_second_person() -> None:
    text = f"Chairman of the House Harbors and Canals Committee Tod Vail said {NEEDED}"
    assert _values(text) == [["Tod Vail"]]
    # Two people, each with a title of their own, still speak together.
    text = f"Mayor Ann Roe and Sheriff Ben Fisk said {NEEDED}"
    assert _values(text) == [["Ann Roe", "Ben Fisk"]]


def test_a_misspelt_role_word_after_a_body_goes_to_the_role() -> None:
    role, name = N.split_role("Lakeport Middle School Pricipal Tom Brook".split())
    assert (role, name) == ("Lakeport Middle School Pricipal", ["Tom", "Brook"])
    assert N.split_role("Harbor Canal Board Dirctor Ann Roe".split())[1] == ["Ann", "Roe"]
    assert _values(f"{NEEDED[:-2]},” said Lakeport Middle School Pricipal Tom Brook.") == [
        ["Tom Brook"]
    ]
    # A word one slip off a role word is a name's where no body stands before it.
    assert N.split_role("Tom Pricipal".split()) == (None, ["Tom", "Pricipal"])


def test_a_description_joined_to_a_role_by_and_is_no_part_of_the_name() -> None:
    role, name = N.split_role("Harbor College student and volunteer Ana Ruiz-Vela".split())
    assert (role, name) == ("Harbor College student and volunteer", ["Ana", "Ruiz-Vela"])
    for noun in ("DREAMer", "GOPer"):
        text = f"{NEEDED[:-2]},” said Harbor College student and {noun} Ana Ruiz-Vela."
        assert _values(text) == [["Ana Ruiz-Vela"]], noun


def test_a_name_after_an_acronym_made_a_noun_opens_with_a_first_name_or_an_initial() -> None:
    # An initial after the acronym made a noun ends the description too.
    role, name = N.split_role("Harbor College student and DREAMer J. Ochoa-Brant".split())
    assert (role, name) == ("Harbor College student and DREAMer", ["J.", "Ochoa-Brant"])
    text = f"{NEEDED[:-2]},” said DREAMer Ana Ochoa-Brant, a student at the college."
    assert _values(text) == [["Ana Ochoa-Brant"]]
    assert N.split_role("DREAMer J. Ochoa-Brant".split()) == ("DREAMer", ["J.", "Ochoa-Brant"])
    # A body's name after such a word is no person's.
    assert N.split_role("GOPers Harbor Canal Fund".split())[0] is None
    # After a plain word the description may run on into the name: nothing is cut.
    words = "Harbor College student and volunteer Xiomely Ochoa-Brant".split()
    assert N.split_role(words)[1][0] != "Xiomely"


def test_a_brand_opening_with_capitals_is_not_cut_as_a_description() -> None:
    # `USAir` is a brand, not an acronym made a noun of agents; `UPSer Stores` opens with
    # no first name: the run is not cut to its last words.
    for run in ("USAir Flight Ops", "UPSer Stores Inc", "DREAMer Harbor Fund"):
        assert N.split_role(run.split()) == (None, run.split()), run
    text = "USAir Flight Ops said “Every flight will leave on time this week.”"
    assert ["Flight Ops"] not in _values(text)


def test_a_question_with_an_abbreviation_keeps_its_auxiliary_out_of_the_name() -> None:
    text = (
        "Acme has stated that patients may use other Acme sites for the services it plans "
        "to cut. Is Acme considering cuts at St. Mary Hospital next? Acme has said that "
        "the clinic will stay open for now.\n\n"
    )
    values = _values(text)
    assert values and all(v == ["Acme"] for v in values)


def test_a_place_alone_is_never_a_speaker() -> None:
    text = (
        "The group leading the effort in Raytown issued the following statement: "
        f"{NEEDED}\n\n"
        f"{NEEDED[:-2]},” said Raytown, Mo., Mayor Ann Holt, a co-chair of the group.\n\n"
        "In Raytown, she announced a grant for the locks: “The locks need work.”"
    )
    values = _values(text)
    assert len(values) == 3
    assert ["Raytown"] not in values


def test_a_surname_that_is_a_place_still_names_its_person() -> None:
    text = f"Sen. Ann Raytown toured the locks. Raytown said {NEEDED}"
    assert _values(text) == [["Ann Raytown"]]
    # Named in a way the names do not read (a nickname in quotation marks), the member is
    # still the one a lone `said Rogers` means: no place where nothing writes it as one.
    text = f"Rep. Harold 'Hal' Rogers toured the locks. {NEEDED[:-2]},” said Rogers."
    assert speakers(release(f"{HEAD}{LOCKS}{text}", member="hal_rogers")) == [["Hal Rogers"]]
    quote = release(f"{HEAD}{LOCKS}{text}", member="hal_rogers")[0]
    assert quote.method == "cue"


def test_people_named_by_their_office_in_the_plural_are_nobody() -> None:
    text = (
        "On her trip, the American Generals said they thought the plan could work by next year.\n\n"
    )
    assert _values(text) == [[]]
    assert speakers(release(f"{HEAD}{LOCKS}{text}")) == [[]]
