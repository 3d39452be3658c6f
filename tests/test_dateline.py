"""Datelines of agencies and press offices, and sentences that only look like them."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest

from importers.dateline import dateline_date, extract_dateline, parse_date
from importers.text_patterns import DATELINE_RE
from search.model import Dateline
from tests.corpus import corpus_path


def parse(text: str) -> tuple[Dateline, str]:
    found = extract_dateline(text)
    assert found is not None, f"no dateline in {text!r}"
    return found.dateline, found.rest


@pytest.mark.parametrize(
    ("text", "place", "agency", "date", "raw"),
    [
        (
            "WASHINGTON (Sputnik) - Officials met",
            "WASHINGTON",
            "Sputnik",
            None,
            "WASHINGTON (Sputnik) -",
        ),
        (
            "MOSCOW, February 24 (Reuters) - Officials met",
            "MOSCOW",
            "Reuters",
            "February 24",
            "MOSCOW, February 24 (Reuters) -",
        ),
        ("Washington (AFP) – Officials met", "Washington", "AFP", None, "Washington (AFP) –"),
        (
            "MOSCOW, February 24. /TASS/. Officials met",
            "MOSCOW",
            "TASS",
            "February 24",
            "MOSCOW, February 24. /TASS/.",
        ),
        ("KYIV, Ukraine (AP) — Officials met", "KYIV", "AP", None, "KYIV, Ukraine (AP) —"),
        (
            "BEIJING, Feb. 24 (Xinhua) -- Officials met",
            "BEIJING",
            "Xinhua",
            "Feb. 24",
            "BEIJING, Feb. 24 (Xinhua) --",
        ),
        ("Washington, DC – Today the member", "Washington", None, None, "Washington, DC –"),
        (
            "UNITED NATIONS, Feb 24 - Officials met",
            "UNITED NATIONS",
            None,
            "Feb 24",
            "UNITED NATIONS, Feb 24 -",
        ),
        (
            "    SAN FRANCISCO, March 13 - Widget Corp said",
            "SAN FRANCISCO",
            None,
            "March 13",
            "SAN FRANCISCO, March 13 -",
        ),
    ],
)
def test_agency_datelines(text, place, agency, date, raw):
    dateline, rest = parse(text)
    assert (dateline.place, dateline.agency, dateline.date, dateline.raw) == (
        place,
        agency,
        date,
        raw,
    )
    assert not rest.startswith(("-", "–", "—", "."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PORTLAND, Ore., April 2 - Gadget Inc said", "PORTLAND"),  # region and date
        ("EL CENTRO, Calif. — The county said", "EL CENTRO"),  # region, no date
        ("VANCOUVER, British Columbia, May 5 - Ore Ltd said", "VANCOUVER"),  # two-word region
        ("ST. CLOUD, Minn. (AP) — The mayor said", "ST. CLOUD"),
        ("WINSTON-SALEM, N.C., June 3 - A bank said", "WINSTON-SALEM"),
        ("DALLAS/FORT WORTH, Texas, June 3 - An airline said", "DALLAS/FORT WORTH"),
        ("Lake Town, June 3 - A mill said", "Lake Town"),  # mixed case with a date
        ("Springfield, IL – The member announced", "Springfield"),  # mixed case with a state
        ("Washington DC – The member announced", "Washington"),  # district without comma
        ("Capital City (Reuters) - The minister said", "Capital City"),  # known agency
        ("GREEN BAY — The council voted", "GREEN BAY"),  # upper case, dash only
        ("NORTHPORT—The council voted", "NORTHPORT"),  # em dash without spaces
        ("RIVERTON, July 9 -<Widget Corp> said", "RIVERTON"),  # no space after the dash
        ("RIVERTON, July 9, Reuter - The mill said", "RIVERTON"),  # agency without brackets
        ("OAK HILL, Tenn., - July 9 - A plant said", "OAK HILL"),  # stray comma
        ("HILLTOP March 13 -\n    Shr 10 cts", "HILLTOP"),  # no comma before the date
        ("PINEVILLE,July 9 - A firm said", "PINEVILLE"),  # no space after the comma
        ("NEW HAVEN, Nomember 2 - A firm said", "NEW HAVEN"),  # misspelt month
        ("NEW HAVEN, July 2O - A firm said", "NEW HAVEN"),  # letter O for zero
        ("river falls, july 9 - hog prices rose", "river falls"),  # all-lower-case copy
        ("Harbor town, july 9 - prices rose", "Harbor town"),
        ("****EASTPORT, March 4 - Exporters sold", "EASTPORT"),  # flagged story
        ("BRIDGEPORT, the Islands, May 5 - A firm said", "BRIDGEPORT"),
        ("Lake Town, NE. - The member announced", "Lake Town"),  # a state with a full stop
        ("(Fond du Lac, WI) - The member announced", "Fond du Lac"),  # small words inside
        ("City of Industry, CA – The member announced", "City of Industry"),
        ("(WASHINGTON) Congresswoman Roe announced", "WASHINGTON"),  # bracketed, no dash
        # a name several cities bear, bracketed without a dash, before a lead's subject
        ("(LAKEWOOD) Congresswoman Roe announced", "LAKEWOOD"),
        ("WASHINGTON-U.S. Rep. Jane Roe announced", "WASHINGTON"),  # hyphen glued both sides
        ("Washington D.C.-- The member announced", "Washington"),
        ("WASHINGTON. D.C. – The member announced", "WASHINGTON"),  # stray full stop
        ("Washington, DC: The member announced", "Washington"),  # a colon after a state
        ("Washington D.C. (May 5, 2015) | The member announced", "Washington"),  # a bar
    ],
)
def test_dateline_shapes(text, place):
    assert parse(text)[0].place == place


def test_dateline_alone_on_its_line_leaves_no_text():
    dateline, rest = parse("HILLTOP, Ohio, March 13 -")
    assert dateline.place == "HILLTOP" and rest == ""


@pytest.mark.parametrize(
    "text",
    [
        "This year, Labor Day - the long weekend - fell early.",  # lower-case words
        "Meanwhile, Senator — who spoke later — disagreed.",  # sentence opener + name
        "On March 13 - the day of the vote - nobody came.",  # opener before a date
        "The Mayor - a cautious man - said little.",
        "FILE - In this photo, the minister speaks.",  # AP caption label
        "BREAKING - The vote has been delayed.",
        "UPDATE — The council has adjourned.",
        "Rep. Jane Doe (D-Ore.) – Today the member said",  # party code, not agency
        "Jane Doe (Spokesperson) - the statement said",  # unknown agency, mixed case
        "BONUS GRAIN FOR FARMERS ABROAD - MINISTRY",  # too long for a bare place
        "Widget Sales Rose 5 pct, Company Says -",
        "Rivers, Lakes – and the sea beyond them.",  # mixed case, region not a state
        "MAR7 -- 102 103",  # table row
        "FOR IMMEDIATE RELEASE June 1, 2012 (CAPITAL CITY) – The member said",
        "He said, Friday — nothing.",
        "last year, july 9 - prices rose",  # lower-case sentence opener
        "ROE, DOE, AND SMITH-JONES TO VISIT THE CLINIC",  # names listed, not a place
        "(DOMA) and the court",  # a bracketed acronym
        "(LAKEWOOD) The council voted",  # a name several cities bear, no lead after it
        # … in mixed case: a person's surname in brackets, not a dateline
        "(Clinton) Ann Lee said the bill passed.",
        "(Jackson) Mayor Lee said the bill passed.",
        "(Marion) Governor Reed signed the bill.",
        "ANTI-Trust rules",  # a glued hyphen after a word that is no place
        "Dallas: The mayor said",  # a colon after a place without its state
        "Note: The member said",
    ],
)
def test_sentences_are_not_datelines(text):
    assert extract_dateline(text) is None


def test_tass_full_stop_only_after_slashed_agency():
    assert extract_dateline("MOSCOW, February 24. The talks began.") is None


def test_dateline_date_needs_a_year():
    no_year, _ = parse("MOSCOW, February 24 (Reuters) - Talks began")
    with_year, _ = parse("MOSCOW, February 24, 2022 (Reuters) - Talks began")
    assert dateline_date(no_year) is None
    assert dateline_date(with_year) == dt.date(2022, 2, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 24, 2022", dt.date(2022, 2, 24)),
        ("24 Feb. 2022", dt.date(2022, 2, 24)),
        ("Sept. 3 2019", dt.date(2019, 9, 3)),
        ("2022-02-24", dt.date(2022, 2, 24)),
        ("February 24", None),
        ("February 30, 2022", None),
        ("on Thursday", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# -- Reuters-21578 ------------------------------------------------------------------


def _evalutil(corpus: Path):
    eval_dir = Path(os.environ.get("PRESS_EVAL_DIR") or corpus.parent / "eval")
    path = eval_dir / "evalutil.py"
    if not path.is_file():
        pytest.skip(f"scoring helpers not available: {path} is missing (set PRESS_EVAL_DIR)")
    spec = importlib.util.spec_from_file_location("press_test_evalutil", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpus
# The shared helper opens the SGML files without closing them.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_reuters_dateline_places():
    """Place accuracy as the shared scorer defines it: text before the first comma."""
    from importers.text import parse_text

    corpus = corpus_path("reuters21578")
    docs = _evalutil(corpus.parent).reuters_docs(str(corpus.parent))
    assert docs, "no Reuters stories with a dateline found"

    def norm(s: str | None) -> str:
        return " ".join((s or "").split()).upper()

    correct = 0
    for d in docs:
        dateline = parse_text(d["text"], quotes=False).dateline
        correct += norm(dateline.place if dateline else None) == norm(d["place"])
    assert correct / len(docs) >= 0.99


def test_invisible_and_mis_encoded_characters_do_not_hide_a_dateline():
    from importers.text import parse_text

    for text in ("WASHINGTON, DC \u00ad– The member said.", "WASHINGTON, DC â€“ The member said."):
        doc = parse_text(text, quotes=False)
        assert doc.dateline is not None and doc.dateline.canonical == "Washington, D.C."
        assert doc.body == ["The member said."]


@pytest.mark.parametrize(
    "text, place, date",
    [
        ("[Washington, DC] -- Rep. Jane Roe spoke.", "Washington", None),
        (
            "Washington, DC – (Friday, April 3, 2015) – Rep. Jane Roe spoke.",
            "Washington",
            "Friday, April 3, 2015",
        ),
        ("BAYSIDE, CA –(May 4, 2012) – Rep. Jane Roe spoke.", "BAYSIDE", "May 4, 2012"),
    ],
)
def test_release_dateline_brackets_and_bracketed_dates(text, place, date):
    found = extract_dateline(text)
    assert found is not None
    assert found.dateline.place == place and found.dateline.date == date
    assert found.rest == "Rep. Jane Roe spoke."


@pytest.mark.parametrize(
    "text, date, day",
    [
        ("HILLTOP, D.C. [04/21/13]—Rep. Jane Roe spoke.", "04/21/13", dt.date(2013, 4, 21)),
        ("Hilltop, OH (4/2/2016) – Rep. Jane Roe spoke.", "4/2/2016", dt.date(2016, 4, 2)),
        ("HILLTOP, OH [12/31/98] - Rep. Jane Roe spoke.", "12/31/98", dt.date(1998, 12, 31)),
        # numbers that are no month-first date stay out of the dateline
        ("HILLTOP, OH [21/04/13] - Rep. Jane Roe spoke.", None, None),
    ],
)
def test_release_dateline_with_a_numeric_date_in_brackets(text, date, day):
    found = extract_dateline(text)
    if date is None:
        assert found is None or found.dateline.date is None
        return
    assert found is not None and found.dateline.place.casefold() == "hilltop"
    assert found.dateline.date == date and dateline_date(found.dateline) == day
    assert found.rest == "Rep. Jane Roe spoke."


def test_a_numeric_date_is_read_only_in_the_dateline():
    # a slashed date in running text is neither's order
    assert parse_date("4/2/2016") is None


@pytest.mark.parametrize(
    "text",
    ["Monday, May 4, 2015 - Rep. Jane Roe spoke.", "TODAY at 10:30am EST – members will meet."],
)
def test_weekdays_and_time_zones_are_not_places(text):
    assert extract_dateline(text) is None


def test_two_places_written_as_one_are_listed_under_the_first():
    found = extract_dateline("Bayside/Los Angeles, CA – Rep. Jane Roe spoke.")
    assert found is not None
    assert found.dateline.place == "Bayside/Los Angeles"
    found = extract_dateline("(Richmond/Newport News, VA)- Rep. Jane Roe spoke.")
    assert found is not None and found.dateline.canonical == "Richmond"


@pytest.mark.parametrize(
    ("text", "place", "date", "rest"),
    [
        # a place in capitals glued with a hyphen to the text's first word
        ("WASHINGTON-On Tuesday, the member met ferry crews.", "WASHINGTON", None, "On Tuesday"),
        # a hyphenated place stays whole
        ("WILKES-BARRE, Pa. – The member met ferry crews.", "WILKES-BARRE", None, "The member"),
        ("Winston-Salem, NC – The member met ferry crews.", "Winston-Salem", None, "The member"),
        # a capitalised word after the hyphen that ends the place belongs to it
        ("WINSTON-Salem, NC – The member met ferry crews.", "WINSTON-Salem", None, "The member"),
        ("WASHINGTON-Today the member met ferry crews.", "WASHINGTON", None, "Today the"),
        # a release date after the dateline's dash, with a dash of its own, in brackets or not
        (
            "Washington, DC - October 30, 2009 - Rep. Jane Roe met ferry crews.",
            "Washington",
            "October 30, 2009",
            "Rep. Jane Roe",
        ),
        (
            "Washington, DC – (Friday, October 15, 2010) – Rep. Jane Roe met ferry crews.",
            "Washington",
            "Friday, October 15, 2010",
            "Rep. Jane Roe",
        ),
        # a hyphen glued to the year with a digit after it is a range in the text
        (
            "WASHINGTON – May 4, 2011-2012 ferry budgets were cut, Rep. Jane Roe said.",
            "WASHINGTON",
            None,
            "May 4, 2011-2012 ferry",
        ),
    ],
)
def test_release_dateline_forms(text, place, date, rest):
    found = extract_dateline(text)
    assert found is not None
    assert (found.dateline.place, found.dateline.date) == (place, date)
    assert found.rest.startswith(rest)


def test_hyphenated_runs_are_no_dateline():
    """A run of hyphenated words with no dateline after it ("ab-ab-…-ab1"): two ways of
    reading one hyphen would make the failed match retry every split of the run, the work
    doubling with each word. Its growth with the run is timed by
    scripts/bench_quote_scaling.py --shape dateline-run (linear, as a ratio in one run)."""
    for words in (10, 20):
        run = "-".join(["ab"] * words) + "1 is a code."
        assert DATELINE_RE.match(run) is None
        assert extract_dateline(run) is None


@pytest.mark.parametrize(
    ("text", "raw", "canonical"),
    [
        ("Chicago, IL. ---- Rep. Jane Doe announced a grant.", "Chicago, IL. ----", "Chicago"),
        ("WASHINGTON, DC ---- The House voted today.", "WASHINGTON, DC ----", "Washington, D.C."),
        ("PHILADELPHIA ----Rep. Jane Doe spoke today.", "PHILADELPHIA ----", "Philadelphia"),
        ("Amarillo- Rep. Jane Doe will host a forum.", "Amarillo-", "Amarillo"),
        ("Washington- Today, Rep. Jane Doe voted no.", "Washington-", "Washington, D.C."),
    ],
)
def test_a_dash_of_four_hyphens_or_a_hyphen_glued_to_a_known_place_ends_a_dateline(
    text, raw, canonical
):
    found = extract_dateline(text)
    assert found is not None
    assert (found.dateline.raw, found.dateline.canonical) == (raw, canonical)


@pytest.mark.parametrize(
    "text",
    [
        "Washington- based groups met today.",
        "Statement- Thank you all for coming.",
        "Dallas- Fort Worth airports will get new federal funds, Rep. Jane Roe said today.",
        "Minneapolis- St. Paul schools will get new federal funds.",
        "Chicago- Based Firms won the contracts.",
        "Kansas City- Area Schools will get new federal funds.",
    ],
)
def test_a_hyphen_glued_to_a_word_before_lower_case_or_no_place_is_no_dateline(text):
    assert extract_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Lakewood - Congresswoman Jane Roe will travel to Peru next week.", "Lakewood -"),
        ("Springfield – Today Rep. John Doe opened the new clinic.", "Springfield –"),
    ],
)
def test_a_city_name_several_cities_bear_before_a_leads_subject(text, raw):
    match = extract_dateline(text)
    assert match is not None and match.dateline.raw == raw
    assert match.dateline.canonical_region is None  # which state is not guessed


@pytest.mark.parametrize(
    "text",
    [
        "Jackson - the mayor said the road would open in May.",
        "Lakewood - a quiet town with two parks - voted on Tuesday.",
    ],
)
def test_a_city_name_several_cities_bear_needs_a_leads_subject(text):
    assert extract_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Bronx – Today, Congresswoman Jo Roe opened the clinic.", "The Bronx"),
        ("The Dalles – Congressman Jo Roe toured the dam.", "The Dalles"),
    ],
)
def test_a_place_written_with_its_article_before_a_lead_is_a_dateline(text, place):
    m = extract_dateline(text)
    assert m is not None and m.dateline.place == place


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor – Today, the city opened the clinic.",  # no place
        "The Bronx – a borough of New York, said the mayor.",  # no lead after the dash
        # the gazetteer's only "The Valley" is abroad: a member's lead speaks of a valley
        "The Valley – Today, Congresswoman Jo Roe visited four orchards upstate.",
    ],
)
def test_an_article_and_a_word_before_a_dash_is_no_dateline_otherwise(text):
    assert extract_dateline(text) is None


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("3/4/71", dt.date(1971, 3, 4)),  # a two-digit year after this one: the last century
        ("09/18/12", dt.date(2012, 9, 18)),
        ("1/2/2190", None),  # a release is not dated in the future
    ],
)
def test_a_numeric_dateline_date_is_never_in_the_future(written, date):
    dateline = Dateline(place="HILLTOP", raw=f"HILLTOP, OH ({written}) –", date=written)
    assert dateline_date(dateline) == date
