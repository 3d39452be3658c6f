#!/usr/bin/env python3
"""Draw the documents of the speaker gold sample (`tests/gold/speakers.jsonl`).

Usage: scripts/speaker_sample.py [--corpus DIR]
       [--holdout | --holdout2 | ... | --holdout33] (one JSON line each)

Releases: 60 from `congress-press-releases/releases.jsonl.gz`, one per member, members
in a seeded random order; each member's release is a seeded random choice among theirs
of 300–6,000 characters (about 93 % of the corpus; longer ones would take the
annotation budget of several). Releases with no double quotation mark are kept as drawn
until they fill a quarter of the slots, then redrawn, so the sample has quotes but also
releases without any. The first 30 members are the `dev` half, the next 30 `check`.
With `--holdout`, the releases of the next 30 members in the same order, drawn the same
way, make the `holdout` split instead (drawn after the rules of the dev half were
written; members in no other split). With `--holdout2`, the releases of the 30 members
after those make the `holdout2` split, drawn the same way with a generator of its own
(drawn and annotated after the holdout's misses had been read, before the rules that
followed them were written). With `--holdout3`, 40 releases of the 37 members left
after those (the corpus has 157) make the `holdout3` split: each member in a seeded
order gives one release, the first three a second one, drawn the same way with a
generator of its own, never a release another gold file (`tests/gold/releases.jsonl`)
already holds (drawn and annotated after holdout2's figures, before its misses were
read). Every member of the corpus is then in a split: with `--holdout4`, 40 releases meant
to be in no split of either gold file make the `holdout4` split, one each from 40 members
outside `dev` (its members' releases were the ones the first rules were written from)
in a seeded order of their own, drawn the same way with a generator of its own (drawn
and annotated after holdout3's figures, before its misses were read). Its members are
not new: what it holds out is their other releases. `--holdout5` draws the next 40 the
same way (a generator of its own, never a release either gold file holds, `holdout4`'s
included; drawn and annotated after holdout4's figures, before its misses were read), and
`--holdout6` the 40 after those (drawn and annotated after holdout5's figures, before
its misses were read), `--holdout7` the 40 after those (drawn and annotated after
holdout6's figures, before its misses were read), `--holdout8` the 40 after those
(drawn and annotated after holdout7's figures, before its misses were read; it excludes
every release either gold file held then, the release-head gold's converted to 0-based
indexes), `--holdout9` the 40 after those (drawn and annotated after holdout8's figures,
before its misses were read), `--holdout10` the 40 after those (drawn and annotated
after holdout9's figures, before its misses were read), `--holdout11` the 40 after those
(drawn and annotated after holdout10's figures, before its misses were read),
`--holdout12` the 40 after those (drawn and annotated after holdout11's figures, before
its misses were read), `--holdout13` the 40 after those (drawn and annotated after
holdout12's figures, before its misses were read), `--holdout14` the 40 after those
(drawn and annotated after holdout13's figures, before its misses were read),
`--holdout15` the 40 after those (drawn and annotated after holdout14's figures, before
its misses were read), `--holdout16` the 40 after those (drawn and annotated after
holdout15's figures, before its misses were read), `--holdout17` the 40 after those
(drawn and annotated after holdout16's figures, before its misses were read),
`--holdout18` the 40 after those (drawn and annotated after holdout17's figures, before
its misses were read), `--holdout19` the 40 after those (drawn and annotated after
holdout18's figures, before its misses were read), `--holdout20` the 40 after those
(drawn and annotated after holdout19's figures, before its misses were read), `--holdout21`
the 40 after those (drawn and annotated after holdout20's figures, before its misses were
read), `--holdout22` the 40 after those (drawn and annotated after holdout21's figures,
before its misses were read), `--holdout23` the 40 after those (drawn and annotated after
holdout22's figures, before its misses were read), `--holdout24` the 40 after those (drawn
and annotated after holdout23's figures, before its misses were read), `--holdout25` the 40
after those (drawn and annotated after holdout24's figures, before its misses were read),
`--holdout26` the 40 after those (drawn and annotated after holdout25's figures, before its
misses were read), `--holdout27` the 40 after those (drawn and annotated after holdout26's
figures, before its misses were read), `--holdout28` the 40 after those (drawn and
annotated after holdout27's figures, before its misses were read), `--holdout29` the 40
after those (drawn and annotated after holdout28's figures, before its misses were read),
`--holdout30` the 40 after those (drawn and annotated after holdout29's figures, before its
misses were read), `--holdout31` the 40 after those (drawn and annotated after holdout30's
figures, before its misses were read), `--holdout32` the 40 after those (drawn and
annotated after holdout31's figures, before its misses were read), `--holdout33` the 40
after those (drawn and annotated after holdout32's figures, before its misses were read).
The draws up to
`--holdout7` read the release-head gold's 1-based `line` as a 0-based index, so five of
their releases are releases that gold holds too (`LEGACY_LINE_DRAWS`); they keep doing so
to reproduce their committed ids, and a later draw excludes that gold's releases.

News pages: 10 from `article-extraction-benchmark` and 10 from `wcxb/dev`, each from a
different site (host without `www.`), drawn in a seeded random order among English pages
whose ground-truth main text (600–6,000 characters) holds at least two double-quoted
segments and a speech verb (`said`/`says`). Within each set, sites alternate between
`dev` and `check`.

The draw depends on the corpus files and this script only, so it can be repeated; the
gold file records each document's id and a hash of its text to catch a changed corpus.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

SEED = 20261128
RELEASES = 60
HOLDOUT = 30
HOLDOUT3 = 40
RELEASES_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "releases.jsonl"
SPEAKERS_GOLD = RELEASES_GOLD.with_name("speakers.jsonl")
RELEASE_SPLITS = ("dev", "check", "holdout", "holdout2", "holdout3")
PAGES_PER_SET = 10
MIN_CHARS, MAX_CHARS = 300, 6000
MIN_PAGE_CHARS = 600
DOUBLE_QUOTES = re.compile(r"[\"“”]")
QUOTED = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"")
SPEECH_VERB = re.compile(r"\b(?:said|says)\b")
ENGLISH = re.compile(r"\b(?:the|and|of|to)\b")


def text_hash(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of the text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def draw_releases(
    path: Path,
    holdout: bool = False,
    holdout2: bool = False,
    holdout3: bool = False,
    holdout4: bool = False,
    holdout5: bool = False,
    holdout6: bool = False,
    holdout7: bool = False,
    holdout8: bool = False,
    holdout9: bool = False,
    holdout10: bool = False,
    holdout11: bool = False,
    holdout12: bool = False,
    holdout13: bool = False,
    holdout14: bool = False,
    holdout15: bool = False,
    holdout16: bool = False,
    holdout17: bool = False,
    holdout18: bool = False,
    holdout19: bool = False,
    holdout20: bool = False,
    holdout21: bool = False,
    holdout22: bool = False,
    holdout23: bool = False,
    holdout24: bool = False,
    holdout25: bool = False,
    holdout26: bool = False,
    holdout27: bool = False,
    holdout28: bool = False,
    holdout29: bool = False,
    holdout30: bool = False,
    holdout31: bool = False,
    holdout32: bool = False,
    holdout33: bool = False,
) -> list[dict]:
    by_member: dict[str, list[tuple[int, bool]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line_no, line in enumerate(f):
            record = json.loads(line)
            text = record.get("text") or ""
            if MIN_CHARS <= len(text) <= MAX_CHARS:
                quoted = bool(DOUBLE_QUOTES.search(text))
                by_member.setdefault(record["member"], []).append((line_no, quoted))
    rng = random.Random(SEED)
    members = sorted(by_member)
    rng.shuffle(members)
    chosen: list[dict] = []
    unquoted = 0
    for n, member in enumerate(members[:RELEASES]):
        line_no, quoted = rng.choice(by_member[member])
        if not quoted and unquoted >= RELEASES // 4:
            line_no, quoted = rng.choice([r for r in by_member[member] if r[1]])
        unquoted += not quoted
        split = "dev" if n < RELEASES // 2 else "check"
        chosen.append({"kind": "release", "id": line_no, "member": member, "split": split})
    # Each holdout has its own generator, so the draws before it stay what they were.
    if holdout:
        chosen = _draw_holdout(by_member, members[RELEASES : RELEASES + HOLDOUT], 1, "holdout")
    elif holdout2:
        start = RELEASES + HOLDOUT
        chosen = _draw_holdout(by_member, members[start : start + HOLDOUT], 2, "holdout2")
    elif holdout3:
        chosen = _draw_holdout3(by_member, members[RELEASES + 2 * HOLDOUT :])
    elif holdout4:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :])
    elif holdout5:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout5")
    elif holdout6:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout6")
    elif holdout7:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout7")
    elif holdout8:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout8")
    elif holdout9:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout9")
    elif holdout10:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout10")
    elif holdout11:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout11")
    elif holdout12:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout12")
    elif holdout13:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout13")
    elif holdout14:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout14")
    elif holdout15:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout15")
    elif holdout16:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout16")
    elif holdout17:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout17")
    elif holdout18:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout18")
    elif holdout19:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout19")
    elif holdout20:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout20")
    elif holdout21:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout21")
    elif holdout22:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout22")
    elif holdout23:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout23")
    elif holdout24:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout24")
    elif holdout25:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout25")
    elif holdout26:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout26")
    elif holdout27:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout27")
    elif holdout28:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout28")
    elif holdout29:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout29")
    elif holdout30:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout30")
    elif holdout31:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout31")
    elif holdout32:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout32")
    elif holdout33:
        chosen = _draw_holdout4(by_member, members[RELEASES // 2 :], "holdout33")
    lines = {c["id"]: c for c in chosen}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line_no, line in enumerate(f):
            if line_no in lines:
                lines[line_no]["sha"] = text_hash(json.loads(line)["text"])
    return chosen


def _draw_holdout(
    by_member: dict[str, list[tuple[int, bool]]], members: list[str], seed: int, split: str
) -> list[dict]:
    rng, chosen, unquoted = random.Random(SEED + seed), [], 0
    for member in members:
        line_no, quoted = rng.choice(by_member[member])
        if not quoted and unquoted >= HOLDOUT // 4:
            line_no, quoted = rng.choice([r for r in by_member[member] if r[1]])
        unquoted += not quoted
        chosen.append({"kind": "release", "id": line_no, "member": member, "split": split})
    return chosen


def _taken_lines() -> set[int]:
    """Release lines the release gold's splits of the time of the draw annotate (read while
    writing its rules); splits added later do not change the draw. As drawn: the gold's
    1-based `line` taken as this script's 0-based index (see `LEGACY_LINE_DRAWS`)."""
    taken: set[int] = set()
    if RELEASES_GOLD.exists():
        for line in RELEASES_GOLD.read_text("utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("split") in RELEASE_SPLITS:
                taken.add(int(record["line"]))
    return taken


# The release-head gold numbers corpus lines from 1, this script from 0. The draws up to
# `holdout7` compared the two numbers as they were, so they did not exclude that gold's
# releases (five releases are in both gold files; `tests/test_gold_disjoint.py` lists
# them). They keep the comparison so that they still draw their committed ids; every
# later draw converts the line to an index.
LEGACY_LINE_DRAWS = frozenset({"holdout3", "holdout4", "holdout5", "holdout6", "holdout7"})


def release_index(gold_line: int, split: str) -> int:
    """The 0-based corpus index of the release-head gold's `line`, as the draw of `split`
    reads it (unconverted for the draws in `LEGACY_LINE_DRAWS`)."""
    return gold_line if split in LEGACY_LINE_DRAWS else gold_line - 1


# The splits each gold file held when a holdout was drawn: splits added later do not
# change the draw.
_SPLIT_ORDER = ("dev", "check", "holdout", *(f"holdout{n}" for n in range(2, 34)))


def _through(last: str) -> tuple[str, ...]:
    """The gold's splits in the order they were added, up to and including `last`."""
    return _SPLIT_ORDER[: _SPLIT_ORDER.index(last) + 1]


# (the release-head gold's splits, the speaker gold's splits)
DRAWN_AFTER = {
    "holdout4": (_through("holdout4"), _through("holdout3")),
    "holdout5": (_through("holdout5"), _through("holdout4")),
    # The release-head gold's holdout6 was committed beside this draw, not before it.
    "holdout6": (_through("holdout5"), _through("holdout5")),
    "holdout7": (_through("holdout6"), _through("holdout6")),
    "holdout8": (_through("holdout6"), _through("holdout7")),
    # Drawn before the release-head gold gained a split after its holdout7.
    "holdout9": (_through("holdout7"), _through("holdout8")),
    "holdout10": (_through("holdout8"), _through("holdout9")),
    "holdout11": (_through("holdout9"), _through("holdout10")),
    "holdout12": (_through("holdout10"), _through("holdout11")),
    "holdout13": (_through("holdout11"), _through("holdout12")),
    "holdout14": (_through("holdout12"), _through("holdout13")),
    "holdout15": (_through("holdout13"), _through("holdout14")),
    "holdout16": (_through("holdout14"), _through("holdout15")),
    "holdout17": (_through("holdout15"), _through("holdout16")),
    "holdout18": (_through("holdout16"), _through("holdout17")),
    "holdout19": (_through("holdout17"), _through("holdout18")),
    "holdout20": (_through("holdout18"), _through("holdout19")),
    "holdout21": (_through("holdout19"), _through("holdout20")),
    "holdout22": (_through("holdout20"), _through("holdout21")),
    "holdout23": (_through("holdout21"), _through("holdout22")),
    "holdout24": (_through("holdout22"), _through("holdout23")),
    "holdout25": (_through("holdout23"), _through("holdout24")),
    "holdout26": (_through("holdout24"), _through("holdout25")),
    "holdout27": (_through("holdout25"), _through("holdout26")),
    "holdout28": (_through("holdout26"), _through("holdout27")),
    "holdout29": (_through("holdout27"), _through("holdout28")),
    "holdout30": (_through("holdout28"), _through("holdout29")),
    "holdout31": (_through("holdout29"), _through("holdout30")),
    "holdout32": (_through("holdout30"), _through("holdout31")),
    "holdout33": (_through("holdout31"), _through("holdout32")),
}


def _gold_lines(split: str) -> set[int]:
    """Release indexes the gold files annotated when `split` was drawn (the release-head
    gold's splits and the speaker gold's, as `DRAWN_AFTER` lists them; a split it does not
    list is a new draw, which excludes every split of both files)."""
    release_splits, speaker_splits = DRAWN_AFTER.get(split, (None, None))
    taken: set[int] = set()
    for path, splits in ((RELEASES_GOLD, release_splits), (SPEAKERS_GOLD, speaker_splits)):
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                record = json.loads(line) if line.strip() else {}
                if not record or (splits is not None and record.get("split") not in splits):
                    continue
                if "line" in record:
                    taken.add(release_index(int(record["line"]), split))
                elif str(record.get("doc", "")).startswith("release:"):
                    taken.add(int(record["doc"].partition(":")[2]))
    return taken


def _draw_holdout4(
    by_member: dict[str, list[tuple[int, bool]]], members: list[str], split: str = "holdout4"
) -> list[dict]:
    # Each split's generator is seeded by its number (`holdout10`: SEED + 10).
    rng, chosen, unquoted = random.Random(SEED + int(split.removeprefix("holdout"))), [], 0
    taken = _gold_lines(split)
    order = list(members)
    rng.shuffle(order)
    for member in order[:HOLDOUT3]:
        pool = [r for r in by_member[member] if r[0] not in taken]
        line_no, quoted = rng.choice(pool)
        if not quoted and unquoted >= HOLDOUT3 // 4:
            line_no, quoted = rng.choice([r for r in pool if r[1]])
        unquoted += not quoted
        taken.add(line_no)
        chosen.append({"kind": "release", "id": line_no, "member": member, "split": split})
    return chosen


def _draw_holdout3(by_member: dict[str, list[tuple[int, bool]]], members: list[str]) -> list[dict]:
    rng, chosen, unquoted = random.Random(SEED + 3), [], 0
    taken = _taken_lines()
    order = [*members, *members][:HOLDOUT3]
    for member in order:
        pool = [r for r in by_member[member] if r[0] not in taken]
        line_no, quoted = rng.choice(pool)
        if not quoted and unquoted >= HOLDOUT3 // 4:
            line_no, quoted = rng.choice([r for r in pool if r[1]])
        unquoted += not quoted
        taken.add(line_no)
        chosen.append({"kind": "release", "id": line_no, "member": member, "split": "holdout3"})
    return chosen


def page_texts(corpus: Path, set_name: str) -> list[tuple[str, str, str]]:
    """(id, url, ground-truth main text) of every page of an HTML set."""
    out = []
    if set_name == "article-extraction-benchmark":
        truth = json.loads((corpus / set_name / "ground-truth.json").read_text("utf-8"))
        for page_id, gold in sorted(truth.items()):
            out.append((page_id, gold.get("url") or "", gold.get("articleBody") or ""))
    else:
        for path in sorted((corpus / "wcxb" / "dev" / "ground-truth").glob("*.json")):
            gold = json.loads(path.read_text("utf-8"))
            body = (gold.get("ground_truth") or {}).get("main_content") or ""
            out.append((path.stem, gold.get("url") or "", body))
    return out


def site(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def draw_pages(corpus: Path) -> list[dict]:
    rng = random.Random(SEED)
    chosen: list[dict] = []
    seen: set[str] = set()
    for set_name in ("article-extraction-benchmark", "wcxb"):
        candidates = [
            (page_id, url, body)
            for page_id, url, body in page_texts(corpus, set_name)
            if url
            and MIN_PAGE_CHARS <= len(body) <= MAX_CHARS
            and len(QUOTED.findall(body)) >= 2
            and SPEECH_VERB.search(body)
            and len(ENGLISH.findall(body)) >= 20
        ]
        rng.shuffle(candidates)
        taken = 0
        for page_id, url, body in candidates:
            if taken == PAGES_PER_SET:
                break
            if site(url) in seen:
                continue
            seen.add(site(url))
            split = "dev" if taken % 2 == 0 else "check"
            chosen.append(
                {
                    "kind": "page",
                    "set": set_name,
                    "id": page_id,
                    "site": site(url),
                    "split": split,
                    "sha": text_hash(body),
                }
            )
            taken += 1
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = (
        os.environ.get("PRESS_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    parser.add_argument("--corpus", type=Path, default=Path(default))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--holdout", action="store_true", help="draw the holdout releases")
    which.add_argument("--holdout2", action="store_true", help="draw the holdout2 releases")
    which.add_argument("--holdout3", action="store_true", help="draw the holdout3 releases")
    which.add_argument("--holdout4", action="store_true", help="draw the holdout4 releases")
    which.add_argument("--holdout5", action="store_true", help="draw the holdout5 releases")
    which.add_argument("--holdout6", action="store_true", help="draw the holdout6 releases")
    which.add_argument("--holdout7", action="store_true", help="draw the holdout7 releases")
    which.add_argument("--holdout8", action="store_true", help="draw the holdout8 releases")
    which.add_argument("--holdout9", action="store_true", help="draw the holdout9 releases")
    which.add_argument("--holdout10", action="store_true", help="draw the holdout10 releases")
    which.add_argument("--holdout11", action="store_true", help="draw the holdout11 releases")
    which.add_argument("--holdout12", action="store_true", help="draw the holdout12 releases")
    which.add_argument("--holdout13", action="store_true", help="draw the holdout13 releases")
    which.add_argument("--holdout14", action="store_true", help="draw the holdout14 releases")
    which.add_argument("--holdout15", action="store_true", help="draw the holdout15 releases")
    which.add_argument("--holdout16", action="store_true", help="draw the holdout16 releases")
    which.add_argument("--holdout17", action="store_true", help="draw the holdout17 releases")
    which.add_argument("--holdout18", action="store_true", help="draw the holdout18 releases")
    which.add_argument("--holdout19", action="store_true", help="draw the holdout19 releases")
    which.add_argument("--holdout20", action="store_true", help="draw the holdout20 releases")
    which.add_argument("--holdout21", action="store_true", help="draw the holdout21 releases")
    which.add_argument("--holdout22", action="store_true", help="draw the holdout22 releases")
    which.add_argument("--holdout23", action="store_true", help="draw the holdout23 releases")
    which.add_argument("--holdout24", action="store_true", help="draw the holdout24 releases")
    which.add_argument("--holdout25", action="store_true", help="draw the holdout25 releases")
    which.add_argument("--holdout26", action="store_true", help="draw the holdout26 releases")
    which.add_argument("--holdout27", action="store_true", help="draw the holdout27 releases")
    which.add_argument("--holdout28", action="store_true", help="draw the holdout28 releases")
    which.add_argument("--holdout29", action="store_true", help="draw the holdout29 releases")
    which.add_argument("--holdout30", action="store_true", help="draw the holdout30 releases")
    which.add_argument("--holdout31", action="store_true", help="draw the holdout31 releases")
    which.add_argument("--holdout32", action="store_true", help="draw the holdout32 releases")
    which.add_argument("--holdout33", action="store_true", help="draw the holdout33 releases")
    args = parser.parse_args(argv)
    releases = args.corpus / "congress-press-releases" / "releases.jsonl.gz"
    drawn = draw_releases(
        releases,
        holdout=args.holdout,
        holdout2=args.holdout2,
        holdout3=args.holdout3,
        holdout4=args.holdout4,
        holdout5=args.holdout5,
        holdout6=args.holdout6,
        holdout7=args.holdout7,
        holdout8=args.holdout8,
        holdout9=args.holdout9,
        holdout10=args.holdout10,
        holdout11=args.holdout11,
        holdout12=args.holdout12,
        holdout13=args.holdout13,
        holdout14=args.holdout14,
        holdout15=args.holdout15,
        holdout16=args.holdout16,
        holdout17=args.holdout17,
        holdout18=args.holdout18,
        holdout19=args.holdout19,
        holdout20=args.holdout20,
        holdout21=args.holdout21,
        holdout22=args.holdout22,
        holdout23=args.holdout23,
        holdout24=args.holdout24,
        holdout25=args.holdout25,
        holdout26=args.holdout26,
        holdout27=args.holdout27,
        holdout28=args.holdout28,
        holdout29=args.holdout29,
        holdout30=args.holdout30,
        holdout31=args.holdout31,
        holdout32=args.holdout32,
        holdout33=args.holdout33,
    )
    held = any(
        (
            args.holdout,
            args.holdout2,
            args.holdout3,
            args.holdout4,
            args.holdout5,
            args.holdout6,
            args.holdout7,
            args.holdout8,
            args.holdout9,
            args.holdout10,
            args.holdout11,
            args.holdout12,
            args.holdout13,
            args.holdout14,
            args.holdout15,
            args.holdout16,
            args.holdout17,
            args.holdout18,
            args.holdout19,
            args.holdout20,
            args.holdout21,
            args.holdout22,
            args.holdout23,
            args.holdout24,
            args.holdout25,
            args.holdout26,
            args.holdout27,
            args.holdout28,
            args.holdout29,
            args.holdout30,
            args.holdout31,
            args.holdout32,
            args.holdout33,
        )
    )
    for item in drawn if held else [*drawn, *draw_pages(args.corpus)]:
        print(json.dumps(item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
