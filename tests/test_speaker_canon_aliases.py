"""Spellings of one person across the archive (a middle initial dropped, a surname
alone) merge into that person's speaker value, computed from the archive's distinct
speaker names; two people who share a surname, a father and a son, or a first name and
surname with different middle initials never do. Both backends give the same facet,
filter and speaker page."""

from __future__ import annotations

import uuid

import pytest

from search.base import SearchRequest
from search.query import parse_query
from search.speaker_aliases import alias_map, office, people_of, person_rows, variants
from search.speakers import speaker_key
from search.sqlite import SqliteBackend
from tests.fixtures.speaker_canon import variant_documents


def merged(names: dict[str, int], text: str = "") -> dict[str, str]:
    """The alias map written with names: variant → person, for reading in asserts; every
    document's text is `text`."""
    by_key = {speaker_key(n): n for n in names}
    return {by_key[a]: by_key[p] for a, p in alias_map(names, lambda key: [text]).items()}


def test_a_dropped_middle_initial_merges_into_the_one_fuller_spelling():
    assert merged({"Wen J. Dalby": 3, "Wen Dalby": 5}) == {"Wen Dalby": "Wen J. Dalby"}
    # Accents and periods are the key's business already: one fuller key.
    names = {"José E. Serrano": 4, "Jose E Serrano": 1, "José Serrano": 9}
    assert alias_map(names) == {speaker_key("José Serrano"): speaker_key("José E. Serrano")}


def test_two_fuller_spellings_merge_nothing():
    # Father and son: "José Serrano" could be either.
    assert merged({"José E. Serrano": 4, "José M. Serrano": 3, "José Serrano": 9}) == {}


def test_a_fuller_spelling_seen_once_is_not_enough():
    # A professor "Adam L. Smith" quoted once is not the representative "Adam Smith".
    assert merged({"Adam L. Smith": 1, "Adam Smith": 215}) == {}


def _introduced(texts: dict[str, list[str]]) -> dict[str, str]:
    names = {"Orla Venn": 1, "Orla T. Venn": 3}
    by_key = {speaker_key(n): n for n in names}
    found = alias_map(names, lambda key: texts.get(by_key[key], []))
    return {by_key[a]: by_key[p] for a, p in found.items()}


FULLER_OF_A_FUND = [
    f"“The trails reopen {n},” said Orla T. Venn, chair of the Harlow Trails Fund. “We"
    for n in range(3)
]


def test_a_bare_name_quoted_once_with_another_organisation_stays_apart():
    theatre = ["“A grand season,” Orla Venn, Executive Director of the Quarry Playhouse, said."]
    assert _introduced({"Orla Venn": theatre, "Orla T. Venn": FULLER_OF_A_FUND}) == {}


def test_a_bare_name_quoted_once_with_the_same_organisation_merges():
    for written in (
        "“Good news,” said Orla Venn of the Harlow Trails Fund.",
        "“Good news,” said Orla Venn, HTF chair.",  # the organisation's initials
        "“Good news,” said Orla Venn.",  # no organisation: nothing tells them apart
        "“Good news,” said Assembly Member Orla Venn of Quarry County.",  # an office
    ):
        texts = {"Orla Venn": [written], "Orla T. Venn": FULLER_OF_A_FUND}
        assert _introduced(texts) == {"Orla Venn": "Orla T. Venn"}, written


def test_a_middle_word_that_is_not_an_initial_is_another_name():
    assert merged({"Wen Harlow Dalby": 4, "Wen Dalby": 5}) == {}


def test_a_suffix_is_another_person():
    # (The suffixed spellings are one person; the bare name is neither without dates.)
    assert merged({"Lior Brandt Jr.": 4, "Lior Brandt": 5, "Lior K. Brandt Jr.": 3}) == {
        "Lior Brandt Jr.": "Lior K. Brandt Jr."
    }
    assert merged({"Lior Brandt Jr.": 4, "Lior Brandt": 5, "Brandt": 2}, "Lior Brandt") == {}
    # Father and son: the son's suffix is often left out, so while the archive quotes
    # the suffixed name, the names without it are either.
    assert merged({"Lior K. Brandt": 4, "Lior Brandt": 5, "Lior Brandt, Jr.": 2}) == {}


def test_a_surname_alone_merges_into_the_one_person_its_document_names():
    names = {"Wen J. Dalby": 3, "Wen Dalby": 5, "Dalby": 1}
    for text in ("Wen Dalby toured the locks.", "Rep. Wen J. Dalby’s bill", "WEN DALBY"):
        assert merged(names, text) == {"Wen Dalby": "Wen J. Dalby", "Dalby": "Wen J. Dalby"}
    # A surname alone parsed out of something else ("Dalby/Westmoor School District
    # Superintendent Ann Roe said"), or a document that never names the person: apart.
    for text in ("said Dalby/Westmoor School District Superintendent Ann Roe", "Dalby said"):
        assert merged(names, text) == {"Wen Dalby": "Wen J. Dalby"}
    assert alias_map(names) == {speaker_key("Wen Dalby"): speaker_key("Wen J. Dalby")}


def test_a_surname_two_people_share_is_the_one_every_document_names():
    names = {"Nell Corrow": 2, "Jude Corrow": 2, "Corrow": 3}
    assert merged(names, "Nell Corrow and Jude Corrow") == {}
    assert merged(names, "Corrow said") == {}
    assert merged(names, "Rep. Nell Corrow") == {"Corrow": "Nell Corrow"}
    # Named in one document only: the others may mean Jude Corrow.
    texts = {speaker_key("Corrow"): ["Rep. Nell Corrow", "Corrow said"]}
    assert alias_map(names, lambda key: texts.get(key, [])) == {}
    # One person of the surname in the archive: still every document must name them.
    one = {"Nell Corrow": 2, "Corrow": 3}
    assert alias_map(one, lambda key: texts.get(key, [])) == {}
    both = {speaker_key("Corrow"): ["Rep. Nell Corrow", "Nell Corrow, who chairs it"]}
    assert alias_map(one, lambda key: both.get(key, [])) == {
        speaker_key("Corrow"): speaker_key("Nell Corrow")
    }


def test_a_person_of_the_surname_quoted_once_still_keeps_a_surname_from_another():
    names = {"Ottilie Marwick": 5, "Bram Marwick": 1, "Marwick": 2}
    assert merged(names, "Ottilie Marwick thanked Bram Marwick.") == {}
    # Named alone, the person quoted once is not chosen either.
    assert merged(names, "Bram Marwick said") == {}
    assert merged(names, "Ottilie Marwick said") == {"Marwick": "Ottilie Marwick"}


@pytest.mark.parametrize(
    "text",
    [
        "We thank Ottilie. Marwick said the plan stands.",
        "Ottilie, Marwick said, was right.",
        "Ottilie Brandt; Marwick agreed.",
        "Ottilie Harlow Marwick spoke.",  # a middle name, not an initial
    ],
)
def test_a_first_name_and_surname_apart_do_not_name_the_person(text):
    assert merged({"Ottilie Marwick": 5, "Marwick": 2}, text) == {}


def test_middle_initials_between_still_name_the_person():
    names = {"Ottilie Marwick": 5, "Marwick": 2}
    for text in ("Ottilie J. Marwick said", "Ottilie J. K. Marwick's plan", "OTTILIE MARWICK"):
        assert merged(names, text) == {"Marwick": "Ottilie Marwick"}


def test_a_comma_between_a_name_and_a_place_names_nobody():
    # "Keld Ostrom, Lyle County Executive": not a person named Keld Lyle.
    names = {"Keld Lyle": 4, "Lyle": 2}
    assert merged(names, "Keld Ostrom, Lyle County Executive, said") == {}


def test_a_suffixed_name_of_the_person_keeps_a_surname_alone_unmerged():
    names = {"Arvo Tennick Jr.": 5, "Arvo Tennick": 1, "Tennick": 2}
    assert merged(names, "Arvo Tennick said") == {}
    names = {"Arvo Tennick Jr.": 5, "Arvo K. Tennick": 3, "Tennick": 2}
    assert merged(names, "Arvo K. Tennick said") == {}
    # Another first name: the son of somebody else is not in doubt.
    names = {"Arvo Tennick Jr.": 5, "Ilse Tennick": 3, "Tennick": 2}
    assert merged(names, "Ilse Tennick said") == {"Tennick": "Ilse Tennick"}
    assert merged(names, "Ilse Tennick and Arvo Tennick Jr. said") == {}


def dated(
    names: dict[str, int], seen: dict[str, list[tuple[str | None, str | None]]]
) -> dict[str, str]:
    """The alias map written with names, each name's documents dated and given a role as
    `seen` says (a name not in it: no document known)."""
    by_key = {speaker_key(n): n for n in names}
    context = {speaker_key(n): rows for n, rows in seen.items()}
    aliases = alias_map(names, lambda key: [], lambda key: context.get(key, []))
    return {by_key[a]: by_key[p] for a, p in aliases.items()}


def years(*dates: str, role: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(f"{d}-06-01", role) for d in dates]


def test_a_suffix_left_out_merges_when_both_are_written_in_the_same_years():
    names = {"Arvo Tennick Jr.": 5, "Arvo Tennick": 4}
    seen = {
        "Arvo Tennick Jr.": years("2010", "2014", "2018"),
        "Arvo Tennick": years("2011", "2019"),
    }
    assert dated(names, seen) == {"Arvo Tennick": "Arvo Tennick Jr."}
    # II and III are a son's too.
    names3 = {"Arvo Tennick III": 5, "Arvo Tennick": 4}
    seen3 = {"Arvo Tennick III": seen["Arvo Tennick Jr."], "Arvo Tennick": seen["Arvo Tennick"]}
    assert dated(names3, seen3) == {"Arvo Tennick": "Arvo Tennick III"}
    # Without dates nothing says they are one person.
    assert merged(names) == {}


def test_a_suffixed_name_merges_into_its_one_spelling_with_a_middle_initial():
    names = {"Arvo K. Tennick Jr.": 3, "Arvo Tennick Jr.": 40}
    assert merged(names) == {"Arvo Tennick Jr.": "Arvo K. Tennick Jr."}
    # Another suffix, or two middle initials: another person, or either.
    assert merged({"Arvo K. Tennick III": 3, "Arvo Tennick Jr.": 40}) == {}
    assert merged({"Arvo K. Tennick Jr.": 3, "Arvo L. Tennick Jr.": 2, "Arvo Tennick Jr.": 4}) == {}
    # The bare name then merges into the person, dated by all its suffixed spellings.
    names = {"Arvo K. Tennick Jr.": 3, "Arvo Tennick Jr.": 40, "Arvo Tennick": 9}
    seen = {
        "Arvo K. Tennick Jr.": years("2017", "2018", "2018"),
        "Arvo Tennick Jr.": years("2008", "2012", "2016"),
        "Arvo Tennick": years("2009", "2017"),
    }
    assert dated(names, seen) == {
        "Arvo Tennick Jr.": "Arvo K. Tennick Jr.",
        "Arvo Tennick": "Arvo K. Tennick Jr.",
    }


@pytest.mark.parametrize(
    ("names", "seen"),
    [
        # The father quoted before the son took the name.
        (
            {"Arvo Tennick Jr.": 5, "Arvo Tennick": 2},
            {"Arvo Tennick Jr.": years("2013", "2018"), "Arvo Tennick": years("2007", "2009")},
        ),
        # A son seldom quoted beside a father quoted far more, in the same years.
        (
            {"Arvo Tennick Jr.": 3, "Arvo Tennick": 40},
            {"Arvo Tennick Jr.": years("2016", "2018"), "Arvo Tennick": years("2017")},
        ),
        # `Sr.` says there is a son of the name.
        (
            {"Arvo Tennick Sr.": 5, "Arvo Tennick": 4},
            {"Arvo Tennick Sr.": years("2010", "2018"), "Arvo Tennick": years("2012")},
        ),
        # Both generations written in full: the bare name is either.
        (
            {"Arvo Tennick Jr.": 5, "Arvo K. Tennick": 3, "Arvo Tennick": 4},
            {"Arvo Tennick Jr.": years("2010", "2018"), "Arvo Tennick": years("2012")},
        ),
        # Two suffixed people of the name.
        (
            {"Arvo Tennick Jr.": 5, "Arvo Tennick III": 3, "Arvo Tennick": 4},
            {"Arvo Tennick Jr.": years("2010", "2018"), "Arvo Tennick": years("2012")},
        ),
        # The suffixed one quoted once.
        (
            {"Arvo Tennick Jr.": 1, "Arvo Tennick": 1},
            {"Arvo Tennick Jr.": years("2012"), "Arvo Tennick": years("2012")},
        ),
        # No date known.
        (
            {"Arvo Tennick Jr.": 5, "Arvo Tennick": 4},
            {"Arvo Tennick Jr.": [(None, None)] * 5, "Arvo Tennick": years("2012")},
        ),
    ],
)
def test_a_bare_name_that_may_be_the_father_stays_apart(names, seen):
    assert dated(names, seen) == {}


def on(*dates: str, role: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(d, role) for d in dates]


def test_a_bare_name_quoted_weeks_before_the_suffix_is_first_written_merges():
    names = {"Arvo Tennick Jr.": 5, "Arvo Tennick": 4}
    suffixed = on("2008-01-20", "2010-05-02", "2014-03-01", role="Congressman")
    # Quoted in the suffixed spelling's years too, and first two months before it, in
    # the office the suffixed spelling's documents give.
    bare = on("2007-11-12", role="Rep.") + on("2012-06-01")
    seen = {"Arvo Tennick Jr.": suffixed, "Arvo Tennick": bare}
    assert dated(names, seen) == {"Arvo Tennick": "Arvo Tennick Jr."}
    # A role written within one of the suffixed spelling's roles is as good.
    chair = on("2008-01-20", "2010-05-02", "2014-03-01", role="House Energy Committee Chairman")
    bare = on("2007-11-12", role="Energy Committee Chairman") + on("2012-06-01")
    assert dated(names, {"Arvo Tennick Jr.": chair, "Arvo Tennick": bare}) == {
        "Arvo Tennick": "Arvo Tennick Jr."
    }
    # Only in the months before: a father quoted before his son may be meant.
    seen = {"Arvo Tennick Jr.": suffixed, "Arvo Tennick": on("2007-11-12", "2007-12-01")}
    assert dated(names, seen) == {}
    # Half a year before: a father's last months beside his son's first.
    seen = {"Arvo Tennick Jr.": suffixed, "Arvo Tennick": on("2007-07-12", "2012-06-01")}
    assert dated(names, seen) == {}


@pytest.mark.parametrize(
    "early",
    [
        on("2012-09-01", "2012-09-20"),  # no role: the father may be meant
        on("2012-09-01", "2012-09-20", role="Sheriff"),  # another office
        on("2012-09-01", role="Congressman") + on("2012-09-20"),  # one without a role
    ],
)
def test_a_bare_name_quoted_weeks_before_a_son_succeeds_stays_apart(early):
    names = {"Tod Vail Jr.": 3, "Tod Vail": 3}
    son = on("2012-11-20", "2013-05-01", "2014-03-01", role="Congressman")
    seen = {"Tod Vail Jr.": son, "Tod Vail": early + on("2013-06-01", role="Congressman")}
    assert dated(names, seen) == {}
    # Neither spelling given a role anywhere: the same.
    no_roles = {"Tod Vail Jr.": on("2012-11-20", "2013-05-01", "2014-03-01")}
    assert (
        dated(names, {**no_roles, "Tod Vail": on("2012-09-01", "2012-09-20", "2013-06-01")}) == {}
    )


def test_a_bare_name_that_moved_from_one_office_to_the_other_merges():
    names = {"Tam R. Ostrow": 3, "Tam Ostrow": 10}
    senate = on("2005-03-01", "2009-02-01", "2011-07-01", role="Senator")
    state = on("2013-09-10", "2015-05-06", "2016-11-16", role="Secretary of State")
    seen = {"Tam R. Ostrow": senate, "Tam Ostrow": on("2006-01-01", role="Senator") + state}
    assert dated(names, seen) == {"Tam Ostrow": "Tam R. Ostrow"}
    # The second office once only: one document may be another person's of the name.
    seen = {"Tam R. Ostrow": senate, "Tam Ostrow": on("2006-01-01", role="Senator") + state[:1]}
    assert dated(names, seen) == {}
    # Both offices in the same years: two people.
    back = on("2014-02-01", role="U.S. Senator")
    seen = {"Tam R. Ostrow": senate + back, "Tam Ostrow": state}
    assert dated(names, seen) == {}
    # An office with no date: nothing says which came first.
    seen = {"Tam R. Ostrow": senate, "Tam Ostrow": state + [(None, "Senator")]}
    assert dated(names, seen) == {}


@pytest.mark.parametrize("local", ["Mayor", "Sheriff", "Police Chief", "Judge", "Governor"])
def test_a_local_office_before_congress_is_no_change_of_office(local):
    names = {"Ivo J. Marsh": 3, "Ivo Marsh": 6}
    house = on("2015-02-01", "2016-03-01", "2017-04-01", role="Congressman")
    earlier = on("2008-05-01", "2009-06-01", role=local)
    assert dated(names, {"Ivo J. Marsh": house, "Ivo Marsh": earlier}) == {}
    # Nor a local office after it, nor an appointed one before it.
    later = on("2019-05-01", "2020-06-01", role=local)
    assert dated(names, {"Ivo J. Marsh": house, "Ivo Marsh": later}) == {}
    cabinet = on("2008-05-01", "2009-06-01", role="Secretary of Energy")
    assert dated(names, {"Ivo J. Marsh": house, "Ivo Marsh": cabinet}) == {}
    # An appointed office after it: the senator who became secretary of state.
    cabinet = on("2019-05-01", "2020-06-01", role="Secretary of Energy")
    assert dated(names, {"Ivo J. Marsh": house, "Ivo Marsh": cabinet}) == {
        "Ivo Marsh": "Ivo J. Marsh"
    }


def test_a_bare_name_given_two_kinds_of_office_merges_into_no_fuller_spelling():
    names = {"Tam R. Ostrow": 3, "Tam Ostrow": 10}
    house = years("2014", "2015", role="Congressman") + years("2016", role=None)
    army = years("2016", role="Acting Secretary of the Army")
    full = {"Tam R. Ostrow": years("2015", role="U.S. Representative")}
    assert dated(names, {**full, "Tam Ostrow": house}) == {"Tam Ostrow": "Tam R. Ostrow"}
    assert dated(names, {**full, "Tam Ostrow": house + army}) == {}
    # The fuller spelling held both offices too: one person who changed office.
    both = {"Tam R. Ostrow": full["Tam R. Ostrow"] + years("2017", role="Secretary")}
    assert dated(names, {**both, "Tam Ostrow": house + army}) == {"Tam Ostrow": "Tam R. Ostrow"}


@pytest.mark.parametrize(
    ("role", "held"),
    [
        ("Congressman", "legislative"),
        ("U.S. Senators", "legislative"),
        ("Acting Secretary of the Army", "executive"),
        ("Maryland Lt. Governor", "executive"),
        ("Congressman Ivo Pell Governor", "executive"),  # the word nearest the name
        ("U.S. Trade Representative", "executive"),
        ("former U.S. Senator", None),
        ("Committee Chairman", None),
        # A body's name is no office: up to an `and` joining another role.
        ("Justice Committee Chairman", None),
        ("Chair of City Council General Welfare Committee Council Member", None),
        ("Congressman and House Budget Committee Chairman", "legislative"),
        ("U.S. Congressman and Chairman of the Armed Services Committee", "legislative"),
        (None, None),
    ],
)
def test_office_of_a_role(role, held):
    assert office(role) == held


@pytest.mark.parametrize("stray", [". Tennick", ", Tennick", "... Tennick", "- Tennick"])
def test_a_stray_mark_before_a_surname_is_no_crash_and_no_surname_alone(stray):
    names = {"Ilse Tennick": 3, stray: 2}
    assert merged(names, "Ilse Tennick said") == {}


@pytest.mark.parametrize(
    "names",
    [
        {"General Dalby": 1, "Wen Dalby": 5},  # a title may say it is somebody else
        {"Robyn": 1, "Dorothy Robyn": 5},  # a first name alone
        {"GAO": 3, "Gao": 1, "Bo Gao": 4},  # an acronym however else it is written
        {"Dalby": 1, "Wen Dalby": 1},  # the person quoted once
        {"Trade": 1, "International Trade": 3},  # no first name: not a person
        {"Vask": 1, "J. Vask": 4},  # which J. is not said
        {"Ministry": 1, "Dalby Ministry": 4},
    ],
)
def test_a_surname_alone_needs_a_named_person(names):
    text = " ".join(names)
    assert alias_map(names, lambda key: [text]) == {}


def test_variants_lists_every_key_of_the_person():
    aliases = {"wen dalby": "wen jdalby", "dalby": "wen jdalby"}
    people = people_of(aliases)
    assert variants(aliases, "dalby", people) == ["wen jdalby", "dalby", "wen dalby"]
    assert variants(aliases, "wen jdalby", people) == ["wen jdalby", "dalby", "wen dalby"]
    assert variants(aliases, "nell corrow", people) == ["nell corrow"]


def test_facet_rows_count_each_row_once_for_its_person():
    aliases = {"wen dalby": "wen jdalby", "dalby": "wen jdalby"}
    rows = [
        ("wen jdalby", "Wen J. Dalby", "1,2,5"),
        ("wen dalby", "Wen Dalby", "3,4,5"),
        ("dalby", "Dalby", "6"),
        ("nell corrow", "Nell Corrow", "5,7"),
    ]
    # Row 5 names two spellings: it counts once, under the spelling the person is shown
    # by, which keeps every row it has.
    assert sorted(person_rows(rows, aliases)) == [
        ("nell corrow", "Nell Corrow", "5,7"),
        ("wen jdalby", "Dalby", "6"),
        ("wen jdalby", "Wen Dalby", "3,4"),
        ("wen jdalby", "Wen J. Dalby", "1,2,5"),
    ]


# -- on both backends ------------------------------------------------------------------


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)],
)
def backend(request, tmp_path_factory):
    if request.param == "sqlite":
        store = SqliteBackend(tmp_path_factory.mktemp("aliases") / "a.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    assert {r.status for r in store.write(variant_documents())} == {"created"}
    yield store
    if request.param == "elastic":
        store.drop()
    store.close()


BEFORE = {"Wen J. Dalby": 3, "Wen Dalby": 3, "Dalby": 1}
AFTER = {"Wen J. Dalby": 6}
APART = {
    "Oren P. Vask": 2,
    "Oren T. Vask": 2,
    "Oren Vask": 1,
    "Vask": 1,
    "Ada L. Pell": 1,
    "Ada Pell": 1,
    "Lior Brandt Jr.": 2,
    "Lior Brandt": 2,
    "Nell Corrow": 2,
    "Jude Corrow": 2,
    "Corrow": 1,
    "Ivo Raskin": 2,
    "Raskin": 1,
}


def facet(backend, scope="documents", **kw):
    request = SearchRequest(parse_query(""), scope=scope, facets=("speaker",), facet_size=30, **kw)
    result = backend.search(request)
    return result.total, {v.value: (v.count, v.selected) for v in result.facets["speaker"].values}


def test_spellings_merge_only_once_the_map_is_computed(backend):
    _, values = facet(backend)
    assert {v: n for v, (n, _) in values.items()} == {**BEFORE, **APART}
    assert backend.speaker_aliases() == {}
    counts = backend.update_speaker_aliases()
    assert counts == {"names": 16, "merged": 2}
    # Computed again from the same names: the same map.
    assert backend.update_speaker_aliases() == counts
    _, values = facet(backend)
    # The release naming both spellings counts once (six releases, not seven).
    assert {v: n for v, (n, _) in values.items()} == {**AFTER, **APART}
    # Quotes: each quote once (the release with both spellings has two: seven).
    _, values = facet(backend, scope="quotes")
    assert values["Wen J. Dalby"] == (7, False)


@pytest.mark.parametrize("written", ["Dalby", "Wen Dalby", "wen j. dalby"])
def test_any_spelling_selects_the_person(backend, written):
    backend.update_speaker_aliases()
    total, values = facet(backend, filters={"speaker": [written]})
    assert total == 6
    assert values["Wen J. Dalby"] == (6, True)
    assert backend.search(SearchRequest(parse_query(f'speaker:"{written}"'))).total == 6


def test_people_apart_stay_apart(backend):
    backend.update_speaker_aliases()
    for written, total in [("Oren Vask", 1), ("Vask", 1), ("Ada Pell", 1), ("Raskin", 1)]:
        assert facet(backend, filters={"speaker": [written]})[0] == total, written
    assert facet(backend, filters={"speaker": ["Lior Brandt"]})[0] == 2


def test_speaker_page_lists_the_spellings_seen(backend):
    backend.update_speaker_aliases()
    for written in ("Dalby", "Wen Dalby", "Wen J. Dalby"):
        summary = backend.speaker(written)
        assert summary is not None
        assert summary.name == "Wen J. Dalby"
        assert sorted(summary.variants) == ["Dalby", "Wen Dalby"]
        assert (summary.documents, summary.quotes) == (6, 7)


def test_documents_added_after_the_map_count_for_the_person(backend):
    from tests.fixtures.speaker_canon import _said

    backend.update_speaker_aliases()
    added = [_said(300, ["Wen Dalby"], day=27), _said(301, ["Wen Dalby", "Wen J. Dalby"], day=28)]
    try:
        assert {r.status for r in backend.write(added)} == {"created"}
        _, values = facet(backend)
        assert values["Wen J. Dalby"] == (8, False)
        assert "Wen Dalby" not in values
        assert facet(backend, filters={"speaker": ["Dalby"]})[0] == 8
    finally:
        for doc in added:
            backend.delete(doc.id)
    assert facet(backend)[1]["Wen J. Dalby"] == (6, False)


def test_a_suffix_left_out_in_the_same_years_merges_on_both_backends(backend):
    from tests.fixtures.speaker_canon import _said

    added = [
        _said(310, ["Arvo Tennick Jr."], day=1, year=2016),
        _said(311, ["Arvo Tennick Jr."], day=2, year=2018),
        _said(312, ["Arvo Tennick"], day=3, year=2017),
    ]
    try:
        assert {r.status for r in backend.write(added)} == {"created"}
        backend.update_speaker_aliases()
        _, values = facet(backend)
        assert values["Arvo Tennick Jr."] == (3, False)
        assert "Arvo Tennick" not in values
        # The father of the fixture, quoted years before the son, stays apart.
        assert values["Lior Brandt"] == (2, False)
    finally:
        for doc in added:
            backend.delete(doc.id)
        backend.update_speaker_aliases()


def test_a_bare_name_of_two_offices_stays_apart_on_both_backends(backend):
    import dataclasses

    from search.model import Speaker
    from tests.fixtures.speaker_canon import _said

    def given(n: int, name: str, role: str, year: int):
        doc = _said(n, [name], day=n - 319, year=year)
        return dataclasses.replace(doc, speakers=[Speaker(name, role, [])])

    house = [given(320, "Tam Ostrow", "Congressman", 2014), given(321, "Tam Ostrow", "", 2015)]
    full = [given(322 + k, "Tam R. Ostrow", "U.S. Representative", 2015) for k in range(2)]
    army = [given(324, "Tam Ostrow", "Acting Secretary of the Army", 2016)]
    try:
        for added, merged in ((house + full, True), (army, False)):
            assert {r.status for r in backend.write(added)} == {"created"}
            backend.update_speaker_aliases()
            _, values = facet(backend)
            assert ("Tam Ostrow" not in values) is merged
    finally:
        for doc in house + full + army:
            backend.delete(doc.id)
        backend.update_speaker_aliases()


def _dalby(n: int, names: list[str], source: str = "Canal Desk"):
    import dataclasses

    from tests.fixtures.speaker_canon import _said

    return dataclasses.replace(_said(n, names, day=n), source=source)


# A document naming both spellings of one person, in a source of its own; the fuller
# spelling is quoted in two documents more, the bare one in five.
BOTH_SPELLINGS = [
    _dalby(1, ["Wen Dalby", "Wen J. Dalby"], "Shore Desk"),
    _dalby(2, ["Wen J. Dalby"]),
    _dalby(9, ["Wen J. Dalby"]),
    *[_dalby(n, ["Wen Dalby"]) for n in range(3, 8)],
]


def _labels(backend) -> list[dict[str, tuple[int, bool]]]:
    """The speaker facet of the whole archive and of the one source, on documents and
    on quotes, and the speaker page's name."""
    shown = [
        facet(backend, scope=scope, **kw)[1]
        for scope in ("documents", "quotes")
        for kw in ({}, {"filters": {"source": ["Shore Desk"]}})
    ]
    summary = backend.speaker("Wen Dalby")
    return [*shown, {summary.name: (summary.documents, False)}]


@pytest.mark.elasticsearch
def test_a_filtered_subset_shows_a_merged_person_by_one_label_on_both_backends(
    elasticsearch_url, tmp_path
):
    from search.elastic import ElasticBackend

    shown = []
    embedded = SqliteBackend(tmp_path / "a.db")
    store = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        for backend in (embedded, store):
            assert {r.status for r in backend.write(BOTH_SPELLINGS)} == {"created"}
            backend.update_speaker_aliases()
            shown.append(_labels(backend))
    finally:
        store.drop()
    assert shown[0] == shown[1]
    # The label the whole archive gives the person, whatever the search finds.
    assert shown[0][1] == {"Wen J. Dalby": (1, False)}
    assert shown[0][0] == {"Wen J. Dalby": (8, False)}
    assert shown[0][4] == {"Wen J. Dalby": (8, False)}


@pytest.mark.parametrize(
    "kind", ["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)]
)
def test_a_merged_persons_label_is_the_same_imported_in_one_batch_or_several(
    kind, request, tmp_path
):
    def archive(name: str):
        if kind == "sqlite":
            return SqliteBackend(tmp_path / f"{name}.db")
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        return ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")

    once, batched = archive("once"), archive("batched")
    try:
        list(once.write(BOTH_SPELLINGS))
        once.update_speaker_aliases()
        # The person merged by the first batch, searched (the embedded archive keeps its
        # facet columns) before the second batch adds the document naming both spellings.
        first = [BOTH_SPELLINGS[k] for k in (1, 2, 3, 4, 5)]
        list(batched.write(first))
        batched.update_speaker_aliases()
        assert facet(batched)[1] == {"Wen J. Dalby": (5, False)}
        list(batched.write([d for d in BOTH_SPELLINGS if d not in first]))
        batched.update_speaker_aliases()
        assert _labels(batched) == _labels(once)
        assert _labels(once)[1] == {"Wen J. Dalby": (1, False)}
    finally:
        for store in (once, batched):
            if kind == "elastic":
                store.drop()
            store.close()


@pytest.mark.parametrize(
    "kind", ["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)]
)
def test_the_speaker_page_and_the_facet_show_the_stored_label_until_it_is_computed_again(
    kind, request, tmp_path
):
    if kind == "sqlite":
        store = SqliteBackend(tmp_path / "a.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")

    def shown():
        return facet(store)[1], store.speaker("Inigo Varro").name

    try:
        # An accent written once is a one-off: the person is shown without it.
        list(store.write([_dalby(n, ["Inigo Varro"]) for n in (1, 2, 3)]))
        list(store.write([_dalby(4, ["Iñigo Varro"])]))
        store.update_speaker_aliases()
        assert shown() == ({"Inigo Varro": (4, False)}, "Inigo Varro")
        # Written twice now: the label changes when the map is computed, on every view.
        list(store.write([_dalby(5, ["Iñigo Varro"])]))
        assert shown() == ({"Inigo Varro": (5, False)}, "Inigo Varro")
        store.update_speaker_aliases()
        assert shown() == ({"Iñigo Varro": (5, False)}, "Iñigo Varro")
    finally:
        if kind == "elastic":
            store.drop()
        store.close()


# -- press import, reparse and reindex compute the map ---------------------------------


def test_import_reparse_and_reindex_merge_the_spellings(tmp_path):
    from click.testing import CliRunner

    from press.cli import main

    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(1, 5):
        name = "Martha J. Dalby" if n <= 2 else "Martha Dalby"
        (folder / f"r{n}.txt").write_text(
            f"Canal locks reopen in spring, part {n}\n\n"
            f"SPRINGFIELD, March {n}, 2018 — The canal trust met to plan season {n}.\n\n"
            f"“The locks open in spring for boat number {n},” said {name}, the chair of"
            " the canal trust.\n",
            encoding="utf-8",
        )
    path = tmp_path / "a.db"
    archive = f"sqlite:///{path}"
    runner = CliRunner()
    expected = {speaker_key("Martha Dalby"): speaker_key("Martha J. Dalby")}
    for args in (["import", str(folder), "-q"], ["reparse", "-q"], ["reindex"]):
        result = runner.invoke(main, [*args, "--archive", archive], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        store = SqliteBackend(path)
        try:
            assert store.speaker_aliases() == expected, args
            assert store.speaker("Martha Dalby").documents == 4
        finally:
            store.close()


def test_export_of_a_spelling_holds_every_spelling(backend):
    from search.export import export

    backend.update_speaker_aliases()
    request = SearchRequest(parse_query(""), scope="quotes", filters={"speaker": ["Dalby"]})
    rows = "".join(export(backend, request, "csv")).splitlines()[1:]
    assert len(rows) == 7
    assert {s for r in rows for s in ("Wen Dalby", "Wen J. Dalby", "Dalby") if f",{s}," in r} == {
        "Wen Dalby",
        "Wen J. Dalby",
        "Dalby",
    }


def test_speaker_page_of_the_web_ui(tmp_path):
    from bs4 import BeautifulSoup

    from web import create_app

    path = tmp_path / "a.db"
    store = SqliteBackend(path)
    list(store.write(variant_documents()))
    store.update_speaker_aliases()
    store.close()
    app = create_app({"ARCHIVE": f"sqlite:///{path}", "TESTING": True})
    for written in ("Dalby", "Wen%20Dalby"):
        response = app.test_client().get(f"/speakers/{written}")
        assert response.status_code == 200
        soup = BeautifulSoup(response.data, "html.parser")
        assert soup.h1.get_text() == "Wen J. Dalby"
        assert soup.find(id="variants").get_text() == "Wen Dalby, Dalby"
        assert soup.find(id="quote-count").get_text() == "7"
        assert soup.find(id="document-count").get_text() == "6"
        assert len(soup.select("ol.results > li.quote-hit")) == 7


def test_a_correction_and_its_undo_merge_the_spellings_again(tmp_path):
    from click.testing import CliRunner

    from press.cli import main

    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(1, 5):
        name = "Hedda J. Varn" if n <= 2 else "Hedda Varn"
        (folder / f"r{n}.txt").write_text(
            f"Tram depot opens, part {n}\n\n"
            f"SPRINGFIELD, May {n}, 2019 — The transit board met on depot {n}.\n\n"
            f"“The depot opens in June for line number {n},” said {name}, the chair of"
            " the transit board.\n",
            encoding="utf-8",
        )
    path = tmp_path / "a.db"
    archive = ["--archive", f"sqlite:///{path}"]
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(main, [*args, *archive], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    def aliases() -> dict[str, str]:
        store = SqliteBackend(path)
        try:
            return store.speaker_aliases()
        finally:
            store.close()

    run("import", str(folder), "-q")
    merged_map = {speaker_key("Hedda Varn"): speaker_key("Hedda J. Varn")}
    assert aliases() == merged_map
    store = SqliteBackend(path)
    try:
        hits = store.search(SearchRequest(parse_query(""), filters={"speaker": ["Hedda Varn"]}))
        assert hits.total == 4
        doc_id = next(
            h.id
            for h in hits.hits
            if any(s.name == "Hedda J. Varn" for s in store.get(h.id).speakers)
        )
    finally:
        store.close()
    # One of the two fuller spellings given to somebody else: seen once, it merges nothing.
    run("correct", "speaker", doc_id, "0", "Orla Tamm", "--user", "ed")
    assert aliases() == {}
    store = SqliteBackend(path)
    try:
        correction_id = store.corrections(doc_id)[0].id
    finally:
        store.close()
    run("correct", "undo", correction_id, "--user", "ed")
    assert aliases() == merged_map


@pytest.mark.parametrize(
    "kind", ["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)]
)
def test_a_document_with_two_spellings_shows_the_person_as_both_backends_do(
    kind, tmp_path, request
):
    from tests.fixtures.speaker_canon import _said

    if kind == "sqlite":
        store = SqliteBackend(tmp_path / "a.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        docs = [
            _said(1, ["Wen Dalby", "Wen J. Dalby"], day=1),
            _said(2, ["Wen Dalby", "Wen J. Dalby"], day=2),
            _said(3, ["Wen J. Dalby"], day=3),
        ]
        assert {r.status for r in store.write(docs)} == {"created"}
        store.update_speaker_aliases()
        # Wen J. Dalby is written in three documents, Wen Dalby in two: three in all.
        assert facet(store)[1] == {"Wen J. Dalby": (3, False)}
    finally:
        if kind == "elastic":
            store.drop()
        store.close()


def test_a_map_computed_before_another_write_is_computed_again(tmp_path, monkeypatch):
    import search.sqlite as sqlite_module
    from tests.fixtures.speaker_canon import _said

    path = tmp_path / "a.db"
    store = SqliteBackend(path)
    other = SqliteBackend(path)
    try:
        docs = [_said(n, ["Wen J. Dalby"], day=n) for n in (1, 2)]
        assert {r.status for r in store.write(docs)} == {"created"}
        read = sqlite_module.speaker_names_and_texts
        calls = []

        def read_then_another_writes(conn):
            found = read(conn)
            if not calls:
                # Another import adds the dropped-initial spelling after the names were read.
                assert [r.status for r in other.write([_said(3, ["Wen Dalby"], day=3)])] == [
                    "created"
                ]
            calls.append(1)
            return found

        monkeypatch.setattr(sqlite_module, "speaker_names_and_texts", read_then_another_writes)
        store.update_speaker_aliases()
        assert len(calls) == 2
        assert store.speaker_aliases() == {speaker_key("Wen Dalby"): speaker_key("Wen J. Dalby")}
    finally:
        other.close()
        store.close()


def test_a_correction_in_the_web_editor_merges_the_spellings_again(tmp_path):
    from tests.fixtures.speaker_canon import _said
    from tests.test_editing_auth import PASSWORD, make_app
    from web.accounts import Accounts

    store = SqliteBackend(tmp_path / "a.db")
    try:
        docs = [
            _said(1, ["Wen J. Dalby"], day=1),
            _said(2, ["Wen J. Dalby"], day=2),
            _said(3, ["Wen Dalby"], day=3),
        ]
        assert {r.status for r in store.write(docs)} == {"created"}
        store.update_speaker_aliases()
        merged_map = {speaker_key("Wen Dalby"): speaker_key("Wen J. Dalby")}
        assert store.speaker_aliases() == merged_map
        accounts = Accounts(tmp_path / "accounts.db")
        accounts.add("ed", PASSWORD)
        client = make_app(store, tmp_path, accounts.path).test_client()
        auth = {"Authorization": f"Bearer {accounts.new_token('ed')}"}
        body = {
            "document_id": docs[0].id,
            "target": "quote",
            "field": "speaker",
            "quote": 0,
            "after": {"name": "Orla Tamm", "role": None},
        }
        made = client.post("/api/corrections", json=body, headers=auth)
        assert made.status_code == 201
        # The fuller spelling is left in one document: it merges nothing now.
        assert store.speaker_aliases() == {}
        undo = f"/api/corrections/{made.get_json()['id']}/undo"
        assert client.post(undo, json={}, headers=auth).status_code == 201
        assert store.speaker_aliases() == merged_map
    finally:
        store.close()


@pytest.mark.elasticsearch
def test_an_elasticsearch_map_computed_before_another_is_stored_is_computed_again(
    elasticsearch_url, monkeypatch
):
    import search.elastic as elastic_module
    from search.elastic import ElasticBackend
    from tests.fixtures.speaker_canon import _said

    prefix = f"press-test-{uuid.uuid4().hex[:10]}"
    store = ElasticBackend(elasticsearch_url, index_prefix=prefix)
    other = ElasticBackend(elasticsearch_url, index_prefix=prefix)
    try:
        first = [_said(1, ["Wen J. Dalby", "Oren T. Vask"], day=1)]
        first += [_said(2, ["Wen J. Dalby", "Oren T. Vask"], day=2)]
        first += [_said(3, ["Oren Vask"], day=3)]
        assert {r.status for r in store.write(first)} == {"created"}
        store.update_speaker_aliases()
        oren = {speaker_key("Oren Vask"): speaker_key("Oren T. Vask")}
        assert store.speaker_aliases() == oren
        assert {r.status for r in store.write([_said(4, ["Wen Dalby"], day=4)])} == {"created"}
        compute = elastic_module.alias_map
        calls = []

        def computed_while_another_stores(names, texts, context=None):
            found = compute(names, texts, context)
            calls.append(1)
            if len(calls) == 1:
                # Another import makes "Oren Vask" ambiguous and stores its map first.
                added = [_said(n, ["Oren K. Vask"], day=n) for n in (5, 6)]
                assert {r.status for r in other.write(added)} == {"created"}
                other.update_speaker_aliases()
            return found

        monkeypatch.setattr(elastic_module, "alias_map", computed_while_another_stores)
        store.update_speaker_aliases()
        assert len(calls) == 3  # this one's, the other's, this one's again
        store._speaker_aliases = None
        assert store.speaker_aliases() == {speaker_key("Wen Dalby"): speaker_key("Wen J. Dalby")}
    finally:
        store.drop()
        other.close()
        store.close()


# -- every merge path passes the same rules ----------------------------------------------


def _contexts(
    names: dict[str, int],
    texts: dict[str, list[str]],
    seen: dict[str, list[tuple[str | None, str | None]]],
) -> dict[str, str]:
    """The alias map written with names, each name's documents' texts and (date, role) as
    given."""
    by_key = {speaker_key(n): n for n in names}
    text_of = {speaker_key(n): t for n, t in texts.items()}
    context = {speaker_key(n): rows for n, rows in seen.items()}
    aliases = alias_map(names, lambda key: text_of.get(key, []), lambda key: context.get(key, []))
    return {by_key[a]: by_key[p] for a, p in aliases.items()}


def test_a_bare_name_holding_another_office_than_the_fuller_spelling_stays_apart():
    names = {"Nessa Holt": 3, "Nessa B. Holt": 4}
    fuller = {"Nessa B. Holt": years("2019", "2019", "2019", "2019", role="Congresswoman")}
    navy = {"Nessa Holt": years("2019", "2019", "2019", role="Acting Secretary of the Navy")}
    assert dated(names, {**fuller, **navy}) == {}
    # The same office, or none known on the bare name's side, still merges.
    house = {"Nessa Holt": years("2019", "2019", "2019", role="Rep.")}
    assert dated(names, {**fuller, **house}) == {"Nessa Holt": "Nessa B. Holt"}
    unknown = {"Nessa Holt": years("2019", "2019", "2019")}
    assert dated(names, {**fuller, **unknown}) == {"Nessa Holt": "Nessa B. Holt"}


def test_a_suffix_left_out_passes_the_office_and_organisation_rules():
    names = {"Teo Marsh": 2, "Teo Marsh Jr.": 6}
    senate = years("2015", "2015", "2016", "2016", "2017", "2017", role="Senator")
    mayor = years("2015", "2016", role="Mayor of Dayton")
    assert dated(names, {"Teo Marsh Jr.": senate, "Teo Marsh": mayor}) == {}
    house = years("2015", "2016", role="Senator")
    assert dated(names, {"Teo Marsh Jr.": senate, "Teo Marsh": house}) == {
        "Teo Marsh": "Teo Marsh Jr."
    }
    # No office on either side: the organisation tells them apart.
    plain = {"Teo Marsh Jr.": years("2015", "2016", "2017"), "Teo Marsh": years("2016")}
    texts = {
        "Teo Marsh Jr.": ["“Rates hold,” said Teo Marsh Jr., president of Quarry Savings Bank."],
        "Teo Marsh": ["“Nets are empty,” said Teo Marsh of the Lune Fishing Cooperative."],
    }
    assert _contexts({"Teo Marsh": 1, "Teo Marsh Jr.": 3}, texts, plain) == {}


def test_a_suffixed_spelling_and_a_surname_alone_pass_the_same_rules():
    # A suffixed name without its middle initial, of another office.
    names = {"Teo K. Marsh Jr.": 3, "Teo Marsh Jr.": 4}
    seen = {
        "Teo K. Marsh Jr.": years("2015", "2016", "2017", role="Senator"),
        "Teo Marsh Jr.": years("2016", role="Commissioner of Parks"),
    }
    assert dated(names, seen) == {}
    # A surname alone quoted once with another organisation than its person's.
    names = {"Orla T. Venn": 3, "Venn": 1}
    texts = {
        "Orla T. Venn": FULLER_OF_A_FUND,
        "Venn": ["“A grand season,” said Orla Venn, director of the Quarry Playhouse. Venn"],
    }
    assert _contexts(names, texts, {}) == {}
    texts["Venn"] = ["“Good news,” said Orla Venn of the Harlow Trails Fund. Venn added."]
    assert _contexts(names, texts, {}) == {"Venn": "Orla T. Venn"}


@pytest.mark.parametrize(
    ("first", "last"),
    [("José", "Ruiz"), ("Şükrü", "Ruiz"), ("Anton", "Strauß"), ("Иван", "Рудин")],
)
def test_the_organisation_rule_reads_accented_and_cyrillic_names(first, last):
    bare, full = f"{first} {last}", f"{first} A. {last}"
    if last == "Рудин":
        full = f"{first} А. {last}"
    names = {bare: 1, full: 3}
    fuller = [f"“Copper prices rise,” said {full}, president of Andes Mining Corporation."] * 3
    other = [f"“Nets are empty,” said {bare}, head of the Élan Fishing Cooperative."]
    same = [f"“Copper holds,” said {bare} of Andes Mining Corporation."]
    assert _contexts(names, {bare: other, full: fuller}, {}) == {}
    assert _contexts(names, {bare: same, full: fuller}, {}) == {bare: full}
    # Capitals of other scripts begin an organisation's name too.
    cyrillic = [f"“Цены растут,” — сказал {bare}, глава Уральской Горной Компании."]
    assert _contexts(names, {bare: cyrillic, full: fuller}, {}) == {}


def test_a_bare_name_quoted_before_the_suffixed_ones_first_date_stays_apart():
    names = {"Dov Paine": 2, "Dov Paine Jr.": 4}
    son = [("2012-11-20", None), ("2013-05-01", None), ("2013-09-01", None), ("2014-01-01", None)]
    father = [("2012-01-10", None), ("2012-02-20", None)]
    assert dated(names, {"Dov Paine Jr.": son, "Dov Paine": father}) == {}
    # Within the son's dates, or in the year after his last: one person.
    later = [("2013-02-01", None), ("2014-12-01", None)]
    assert dated(names, {"Dov Paine Jr.": son, "Dov Paine": later}) == {
        "Dov Paine": "Dov Paine Jr."
    }


@pytest.mark.parametrize(
    "kind", ["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)]
)
def test_a_stored_label_no_document_writes_any_longer_is_not_shown(kind, request, tmp_path):
    if kind == "sqlite":
        store = SqliteBackend(tmp_path / "a.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    try:
        bare = [_dalby(n, ["Wen Dalby"]) for n in (1, 2, 3)]
        full = [_dalby(n, ["Wen J. Dalby"]) for n in (4, 5)]
        list(store.write(bare + full))
        store.update_speaker_aliases()
        assert facet(store)[1] == {"Wen J. Dalby": (5, False)}
        # A search finding only the bare spelling still shows the archive's label.
        one = SearchRequest(parse_query('"open in spring 1"'), facets=("speaker",))
        assert [(v.value, v.count) for v in store.search(one).facets["speaker"].values] == [
            ("Wen J. Dalby", 1)
        ]
        for doc in full:
            store.delete(doc.id)
        # Until the map is computed again, the person is shown by a spelling still written.
        assert facet(store)[1] == {"Wen Dalby": (3, False)}
        assert store.speaker("Wen Dalby").name == "Wen Dalby"
    finally:
        if kind == "elastic":
            store.drop()
        store.close()


def test_a_first_name_written_short_merges_into_the_name_written_out():
    # `Wm.` is `William` written short, as `Chas.` is `Charles`: one name, two spellings.
    assert merged({"Wm. Orin Vail": 19, "William Orin Vail": 6}) == {
        "Wm. Orin Vail": "William Orin Vail"
    }
    assert merged({"Chas. Tarrant": 1, "Charles Tarrant": 1}) == {
        "Chas. Tarrant": "Charles Tarrant"
    }
    assert merged({"Thos Kell": 2, "Thomas Kell": 3}) == {"Thos Kell": "Thomas Kell"}
    # Into the person the name written out is merged into.
    assert merged({"Wm. Vail": 3, "William Vail": 4, "William T. Vail": 5}) == {
        "Wm. Vail": "William T. Vail",
        "William Vail": "William T. Vail",
    }


def test_two_people_of_a_surname_stay_two_whatever_the_first_name_is_written():
    # Only the one name the short form writes: never another first name of the surname,
    # nor the name with another middle part.
    assert merged({"Wm. Vail": 3, "Will Vail": 4, "Wes Vail": 2, "Tod Vail": 5}) == {}
    assert merged({"Wm. Vail": 3, "William T. Vail": 4}) == {}
    assert merged({"Wm. Orin Vail": 3, "William Vail": 4}) == {}
    # The office and organisation rules hold here too.
    seen = {
        "Wm. Vail": years("2019", "2019", role="Mayor of Corvale"),
        "William Vail": years("2019", "2019", "2019", role="Senator"),
    }
    assert dated({"Wm. Vail": 2, "William Vail": 3}, seen) == {}


@pytest.mark.parametrize(
    ("written", "name"), [("Jas", "James"), ("Geo", "George"), ("Chas", "Charles")]
)
def test_a_short_first_name_that_is_a_name_of_its_own_needs_its_period(written, name):
    # `Jas`, `Geo` and `Chas` are first names of their own too (`Jas Vail` may be named
    # so): only written with the period (`Jas.`) are they the name written short.
    assert merged({f"{written} Vail": 3, f"{name} Vail": 4}) == {}
    assert merged({f"{written}. Vail": 3, f"{name} Vail": 4}) == {
        f"{written}. Vail": f"{name} Vail"
    }


def test_a_short_form_of_the_first_name_merges_where_both_hold_one_office():
    # `Jim` is how `James` is called: one member, written both ways, merges into the
    # spelling quoted the most (the one written out where both are quoted as often).
    house = {"Jim Vail": years("2015", "2016", "2017", role="Congressman")}
    assert dated(
        {"Jim Vail": 12, "James Vail": 2}, {**house, "James Vail": years("2016", role="Rep.")}
    ) == {"James Vail": "Jim Vail"}
    seen = {
        "Bob Kell": years("2015", "2016", role="Representative"),
        "Robert Kell": years("2015", "2016", role="Congressman"),
    }
    assert dated({"Bob Kell": 2, "Robert Kell": 2}, seen) == {"Bob Kell": "Robert Kell"}
    # Into the person the spelling is merged into (`Edward Vail` → `Edward J. Vail`).
    names = {"Ed Vail": 2, "Edward Vail": 1, "Edward J. Vail": 8}
    senate = {
        "Ed Vail": years("2018", "2019", role="Senator"),
        "Edward J. Vail": years("2017", "2018", "2019", role="Senator"),
    }
    assert dated(names, senate) == {"Ed Vail": "Edward J. Vail", "Edward Vail": "Edward J. Vail"}


def test_a_short_form_of_a_name_no_office_or_another_office_holds_stays_apart():
    # The chairman of a business group `Bob Kell` is not the congressman `Bobby Kell`
    # (`Robert Kell`): a common name quoted with no office may be anybody of it.
    names = {"Bob Kell": 1, "Bobby Kell": 5, "Robert Kell": 4}
    seen = {
        "Bob Kell": years("2010"),
        "Bobby Kell": years("2012", "2013", role="Congressman"),
        "Robert Kell": years("2012", "2014", role="Congressman"),
    }
    assert dated(names, seen) == {"Robert Kell": "Bobby Kell"}
    assert dated({"Bill Roe": 7, "William Roe": 2}, {"Bill Roe": years("2017", role="Rep.")}) == {}
    # Another office: a mayor `Jim Vail` is not the senator `James Vail`.
    seen = {
        "Jim Vail": years("2019", "2019", role="Mayor of Corvale"),
        "James Vail": years("2019", "2019", "2019", role="Senator"),
    }
    assert dated({"Jim Vail": 2, "James Vail": 3}, seen) == {}
    # Two people of a surname: no short form of each other's first names.
    seen = {n: years("2019", "2019", role="Congressman") for n in ("Will Vail", "Wes Vail")}
    assert dated({"Will Vail": 2, "Wes Vail": 2}, seen) == {}
    # A father and a son of the name: the short form may be either.
    names = {"Bob Kell": 3, "Robert Kell": 4, "Robert Kell Sr.": 2}
    seen = {n: years("2015", "2016", role="Congressman") for n in names}
    assert dated(names, seen) == {}
    # The same office decades apart: a father and a son of the name, no suffix written.
    seen = {
        "Joseph Kell": years("1995", "1996", "1997", role="Rep."),
        "Joe Kell": years("2015", "2017", "2019", role="Congressman"),
    }
    assert dated({"Joseph Kell": 3, "Joe Kell": 3}, seen) == {}
    # Quoted once each: too little.
    seen = {n: years("2019", role="Congressman") for n in ("Jim Vail", "James Vail")}
    assert dated({"Jim Vail": 1, "James Vail": 1}, seen) == {}


def test_a_fuller_spelling_quoted_once_stands_for_one_office_holder_of_the_same_years():
    names = {"Wen Dalby": 13, "Wen F. Dalby": 1}
    house = {"Wen Dalby": years("2015", "2016", "2017", role="Congressman")}
    seen = {**house, "Wen F. Dalby": years("2016", role="Rep.")}
    assert dated(names, seen) == {"Wen Dalby": "Wen F. Dalby"}
    # A professor quoted once (no office) is not the representative of the name.
    assert dated(names, {**house, "Wen F. Dalby": years("2016")}) == {}
    # Another office, or the same office a decade apart (a father and a son).
    navy = {**house, "Wen F. Dalby": years("2016", role="Secretary of the Navy")}
    assert dated(names, navy) == {}
    father = {**house, "Wen F. Dalby": years("2003", role="Rep.")}
    assert dated(names, father) == {}
    # Two fuller spellings, one of them quoted once: still either.
    names = {"Wen Dalby": 13, "Wen F. Dalby": 1, "Wen K. Dalby": 1}
    seen = {**seen, "Wen K. Dalby": years("2016", role="Rep.")}
    assert dated(names, seen) == {}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Mayor of Corvale", "Governor"),  # two executive offices
        ("Sheriff", "Secretary of Labor"),
        ("CEO", "Executive Director"),  # a company's, a museum's: no office
        ("Executive Director", "Executive Director"),
        ("Corvale Port Director", "Tarrant Museum Director"),
        ("General Counsel", "Attorney General"),
        ("Mayor of Corvale", "Mayor of Tarrant"),  # one office of two towns
        ("State Senator", "U.S. Senator"),  # a state's legislature, Congress
        ("State Representative", "Rep."),
        ("Senator", "Congressman"),  # two chambers
        # A word that makes another post of the title: a deputy is not the secretary.
        ("General", "Attorney General"),
        ("Governor", "Lt. Governor"),
        ("Secretary", "Deputy Secretary"),
        ("Secretary of Labor", "Assistant Secretary of Labor"),
        ("Judge", "Chief Judge"),
        ("Mayor", "Vice Mayor"),
    ],
)
def test_a_short_form_holding_another_post_of_one_kind_stays_apart(short, full):
    # `office` says legislative or executive: a mayor `Jim Vail` and a governor `James
    # Vail` both hold an executive one, a state senator and a senator a legislative one.
    seen = {
        "Jim Vail": years("2019", "2019", "2019", role=short),
        "James Vail": years("2019", "2019", role=full),
    }
    assert dated({"Jim Vail": 3, "James Vail": 2}, seen) == {}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Rep.", "Congressman"),
        ("Senator", "U.S. Senator"),
        ("Agriculture Secretary", "U.S. Secretary of Agriculture"),
        ("Mayor", "Mayor of Corvale"),
        ("Acting Secretary of the Army", "Secretary of the Army"),
        ("VA Secretary", "Secretary of Veterans Affairs"),
        ("Corvale Port Director", "Director of the Corvale Port"),
    ],
)
def test_a_short_form_holding_one_post_written_two_ways_merges(short, full):
    seen = {
        "Jim Vail": years("2019", "2019", "2019", role=short),
        "James Vail": years("2019", "2019", role=full),
    }
    assert dated({"Jim Vail": 3, "James Vail": 2}, seen) == {"James Vail": "Jim Vail"}


@pytest.mark.parametrize(
    ("bare", "fuller"),
    [
        ("Rep.", "State Representative"),
        ("Secretary of Labor", "Mayor of Corvale"),
        ("Sheriff", "Judge"),
        ("Senator", "State Senator"),
    ],
)
def test_a_fuller_spelling_quoted_once_in_another_post_of_one_kind_stays_apart(bare, fuller):
    seen = {
        "Adam Roe": years("2019", "2019", role=bare),
        "Adam L. Roe": years("2019", role=fuller),
    }
    assert dated({"Adam Roe": 20, "Adam L. Roe": 1}, seen) == {}
    same = {**seen, "Adam L. Roe": years("2019", role=bare)}
    assert dated({"Adam Roe": 20, "Adam L. Roe": 1}, same) == {"Adam Roe": "Adam L. Roe"}


def test_one_post_held_years_apart_stays_apart_whatever_else_is_dated_near():
    # A father in the House in 1995-96 and a son in it from 2015: the father's spelling
    # quoted again in 2015 with no role (or another post) does not make the two one
    # person; the documents giving the post are the ones to date.
    seen = {
        "Joseph Kell": years("1995", "1996", role="Rep.") + years("2015"),
        "Joe Kell": years("2015", "2016", "2017", role="Congressman"),
    }
    assert dated({"Joseph Kell": 3, "Joe Kell": 3}, seen) == {}
    seen["Joseph Kell"] = years("1995", "1996", role="Rep.") + years("2015", role="Sheriff")
    assert dated({"Joseph Kell": 3, "Joe Kell": 3}, seen) == {}
    seen = {
        "Adam Roe": years("1996", role="Rep.") + years("2019"),
        "Adam L. Roe": years("2019", role="Rep."),
    }
    assert dated({"Adam Roe": 2, "Adam L. Roe": 1}, seen) == {}
    # The post in the same years, other documents years before: one person.
    seen["Adam Roe"] = years("2005") + years("2019", role="Rep.")
    assert dated({"Adam Roe": 2, "Adam L. Roe": 1}, seen) == {"Adam Roe": "Adam L. Roe"}
