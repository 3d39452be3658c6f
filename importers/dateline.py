"""Datelines: the `PLACE, Date (Agency) -` prefix that opens agency copy.

`extract_dateline(paragraph)` returns the parsed `Dateline` and the paragraph with the
dateline cut off, or None when the paragraph does not open with one. The regular
expression in `text_patterns` is loose; the checks here reject ordinary sentences of the
same shape ("Meanwhile, Trump — ...", "On March 13 - ...").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from importers import text_patterns as P
from search.model import Dateline


class DatelineMatch(NamedTuple):
    dateline: Dateline
    rest: str


def extract_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening `paragraph` and the text after it, or None."""
    m = P.DATELINE_RE.match(paragraph)
    if m is None:
        return None
    place, region = _split_district(m.group("place"), _regions(m.group("region")))
    agency = _agency(m.group("agency"))
    date = m.group("date")
    if not _is_dateline(place, region, date, agency, m.group("agency"), m.group("sep")):
        return None
    raw = paragraph[: m.end()].strip()
    dateline = Dateline(place=place, agency=agency, raw=raw, date=date)
    return DatelineMatch(dateline, paragraph[m.end() :].strip())


def dateline_date(dateline: Dateline) -> dt.date | None:
    """The dateline's date when it carries a year; a month and day alone are not a date."""
    return parse_date(dateline.date) if dateline.date else None


def parse_date(text: str) -> dt.date | None:
    """`February 24, 2022`, `24 Feb. 2022` or `2022-02-24` → date; None without a year."""
    m = P.ISO_DATE_RE.search(text)
    if m:
        return _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = P.DATE_PARTS_RE.search(text)
    if m is None or not m["y"]:
        return None
    month = P.MONTHS[(m["m1"] or m["m2"])[:3].lower()]
    day = int(re.sub(r"\D", "", m["d1"] or m["d2"]))
    return _make_date(int(m["y"]), month, day)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "February 30"
        return None


# -- parts ---------------------------------------------------------------------


def _regions(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


def _split_district(place: str, regions: list[str]) -> tuple[str, list[str]]:
    """`Washington DC` → place `Washington`, region `DC`: the comma is often dropped."""
    m = P.PLACE_DISTRICT_RE.match(place)
    if m and not regions:
        return m["place"], [m["code"]]
    return place, regions


def _agency(text: str | None) -> str | None:
    """`(Reuters)` → `Reuters`, `/TASS/` → `TASS`."""
    if not text:
        return None
    return text.strip("()/ ").strip() or None


# -- is it really a dateline? ----------------------------------------------------


def _is_dateline(
    place: str,
    regions: list[str],
    date: str | None,
    agency: str | None,
    agency_raw: str | None,
    sep: str,
) -> bool:
    if not _place_shape_ok(place) or any(not _region_ok(r) for r in regions):
        return False
    # TASS ends its dateline with a full stop after /TASS/; nobody else may.
    if sep.strip() == "." and not (agency_raw or "").startswith("/"):
        return False
    upper = _is_upper(place)
    if agency:
        return _agency_ok(agency) and (upper or agency.casefold() in P.KNOWN_AGENCIES)
    if upper:
        return place not in P.NOT_PLACES
    # A mixed-case place ("Sioux City", "Washington") needs corroboration: a date or
    # a state ("Dallas, TX –"); a capitalised sentence opener never qualifies.
    if _first_word(place).casefold() in P.SENTENCE_OPENERS:
        return False
    if date:
        return True
    return bool(regions) and regions[-1].casefold() in P.US_STATES


def _place_shape_ok(place: str) -> bool:
    words = place.split()
    if not words or len(place) > 40:
        return False
    # Every word of a place name is capitalised ("Sioux City", "ST. LOUIS").
    return all(w[0].isupper() for w in words) and sum(c.isalpha() for c in place) >= 2


def _region_ok(region: str) -> bool:
    return all(w[0].isupper() for w in region.split())


def _is_upper(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _agency_ok(agency: str) -> bool:
    words = agency.split()
    # "(D-Calif.)" and "(R)" follow politicians' names, not places.
    return 1 <= len(words) <= 4 and "-" not in agency and agency[0].isalpha() and len(agency) > 1


def _first_word(place: str) -> str:
    return place.split()[0]
