"""Plain-text agency copy → Document: structure, dates, language, and the seed article."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from importers.text import detect_language, is_subheading, parse_text, split_paragraphs
from search.model import Origin
from tests.corpus import corpus_path

# An invented article in the seed's shape: headline, credit line run into its caption,
# dateline, quotes, a subheading, one paragraph a line.
AGENCY_COPY = "\n".join(
    [
        "Harbour Envoy After Talks at Trade Ministry: Positions Remain Far Apart",
        "© Sputnik / Lena Marsh / Go to the photo bankA cargo ship moored at the northern pier"
        " of the port",
        "OSLO (Sputnik) - The Island Republic's envoy to Norway Piet Vanlo told Sputnik after"
        " talks at the trade ministry that the two sides remain far apart.",
        "Vanlo met officials on Tuesday at the request of the trade minister after the tariff"
        " dispute escalated.",
        "“The meeting was frank,” Vanlo said. “We listened carefully, and we explained our"
        " position once more.”",
        "Fishing Quotas ‘Unfair,’ Island Republic Keeps Right to Reply",
        "The minister said on Tuesday that Norway would review the quotas next spring.",
        "“We regret the decision and keep the right to respond,” the envoy said.",
    ]
)


def test_agency_copy_structure():
    doc = parse_text(AGENCY_COPY, quotes=False)
    assert doc.headline == (
        "Harbour Envoy After Talks at Trade Ministry: Positions Remain Far Apart"
    )
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.agency, doc.dateline.raw) == (
        "OSLO",
        "Sputnik",
        "OSLO (Sputnik) -",
    )
    assert doc.source == "Sputnik"
    assert doc.subheadings == ["Fishing Quotas ‘Unfair,’ Island Republic Keeps Right to Reply"]
    assert len(doc.photos) == 1
    assert doc.photos[0].caption == "A cargo ship moored at the northern pier of the port"
    assert doc.photos[0].credit == "© Sputnik / Lena Marsh"
    assert len(doc.body) == 5
    assert doc.body[0].startswith("The Island Republic's envoy")
    assert not any("©" in p or "photo bank" in p for p in doc.body)
    assert doc.published is None  # "on Tuesday" is not a date
    assert doc.language == "en"


def test_overrides_win_over_the_text():
    day = dt.date(2021, 5, 4)
    origin = Origin(path="a.txt", format="text")
    doc = parse_text(
        AGENCY_COPY,
        source="Wire Desk",
        published=day,
        url="https://x.test/a",
        origin=origin,
        quotes=False,
    )
    assert (doc.source, doc.published, doc.url, doc.origin) == (
        "Wire Desk",
        day,
        "https://x.test/a",
        origin,
    )


# -- paragraphs ---------------------------------------------------------------------

REUTERS_STYLE = """\
WIDGET MAKER <WDG> RAISES PAYOUT
    LAKEVILLE, Minn., March 4 - Widget Maker Inc said its board
raised the quarterly dividend to 12 cts a share from ten cts,
payable April 15 to holders of record March 31.
    The company said higher sales of its garden tools in the
fourth quarter led to the increase.
 Reuter
"""


def test_indented_hard_wrapped_paragraphs_are_joined():
    doc = parse_text(REUTERS_STYLE, quotes=False)
    assert doc.headline == "WIDGET MAKER <WDG> RAISES PAYOUT"
    assert doc.dateline is not None and doc.dateline.place == "LAKEVILLE"
    assert doc.dateline.date == "March 4" and doc.published is None
    assert doc.body == [
        "Widget Maker Inc said its board raised the quarterly dividend to 12 cts a share "
        "from ten cts, payable April 15 to holders of record March 31.",
        "The company said higher sales of its garden tools in the fourth quarter led to "
        "the increase.",
    ]  # the closing "Reuter" is a sign-off, not text


def test_dateline_on_its_own_line():
    text = "ACME CORP <ACM> YEAR NET\n    HILLTOP, Ohio, March 3 -\n    Shr 1.10 dlrs vs 90 cts\n"
    doc = parse_text(text, quotes=False)
    assert doc.dateline is not None and doc.dateline.place == "HILLTOP"
    assert doc.body == ["Shr 1.10 dlrs vs 90 cts"]


def test_blank_line_paragraphs():
    text = (
        "Council Backs New Park\n\n"
        "RIVERTON — The council voted on Monday\nto build a park.\n\n"
        "Work starts soon.\n"
    )
    assert split_paragraphs(text) == [
        "Council Backs New Park",
        "RIVERTON — The council voted on Monday",
        "to build a park.",
        "Work starts soon.",
    ]


def test_unindented_hard_wrapped_text_is_joined():
    text = (
        "Bridge Reopens After Repairs\n\n"
        "The old river bridge reopened to traffic on Monday after six\n"
        "months of repairs that cost the city more than it had planned\n"
        "for, officials said at a short ceremony.\n"
        "Drivers welcomed the news.\n"
    )
    assert split_paragraphs(text)[1:] == [
        "The old river bridge reopened to traffic on Monday after six months of repairs "
        "that cost the city more than it had planned for, officials said at a short "
        "ceremony.",
        "Drivers welcomed the news.",
    ]


def test_windows_line_endings_and_bom():
    assert split_paragraphs("\ufeffTitle Here\r\nFirst line.\r\n") == ["Title Here", "First line."]


# -- headline -----------------------------------------------------------------------


def test_no_headline_when_text_opens_with_the_dateline():
    doc = parse_text("PORTVILLE (AP) — The port reopened.\nShips lined up at dawn.", quotes=False)
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.place == "PORTVILLE"
    assert doc.body == ["The port reopened.", "Ships lined up at dawn."]


def test_headline_shaped_like_a_dateline_is_a_headline_when_a_dateline_follows():
    text = "MARKET FOCUS - GRAIN TRADERS\n    CHICAGO, March 5 - Grain traders said prices fell.\n"
    doc = parse_text(text, quotes=False)
    assert doc.headline == "MARKET FOCUS - GRAIN TRADERS"
    assert doc.dateline is not None and doc.dateline.place == "CHICAGO"


def test_run_in_release_has_no_headline():
    words = " ".join(["The member announced new funding for local schools today."] * 8)
    doc = parse_text(words, quotes=False)
    assert doc.headline is None and doc.body == [words]


# -- subheadings --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Canada’s New Tariffs ‘Pointless,’ Ministry Says It Will Answer",
        "What Comes Next for the Harbour Project",
        "Talks in Geneva",
        "MARKET REACTION",
        "Minister Says Talks Will Resume",  # headline grammar
    ],
)
def test_subheading_lines(line):
    assert is_subheading(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council will meet again in May.",  # a sentence
        "“We Will Not Give Up on This Plan”",  # a quote
        "Residents were not told about the change",  # sentence case
        "The mayor said no",  # a reported statement
        "Reactions:",  # label
        "Background",  # one word
        "A Very Long Line That Goes On and On With Many Capitalised Words Far Beyond What "
        "Any Subheading Would Use in Practice Today",
        "[Video: Full Speech]",
    ],
)
def test_not_subheading_lines(line):
    assert not is_subheading(line)


def test_first_and_last_paragraph_are_never_subheadings():
    text = "Headline Here\nHARBORTOWN — Ships Arrive Early\nThe port was busy.\nClosing Time Notes"
    doc = parse_text(text, quotes=False)
    assert doc.subheadings == []
    assert doc.body[0] == "Ships Arrive Early" and doc.body[-1] == "Closing Time Notes"


# -- photos and bylines -------------------------------------------------------------


def test_caption_with_credit_between_paragraphs_leaves_the_body():
    text = (
        "Mayor Opens Library\n"
        "NORTHFIELD (AP) — The mayor opened the new library on Friday.\n"
        "The mayor cuts a ribbon at the entrance. (AP Photo/Jo Lane)\n"
        "Hundreds of residents came to see it."
    )
    doc = parse_text(text, quotes=False)
    assert [p.photographer for p in doc.photos] == ["Jo Lane"]
    assert doc.body == [
        "The mayor opened the new library on Friday.",
        "Hundreds of residents came to see it.",
    ]


def test_byline_becomes_authors():
    text = "Port Strike Ends\nBy Ann Vale and Rob Kerr\nDOVERTON (Reuters) - The strike ended."
    doc = parse_text(text, quotes=False)
    assert doc.authors == ["Ann Vale", "Rob Kerr"]
    assert doc.dateline is not None and doc.dateline.place == "DOVERTON"


# -- published ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday is never a date
        ("Talks Resume\nGENEVA (AFP) – Talks resumed on Thursday.", None),
        # a dateline date without a year is not resolved
        ("Talks Resume\nGENEVA, March 3 (AFP) – Talks resumed.", None),
        # a dateline date with its year is
        ("Talks Resume\nGENEVA, March 3, 2020 (AFP) – Talks resumed.", dt.date(2020, 3, 3)),
        # a line that is only a full date
        ("Talks Resume\nMarch 3, 2020\nGENEVA (AFP) – Talks resumed.", dt.date(2020, 3, 3)),
        ("Talks Resume\nPublished: 3 March 2020 10:15 GMT\nTalks resumed.", dt.date(2020, 3, 3)),
        ("Talks Resume\n2020-03-03\nTalks resumed.", dt.date(2020, 3, 3)),
        # a full date opening the text, before or after the dateline
        ("Talks Resume\nMarch 3, 2020 - GENEVA - Talks resumed.", dt.date(2020, 3, 3)),
        ("Talks Resume\nGENEVA – Mar. 3, 2020 – Talks resumed.", dt.date(2020, 3, 3)),
        # a date inside a sentence is not the publication date
        ("Talks Resume\nGENEVA (AFP) – Talks set for March 3, 2020 resumed.", None),
    ],
)
def test_published_only_from_absolute_dates(text, expected):
    doc = parse_text(text, quotes=False)
    assert doc.published == expected
    assert all("2020 –" not in p and not p.startswith("March 3") for p in doc.body)


# -- language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the talks with the union were over for now.", "en"),
        ("Der Minister sagte, dass die Gespräche mit der Gewerkschaft nicht zu Ende sind.", "de"),
        (
            "Le ministre a dit que les discussions avec le syndicat sont terminées pour la "
            "semaine.",
            "fr",
        ),
        ("El ministro dijo que las conversaciones con el sindicato se terminaron por ahora.", "es"),
        ("Министр сказал, что переговоры с профсоюзом не окончены и это ещё не всё.", "ru"),
        ("Міністр сказав, що переговори з профспілкою ще не закінчені і це не все.", "uk"),
        ("12 34 56", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


# -- quotes -------------------------------------------------------------------------


def test_quotes_come_from_the_quote_extractor():
    doc = parse_text(AGENCY_COPY)
    assert doc.quotes, "expected the quote extractor to find the envoy's quotes"
    assert all(0 <= q.paragraph < len(doc.body) for q in doc.quotes)
    assert parse_text(AGENCY_COPY, quotes=False).quotes == []


# -- the seed article ---------------------------------------------------------------


@pytest.mark.corpus
def test_seed_article_matches_expected_parse():
    seed = corpus_path("seed", "sputnik-stepanov-ottawa.txt")
    expected = json.loads(seed.with_name("sputnik-stepanov-ottawa.expected.json").read_text())
    doc = parse_text(seed.read_text(encoding="utf-8"))
    assert doc.headline == expected["headline"]
    assert doc.source == expected["source"]
    assert doc.dateline is not None
    assert {k: getattr(doc.dateline, k) for k in ("place", "agency", "raw")} == (
        expected["dateline"]
    )
    assert doc.subheadings == expected["subheadings"]
    assert doc.published is None
    assert len(doc.body) == expected["body_paragraphs"]
    [photo] = doc.photos
    want = expected["photos"][0]
    assert (photo.credit, photo.agency, photo.photographer, photo.caption) == (
        want["credit"],
        want["agency"],
        want["photographer"],
        want["caption"],
    )
    assert want["boilerplate_removed"] not in (photo.caption or "") + (photo.credit or "")


def test_style_rules_are_found_only_from_where_a_selector_starts():
    from importers.repair import repair_text
    from importers.text_patterns import STYLE_RULE_RE

    rule = "P.MsoNormal { MARGIN: 0in; mso-pagination: widow-orphan }"
    # Inside a run of selector characters, or in a long list of them, no rule starts:
    # each would be tried again from every character of the run.
    assert STYLE_RULE_RE.search("aP.MsoNormal { MARGIN: 0in }", 1) is None
    assert STYLE_RULE_RE.fullmatch(rule + " ") is not None
    # Declarations with no closing brace, and words and commas with no brace at all,
    # are text: they stay as they are, and a rule after them still goes.
    unclosed = "mso- x{" + "a: b; " * 2000
    assert repair_text(unclosed) == unclosed
    listed = "mso- { " + "a, " * 5000
    assert repair_text(listed) == listed
    assert (
        repair_text(listed + "Roe said. " + rule + " Roe left.") == listed + "Roe said. Roe left."
    )


def test_a_weekday_alone_above_the_dateline_is_no_headline():
    # The day a release went out, on its own line: neither the headline nor the body's
    # first paragraph, and the dateline after it is still read.
    lead = "WASHINGTON – Rep. Ann Holt backed the harbor bill on Tuesday."
    for day in ("Tuesday", "TUESDAY", "Tuesday, March 3"):
        doc = parse_text(f"{day}\n\n{lead}\n\nThe bill goes to the floor next week.")
        assert doc.headline is None, day
        assert doc.dateline is not None and doc.dateline.raw == "WASHINGTON –", day
        assert doc.body[0].startswith("Rep. Ann Holt backed"), day
        assert doc.published is None, day  # a weekday gives no date
    doc = parse_text(f"Holt Backs Harbor Bill\n\nTuesday\n\n{lead}")
    assert doc.headline == "Holt Backs Harbor Bill"
    assert doc.dateline is not None and doc.body[0].startswith("Rep. Ann Holt")


def test_a_weekday_above_a_title_and_the_dateline_is_no_headline():
    lead = "WASHINGTON – Rep. Ann Holt backed the harbor bill."
    doc = parse_text(f"Wednesday\n\nHolt Backs Harbor Bill\n\n{lead}\n\nA vote is set.")
    assert doc.headline == "Holt Backs Harbor Bill"
    assert doc.dateline is not None and doc.dateline.raw == "WASHINGTON –"
    assert doc.body == ["Rep. Ann Holt backed the harbor bill.", "A vote is set."]


SCHEDULE = [
    "Monday",
    "9 a.m. – Rep. Jane Roe tours the Elmdale pump station.",
    "Tuesday",
    "10 a.m. – Rep. Jane Roe meets harbor pilots in Dover.",
]


def test_weekdays_heading_a_schedules_parts_stay_in_the_text():
    # Another weekday alone further down: the weekdays head a schedule's days, so none
    # is a caption taken off, and no event is taken for the headline.
    doc = parse_text("\n\n".join(SCHEDULE))
    assert doc.headline == "Monday"
    assert doc.body == SCHEDULE[1:]
    doc = parse_text("\n\n".join(["Roe Weekly Schedule", *SCHEDULE]))
    assert doc.headline == "Roe Weekly Schedule"
    assert doc.body == SCHEDULE


def test_a_weekday_before_no_dateline_is_left_where_it_is():
    body = "The harbor was quiet on Sunday. Rep. Ann Holt walked the docks."
    for more in ([], ["The ferry ran late."]):
        doc = parse_text("\n\n".join(["Sunday.", body, *more]))
        assert doc.headline == "Sunday.", more
        assert doc.body == [body, *more], more
