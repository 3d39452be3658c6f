"""Is a speaker value a name: classes counted on the whole archive's speaker values —
names glued to the word before or after, surnames that nameparser also lists as degrees,
awards, records and programmes, and two phrases run together at `The`."""

from __future__ import annotations

import pytest

from importers import names as N
from importers.quotes import extract_quotes
from importers.speakers import _normalise


@pytest.mark.parametrize(
    "words, expected",
    [
        (["TeddyMarsh"], ["Teddy", "Marsh"]),  # a lone glued first name and surname
        (["Congressman", "RobbyVance"], ["Congressman", "Robby", "Vance"]),
        (["Peter", "Oakes", "and", "EarlVance"], ["Peter", "Oakes", "and", "Earl", "Vance"]),
        (["DelVance"], ["DelVance"]),  # a short first part is a particle: `DelBene`
        (["Sara", "LaVance"], ["Sara", "LaVance"]),
        (["MaryAnne"], ["MaryAnne"]),  # one given name written in two parts
        (["Lisa", "MarshVance"], ["Lisa", "MarshVance"]),  # after a first name: a surname
        (["OakleyMotors"], ["OakleyMotors"]),  # no first name opens it: a company
    ],
)
def test_glued_first_name_and_surname_are_two_words(words, expected):
    assert N.cut_run_together(words) == expected


def test_a_glued_name_after_a_title_becomes_the_name():
    assert _normalise(("Congressman", "RobbyVance"), None)[3] == ("Congressman", "Robby", "Vance")


@pytest.mark.parametrize("surname", ["Meng", "Ing", "Erd"])
def test_a_surname_that_is_also_a_degree_takes_off_the_title(surname):
    # nameparser lists `meng`, `ing`, `erd` among degrees; written as a surname they are one.
    assert N.split_role(["Congresswoman", surname]) == ("Congresswoman", [surname])


@pytest.mark.parametrize(
    "words",
    [["Sanford", "D.", "Tillman", "Jr."], ["Bishop", "Jr."], ["Bishop", "MD"], ["Bishop", "III"]],
)
def test_a_suffix_as_written_is_still_no_name(words):
    # `Bishop` is a title too: a suffix alone after it leaves the words one name.
    assert N.split_role(words) == (None, words)


@pytest.mark.parametrize(
    "value",
    [
        "Hanna Lowell Award",  # a first name vouches for the surname, not for an award
        "Regional Record",
        "Milford Prize",
        "Medicare",
        "ObamaCare",
    ],
)
def test_awards_records_and_programmes_are_no_people(value):
    assert not N.person_shape(value.split())


@pytest.mark.parametrize("value", ["Hanna Lowell", "Ted Medalla", "Ann Prizer"])
def test_names_that_only_look_like_those_stay(value):
    assert N.person_shape(value.split())


def test_a_body_of_the_programme_keeps_its_name():
    assert N.person_shape(["Medicare", "Trustees"])  # `the Medicare Trustees have told us`
    assert N.org_shape("Centers for Medicare and Medicaid Services".split())
    assert N.org_shape("Oakley Daily Record".split())  # a newspaper is an organisation


@pytest.mark.parametrize(
    "value",
    [
        "Lisbon The U.S. Embassy",
        "LisbonThe U.S. Embassy",
        "Harbor Aid Foundation The Harbor Aid Foundation",
        "Storms Ana and Bo The Department of State",
    ],
)
def test_two_phrases_run_together_at_the_are_no_organisation(value):
    assert not N.org_shape(value.split())


def test_an_organisation_opening_with_the_stays():
    assert N.org_shape("The Oakley Gazette".split())
    assert N.org_shape("The Department of State".split())


@pytest.mark.parametrize(
    "words, expected",
    [
        # A surname that is a first name too, after a middle initial: two captions.
        (["Earl", "L.", "Parker", "Mark", "Vance"], ["Mark", "Vance"]),
        (["Tod", "Vail", "Ann", "Holt"], ["Ann", "Holt"]),
        (["Ann", "B.", "Holt"], ["Ann", "B.", "Holt"]),
    ],
)
def test_two_names_run_together(words, expected):
    assert N.split_run_together(words) == expected


@pytest.mark.parametrize(
    "value, role, name",
    [
        ("Senator-Elect Tara Vance", "Senator-Elect", ["Tara", "Vance"]),
        ("Speaker-Designate Tod Vail", "Speaker-Designate", ["Tod", "Vail"]),
        ("Postmaster Robby Vance", "Postmaster", ["Robby", "Vance"]),
        ("Emeritus Ann Holt", "Emeritus", ["Ann", "Holt"]),
        # The last word of an office or a body cut before a full name.
        ("Interior Tod Vail", "Interior", ["Tod", "Vail"]),
        ("Aviation Ann B. Holt", "Aviation", ["Ann", "B.", "Holt"]),
        ("Congress Tara Vance", "Congress", ["Tara", "Vance"]),
    ],
)
def test_a_role_to_come_or_an_office_before_a_full_name_is_no_part_of_it(value, role, name):
    assert N.split_role(value.split()) == (role, name)


@pytest.mark.parametrize(
    "value",
    [
        "Steny H. Vail",  # a first name the lexicon does not know
        "Ouida Foster Vail",
        "State Department",
        "Health Ann Holt Foundation",  # an organisation named after a person
        "Senate Vail Amendment",
    ],
)
def test_names_and_bodies_stay_whole(value):
    assert N.split_role(value.split()) == (None, value.split())


@pytest.mark.parametrize(
    "words, expected",
    [
        (["Tara", "VanceToday"], ["Tara", "Vance"]),  # a sentence's next word
        (["Tod", "VailActing"], ["Tod", "Vail"]),  # a role's qualifier
        (["Ann", "HoltVice", "Chair"], ["Ann", "Holt"]),
        (["CongressmanTodd", "E.", "Vail"], ["Congressman", "Todd", "E.", "Vail"]),
        (["DirectorAnna", "Holt"], ["Director", "Anna", "Holt"]),
        (["Jeff", "VanderMeer"], ["Jeff", "VanderMeer"]),  # a capital inside a surname
    ],
)
def test_a_name_glued_to_the_words_around_it(words, expected):
    assert N.cut_run_together(words) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["MasterCard"], ["MasterCard"]),  # a one-word brand: the tail is no first name
        (["HeadStart"], ["HeadStart"]),
        (["MarketWatch"], ["MarketWatch"]),
        (["JohnsonToday"], ["JohnsonToday"]),  # no first name before it: no name run
        (["SenatorJohn", "Vail"], ["Senator", "John", "Vail"]),
        (["Tod", "E.", "VailToday"], ["Tod", "E.", "Vail"]),
        (["Rep.", "VailToday"], ["Rep.", "Vail"]),  # a title before the surname
        (["SenatorVail"], ["Senator", "Vail"]),  # a title only a person's name follows
        (["DirectorOuida", "Vail"], ["Director", "Ouida", "Vail"]),
    ],
)
def test_a_glued_word_is_cut_only_inside_a_name(words, expected):
    assert N.cut_run_together(words) == expected


@pytest.mark.parametrize("brand", ["MasterCard", "HeadStart"])
def test_a_brand_with_a_capital_inside_gives_no_speaker(brand):
    paragraphs = [
        "The firm cut its staff this year.",
        f"“We will keep printing the series in paper,” {brand} said in a statement.",
    ]
    assert [q.speakers for q in extract_quotes(paragraphs)[1]] == [[]]
