"""Headline, subheadline and dateline of congressional press releases, against our gold.

Usage: python -m press.eval_releases
           [--split dev|check|holdout|...|holdout32|all] [--misses]
       python -m press.eval_releases --draw [sample|holdout|holdout2|...|holdout32]

The gold (`tests/gold/releases.jsonl`) annotates 100 releases of
`congress-press-releases/releases.jsonl.gz` drawn by `draw_sample`, and 45 more drawn
later by `draw_holdout`, 50 of the remaining members by `draw_holdout2`, 150
releases of no earlier split by `draw_holdout3`, 84 more by `draw_holdout4`, 81 more
by `draw_holdout5`, 82 more by `draw_holdout6`, 83 more by `draw_holdout7`, 84 more
by `draw_holdout8`, 90 more by `draw_holdout9`, 85 more by `draw_holdout10`, 80
more by `draw_holdout11`, 80 more by `draw_holdout12`, 78 more by `draw_holdout13`,
90 more by `draw_holdout14`, 91 more by `draw_holdout15`, 89 more by
`draw_holdout16`, 81 more by `draw_holdout17`, 86 more by `draw_holdout18`, 89 more
by `draw_holdout19`, 91 more by `draw_holdout20`, 91 more by `draw_holdout21`, 92
more by `draw_holdout22`, 79 more by `draw_holdout23`, 84 more by `draw_holdout24`, 76
more by `draw_holdout25`, 90 more by `draw_holdout26`, 81 more by `draw_holdout27`, 90
more by `draw_holdout28`, 83 more by `draw_holdout29`, 86 more by `draw_holdout30`, 87
more by `draw_holdout31` and 85 more by `draw_holdout32`. It stores no corpus text: each
line names the release by its line number (1-based) and a hash of its text, and marks the
headline, subheadline and dateline as character spans of the record's `text`, with the
place names. The releases are split by member into `dev` (read it, write rules from it),
`check` and `holdout`
(score them, never read them to write rules; `holdout` was annotated after the parser's
rules were written) and `holdout2` (annotated before the rules that followed the first
holdout's figures were written; scored only at the end), `holdout3` (the same, for
the rules after holdout2's figures), `holdout4` (the same, for the rules after
holdout3's figures), `holdout5` (the same, for the rules after holdout4's figures:
read since holdout6 was labelled), `holdout6` (the same, for the rules after holdout5's
figures: read since holdout7 was labelled), `holdout7` (the same, for the rules after
holdout6's figures: read since holdout8 was labelled), `holdout8` (the same, for the
rules after holdout7's figures: read since holdout9 was labelled), `holdout9` (the
same, for the rules after holdout8's figures: read since holdout10 was labelled),
`holdout10` (the same, for the rules after holdout9's figures: read since holdout11
was labelled), `holdout11` (the same, for the rules after holdout10's figures: read
since holdout12 was labelled), `holdout12` (the same, for the rules after holdout11's
figures: read since holdout13 was labelled), `holdout13` (the same, for the rules after
holdout12's figures: read since holdout14 was labelled), `holdout14` (the same, for
the rules after holdout13's figures: read since holdout15 was labelled), `holdout15`
(the same, for the rules after holdout14's figures: read since holdout16 was labelled),
`holdout16` (the same, for the rules after holdout15's figures: read since holdout17 was
labelled), `holdout17` (the same, for the rules after holdout16's figures: read since
holdout18 was labelled), `holdout18` (the same, for the rules after holdout17's figures:
read since holdout19 was labelled), `holdout19` (the same, for the rules after
holdout18's figures: read since holdout20 was labelled), `holdout20` (the same, for the
rules after holdout19's figures: read since holdout21 was labelled), `holdout21` (the
same, for the rules after holdout20's figures: read since holdout22 was labelled),
`holdout22` (the same, for the rules after holdout21's figures: read since holdout23 was
labelled), `holdout23` (the same, for the rules after holdout22's figures: read since
holdout24 was labelled), `holdout24` (the same, for the rules after holdout23's
figures: read since holdout25 was labelled), `holdout25` (the same, for the rules after
holdout24's figures: read since holdout26 was labelled), `holdout26` (the same, for the
rules after holdout25's figures: read since holdout27 was labelled), `holdout27` (the
same, for the rules after holdout26's figures: read since holdout28 was labelled),
`holdout28` (the same, for the rules after holdout27's figures: read since holdout29 was
labelled), `holdout29` (the same, for the rules after holdout28's figures: read since
holdout30 was labelled), `holdout30` (the same, for the rules after holdout29's
figures: read since holdout31 was labelled), `holdout31` (the same, for the rules after
holdout30's figures: read since holdout32 was labelled) and `holdout32` (the same, for
the rules after holdout31's figures: its misses are never listed). Each of holdout5 to
holdout32 was labelled before any rule written from the split before it; every member
is in an earlier split, so they are held out by release, and none holds a candidate of
an earlier draw (those were read while it was labelled) nor, from holdout7 on, a
release of the speaker gold (`tests/gold/speakers.jsonl`).

Each release is parsed as `press import --map member=issuer --map text=text --map
date=published` parses it (`importers.records.document_from_record`).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from press.eval_common import REPO_ROOT, corpus_path, jsonl_lines
from search.model import Document

GOLD_PATH = REPO_ROOT / "tests" / "gold" / "releases.jsonl"
CORPUS_FILE = Path("congress-press-releases") / "releases.jsonl.gz"
FIELD_MAP = {"member": "issuer", "text": "text", "date": "published"}
SPLITS = (
    "dev",
    "check",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
)
# What `press evaluate releases` scores unless told: the newest holdout only when named.
DEFAULT_SPLITS = SPLITS[:-1]
# The newest holdout: scored when named, its disagreements never listed.
SEALED = "holdout32"

# The draw: fixed seed, years 2005–2019 in turn, at most two releases of one member.
SEED = 20261128
SAMPLE_SIZE = 100
YEARS = range(2005, 2020)
MAX_PER_MEMBER = 2
MIN_CHARS = 200  # a few records are scraps (a title alone); there is nothing to annotate
HOLDOUT_SEED = 20261129
HOLDOUT_SIZE = 45
# The second holdout: members in none of the splits above, one release each.
HOLDOUT2_SEED = 20261130
HOLDOUT2_SIZE = 50
# The third holdout: every member is in some split above, so it is held out by release:
# one release of each of 150 members, none of them in an earlier split, drawn with a
# seed of its own; three times the second holdout, so its titles are not a handful.
HOLDOUT3_SEED = 20261201
HOLDOUT3_SIZE = 150
# The fourth holdout, held out by release like the third: candidates are drawn in a
# seeded order (at most two of a member, none annotated before) and labelled in that
# order; the split keeps the first HOLDOUT4_PLAIN of them whatever they hold and, after
# those, every release the labels say carries a title, so titles are not a handful.
HOLDOUT4_SEED = 20261202
HOLDOUT4_CANDIDATES = 240
HOLDOUT4_PLAIN = 60
# The fifth holdout, drawn the same way from releases no earlier split holds and none of
# the fourth's candidates (read while it was labelled): the first HOLDOUT5_PLAIN as they
# come, then every later candidate whose labels say it carries a title.
HOLDOUT5_SEED = 20261203
HOLDOUT5_CANDIDATES = 200
HOLDOUT5_PLAIN = 50
# The sixth holdout, drawn the same way from releases no earlier split holds and none of
# the fourth's or fifth's candidates: the first HOLDOUT6_PLAIN as they come, then every
# later candidate whose labels say it carries a title.
HOLDOUT6_SEED = 20261204
HOLDOUT6_CANDIDATES = 200
HOLDOUT6_PLAIN = 55
# The seventh holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (this file's and the speaker gold's `SPEAKER_GOLD_SPLITS`;
# the speaker gold's eighth split was drawn alongside it, and the two share no
# release, `tests/test_gold_disjoint.py`) and none of the
# fourth's to sixth's candidates: the first HOLDOUT7_PLAIN as they come, then every
# later candidate whose labels say it carries a title.
HOLDOUT7_SEED = 20261205
HOLDOUT7_CANDIDATES = 200
HOLDOUT7_PLAIN = 50
# The eighth holdout, drawn the same way from releases no split of either gold file held
# when it was drawn (`HOLDOUT8_SPEAKER_LINES`) and none of the fourth's to seventh's
# candidates; a release the speaker gold took up later (`HOLDOUT8_LATER_SPEAKER_LINES`)
# is dropped from the drawn candidates, so the draw order of the rest stays.
HOLDOUT8_SEED = 20261206
HOLDOUT8_CANDIDATES = 260
HOLDOUT8_PLAIN = 50
# The ninth holdout, drawn the same way from releases no split of either gold file held
# when it was drawn (`HOLDOUT9_SPEAKER_LINES`) and none of the fourth's to eighth's
# candidates: the first HOLDOUT9_PLAIN as they come, then every later candidate whose
# labels say it carries a title.
HOLDOUT9_SEED = 20261207
HOLDOUT9_CANDIDATES = 260
HOLDOUT9_PLAIN = 50
# The tenth holdout, drawn the same way from releases no split of either gold file held
# when it was drawn (`HOLDOUT10_SPEAKER_LINES`) and none of the fourth's to ninth's
# candidates: the first HOLDOUT10_PLAIN as they come, then every later candidate whose
# labels say it carries a title.
HOLDOUT10_SEED = 20261208
HOLDOUT10_CANDIDATES = 260
HOLDOUT10_PLAIN = 50
# The eleventh holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT11_SPEAKER_LINES`) and none of the fourth's to tenth's
# candidates: the first HOLDOUT11_PLAIN as they come, then every later candidate whose
# labels say it carries a title.
HOLDOUT11_SEED = 20261209
HOLDOUT11_CANDIDATES = 260
HOLDOUT11_PLAIN = 50
# The twelfth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT12_SPEAKER_LINES`) and none of the fourth's to
# eleventh's candidates: the first HOLDOUT12_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT12_SEED = 20261210
HOLDOUT12_CANDIDATES = 260
HOLDOUT12_PLAIN = 50
# The thirteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT13_SPEAKER_LINES`) and none of the fourth's to
# twelfth's candidates: the first HOLDOUT13_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT13_SEED = 20261211
HOLDOUT13_CANDIDATES = 260
HOLDOUT13_PLAIN = 50
# The fourteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT14_SPEAKER_LINES`) and none of the fourth's to
# thirteenth's candidates: the first HOLDOUT14_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT14_SEED = 20261212
HOLDOUT14_CANDIDATES = 260
HOLDOUT14_PLAIN = 50
# The fifteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT15_SPEAKER_LINES`) and none of the fourth's to
# fourteenth's candidates: the first HOLDOUT15_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT15_SEED = 20261213
HOLDOUT15_CANDIDATES = 260
HOLDOUT15_PLAIN = 50
# The sixteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT16_SPEAKER_LINES`) and none of the fourth's to
# fifteenth's candidates: the first HOLDOUT16_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT16_SEED = 20261214
HOLDOUT16_CANDIDATES = 240
HOLDOUT16_PLAIN = 50
# The seventeenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT17_SPEAKER_LINES`) and none of the fourth's to
# sixteenth's candidates: the first HOLDOUT17_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT17_SEED = 20261215
HOLDOUT17_CANDIDATES = 240
HOLDOUT17_PLAIN = 50
# The eighteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT18_SPEAKER_LINES`) and none of the fourth's to
# seventeenth's candidates: the first HOLDOUT18_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT18_SEED = 20261216
HOLDOUT18_CANDIDATES = 240
HOLDOUT18_PLAIN = 50
# The nineteenth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT19_SPEAKER_LINES`) and none of the fourth's to
# eighteenth's candidates: the first HOLDOUT19_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT19_SEED = 20261217
HOLDOUT19_CANDIDATES = 240
HOLDOUT19_PLAIN = 50
# The twentieth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT20_SPEAKER_LINES`) and none of the fourth's to
# nineteenth's candidates: the first HOLDOUT20_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT20_SEED = 20261218
HOLDOUT20_CANDIDATES = 240
HOLDOUT20_PLAIN = 50
# The twenty-first holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT21_SPEAKER_LINES`) and none of the fourth's to
# twentieth's candidates: the first HOLDOUT21_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT21_SEED = 20261219
HOLDOUT21_CANDIDATES = 240
HOLDOUT21_PLAIN = 50
# The twenty-second holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT22_SPEAKER_LINES`) and none of the fourth's to
# twenty-first's candidates: the first HOLDOUT22_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT22_SEED = 20261220
HOLDOUT22_CANDIDATES = 240
HOLDOUT22_PLAIN = 50
# The twenty-third holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT23_SPEAKER_LINES`) and none of the fourth's to
# twenty-second's candidates: the first HOLDOUT23_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT23_SEED = 20261221
HOLDOUT23_CANDIDATES = 240
HOLDOUT23_PLAIN = 50
# The twenty-fourth holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT24_SPEAKER_LINES`) and none of the fourth's to
# twenty-third's candidates: the first HOLDOUT24_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT24_SEED = 20261222
HOLDOUT24_CANDIDATES = 240
HOLDOUT24_PLAIN = 50
# The twenty-fifth holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT25_SPEAKER_LINES`) and none of the fourth's to
# twenty-fourth's candidates: the first HOLDOUT25_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT25_SEED = 20261223
HOLDOUT25_CANDIDATES = 240
HOLDOUT25_PLAIN = 50
# The twenty-sixth holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT26_SPEAKER_LINES`) and none of the fourth's to
# twenty-fifth's candidates: the first HOLDOUT26_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT26_SEED = 20261224
HOLDOUT26_CANDIDATES = 240
HOLDOUT26_PLAIN = 50
# The twenty-seventh holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT27_SPEAKER_LINES`) and none of the fourth's to
# twenty-sixth's candidates: the first HOLDOUT27_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT27_SEED = 20261225
HOLDOUT27_CANDIDATES = 240
HOLDOUT27_PLAIN = 50
# The twenty-eighth holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT28_SPEAKER_LINES`) and none of the fourth's to
# twenty-seventh's candidates: the first HOLDOUT28_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT28_SEED = 20261226
HOLDOUT28_CANDIDATES = 240
HOLDOUT28_PLAIN = 50
# The twenty-ninth holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT29_SPEAKER_LINES`) and none of the fourth's to
# twenty-eighth's candidates: the first HOLDOUT29_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT29_SEED = 20261227
HOLDOUT29_CANDIDATES = 240
HOLDOUT29_PLAIN = 50
# The thirtieth holdout, drawn the same way from releases no split of either gold file
# held when it was drawn (`HOLDOUT30_SPEAKER_LINES`) and none of the fourth's to
# twenty-ninth's candidates: the first HOLDOUT30_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT30_SEED = 20261228
HOLDOUT30_CANDIDATES = 240
HOLDOUT30_PLAIN = 50
# The thirty-first holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT31_SPEAKER_LINES`) and none of the fourth's to
# thirtieth's candidates: the first HOLDOUT31_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT31_SEED = 20261229
HOLDOUT31_CANDIDATES = 240
HOLDOUT31_PLAIN = 50
# The thirty-second holdout, drawn the same way from releases no split of either gold
# file held when it was drawn (`HOLDOUT32_SPEAKER_LINES`) and none of the fourth's to
# thirty-first's candidates: the first HOLDOUT32_PLAIN as they come, then every later
# candidate whose labels say it carries a title.
HOLDOUT32_SEED = 20261230
HOLDOUT32_CANDIDATES = 240
HOLDOUT32_PLAIN = 50
SPEAKER_GOLD_PATH = REPO_ROOT / "tests" / "gold" / "speakers.jsonl"
SPEAKER_GOLD_SPLITS = (
    "dev",
    "check",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
)

_SPACE = re.compile(r"\s+")


# -- the sample ------------------------------------------------------------------


@dataclass(frozen=True)
class Pick:
    """One drawn release: its corpus line (1-based), member and split."""

    line: int
    member: str
    date: str
    split: str


def text_hash(text: str) -> str:
    """A short hash of a record's text, to notice a changed corpus."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def iter_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number from 1, record) for every line of the gzipped JSON-lines corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            yield number, json.loads(line)


def draw_sample(path: Path, size: int = SAMPLE_SIZE, seed: int = SEED) -> list[Pick]:
    """The sample, reproducibly: shuffle each year's releases with `seed`, take one
    release per year in turn (2005, 2006, … 2019, 2005, …), skipping a member already
    taken twice; then split the members in a seeded order so each half holds
    `size // 2` releases."""
    rng = random.Random(seed)
    picks = _draw(path, size, rng, exclude=set())
    taken = Counter(member for _, member, _ in picks)
    members = sorted(taken)
    rng.shuffle(members)
    dev: set[str] = set()
    filled = 0
    for member in members:
        if filled + taken[member] <= size // 2:
            dev.add(member)
            filled += taken[member]
    return sorted(
        (
            Pick(number, member, date, "dev" if member in dev else "check")
            for number, member, date in picks
        ),
        key=lambda pick: pick.line,
    )


def draw_holdout(path: Path) -> list[Pick]:
    """A later sample drawn the same way from members outside the first one, annotated
    after the parser's rules were written: none of it could have been read for them."""
    exclude = {pick.member for pick in draw_sample(path)}
    picks = _draw(path, HOLDOUT_SIZE, random.Random(HOLDOUT_SEED), exclude=exclude)
    return sorted(
        (Pick(number, member, date, "holdout") for number, member, date in picks),
        key=lambda pick: pick.line,
    )


def draw_holdout2(path: Path) -> list[Pick]:
    """A second holdout from the members in no earlier split, one release of each,
    annotated before the rules that followed the first holdout were written."""
    exclude = {pick.member for pick in draw_sample(path)}
    exclude |= {pick.member for pick in draw_holdout(path)}
    picks = _draw(path, HOLDOUT2_SIZE, random.Random(HOLDOUT2_SEED), exclude=exclude, per_member=1)
    return sorted(
        (Pick(number, member, date, "holdout2") for number, member, date in picks),
        key=lambda pick: pick.line,
    )


def draw_holdout3(path: Path) -> list[Pick]:
    """A third holdout, annotated before the rules that followed the second one's
    figures: one release of each of `HOLDOUT3_SIZE` members, no release of an earlier
    split (every member is in one, so it is held out by release, not by member)."""
    earlier = {"dev", "check", "holdout", "holdout2"}
    taken = {gold.line for gold in read_gold() if gold.split in earlier}
    picks = _draw(
        path,
        HOLDOUT3_SIZE,
        random.Random(HOLDOUT3_SEED),
        exclude=set(),
        per_member=1,
        skip_lines=taken,
    )
    return sorted(
        (Pick(number, member, date, "holdout3") for number, member, date in picks),
        key=lambda pick: pick.line,
    )


def _earlier_lines(path: Path, *splits: str) -> set[int]:
    """The corpus lines of the named earlier draws' candidates."""
    return set().union(*(_drawn_lines(split, path) for split in splits))


@functools.cache
def _drawn_lines(split: str, path: Path) -> frozenset[int]:
    """One draw's candidate lines, drawn once per corpus file (each later draw excludes
    every earlier one, which would otherwise read the corpus again for each)."""
    draw = {
        "holdout4": draw_holdout4,
        "holdout5": draw_holdout5,
        "holdout6": draw_holdout6,
        "holdout7": draw_holdout7,
        "holdout8": draw_holdout8,
        "holdout9": draw_holdout9,
        "holdout10": draw_holdout10,
        "holdout11": draw_holdout11,
        "holdout12": draw_holdout12,
        "holdout13": draw_holdout13,
        "holdout14": draw_holdout14,
        "holdout15": draw_holdout15,
        "holdout16": draw_holdout16,
        "holdout17": draw_holdout17,
        "holdout18": draw_holdout18,
        "holdout19": draw_holdout19,
        "holdout20": draw_holdout20,
        "holdout21": draw_holdout21,
        "holdout22": draw_holdout22,
        "holdout23": draw_holdout23,
        "holdout24": draw_holdout24,
        "holdout25": draw_holdout25,
        "holdout26": draw_holdout26,
        "holdout27": draw_holdout27,
        "holdout28": draw_holdout28,
        "holdout29": draw_holdout29,
        "holdout30": draw_holdout30,
        "holdout31": draw_holdout31,
        "holdout32": draw_holdout32,
    }[split]
    return frozenset(pick.line for pick in draw(path))


def _read_since_fourth(split: str) -> tuple[str, ...]:
    """The holdouts from the fourth up to `split` (not included): their candidates were
    read while they were labelled, so a later draw leaves them out."""
    return SPLITS[SPLITS.index("holdout4") : SPLITS.index(split)]


def _draw_beside_speakers(
    path: Path, split: str, candidates: int, seed: int, speaker_lines: tuple[int, ...]
) -> list[Pick]:
    """A later holdout's candidates: none of the fourth's to the previous holdout's
    candidates (read while those splits were labelled) and none of the speaker gold's
    releases frozen when `split` was drawn."""
    earlier = _earlier_lines(path, *_read_since_fourth(split)) | set(speaker_lines)
    return _draw_later(path, split, candidates, seed, earlier)


def draw_holdout4(path: Path) -> list[Pick]:
    """The fourth holdout's candidates in the order they were labelled (not sorted by
    line): at most two releases of a member, no release annotated in an earlier split.
    Which of them the split keeps is decided by the labels (see HOLDOUT4_PLAIN)."""
    return _draw_later(path, "holdout4", HOLDOUT4_CANDIDATES, HOLDOUT4_SEED, set())


def draw_holdout5(path: Path) -> list[Pick]:
    """The fifth holdout's candidates in the order they were labelled: at most two of
    a member, none annotated in an earlier split and none of the fourth's candidates."""
    fourth = _earlier_lines(path, "holdout4")
    return _draw_later(path, "holdout5", HOLDOUT5_CANDIDATES, HOLDOUT5_SEED, fourth)


def draw_holdout6(path: Path) -> list[Pick]:
    """The sixth holdout's candidates in the order they were labelled: at most two of a
    member, none annotated in an earlier split and none of the fourth's or fifth's
    candidates (both were read while those splits were labelled)."""
    earlier = _earlier_lines(path, "holdout4", "holdout5")
    return _draw_later(path, "holdout6", HOLDOUT6_CANDIDATES, HOLDOUT6_SEED, earlier)


def draw_holdout7(path: Path) -> list[Pick]:
    """The seventh holdout's candidates in the order they were labelled: at most two of
    a member, none annotated in an earlier split of either gold file and none of the
    fourth's to sixth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout7", HOLDOUT7_CANDIDATES, HOLDOUT7_SEED, HOLDOUT7_SPEAKER_LINES
    )


def draw_holdout8(path: Path) -> list[Pick]:
    """The eighth holdout's candidates in the order they were labelled: at most two of a
    member, none annotated in an earlier split of either gold file and none of the
    fourth's to seventh's candidates (read while those splits were labelled)."""
    earlier = _earlier_lines(path, *_read_since_fourth("holdout8"))
    earlier |= set(HOLDOUT8_SPEAKER_LINES)
    picks = _draw_later(path, "holdout8", HOLDOUT8_CANDIDATES, HOLDOUT8_SEED, earlier)
    return [pick for pick in picks if pick.line not in HOLDOUT8_LATER_SPEAKER_LINES]


def draw_holdout9(path: Path) -> list[Pick]:
    """The ninth holdout's candidates in the order they were labelled: at most two of a
    member, none annotated in an earlier split of either gold file and none of the
    fourth's to eighth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout9", HOLDOUT9_CANDIDATES, HOLDOUT9_SEED, HOLDOUT9_SPEAKER_LINES
    )


def draw_holdout10(path: Path) -> list[Pick]:
    """The tenth holdout's candidates in the order they were labelled: at most two of a
    member, none annotated in an earlier split of either gold file and none of the
    fourth's to ninth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout10", HOLDOUT10_CANDIDATES, HOLDOUT10_SEED, HOLDOUT10_SPEAKER_LINES
    )


def draw_holdout11(path: Path) -> list[Pick]:
    """The eleventh holdout's candidates in the order they were labelled: at most two of
    a member, none annotated in an earlier split of either gold file and none of the
    fourth's to tenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout11", HOLDOUT11_CANDIDATES, HOLDOUT11_SEED, HOLDOUT11_SPEAKER_LINES
    )


def draw_holdout12(path: Path) -> list[Pick]:
    """The twelfth holdout's candidates in the order they were labelled: at most two of
    a member, none annotated in an earlier split of either gold file and none of the
    fourth's to eleventh's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout12", HOLDOUT12_CANDIDATES, HOLDOUT12_SEED, HOLDOUT12_SPEAKER_LINES
    )


def draw_holdout13(path: Path) -> list[Pick]:
    """The thirteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twelfth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout13", HOLDOUT13_CANDIDATES, HOLDOUT13_SEED, HOLDOUT13_SPEAKER_LINES
    )


def draw_holdout14(path: Path) -> list[Pick]:
    """The fourteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to thirteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout14", HOLDOUT14_CANDIDATES, HOLDOUT14_SEED, HOLDOUT14_SPEAKER_LINES
    )


def draw_holdout15(path: Path) -> list[Pick]:
    """The fifteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to fourteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout15", HOLDOUT15_CANDIDATES, HOLDOUT15_SEED, HOLDOUT15_SPEAKER_LINES
    )


def draw_holdout16(path: Path) -> list[Pick]:
    """The sixteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to fifteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout16", HOLDOUT16_CANDIDATES, HOLDOUT16_SEED, HOLDOUT16_SPEAKER_LINES
    )


def draw_holdout17(path: Path) -> list[Pick]:
    """The seventeenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to sixteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout17", HOLDOUT17_CANDIDATES, HOLDOUT17_SEED, HOLDOUT17_SPEAKER_LINES
    )


def draw_holdout18(path: Path) -> list[Pick]:
    """The eighteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to seventeenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout18", HOLDOUT18_CANDIDATES, HOLDOUT18_SEED, HOLDOUT18_SPEAKER_LINES
    )


def draw_holdout19(path: Path) -> list[Pick]:
    """The nineteenth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to eighteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout19", HOLDOUT19_CANDIDATES, HOLDOUT19_SEED, HOLDOUT19_SPEAKER_LINES
    )


def draw_holdout20(path: Path) -> list[Pick]:
    """The twentieth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to nineteenth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout20", HOLDOUT20_CANDIDATES, HOLDOUT20_SEED, HOLDOUT20_SPEAKER_LINES
    )


def draw_holdout21(path: Path) -> list[Pick]:
    """The twenty-first holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twentieth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout21", HOLDOUT21_CANDIDATES, HOLDOUT21_SEED, HOLDOUT21_SPEAKER_LINES
    )


def draw_holdout22(path: Path) -> list[Pick]:
    """The twenty-second holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-first's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout22", HOLDOUT22_CANDIDATES, HOLDOUT22_SEED, HOLDOUT22_SPEAKER_LINES
    )


def draw_holdout23(path: Path) -> list[Pick]:
    """The twenty-third holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-second's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout23", HOLDOUT23_CANDIDATES, HOLDOUT23_SEED, HOLDOUT23_SPEAKER_LINES
    )


def draw_holdout24(path: Path) -> list[Pick]:
    """The twenty-fourth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-third's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout24", HOLDOUT24_CANDIDATES, HOLDOUT24_SEED, HOLDOUT24_SPEAKER_LINES
    )


def draw_holdout25(path: Path) -> list[Pick]:
    """The twenty-fifth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-fourth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout25", HOLDOUT25_CANDIDATES, HOLDOUT25_SEED, HOLDOUT25_SPEAKER_LINES
    )


def draw_holdout26(path: Path) -> list[Pick]:
    """The twenty-sixth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-fifth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout26", HOLDOUT26_CANDIDATES, HOLDOUT26_SEED, HOLDOUT26_SPEAKER_LINES
    )


def draw_holdout27(path: Path) -> list[Pick]:
    """The twenty-seventh holdout's candidates in the order they were labelled: at most
    two of a member, none annotated in an earlier split of either gold file and none of
    the fourth's to twenty-sixth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout27", HOLDOUT27_CANDIDATES, HOLDOUT27_SEED, HOLDOUT27_SPEAKER_LINES
    )


def draw_holdout28(path: Path) -> list[Pick]:
    """The twenty-eighth holdout's candidates in the order they were labelled: at most
    two of a member, none annotated in an earlier split of either gold file and none of
    the fourth's to twenty-seventh's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout28", HOLDOUT28_CANDIDATES, HOLDOUT28_SEED, HOLDOUT28_SPEAKER_LINES
    )


def draw_holdout29(path: Path) -> list[Pick]:
    """The twenty-ninth holdout's candidates in the order they were labelled: at most
    two of a member, none annotated in an earlier split of either gold file and none of
    the fourth's to twenty-eighth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout29", HOLDOUT29_CANDIDATES, HOLDOUT29_SEED, HOLDOUT29_SPEAKER_LINES
    )


def draw_holdout30(path: Path) -> list[Pick]:
    """The thirtieth holdout's candidates in the order they were labelled: at most two
    of a member, none annotated in an earlier split of either gold file and none of the
    fourth's to twenty-ninth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout30", HOLDOUT30_CANDIDATES, HOLDOUT30_SEED, HOLDOUT30_SPEAKER_LINES
    )


def draw_holdout31(path: Path) -> list[Pick]:
    """The thirty-first holdout's candidates in the order they were labelled: at most
    two of a member, none annotated in an earlier split of either gold file and none of
    the fourth's to thirtieth's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout31", HOLDOUT31_CANDIDATES, HOLDOUT31_SEED, HOLDOUT31_SPEAKER_LINES
    )


def draw_holdout32(path: Path) -> list[Pick]:
    """The thirty-second holdout's candidates in the order they were labelled: at most
    two of a member, none annotated in an earlier split of either gold file and none of
    the fourth's to thirty-first's candidates (read while those splits were labelled)."""
    return _draw_beside_speakers(
        path, "holdout32", HOLDOUT32_CANDIDATES, HOLDOUT32_SEED, HOLDOUT32_SPEAKER_LINES
    )


# Every release the speaker gold held when the eighth holdout was drawn (corpus lines,
# 1-based), frozen like `HOLDOUT7_SPEAKER_LINES`.
# fmt: off
HOLDOUT8_SPEAKER_LINES = (
    262, 293, 668, 1122, 1139, 1274, 1619, 1784, 3350, 3801, 3843, 3914, 4020, 4779, 4838,
    5242, 6062, 6235, 6896, 7128, 7160, 7177, 7713, 8570, 8667, 8780, 9046, 9153, 9193,
    9932, 10419, 11365, 11765, 12008, 12326, 12969, 13098, 13512, 13520, 13549, 14541,
    14641, 15077, 15687, 17240, 17478, 18301, 18624, 18844, 18869, 18920, 19188, 19501,
    19957, 20052, 20073, 20504, 20705, 20775, 21153, 21201, 21395, 21722, 21978, 23094,
    23343, 23552, 23664, 23895, 24466, 25437, 26641, 26752, 27146, 27168, 27365, 27531,
    27588, 27685, 28168, 28467, 28730, 29281, 29304, 29335, 30206, 30223, 31029, 32607,
    33717, 34067, 34142, 34207, 34260, 34495, 34833, 35121, 35416, 35436, 35898, 35917,
    36119, 36371, 36619, 36937, 37029, 38181, 39054, 39421, 39794, 40415, 41359, 41512,
    42059, 42347, 43062, 43099, 43128, 43986, 44791, 45067, 46104, 46368, 46798, 47412,
    47900, 47977, 48278, 48294, 48944, 49025, 49455, 49496, 50105, 50491, 50589, 51184,
    52550, 52752, 52816, 52820, 53235, 53376, 53404, 53952, 54227, 54451, 54496, 54746,
    54843, 55446, 55545, 56332, 56434, 57331, 57751, 57804, 58659, 58868, 59702, 59840,
    60188, 60710, 61510, 63087, 63828, 64330, 64484, 64506, 64510, 65260, 65716, 66087,
    66099, 66166, 67136, 68049, 68290, 68967, 69655, 69732, 69885, 69961, 70096, 70405,
    70568, 71201, 71246, 71482, 71565, 71618, 71619, 71739, 72021, 72599, 73133, 73204,
    73386, 73479, 73776, 74161, 74225, 74243, 74309, 74413, 74435, 74585, 74590, 74748,
    75234, 75612, 75905, 75928, 76202, 76435, 76724, 76736, 76752, 76791, 76802, 76938,
    76963, 77058, 77240, 77465, 77472, 77575, 77881, 77939, 78483, 78741, 78818, 79021,
    79058, 79117, 79267, 79425, 79588, 79707, 79766, 79795, 79884, 79889, 79970, 80424,
    80480, 80554, 80698, 80709, 80750, 81277, 81350, 81673, 81732, 81755, 82285, 83047,
    83102, 83113, 83409, 83773, 84146, 84311, 84464, 84580, 84587, 84805, 85470, 85505,
    85585, 85604, 85677, 85750, 85754, 85759, 85901, 86014, 86018, 86273, 86317, 86328,
    86452, 86689, 86775, 86988, 86995, 87046, 87614, 88072, 88246, 88377, 88443, 88496,
    88621, 89099, 90044, 90102, 90141, 90432, 90635, 90854, 91094, 91144, 91181, 91292,
    91691, 91748, 91762, 91850, 91856, 91927, 91975, 92178, 92189, 92247, 92273, 92447,
    92464, 92655, 92711, 92733, 93251, 93257, 93360, 93764, 93986, 94182, 94230, 94674,
    94888, 95648, 96168, 97109, 97232, 97574, 97828, 97865, 97881, 97883, 98122, 98193,
    98195, 98581, 99177, 99531, 99837, 100203, 100324, 100355, 100855, 100923, 100960,
    101258, 102026, 102047, 102225, 102552, 103448, 104819, 105009,
)
# fmt: on
# Every release the speaker gold held when the ninth holdout was drawn (corpus lines,
# 1-based; its holdout10 included), frozen like `HOLDOUT8_SPEAKER_LINES`.
# fmt: off
HOLDOUT9_SPEAKER_LINES = (
    262, 293, 489, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801, 3843, 3914,
    4020, 4195, 4705, 4779, 4838, 5242, 6062, 6235, 6896, 7081, 7128, 7160, 7177, 7713,
    8570, 8667, 8780, 9046, 9153, 9193, 9932, 10419, 10729, 11365, 11765, 12008, 12326,
    12969, 13098, 13512, 13520, 13549, 14541, 14641, 15077, 15194, 15687, 17240, 17478,
    18301, 18624, 18844, 18869, 18920, 19188, 19501, 19957, 20052, 20073, 20504, 20705,
    20775, 21153, 21201, 21395, 21426, 21722, 21978, 22015, 22651, 23094, 23343, 23552,
    23664, 23895, 24466, 25437, 25988, 26641, 26717, 26752, 27146, 27168, 27365, 27525,
    27531, 27588, 27685, 27762, 28168, 28317, 28467, 28730, 29281, 29304, 29335, 29880,
    30206, 30223, 31029, 32607, 33717, 33887, 34067, 34142, 34207, 34260, 34495, 34833,
    35121, 35416, 35436, 35753, 35898, 35917, 36119, 36371, 36619, 36937, 37029, 38181,
    39054, 39421, 39794, 40415, 41359, 41512, 42059, 42347, 42359, 42430, 43062, 43099,
    43128, 43568, 43986, 44791, 45067, 46104, 46334, 46368, 46798, 47412, 47900, 47977,
    48029, 48278, 48294, 48944, 49025, 49455, 49496, 49816, 50105, 50491, 50589, 51184,
    52550, 52752, 52816, 52820, 53103, 53235, 53376, 53404, 53610, 53952, 54227, 54451,
    54496, 54746, 54843, 55446, 55545, 56332, 56434, 57331, 57751, 57804, 58659, 58868,
    59702, 59840, 60188, 60710, 61510, 62166, 63087, 63828, 64315, 64330, 64484, 64506,
    64510, 65260, 65716, 66087, 66099, 66166, 66271, 67136, 68049, 68105, 68290, 68967,
    69655, 69732, 69885, 69961, 70096, 70405, 70568, 71201, 71246, 71370, 71446, 71482,
    71565, 71618, 71619, 71739, 71819, 72021, 72599, 73133, 73204, 73386, 73479, 73776,
    74161, 74196, 74225, 74227, 74243, 74309, 74398, 74413, 74435, 74578, 74585, 74590,
    74748, 75234, 75263, 75612, 75905, 75928, 76202, 76435, 76724, 76736, 76752, 76791,
    76802, 76938, 76963, 76989, 77058, 77240, 77465, 77472, 77575, 77881, 77939, 78078,
    78483, 78741, 78818, 79011, 79021, 79058, 79117, 79209, 79267, 79425, 79588, 79707,
    79761, 79766, 79795, 79884, 79889, 79896, 79970, 80230, 80297, 80424, 80480, 80554,
    80604, 80698, 80709, 80750, 81025, 81277, 81350, 81673, 81732, 81755, 82285, 83047,
    83102, 83113, 83409, 83773, 84146, 84311, 84464, 84580, 84587, 84773, 84805, 85470,
    85505, 85562, 85585, 85604, 85673, 85677, 85750, 85754, 85759, 85901, 86014, 86018,
    86070, 86273, 86283, 86317, 86328, 86452, 86546, 86689, 86775, 86983, 86988, 86995,
    87046, 87614, 88072, 88246, 88376, 88377, 88443, 88496, 88514, 88621, 89099, 90044,
    90102, 90112, 90141, 90241, 90432, 90460, 90635, 90854, 91094, 91142, 91144, 91181,
    91292, 91691, 91748, 91762, 91806, 91833, 91850, 91856, 91900, 91927, 91975, 92106,
    92178, 92189, 92247, 92260, 92273, 92447, 92464, 92655, 92711, 92733, 92800, 92843,
    93225, 93251, 93257, 93360, 93764, 93976, 93986, 94182, 94230, 94474, 94674, 94888,
    95648, 96168, 97109, 97159, 97232, 97574, 97828, 97865, 97881, 97883, 98072, 98122,
    98141, 98193, 98195, 98581, 99177, 99531, 99837, 100108, 100203, 100324, 100355, 100605,
    100855, 100908, 100923, 100939, 100960, 101258, 102026, 102047, 102225, 102552, 103398,
    103448, 104819, 105009,
)
# fmt: on

# Every release the speaker gold held when the tenth holdout was drawn (corpus lines,
# 1-based; its holdout11 included), frozen like `HOLDOUT9_SPEAKER_LINES`.
# fmt: off
HOLDOUT10_SPEAKER_LINES = (
    262, 293, 385, 489, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801, 3843,
    3914, 4020, 4195, 4553, 4705, 4779, 4838, 5242, 5626, 6062, 6235, 6896, 7081, 7128,
    7160, 7177, 7713, 8570, 8667, 8780, 9046, 9153, 9193, 9932, 10419, 10729, 11365,
    11765, 12008, 12326, 12969, 13098, 13512, 13520, 13549, 13588, 14541, 14641, 15077,
    15194, 15687, 17240, 17478, 18301, 18624, 18844, 18869, 18920, 19188, 19501, 19954,
    19957, 20052, 20073, 20504, 20705, 20775, 21153, 21201, 21395, 21426, 21722, 21978,
    22015, 22651, 23094, 23343, 23552, 23664, 23834, 23895, 24466, 25437, 25683, 25988,
    26641, 26717, 26752, 27033, 27146, 27168, 27365, 27525, 27531, 27588, 27685, 27762,
    28168, 28317, 28467, 28730, 29281, 29304, 29335, 29880, 30206, 30210, 30223, 31029,
    32607, 33717, 33887, 34067, 34142, 34173, 34207, 34260, 34495, 34833, 35121, 35416,
    35430, 35436, 35753, 35898, 35917, 36119, 36371, 36619, 36937, 37029, 38181, 39054,
    39219, 39421, 39794, 40415, 41359, 41512, 42059, 42347, 42359, 42430, 43062, 43099,
    43128, 43568, 43986, 44179, 44791, 45067, 46104, 46334, 46368, 46798, 47412, 47900,
    47977, 48029, 48278, 48294, 48944, 49025, 49455, 49496, 49816, 50105, 50491, 50589,
    51184, 52550, 52752, 52816, 52820, 53103, 53235, 53376, 53404, 53610, 53952, 54227,
    54451, 54496, 54746, 54843, 55446, 55545, 55759, 56332, 56434, 57331, 57751, 57804,
    58659, 58868, 59702, 59840, 59906, 60188, 60710, 61510, 62166, 63087, 63264, 63828,
    64315, 64330, 64484, 64506, 64510, 65260, 65716, 66083, 66087, 66099, 66166, 66271,
    67136, 68049, 68105, 68290, 68608, 68967, 69655, 69732, 69885, 69961, 70096, 70168,
    70405, 70568, 71201, 71246, 71370, 71446, 71482, 71565, 71618, 71619, 71739, 71819,
    71825, 72021, 72580, 72599, 73133, 73204, 73386, 73479, 73776, 74161, 74196, 74225,
    74227, 74243, 74309, 74370, 74398, 74413, 74435, 74506, 74554, 74578, 74585, 74590,
    74748, 75234, 75263, 75344, 75612, 75905, 75928, 76202, 76435, 76724, 76736, 76752,
    76791, 76802, 76938, 76963, 76989, 77058, 77240, 77465, 77472, 77575, 77881, 77939,
    78078, 78483, 78635, 78741, 78818, 79011, 79021, 79058, 79117, 79209, 79267, 79425,
    79588, 79707, 79761, 79766, 79795, 79884, 79889, 79896, 79970, 80230, 80297, 80424,
    80480, 80554, 80604, 80698, 80709, 80750, 81025, 81277, 81350, 81491, 81673, 81732,
    81755, 82285, 83047, 83102, 83113, 83409, 83773, 84146, 84311, 84464, 84580, 84587,
    84773, 84805, 85470, 85505, 85522, 85562, 85585, 85604, 85673, 85677, 85750, 85754,
    85759, 85901, 85988, 86014, 86018, 86070, 86202, 86273, 86283, 86317, 86328, 86452,
    86546, 86689, 86775, 86983, 86988, 86995, 87046, 87614, 88072, 88246, 88376, 88377,
    88443, 88496, 88514, 88621, 89099, 90044, 90057, 90102, 90112, 90141, 90241, 90390,
    90432, 90460, 90635, 90677, 90854, 91094, 91142, 91144, 91181, 91292, 91691, 91748,
    91762, 91806, 91833, 91850, 91856, 91900, 91927, 91975, 92106, 92178, 92189, 92247,
    92260, 92273, 92447, 92464, 92465, 92655, 92711, 92733, 92783, 92800, 92843, 93216,
    93225, 93251, 93257, 93360, 93764, 93976, 93986, 94115, 94182, 94230, 94474, 94674,
    94888, 95648, 96168, 97109, 97159, 97232, 97574, 97726, 97828, 97865, 97881, 97883,
    98072, 98122, 98141, 98193, 98195, 98377, 98581, 99177, 99531, 99837, 100108,
    100203, 100324, 100355, 100605, 100855, 100908, 100923, 100939, 100960, 101258,
    102026, 102047, 102225, 102552, 103046, 103398, 103448, 104819, 105009,
)
# fmt: on

# Every release the speaker gold held when the eleventh holdout was drawn (corpus lines,
# 1-based; its holdout12 included), frozen like `HOLDOUT10_SPEAKER_LINES`.
# fmt: off
HOLDOUT11_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801,
    3843, 3914, 4020, 4195, 4553, 4698, 4705, 4779, 4838, 4895, 5242, 5626, 6062, 6235,
    6896, 7081, 7128, 7160, 7177, 7713, 8570, 8667, 8713, 8780, 9046, 9153, 9193, 9932,
    10419, 10729, 11365, 11765, 12008, 12326, 12969, 13098, 13512, 13520, 13549, 13588,
    14541, 14641, 15077, 15194, 15406, 15687, 17240, 17478, 18301, 18624, 18844, 18869,
    18920, 19132, 19188, 19501, 19954, 19957, 20052, 20073, 20195, 20504, 20705, 20775,
    21153, 21201, 21395, 21426, 21722, 21978, 22015, 22235, 22651, 23094, 23343, 23552,
    23664, 23834, 23895, 24466, 25437, 25467, 25683, 25988, 26641, 26717, 26752, 27033,
    27146, 27168, 27365, 27525, 27531, 27588, 27685, 27762, 28168, 28317, 28467, 28730,
    29281, 29304, 29335, 29880, 30143, 30206, 30210, 30223, 30292, 31029, 32607, 33717,
    33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34833, 35121, 35416, 35430,
    35436, 35753, 35898, 35917, 36119, 36371, 36611, 36619, 36937, 37011, 37029, 38181,
    39054, 39219, 39421, 39794, 40199, 40415, 41359, 41474, 41512, 42059, 42347, 42359,
    42430, 43062, 43099, 43128, 43568, 43986, 44179, 44791, 45067, 46104, 46334, 46368,
    46798, 47412, 47900, 47977, 48029, 48278, 48294, 48944, 49025, 49455, 49496, 49816,
    50105, 50491, 50589, 50711, 51184, 52550, 52595, 52752, 52816, 52820, 53103, 53235,
    53376, 53404, 53610, 53952, 54227, 54451, 54496, 54746, 54843, 55446, 55545, 55759,
    55839, 56332, 56434, 57331, 57751, 57804, 58659, 58868, 59702, 59840, 59906, 60188,
    60710, 61510, 62097, 62166, 62476, 63087, 63264, 63828, 64121, 64315, 64330, 64484,
    64506, 64510, 65235, 65260, 65716, 66083, 66087, 66099, 66166, 66271, 67136, 68049,
    68105, 68290, 68608, 68967, 69655, 69732, 69885, 69961, 70096, 70168, 70405, 70568,
    71201, 71246, 71370, 71446, 71482, 71565, 71618, 71619, 71739, 71819, 71825, 72021,
    72580, 72599, 73133, 73204, 73258, 73386, 73479, 73655, 73776, 74161, 74196, 74225,
    74227, 74243, 74309, 74370, 74398, 74413, 74435, 74506, 74554, 74578, 74585, 74590,
    74748, 75172, 75234, 75263, 75344, 75612, 75905, 75928, 76202, 76435, 76724, 76736,
    76752, 76791, 76802, 76938, 76963, 76989, 77058, 77240, 77465, 77472, 77575, 77686,
    77881, 77939, 78078, 78483, 78635, 78741, 78746, 78818, 79011, 79021, 79058, 79117,
    79209, 79267, 79300, 79425, 79588, 79707, 79761, 79766, 79795, 79884, 79889, 79896,
    79970, 80230, 80297, 80424, 80480, 80554, 80604, 80698, 80709, 80750, 81025, 81277,
    81350, 81491, 81673, 81732, 81755, 82285, 83021, 83047, 83102, 83113, 83409, 83773,
    83794, 84130, 84146, 84311, 84464, 84580, 84587, 84773, 84805, 85470, 85505, 85522,
    85562, 85585, 85604, 85673, 85677, 85750, 85754, 85759, 85901, 85975, 85988, 86014,
    86018, 86070, 86202, 86273, 86283, 86317, 86328, 86452, 86546, 86689, 86775, 86983,
    86988, 86995, 87046, 87614, 88072, 88117, 88246, 88376, 88377, 88443, 88463, 88496,
    88514, 88621, 89099, 90044, 90057, 90102, 90112, 90141, 90241, 90390, 90432, 90460,
    90635, 90677, 90854, 91094, 91142, 91144, 91181, 91292, 91691, 91748, 91762, 91806,
    91812, 91833, 91850, 91856, 91900, 91927, 91975, 92106, 92178, 92189, 92247, 92260,
    92273, 92447, 92464, 92465, 92655, 92711, 92733, 92783, 92800, 92843, 93216, 93225,
    93251, 93257, 93360, 93764, 93976, 93986, 94115, 94182, 94230, 94474, 94674, 94888,
    95648, 96168, 96960, 97109, 97159, 97232, 97574, 97726, 97828, 97865, 97881, 97883,
    98072, 98076, 98122, 98141, 98193, 98195, 98377, 98581, 99177, 99531, 99837, 100108,
    100203, 100324, 100355, 100605, 100803, 100855, 100908, 100923, 100939, 100960, 101258,
    102026, 102047, 102225, 102552, 102695, 103046, 103398, 103448, 104819, 105009,
)
# fmt: on


# Every release the speaker gold held when the twelfth holdout was drawn (corpus lines,
# 1-based; its holdout13 included), frozen like `HOLDOUT11_SPEAKER_LINES`.
# fmt: off
HOLDOUT12_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350,
    3801, 3843, 3914, 4020, 4195, 4553, 4698, 4705, 4720, 4779, 4838, 4895, 5160, 5242,
    5626, 6062, 6235, 6811, 6896, 7081, 7128, 7160, 7177, 7713, 8570, 8667, 8713, 8721,
    8780, 9046, 9153, 9193, 9932, 10419, 10662, 10729, 11365, 11765, 12008, 12326,
    12969, 13098, 13512, 13520, 13549, 13588, 14541, 14641, 15014, 15077, 15194, 15406,
    15687, 16704, 17240, 17478, 18060, 18301, 18624, 18844, 18869, 18920, 18989, 19132,
    19188, 19501, 19954, 19957, 20052, 20073, 20195, 20504, 20705, 20775, 21153, 21181,
    21201, 21395, 21426, 21722, 21978, 22015, 22235, 22651, 23094, 23343, 23552, 23664,
    23834, 23895, 24466, 25437, 25467, 25683, 25988, 26641, 26717, 26752, 27033, 27146,
    27168, 27365, 27474, 27525, 27531, 27588, 27685, 27762, 28168, 28317, 28467, 28730,
    29281, 29304, 29335, 29880, 30143, 30206, 30210, 30223, 30292, 31029, 32607, 33717,
    33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 35121, 35416,
    35430, 35436, 35753, 35898, 35917, 36119, 36371, 36611, 36619, 36672, 36937, 37011,
    37029, 38181, 39054, 39219, 39421, 39794, 40199, 40415, 41359, 41474, 41512, 42059,
    42225, 42347, 42359, 42430, 43062, 43099, 43128, 43568, 43986, 44179, 44791, 45067,
    46104, 46334, 46368, 46798, 47412, 47900, 47977, 48029, 48278, 48294, 48944, 49025,
    49455, 49496, 49816, 50105, 50491, 50589, 50711, 51070, 51184, 52550, 52595, 52752,
    52816, 52820, 53103, 53235, 53376, 53404, 53610, 53952, 54227, 54451, 54496, 54746,
    54843, 55446, 55545, 55759, 55839, 56332, 56434, 57331, 57751, 57804, 57968, 58659,
    58868, 59702, 59840, 59906, 60188, 60710, 61510, 62097, 62166, 62476, 63087, 63264,
    63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530, 65235, 65260, 65716, 66083,
    66087, 66099, 66166, 66250, 66271, 67136, 68049, 68105, 68290, 68608, 68967, 69655,
    69732, 69885, 69961, 70096, 70168, 70360, 70405, 70568, 71201, 71246, 71255, 71370,
    71432, 71446, 71482, 71516, 71565, 71618, 71619, 71739, 71819, 71825, 72021, 72580,
    72599, 73133, 73204, 73258, 73386, 73479, 73655, 73776, 74161, 74196, 74213, 74225,
    74227, 74243, 74309, 74370, 74398, 74413, 74435, 74496, 74506, 74554, 74578, 74585,
    74590, 74748, 75172, 75234, 75254, 75263, 75344, 75612, 75905, 75928, 76202, 76435,
    76596, 76724, 76736, 76752, 76791, 76802, 76938, 76963, 76989, 77058, 77097, 77240,
    77465, 77472, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710, 78741, 78746,
    78818, 79011, 79021, 79058, 79117, 79209, 79216, 79267, 79300, 79425, 79588, 79707,
    79761, 79766, 79795, 79882, 79884, 79889, 79896, 79970, 80230, 80297, 80424, 80480,
    80554, 80604, 80698, 80709, 80750, 81025, 81277, 81350, 81491, 81673, 81732, 81755,
    82285, 83021, 83047, 83102, 83113, 83409, 83773, 83794, 84130, 84146, 84182, 84311,
    84464, 84580, 84587, 84773, 84805, 85470, 85505, 85522, 85562, 85585, 85604, 85673,
    85677, 85750, 85754, 85759, 85901, 85975, 85988, 86014, 86018, 86070, 86202, 86273,
    86283, 86317, 86328, 86452, 86487, 86546, 86689, 86775, 86983, 86988, 86995, 87046,
    87614, 88072, 88117, 88246, 88376, 88377, 88443, 88463, 88496, 88514, 88621, 89099,
    90044, 90057, 90102, 90112, 90141, 90179, 90241, 90390, 90432, 90460, 90513, 90635,
    90677, 90854, 91094, 91142, 91144, 91181, 91240, 91292, 91691, 91748, 91762, 91806,
    91812, 91833, 91850, 91856, 91900, 91927, 91975, 92106, 92178, 92189, 92247, 92260,
    92273, 92447, 92464, 92465, 92655, 92711, 92733, 92783, 92800, 92843, 93216, 93225,
    93251, 93257, 93360, 93764, 93976, 93986, 94110, 94115, 94182, 94230, 94474, 94674,
    94888, 95576, 95648, 96168, 96960, 97109, 97159, 97232, 97574, 97726, 97828, 97865,
    97881, 97883, 98072, 98076, 98122, 98141, 98193, 98195, 98377, 98581, 99177, 99529,
    99531, 99837, 100108, 100203, 100324, 100355, 100605, 100803, 100855, 100862,
    100908, 100923, 100939, 100960, 101258, 102026, 102047, 102225, 102552, 102695,
    103046, 103398, 103448, 104819, 105009,
)
# fmt: on


# Every release the speaker gold held when the thirteenth holdout was drawn (corpus lines,
# 1-based; its holdout14 included), frozen like `HOLDOUT12_SPEAKER_LINES`.
# fmt: off
HOLDOUT13_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801,
    3843, 3914, 4020, 4195, 4553, 4698, 4705, 4720, 4779, 4838, 4895, 5160, 5242, 5626,
    6062, 6235, 6811, 6896, 7081, 7128, 7160, 7177, 7713, 8570, 8667, 8713, 8721, 8780,
    9046, 9153, 9193, 9215, 9932, 10419, 10662, 10729, 11365, 11765, 12008, 12326, 12969,
    12985, 13098, 13512, 13520, 13549, 13588, 14541, 14641, 15014, 15077, 15194, 15406,
    15489, 15687, 16704, 17240, 17478, 17560, 18060, 18301, 18624, 18844, 18869, 18920,
    18989, 19066, 19132, 19188, 19501, 19954, 19957, 20052, 20073, 20195, 20504, 20705,
    20748, 20775, 21153, 21181, 21201, 21287, 21395, 21426, 21541, 21722, 21978, 22015,
    22235, 22651, 22854, 23094, 23343, 23552, 23664, 23834, 23895, 24466, 24965, 25437,
    25467, 25683, 25988, 26641, 26717, 26752, 27033, 27146, 27168, 27365, 27474, 27525,
    27531, 27588, 27685, 27762, 28168, 28317, 28467, 28730, 29203, 29281, 29304, 29335,
    29880, 30143, 30206, 30210, 30223, 30292, 31029, 31030, 32607, 33717, 33887, 34067,
    34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 35121, 35416, 35430, 35436,
    35753, 35898, 35917, 36119, 36263, 36371, 36611, 36619, 36672, 36937, 37011, 37029,
    37192, 38181, 39054, 39219, 39421, 39794, 40199, 40415, 41359, 41474, 41512, 41703,
    42059, 42225, 42347, 42359, 42430, 43062, 43099, 43128, 43568, 43986, 44179, 44791,
    45067, 46104, 46334, 46368, 46566, 46798, 47412, 47900, 47977, 48029, 48278, 48294,
    48944, 49025, 49455, 49496, 49816, 49843, 50105, 50491, 50589, 50711, 51070, 51184,
    52550, 52595, 52715, 52752, 52816, 52820, 53103, 53235, 53353, 53376, 53404, 53610,
    53952, 54227, 54240, 54451, 54496, 54746, 54843, 55446, 55545, 55666, 55759, 55839,
    56332, 56434, 57331, 57751, 57804, 57968, 58659, 58868, 59702, 59840, 59906, 60188,
    60710, 61499, 61510, 62097, 62166, 62476, 63087, 63118, 63264, 63828, 64121, 64315,
    64330, 64484, 64506, 64510, 64530, 65235, 65260, 65716, 66083, 66087, 66099, 66166,
    66250, 66271, 67136, 68049, 68105, 68290, 68608, 68967, 69655, 69732, 69885, 69961,
    70096, 70168, 70360, 70405, 70424, 70568, 71201, 71246, 71255, 71355, 71370, 71432,
    71446, 71482, 71516, 71565, 71618, 71619, 71739, 71819, 71825, 72021, 72580, 72599,
    73133, 73204, 73258, 73386, 73479, 73655, 73776, 74161, 74196, 74213, 74225, 74227,
    74243, 74309, 74370, 74398, 74413, 74435, 74496, 74506, 74554, 74578, 74585, 74590,
    74658, 74748, 75172, 75234, 75254, 75263, 75344, 75612, 75905, 75928, 76202, 76435,
    76596, 76675, 76724, 76736, 76752, 76791, 76802, 76938, 76963, 76989, 77058, 77097,
    77240, 77465, 77472, 77567, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710,
    78741, 78746, 78818, 79011, 79021, 79058, 79117, 79209, 79216, 79267, 79300, 79425,
    79588, 79707, 79750, 79761, 79766, 79795, 79882, 79884, 79889, 79896, 79970, 80230,
    80297, 80424, 80480, 80554, 80604, 80698, 80709, 80750, 81025, 81059, 81277, 81350,
    81491, 81673, 81732, 81755, 82285, 83021, 83047, 83102, 83113, 83409, 83773, 83794,
    84130, 84146, 84182, 84311, 84464, 84580, 84587, 84773, 84805, 85470, 85505, 85522,
    85562, 85585, 85604, 85673, 85677, 85750, 85754, 85759, 85901, 85975, 85988, 86014,
    86018, 86070, 86202, 86273, 86283, 86317, 86328, 86452, 86487, 86546, 86689, 86775,
    86901, 86983, 86988, 86995, 87046, 87614, 88072, 88117, 88246, 88376, 88377, 88443,
    88463, 88496, 88514, 88621, 89099, 89292, 90044, 90057, 90102, 90112, 90141, 90179,
    90241, 90390, 90432, 90460, 90513, 90635, 90677, 90776, 90854, 91094, 91142, 91144,
    91181, 91240, 91292, 91691, 91748, 91762, 91806, 91812, 91833, 91850, 91856, 91900,
    91927, 91975, 91990, 92106, 92178, 92189, 92247, 92260, 92273, 92447, 92464, 92465,
    92655, 92711, 92733, 92783, 92800, 92843, 93216, 93225, 93251, 93257, 93360, 93764,
    93976, 93986, 94110, 94115, 94182, 94230, 94474, 94674, 94888, 95576, 95648, 95721,
    96168, 96960, 97109, 97159, 97232, 97426, 97574, 97726, 97828, 97865, 97881, 97883,
    98072, 98076, 98122, 98141, 98193, 98195, 98221, 98377, 98581, 99177, 99529, 99531,
    99837, 100108, 100203, 100324, 100355, 100605, 100703, 100803, 100855, 100862, 100908,
    100923, 100939, 100960, 101258, 102026, 102047, 102225, 102552, 102695, 103046, 103398,
    103448, 103596, 104674, 104819, 105009,
)
# fmt: on


# Every release the speaker gold held when the fourteenth holdout was drawn (corpus lines,
# 1-based; its holdout15 included), frozen like `HOLDOUT13_SPEAKER_LINES`.
# fmt: off
HOLDOUT14_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801,
    3843, 3914, 4020, 4195, 4301, 4553, 4698, 4705, 4720, 4779, 4838, 4895, 5160, 5242,
    5626, 6062, 6235, 6811, 6896, 7081, 7128, 7160, 7177, 7713, 7906, 8570, 8625, 8667,
    8713, 8721, 8780, 9046, 9153, 9193, 9215, 9932, 10419, 10662, 10729, 11365, 11765,
    12008, 12326, 12593, 12969, 12985, 13054, 13098, 13512, 13520, 13549, 13588, 14541,
    14641, 15014, 15077, 15194, 15406, 15489, 15687, 16704, 17240, 17478, 17487, 17560,
    18060, 18301, 18624, 18844, 18869, 18920, 18989, 19066, 19132, 19188, 19351, 19501,
    19954, 19957, 20052, 20073, 20195, 20380, 20504, 20705, 20748, 20775, 21153, 21181,
    21201, 21287, 21395, 21426, 21541, 21722, 21978, 22015, 22119, 22235, 22651, 22854,
    23016, 23094, 23343, 23552, 23664, 23764, 23834, 23895, 24466, 24965, 25437, 25467,
    25683, 25988, 26641, 26717, 26752, 27033, 27082, 27146, 27168, 27365, 27474, 27525,
    27531, 27588, 27685, 27762, 28168, 28317, 28467, 28730, 29203, 29281, 29304, 29335,
    29880, 30143, 30206, 30210, 30223, 30292, 30628, 31029, 31030, 32607, 33717, 33830,
    33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121,
    35416, 35430, 35436, 35753, 35898, 35917, 36119, 36263, 36371, 36611, 36619, 36672,
    36937, 37011, 37029, 37192, 38181, 39054, 39219, 39421, 39794, 40199, 40415, 41359,
    41474, 41512, 41703, 42059, 42225, 42347, 42359, 42430, 42675, 42909, 43062, 43099,
    43128, 43568, 43986, 44179, 44791, 45067, 46104, 46334, 46368, 46566, 46798, 47412,
    47900, 47977, 48029, 48278, 48294, 48944, 49025, 49455, 49496, 49816, 49843, 50105,
    50491, 50589, 50711, 50894, 51070, 51184, 52550, 52595, 52715, 52752, 52816, 52820,
    53103, 53235, 53353, 53376, 53404, 53610, 53952, 54227, 54240, 54451, 54496, 54746,
    54843, 55446, 55545, 55666, 55759, 55839, 56332, 56434, 57331, 57751, 57804, 57968,
    58659, 58868, 59702, 59840, 59906, 60188, 60710, 61499, 61510, 61569, 62097, 62166,
    62476, 63087, 63118, 63264, 63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530,
    65235, 65260, 65716, 66083, 66087, 66099, 66166, 66250, 66271, 67136, 68049, 68105,
    68290, 68364, 68608, 68967, 69655, 69732, 69885, 69960, 69961, 70096, 70144, 70168,
    70360, 70405, 70424, 70568, 71201, 71226, 71246, 71255, 71355, 71370, 71432, 71446,
    71482, 71516, 71565, 71577, 71618, 71619, 71739, 71787, 71819, 71825, 72021, 72580,
    72599, 72961, 73133, 73204, 73258, 73386, 73479, 73655, 73776, 74161, 74196, 74213,
    74225, 74227, 74243, 74309, 74370, 74398, 74413, 74435, 74496, 74506, 74554, 74578,
    74585, 74590, 74658, 74748, 75172, 75234, 75254, 75263, 75344, 75612, 75905, 75918,
    75928, 76202, 76435, 76596, 76675, 76724, 76736, 76752, 76791, 76802, 76921, 76938,
    76963, 76989, 77058, 77097, 77240, 77465, 77472, 77567, 77575, 77686, 77881, 77939,
    78078, 78483, 78635, 78710, 78741, 78746, 78818, 79011, 79021, 79058, 79069, 79117,
    79209, 79216, 79267, 79300, 79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795,
    79882, 79884, 79889, 79896, 79970, 80230, 80297, 80424, 80443, 80480, 80554, 80604,
    80698, 80709, 80750, 80897, 81025, 81059, 81277, 81350, 81417, 81491, 81673, 81732,
    81755, 82285, 83021, 83047, 83102, 83113, 83409, 83773, 83794, 84130, 84146, 84182,
    84311, 84464, 84580, 84587, 84773, 84805, 85470, 85505, 85522, 85562, 85585, 85604,
    85673, 85677, 85750, 85754, 85759, 85901, 85902, 85975, 85988, 86014, 86018, 86070,
    86161, 86202, 86273, 86283, 86317, 86328, 86452, 86487, 86546, 86689, 86775, 86901,
    86983, 86988, 86995, 87046, 87614, 88072, 88117, 88246, 88376, 88377, 88443, 88463,
    88496, 88514, 88621, 89099, 89292, 89821, 90044, 90057, 90102, 90112, 90141, 90179,
    90241, 90390, 90432, 90460, 90513, 90635, 90677, 90776, 90854, 90921, 91094, 91142,
    91144, 91181, 91240, 91292, 91691, 91748, 91762, 91806, 91812, 91833, 91850, 91856,
    91900, 91927, 91975, 91990, 92106, 92178, 92189, 92247, 92260, 92273, 92447, 92464,
    92465, 92655, 92711, 92733, 92783, 92800, 92843, 93216, 93225, 93251, 93257, 93360,
    93709, 93764, 93976, 93986, 94110, 94115, 94182, 94230, 94474, 94674, 94888, 95576,
    95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97574, 97726, 97828, 97865,
    97881, 97883, 98072, 98076, 98122, 98141, 98193, 98195, 98221, 98377, 98581, 99177,
    99529, 99531, 99837, 100108, 100203, 100324, 100355, 100605, 100703, 100753, 100803,
    100855, 100862, 100899, 100908, 100923, 100939, 100960, 101258, 102026, 102047, 102225,
    102552, 102695, 103046, 103398, 103448, 103596, 104674, 104819, 105009,
)
# fmt: on


# Every release the speaker gold held when the fifteenth holdout was drawn (corpus lines,
# 1-based; its holdout16 included), frozen like `HOLDOUT14_SPEAKER_LINES`.
# fmt: off
HOLDOUT15_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350, 3801,
    3843, 3914, 4020, 4195, 4301, 4553, 4698, 4705, 4720, 4779, 4788, 4838, 4895, 5160, 5242,
    5626, 6062, 6235, 6811, 6896, 6979, 7081, 7128, 7160, 7177, 7713, 7906, 8570, 8625, 8667,
    8713, 8721, 8780, 8795, 9046, 9153, 9193, 9215, 9932, 10419, 10662, 10729, 11365, 11765,
    12008, 12326, 12348, 12593, 12969, 12985, 13054, 13098, 13512, 13520, 13549, 13588, 14541,
    14641, 15014, 15077, 15194, 15406, 15489, 15687, 16704, 17240, 17478, 17487, 17560, 18060,
    18301, 18624, 18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19351, 19501, 19954,
    19957, 20052, 20062, 20073, 20195, 20380, 20422, 20504, 20705, 20748, 20775, 21153, 21181,
    21201, 21287, 21395, 21426, 21541, 21722, 21978, 22015, 22119, 22235, 22651, 22854, 23016,
    23094, 23343, 23391, 23552, 23664, 23764, 23834, 23895, 24466, 24965, 25437, 25467, 25683,
    25988, 26641, 26717, 26748, 26752, 27033, 27082, 27146, 27159, 27168, 27365, 27466, 27474,
    27525, 27531, 27588, 27685, 27762, 27934, 28168, 28317, 28467, 28730, 29203, 29281, 29304,
    29335, 29635, 29880, 30143, 30206, 30210, 30223, 30292, 30628, 30710, 31029, 31030, 32607,
    33717, 33830, 33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954,
    35121, 35416, 35430, 35436, 35753, 35898, 35917, 35933, 36119, 36263, 36371, 36611, 36619,
    36672, 36937, 37011, 37029, 37192, 38181, 39054, 39219, 39421, 39794, 40199, 40415, 41359,
    41474, 41512, 41703, 42059, 42225, 42347, 42359, 42430, 42515, 42675, 42909, 43062, 43099,
    43128, 43246, 43568, 43986, 44179, 44791, 45067, 46104, 46334, 46368, 46566, 46798, 47412,
    47900, 47977, 48029, 48278, 48285, 48294, 48565, 48944, 49025, 49455, 49496, 49574, 49816,
    49843, 50105, 50491, 50589, 50711, 50894, 51013, 51070, 51184, 52550, 52595, 52715, 52752,
    52816, 52820, 52907, 53103, 53235, 53353, 53376, 53404, 53610, 53952, 54227, 54240, 54451,
    54496, 54746, 54843, 55446, 55545, 55666, 55759, 55839, 56332, 56434, 57331, 57751, 57804,
    57968, 58659, 58868, 59702, 59840, 59906, 60188, 60710, 61303, 61499, 61510, 61569, 62097,
    62166, 62476, 63087, 63118, 63264, 63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530,
    65235, 65260, 65716, 66083, 66087, 66099, 66166, 66250, 66271, 67136, 68049, 68105, 68290,
    68364, 68608, 68967, 69655, 69732, 69885, 69960, 69961, 70096, 70144, 70168, 70360, 70405,
    70424, 70568, 71201, 71226, 71246, 71255, 71355, 71370, 71432, 71437, 71446, 71482, 71516,
    71565, 71577, 71618, 71619, 71739, 71780, 71787, 71819, 71825, 72021, 72580, 72599, 72961,
    73133, 73204, 73258, 73386, 73479, 73505, 73655, 73776, 74161, 74196, 74213, 74225, 74227,
    74243, 74309, 74370, 74398, 74413, 74435, 74496, 74506, 74554, 74578, 74585, 74590, 74658,
    74748, 74823, 75172, 75234, 75254, 75263, 75344, 75612, 75905, 75918, 75928, 76202, 76212,
    76435, 76596, 76675, 76724, 76736, 76752, 76791, 76802, 76921, 76938, 76963, 76989, 77058,
    77097, 77240, 77465, 77472, 77567, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710,
    78741, 78746, 78812, 78818, 79011, 79021, 79058, 79069, 79117, 79209, 79216, 79267, 79300,
    79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795, 79882, 79884, 79889, 79896, 79970,
    80230, 80297, 80424, 80443, 80480, 80554, 80604, 80698, 80709, 80750, 80897, 81025, 81059,
    81277, 81350, 81417, 81491, 81673, 81732, 81755, 82285, 83021, 83047, 83102, 83113, 83116,
    83409, 83585, 83773, 83794, 84130, 84146, 84182, 84311, 84464, 84574, 84580, 84587, 84773,
    84805, 85470, 85505, 85522, 85562, 85585, 85604, 85673, 85677, 85727, 85750, 85754, 85759,
    85901, 85902, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86328,
    86452, 86487, 86546, 86689, 86775, 86901, 86983, 86988, 86995, 87046, 87614, 88072, 88117,
    88246, 88376, 88377, 88443, 88463, 88496, 88514, 88621, 88826, 89099, 89292, 89821, 90044,
    90057, 90102, 90112, 90141, 90179, 90241, 90333, 90390, 90432, 90460, 90513, 90635, 90677,
    90776, 90854, 90921, 91094, 91142, 91144, 91181, 91240, 91292, 91691, 91748, 91762, 91806,
    91812, 91833, 91850, 91856, 91900, 91927, 91975, 91990, 92106, 92178, 92189, 92247, 92260,
    92273, 92447, 92464, 92465, 92642, 92655, 92711, 92733, 92783, 92800, 92843, 93216, 93225,
    93251, 93257, 93360, 93709, 93764, 93773, 93976, 93986, 94110, 94115, 94182, 94230, 94474,
    94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97574, 97726,
    97828, 97865, 97881, 97883, 98072, 98076, 98122, 98141, 98143, 98193, 98195, 98221, 98377,
    98581, 99177, 99529, 99531, 99837, 100108, 100203, 100324, 100355, 100605, 100703, 100753,
    100803, 100855, 100862, 100899, 100908, 100923, 100939, 100960, 101258, 102026, 102047,
    102174, 102225, 102552, 102695, 103046, 103398, 103448, 103564, 103596, 104674, 104819,
    105009,
)
# fmt: on


# Every release the speaker gold held when the sixteenth holdout was drawn (corpus lines,
# 1-based; its holdout17 included), frozen like `HOLDOUT15_SPEAKER_LINES`.
# fmt: off
HOLDOUT16_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 866, 1122, 1139, 1202, 1274, 1619, 1784, 1939, 3350,
    3801, 3843, 3914, 4020, 4174, 4195, 4301, 4553, 4698, 4705, 4720, 4779, 4788, 4838, 4895,
    5160, 5242, 5626, 6062, 6235, 6770, 6811, 6896, 6979, 7081, 7128, 7160, 7177, 7713, 7906,
    8570, 8625, 8667, 8713, 8721, 8780, 8795, 9046, 9153, 9193, 9215, 9932, 10419, 10662, 10729,
    10951, 11365, 11765, 12008, 12326, 12348, 12593, 12969, 12985, 13054, 13098, 13512, 13520,
    13549, 13588, 14541, 14641, 15014, 15077, 15194, 15406, 15489, 15687, 16704, 17240, 17478,
    17487, 17560, 18060, 18301, 18624, 18841, 18844, 18869, 18920, 18989, 19066, 19071, 19132,
    19188, 19351, 19501, 19954, 19957, 20052, 20062, 20073, 20195, 20380, 20422, 20504, 20705,
    20748, 20775, 21153, 21181, 21201, 21287, 21395, 21426, 21541, 21722, 21978, 22015, 22119,
    22235, 22651, 22854, 23016, 23094, 23343, 23391, 23552, 23664, 23764, 23834, 23895, 24466,
    24965, 25437, 25467, 25683, 25988, 26641, 26717, 26748, 26752, 26915, 27033, 27082, 27146,
    27159, 27168, 27365, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762, 27934, 28099,
    28168, 28317, 28467, 28730, 29203, 29281, 29304, 29335, 29635, 29880, 30143, 30206, 30210,
    30223, 30292, 30628, 30710, 31029, 31030, 32607, 33717, 33830, 33887, 34067, 34142, 34173,
    34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35416, 35430, 35436, 35753, 35898,
    35917, 35933, 36119, 36263, 36371, 36611, 36619, 36672, 36937, 37011, 37029, 37192, 38181,
    39054, 39219, 39421, 39425, 39794, 40199, 40415, 41359, 41474, 41512, 41703, 42059, 42225,
    42347, 42359, 42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43568, 43986, 44179,
    44791, 45067, 46104, 46136, 46334, 46368, 46566, 46798, 47412, 47900, 47977, 48029, 48036,
    48278, 48285, 48294, 48565, 48944, 49025, 49353, 49455, 49496, 49574, 49816, 49843, 50105,
    50491, 50589, 50711, 50790, 50894, 51013, 51070, 51184, 52550, 52595, 52715, 52752, 52816,
    52820, 52907, 53103, 53235, 53326, 53353, 53376, 53404, 53610, 53952, 54227, 54240, 54451,
    54496, 54746, 54843, 55446, 55457, 55545, 55666, 55759, 55839, 56332, 56434, 56810, 57331,
    57605, 57751, 57804, 57968, 58659, 58868, 59702, 59840, 59906, 59974, 60188, 60710, 61303,
    61499, 61510, 61569, 61887, 62097, 62166, 62476, 63087, 63118, 63264, 63828, 64121, 64315,
    64330, 64484, 64506, 64510, 64530, 64907, 65235, 65260, 65716, 66083, 66087, 66099, 66166,
    66250, 66271, 67136, 68049, 68105, 68290, 68364, 68431, 68608, 68967, 69655, 69732, 69885,
    69960, 69961, 70096, 70144, 70168, 70360, 70405, 70424, 70568, 71201, 71226, 71246, 71255,
    71355, 71370, 71432, 71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619, 71739, 71780,
    71787, 71819, 71825, 72021, 72580, 72599, 72961, 73133, 73204, 73258, 73386, 73479, 73505,
    73655, 73776, 74161, 74196, 74213, 74225, 74227, 74243, 74309, 74370, 74398, 74413, 74435,
    74496, 74506, 74508, 74554, 74578, 74585, 74590, 74658, 74748, 74823, 75172, 75234, 75254,
    75263, 75344, 75612, 75824, 75905, 75918, 75928, 76202, 76212, 76435, 76596, 76675, 76724,
    76736, 76752, 76791, 76802, 76921, 76938, 76963, 76989, 77058, 77097, 77240, 77465, 77472,
    77485, 77567, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710, 78741, 78746, 78812,
    78818, 78906, 79011, 79021, 79058, 79069, 79117, 79209, 79216, 79267, 79300, 79425, 79451,
    79588, 79707, 79750, 79761, 79766, 79795, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80424, 80443, 80480, 80554, 80604, 80645, 80698, 80709, 80750, 80812, 80897,
    81025, 81059, 81277, 81350, 81417, 81491, 81673, 81732, 81755, 82285, 82997, 83021, 83047,
    83102, 83113, 83116, 83409, 83541, 83585, 83773, 83794, 84130, 84146, 84182, 84311, 84464,
    84574, 84580, 84587, 84773, 84805, 85470, 85505, 85522, 85562, 85585, 85593, 85604, 85673,
    85677, 85727, 85750, 85754, 85759, 85827, 85901, 85902, 85973, 85975, 85988, 86014, 86018,
    86070, 86161, 86202, 86273, 86283, 86317, 86328, 86452, 86487, 86546, 86689, 86775, 86901,
    86983, 86988, 86995, 87046, 87614, 88072, 88117, 88246, 88376, 88377, 88443, 88463, 88496,
    88514, 88621, 88826, 88923, 89099, 89292, 89821, 90044, 90057, 90102, 90112, 90141, 90179,
    90241, 90333, 90390, 90432, 90460, 90513, 90537, 90635, 90677, 90776, 90854, 90921, 91094,
    91142, 91144, 91181, 91240, 91292, 91691, 91748, 91762, 91806, 91812, 91833, 91850, 91856,
    91900, 91927, 91975, 91990, 92106, 92178, 92189, 92247, 92260, 92273, 92447, 92464, 92465,
    92642, 92655, 92711, 92733, 92783, 92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360,
    93709, 93764, 93773, 93976, 93986, 94110, 94115, 94182, 94230, 94474, 94674, 94888, 95576,
    95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97574, 97726, 97828, 97865, 97881,
    97883, 98072, 98076, 98122, 98141, 98143, 98193, 98195, 98221, 98377, 98581, 99177, 99529,
    99531, 99751, 99837, 100108, 100203, 100233, 100324, 100355, 100605, 100703, 100753, 100803,
    100855, 100862, 100899, 100908, 100923, 100927, 100939, 100960, 101258, 102026, 102047,
    102174, 102225, 102552, 102695, 103046, 103398, 103448, 103564, 103596, 104674, 104819,
    105009,
)
# fmt: on


# Every release the speaker gold held when the seventeenth holdout was drawn (corpus
# lines, 1-based; its holdout18 included), frozen like `HOLDOUT16_SPEAKER_LINES`.
# fmt: off
HOLDOUT17_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1619, 1764, 1784, 1939,
    3350, 3801, 3843, 3914, 4020, 4174, 4195, 4301, 4510, 4553, 4698, 4705, 4720, 4779, 4788, 4838,
    4895, 5160, 5242, 5626, 6062, 6235, 6499, 6770, 6811, 6896, 6979, 7081, 7128, 7160, 7177, 7713,
    7906, 8570, 8625, 8667, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9932, 10419,
    10441, 10662, 10729, 10951, 11365, 11765, 12008, 12326, 12348, 12593, 12969, 12985, 13054,
    13098, 13512, 13520, 13549, 13588, 14541, 14641, 15014, 15077, 15194, 15397, 15406, 15489,
    15687, 16704, 17240, 17478, 17487, 17560, 18060, 18189, 18301, 18624, 18841, 18844, 18869,
    18920, 18989, 19066, 19071, 19132, 19188, 19351, 19501, 19742, 19954, 19957, 20052, 20062,
    20073, 20195, 20380, 20422, 20504, 20705, 20748, 20775, 21153, 21181, 21201, 21287, 21395,
    21426, 21541, 21722, 21978, 22015, 22119, 22235, 22651, 22854, 23011, 23016, 23094, 23343,
    23391, 23552, 23664, 23764, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098,
    26641, 26717, 26748, 26752, 26915, 27033, 27082, 27146, 27159, 27168, 27365, 27466, 27474,
    27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730,
    29203, 29281, 29304, 29335, 29429, 29635, 29880, 30143, 30206, 30210, 30223, 30292, 30628,
    30710, 31029, 31030, 32607, 33717, 33830, 33887, 34067, 34142, 34173, 34207, 34224, 34260,
    34495, 34641, 34833, 34954, 35121, 35416, 35430, 35436, 35753, 35756, 35898, 35917, 35933,
    36119, 36263, 36371, 36611, 36619, 36671, 36672, 36937, 37011, 37029, 37192, 38181, 38743,
    39054, 39219, 39421, 39425, 39794, 40199, 40415, 41359, 41474, 41512, 41703, 42059, 42225,
    42347, 42359, 42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43568, 43986, 44179,
    44791, 45067, 46104, 46136, 46334, 46336, 46368, 46566, 46798, 47412, 47900, 47977, 48029,
    48036, 48075, 48278, 48285, 48294, 48565, 48944, 49025, 49353, 49455, 49496, 49574, 49816,
    49843, 50105, 50206, 50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51184, 52550,
    52595, 52715, 52752, 52816, 52820, 52907, 52959, 53103, 53235, 53326, 53353, 53376, 53404,
    53610, 53952, 54227, 54240, 54451, 54496, 54746, 54781, 54843, 55446, 55457, 55545, 55666,
    55759, 55839, 56246, 56332, 56434, 56810, 57331, 57605, 57751, 57804, 57968, 58659, 58868,
    59702, 59840, 59906, 59974, 60188, 60710, 61303, 61499, 61510, 61569, 61887, 62097, 62166,
    62476, 62577, 63087, 63118, 63264, 63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530,
    64907, 65235, 65260, 65716, 66083, 66087, 66099, 66166, 66250, 66271, 67136, 68049, 68105,
    68290, 68364, 68431, 68608, 68967, 69655, 69732, 69885, 69960, 69961, 70096, 70144, 70168,
    70360, 70405, 70407, 70424, 70568, 71201, 71226, 71246, 71255, 71355, 71370, 71432, 71437,
    71446, 71482, 71516, 71565, 71577, 71618, 71619, 71739, 71780, 71787, 71819, 71825, 72021,
    72580, 72599, 72961, 73133, 73204, 73258, 73386, 73479, 73505, 73655, 73776, 74161, 74196,
    74213, 74225, 74227, 74243, 74309, 74370, 74398, 74413, 74435, 74468, 74496, 74506, 74508,
    74554, 74578, 74585, 74590, 74658, 74748, 74823, 75172, 75234, 75254, 75263, 75344, 75612,
    75739, 75824, 75881, 75905, 75918, 75928, 76202, 76212, 76435, 76596, 76675, 76724, 76736,
    76752, 76754, 76791, 76802, 76921, 76938, 76963, 76989, 77058, 77097, 77240, 77465, 77472,
    77485, 77567, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710, 78741, 78746, 78812,
    78818, 78906, 79011, 79021, 79058, 79069, 79117, 79209, 79216, 79267, 79300, 79425, 79451,
    79588, 79707, 79750, 79761, 79766, 79795, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80359, 80424, 80443, 80480, 80554, 80604, 80645, 80698, 80709, 80750, 80812,
    80897, 81025, 81059, 81277, 81350, 81417, 81491, 81673, 81732, 81755, 82285, 82997, 83021,
    83047, 83102, 83113, 83116, 83409, 83541, 83585, 83773, 83794, 84130, 84146, 84182, 84311,
    84464, 84574, 84580, 84587, 84773, 84805, 85470, 85505, 85522, 85562, 85585, 85593, 85604,
    85673, 85677, 85727, 85750, 85754, 85759, 85827, 85901, 85902, 85973, 85975, 85988, 86014,
    86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689,
    86775, 86901, 86983, 86988, 86995, 87046, 87419, 87614, 88072, 88117, 88246, 88376, 88377,
    88443, 88463, 88496, 88514, 88621, 88826, 88923, 89099, 89292, 89821, 90044, 90057, 90102,
    90112, 90141, 90179, 90241, 90333, 90390, 90432, 90460, 90513, 90537, 90635, 90677, 90776,
    90854, 90921, 91094, 91142, 91144, 91181, 91240, 91292, 91600, 91691, 91748, 91762, 91806,
    91812, 91833, 91850, 91856, 91900, 91927, 91975, 91990, 92106, 92178, 92189, 92247, 92260,
    92273, 92447, 92464, 92465, 92642, 92655, 92711, 92733, 92783, 92785, 92800, 92843, 92990,
    93216, 93225, 93251, 93257, 93360, 93612, 93709, 93764, 93773, 93976, 93986, 94110, 94115,
    94182, 94230, 94474, 94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232,
    97426, 97574, 97726, 97828, 97865, 97881, 97883, 97981, 98072, 98076, 98122, 98141, 98143,
    98193, 98195, 98221, 98377, 98581, 99141, 99177, 99529, 99531, 99751, 99837, 100108, 100203,
    100233, 100324, 100355, 100605, 100682, 100703, 100753, 100803, 100855, 100862, 100899, 100908,
    100923, 100927, 100939, 100960, 101258, 102026, 102047, 102174, 102225, 102552, 102695, 103046,
    103398, 103448, 103564, 103596, 103615, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the eighteenth holdout was drawn (corpus
# lines, 1-based; its holdout19 included), frozen like `HOLDOUT17_SPEAKER_LINES`.
# fmt: off
HOLDOUT18_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1619, 1764, 1784, 1939,
    3350, 3801, 3843, 3914, 4020, 4174, 4195, 4301, 4510, 4553, 4698, 4705, 4720, 4779, 4788, 4838,
    4895, 5160, 5242, 5626, 6062, 6235, 6240, 6499, 6586, 6770, 6811, 6896, 6979, 7081, 7128, 7160,
    7177, 7713, 7906, 8059, 8570, 8625, 8658, 8667, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193,
    9215, 9932, 10419, 10441, 10662, 10729, 10951, 11365, 11765, 12008, 12326, 12348, 12593, 12969,
    12985, 13054, 13083, 13098, 13512, 13520, 13549, 13588, 14541, 14641, 14773, 15014, 15077,
    15194, 15397, 15406, 15489, 15687, 16704, 17240, 17478, 17487, 17560, 18060, 18189, 18301,
    18304, 18624, 18833, 18841, 18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19351,
    19501, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20380, 20422, 20504, 20705, 20748,
    20763, 20775, 21153, 21181, 21201, 21287, 21395, 21426, 21541, 21722, 21978, 22015, 22119,
    22235, 22651, 22854, 23011, 23016, 23094, 23343, 23391, 23552, 23664, 23764, 23834, 23895,
    24466, 24965, 25437, 25467, 25683, 25988, 26098, 26641, 26717, 26748, 26752, 26915, 27033,
    27082, 27146, 27159, 27168, 27365, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762,
    27934, 28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281, 29304, 29335, 29429,
    29635, 29880, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30710, 31029, 31030, 32607,
    33717, 33830, 33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954,
    35121, 35416, 35430, 35436, 35753, 35756, 35898, 35917, 35933, 36119, 36263, 36371, 36611,
    36619, 36671, 36672, 36937, 37011, 37029, 37192, 38181, 38743, 39054, 39219, 39421, 39425,
    39794, 40199, 40415, 41359, 41474, 41512, 41703, 42059, 42225, 42347, 42359, 42430, 42515,
    42675, 42909, 43062, 43099, 43128, 43246, 43446, 43568, 43986, 44179, 44791, 45067, 46104,
    46136, 46334, 46336, 46359, 46368, 46566, 46798, 47412, 47900, 47950, 47977, 48029, 48036,
    48075, 48278, 48285, 48294, 48565, 48944, 49025, 49353, 49455, 49496, 49574, 49625, 49816,
    49843, 50105, 50206, 50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51184, 52550,
    52595, 52715, 52752, 52816, 52820, 52907, 52959, 53103, 53235, 53326, 53353, 53376, 53404,
    53610, 53952, 54227, 54240, 54451, 54496, 54746, 54781, 54843, 55446, 55457, 55545, 55666,
    55759, 55839, 56246, 56332, 56434, 56461, 56810, 57331, 57605, 57751, 57804, 57968, 58659,
    58868, 59702, 59840, 59906, 59974, 60188, 60710, 61303, 61499, 61510, 61569, 61887, 62097,
    62166, 62476, 62577, 63087, 63118, 63264, 63283, 63828, 64121, 64315, 64330, 64484, 64506,
    64510, 64530, 64907, 65235, 65260, 65716, 65952, 66083, 66087, 66099, 66154, 66166, 66250,
    66271, 67136, 68049, 68105, 68290, 68364, 68431, 68608, 68967, 69655, 69732, 69826, 69885,
    69960, 69961, 70096, 70144, 70168, 70223, 70360, 70405, 70407, 70424, 70568, 71201, 71226,
    71246, 71255, 71355, 71370, 71432, 71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619,
    71739, 71780, 71787, 71819, 71825, 72021, 72429, 72580, 72599, 72961, 73133, 73204, 73258,
    73386, 73479, 73505, 73539, 73655, 73776, 74161, 74196, 74213, 74223, 74225, 74227, 74243,
    74309, 74370, 74398, 74413, 74435, 74468, 74496, 74506, 74508, 74554, 74578, 74585, 74590,
    74658, 74748, 74823, 75172, 75234, 75254, 75263, 75344, 75612, 75698, 75739, 75824, 75881,
    75905, 75918, 75928, 76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754,
    76791, 76802, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77465, 77472, 77485,
    77567, 77575, 77686, 77881, 77939, 78078, 78483, 78635, 78710, 78741, 78746, 78812, 78818,
    78906, 79011, 79021, 79058, 79069, 79117, 79209, 79216, 79267, 79300, 79425, 79451, 79588,
    79707, 79750, 79761, 79766, 79795, 79871, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80359, 80424, 80443, 80480, 80554, 80604, 80645, 80698, 80709, 80750, 80812,
    80897, 81025, 81059, 81277, 81350, 81417, 81491, 81673, 81732, 81755, 82285, 82997, 83021,
    83047, 83102, 83113, 83116, 83409, 83541, 83585, 83773, 83794, 84130, 84146, 84182, 84311,
    84464, 84574, 84580, 84587, 84773, 84805, 85470, 85505, 85522, 85562, 85585, 85593, 85604,
    85673, 85677, 85727, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988,
    86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546,
    86689, 86775, 86901, 86983, 86988, 86995, 87046, 87419, 87614, 88072, 88117, 88246, 88376,
    88377, 88443, 88463, 88496, 88514, 88621, 88826, 88923, 89099, 89292, 89821, 90044, 90057,
    90102, 90112, 90141, 90179, 90241, 90333, 90390, 90432, 90454, 90460, 90513, 90537, 90635,
    90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91240, 91292, 91600, 91691, 91748,
    91762, 91806, 91812, 91833, 91850, 91856, 91900, 91927, 91975, 91990, 92106, 92109, 92178,
    92189, 92247, 92260, 92273, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92783,
    92785, 92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612, 93709, 93764, 93773,
    93976, 93986, 93988, 94110, 94115, 94182, 94230, 94474, 94514, 94674, 94888, 95576, 95648,
    95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97828, 97863, 97865,
    97881, 97883, 97981, 98072, 98076, 98122, 98141, 98143, 98193, 98195, 98221, 98377, 98581,
    99129, 99141, 99177, 99529, 99531, 99751, 99837, 100108, 100180, 100203, 100233, 100324, 100355,
    100605, 100682, 100703, 100753, 100803, 100855, 100862, 100899, 100908, 100923, 100927, 100939,
    100944, 100960, 101258, 102026, 102047, 102174, 102225, 102552, 102695, 103046, 103398, 103448,
    103564, 103596, 103615, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the nineteenth holdout was drawn (corpus
# lines, 1-based; its holdout20 included), frozen like `HOLDOUT18_SPEAKER_LINES`.
# fmt: off
HOLDOUT19_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1619, 1764, 1784, 1939,
    3350, 3801, 3843, 3914, 4020, 4174, 4195, 4301, 4510, 4553, 4698, 4705, 4720, 4779, 4788, 4838,
    4895, 5160, 5242, 5368, 5626, 6062, 6235, 6240, 6309, 6499, 6586, 6770, 6811, 6896, 6979, 7081,
    7128, 7160, 7177, 7713, 7906, 8059, 8570, 8625, 8658, 8667, 8713, 8721, 8775, 8780, 8795, 9046,
    9153, 9193, 9215, 9932, 10419, 10441, 10662, 10729, 10923, 10951, 11365, 11765, 12008, 12326,
    12348, 12593, 12969, 12985, 13054, 13083, 13098, 13512, 13520, 13549, 13588, 14541, 14641,
    14773, 15014, 15077, 15194, 15397, 15406, 15489, 15687, 16704, 17240, 17478, 17487, 17560,
    18060, 18189, 18301, 18304, 18624, 18833, 18841, 18844, 18869, 18920, 18989, 19066, 19071,
    19132, 19188, 19342, 19351, 19501, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20380,
    20422, 20504, 20705, 20748, 20763, 20775, 21153, 21181, 21201, 21287, 21395, 21426, 21541,
    21722, 21743, 21978, 22015, 22119, 22235, 22473, 22651, 22854, 23011, 23016, 23094, 23343,
    23391, 23552, 23664, 23764, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098,
    26641, 26717, 26748, 26752, 26915, 27033, 27082, 27146, 27159, 27163, 27168, 27365, 27466,
    27474, 27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467,
    28730, 28826, 29203, 29281, 29304, 29335, 29429, 29635, 29880, 29908, 29986, 30143, 30206,
    30210, 30223, 30292, 30628, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830, 33887,
    34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416,
    35430, 35436, 35753, 35756, 35898, 35917, 35933, 36119, 36263, 36371, 36611, 36619, 36671,
    36672, 36937, 37011, 37029, 37192, 38181, 38743, 39054, 39219, 39421, 39425, 39794, 40199,
    40415, 41359, 41474, 41512, 41703, 41829, 42059, 42225, 42347, 42359, 42430, 42515, 42675,
    42909, 43062, 43099, 43128, 43246, 43441, 43446, 43568, 43986, 44179, 44791, 45067, 46104,
    46136, 46334, 46336, 46359, 46368, 46566, 46798, 47412, 47900, 47950, 47977, 48029, 48036,
    48075, 48278, 48285, 48294, 48565, 48944, 48983, 49025, 49353, 49455, 49496, 49574, 49625,
    49816, 49843, 49917, 50105, 50206, 50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154,
    51179, 51184, 52550, 52595, 52715, 52752, 52816, 52820, 52907, 52959, 53103, 53235, 53326,
    53353, 53376, 53404, 53610, 53952, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843,
    55446, 55457, 55545, 55666, 55759, 55839, 56246, 56332, 56434, 56461, 56810, 57081, 57331,
    57605, 57751, 57804, 57968, 58659, 58868, 59702, 59840, 59906, 59974, 60188, 60710, 61303,
    61499, 61510, 61569, 61887, 62097, 62166, 62202, 62476, 62577, 63087, 63118, 63264, 63283,
    63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530, 64907, 65235, 65239, 65260, 65716,
    65952, 66083, 66087, 66099, 66154, 66166, 66250, 66271, 67136, 68049, 68105, 68290, 68364,
    68431, 68608, 68967, 69655, 69732, 69826, 69885, 69960, 69961, 70096, 70144, 70168, 70223,
    70360, 70405, 70407, 70424, 70568, 71201, 71226, 71246, 71255, 71355, 71370, 71408, 71432,
    71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619, 71739, 71780, 71787, 71819, 71825,
    71866, 72021, 72429, 72580, 72599, 72961, 73100, 73133, 73204, 73258, 73386, 73390, 73479,
    73505, 73539, 73655, 73776, 74161, 74196, 74213, 74223, 74225, 74227, 74243, 74309, 74370,
    74398, 74413, 74435, 74468, 74496, 74506, 74508, 74554, 74578, 74585, 74590, 74658, 74748,
    74823, 75172, 75234, 75254, 75263, 75344, 75612, 75698, 75739, 75824, 75881, 75905, 75914,
    75918, 75928, 76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754, 76791,
    76802, 76816, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465, 77472,
    77485, 77567, 77575, 77686, 77881, 77939, 78078, 78086, 78483, 78635, 78710, 78741, 78746,
    78812, 78818, 78906, 79011, 79021, 79058, 79069, 79081, 79117, 79209, 79216, 79267, 79300,
    79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795, 79871, 79882, 79884, 79888, 79889,
    79896, 79970, 80176, 80230, 80297, 80359, 80424, 80443, 80480, 80554, 80604, 80645, 80698,
    80709, 80750, 80812, 80897, 81025, 81059, 81171, 81277, 81350, 81417, 81491, 81574, 81673,
    81732, 81755, 82285, 82997, 83021, 83047, 83102, 83113, 83116, 83409, 83541, 83585, 83773,
    83794, 84130, 84146, 84182, 84222, 84311, 84464, 84574, 84580, 84587, 84773, 84805, 85470,
    85505, 85522, 85562, 85585, 85593, 85604, 85614, 85673, 85677, 85721, 85727, 85750, 85754,
    85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202,
    86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689, 86775, 86901, 86983, 86988,
    86995, 87046, 87419, 87614, 88044, 88072, 88117, 88246, 88376, 88377, 88437, 88443, 88463,
    88496, 88514, 88621, 88826, 88923, 89099, 89292, 89821, 90028, 90044, 90057, 90102, 90112,
    90141, 90179, 90241, 90333, 90390, 90432, 90454, 90460, 90513, 90537, 90635, 90677, 90776,
    90854, 90921, 91094, 91142, 91144, 91181, 91240, 91292, 91600, 91691, 91748, 91762, 91806,
    91810, 91812, 91833, 91850, 91856, 91900, 91927, 91975, 91990, 92106, 92109, 92178, 92189,
    92247, 92260, 92273, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92783, 92785,
    92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612, 93709, 93764, 93773, 93976,
    93986, 93988, 94110, 94115, 94182, 94230, 94474, 94514, 94674, 94888, 95576, 95648, 95721,
    96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97828, 97863, 97865, 97881,
    97883, 97981, 98072, 98076, 98122, 98141, 98143, 98193, 98195, 98221, 98377, 98439, 98581,
    99129, 99141, 99177, 99529, 99531, 99751, 99826, 99837, 100108, 100180, 100203, 100233, 100324,
    100355, 100605, 100682, 100703, 100753, 100803, 100855, 100862, 100899, 100908, 100923, 100927,
    100939, 100944, 100960, 101258, 102026, 102047, 102174, 102225, 102552, 102695, 103046, 103398,
    103448, 103564, 103596, 103615, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twentieth holdout was drawn (corpus
# lines, 1-based; its holdout21 included), frozen like `HOLDOUT19_SPEAKER_LINES`.
# fmt: off
HOLDOUT20_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1567, 1619, 1764, 1784,
    1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4301, 4510, 4553, 4698, 4705, 4720, 4779,
    4788, 4838, 4895, 5160, 5242, 5368, 5626, 5989, 6062, 6235, 6240, 6309, 6499, 6586, 6770, 6811,
    6854, 6896, 6979, 7081, 7128, 7160, 7177, 7662, 7713, 7906, 8059, 8570, 8625, 8658, 8667, 8683,
    8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9884, 9932, 10248, 10419, 10441, 10662,
    10729, 10923, 10951, 11365, 11765, 12008, 12326, 12348, 12593, 12969, 12985, 13054, 13083,
    13098, 13512, 13520, 13549, 13588, 14541, 14641, 14773, 15014, 15077, 15194, 15358, 15397,
    15406, 15489, 15687, 16704, 17240, 17413, 17478, 17487, 17560, 18060, 18189, 18282, 18301,
    18304, 18624, 18833, 18841, 18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19342,
    19351, 19430, 19501, 19582, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20380, 20422,
    20504, 20520, 20705, 20748, 20763, 20775, 21153, 21181, 21201, 21287, 21395, 21426, 21541,
    21722, 21743, 21978, 22015, 22119, 22235, 22473, 22651, 22854, 23011, 23016, 23094, 23343,
    23391, 23552, 23664, 23764, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988,
    26098, 26641, 26717, 26748, 26752, 26915, 27033, 27082, 27146, 27159, 27163, 27168, 27365,
    27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317,
    28467, 28730, 28826, 29203, 29281, 29304, 29335, 29429, 29635, 29880, 29908, 29986, 30143,
    30206, 30210, 30223, 30292, 30628, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830,
    33887, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301,
    35416, 35430, 35436, 35753, 35756, 35898, 35917, 35933, 36119, 36263, 36371, 36611, 36619,
    36671, 36672, 36937, 37011, 37029, 37192, 38181, 38743, 39054, 39219, 39421, 39425, 39794,
    40199, 40415, 41359, 41474, 41512, 41703, 41829, 42059, 42225, 42347, 42359, 42430, 42515,
    42675, 42909, 43062, 43099, 43128, 43246, 43441, 43446, 43568, 43986, 44179, 44791, 45067,
    46104, 46136, 46334, 46336, 46359, 46368, 46566, 46798, 47412, 47900, 47950, 47977, 47984,
    48029, 48036, 48075, 48278, 48285, 48294, 48565, 48944, 48983, 49025, 49162, 49353, 49455,
    49496, 49574, 49625, 49816, 49843, 49917, 50105, 50206, 50491, 50589, 50711, 50790, 50894,
    51013, 51070, 51154, 51179, 51184, 52550, 52595, 52715, 52752, 52792, 52816, 52820, 52907,
    52959, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53952, 54079, 54227, 54240,
    54451, 54496, 54746, 54781, 54843, 55446, 55457, 55545, 55666, 55759, 55839, 56246, 56332,
    56434, 56461, 56810, 57081, 57331, 57605, 57751, 57804, 57968, 58659, 58868, 59061, 59702,
    59840, 59906, 59974, 60188, 60710, 61303, 61499, 61510, 61569, 61887, 62097, 62166, 62202,
    62476, 62577, 63087, 63118, 63264, 63283, 63828, 64121, 64315, 64330, 64484, 64506, 64510,
    64530, 64907, 65235, 65239, 65260, 65716, 65952, 66083, 66087, 66099, 66154, 66166, 66250,
    66271, 67136, 68049, 68105, 68147, 68290, 68364, 68431, 68608, 68967, 69655, 69732, 69826,
    69885, 69960, 69961, 70096, 70144, 70168, 70223, 70360, 70405, 70407, 70424, 70568, 71201,
    71226, 71246, 71255, 71355, 71370, 71408, 71432, 71437, 71446, 71482, 71516, 71565, 71577,
    71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866, 72021, 72429, 72580, 72599,
    72961, 73100, 73133, 73204, 73258, 73386, 73390, 73479, 73505, 73539, 73655, 73776, 74161,
    74196, 74213, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74405, 74413, 74435, 74468,
    74496, 74506, 74508, 74554, 74578, 74585, 74590, 74616, 74658, 74748, 74823, 75172, 75179,
    75234, 75254, 75263, 75344, 75612, 75698, 75739, 75824, 75881, 75905, 75914, 75918, 75928,
    76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754, 76791, 76802, 76816,
    76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465, 77472, 77478, 77485,
    77567, 77575, 77686, 77881, 77939, 78078, 78086, 78483, 78635, 78710, 78741, 78746, 78812,
    78818, 78872, 78906, 79011, 79021, 79058, 79069, 79081, 79117, 79209, 79216, 79267, 79300,
    79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795, 79871, 79882, 79884, 79888, 79889,
    79896, 79970, 80176, 80230, 80297, 80359, 80410, 80424, 80443, 80480, 80554, 80604, 80645,
    80698, 80709, 80750, 80812, 80897, 81025, 81059, 81074, 81171, 81277, 81350, 81417, 81491,
    81574, 81673, 81732, 81755, 82285, 82997, 83021, 83047, 83102, 83113, 83116, 83409, 83541,
    83585, 83773, 83794, 84130, 84146, 84182, 84222, 84311, 84464, 84574, 84580, 84587, 84773,
    84805, 85470, 85503, 85505, 85522, 85562, 85585, 85593, 85604, 85614, 85673, 85677, 85721,
    85727, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014, 86018,
    86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689, 86775,
    86901, 86983, 86988, 86995, 87046, 87419, 87614, 88044, 88072, 88117, 88246, 88376, 88377,
    88437, 88443, 88463, 88496, 88514, 88621, 88826, 88923, 89099, 89292, 89821, 90028, 90044,
    90057, 90102, 90112, 90113, 90141, 90179, 90241, 90333, 90390, 90432, 90454, 90460, 90507,
    90513, 90537, 90635, 90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240,
    91292, 91600, 91691, 91748, 91762, 91782, 91806, 91810, 91812, 91833, 91850, 91856, 91900,
    91927, 91975, 91990, 92106, 92109, 92178, 92189, 92247, 92260, 92273, 92447, 92464, 92465,
    92570, 92642, 92655, 92711, 92733, 92783, 92785, 92800, 92843, 92990, 93216, 93225, 93251,
    93257, 93360, 93612, 93640, 93709, 93764, 93773, 93976, 93986, 93988, 94110, 94115, 94182,
    94230, 94474, 94514, 94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232,
    97426, 97519, 97574, 97726, 97828, 97863, 97865, 97881, 97883, 97981, 98072, 98076, 98122,
    98141, 98143, 98193, 98195, 98221, 98377, 98439, 98581, 99108, 99129, 99141, 99177, 99529,
    99531, 99751, 99826, 99837, 100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682,
    100703, 100753, 100803, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960,
    100964, 101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 103046, 103398, 103448,
    103564, 103596, 103615, 103987, 104288, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-first holdout was drawn (corpus
# lines, 1-based; its holdout22 included), frozen like `HOLDOUT20_SPEAKER_LINES`.
# fmt: off
HOLDOUT21_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1567, 1619, 1747,
    1764, 1784, 1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252, 4301, 4510, 4553, 4698,
    4705, 4720, 4779, 4788, 4838, 4895, 5160, 5242, 5368, 5626, 5989, 6062, 6235, 6240, 6309, 6412,
    6499, 6586, 6632, 6770, 6811, 6854, 6896, 6979, 7081, 7128, 7160, 7177, 7662, 7713, 7906, 8059,
    8521, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9884,
    9932, 10248, 10419, 10441, 10662, 10729, 10923, 10933, 10951, 11365, 11765, 12008, 12326, 12348,
    12593, 12969, 12985, 13054, 13083, 13098, 13407, 13512, 13520, 13549, 13578, 13588, 14541,
    14641, 14773, 15014, 15077, 15194, 15358, 15397, 15406, 15489, 15687, 16704, 16757, 17240,
    17413, 17478, 17487, 17560, 18060, 18189, 18282, 18301, 18304, 18624, 18802, 18833, 18841,
    18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19342, 19351, 19430, 19501, 19582,
    19742, 19954, 19957, 20052, 20062, 20073, 20195, 20380, 20422, 20504, 20520, 20705, 20748,
    20763, 20775, 20999, 21153, 21181, 21201, 21287, 21395, 21426, 21541, 21722, 21743, 21978,
    22015, 22119, 22166, 22235, 22473, 22651, 22854, 23011, 23016, 23094, 23343, 23391, 23552,
    23664, 23764, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098, 26641,
    26717, 26748, 26752, 26915, 27033, 27082, 27146, 27159, 27163, 27168, 27365, 27466, 27474,
    27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730,
    28826, 29203, 29281, 29304, 29335, 29429, 29635, 29880, 29908, 29986, 30143, 30206, 30210,
    30223, 30292, 30628, 30633, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830, 33887,
    34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416,
    35430, 35436, 35753, 35756, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36611, 36619,
    36671, 36672, 36937, 36979, 37011, 37029, 37192, 38181, 38743, 39053, 39054, 39219, 39421,
    39425, 39794, 40199, 40415, 41359, 41474, 41512, 41561, 41703, 41829, 42059, 42225, 42347,
    42359, 42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43441, 43446, 43568, 43986,
    44179, 44311, 44791, 45067, 46104, 46136, 46334, 46336, 46359, 46368, 46566, 46798, 47412,
    47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294, 48565, 48944, 48983,
    49025, 49162, 49353, 49455, 49496, 49574, 49625, 49816, 49843, 49917, 50105, 50134, 50206,
    50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184, 52550, 52595, 52715,
    52752, 52792, 52816, 52820, 52907, 52959, 53103, 53235, 53326, 53353, 53362, 53376, 53404,
    53610, 53952, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843, 54884, 55446, 55457,
    55545, 55666, 55759, 55839, 56113, 56246, 56332, 56434, 56461, 56810, 57081, 57331, 57605,
    57751, 57804, 57968, 58578, 58659, 58868, 59061, 59702, 59840, 59906, 59974, 60188, 60710,
    61303, 61499, 61510, 61569, 61887, 62097, 62166, 62202, 62476, 62577, 62664, 63087, 63118,
    63264, 63283, 63828, 64121, 64315, 64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235,
    65239, 65260, 65716, 65952, 66083, 66087, 66099, 66154, 66166, 66250, 66271, 67136, 68049,
    68105, 68147, 68290, 68364, 68431, 68608, 68967, 69655, 69662, 69732, 69826, 69885, 69960,
    69961, 70096, 70144, 70168, 70223, 70360, 70405, 70407, 70424, 70568, 71201, 71226, 71246,
    71255, 71355, 71370, 71408, 71432, 71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619,
    71621, 71739, 71780, 71787, 71819, 71825, 71866, 72021, 72429, 72580, 72599, 72961, 73100,
    73133, 73204, 73258, 73386, 73390, 73419, 73479, 73505, 73539, 73655, 73776, 74161, 74196,
    74213, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74405, 74413, 74435, 74468, 74496,
    74506, 74508, 74554, 74578, 74585, 74590, 74616, 74658, 74745, 74748, 74823, 75172, 75179,
    75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739, 75824, 75881, 75905, 75914, 75918,
    75928, 76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754, 76791, 76802,
    76816, 76855, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465, 77472,
    77478, 77485, 77567, 77575, 77686, 77881, 77939, 78078, 78086, 78483, 78561, 78635, 78710,
    78741, 78746, 78812, 78818, 78872, 78906, 79011, 79021, 79058, 79069, 79081, 79117, 79209,
    79216, 79267, 79300, 79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795, 79871, 79882,
    79884, 79888, 79889, 79896, 79970, 80176, 80230, 80297, 80352, 80359, 80410, 80424, 80443,
    80480, 80554, 80604, 80645, 80698, 80709, 80750, 80812, 80897, 81025, 81059, 81074, 81171,
    81277, 81350, 81417, 81491, 81531, 81574, 81673, 81732, 81755, 82285, 82997, 83021, 83047,
    83102, 83113, 83116, 83409, 83541, 83585, 83773, 83794, 84055, 84130, 84146, 84182, 84222,
    84311, 84464, 84498, 84574, 84580, 84587, 84773, 84805, 85470, 85503, 85505, 85522, 85562,
    85585, 85593, 85604, 85614, 85673, 85677, 85721, 85727, 85750, 85754, 85759, 85827, 85838,
    85901, 85902, 85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317,
    86318, 86328, 86452, 86487, 86546, 86689, 86775, 86901, 86983, 86988, 86995, 87046, 87419,
    87614, 88044, 88072, 88117, 88246, 88376, 88377, 88437, 88443, 88463, 88496, 88514, 88621,
    88826, 88923, 89099, 89292, 89821, 90028, 90044, 90057, 90102, 90112, 90113, 90141, 90179,
    90241, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90537, 90602, 90635, 90677, 90776,
    90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240, 91292, 91600, 91691, 91748, 91762,
    91782, 91806, 91810, 91812, 91833, 91850, 91856, 91900, 91927, 91975, 91987, 91990, 92106,
    92109, 92178, 92189, 92247, 92260, 92273, 92447, 92464, 92465, 92570, 92642, 92655, 92711,
    92733, 92783, 92785, 92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612, 93640,
    93709, 93764, 93773, 93928, 93976, 93986, 93988, 94110, 94115, 94182, 94230, 94474, 94514,
    94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574,
    97726, 97828, 97863, 97865, 97881, 97883, 97981, 98072, 98076, 98122, 98141, 98143, 98193,
    98195, 98221, 98240, 98377, 98439, 98581, 98757, 99108, 99129, 99141, 99177, 99529, 99531,
    99751, 99826, 99837, 100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682, 100703,
    100753, 100803, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960, 100964,
    101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 103046, 103398, 103448, 103564,
    103596, 103615, 103987, 104288, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-second holdout was drawn (corpus
# lines, 1-based; its holdout23 included), frozen like `HOLDOUT21_SPEAKER_LINES`.
# fmt: off
HOLDOUT22_SPEAKER_LINES = (
    262, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1567, 1619, 1747,
    1764, 1784, 1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252, 4301, 4510, 4553, 4698,
    4705, 4720, 4779, 4788, 4838, 4895, 5160, 5242, 5368, 5626, 5989, 6062, 6235, 6240, 6309, 6412,
    6499, 6586, 6632, 6770, 6811, 6854, 6896, 6979, 7081, 7128, 7160, 7177, 7662, 7713, 7906, 8059,
    8521, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9884,
    9932, 10180, 10248, 10419, 10441, 10662, 10729, 10923, 10933, 10951, 11365, 11765, 12008, 12326,
    12348, 12593, 12969, 12985, 13054, 13083, 13098, 13407, 13512, 13520, 13549, 13578, 13588,
    14541, 14641, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406, 15489, 15687, 16704,
    16716, 16757, 17240, 17413, 17478, 17487, 17560, 18060, 18189, 18282, 18301, 18304, 18624,
    18802, 18817, 18833, 18841, 18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19342,
    19351, 19430, 19501, 19542, 19582, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20332,
    20380, 20422, 20504, 20520, 20705, 20748, 20763, 20775, 20999, 21153, 21181, 21201, 21224,
    21287, 21395, 21426, 21541, 21722, 21743, 21978, 22015, 22119, 22166, 22235, 22393, 22473,
    22651, 22854, 23011, 23016, 23094, 23343, 23391, 23552, 23664, 23683, 23764, 23830, 23834,
    23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098, 26147, 26641, 26717, 26748, 26752,
    26915, 27000, 27033, 27082, 27146, 27159, 27163, 27168, 27365, 27413, 27466, 27474, 27525,
    27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730, 28826,
    29203, 29281, 29304, 29335, 29429, 29635, 29880, 29908, 29986, 30143, 30206, 30210, 30223,
    30292, 30628, 30633, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830, 33887, 34067,
    34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430,
    35436, 35667, 35753, 35756, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36611, 36619,
    36671, 36672, 36937, 36979, 37011, 37029, 37192, 38181, 38743, 39053, 39054, 39219, 39421,
    39425, 39794, 40199, 40415, 41359, 41474, 41512, 41561, 41703, 41829, 42059, 42225, 42347,
    42359, 42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43397, 43441, 43446, 43568,
    43986, 44023, 44179, 44311, 44791, 45067, 46104, 46136, 46191, 46334, 46336, 46359, 46368,
    46566, 46798, 47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294,
    48565, 48833, 48944, 48983, 49025, 49162, 49353, 49455, 49496, 49574, 49625, 49816, 49843,
    49917, 50105, 50134, 50144, 50206, 50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154,
    51179, 51184, 52550, 52595, 52715, 52752, 52792, 52816, 52820, 52907, 52959, 53038, 53103,
    53235, 53326, 53353, 53362, 53376, 53404, 53610, 53952, 54079, 54227, 54240, 54451, 54496,
    54746, 54781, 54843, 54884, 55446, 55457, 55545, 55666, 55759, 55839, 56113, 56246, 56332,
    56434, 56461, 56810, 57081, 57331, 57605, 57751, 57804, 57968, 58578, 58659, 58868, 59061,
    59702, 59840, 59906, 59974, 60188, 60710, 61303, 61330, 61499, 61510, 61569, 61887, 62097,
    62166, 62202, 62476, 62577, 62664, 63087, 63118, 63264, 63283, 63828, 63903, 64121, 64315,
    64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235, 65239, 65260, 65524, 65716, 65952,
    66083, 66087, 66099, 66154, 66166, 66250, 66271, 67136, 68049, 68105, 68147, 68290, 68364,
    68431, 68440, 68608, 68967, 69655, 69662, 69732, 69826, 69885, 69927, 69960, 69961, 70096,
    70144, 70168, 70223, 70257, 70360, 70405, 70407, 70424, 70568, 71201, 71226, 71246, 71255,
    71355, 71370, 71408, 71432, 71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619, 71621,
    71739, 71780, 71787, 71819, 71825, 71866, 72021, 72212, 72429, 72580, 72599, 72961, 73100,
    73133, 73204, 73258, 73386, 73390, 73419, 73479, 73505, 73539, 73655, 73776, 74161, 74196,
    74213, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74403, 74405, 74413, 74435, 74468,
    74496, 74506, 74508, 74554, 74578, 74585, 74590, 74616, 74658, 74745, 74748, 74823, 75172,
    75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739, 75824, 75881, 75905, 75914,
    75918, 75928, 76015, 76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754,
    76791, 76802, 76816, 76855, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395,
    77465, 77472, 77478, 77485, 77567, 77575, 77629, 77686, 77881, 77939, 78078, 78086, 78483,
    78561, 78621, 78635, 78710, 78741, 78746, 78812, 78818, 78872, 78906, 79011, 79021, 79058,
    79069, 79081, 79117, 79209, 79216, 79267, 79300, 79425, 79451, 79588, 79707, 79750, 79761,
    79766, 79795, 79871, 79882, 79884, 79888, 79889, 79896, 79970, 80176, 80230, 80297, 80352,
    80359, 80410, 80424, 80443, 80480, 80554, 80604, 80645, 80698, 80709, 80750, 80812, 80897,
    81025, 81059, 81074, 81171, 81277, 81350, 81417, 81491, 81531, 81574, 81673, 81732, 81755,
    82285, 82997, 83021, 83047, 83054, 83102, 83113, 83116, 83409, 83541, 83585, 83773, 83794,
    84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498, 84574, 84580, 84587, 84773, 84805,
    85470, 85503, 85505, 85522, 85562, 85585, 85593, 85604, 85614, 85673, 85677, 85721, 85727,
    85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014, 86018, 86070,
    86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689, 86739, 86775,
    86901, 86983, 86988, 86995, 87046, 87419, 87614, 88044, 88072, 88117, 88246, 88376, 88377,
    88437, 88443, 88463, 88496, 88514, 88621, 88826, 88923, 89099, 89292, 89575, 89821, 90028,
    90044, 90057, 90102, 90112, 90113, 90141, 90179, 90241, 90333, 90390, 90432, 90454, 90460,
    90507, 90513, 90537, 90602, 90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144,
    91181, 91220, 91240, 91292, 91600, 91675, 91691, 91748, 91762, 91782, 91806, 91810, 91812,
    91833, 91850, 91856, 91900, 91927, 91975, 91987, 91990, 92106, 92109, 92178, 92189, 92247,
    92260, 92273, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92767, 92783, 92785,
    92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612, 93640, 93709, 93764, 93773,
    93928, 93976, 93986, 93988, 94110, 94115, 94182, 94230, 94474, 94514, 94541, 94674, 94888,
    95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97828,
    97863, 97865, 97881, 97883, 97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98193,
    98195, 98221, 98240, 98377, 98439, 98581, 98757, 99108, 99129, 99141, 99177, 99529, 99531,
    99751, 99826, 99837, 100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682, 100695,
    100703, 100753, 100803, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960,
    100964, 101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 103046, 103398, 103448,
    103564, 103596, 103615, 103987, 104288, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-third holdout was drawn (corpus
# lines, 1-based; its holdout24 included), frozen like `HOLDOUT22_SPEAKER_LINES`.
# fmt: off
HOLDOUT23_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1567, 1619,
    1747, 1764, 1784, 1853, 1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252, 4301, 4510,
    4553, 4698, 4705, 4720, 4779, 4788, 4838, 4895, 5160, 5242, 5368, 5626, 5989, 6062, 6235, 6240,
    6309, 6412, 6499, 6586, 6632, 6770, 6811, 6854, 6896, 6979, 7081, 7128, 7160, 7177, 7662, 7713,
    7906, 8003, 8059, 8489, 8521, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046,
    9153, 9193, 9215, 9231, 9884, 9932, 10180, 10248, 10419, 10441, 10662, 10729, 10771, 10923,
    10933, 10951, 11365, 11765, 11789, 12008, 12326, 12348, 12593, 12969, 12985, 13054, 13083,
    13098, 13407, 13419, 13512, 13520, 13549, 13578, 13588, 14541, 14641, 14773, 15014, 15077,
    15194, 15214, 15358, 15397, 15406, 15489, 15687, 16704, 16716, 16757, 17240, 17413, 17478,
    17487, 17560, 18060, 18189, 18282, 18301, 18304, 18624, 18786, 18802, 18817, 18833, 18841,
    18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19342, 19351, 19430, 19501, 19542,
    19582, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20332, 20380, 20422, 20504, 20520,
    20705, 20748, 20763, 20775, 20999, 21153, 21181, 21201, 21224, 21287, 21395, 21426, 21541,
    21722, 21743, 21978, 22015, 22119, 22166, 22235, 22393, 22473, 22651, 22854, 22950, 23011,
    23016, 23094, 23343, 23391, 23552, 23566, 23664, 23683, 23764, 23830, 23834, 23895, 24466,
    24965, 25437, 25467, 25683, 25988, 26098, 26147, 26641, 26717, 26748, 26752, 26915, 27000,
    27033, 27082, 27146, 27159, 27163, 27168, 27365, 27413, 27466, 27474, 27525, 27531, 27534,
    27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281,
    29304, 29335, 29429, 29635, 29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628,
    30633, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830, 33887, 34064, 34067, 34142,
    34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430, 35436,
    35667, 35753, 35756, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36440, 36611, 36619,
    36671, 36672, 36937, 36979, 37011, 37029, 37192, 38181, 38743, 39053, 39054, 39219, 39421,
    39425, 39794, 40199, 40415, 41359, 41474, 41512, 41561, 41703, 41829, 42059, 42225, 42347,
    42359, 42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43397, 43441, 43446, 43568,
    43986, 44023, 44179, 44311, 44791, 44865, 45067, 46104, 46136, 46191, 46334, 46336, 46359,
    46368, 46566, 46798, 47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285,
    48294, 48565, 48833, 48936, 48944, 48983, 49025, 49162, 49353, 49455, 49496, 49574, 49625,
    49816, 49843, 49917, 50105, 50134, 50144, 50206, 50491, 50589, 50711, 50790, 50894, 51013,
    51070, 51154, 51179, 51184, 52550, 52595, 52715, 52752, 52792, 52816, 52820, 52907, 52959,
    53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53952, 54079, 54227, 54240,
    54451, 54496, 54746, 54781, 54843, 54884, 55410, 55446, 55457, 55545, 55666, 55759, 55839,
    56113, 56246, 56332, 56434, 56461, 56810, 57081, 57331, 57605, 57751, 57804, 57968, 58578,
    58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188, 60710, 61303, 61330, 61369,
    61499, 61510, 61569, 61887, 62097, 62166, 62202, 62476, 62577, 62664, 63087, 63118, 63264,
    63283, 63828, 63903, 64121, 64315, 64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235,
    65239, 65260, 65524, 65716, 65952, 66083, 66087, 66099, 66154, 66166, 66250, 66271, 67136,
    68049, 68105, 68147, 68290, 68364, 68431, 68440, 68598, 68608, 68967, 69655, 69662, 69732,
    69826, 69885, 69927, 69960, 69961, 70020, 70096, 70144, 70168, 70223, 70257, 70360, 70405,
    70407, 70424, 70568, 71201, 71226, 71246, 71255, 71355, 71370, 71408, 71432, 71437, 71446,
    71482, 71516, 71565, 71577, 71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866,
    72021, 72212, 72429, 72580, 72599, 72961, 73100, 73133, 73204, 73258, 73386, 73390, 73419,
    73479, 73505, 73539, 73655, 73776, 74161, 74196, 74213, 74222, 74223, 74225, 74227, 74243,
    74309, 74370, 74398, 74403, 74405, 74413, 74435, 74468, 74486, 74496, 74506, 74508, 74554,
    74575, 74578, 74585, 74590, 74616, 74658, 74745, 74748, 74823, 75172, 75179, 75234, 75254,
    75263, 75344, 75541, 75612, 75698, 75739, 75824, 75881, 75905, 75914, 75918, 75928, 76000,
    76015, 76202, 76212, 76435, 76449, 76596, 76675, 76724, 76736, 76752, 76754, 76791, 76799,
    76802, 76816, 76855, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465,
    77472, 77478, 77485, 77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086, 78214,
    78483, 78561, 78621, 78635, 78710, 78741, 78746, 78812, 78818, 78872, 78906, 79011, 79021,
    79058, 79069, 79081, 79117, 79209, 79216, 79267, 79300, 79370, 79425, 79451, 79588, 79707,
    79750, 79761, 79766, 79795, 79831, 79871, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80308, 80352, 80359, 80410, 80424, 80443, 80480, 80554, 80604, 80645, 80698,
    80709, 80750, 80812, 80897, 81025, 81059, 81074, 81171, 81277, 81350, 81417, 81491, 81531,
    81574, 81673, 81732, 81755, 82285, 82997, 83021, 83047, 83054, 83102, 83113, 83116, 83409,
    83425, 83541, 83585, 83773, 83794, 84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498,
    84574, 84580, 84587, 84773, 84805, 84934, 85470, 85503, 85505, 85522, 85523, 85562, 85585,
    85593, 85604, 85614, 85673, 85677, 85721, 85727, 85750, 85754, 85759, 85827, 85838, 85901,
    85902, 85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318,
    86328, 86452, 86487, 86546, 86689, 86739, 86775, 86901, 86983, 86988, 86995, 87046, 87419,
    87614, 87986, 88044, 88072, 88117, 88246, 88376, 88377, 88437, 88443, 88463, 88496, 88514,
    88621, 88826, 88923, 89099, 89292, 89575, 89821, 89864, 90028, 90044, 90057, 90102, 90112,
    90113, 90141, 90179, 90238, 90241, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90537,
    90551, 90602, 90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220,
    91240, 91292, 91600, 91675, 91691, 91748, 91762, 91782, 91806, 91810, 91812, 91833, 91850,
    91856, 91900, 91927, 91975, 91987, 91990, 92106, 92109, 92178, 92189, 92247, 92260, 92262,
    92273, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92767, 92783, 92785, 92800,
    92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612, 93640, 93709, 93764, 93773, 93928,
    93976, 93986, 93988, 94110, 94115, 94182, 94230, 94474, 94514, 94541, 94674, 94888, 95576,
    95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97828, 97863,
    97865, 97881, 97883, 97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98193, 98195,
    98221, 98240, 98289, 98377, 98439, 98581, 98757, 99108, 99129, 99141, 99177, 99529, 99531,
    99751, 99826, 99837, 100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682, 100695,
    100703, 100753, 100803, 100826, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944,
    100960, 100964, 101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 103046, 103398,
    103448, 103564, 103596, 103615, 103987, 104288, 104302, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-fourth holdout was drawn (corpus
# lines, 1-based; its holdout25 included), frozen like `HOLDOUT23_SPEAKER_LINES`.
# fmt: off
HOLDOUT24_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1567, 1619,
    1747, 1764, 1784, 1853, 1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252, 4301, 4510,
    4553, 4698, 4705, 4720, 4779, 4788, 4838, 4895, 5160, 5242, 5368, 5626, 5740, 5989, 6062, 6235,
    6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811, 6854, 6896, 6979, 7081, 7128, 7160, 7177,
    7314, 7662, 7713, 7906, 8003, 8059, 8489, 8521, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775,
    8780, 8795, 9046, 9153, 9193, 9215, 9231, 9884, 9932, 10180, 10248, 10419, 10441, 10662, 10729,
    10771, 10923, 10933, 10951, 11365, 11730, 11765, 11789, 12008, 12326, 12348, 12593, 12969,
    12985, 13054, 13083, 13098, 13396, 13407, 13419, 13512, 13520, 13549, 13578, 13588, 14541,
    14641, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406, 15489, 15687, 16704, 16716,
    16757, 17240, 17413, 17478, 17487, 17560, 18060, 18189, 18282, 18301, 18304, 18624, 18786,
    18802, 18817, 18833, 18841, 18844, 18869, 18920, 18989, 19066, 19071, 19132, 19188, 19342,
    19351, 19430, 19501, 19542, 19582, 19730, 19742, 19954, 19957, 20052, 20062, 20073, 20195,
    20332, 20380, 20422, 20504, 20520, 20683, 20705, 20748, 20763, 20775, 20999, 21153, 21181,
    21201, 21224, 21287, 21395, 21426, 21541, 21722, 21743, 21978, 22015, 22119, 22147, 22166,
    22235, 22393, 22473, 22651, 22854, 22950, 23011, 23016, 23094, 23343, 23391, 23449, 23552,
    23566, 23664, 23683, 23764, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988,
    26098, 26147, 26641, 26688, 26717, 26748, 26752, 26915, 27000, 27033, 27082, 27146, 27159,
    27163, 27168, 27365, 27413, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762, 27934,
    28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281, 29304, 29335, 29429, 29635,
    29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30633, 30710, 31029, 31030,
    31036, 32607, 33717, 33817, 33830, 33887, 34064, 34067, 34142, 34173, 34207, 34224, 34260,
    34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430, 35436, 35541, 35667, 35753, 35756,
    35898, 35917, 35933, 35944, 36119, 36263, 36371, 36440, 36611, 36619, 36660, 36671, 36672,
    36937, 36979, 37011, 37029, 37192, 38181, 38743, 39053, 39054, 39219, 39421, 39425, 39794,
    40199, 40415, 41359, 41474, 41512, 41561, 41703, 41829, 42059, 42172, 42225, 42347, 42359,
    42430, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43397, 43441, 43446, 43568, 43986,
    44023, 44179, 44311, 44791, 44848, 44865, 45067, 46104, 46136, 46191, 46334, 46336, 46359,
    46368, 46554, 46566, 46798, 47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278,
    48285, 48294, 48565, 48833, 48936, 48944, 48981, 48983, 49025, 49162, 49353, 49455, 49496,
    49574, 49625, 49816, 49843, 49917, 50105, 50134, 50144, 50206, 50491, 50589, 50711, 50790,
    50894, 51013, 51070, 51154, 51179, 51184, 52550, 52595, 52715, 52752, 52792, 52816, 52820,
    52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53952, 54079,
    54227, 54240, 54451, 54496, 54746, 54781, 54843, 54884, 55410, 55446, 55457, 55545, 55666,
    55759, 55839, 56113, 56246, 56332, 56434, 56461, 56810, 57081, 57331, 57605, 57751, 57804,
    57968, 58578, 58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188, 60260, 60710,
    61303, 61330, 61369, 61499, 61510, 61569, 61887, 62097, 62166, 62202, 62476, 62577, 62664,
    63087, 63118, 63264, 63283, 63828, 63903, 64121, 64253, 64315, 64330, 64484, 64506, 64510,
    64530, 64907, 65160, 65235, 65239, 65260, 65524, 65716, 65952, 66083, 66087, 66099, 66154,
    66166, 66250, 66271, 67136, 68049, 68105, 68147, 68290, 68364, 68423, 68431, 68440, 68598,
    68608, 68967, 69655, 69662, 69732, 69826, 69885, 69927, 69960, 69961, 70020, 70096, 70144,
    70168, 70223, 70257, 70360, 70405, 70407, 70424, 70568, 71201, 71226, 71246, 71255, 71293,
    71355, 71370, 71408, 71432, 71437, 71446, 71482, 71516, 71565, 71577, 71618, 71619, 71621,
    71739, 71780, 71787, 71819, 71825, 71866, 72021, 72212, 72429, 72580, 72599, 72961, 73100,
    73133, 73204, 73258, 73333, 73386, 73390, 73419, 73479, 73505, 73539, 73655, 73776, 74161,
    74196, 74213, 74222, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74403, 74405, 74413,
    74435, 74468, 74486, 74496, 74506, 74508, 74554, 74575, 74578, 74585, 74590, 74616, 74658,
    74745, 74748, 74823, 75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739,
    75775, 75824, 75881, 75905, 75914, 75918, 75928, 76000, 76015, 76202, 76212, 76435, 76449,
    76596, 76598, 76675, 76724, 76736, 76752, 76754, 76791, 76799, 76802, 76816, 76824, 76855,
    76921, 76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465, 77472, 77478, 77485,
    77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086, 78214, 78483, 78561, 78621,
    78635, 78710, 78741, 78746, 78812, 78818, 78867, 78872, 78906, 79011, 79021, 79043, 79058,
    79069, 79081, 79117, 79209, 79216, 79267, 79300, 79370, 79425, 79451, 79588, 79707, 79750,
    79761, 79766, 79795, 79831, 79871, 79882, 79884, 79888, 79889, 79896, 79970, 80176, 80230,
    80297, 80308, 80346, 80352, 80359, 80410, 80424, 80443, 80480, 80493, 80554, 80604, 80645,
    80698, 80709, 80750, 80812, 80897, 80917, 81025, 81059, 81074, 81171, 81277, 81350, 81354,
    81417, 81491, 81531, 81574, 81673, 81732, 81755, 82285, 82997, 83021, 83047, 83054, 83102,
    83113, 83116, 83409, 83425, 83541, 83585, 83613, 83773, 83794, 84055, 84130, 84146, 84182,
    84222, 84311, 84464, 84498, 84574, 84580, 84587, 84703, 84773, 84805, 84934, 85470, 85503,
    85505, 85522, 85523, 85562, 85585, 85593, 85604, 85614, 85637, 85673, 85677, 85721, 85727,
    85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014, 86018, 86070,
    86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689, 86739, 86775,
    86901, 86983, 86988, 86995, 87046, 87419, 87614, 87986, 88044, 88072, 88117, 88246, 88376,
    88377, 88437, 88443, 88463, 88496, 88514, 88621, 88826, 88923, 89099, 89292, 89575, 89821,
    89864, 90028, 90044, 90057, 90102, 90112, 90113, 90141, 90179, 90238, 90241, 90333, 90390,
    90432, 90454, 90460, 90507, 90513, 90537, 90551, 90602, 90635, 90658, 90677, 90776, 90854,
    90921, 91094, 91142, 91144, 91181, 91220, 91240, 91292, 91600, 91675, 91691, 91748, 91762,
    91763, 91782, 91806, 91810, 91812, 91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987,
    91990, 92106, 92109, 92178, 92189, 92247, 92260, 92262, 92273, 92447, 92464, 92465, 92570,
    92642, 92655, 92711, 92733, 92767, 92783, 92785, 92800, 92843, 92990, 93216, 93225, 93251,
    93257, 93360, 93612, 93639, 93640, 93709, 93764, 93773, 93928, 93976, 93986, 93988, 94110,
    94115, 94182, 94230, 94270, 94474, 94514, 94541, 94674, 94888, 95576, 95648, 95721, 96168,
    96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97827, 97828, 97863, 97865, 97881,
    97883, 97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98193, 98195, 98221, 98240,
    98289, 98377, 98439, 98581, 98757, 99108, 99129, 99141, 99177, 99529, 99531, 99751, 99826,
    99837, 100032, 100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682, 100695, 100703,
    100753, 100803, 100826, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960,
    100964, 101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 103046, 103398, 103448,
    103564, 103596, 103615, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-fifth holdout was drawn (corpus
# lines, 1-based; its holdout26 included), frozen like `HOLDOUT24_SPEAKER_LINES`.
# fmt: off
HOLDOUT25_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1350, 1567,
    1619, 1747, 1764, 1784, 1853, 1939, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252, 4301,
    4510, 4553, 4698, 4705, 4712, 4720, 4779, 4788, 4838, 4895, 5160, 5242, 5368, 5626, 5740, 5764,
    5989, 6062, 6235, 6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811, 6854, 6896, 6979, 7081,
    7128, 7160, 7177, 7314, 7492, 7662, 7713, 7906, 8003, 8059, 8489, 8521, 8570, 8625, 8658, 8667,
    8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231, 9884, 9932, 10180, 10248,
    10419, 10441, 10662, 10729, 10771, 10923, 10933, 10951, 11365, 11730, 11765, 11789, 12008,
    12326, 12348, 12593, 12969, 12985, 13054, 13083, 13098, 13396, 13407, 13419, 13512, 13520,
    13549, 13578, 13588, 14541, 14641, 14692, 14773, 15014, 15077, 15194, 15214, 15358, 15397,
    15406, 15489, 15687, 16704, 16716, 16757, 17240, 17413, 17478, 17487, 17560, 18060, 18189,
    18282, 18301, 18304, 18624, 18786, 18802, 18817, 18833, 18841, 18844, 18869, 18920, 18989,
    19066, 19071, 19132, 19188, 19268, 19342, 19351, 19430, 19501, 19542, 19582, 19730, 19742,
    19954, 19957, 20052, 20062, 20073, 20195, 20332, 20380, 20422, 20504, 20520, 20683, 20705,
    20748, 20763, 20775, 20999, 21153, 21181, 21201, 21224, 21287, 21395, 21426, 21541, 21722,
    21743, 21978, 22015, 22047, 22119, 22147, 22166, 22235, 22393, 22473, 22651, 22854, 22950,
    23011, 23016, 23094, 23343, 23391, 23449, 23552, 23566, 23664, 23683, 23764, 23830, 23834,
    23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098, 26147, 26641, 26688, 26717, 26748,
    26752, 26915, 27000, 27033, 27082, 27146, 27159, 27163, 27168, 27365, 27413, 27466, 27474,
    27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730,
    28826, 29203, 29281, 29304, 29335, 29429, 29635, 29857, 29880, 29908, 29986, 30143, 30206,
    30210, 30223, 30292, 30628, 30633, 30710, 31029, 31030, 31036, 32607, 33717, 33817, 33830,
    33887, 34064, 34067, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121,
    35301, 35416, 35430, 35436, 35541, 35667, 35753, 35756, 35898, 35917, 35933, 35944, 36119,
    36263, 36371, 36440, 36611, 36619, 36660, 36671, 36672, 36937, 36979, 37011, 37029, 37192,
    38181, 38743, 38748, 39053, 39054, 39219, 39421, 39425, 39794, 40199, 40415, 41359, 41387,
    41474, 41512, 41561, 41703, 41829, 42059, 42172, 42225, 42347, 42359, 42430, 42507, 42515,
    42675, 42909, 43062, 43099, 43128, 43246, 43397, 43441, 43446, 43568, 43986, 44023, 44179,
    44311, 44791, 44848, 44865, 45067, 45956, 46104, 46136, 46191, 46334, 46336, 46359, 46368,
    46554, 46566, 46798, 47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285,
    48294, 48565, 48833, 48936, 48944, 48981, 48983, 49025, 49162, 49353, 49455, 49496, 49574,
    49625, 49816, 49843, 49917, 50105, 50134, 50144, 50206, 50491, 50589, 50711, 50790, 50894,
    51013, 51070, 51154, 51179, 51184, 52550, 52595, 52715, 52752, 52792, 52816, 52820, 52907,
    52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53746, 53952, 54079,
    54227, 54240, 54451, 54496, 54746, 54781, 54843, 54884, 54953, 55410, 55446, 55457, 55545,
    55666, 55759, 55839, 56113, 56246, 56332, 56434, 56461, 56810, 57081, 57331, 57605, 57751,
    57773, 57804, 57968, 58578, 58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188,
    60260, 60710, 61303, 61330, 61369, 61499, 61510, 61569, 61887, 62097, 62166, 62202, 62476,
    62577, 62664, 63087, 63118, 63144, 63264, 63283, 63828, 63903, 64010, 64121, 64253, 64315,
    64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235, 65239, 65260, 65524, 65716, 65952,
    66083, 66087, 66091, 66099, 66154, 66166, 66250, 66271, 67136, 68049, 68105, 68147, 68290,
    68364, 68423, 68431, 68440, 68598, 68608, 68967, 69655, 69662, 69732, 69826, 69885, 69917,
    69927, 69960, 69961, 70020, 70096, 70144, 70168, 70223, 70257, 70360, 70405, 70407, 70424,
    70568, 71201, 71214, 71226, 71246, 71255, 71293, 71355, 71370, 71408, 71432, 71437, 71446,
    71463, 71482, 71516, 71565, 71577, 71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825,
    71866, 72021, 72212, 72429, 72580, 72599, 72961, 73100, 73133, 73204, 73258, 73333, 73386,
    73390, 73419, 73470, 73479, 73505, 73539, 73655, 73776, 73879, 74161, 74196, 74207, 74213,
    74222, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74403, 74405, 74413, 74435, 74468,
    74486, 74496, 74506, 74508, 74554, 74575, 74578, 74585, 74590, 74616, 74658, 74745, 74748,
    74823, 75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739, 75775, 75824,
    75881, 75905, 75914, 75918, 75928, 76000, 76015, 76202, 76212, 76435, 76449, 76553, 76596,
    76598, 76675, 76724, 76736, 76752, 76754, 76791, 76799, 76802, 76816, 76824, 76855, 76921,
    76938, 76958, 76963, 76989, 77058, 77097, 77240, 77395, 77465, 77472, 77478, 77485, 77567,
    77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086, 78214, 78373, 78483, 78561, 78621,
    78635, 78710, 78741, 78746, 78812, 78818, 78867, 78872, 78906, 79011, 79021, 79043, 79058,
    79069, 79081, 79117, 79209, 79216, 79267, 79300, 79370, 79425, 79451, 79588, 79707, 79750,
    79761, 79766, 79795, 79831, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80308, 80346, 80352, 80359, 80410, 80424, 80443, 80480, 80493, 80554, 80604,
    80645, 80698, 80709, 80750, 80812, 80897, 80917, 81025, 81059, 81074, 81171, 81254, 81277,
    81350, 81354, 81417, 81491, 81531, 81574, 81673, 81732, 81755, 82285, 82997, 83002, 83021,
    83047, 83054, 83102, 83113, 83116, 83409, 83425, 83541, 83585, 83613, 83773, 83794, 83977,
    84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498, 84574, 84580, 84587, 84703, 84773,
    84805, 84934, 85470, 85503, 85505, 85522, 85523, 85562, 85585, 85593, 85604, 85614, 85637,
    85673, 85677, 85721, 85727, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975,
    85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487,
    86546, 86689, 86739, 86775, 86870, 86901, 86983, 86988, 86995, 87046, 87419, 87614, 87986,
    88044, 88072, 88117, 88246, 88376, 88377, 88437, 88443, 88463, 88496, 88514, 88621, 88826,
    88923, 89099, 89292, 89575, 89821, 89864, 90028, 90044, 90057, 90102, 90112, 90113, 90141,
    90179, 90185, 90238, 90241, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90535, 90537,
    90551, 90602, 90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220,
    91240, 91292, 91600, 91675, 91691, 91748, 91762, 91763, 91782, 91806, 91810, 91812, 91831,
    91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987, 91990, 92106, 92109, 92178, 92188,
    92189, 92247, 92260, 92262, 92273, 92289, 92447, 92464, 92465, 92570, 92642, 92655, 92711,
    92733, 92767, 92783, 92785, 92800, 92843, 92990, 93216, 93225, 93251, 93257, 93360, 93612,
    93639, 93640, 93709, 93764, 93773, 93928, 93976, 93984, 93986, 93988, 94110, 94115, 94182,
    94230, 94270, 94474, 94514, 94541, 94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109,
    97159, 97232, 97426, 97519, 97574, 97726, 97827, 97828, 97863, 97865, 97881, 97883, 97981,
    98071, 98072, 98076, 98106, 98122, 98141, 98143, 98193, 98195, 98221, 98240, 98289, 98377,
    98439, 98581, 98757, 99108, 99129, 99141, 99177, 99529, 99531, 99751, 99826, 99837, 100032,
    100108, 100180, 100203, 100233, 100324, 100355, 100605, 100682, 100695, 100703, 100753, 100790,
    100803, 100826, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960, 100964,
    101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 102846, 103046, 103398, 103448,
    103564, 103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-sixth holdout was drawn (corpus
# lines, 1-based; its holdout27 included), frozen like `HOLDOUT25_SPEAKER_LINES`.
# fmt: off
HOLDOUT26_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1350, 1567,
    1619, 1747, 1764, 1784, 1853, 1939, 1941, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252,
    4301, 4510, 4553, 4698, 4705, 4712, 4720, 4779, 4788, 4796, 4838, 4895, 5160, 5242, 5368, 5626,
    5740, 5764, 5989, 6062, 6235, 6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811, 6854, 6896,
    6979, 7081, 7128, 7160, 7177, 7314, 7492, 7662, 7713, 7906, 8003, 8059, 8489, 8521, 8570, 8625,
    8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231, 9777, 9884, 9932,
    10180, 10248, 10419, 10441, 10662, 10729, 10771, 10923, 10933, 10951, 11365, 11730, 11765,
    11789, 12008, 12326, 12348, 12526, 12593, 12969, 12985, 13054, 13083, 13098, 13396, 13407,
    13419, 13512, 13520, 13549, 13578, 13588, 14541, 14641, 14692, 14773, 15014, 15077, 15194,
    15214, 15358, 15397, 15406, 15489, 15687, 16704, 16716, 16757, 17240, 17413, 17478, 17487,
    17560, 18060, 18189, 18282, 18301, 18304, 18624, 18786, 18802, 18817, 18833, 18841, 18844,
    18869, 18920, 18989, 19066, 19071, 19112, 19132, 19188, 19268, 19342, 19351, 19430, 19501,
    19542, 19582, 19730, 19742, 19954, 19957, 20052, 20062, 20073, 20195, 20332, 20380, 20422,
    20504, 20520, 20683, 20705, 20748, 20763, 20775, 20997, 20999, 21153, 21181, 21201, 21224,
    21287, 21395, 21426, 21541, 21722, 21743, 21978, 22015, 22047, 22119, 22147, 22166, 22235,
    22393, 22473, 22651, 22854, 22950, 23011, 23016, 23094, 23287, 23343, 23391, 23449, 23552,
    23566, 23664, 23683, 23764, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988,
    26098, 26147, 26641, 26688, 26717, 26748, 26752, 26915, 27000, 27033, 27082, 27146, 27159,
    27163, 27168, 27365, 27413, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762, 27934,
    28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281, 29304, 29335, 29429, 29635,
    29857, 29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30633, 30710, 31029,
    31030, 31036, 31377, 32607, 33717, 33817, 33830, 33887, 34064, 34067, 34113, 34142, 34173,
    34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430, 35436, 35541,
    35667, 35753, 35756, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36440, 36611, 36619,
    36660, 36671, 36672, 36937, 36979, 37011, 37029, 37192, 38181, 38743, 38748, 39053, 39054,
    39219, 39421, 39425, 39794, 40199, 40415, 41359, 41387, 41474, 41512, 41538, 41561, 41703,
    41721, 41829, 42059, 42172, 42225, 42347, 42359, 42430, 42507, 42515, 42675, 42909, 43062,
    43099, 43128, 43246, 43397, 43441, 43446, 43568, 43809, 43986, 44023, 44179, 44311, 44791,
    44848, 44865, 45067, 45956, 46104, 46136, 46191, 46334, 46336, 46359, 46368, 46554, 46566,
    46798, 47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294, 48565,
    48833, 48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403, 49455, 49496, 49574,
    49625, 49816, 49843, 49917, 50105, 50134, 50144, 50206, 50441, 50491, 50589, 50711, 50790,
    50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595, 52715, 52752, 52792, 52816,
    52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53746,
    53952, 53964, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843, 54884, 54953, 55410,
    55446, 55457, 55545, 55666, 55759, 55839, 56113, 56246, 56332, 56434, 56461, 56569, 56810,
    57081, 57331, 57605, 57751, 57773, 57804, 57968, 58321, 58578, 58659, 58868, 58993, 59061,
    59702, 59840, 59906, 59974, 60188, 60260, 60710, 61303, 61330, 61369, 61499, 61510, 61569,
    61887, 62097, 62124, 62166, 62202, 62476, 62504, 62577, 62664, 63087, 63118, 63144, 63264,
    63283, 63828, 63903, 64010, 64121, 64253, 64315, 64330, 64484, 64506, 64510, 64530, 64907,
    65160, 65235, 65239, 65260, 65524, 65716, 65952, 66083, 66087, 66091, 66099, 66154, 66166,
    66250, 66271, 67136, 68049, 68105, 68147, 68290, 68364, 68423, 68431, 68440, 68598, 68608,
    68967, 69655, 69662, 69732, 69826, 69885, 69917, 69927, 69960, 69961, 70020, 70096, 70144,
    70168, 70223, 70257, 70360, 70405, 70407, 70424, 70568, 71201, 71214, 71226, 71246, 71255,
    71293, 71355, 71370, 71408, 71432, 71437, 71446, 71463, 71482, 71516, 71565, 71577, 71618,
    71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866, 72021, 72212, 72429, 72580, 72599,
    72961, 73100, 73133, 73204, 73258, 73333, 73386, 73390, 73419, 73470, 73479, 73505, 73539,
    73655, 73776, 73879, 73892, 74161, 74196, 74207, 74213, 74222, 74223, 74225, 74227, 74243,
    74309, 74370, 74398, 74403, 74405, 74413, 74435, 74468, 74486, 74496, 74506, 74508, 74554,
    74575, 74578, 74585, 74590, 74616, 74658, 74745, 74748, 74823, 75172, 75179, 75234, 75254,
    75263, 75344, 75541, 75612, 75698, 75739, 75775, 75824, 75881, 75905, 75914, 75918, 75928,
    76000, 76015, 76202, 76212, 76435, 76449, 76553, 76596, 76598, 76675, 76724, 76736, 76752,
    76754, 76791, 76799, 76802, 76816, 76824, 76855, 76875, 76921, 76938, 76958, 76963, 76989,
    77058, 77097, 77198, 77240, 77395, 77465, 77472, 77478, 77485, 77567, 77575, 77580, 77629,
    77686, 77881, 77939, 78078, 78086, 78214, 78373, 78483, 78561, 78621, 78635, 78710, 78741,
    78746, 78812, 78818, 78867, 78872, 78906, 79011, 79021, 79043, 79058, 79069, 79081, 79117,
    79209, 79216, 79267, 79300, 79370, 79425, 79451, 79588, 79707, 79750, 79761, 79766, 79795,
    79800, 79831, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176, 80230, 80297,
    80308, 80346, 80352, 80359, 80410, 80424, 80443, 80480, 80493, 80554, 80604, 80618, 80645,
    80698, 80709, 80750, 80812, 80897, 80917, 81025, 81059, 81074, 81171, 81254, 81277, 81350,
    81354, 81417, 81418, 81491, 81497, 81531, 81574, 81673, 81732, 81755, 82285, 82997, 83002,
    83021, 83047, 83054, 83102, 83113, 83116, 83409, 83425, 83541, 83585, 83613, 83773, 83794,
    83977, 84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498, 84574, 84580, 84587, 84703,
    84773, 84805, 84934, 85470, 85503, 85505, 85522, 85523, 85562, 85569, 85585, 85593, 85604,
    85614, 85637, 85673, 85677, 85721, 85727, 85750, 85754, 85759, 85827, 85838, 85901, 85902,
    85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328,
    86452, 86487, 86546, 86689, 86739, 86775, 86870, 86901, 86983, 86988, 86995, 87046, 87419,
    87614, 87986, 88044, 88072, 88117, 88246, 88376, 88377, 88437, 88443, 88463, 88496, 88508,
    88514, 88621, 88826, 88923, 89099, 89292, 89575, 89752, 89821, 89864, 90028, 90044, 90057,
    90102, 90112, 90113, 90141, 90179, 90185, 90238, 90241, 90298, 90333, 90390, 90432, 90454,
    90460, 90507, 90513, 90535, 90537, 90551, 90602, 90635, 90658, 90677, 90776, 90854, 90921,
    91094, 91142, 91144, 91181, 91220, 91240, 91292, 91600, 91669, 91675, 91691, 91748, 91762,
    91763, 91782, 91806, 91810, 91812, 91831, 91833, 91850, 91856, 91900, 91925, 91927, 91975,
    91987, 91990, 92041, 92106, 92109, 92178, 92188, 92189, 92247, 92260, 92262, 92273, 92289,
    92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92767, 92783, 92785, 92800, 92820,
    92843, 92990, 93149, 93216, 93225, 93251, 93257, 93360, 93612, 93639, 93640, 93709, 93764,
    93773, 93928, 93976, 93984, 93986, 93988, 94110, 94115, 94182, 94229, 94230, 94270, 94474,
    94514, 94541, 94674, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426,
    97519, 97574, 97726, 97827, 97828, 97863, 97865, 97881, 97883, 97911, 97981, 98071, 98072,
    98076, 98106, 98122, 98141, 98143, 98193, 98195, 98221, 98240, 98289, 98377, 98439, 98581,
    98757, 99108, 99129, 99141, 99177, 99361, 99529, 99531, 99751, 99826, 99837, 100032, 100108,
    100180, 100203, 100233, 100324, 100355, 100605, 100682, 100695, 100703, 100753, 100790, 100803,
    100819, 100826, 100855, 100862, 100899, 100908, 100923, 100927, 100939, 100944, 100960, 100964,
    101258, 102026, 102041, 102047, 102174, 102225, 102552, 102695, 102846, 103046, 103398, 103448,
    103564, 103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009,
)
# fmt: on


# Every release the speaker gold held when the twenty-seventh holdout was drawn (corpus
# lines, 1-based; its holdout28 included), frozen like `HOLDOUT26_SPEAKER_LINES`.
# fmt: off
HOLDOUT27_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 1122, 1139, 1202, 1274, 1290, 1350, 1567,
    1619, 1747, 1764, 1784, 1853, 1939, 1941, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252,
    4301, 4510, 4553, 4698, 4705, 4712, 4720, 4779, 4788, 4796, 4838, 4895, 5160, 5242, 5368, 5626,
    5740, 5764, 5989, 6062, 6235, 6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811, 6854, 6896,
    6979, 7081, 7128, 7160, 7177, 7314, 7492, 7662, 7713, 7906, 8003, 8059, 8489, 8521, 8570, 8625,
    8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231, 9777, 9884, 9932,
    10049, 10180, 10199, 10248, 10419, 10441, 10662, 10729, 10771, 10923, 10933, 10951, 11365,
    11730, 11765, 11789, 12008, 12326, 12348, 12526, 12593, 12969, 12985, 13054, 13083, 13098,
    13396, 13407, 13419, 13512, 13520, 13549, 13578, 13588, 14541, 14641, 14692, 14773, 15014,
    15077, 15194, 15214, 15358, 15397, 15406, 15489, 15687, 16704, 16716, 16757, 17240, 17413,
    17478, 17487, 17512, 17560, 18060, 18189, 18282, 18301, 18304, 18624, 18786, 18802, 18817,
    18833, 18841, 18844, 18869, 18920, 18958, 18989, 19066, 19071, 19112, 19132, 19188, 19268,
    19342, 19351, 19430, 19501, 19542, 19582, 19730, 19742, 19954, 19957, 20052, 20062, 20073,
    20195, 20332, 20380, 20422, 20504, 20520, 20683, 20705, 20748, 20763, 20775, 20997, 20999,
    21153, 21181, 21201, 21224, 21287, 21395, 21426, 21541, 21722, 21743, 21868, 21978, 22015,
    22047, 22119, 22147, 22166, 22235, 22393, 22473, 22651, 22854, 22950, 23011, 23016, 23094,
    23287, 23343, 23391, 23449, 23552, 23566, 23664, 23683, 23764, 23830, 23834, 23895, 24466,
    24965, 25437, 25467, 25683, 25988, 26098, 26147, 26641, 26688, 26717, 26748, 26752, 26915,
    27000, 27033, 27082, 27146, 27159, 27163, 27168, 27210, 27332, 27365, 27413, 27466, 27474,
    27525, 27531, 27534, 27588, 27685, 27762, 27934, 28082, 28099, 28168, 28317, 28467, 28730,
    28826, 29203, 29281, 29304, 29335, 29429, 29635, 29857, 29880, 29908, 29986, 30143, 30206,
    30210, 30223, 30292, 30628, 30633, 30710, 31029, 31030, 31036, 31377, 32607, 33717, 33817,
    33830, 33887, 34064, 34067, 34113, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833,
    34954, 35121, 35301, 35416, 35430, 35436, 35541, 35667, 35753, 35756, 35852, 35898, 35917,
    35933, 35944, 36119, 36263, 36371, 36440, 36611, 36619, 36660, 36671, 36672, 36937, 36979,
    37011, 37029, 37192, 37205, 38181, 38743, 38748, 39053, 39054, 39219, 39421, 39425, 39794,
    40199, 40415, 41359, 41387, 41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829,
    42059, 42172, 42225, 42347, 42359, 42430, 42507, 42515, 42675, 42909, 43062, 43099, 43128,
    43246, 43397, 43441, 43446, 43568, 43809, 43986, 44023, 44179, 44311, 44791, 44848, 44865,
    45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46554, 46566, 46798,
    47412, 47900, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294, 48565, 48833,
    48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403, 49455, 49496, 49574, 49625,
    49816, 49843, 49917, 50015, 50105, 50134, 50144, 50206, 50441, 50491, 50589, 50711, 50790,
    50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595, 52715, 52752, 52792, 52816,
    52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404, 53610, 53746,
    53952, 53964, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843, 54884, 54953, 55164,
    55410, 55446, 55457, 55545, 55666, 55759, 55839, 56113, 56246, 56332, 56434, 56461, 56569,
    56810, 57081, 57331, 57605, 57751, 57773, 57804, 57968, 58321, 58578, 58659, 58868, 58993,
    59061, 59702, 59840, 59906, 59974, 60188, 60260, 60710, 61303, 61330, 61369, 61499, 61510,
    61569, 61887, 62097, 62124, 62166, 62202, 62476, 62504, 62577, 62664, 63087, 63118, 63144,
    63264, 63283, 63828, 63903, 64010, 64121, 64253, 64315, 64330, 64484, 64506, 64510, 64530,
    64907, 65160, 65235, 65239, 65260, 65524, 65547, 65716, 65952, 66083, 66087, 66091, 66099,
    66154, 66166, 66250, 66271, 67136, 68049, 68105, 68147, 68290, 68364, 68423, 68431, 68440,
    68598, 68608, 68967, 69633, 69655, 69662, 69732, 69826, 69885, 69917, 69927, 69960, 69961,
    70020, 70096, 70144, 70168, 70223, 70257, 70360, 70405, 70407, 70424, 70568, 71201, 71214,
    71226, 71244, 71246, 71255, 71293, 71355, 71370, 71408, 71432, 71437, 71446, 71463, 71482,
    71516, 71565, 71577, 71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866, 72021,
    72212, 72429, 72580, 72599, 72623, 72961, 73100, 73133, 73204, 73258, 73333, 73386, 73390,
    73419, 73470, 73479, 73486, 73505, 73539, 73655, 73776, 73879, 73892, 74079, 74161, 74196,
    74207, 74213, 74222, 74223, 74225, 74227, 74243, 74309, 74370, 74398, 74403, 74405, 74413,
    74419, 74435, 74468, 74486, 74496, 74506, 74508, 74554, 74575, 74578, 74585, 74590, 74616,
    74658, 74745, 74748, 74814, 74823, 75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612,
    75698, 75739, 75775, 75824, 75881, 75905, 75914, 75918, 75928, 76000, 76015, 76202, 76212,
    76433, 76435, 76449, 76553, 76596, 76598, 76675, 76724, 76736, 76752, 76754, 76791, 76799,
    76802, 76816, 76824, 76855, 76875, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77198,
    77240, 77395, 77465, 77472, 77478, 77485, 77567, 77575, 77580, 77629, 77686, 77881, 77939,
    78078, 78086, 78214, 78373, 78483, 78561, 78621, 78635, 78710, 78741, 78746, 78812, 78818,
    78867, 78872, 78906, 79011, 79021, 79043, 79058, 79069, 79081, 79117, 79209, 79216, 79228,
    79267, 79300, 79370, 79425, 79451, 79516, 79588, 79707, 79750, 79761, 79766, 79795, 79800,
    79831, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176, 80230, 80297, 80308,
    80346, 80352, 80359, 80410, 80415, 80424, 80443, 80480, 80493, 80554, 80604, 80609, 80618,
    80645, 80698, 80709, 80750, 80812, 80897, 80917, 81025, 81059, 81066, 81074, 81171, 81254,
    81277, 81350, 81354, 81417, 81418, 81491, 81497, 81531, 81574, 81673, 81732, 81755, 82285,
    82997, 83002, 83021, 83047, 83054, 83102, 83113, 83116, 83409, 83425, 83541, 83585, 83613,
    83773, 83794, 83977, 84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498, 84574, 84580,
    84587, 84703, 84773, 84805, 84934, 85470, 85503, 85505, 85522, 85523, 85562, 85569, 85585,
    85593, 85604, 85614, 85637, 85673, 85677, 85721, 85727, 85750, 85754, 85759, 85827, 85838,
    85901, 85902, 85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317,
    86318, 86328, 86452, 86487, 86546, 86689, 86739, 86775, 86812, 86870, 86901, 86983, 86988,
    86995, 87046, 87419, 87614, 87986, 88044, 88072, 88117, 88246, 88374, 88376, 88377, 88437,
    88443, 88463, 88496, 88508, 88514, 88621, 88803, 88826, 88923, 89099, 89292, 89575, 89752,
    89821, 89864, 90011, 90028, 90044, 90057, 90102, 90112, 90113, 90141, 90179, 90185, 90238,
    90241, 90298, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90535, 90537, 90551, 90602,
    90608, 90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240,
    91292, 91492, 91600, 91669, 91675, 91691, 91748, 91762, 91763, 91782, 91806, 91810, 91812,
    91831, 91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987, 91990, 92041, 92106, 92109,
    92178, 92188, 92189, 92247, 92260, 92262, 92273, 92289, 92447, 92464, 92465, 92570, 92642,
    92655, 92711, 92733, 92767, 92783, 92785, 92800, 92820, 92843, 92902, 92990, 93149, 93216,
    93225, 93251, 93257, 93360, 93612, 93639, 93640, 93709, 93764, 93773, 93928, 93976, 93984,
    93986, 93988, 94110, 94115, 94182, 94229, 94230, 94270, 94474, 94514, 94541, 94674, 94888,
    95576, 95648, 95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97827,
    97828, 97863, 97865, 97881, 97883, 97911, 97981, 98071, 98072, 98076, 98106, 98122, 98141,
    98143, 98193, 98195, 98221, 98240, 98289, 98377, 98439, 98459, 98581, 98757, 99108, 99129,
    99141, 99177, 99361, 99529, 99531, 99751, 99826, 99837, 100032, 100108, 100180, 100203, 100233,
    100324, 100355, 100605, 100682, 100695, 100703, 100753, 100790, 100803, 100819, 100826, 100855,
    100862, 100899, 100908, 100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026,
    102041, 102047, 102174, 102225, 102263, 102552, 102695, 102846, 103046, 103321, 103398, 103448,
    103564, 103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009,
    105089,
)
# fmt: on


# Every release the speaker gold held when the twenty-eighth holdout was drawn (corpus
# lines, 1-based; its holdout29 included), frozen like `HOLDOUT27_SPEAKER_LINES`.
# fmt: off
HOLDOUT28_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 958, 1122, 1139, 1202, 1274, 1290, 1350, 1567,
    1619, 1747, 1764, 1784, 1853, 1939, 1941, 2091, 3350, 3801, 3843, 3914, 4020, 4174, 4195, 4252,
    4301, 4510, 4553, 4698, 4705, 4712, 4720, 4778, 4779, 4788, 4796, 4838, 4895, 5160, 5242, 5368,
    5626, 5740, 5764, 5989, 6062, 6235, 6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811, 6854,
    6896, 6979, 7081, 7128, 7158, 7160, 7177, 7314, 7492, 7662, 7713, 7906, 8003, 8059, 8489, 8521,
    8545, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231,
    9591, 9777, 9884, 9932, 10049, 10180, 10199, 10248, 10419, 10441, 10662, 10729, 10771, 10923,
    10933, 10951, 11365, 11730, 11765, 11789, 12008, 12326, 12348, 12526, 12593, 12969, 12985,
    13054, 13083, 13098, 13396, 13407, 13419, 13512, 13520, 13549, 13578, 13588, 14541, 14641,
    14692, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406, 15489, 15687, 16704, 16716,
    16757, 17066, 17240, 17413, 17478, 17487, 17512, 17560, 17714, 18060, 18189, 18282, 18301,
    18304, 18624, 18786, 18802, 18817, 18833, 18841, 18844, 18869, 18920, 18958, 18989, 19066,
    19071, 19112, 19132, 19188, 19268, 19342, 19351, 19430, 19501, 19542, 19582, 19730, 19742,
    19874, 19954, 19957, 20052, 20062, 20073, 20195, 20332, 20380, 20422, 20504, 20520, 20683,
    20705, 20748, 20763, 20775, 20997, 20999, 21153, 21161, 21181, 21201, 21224, 21287, 21395,
    21426, 21541, 21722, 21743, 21868, 21978, 22015, 22047, 22119, 22147, 22166, 22235, 22393,
    22473, 22651, 22854, 22950, 23011, 23016, 23094, 23287, 23343, 23391, 23449, 23552, 23566,
    23664, 23683, 23764, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098,
    26147, 26641, 26688, 26717, 26748, 26752, 26915, 27000, 27033, 27082, 27146, 27159, 27163,
    27168, 27210, 27332, 27365, 27413, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27762,
    27919, 27934, 28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281, 29304, 29335,
    29429, 29635, 29830, 29857, 29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628,
    30633, 30710, 31029, 31030, 31036, 31377, 32607, 33717, 33817, 33830, 33887, 34064, 34067,
    34113, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416,
    35430, 35436, 35541, 35667, 35753, 35756, 35852, 35898, 35917, 35933, 35944, 36119, 36263,
    36371, 36440, 36611, 36619, 36641, 36660, 36671, 36672, 36937, 36979, 37011, 37029, 37192,
    37205, 38181, 38743, 38748, 39053, 39054, 39177, 39219, 39421, 39425, 39794, 40199, 40415,
    41359, 41387, 41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829, 42059, 42172,
    42225, 42347, 42359, 42430, 42507, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43397,
    43441, 43446, 43568, 43589, 43809, 43986, 44023, 44179, 44311, 44789, 44791, 44848, 44865,
    45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46457, 46554, 46566,
    46798, 47412, 47900, 47921, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294,
    48565, 48833, 48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403, 49455, 49496,
    49574, 49625, 49816, 49843, 49917, 50015, 50105, 50134, 50144, 50206, 50441, 50491, 50589,
    50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595, 52715, 52752,
    52792, 52816, 52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404,
    53610, 53615, 53746, 53952, 53964, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843,
    54876, 54884, 54953, 55164, 55410, 55446, 55457, 55545, 55666, 55759, 55839, 56113, 56246,
    56332, 56434, 56461, 56569, 56810, 57081, 57331, 57605, 57751, 57773, 57804, 57968, 58321,
    58578, 58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188, 60260, 60710, 61303,
    61330, 61369, 61499, 61510, 61569, 61887, 62097, 62124, 62166, 62202, 62476, 62504, 62577,
    62664, 63087, 63118, 63144, 63264, 63283, 63828, 63903, 64010, 64121, 64253, 64315, 64330,
    64484, 64506, 64510, 64530, 64907, 65160, 65235, 65239, 65260, 65524, 65547, 65716, 65952,
    66083, 66087, 66091, 66099, 66154, 66166, 66250, 66271, 66309, 67136, 68049, 68105, 68147,
    68290, 68364, 68423, 68431, 68440, 68598, 68608, 68670, 68967, 69633, 69655, 69662, 69732,
    69826, 69885, 69917, 69927, 69960, 69961, 70020, 70096, 70144, 70168, 70223, 70257, 70360,
    70405, 70407, 70424, 70568, 71201, 71214, 71226, 71244, 71246, 71255, 71293, 71355, 71370,
    71408, 71421, 71432, 71437, 71446, 71463, 71482, 71516, 71565, 71577, 71618, 71619, 71621,
    71739, 71780, 71787, 71819, 71825, 71866, 72021, 72131, 72212, 72429, 72580, 72599, 72623,
    72911, 72961, 73100, 73133, 73204, 73258, 73333, 73386, 73390, 73419, 73470, 73479, 73486,
    73505, 73539, 73655, 73776, 73879, 73892, 74079, 74161, 74196, 74207, 74213, 74222, 74223,
    74225, 74227, 74243, 74309, 74370, 74398, 74403, 74405, 74413, 74419, 74435, 74468, 74486,
    74496, 74506, 74508, 74526, 74554, 74575, 74578, 74585, 74590, 74616, 74658, 74745, 74748,
    74814, 74823, 75128, 75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739,
    75775, 75824, 75881, 75905, 75914, 75918, 75928, 76000, 76015, 76202, 76212, 76433, 76435,
    76449, 76553, 76596, 76598, 76638, 76675, 76724, 76736, 76752, 76754, 76791, 76799, 76802,
    76816, 76824, 76855, 76875, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77198, 77240,
    77395, 77465, 77472, 77478, 77485, 77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078,
    78086, 78156, 78214, 78373, 78483, 78561, 78621, 78635, 78710, 78741, 78746, 78812, 78818,
    78867, 78872, 78906, 79011, 79021, 79043, 79058, 79069, 79081, 79117, 79209, 79216, 79228,
    79267, 79300, 79370, 79425, 79451, 79516, 79588, 79707, 79714, 79750, 79761, 79766, 79795,
    79800, 79831, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176, 80230, 80297,
    80308, 80346, 80352, 80359, 80410, 80415, 80424, 80443, 80477, 80480, 80493, 80554, 80604,
    80609, 80618, 80645, 80698, 80709, 80750, 80812, 80897, 80917, 80922, 81025, 81059, 81066,
    81074, 81171, 81254, 81277, 81344, 81350, 81354, 81417, 81418, 81491, 81497, 81531, 81574,
    81673, 81732, 81755, 82285, 82997, 83002, 83021, 83047, 83054, 83060, 83102, 83113, 83116,
    83409, 83425, 83541, 83576, 83585, 83613, 83773, 83794, 83977, 84055, 84130, 84146, 84182,
    84222, 84311, 84464, 84498, 84574, 84580, 84587, 84703, 84773, 84805, 84934, 85470, 85503,
    85505, 85522, 85523, 85562, 85569, 85585, 85593, 85604, 85614, 85637, 85673, 85677, 85721,
    85727, 85730, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014,
    86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86689,
    86739, 86775, 86812, 86870, 86901, 86983, 86988, 86995, 87046, 87419, 87614, 87986, 88044,
    88072, 88117, 88246, 88374, 88376, 88377, 88437, 88443, 88463, 88496, 88508, 88514, 88621,
    88803, 88826, 88923, 89099, 89181, 89292, 89575, 89752, 89821, 89864, 89991, 90011, 90028,
    90044, 90057, 90102, 90112, 90113, 90141, 90179, 90185, 90238, 90241, 90298, 90333, 90390,
    90432, 90454, 90460, 90507, 90513, 90535, 90537, 90551, 90602, 90608, 90635, 90658, 90677,
    90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240, 91292, 91492, 91600, 91669,
    91675, 91691, 91741, 91748, 91762, 91763, 91782, 91806, 91810, 91812, 91831, 91833, 91850,
    91856, 91900, 91925, 91927, 91975, 91987, 91990, 92041, 92106, 92109, 92178, 92188, 92189,
    92247, 92260, 92262, 92273, 92289, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733,
    92767, 92783, 92785, 92800, 92820, 92843, 92902, 92990, 93149, 93216, 93225, 93251, 93257,
    93360, 93612, 93639, 93640, 93709, 93764, 93773, 93928, 93976, 93984, 93986, 93988, 94110,
    94115, 94182, 94229, 94230, 94270, 94474, 94514, 94541, 94674, 94693, 94888, 95576, 95648,
    95721, 96168, 96960, 97109, 97159, 97232, 97426, 97519, 97574, 97726, 97827, 97828, 97863,
    97865, 97881, 97883, 97911, 97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98193,
    98195, 98221, 98240, 98289, 98377, 98439, 98459, 98581, 98757, 99108, 99129, 99141, 99177,
    99361, 99529, 99531, 99677, 99751, 99826, 99837, 100032, 100108, 100180, 100203, 100233, 100324,
    100355, 100605, 100682, 100695, 100703, 100753, 100790, 100803, 100819, 100826, 100855, 100862,
    100899, 100908, 100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026, 102041,
    102047, 102174, 102225, 102263, 102552, 102695, 102846, 103046, 103321, 103398, 103448, 103564,
    103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009, 105089,
)
# fmt: on


# Every release the speaker gold held when the twenty-ninth holdout was drawn (corpus
# lines, 1-based; its holdout30 included), frozen like `HOLDOUT28_SPEAKER_LINES`.
# fmt: off
HOLDOUT29_SPEAKER_LINES = (
    262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 958, 1122, 1139, 1202, 1274, 1290, 1350, 1567,
    1619, 1747, 1764, 1784, 1853, 1939, 1941, 2091, 2148, 3350, 3801, 3843, 3914, 4020, 4174, 4195,
    4252, 4301, 4510, 4553, 4698, 4705, 4712, 4720, 4778, 4779, 4788, 4796, 4838, 4895, 5160, 5242,
    5368, 5626, 5740, 5764, 5989, 6062, 6235, 6240, 6309, 6412, 6499, 6586, 6632, 6770, 6785, 6811,
    6854, 6896, 6979, 7081, 7128, 7158, 7160, 7177, 7314, 7316, 7492, 7662, 7713, 7906, 8003, 8059,
    8489, 8521, 8545, 8570, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193,
    9215, 9231, 9591, 9777, 9884, 9932, 10049, 10180, 10199, 10248, 10419, 10441, 10662, 10729,
    10771, 10923, 10933, 10951, 11365, 11730, 11765, 11789, 12008, 12326, 12348, 12526, 12593,
    12969, 12985, 13054, 13083, 13098, 13396, 13407, 13419, 13512, 13520, 13549, 13578, 13588,
    14541, 14641, 14692, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406, 15489, 15542,
    15687, 16704, 16716, 16757, 16887, 17066, 17240, 17413, 17478, 17487, 17512, 17560, 17714,
    18060, 18189, 18282, 18301, 18304, 18624, 18786, 18802, 18817, 18833, 18841, 18844, 18869,
    18920, 18958, 18989, 19066, 19071, 19112, 19132, 19188, 19268, 19342, 19351, 19430, 19501,
    19542, 19582, 19730, 19742, 19874, 19954, 19957, 20052, 20062, 20073, 20195, 20242, 20332,
    20380, 20422, 20504, 20520, 20683, 20705, 20748, 20763, 20775, 20903, 20997, 20999, 21153,
    21161, 21181, 21201, 21224, 21287, 21395, 21411, 21426, 21541, 21722, 21743, 21868, 21978,
    22015, 22047, 22119, 22147, 22166, 22235, 22280, 22393, 22473, 22651, 22854, 22950, 23011,
    23016, 23094, 23287, 23343, 23391, 23449, 23552, 23566, 23664, 23683, 23764, 23830, 23834,
    23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098, 26127, 26147, 26641, 26688, 26717,
    26748, 26752, 26915, 27000, 27033, 27082, 27137, 27146, 27159, 27163, 27168, 27210, 27332,
    27365, 27413, 27466, 27474, 27525, 27531, 27534, 27588, 27685, 27759, 27762, 27919, 27934,
    28082, 28099, 28168, 28317, 28467, 28730, 28826, 29203, 29281, 29304, 29335, 29429, 29635,
    29697, 29830, 29857, 29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30633,
    30710, 31029, 31030, 31036, 31055, 31377, 32607, 33717, 33817, 33830, 33887, 34064, 34067,
    34113, 34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416,
    35430, 35436, 35541, 35667, 35753, 35756, 35852, 35898, 35917, 35933, 35944, 36119, 36263,
    36371, 36440, 36611, 36619, 36641, 36660, 36671, 36672, 36937, 36979, 37011, 37029, 37192,
    37205, 38181, 38743, 38748, 39053, 39054, 39177, 39219, 39421, 39425, 39794, 40199, 40415,
    41359, 41387, 41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829, 42059, 42172,
    42225, 42347, 42359, 42430, 42507, 42515, 42675, 42909, 43062, 43099, 43128, 43246, 43397,
    43441, 43446, 43568, 43589, 43809, 43986, 44023, 44179, 44311, 44789, 44791, 44848, 44865,
    45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46457, 46554, 46566,
    46798, 47412, 47900, 47921, 47950, 47977, 47984, 48029, 48036, 48075, 48278, 48285, 48294,
    48565, 48833, 48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403, 49455, 49496,
    49574, 49625, 49816, 49843, 49917, 50015, 50105, 50134, 50144, 50206, 50441, 50491, 50589,
    50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595, 52715, 52752,
    52792, 52816, 52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362, 53376, 53404,
    53610, 53615, 53746, 53952, 53964, 54079, 54227, 54240, 54451, 54496, 54746, 54781, 54843,
    54876, 54884, 54953, 55164, 55410, 55446, 55457, 55545, 55666, 55759, 55839, 56113, 56162,
    56246, 56332, 56434, 56461, 56569, 56810, 57081, 57331, 57605, 57751, 57773, 57804, 57968,
    58321, 58388, 58578, 58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188, 60260,
    60710, 61303, 61330, 61369, 61499, 61510, 61569, 61887, 62097, 62124, 62166, 62202, 62476,
    62504, 62577, 62664, 63087, 63118, 63144, 63264, 63283, 63289, 63828, 63903, 64010, 64121,
    64253, 64315, 64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235, 65239, 65260, 65362,
    65524, 65547, 65716, 65952, 66083, 66087, 66091, 66099, 66154, 66166, 66183, 66250, 66271,
    66309, 67136, 68049, 68105, 68147, 68290, 68364, 68423, 68431, 68440, 68598, 68608, 68670,
    68967, 69633, 69655, 69662, 69732, 69826, 69885, 69917, 69927, 69960, 69961, 70020, 70096,
    70144, 70168, 70223, 70257, 70360, 70405, 70407, 70424, 70568, 71201, 71214, 71218, 71226,
    71244, 71246, 71255, 71293, 71355, 71370, 71408, 71421, 71432, 71437, 71446, 71463, 71482,
    71516, 71565, 71577, 71602, 71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866,
    72021, 72072, 72131, 72212, 72429, 72580, 72599, 72623, 72911, 72961, 73100, 73133, 73204,
    73258, 73306, 73333, 73386, 73390, 73419, 73470, 73479, 73486, 73505, 73510, 73539, 73655,
    73776, 73879, 73892, 74079, 74161, 74196, 74207, 74213, 74222, 74223, 74225, 74227, 74243,
    74274, 74309, 74370, 74398, 74403, 74405, 74413, 74419, 74435, 74468, 74486, 74496, 74506,
    74508, 74526, 74554, 74575, 74578, 74585, 74590, 74616, 74658, 74745, 74748, 74814, 74823,
    75128, 75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739, 75775, 75824,
    75881, 75905, 75914, 75918, 75928, 76000, 76015, 76022, 76202, 76212, 76433, 76435, 76449,
    76553, 76596, 76598, 76638, 76675, 76724, 76736, 76752, 76754, 76791, 76799, 76802, 76816,
    76824, 76855, 76875, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77198, 77240, 77395,
    77465, 77472, 77478, 77485, 77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086,
    78156, 78214, 78373, 78483, 78561, 78621, 78635, 78710, 78741, 78746, 78752, 78812, 78818,
    78867, 78872, 78906, 79011, 79021, 79043, 79058, 79069, 79081, 79088, 79117, 79209, 79216,
    79228, 79267, 79300, 79370, 79425, 79451, 79516, 79541, 79588, 79707, 79714, 79750, 79761,
    79766, 79795, 79800, 79831, 79837, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970,
    80176, 80230, 80297, 80308, 80346, 80352, 80359, 80410, 80415, 80424, 80443, 80477, 80480,
    80493, 80554, 80604, 80609, 80618, 80645, 80698, 80709, 80750, 80812, 80897, 80917, 80922,
    81025, 81059, 81066, 81074, 81171, 81254, 81277, 81342, 81344, 81350, 81354, 81417, 81418,
    81491, 81497, 81498, 81531, 81574, 81673, 81732, 81755, 82285, 82997, 83002, 83021, 83047,
    83054, 83060, 83102, 83113, 83116, 83409, 83425, 83541, 83576, 83585, 83613, 83773, 83794,
    83977, 84055, 84130, 84146, 84182, 84222, 84311, 84464, 84498, 84574, 84580, 84587, 84703,
    84773, 84805, 84934, 85470, 85503, 85505, 85522, 85523, 85562, 85569, 85585, 85593, 85604,
    85614, 85637, 85673, 85677, 85721, 85727, 85730, 85750, 85754, 85759, 85827, 85838, 85901,
    85902, 85973, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318,
    86328, 86452, 86487, 86546, 86689, 86739, 86775, 86783, 86812, 86870, 86901, 86983, 86988,
    86995, 87046, 87419, 87614, 87986, 88044, 88072, 88117, 88246, 88374, 88376, 88377, 88437,
    88443, 88463, 88496, 88508, 88514, 88621, 88803, 88826, 88923, 89099, 89181, 89292, 89575,
    89597, 89752, 89821, 89864, 89991, 90011, 90028, 90044, 90057, 90102, 90112, 90113, 90141,
    90179, 90185, 90238, 90241, 90298, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90535,
    90537, 90551, 90602, 90608, 90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144,
    91181, 91220, 91240, 91292, 91492, 91600, 91669, 91675, 91691, 91741, 91748, 91762, 91763,
    91782, 91806, 91810, 91812, 91831, 91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987,
    91990, 92030, 92041, 92106, 92109, 92178, 92188, 92189, 92247, 92260, 92262, 92273, 92289,
    92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92767, 92783, 92785, 92800, 92820,
    92843, 92901, 92902, 92990, 93149, 93216, 93225, 93251, 93257, 93360, 93612, 93639, 93640,
    93709, 93764, 93773, 93928, 93976, 93984, 93986, 93988, 94110, 94115, 94158, 94182, 94229,
    94230, 94270, 94474, 94514, 94541, 94674, 94693, 94888, 95576, 95648, 95721, 96168, 96960,
    97109, 97159, 97211, 97232, 97426, 97519, 97574, 97726, 97827, 97828, 97863, 97865, 97881,
    97883, 97911, 97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98156, 98193, 98195,
    98221, 98240, 98289, 98377, 98439, 98459, 98581, 98757, 99108, 99129, 99141, 99177, 99244,
    99361, 99529, 99531, 99677, 99751, 99826, 99837, 100032, 100108, 100180, 100203, 100233, 100324,
    100355, 100605, 100682, 100695, 100703, 100753, 100790, 100803, 100819, 100826, 100855, 100862,
    100868, 100899, 100908, 100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026,
    102041, 102047, 102174, 102225, 102263, 102552, 102695, 102846, 103046, 103321, 103398, 103448,
    103564, 103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908, 105009,
    105089,
)
# fmt: on


# Every release the speaker gold held when the thirtieth holdout was drawn (corpus
# lines, 1-based; its holdout31 included), frozen like `HOLDOUT29_SPEAKER_LINES`.
# fmt: off
HOLDOUT30_SPEAKER_LINES = (
    113, 262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 958, 1122, 1139, 1202, 1274, 1290, 1350,
    1567, 1619, 1689, 1747, 1764, 1784, 1853, 1939, 1941, 2091, 2148, 3350, 3801, 3843, 3914, 4020,
    4174, 4195, 4252, 4301, 4510, 4553, 4698, 4705, 4712, 4720, 4778, 4779, 4788, 4796, 4838, 4895,
    5160, 5242, 5368, 5626, 5740, 5764, 5989, 6062, 6196, 6235, 6240, 6309, 6412, 6499, 6583, 6586,
    6632, 6770, 6785, 6811, 6854, 6896, 6979, 7081, 7128, 7158, 7160, 7177, 7314, 7316, 7492, 7662,
    7713, 7906, 8003, 8059, 8489, 8521, 8545, 8570, 8576, 8625, 8658, 8667, 8683, 8713, 8721, 8775,
    8780, 8795, 9046, 9153, 9193, 9215, 9231, 9591, 9777, 9884, 9932, 10049, 10180, 10199, 10248,
    10419, 10441, 10662, 10729, 10763, 10771, 10923, 10933, 10951, 11365, 11730, 11765, 11789,
    12008, 12326, 12348, 12526, 12593, 12969, 12985, 13054, 13083, 13098, 13396, 13407, 13419,
    13512, 13520, 13549, 13563, 13578, 13588, 14541, 14641, 14679, 14692, 14773, 15014, 15077,
    15194, 15214, 15358, 15397, 15406, 15489, 15542, 15687, 16704, 16716, 16757, 16887, 17066,
    17240, 17413, 17478, 17487, 17512, 17546, 17560, 17714, 18060, 18189, 18282, 18301, 18304,
    18624, 18786, 18802, 18817, 18833, 18841, 18844, 18869, 18920, 18958, 18989, 19066, 19071,
    19112, 19132, 19188, 19268, 19342, 19351, 19430, 19501, 19542, 19582, 19730, 19742, 19874,
    19954, 19957, 20052, 20062, 20073, 20195, 20242, 20332, 20380, 20422, 20504, 20520, 20683,
    20705, 20748, 20763, 20775, 20903, 20997, 20999, 21153, 21161, 21181, 21201, 21224, 21287,
    21395, 21411, 21426, 21541, 21722, 21743, 21868, 21978, 22015, 22047, 22119, 22147, 22166,
    22235, 22280, 22393, 22473, 22651, 22854, 22950, 23011, 23016, 23094, 23287, 23343, 23391,
    23449, 23552, 23566, 23664, 23683, 23764, 23766, 23830, 23834, 23895, 24466, 24965, 25437,
    25467, 25683, 25988, 26098, 26127, 26147, 26641, 26688, 26717, 26748, 26752, 26915, 27000,
    27033, 27082, 27137, 27146, 27159, 27163, 27168, 27210, 27332, 27365, 27413, 27466, 27474,
    27481, 27525, 27531, 27534, 27588, 27685, 27759, 27762, 27919, 27934, 28082, 28099, 28168,
    28317, 28467, 28730, 28826, 28905, 29203, 29281, 29304, 29335, 29429, 29635, 29697, 29830,
    29857, 29880, 29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30633, 30710, 31029,
    31030, 31036, 31055, 31377, 32607, 33717, 33817, 33830, 33887, 34064, 34067, 34111, 34113,
    34142, 34173, 34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430,
    35436, 35541, 35667, 35753, 35756, 35852, 35898, 35917, 35933, 35944, 36119, 36263, 36371,
    36440, 36611, 36619, 36641, 36660, 36671, 36672, 36718, 36937, 36979, 37011, 37029, 37192,
    37205, 38181, 38743, 38748, 39053, 39054, 39177, 39219, 39421, 39425, 39794, 40199, 40415,
    41359, 41387, 41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829, 42059, 42172,
    42225, 42347, 42359, 42430, 42507, 42515, 42675, 42874, 42909, 43062, 43099, 43128, 43246,
    43397, 43441, 43446, 43568, 43589, 43809, 43986, 44023, 44179, 44311, 44789, 44791, 44848,
    44865, 45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46457, 46492,
    46554, 46566, 46798, 47412, 47900, 47921, 47950, 47977, 47984, 48029, 48036, 48075, 48278,
    48285, 48294, 48565, 48833, 48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403,
    49455, 49496, 49574, 49625, 49816, 49843, 49917, 50015, 50105, 50134, 50144, 50206, 50441,
    50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595,
    52715, 52752, 52792, 52816, 52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362,
    53376, 53404, 53610, 53615, 53746, 53952, 53964, 54079, 54097, 54227, 54240, 54451, 54496,
    54746, 54781, 54843, 54876, 54884, 54953, 55164, 55256, 55410, 55446, 55457, 55545, 55666,
    55759, 55839, 56113, 56162, 56246, 56332, 56434, 56461, 56569, 56810, 57081, 57331, 57605,
    57751, 57773, 57804, 57968, 58321, 58388, 58578, 58659, 58868, 58993, 59061, 59702, 59840,
    59906, 59974, 60188, 60260, 60710, 61303, 61330, 61369, 61499, 61510, 61569, 61887, 61942,
    62097, 62124, 62166, 62202, 62476, 62504, 62577, 62664, 63087, 63118, 63144, 63264, 63283,
    63289, 63828, 63903, 64010, 64121, 64253, 64315, 64330, 64484, 64506, 64510, 64530, 64907,
    65160, 65235, 65239, 65260, 65362, 65524, 65547, 65716, 65952, 66083, 66087, 66091, 66099,
    66154, 66166, 66183, 66250, 66271, 66309, 67136, 68049, 68105, 68147, 68290, 68364, 68423,
    68431, 68440, 68557, 68598, 68608, 68670, 68967, 69633, 69655, 69662, 69723, 69732, 69826,
    69885, 69917, 69927, 69960, 69961, 70020, 70096, 70144, 70168, 70223, 70257, 70360, 70376,
    70405, 70407, 70424, 70568, 71201, 71214, 71218, 71226, 71244, 71246, 71255, 71293, 71355,
    71370, 71408, 71421, 71432, 71437, 71446, 71463, 71482, 71516, 71565, 71577, 71602, 71618,
    71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866, 71919, 72021, 72072, 72131, 72212,
    72429, 72514, 72580, 72599, 72623, 72911, 72961, 73100, 73133, 73204, 73258, 73306, 73333,
    73386, 73390, 73419, 73470, 73479, 73486, 73489, 73505, 73510, 73539, 73655, 73776, 73879,
    73892, 74079, 74161, 74196, 74207, 74213, 74222, 74223, 74225, 74227, 74243, 74274, 74309,
    74370, 74398, 74403, 74405, 74413, 74419, 74435, 74468, 74486, 74496, 74506, 74508, 74526,
    74554, 74575, 74578, 74585, 74590, 74616, 74658, 74731, 74745, 74748, 74814, 74823, 75128,
    75172, 75179, 75234, 75254, 75263, 75344, 75541, 75612, 75698, 75739, 75775, 75824, 75881,
    75905, 75914, 75918, 75928, 76000, 76015, 76022, 76202, 76212, 76433, 76435, 76449, 76553,
    76596, 76598, 76638, 76675, 76724, 76736, 76752, 76754, 76791, 76799, 76802, 76816, 76824,
    76855, 76870, 76875, 76921, 76938, 76958, 76963, 76989, 77058, 77097, 77198, 77240, 77395,
    77465, 77472, 77478, 77485, 77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086,
    78156, 78214, 78373, 78483, 78561, 78621, 78635, 78710, 78741, 78746, 78752, 78812, 78818,
    78867, 78872, 78906, 79011, 79021, 79043, 79058, 79069, 79081, 79088, 79117, 79209, 79216,
    79228, 79267, 79300, 79370, 79425, 79451, 79516, 79541, 79588, 79641, 79707, 79714, 79750,
    79761, 79766, 79795, 79800, 79831, 79837, 79871, 79876, 79882, 79884, 79888, 79889, 79896,
    79970, 80176, 80230, 80297, 80308, 80346, 80352, 80359, 80410, 80415, 80424, 80443, 80477,
    80480, 80493, 80554, 80604, 80609, 80618, 80645, 80698, 80709, 80732, 80750, 80812, 80897,
    80917, 80922, 81025, 81059, 81066, 81074, 81171, 81254, 81277, 81342, 81344, 81350, 81354,
    81417, 81418, 81491, 81497, 81498, 81531, 81574, 81673, 81732, 81755, 81818, 82285, 82997,
    83000, 83002, 83021, 83047, 83054, 83060, 83102, 83113, 83116, 83409, 83425, 83541, 83576,
    83585, 83613, 83750, 83773, 83794, 83977, 84055, 84130, 84146, 84182, 84222, 84311, 84464,
    84498, 84574, 84580, 84587, 84631, 84703, 84773, 84805, 84934, 85470, 85503, 85505, 85522,
    85523, 85562, 85569, 85575, 85585, 85593, 85604, 85614, 85637, 85673, 85677, 85721, 85727,
    85730, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988, 86014, 86018,
    86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546, 86581, 86689,
    86739, 86775, 86783, 86812, 86870, 86901, 86983, 86988, 86995, 87046, 87419, 87614, 87986,
    88044, 88072, 88117, 88246, 88374, 88376, 88377, 88437, 88443, 88463, 88496, 88508, 88514,
    88621, 88803, 88826, 88923, 89099, 89181, 89292, 89378, 89575, 89597, 89752, 89821, 89864,
    89991, 90011, 90028, 90044, 90057, 90102, 90112, 90113, 90141, 90179, 90185, 90238, 90241,
    90298, 90333, 90390, 90432, 90454, 90460, 90507, 90513, 90535, 90537, 90551, 90602, 90608,
    90635, 90658, 90677, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240, 91292,
    91492, 91600, 91669, 91675, 91691, 91741, 91748, 91762, 91763, 91782, 91806, 91810, 91812,
    91831, 91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987, 91990, 92030, 92041, 92106,
    92109, 92178, 92188, 92189, 92190, 92247, 92260, 92262, 92273, 92289, 92447, 92464, 92465,
    92570, 92642, 92655, 92711, 92733, 92767, 92783, 92785, 92800, 92820, 92843, 92901, 92902,
    92990, 93149, 93216, 93225, 93251, 93257, 93360, 93612, 93639, 93640, 93709, 93764, 93773,
    93928, 93976, 93984, 93986, 93988, 94110, 94115, 94158, 94182, 94229, 94230, 94270, 94474,
    94514, 94541, 94674, 94693, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97211,
    97232, 97310, 97426, 97519, 97574, 97726, 97827, 97828, 97863, 97865, 97881, 97883, 97911,
    97981, 98071, 98072, 98076, 98106, 98122, 98141, 98143, 98156, 98193, 98195, 98221, 98240,
    98289, 98377, 98439, 98459, 98581, 98757, 99108, 99129, 99141, 99177, 99244, 99361, 99529,
    99531, 99677, 99751, 99826, 99837, 100032, 100108, 100180, 100203, 100233, 100324, 100355,
    100605, 100682, 100695, 100703, 100753, 100790, 100803, 100819, 100821, 100826, 100855, 100862,
    100868, 100899, 100908, 100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026,
    102041, 102047, 102174, 102208, 102225, 102263, 102552, 102695, 102846, 103046, 103321, 103398,
    103448, 103564, 103596, 103615, 103772, 103987, 104288, 104302, 104655, 104674, 104819, 104908,
    105009, 105089,
)
# fmt: on


# Every release the speaker gold held when the thirty-first holdout was drawn (corpus
# lines, 1-based; its holdout32 included), frozen like `HOLDOUT30_SPEAKER_LINES`.
# fmt: off
HOLDOUT31_SPEAKER_LINES = (
    113, 262, 287, 293, 385, 489, 594, 600, 667, 668, 866, 958, 1122, 1139, 1202, 1274, 1290, 1350,
    1567, 1619, 1689, 1747, 1764, 1784, 1853, 1925, 1939, 1941, 2091, 2148, 3350, 3801, 3809, 3843,
    3914, 4020, 4174, 4195, 4252, 4301, 4510, 4553, 4698, 4705, 4712, 4720, 4778, 4779, 4788, 4796,
    4838, 4895, 5160, 5242, 5368, 5626, 5740, 5764, 5989, 6062, 6196, 6235, 6240, 6309, 6412, 6499,
    6583, 6586, 6632, 6770, 6785, 6811, 6854, 6896, 6979, 7081, 7128, 7158, 7160, 7177, 7267, 7314,
    7316, 7492, 7662, 7713, 7906, 8003, 8059, 8489, 8521, 8545, 8570, 8576, 8625, 8658, 8667, 8683,
    8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231, 9591, 9777, 9884, 9932, 10049,
    10180, 10199, 10248, 10419, 10441, 10662, 10729, 10763, 10771, 10923, 10933, 10951, 11365,
    11730, 11765, 11789, 12008, 12326, 12348, 12526, 12593, 12969, 12985, 13054, 13083, 13098,
    13396, 13407, 13419, 13512, 13520, 13543, 13549, 13563, 13578, 13588, 14541, 14641, 14679,
    14692, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406, 15489, 15542, 15687, 16704,
    16716, 16757, 16887, 17066, 17240, 17413, 17478, 17487, 17512, 17546, 17560, 17714, 18060,
    18138, 18189, 18282, 18301, 18304, 18624, 18786, 18802, 18817, 18833, 18841, 18844, 18869,
    18920, 18958, 18989, 19066, 19071, 19112, 19132, 19188, 19268, 19342, 19351, 19425, 19430,
    19501, 19542, 19582, 19730, 19742, 19874, 19954, 19957, 20052, 20062, 20073, 20195, 20242,
    20332, 20380, 20422, 20504, 20520, 20683, 20705, 20748, 20763, 20775, 20903, 20997, 20999,
    21153, 21161, 21181, 21201, 21224, 21287, 21395, 21411, 21426, 21541, 21722, 21743, 21868,
    21878, 21978, 22015, 22047, 22119, 22147, 22166, 22235, 22280, 22393, 22473, 22651, 22854,
    22924, 22950, 23011, 23016, 23094, 23287, 23343, 23391, 23449, 23552, 23566, 23664, 23683,
    23764, 23766, 23830, 23834, 23895, 24466, 24965, 25437, 25467, 25683, 25988, 26098, 26127,
    26147, 26510, 26641, 26688, 26717, 26748, 26752, 26915, 27000, 27033, 27082, 27137, 27146,
    27159, 27163, 27168, 27210, 27332, 27344, 27365, 27413, 27466, 27474, 27481, 27525, 27531,
    27534, 27588, 27685, 27759, 27762, 27919, 27934, 28082, 28099, 28157, 28168, 28317, 28467,
    28730, 28826, 28905, 29203, 29281, 29304, 29335, 29429, 29635, 29697, 29830, 29857, 29880,
    29908, 29986, 30143, 30206, 30210, 30223, 30292, 30628, 30633, 30710, 31029, 31030, 31036,
    31055, 31377, 32607, 33717, 33817, 33830, 33887, 34064, 34067, 34111, 34113, 34142, 34173,
    34207, 34224, 34260, 34495, 34641, 34833, 34954, 35121, 35301, 35416, 35430, 35436, 35541,
    35667, 35753, 35756, 35852, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36440, 36576,
    36611, 36619, 36641, 36660, 36671, 36672, 36718, 36937, 36979, 37011, 37029, 37192, 37205,
    38181, 38743, 38748, 39053, 39054, 39177, 39219, 39421, 39425, 39794, 40199, 40415, 41359,
    41387, 41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829, 42059, 42172, 42225,
    42347, 42359, 42430, 42507, 42515, 42619, 42675, 42874, 42909, 43062, 43099, 43128, 43246,
    43397, 43441, 43446, 43568, 43589, 43809, 43986, 44023, 44179, 44311, 44789, 44791, 44848,
    44865, 45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46457, 46492,
    46554, 46566, 46798, 47412, 47900, 47921, 47950, 47977, 47984, 48029, 48036, 48075, 48278,
    48285, 48294, 48565, 48833, 48936, 48944, 48981, 48983, 49025, 49150, 49162, 49353, 49403,
    49455, 49496, 49574, 49625, 49816, 49843, 49917, 50015, 50105, 50134, 50144, 50206, 50441,
    50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184, 52550, 52590, 52595,
    52715, 52752, 52792, 52816, 52820, 52907, 52959, 53038, 53103, 53235, 53326, 53353, 53362,
    53376, 53404, 53610, 53615, 53722, 53746, 53952, 53964, 54079, 54097, 54227, 54240, 54451,
    54496, 54746, 54781, 54843, 54876, 54884, 54953, 55164, 55256, 55410, 55446, 55457, 55545,
    55666, 55759, 55839, 56005, 56113, 56162, 56246, 56332, 56434, 56461, 56569, 56810, 57081,
    57331, 57605, 57751, 57773, 57804, 57968, 58321, 58388, 58578, 58659, 58868, 58993, 59061,
    59702, 59840, 59906, 59974, 60188, 60260, 60710, 61303, 61330, 61369, 61499, 61510, 61569,
    61887, 61942, 62097, 62124, 62166, 62202, 62476, 62504, 62577, 62664, 63087, 63118, 63144,
    63264, 63283, 63289, 63828, 63903, 64010, 64121, 64253, 64315, 64330, 64484, 64506, 64510,
    64530, 64907, 65160, 65235, 65239, 65260, 65362, 65524, 65547, 65716, 65952, 66083, 66087,
    66091, 66099, 66154, 66166, 66183, 66250, 66271, 66309, 67136, 68049, 68105, 68147, 68290,
    68364, 68423, 68431, 68440, 68557, 68598, 68608, 68670, 68967, 69633, 69655, 69662, 69723,
    69732, 69826, 69885, 69917, 69927, 69960, 69961, 70020, 70096, 70144, 70168, 70223, 70257,
    70360, 70376, 70405, 70407, 70424, 70568, 71201, 71214, 71218, 71226, 71244, 71246, 71255,
    71266, 71293, 71355, 71370, 71408, 71421, 71432, 71437, 71446, 71463, 71482, 71516, 71565,
    71577, 71602, 71618, 71619, 71621, 71739, 71780, 71787, 71819, 71825, 71866, 71919, 72021,
    72072, 72131, 72212, 72429, 72514, 72580, 72599, 72623, 72911, 72961, 73100, 73133, 73204,
    73258, 73306, 73333, 73386, 73390, 73419, 73467, 73470, 73479, 73486, 73489, 73505, 73510,
    73539, 73655, 73776, 73879, 73892, 74032, 74079, 74161, 74196, 74207, 74213, 74222, 74223,
    74224, 74225, 74227, 74243, 74274, 74309, 74370, 74398, 74403, 74405, 74413, 74419, 74435,
    74468, 74486, 74496, 74506, 74508, 74526, 74554, 74575, 74578, 74585, 74590, 74616, 74658,
    74731, 74745, 74748, 74814, 74823, 74986, 75128, 75172, 75179, 75234, 75254, 75263, 75344,
    75541, 75612, 75698, 75739, 75775, 75824, 75881, 75905, 75914, 75918, 75928, 75991, 76000,
    76015, 76022, 76202, 76212, 76433, 76435, 76449, 76553, 76596, 76598, 76638, 76675, 76724,
    76736, 76752, 76754, 76791, 76799, 76802, 76804, 76816, 76824, 76855, 76870, 76875, 76921,
    76938, 76958, 76963, 76989, 77058, 77097, 77198, 77240, 77395, 77465, 77472, 77478, 77485,
    77567, 77575, 77580, 77629, 77686, 77881, 77939, 78078, 78086, 78156, 78214, 78373, 78483,
    78561, 78621, 78635, 78710, 78730, 78741, 78746, 78752, 78812, 78818, 78867, 78872, 78906,
    79011, 79021, 79043, 79058, 79069, 79081, 79088, 79117, 79209, 79216, 79228, 79267, 79300,
    79361, 79370, 79425, 79451, 79516, 79541, 79588, 79641, 79707, 79714, 79750, 79761, 79766,
    79795, 79800, 79831, 79837, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80308, 80346, 80352, 80359, 80410, 80415, 80424, 80443, 80477, 80480, 80493,
    80554, 80604, 80609, 80618, 80645, 80698, 80709, 80732, 80750, 80812, 80893, 80897, 80917,
    80922, 81025, 81059, 81066, 81074, 81171, 81224, 81254, 81277, 81342, 81344, 81350, 81354,
    81417, 81418, 81491, 81497, 81498, 81531, 81574, 81673, 81732, 81755, 81818, 82285, 82997,
    83000, 83002, 83021, 83047, 83054, 83060, 83102, 83113, 83116, 83409, 83425, 83541, 83576,
    83585, 83613, 83750, 83773, 83794, 83977, 84055, 84130, 84146, 84182, 84222, 84311, 84464,
    84498, 84564, 84574, 84580, 84587, 84631, 84703, 84773, 84805, 84934, 85470, 85503, 85505,
    85522, 85523, 85562, 85569, 85575, 85585, 85593, 85604, 85614, 85637, 85673, 85675, 85677,
    85721, 85727, 85730, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973, 85975, 85988,
    86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328, 86452, 86487, 86546,
    86581, 86689, 86739, 86775, 86783, 86812, 86870, 86901, 86983, 86988, 86995, 87046, 87299,
    87419, 87614, 87986, 88044, 88072, 88117, 88246, 88374, 88376, 88377, 88416, 88437, 88443,
    88463, 88496, 88508, 88514, 88621, 88802, 88803, 88826, 88923, 89099, 89181, 89292, 89378,
    89575, 89597, 89752, 89821, 89864, 89991, 90011, 90028, 90044, 90057, 90102, 90112, 90113,
    90141, 90179, 90185, 90190, 90238, 90241, 90298, 90333, 90390, 90432, 90454, 90460, 90507,
    90513, 90535, 90537, 90551, 90579, 90602, 90608, 90635, 90658, 90677, 90776, 90854, 90921,
    91094, 91142, 91144, 91181, 91220, 91240, 91292, 91358, 91492, 91600, 91669, 91675, 91691,
    91741, 91748, 91762, 91763, 91782, 91806, 91810, 91812, 91831, 91833, 91850, 91856, 91900,
    91925, 91927, 91975, 91987, 91990, 92030, 92041, 92106, 92109, 92178, 92188, 92189, 92190,
    92247, 92260, 92262, 92273, 92289, 92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733,
    92766, 92767, 92783, 92785, 92800, 92820, 92843, 92901, 92902, 92990, 93149, 93216, 93225,
    93251, 93257, 93360, 93612, 93639, 93640, 93709, 93764, 93773, 93928, 93976, 93984, 93986,
    93988, 94030, 94110, 94115, 94158, 94182, 94229, 94230, 94270, 94474, 94514, 94541, 94674,
    94693, 94888, 95576, 95648, 95721, 96168, 96960, 97109, 97159, 97211, 97232, 97310, 97426,
    97519, 97557, 97574, 97726, 97827, 97828, 97863, 97865, 97881, 97883, 97911, 97981, 98071,
    98072, 98076, 98106, 98122, 98141, 98143, 98156, 98193, 98195, 98221, 98240, 98289, 98377,
    98439, 98459, 98581, 98757, 99108, 99129, 99141, 99177, 99244, 99361, 99529, 99531, 99677,
    99751, 99826, 99837, 100032, 100108, 100180, 100203, 100233, 100324, 100355, 100516, 100605,
    100682, 100695, 100703, 100753, 100790, 100803, 100819, 100821, 100826, 100855, 100862, 100868,
    100899, 100908, 100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026, 102041,
    102047, 102174, 102208, 102225, 102263, 102552, 102695, 102846, 103046, 103152, 103321, 103398,
    103448, 103564, 103596, 103615, 103772, 103987, 104288, 104302, 104616, 104655, 104674, 104819,
    104908, 105009, 105089,
)
# fmt: on


# Every release the speaker gold held when the thirty-second holdout was drawn (corpus
# lines, 1-based; its holdout33 included), frozen like `HOLDOUT31_SPEAKER_LINES`.
# fmt: off
HOLDOUT32_SPEAKER_LINES = (
    113, 262, 287, 293, 385, 489, 571, 594, 600, 667, 668, 866, 958, 1122, 1139, 1201, 1202, 1274,
    1290, 1350, 1567, 1619, 1689, 1747, 1764, 1784, 1853, 1925, 1939, 1941, 2091, 2148, 3350, 3801,
    3809, 3810, 3843, 3914, 4020, 4174, 4195, 4252, 4301, 4510, 4553, 4698, 4705, 4712, 4720, 4752,
    4778, 4779, 4788, 4796, 4838, 4895, 5160, 5242, 5368, 5626, 5740, 5764, 5989, 6062, 6196, 6235,
    6240, 6309, 6412, 6499, 6583, 6586, 6632, 6770, 6785, 6811, 6854, 6896, 6979, 7081, 7128, 7158,
    7160, 7177, 7267, 7314, 7316, 7492, 7662, 7713, 7906, 8003, 8059, 8255, 8489, 8521, 8545, 8570,
    8576, 8625, 8658, 8667, 8683, 8713, 8721, 8775, 8780, 8795, 9046, 9153, 9193, 9215, 9231, 9591,
    9777, 9884, 9932, 10049, 10180, 10199, 10248, 10419, 10441, 10662, 10729, 10763, 10771, 10855,
    10923, 10933, 10951, 11365, 11730, 11765, 11789, 12008, 12326, 12348, 12526, 12593, 12969,
    12985, 13054, 13083, 13098, 13396, 13407, 13419, 13512, 13520, 13543, 13549, 13563, 13578,
    13588, 14541, 14641, 14679, 14692, 14773, 15014, 15077, 15194, 15214, 15358, 15397, 15406,
    15489, 15542, 15687, 16704, 16716, 16757, 16887, 17066, 17240, 17413, 17421, 17478, 17487,
    17512, 17546, 17560, 17714, 18060, 18138, 18189, 18282, 18301, 18304, 18624, 18786, 18802,
    18817, 18833, 18841, 18844, 18869, 18920, 18958, 18989, 19066, 19071, 19112, 19132, 19188,
    19268, 19284, 19342, 19351, 19425, 19430, 19501, 19542, 19582, 19730, 19742, 19874, 19954,
    19957, 20052, 20062, 20073, 20195, 20242, 20332, 20380, 20422, 20504, 20520, 20683, 20705,
    20748, 20763, 20775, 20903, 20997, 20999, 21153, 21161, 21181, 21201, 21224, 21287, 21395,
    21410, 21411, 21426, 21541, 21722, 21743, 21868, 21878, 21978, 22015, 22047, 22119, 22147,
    22166, 22235, 22280, 22393, 22473, 22651, 22854, 22924, 22950, 23011, 23016, 23094, 23287,
    23343, 23391, 23449, 23552, 23566, 23664, 23683, 23764, 23766, 23830, 23834, 23895, 24466,
    24965, 25437, 25467, 25683, 25988, 26098, 26127, 26147, 26510, 26641, 26688, 26717, 26748,
    26752, 26915, 27000, 27033, 27082, 27137, 27146, 27159, 27163, 27168, 27210, 27332, 27344,
    27365, 27413, 27466, 27474, 27481, 27525, 27531, 27534, 27588, 27685, 27759, 27762, 27919,
    27934, 28082, 28099, 28157, 28168, 28243, 28317, 28467, 28730, 28826, 28882, 28905, 29203,
    29281, 29304, 29335, 29429, 29635, 29697, 29830, 29857, 29878, 29880, 29908, 29986, 30143,
    30206, 30210, 30223, 30292, 30628, 30633, 30710, 31029, 31030, 31036, 31055, 31377, 32607,
    33717, 33817, 33830, 33887, 34064, 34067, 34111, 34113, 34142, 34173, 34207, 34224, 34260,
    34495, 34641, 34833, 34954, 34961, 35121, 35301, 35416, 35430, 35436, 35541, 35667, 35753,
    35756, 35852, 35898, 35917, 35933, 35944, 36119, 36263, 36371, 36440, 36576, 36611, 36619,
    36641, 36660, 36671, 36672, 36718, 36937, 36979, 37011, 37029, 37192, 37205, 38181, 38743,
    38748, 39053, 39054, 39177, 39219, 39421, 39425, 39443, 39794, 40199, 40415, 41359, 41387,
    41390, 41474, 41512, 41538, 41561, 41680, 41703, 41721, 41829, 42059, 42157, 42172, 42225,
    42347, 42359, 42430, 42507, 42515, 42619, 42675, 42874, 42909, 43062, 43099, 43128, 43246,
    43397, 43441, 43446, 43568, 43589, 43809, 43986, 44023, 44179, 44311, 44337, 44789, 44791,
    44848, 44865, 45067, 45956, 46104, 46136, 46147, 46191, 46334, 46336, 46359, 46368, 46457,
    46492, 46554, 46566, 46798, 47412, 47900, 47921, 47950, 47977, 47984, 48029, 48036, 48075,
    48226, 48278, 48285, 48294, 48565, 48783, 48833, 48936, 48944, 48981, 48983, 49025, 49150,
    49162, 49353, 49403, 49455, 49496, 49574, 49625, 49816, 49843, 49917, 50015, 50105, 50134,
    50144, 50206, 50441, 50491, 50589, 50711, 50790, 50894, 51013, 51070, 51154, 51179, 51184,
    52550, 52590, 52595, 52715, 52752, 52792, 52816, 52820, 52907, 52959, 53038, 53103, 53235,
    53326, 53353, 53362, 53376, 53404, 53610, 53615, 53722, 53746, 53952, 53964, 54079, 54097,
    54227, 54240, 54451, 54496, 54746, 54781, 54843, 54876, 54884, 54953, 55164, 55256, 55410,
    55446, 55457, 55545, 55666, 55759, 55839, 56005, 56113, 56162, 56246, 56332, 56377, 56434,
    56461, 56569, 56810, 57081, 57331, 57605, 57751, 57773, 57804, 57968, 58321, 58388, 58578,
    58659, 58868, 58993, 59061, 59702, 59840, 59906, 59974, 60188, 60260, 60710, 61303, 61330,
    61369, 61499, 61510, 61569, 61887, 61942, 62097, 62124, 62166, 62202, 62476, 62504, 62577,
    62664, 63087, 63118, 63144, 63264, 63283, 63289, 63828, 63903, 64010, 64121, 64253, 64315,
    64330, 64484, 64506, 64510, 64530, 64907, 65160, 65235, 65239, 65260, 65362, 65524, 65547,
    65716, 65952, 66083, 66087, 66091, 66099, 66154, 66166, 66183, 66250, 66271, 66309, 67136,
    68049, 68105, 68147, 68290, 68364, 68423, 68431, 68440, 68557, 68598, 68608, 68670, 68967,
    69633, 69655, 69662, 69723, 69732, 69826, 69885, 69917, 69927, 69960, 69961, 70020, 70096,
    70144, 70168, 70223, 70257, 70360, 70376, 70405, 70407, 70424, 70568, 71201, 71214, 71218,
    71226, 71244, 71246, 71255, 71266, 71293, 71355, 71370, 71391, 71408, 71421, 71432, 71437,
    71446, 71463, 71482, 71516, 71565, 71570, 71577, 71602, 71618, 71619, 71621, 71739, 71780,
    71787, 71819, 71825, 71866, 71919, 72021, 72072, 72131, 72212, 72429, 72514, 72580, 72599,
    72623, 72911, 72961, 73040, 73100, 73133, 73204, 73258, 73306, 73333, 73386, 73390, 73419,
    73467, 73470, 73479, 73486, 73489, 73505, 73510, 73539, 73655, 73776, 73879, 73892, 74032,
    74079, 74161, 74196, 74207, 74213, 74222, 74223, 74224, 74225, 74227, 74243, 74274, 74309,
    74370, 74388, 74398, 74403, 74405, 74413, 74419, 74435, 74468, 74486, 74496, 74506, 74508,
    74526, 74554, 74575, 74578, 74585, 74590, 74616, 74658, 74731, 74745, 74748, 74814, 74823,
    74986, 75128, 75172, 75179, 75234, 75254, 75263, 75344, 75385, 75541, 75612, 75698, 75739,
    75775, 75824, 75881, 75905, 75914, 75918, 75928, 75991, 76000, 76015, 76022, 76202, 76212,
    76433, 76435, 76449, 76553, 76596, 76598, 76638, 76675, 76724, 76736, 76752, 76754, 76791,
    76799, 76802, 76804, 76816, 76824, 76855, 76862, 76870, 76875, 76921, 76938, 76958, 76963,
    76989, 77058, 77097, 77198, 77240, 77395, 77465, 77472, 77478, 77485, 77567, 77575, 77580,
    77629, 77686, 77881, 77939, 78078, 78086, 78156, 78214, 78373, 78483, 78561, 78621, 78635,
    78710, 78730, 78741, 78746, 78752, 78812, 78818, 78867, 78872, 78906, 78964, 79011, 79021,
    79043, 79051, 79058, 79069, 79081, 79088, 79117, 79209, 79216, 79228, 79267, 79300, 79361,
    79370, 79425, 79451, 79516, 79541, 79588, 79641, 79707, 79714, 79750, 79761, 79766, 79775,
    79795, 79800, 79831, 79837, 79871, 79876, 79882, 79884, 79888, 79889, 79896, 79970, 80176,
    80230, 80297, 80308, 80346, 80352, 80359, 80410, 80415, 80424, 80443, 80477, 80480, 80493,
    80554, 80604, 80609, 80618, 80645, 80698, 80709, 80732, 80750, 80812, 80893, 80897, 80917,
    80922, 81025, 81059, 81066, 81074, 81085, 81171, 81224, 81254, 81277, 81342, 81344, 81350,
    81354, 81417, 81418, 81491, 81497, 81498, 81499, 81531, 81574, 81673, 81732, 81755, 81818,
    82285, 82997, 83000, 83002, 83021, 83047, 83054, 83060, 83102, 83113, 83116, 83409, 83425,
    83541, 83576, 83585, 83613, 83750, 83773, 83794, 83977, 84055, 84130, 84146, 84182, 84222,
    84311, 84464, 84498, 84564, 84574, 84580, 84587, 84631, 84703, 84773, 84805, 84934, 85470,
    85503, 85505, 85522, 85523, 85562, 85569, 85575, 85585, 85593, 85604, 85614, 85637, 85673,
    85675, 85677, 85721, 85727, 85730, 85750, 85754, 85759, 85827, 85838, 85901, 85902, 85973,
    85974, 85975, 85988, 86014, 86018, 86070, 86161, 86202, 86273, 86283, 86317, 86318, 86328,
    86452, 86487, 86546, 86581, 86689, 86739, 86775, 86783, 86812, 86870, 86877, 86901, 86983,
    86988, 86995, 87046, 87299, 87419, 87614, 87986, 88044, 88072, 88117, 88246, 88271, 88374,
    88376, 88377, 88416, 88437, 88443, 88463, 88496, 88508, 88514, 88621, 88802, 88803, 88826,
    88923, 89099, 89181, 89292, 89378, 89575, 89597, 89752, 89821, 89864, 89991, 90011, 90028,
    90044, 90057, 90102, 90112, 90113, 90141, 90179, 90185, 90190, 90238, 90241, 90298, 90333,
    90390, 90432, 90454, 90460, 90507, 90509, 90513, 90535, 90537, 90551, 90579, 90602, 90608,
    90635, 90658, 90677, 90741, 90776, 90854, 90921, 91094, 91142, 91144, 91181, 91220, 91240,
    91292, 91358, 91492, 91600, 91669, 91675, 91691, 91741, 91748, 91762, 91763, 91782, 91806,
    91810, 91812, 91831, 91833, 91850, 91856, 91900, 91925, 91927, 91975, 91987, 91990, 92030,
    92041, 92106, 92109, 92124, 92178, 92188, 92189, 92190, 92247, 92260, 92262, 92273, 92289,
    92447, 92464, 92465, 92570, 92642, 92655, 92711, 92733, 92766, 92767, 92774, 92783, 92785,
    92800, 92820, 92843, 92901, 92902, 92990, 93149, 93216, 93225, 93251, 93257, 93360, 93612,
    93639, 93640, 93709, 93764, 93773, 93928, 93976, 93984, 93986, 93988, 94030, 94110, 94115,
    94158, 94182, 94229, 94230, 94270, 94474, 94514, 94541, 94674, 94693, 94888, 95576, 95648,
    95721, 96168, 96960, 97109, 97159, 97211, 97232, 97310, 97426, 97438, 97519, 97557, 97574,
    97726, 97827, 97828, 97863, 97865, 97881, 97883, 97911, 97981, 98071, 98072, 98076, 98106,
    98122, 98141, 98143, 98156, 98193, 98195, 98221, 98240, 98289, 98377, 98439, 98459, 98581,
    98757, 99108, 99129, 99141, 99177, 99244, 99361, 99529, 99531, 99677, 99751, 99826, 99837,
    99894, 100032, 100108, 100180, 100203, 100233, 100324, 100355, 100516, 100605, 100682, 100695,
    100703, 100753, 100790, 100803, 100819, 100821, 100826, 100855, 100862, 100868, 100899, 100908,
    100923, 100927, 100939, 100944, 100949, 100960, 100964, 101258, 102026, 102041, 102047, 102174,
    102208, 102225, 102263, 102552, 102695, 102846, 103046, 103152, 103321, 103398, 103420, 103448,
    103564, 103596, 103615, 103772, 103987, 104288, 104302, 104616, 104655, 104674, 104819, 104908,
    105009, 105089,
)
# fmt: on


# Releases the speaker gold took up after the eighth holdout was drawn (its holdout9).
# fmt: off
HOLDOUT8_LATER_SPEAKER_LINES = frozenset(
    {
        489, 1202, 1939, 7081, 10729, 22651, 25988, 42430, 43568, 46334, 48029, 53103,
        53610, 62166, 66271, 68105, 71446, 71819, 74227, 74578, 76989, 78078, 79011,
        79761, 80230, 80604, 86283, 86983, 88376, 90241, 91142, 91806, 91900, 92106,
        92800, 93976, 94474, 100108, 100908, 103398,
    }
)
# fmt: on


# The releases the speaker gold held in `SPEAKER_GOLD_SPLITS` when the seventh holdout was
# drawn (corpus lines, 1-based): frozen, so releases added to the speaker gold later do not
# change the draw. `tests/test_gold_releases.py` checks it against the speaker gold.
# fmt: off
HOLDOUT7_SPEAKER_LINES = (
    262, 293, 668, 1122, 1139, 1274, 1619, 1784, 3350, 3843, 3914, 4020, 4779, 4838, 5242, 6062,
    6235, 7128, 7160, 7177, 7713, 8570, 8667, 8780, 9046, 9153, 9193, 9932, 10419, 11365, 11765,
    12326, 12969, 13098, 13512, 13520, 14541, 14641, 15077, 15687, 17240, 17478, 18301, 18844,
    18869, 18920, 19188, 19501, 19957, 20073, 20504, 20705, 20775, 21153, 21201, 21395, 21722,
    21978, 23094, 23552, 23664, 23895, 24466, 25437, 26641, 26752, 27146, 27168, 27365, 27531,
    27588, 27685, 28168, 28467, 28730, 29281, 29304, 29335, 30206, 30223, 31029, 32607, 33717,
    34067, 34142, 34207, 34260, 34495, 34833, 35121, 35416, 35436, 35898, 35917, 36119, 36371,
    36619, 36937, 37029, 38181, 39054, 39421, 39794, 40415, 41359, 41512, 42059, 43062, 43099,
    43128, 43986, 45067, 46104, 46368, 46798, 47412, 47900, 47977, 48278, 48944, 49455, 49496,
    50105, 50589, 51184, 52550, 52752, 52816, 52820, 53235, 53376, 53404, 53952, 54227, 54451,
    54496, 54746, 54843, 55545, 56332, 56434, 57331, 57804, 58659, 58868, 59702, 59840, 60188,
    60710, 61510, 63087, 63828, 64330, 64484, 64510, 65260, 66087, 66099, 66166, 67136, 68049,
    68290, 68967, 69655, 69732, 69885, 70405, 70568, 71201, 71246, 71482, 71565, 71618, 71619,
    71739, 72021, 72599, 73133, 73204, 73386, 73479, 73776, 74161, 74225, 74243, 74309, 74413,
    74435, 74585, 74590, 74748, 75234, 75612, 75905, 75928, 76435, 76736, 76791, 76802, 76938,
    76963, 77240, 77472, 77575, 77939, 78483, 78741, 78818, 79021, 79058, 79267, 79425, 79588,
    79707, 79795, 79884, 79889, 79970, 80424, 80480, 80554, 80698, 80709, 80750, 81277, 81350,
    81673, 81732, 81755, 82285, 83047, 83102, 83113, 83409, 83773, 84146, 84311, 84464, 84580,
    84587, 84805, 85470, 85505, 85585, 85604, 85677, 85754, 85759, 85901, 86014, 86018, 86273,
    86317, 86328, 86689, 86775, 86988, 86995, 87046, 87614, 88072, 88246, 88443, 88496, 88621,
    89099, 90044, 90141, 90432, 90635, 90854, 91094, 91144, 91181, 91292, 91691, 91748, 91850,
    91927, 91975, 92178, 92189, 92247, 92464, 92655, 92711, 93251, 93257, 93360, 93764, 93986,
    94230, 94674, 94888, 95648, 96168, 97109, 97574, 97828, 97881, 97883, 98122, 98193, 98195,
    98581, 99177, 99531, 99837, 100203, 100324, 100355, 100855, 100923, 101258, 102026, 102047,
    102225, 102552, 103448, 104819,
)
# fmt: on


def speaker_gold_lines(path: Path = SPEAKER_GOLD_PATH) -> set[int]:
    """Corpus lines (1-based) of the releases the speaker gold annotates in
    `SPEAKER_GOLD_SPLITS` (it names them `release:N`, N counted from 0). A missing
    speaker gold is an error: an empty set would silently draw other releases."""
    if not path.exists():
        raise FileNotFoundError(f"speaker gold not found: {path}")
    lines: set[int] = set()
    for row in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(row) if row.strip() else {}
        doc = str(record.get("doc", ""))
        if doc.startswith("release:") and record.get("split") in SPEAKER_GOLD_SPLITS:
            lines.add(int(doc.partition(":")[2]) + 1)
    return lines


def _draw_later(
    path: Path, split: str, candidates: int, seed: int, also_taken: set[int]
) -> list[Pick]:
    """A later holdout's candidates: releases of no split annotated before it (nor in
    `also_taken`), at most two of a member, in draw order."""
    earlier = set(SPLITS[: SPLITS.index(split)])
    taken = {gold.line for gold in read_gold() if gold.split in earlier} | also_taken
    picks = _draw(
        path,
        candidates,
        random.Random(seed),
        exclude=set(),
        per_member=MAX_PER_MEMBER,
        skip_lines=taken,
    )
    return [Pick(number, member, date, split) for number, member, date in picks]


def _draw(
    path: Path,
    size: int,
    rng: random.Random,
    exclude: set[str],
    per_member: int = MAX_PER_MEMBER,
    skip_lines: set[int] | None = None,
) -> list[tuple[int, str, str]]:
    by_year: dict[int, list[tuple[int, str, str]]] = {year: [] for year in YEARS}
    for number, record in iter_records(path):
        date = str(record.get("date") or "")
        year = int(date[:4]) if date[:4].isdigit() else 0
        member = str(record["member"])
        if year in by_year and len(record.get("text") or "") >= MIN_CHARS:
            if member not in exclude and not (skip_lines and number in skip_lines):
                by_year[year].append((number, member, date))
    for candidates in by_year.values():
        rng.shuffle(candidates)
    taken: Counter[str] = Counter()
    picks: list[tuple[int, str, str]] = []
    cursor = {year: 0 for year in YEARS}
    while len(picks) < size:
        before = len(picks)
        for year in YEARS:
            candidates = by_year[year]
            while cursor[year] < len(candidates):
                number, member, date = candidates[cursor[year]]
                cursor[year] += 1
                if taken[member] < per_member:
                    taken[member] += 1
                    picks.append((number, member, date))
                    break
            if len(picks) == size:
                break
        if len(picks) == before:  # every year's candidates used up
            break
    return picks


# -- the gold --------------------------------------------------------------------


@dataclass
class GoldDateline:
    span: tuple[int, int]
    place: str  # as written, every word ("La Crosse", "WASHINGTON")
    canonical: str  # "Washington, D.C.", "New York", "La Crosse"
    region: str | None = None  # state or country as written ("WI", "D.C.")
    canonical_region: str | None = None  # "Wisconsin", "District of Columbia"
    date: str | None = None  # a date the dateline carries, ISO


@dataclass
class GoldRelease:
    line: int
    member: str
    split: str
    sha1: str
    headline: tuple[int, int] | None
    subheadline: tuple[int, int] | None
    dateline: GoldDateline | None
    note: str | None = None


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise ValueError(f"not a span: {value!r}")
    return start, end


def read_gold(path: Path = GOLD_PATH) -> list[GoldRelease]:
    """The annotated releases; a ValueError names the line that is malformed."""
    gold: list[GoldRelease] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            dateline = row.get("dateline")
            gold.append(
                GoldRelease(
                    line=int(row["line"]),
                    member=str(row["member"]),
                    split=str(row["split"]),
                    sha1=str(row["sha1"]),
                    headline=_span(row.get("headline")),
                    subheadline=_span(row.get("subheadline")),
                    dateline=None
                    if dateline is None
                    else GoldDateline(**{**dateline, "span": _span(dateline["span"])}),
                    note=row.get("note"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from exc
        if gold[-1].split not in SPLITS:
            raise ValueError(f"{path}:{number}: split must be one of {', '.join(SPLITS)}")
    return gold


def load_texts(path: Path, lines: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The corpus records at `lines` (one pass over the file, stopping after the last)."""
    return jsonl_lines(path, lines)


# -- scoring ---------------------------------------------------------------------


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _fold(text: str | None) -> str | None:
    text = _norm(text)
    return text.casefold() if text else None


def predicted_place(doc: Document) -> str | None:
    """The dateline place as the archive lists it (its canonical name, else as written)."""
    if doc.dateline is None:
        return None
    return doc.dateline.canonical or doc.dateline.place


def predicted_subheadline(doc: Document, text: str) -> str | None:
    """The first subheading when it stands above the body's start in `text`: a
    subheading further down is a section title, not the release's subheadline.
    Both are looked for from the headline on, where the parse put the head: a teaser
    before the head that repeats the body's first words is not where the body starts."""
    if not doc.subheadings:
        return None
    sub = doc.subheadings[0]
    start = max(text.find(doc.headline[:60]), 0) if doc.headline else 0

    def find(words: str) -> int:
        # Where only a copy before the headline has them, that copy is the one.
        at = text.find(words, start)
        return at if at != -1 else text.find(words)

    at = find(sub[:60])
    body_at = find(doc.body[0][:60]) if doc.body else -1
    if at == -1 or (body_at != -1 and at > body_at):
        return None
    return sub


def predicted_date(doc: Document, published: str | None) -> str | None:
    """The dateline's date as ISO; a month and day alone take the release's year."""
    from importers.dateline import dateline_date, parse_date

    if doc.dateline is None or not doc.dateline.date:
        return None
    written = doc.dateline.date
    day = dateline_date(doc.dateline)
    if day is None and published and published[:4].isdigit():
        day = parse_date(f"{written}, {published[:4]}")
    return day.isoformat() if day else _norm(written)


@dataclass
class Outcome:
    """One release judged: what was predicted and what the gold says."""

    where: str
    place: tuple[str | None, str | None]  # (predicted, gold): the canonical place
    written: tuple[str | None, str | None]  # the place as written, every word
    headline: tuple[str | None, str | None]
    subheadline: tuple[str | None, str | None]
    date: tuple[str | None, str | None] | None  # only where the gold dateline has a date
    # Only where the dateline writes the place's state or country.
    region: tuple[str | None, str | None] | None = None

    def misses(self) -> list[str]:
        out = []
        for what, (got, want) in (
            ("place", self.place),
            ("written place", self.written),
            ("headline", self.headline),
            ("subheadline", self.subheadline),
            ("date", self.date or (None, None)),
            ("region", self.region or (None, None)),
        ):
            folded = what in ("place", "written place", "region")
            if (_fold(got) != _fold(want)) if folded else (got != want):
                out.append(f"{self.where} {what}: {got!r}, gold {want!r}")
        return out


@dataclass
class Tally:
    releases: int = 0
    place_right: int = 0
    written_right: int = 0
    headline_right: int = 0
    titles: int = 0
    titles_found: int = 0
    headlines_given: int = 0
    subheadline_right: int = 0
    subheadlines: int = 0
    subheadlines_found: int = 0
    dated: int = 0
    date_right: int = 0
    regions: int = 0
    region_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.releases += 1
        # No dateline in the gold: right only when none is predicted (None == None).
        self.place_right += _fold(o.place[0]) == _fold(o.place[1])
        self.written_right += _fold(o.written[0]) == _fold(o.written[1])
        got, want = o.headline
        self.headline_right += got == want
        self.headlines_given += got is not None
        if want is not None:
            self.titles += 1
            self.titles_found += got == want
        got, want = o.subheadline
        self.subheadline_right += got == want
        if want is not None:
            self.subheadlines += 1
            self.subheadlines_found += got == want
        if o.date is not None:
            self.dated += 1
            self.date_right += o.date[0] == o.date[1]
        if o.region is not None:
            self.regions += 1
            self.region_right += _fold(o.region[0]) == _fold(o.region[1])
        self.misses.extend(o.misses())

    def figures(self) -> dict[str, Any]:
        def share(num: int, den: int) -> float | None:
            return round(num / den, 3) if den else None

        return {
            "releases": self.releases,
            "place_accuracy": share(self.place_right, self.releases),
            "written_place_accuracy": share(self.written_right, self.releases),
            "headline_exact": share(self.headline_right, self.releases),
            "titles_found": share(self.titles_found, self.titles),
            "titles": self.titles,
            "headline_precision": share(self.titles_found, self.headlines_given),
            "subheadline_exact": share(self.subheadline_right, self.releases),
            "subheadlines_found": share(self.subheadlines_found, self.subheadlines),
            "subheadlines": self.subheadlines,
            "dateline_date_accuracy": share(self.date_right, self.dated),
            "dated": self.dated,
            "region_accuracy": share(self.region_right, self.regions),
            "regions": self.regions,
        }


def parse_release(record: dict[str, Any]) -> Document:
    """The release as `press import --map member=issuer --map text=text --map
    date=published` parses it."""
    from importers.records import document_from_record
    from importers.sources import InputError

    try:
        return document_from_record(record, FIELD_MAP, origin=None)
    except InputError:
        # The import refuses it (no words: e.g. a pasted style sheet alone) and stores
        # nothing, so nothing of its head is found.
        return Document()


def judge(gold: GoldRelease, record: dict[str, Any]) -> Outcome:
    """Parse one release and set what it gives beside its gold."""
    text = record["text"]
    doc = parse_release(record)
    line = doc.dateline
    want = gold.dateline
    date = None
    if want is not None and want.date:
        date = (predicted_date(doc, record.get("date")), want.date)
    region = None
    if want is not None and want.region and want.canonical_region:
        region = (line.canonical_region if line else None, want.canonical_region)
    return Outcome(
        where=f"line {gold.line}",
        place=(predicted_place(doc), want.canonical if want else None),
        written=(line.place if line else None, want.place if want else None),
        headline=(
            _norm(doc.headline),
            _norm(text[slice(*gold.headline)]) if gold.headline else None,
        ),
        subheadline=(
            _norm(predicted_subheadline(doc, text)),
            _norm(text[slice(*gold.subheadline)]) if gold.subheadline else None,
        ),
        date=date,
        region=region,
    )


@dataclass
class Report:
    splits: dict[str, dict[str, Any]]
    misses: list[str]  # dev only: the check half is scored, never read
    # Every split's disagreements, for a split whose misses may now be read.
    split_misses: dict[str, list[str]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = []
        for name, f in self.splits.items():
            if not f["releases"]:
                continue
            out.append(
                f"{name}: {f['releases']} releases; place accuracy {f['place_accuracy']} "
                f"(as written {f['written_place_accuracy']}); "
                f"headline exact {f['headline_exact']}; titles found "
                f"{f['titles_found']} of {f['titles']} (precision {f['headline_precision']}); "
                f"subheadline exact {f['subheadline_exact']} (found {f['subheadlines_found']}"
                f" of {f['subheadlines']}); dateline date {f['dateline_date_accuracy']}"
                f" of {f['dated']}"
                + (
                    f"; state/country {f['region_accuracy']} of {f['regions']}"
                    if f["regions"]
                    else ""
                )
            )
        return out


def evaluate(
    corpus_file: Path,
    gold: list[GoldRelease] | None = None,
    *,
    splits: Iterable[str] = SPLITS,
) -> Report:
    """Parse the gold releases of `splits` and score them: per split and all together."""
    gold = read_gold() if gold is None else gold
    wanted = set(splits)
    gold = [g for g in gold if g.split in wanted]
    records = load_texts(corpus_file, (g.line for g in gold))
    tallies = {name: Tally() for name in SPLITS if name in wanted}
    total = Tally()
    for g in gold:
        record = records[g.line]
        if text_hash(record.get("text") or "") != g.sha1:
            raise ValueError(f"corpus line {g.line} is not the release annotated (text changed)")
        outcome = judge(g, record)
        tallies[g.split].add(outcome)
        total.add(outcome)
    figures: dict[str, dict[str, Any]] = {name: t.figures() for name, t in tallies.items()}
    figures["all"] = total.figures()
    return Report(
        figures,
        tallies["dev"].misses if "dev" in tallies else [],
        {name: t.misses for name, t in tallies.items()},
    )


def corpus_file() -> Path:
    """`../shared/corpus/congress-press-releases/releases.jsonl.gz` or under $PRESS_CORPUS."""
    return corpus_path() / CORPUS_FILE


if __name__ == "__main__":
    # The one command is `press evaluate releases`; `python -m` hands it the arguments.
    import runpy

    sys.argv = ["press", "evaluate", "releases", *sys.argv[1:]]
    runpy.run_module("press.cli", run_name="__main__", alter_sys=True)
