"""Datelines: the `PLACE, Date (Agency) -` prefix that opens agency copy.

`extract_dateline(paragraph)` returns the parsed `Dateline` and the paragraph with the
dateline cut off, or None when the paragraph does not open with one. The regular
expression in `text_patterns` is loose; the checks here reject ordinary sentences of the
same shape ("Meanwhile, Trump — ...", "On March 13 - ...").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from importers import places
from importers import text_patterns as P
from importers.names import first_name_gender
from search.model import Dateline

# A bracketed place with no dash after it is at least this long ("(DOMA) and" is not one).
MIN_BRACKETED_LETTERS = 5


class DatelineMatch(NamedTuple):
    dateline: Dateline
    rest: str


def extract_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening `paragraph` and the text after it, or None."""
    m = P.DATELINE_RE.match(paragraph)
    if m is None:
        return _dated_place(paragraph)
    c = _Candidate.from_match(m)
    if not _is_dateline(c, paragraph[m.end() :]):
        return None
    if paragraph[m.end() - 1 : m.end()] == "-" and _hyphen_pair_closes(paragraph, m.end()):
        return None  # "ROE BACKS -GREEN FLEET- BUS PLAN": hyphens set as quotation marks
    end = m.end()
    date = c.date
    if date is None and (after := P.PAREN_DATE_AFTER_RE.match(paragraph, end)) is not None:
        date, end = _unwrap(after["date"]), after.end()
    raw = paragraph[:end].strip()
    region = ", ".join(c.regions) or None
    where = places.resolve(c.place, region)
    dateline = Dateline(
        place=c.place,
        agency=c.agency,
        raw=raw,
        date=date,
        region=region,
        canonical=where.canonical,
        canonical_region=where.region,
    )
    return DatelineMatch(dateline, paragraph[end:].strip())


# A place and its full date with no dash after them, the lead glued on or after a space
# ("Washington, July 13, 2013Congresswoman …", "WASHINGTON, D.C. April 16, 2008 The …").
_DATED_PLACE = re.compile(
    rf"\s*(?P<place>[A-Z][A-Za-z.'’]*(?:[ ][A-Z][A-Za-z.'’]*){{0,2}})"
    rf"(?:,\s*(?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?))?,?\s+"
    rf"(?P<date>{P.MONTH}\s+{P.DAY},\s*{P.YEAR})(?=[A-Z]|[ \t]+[A-Z])"
)


def _dated_place(paragraph: str) -> DatelineMatch | None:
    """A dateline of a place and a full date with no dash, the lead after it starting with
    a capital: only a place the gazetteer knows (in its written region), so a lead's
    opening words (`On Sunday, March 20, 2016, …`) and a release's label or weekday
    before a date (`FOR IMMEDIATE RELEASE September 25, 2012Team …`) are none."""
    m = _DATED_PLACE.match(paragraph)
    if m is None:
        return None
    place, region = m["place"], m["region"]
    if place.upper() in P.NOT_PLACES or not places.is_known(place, region):
        return None
    if region is not None and not places.region(region):
        return None
    where = places.resolve(place, region)
    dateline = Dateline(
        place=place,
        agency=None,
        raw=paragraph[: m.end()].strip(),
        date=m["date"],
        region=region,
        canonical=where.canonical,
        canonical_region=where.region,
    )
    return DatelineMatch(dateline, paragraph[m.end() :].strip())


# A phrase set between hyphens as between quotation marks is at most this many words.
HYPHEN_PAIR_WORDS = 3


def _hyphen_pair_closes(text: str, at: int) -> bool:
    """Whether the words from `at`, glued to a hyphen after a space ("-GREEN"), end in a
    hyphen glued to a capitalised word within a few words, no dash between ("… -GREEN
    FLEET- BUS PLAN"): the two hyphens are set as quotation marks around a title's phrase,
    and the first is no dash ending a dateline. A hyphen inside a word ("pre-K", "(D-OR)")
    or after a word in lower case closes no pair."""
    for word in text[at : at + 80].split()[:HYPHEN_PAIR_WORDS]:
        if len(word) > 1 and word[-1] == "-" and word[-2].isalpha():
            return word[:1].isupper()
        if any(c in word for c in "-" + P.DASHES):
            return False
    return False


def dateline_date(dateline: Dateline) -> dt.date | None:
    """The dateline's date when it carries a year; a month and day alone are not a date."""
    if not dateline.date:
        return None
    return parse_date(dateline.date) or _numeric_date(dateline.date)


_NUMERIC_DATE_RE = re.compile(P.NUMERIC_DATE)


def _numeric_date(text: str) -> dt.date | None:
    """`09/18/12` → 2012-09-18: a dateline's date in numbers is month first (the only
    numeric form the dateline pattern takes); a two-digit year is this century's up to
    the current year and the last century's after it (`1/2/69` → 1969). A date after
    today is none: a release is not dated in the future."""
    if _NUMERIC_DATE_RE.fullmatch(text.strip()) is None:
        return None
    month, day, year = (int(part) for part in text.strip().split("/"))
    today = dt.date.today()
    if year < 100:
        century = today.year // 100 * 100
        year += century if year <= today.year % 100 else century - 100
    date = _make_date(year, month, day)
    return date if date is not None and date <= today else None


def parse_date(text: str) -> dt.date | None:
    """`February 24, 2022`, `24 Feb. 2022` or `2022-02-24` → date; None without a year."""
    m = P.ISO_DATE_RE.search(text)
    if m:
        return _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = P.DATE_PARTS_RE.search(text)
    if m is None or not m["y"]:
        return None
    month = P.MONTHS[(m["m1"] or m["m2"])[:3].lower()]
    day = int((m["d1"] or m["d2"]).rstrip("stndrh"))  # "24th" → 24
    return _make_date(int(m["y"]), month, day)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "February 30"
        return None


# -- parts ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """The pieces of a possible dateline, before deciding whether it is one."""

    place: str
    regions: list[str]
    date: str | None
    loose_date: bool  # a misspelt date ("Narch 2"), only as good as the place
    date_after_comma: bool
    date_in_brackets: bool  # "Salem (March 3, 2009) –"
    agency: str | None
    agency_raw: str | None
    sep: str
    bracketed: bool  # "(Washington, DC) –": the whole dateline in parentheses
    glued_dash: bool  # "WASHINGTON-U.S. Rep.": a hyphen between the place and the text
    colon: bool  # "Washington, DC: The member …", "Washington D.C. (May 5, 2015) | …"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> _Candidate:
        place, regions = _split_district(m["place"], _regions(m["region"] or ""))
        agency_raw = m["agency"] or m["bare_agency"]
        return cls(
            place=place,
            regions=regions,
            date=m["date"] or m["loose_date"] or _unwrap(m["paren_date"]),
            loose_date=bool(m["loose_date"]),
            date_after_comma=bool(m["date_comma"]),
            date_in_brackets=bool(m["paren_date"]) and not (m["date"] or m["loose_date"]),
            agency=_agency(agency_raw),
            agency_raw=agency_raw,
            sep=m["sep"],
            bracketed=bool(m["open"]),
            glued_dash=bool(m["glued"]),
            colon=bool(m["colon"]),
        )


def _unwrap(text: str | None) -> str | None:
    """`(May 5, 2019)` → `May 5, 2019`; `[09/18/12]` → `09/18/12`."""
    return text.strip("()[] ").strip() or None if text else None


def _regions(text: str) -> list[str]:
    # "D.C.--": a region's word may swallow the first hyphen of the dash after it.
    return [r.strip().rstrip("-") for r in text.split(",") if r.strip().rstrip("-")]


def _split_district(place: str, regions: list[str]) -> tuple[str, list[str]]:
    """`Washington DC` → place `Washington`, region `DC`: the comma is often dropped."""
    # "Washington D.C.--": the place's last word may swallow the first hyphen of the dash
    m = P.PLACE_DISTRICT_RE.match(place.rstrip("-"))
    if m and not regions:
        place = m["place"]
        if place.endswith(".") and len(place.rsplit(None, 1)[-1]) > 4:
            place = place[:-1]  # "WASHINGTON. D.C. –": a stray full stop, not "St."
        return place, [m["code"]]
    return place, regions


def _agency(text: str | None) -> str | None:
    """`(Reuters)` → `Reuters`, `/TASS/` → `TASS`."""
    if not text:
        return None
    return text.strip("()/ ").strip() or None


# -- is it really a dateline? ----------------------------------------------------


def _is_dateline(c: _Candidate, rest: str) -> bool:
    if not _place_shape_ok(c) or any(not _region_ok(r) for r in c.regions):
        return False
    if not c.date and not _state_region(c) and _goes_on_in_capitals(rest):
        # "… ADVANCING JUSTICE–LOS ANGELES PRESS CONFERENCE …", "BILL - DID YOU KNOW …":
        # a dash inside a line set in capitals (a title, a label); a dateline's dash opens
        # the lead, a sentence. A date or a state after the place still tells a dateline.
        return False
    # TASS ends its dateline with a full stop after /TASS/; nobody else may.
    if c.sep.strip() == "." and not (c.agency_raw or "").startswith("/"):
        return False
    upper = _is_upper(c.place)
    if c.place.upper() in P.NOT_PLACES:
        return False
    if c.bracketed:
        # "(NCUA)", "(D-WI)" are acronyms and party codes: a bracketed place needs a
        # state or country, or to be a city the gazetteer knows; without a dash after
        # it, a state or country ("(Washington, DC) The House …", not "(DOMA) and").
        if not c.sep.strip() and not c.regions:
            # "(WASHINGTON) Congressman …": a city the gazetteer knows, a sentence after it;
            # a name several cities bear ("(SPRINGFIELD) Congressman …") when written in
            # capitals, as datelines are, and a lead's subject follows, as after a dash, its
            # state left unknown; in mixed case it is as often a person's surname in
            # brackets ("(Clinton) Ann Lee said …")
            return (
                sum(ch.isalpha() for ch in c.place) >= MIN_BRACKETED_LETTERS
                and rest[:1].isupper()
                and (
                    places.is_known(c.place)
                    or (upper and places.is_city_name(c.place) and _opens_lead(rest))
                )
            )
        if c.regions:
            return places.region(c.regions[-1]) is not None and not P.PARTY_CODE_RE.match(c.place)
        return places.is_known(c.place)
    if c.loose_date and not upper:
        return False
    if c.agency:
        return _agency_ok(c.agency) and (upper or c.agency.casefold() in P.KNOWN_AGENCIES)
    if c.colon:
        # A colon or a bar ends a dateline only after a state or a date in brackets.
        return (
            bool(c.regions or c.date)
            and (c.bracketed or places.is_known(c.place, ", ".join(c.regions) or None))
            and _state_region(c)
        )
    if c.glued_dash:
        return upper and places.is_known(c.place)  # "WASHINGTON-U.S. Rep. …", not "ANTI-Trust"
    if c.sep.startswith("--") and not (c.regions or c.date or c.agency):
        # "WASHINGTON--The", not "SMITH--John Arthur, 90": only a known city
        return places.is_known(c.place)
    if upper:
        listed = any(w.casefold() in ("and", "or", "&") for r in c.regions for w in r.split())
        if listed and not (c.date or places.region(c.regions[-1])):
            return False  # "NEAL, SARNO, AND SMITH-BOVE TO …": a list of names, not a place
        bare = not (c.date or c.regions)
        if bare and not c.agency and (_is_state_code(c.place) or P.INITIALS_RE.fullmatch(c.place)):
            return False  # "… Bronx NY –", "U.S. – Korea talks": a region without its place

        if bare and len(c.place.split()) > P.MAX_BARE_PLACE_WORDS:
            return False
        return True
    # A mixed-case place ("Sioux City", "Washington") needs corroboration: a date or
    # a state ("Dallas, TX –"); a capitalised sentence opener never qualifies.
    first = c.place.split()[0].casefold()
    # "The Woodlands, TX –" is a place; "The Mayor –" and "Today, TX" open sentences.
    if (
        first in P.SENTENCE_OPENERS
        and not (
            first == "the"
            and (
                _state_region(c)
                # "The Bronx – Today, Congressman Roe …": a place the gazetteer holds with its
                # article, a spaced dash and a lead's subject after it ("The Mayor –" is none)
                or (
                    not c.regions
                    and not c.date
                    and c.sep.strip()[:1] in P.DASH_CHARS
                    and c.sep[:1].isspace()
                    and _opens_lead(rest)
                    and _us_place(c.place)
                )
            )
        )
    ):
        return False
    if c.date:
        # "… Scholarship Fund May 3, 2011 –": a word in mixed case right before a full
        # date, no comma, state or brackets between, ends the line above a dated line
        return (
            c.date_after_comma
            or c.date_in_brackets
            or bool(c.regions and places.region(c.regions[-1]))
        )
    if c.regions:
        # "Dallas, TX –"; not "Las Vegas, Texas Shootings Washington, D.C. –".
        # "Omaha, NE. -": a state however abbreviated
        state = places.region(c.regions[-1])
        return (
            state is not None
            and state.code is not None
            and all(places.region(r) is not None for r in c.regions)
        )
    # "Washington - Rep. Doe said": a bare mixed-case place only when it is a known city
    # and a dash set apart ends it (not "Dist.-Texas"); a hyphen glued to the place is
    # set apart only when a lead's subject follows ("Amarillo- Congressman Roe"), since
    # "Dallas- Fort Worth" and "Chicago- Based" are one compound written loosely.
    spaced = (
        c.sep[:1].isspace() or c.sep.strip()[:1] in P.DASHES or (c.sep == "-" and _opens_lead(rest))
    )
    if not (spaced and c.sep.strip()[:1] in P.DASH_CHARS):
        return False
    # A name several cities bear ("Lakewood - Congresswoman Roe …") is a place when a
    # lead's subject follows its dash; its state is left unknown.
    return places.is_known(c.place) or (places.is_city_name(c.place) and _opens_lead(rest))


# Words in capitals, each with two letters or more, that open the text after a dash inside
# a line in capitals, not a lead ("LOS ANGELES PRESS …"; not "U.S. EPA Administrator …").
CAPITALS_RUN_WORDS = 3
_DATE_WORDS = re.compile(rf"(?i)(?:{'|'.join((*P.WEEKDAY_NAMES, *P.MONTH_NAMES))})\b")


def _goes_on_in_capitals(rest: str) -> bool:
    """`rest` opens with words in capitals, CAPITALS_RUN_WORDS of them before any word in
    lower or mixed case; words without letters ("7,", "2:30") or of one are passed over.
    A weekday's or a month's name among them is a date, which a dateline's dash may open
    on ("… – MONDAY, MAY 3, 2010 – …"): that is no run. Nor is a run that the same
    sentence goes on from in lower case: a lead whose first words are set in capitals
    ("– FEMA HAS APPROVED the request …", "– TODAY, REP. ANN ROE said …")."""
    run = 0
    words = rest.split(None, 2 * CAPITALS_RUN_WORDS)
    for at, word in enumerate(words[: 2 * CAPITALS_RUN_WORDS]):
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        if any(ch.islower() for ch in letters) or _DATE_WORDS.match(word):
            return False
        if len(letters) < 2:
            continue  # "A", "I": a capital alone tells no case
        run += 1
        if run == CAPITALS_RUN_WORDS:
            return not _goes_on_in_lower_case(" ".join(words[at + 1 :]))
    return False


def _goes_on_in_lower_case(text: str) -> bool:
    """The first word of `text` not set in capitals is a word in lower case ("the",
    "today"), not one opening a name or a sentence ("Rep.", "On", "You")."""
    for m in re.finditer(r"\S+", text):
        word = m.group()
        letters = [ch for ch in word if ch.isalpha()]
        if letters and not all(ch.isupper() for ch in letters):
            return all(ch.islower() for ch in letters)
    return False


# Words that open a lead after a dateline: "Amarillo- Congressman Roe said", "- Today, …".
_LEAD_OFFICES = frozenset(
    ("congressman", "congresswoman", "congressmember", "senator", "sen.", "rep.",
     "representative", "u.s.", "governor", "gov.", "mayor", "today", "yesterday",
     "tonight")
)  # fmt: skip


def _opens_lead(rest: str) -> bool:
    """Whether `rest` opens with an office, a time word or a known first name, as a lead
    does."""
    word = rest.split(None, 1)[0].rstrip(",;:") if rest.strip() else ""
    return word.casefold() in _LEAD_OFFICES or (
        word[:1].isupper() and first_name_gender(word) is not None
    )


def _place_shape_ok(c: _Candidate) -> bool:
    words = c.place.split()
    if not words or len(c.place) > 40 or sum(ch.isalpha() for ch in c.place) < 2:
        return False
    if words[0][0].isupper() and words[-1][0].isupper():
        # "Fond du Lac", "City of Industry": small words inside a place's name
        inner = words[1:-1]
        if all(w[0].isupper() or not w[0].isalpha() or w in P.PLACE_PARTICLES for w in inner):
            return True
    # All-lower-case copy ("sioux falls, april 7 - ...") is trusted only with a full
    # date after a comma, the one shape no sentence opening takes.
    return bool(c.date and c.date_after_comma and not c.loose_date and len(words) <= 3)


def _region_ok(region: str) -> bool:
    # "the Netherlands", "Puerto rico": the region's first proper word is capitalised.
    words = region.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][0].isupper()


def _us_place(place: str) -> bool:
    """The gazetteer holds `place` in a US state. A lead of a member's, an office's or an
    officer's comes from their district, so a bare "The X –" is a place there ("The Bronx",
    "The Dalles"); elsewhere the name is more likely a common noun the lead speaks of ("The
    Valley –", which the gazetteer holds only as Anguilla's capital)."""
    found = places.resolve(place)
    state = places.region(found.region) if found.known and found.region else None
    return state is not None and state.country == "US"


def _state_region(c: _Candidate) -> bool:
    return bool(c.regions) and all(places.region(r) is not None for r in c.regions)


def _is_state_code(place: str) -> bool:
    found = places.region(place)
    return found is not None and found.code is not None and len(place.strip(".")) <= 4


def _is_upper(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _agency_ok(agency: str) -> bool:
    words = agency.split()
    # "(D-Calif.)" and "(R)" follow politicians' names, not places.
    return 1 <= len(words) <= 4 and "-" not in agency and agency[0].isalpha() and len(agency) > 1
