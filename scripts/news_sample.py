#!/usr/bin/env python3
"""Draw the news pages of the held-out speaker sample `tests/gold/speakers-news.jsonl`.

Usage: scripts/news_sample.py [--corpus DIR] [--count 15]   (one line per page: id, site)

Pages of `article-extraction-benchmark` and `wcxb/dev` from sites (host without `www.`)
that no page of `tests/gold/speakers.jsonl` comes from, whose ground-truth main text holds
2–10 double-quoted segments, one page per site, in a seeded random order. The first 15
were annotated (every quoted segment: speech with its speakers, speech whose speaker
the text does not name, or not speech) before any figure was taken on them; they are
split `holdout3`. Sites already in any `tests/gold/speakers*.jsonl` are skipped, so a
second run (`--count 20`) draws the next 20 sites: those pages, annotated the same way
before the rules written from holdout3's misses, are split `holdout4`. A third run
(`--count 20`, once holdout4 was in the gold) draws the next 20 sites: split `holdout5`,
annotated before the rules written from holdout4's misses, whose misses are never listed
(`press evaluate speakers --gold tests/gold/speakers-news.jsonl --split holdout5`). In
holdout5 a quotation longer than 600 characters or running over a line break (a reader's
letter) is labelled too; single quotation marks are not segments in any news split.
A fourth run (`--count 20`, once holdout5 was in the gold) draws split `holdout6`,
annotated before the rules written from holdout5's misses; inch marks (`6.7"`) are not
quotation marks, and quoted words of a review or study are speech of the publication.
A fifth run (`--count 20`, once holdout6 was in the gold) draws split `holdout7`,
annotated before the rules written from holdout6's misses; a hypothetical or imagined
utterance ("people will ask you …") is not speech, and the wording of a poll question
is speech of the poll's publisher.
A sixth run (`--count 20`, once holdout7 was in the gold) draws split `holdout8`,
annotated before the rules written from holdout7's misses; a company spokesperson's
words are the company's, an unnamed person's (a product manager, "one legal expert")
are speech with no speaker, and a device's or a game card's printed questions are not
speech.
A seventh run (`--count 20`, once holdout8 was in the gold; 207 sites with such pages were
left unused) draws split `holdout9`, annotated before the rules written from holdout8's
misses; a saying or proverb and a mission statement are not speech, and a quotation that
opens a paragraph and runs to its end without a closing mark is a segment up to the
paragraph's end.
An eighth run (`--count 20`, once holdout9 was in the gold) draws split `holdout10`,
annotated before the rules written from holdout9's misses; an example of what one might
say or write ("you could start by saying …", a sample pitch) and a brand's printed claim
or pledge are not speech, a closing mark typed where an opening one belongs (`”SMART”`)
still opens a segment, and a coined phrase a text gives as a named person's words ("his
“unknown unknowns”") is that person's speech.
A ninth run (`--count 20`, once holdout10 was in the gold) draws split `holdout11`,
annotated before the rules written from holdout10's misses. holdout10 held 2 speech
segments in 78, so from holdout11 on a page is drawn only if it also holds reported
speech: at least 2 of its double-quoted segments have a speech verb (`SPEECH_VERB`:
said, told, added, asked, wrote, according to …) among the 6 words before or after
them. The threshold was read off the corpus counts alone: of the 171 pages of 167
unused sites with 2–10 segments, 115 have no such segment, 29 one, and 26 sites have a
page with at least 2 (22 with at least 3), so 2 leaves a choice beyond one draw. The
splits before holdout11 (`NO_SPEECH_TEST`) were drawn without it.
A tenth run (`--count 20`, once holdout11 was in the gold) draws split `holdout12`,
annotated before the rules written from holdout11's misses. Only 6 unused sites had a
page of 2-10 segments with reported speech, so the draw takes those first and then, in
their own seeded order, sites whose page of 11-15 segments (`WIDE_SEGMENTS`) holds
reported speech; holdout3 to holdout11 (`NARROW`) were drawn from pages of 2-10 only.
Block quotations in holdout12 (a paragraph inside quotation marks, or closed by one
without an opening mark) are segments too.
An eleventh run (`--count 20`, once holdout12 was in the gold) draws split `holdout13`,
annotated before the rules written from holdout12's misses. Only 10 unused sites had a
page of 2-15 segments with reported speech, and 4 of them had given quotes to the
off-gold precision sample's halves read for rules (`scripts/news_precision_sample.py`,
halves A and C; `READ_FOR_RULES`), which from holdout13 on are used up too. The draw
takes the 6 left, then, each pool in its own seeded order, the 11 sites whose page of
16-25 segments (`WIDER_SEGMENTS`) holds reported speech and 3 of the sites with such a
page of 26-30 (`WIDEST_SEGMENTS`). Sites whose quotes only measured the precision
sample (its halves B and D) are not used up: 6 of the 20 are such sites. Nested
quotation marks inside a quoted segment are no segments of their own.
A twelfth run (`--count 20`, once holdout13 was in the gold) draws split `holdout14`,
annotated before the rules written from holdout13's misses. Only 3 unused sites (the
precision sample's measuring halves' sites counted as unused, as for holdout13) had a
page of 2-30 segments with reported speech, so the draw goes on, each pool in its own
seeded order, to the 7 sites whose page of 31-45 segments (`LONG_SEGMENTS`) holds
reported speech and the 2 with such a page of 46-60 (`LONGEST_SEGMENTS`): 12 pages,
not 20, because no other unused site has one (one more has 89 segments). A straight
mark after a digit (`12"`) is an inch mark; an opening mark typed where a closing one
belongs (`“How Often …?“`) closes the open segment, and an opening mark never closed
before the next one on its line opens a segment up to its sentence's end.

No news `holdout15` exists: once holdout14 was in the gold, no unused site of the two
HTML sets had a page of 2-60 double-quoted segments with reported speech (the one left has
89 segments), so no thirteenth run was made. The news pages' holdout14 became readable
when the releases' holdout15 was annotated (`press.eval_speakers.READABLE_PAGES`); unseen
news text is measured from then on outside this gold (PolNeAR's train split, scored and
never read).

Each run skips the sites of the gold as it stands, so a committed split is drawn again
with `--split NAME` (its sites and later splits' are not skipped): `--split holdout3`
(`--count 15`), `--split holdout4` … `--split holdout13` (`--count 20`) and
`--split holdout14` (`--count 12`) give the committed pages, in the order drawn
(`tests/test_gold_disjoint.py` checks it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from urllib.parse import urlparse

from press.eval_speakers import SPLITS

REPO = Path(__file__).resolve().parent.parent
SEED = 20261128
QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,600})[”\"]")
# A speech verb near a quoted segment marks it as reported speech for the draw only.
SPEECH_VERB = re.compile(
    r"\b(?:say|says|said|tell|tells|told|add|adds|added|ask|asks|asked|explain|explains|"
    r"explained|write|writes|wrote|note|notes|noted|state|states|stated|recall|recalls|"
    r"recalled|reply|replied|continue|continues|continued|argue|argues|argued|insist|"
    r"insists|insisted|declare|declared|announce|announced|tweet|tweeted|post|posted|"
    r"according to)\b",
    re.IGNORECASE,
)
NEAR_WORDS = 6
MIN_REPORTED = 2
# Splits drawn before the draw asked for reported speech.
NO_SPEECH_TEST = frozenset(
    ("holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9")
    + ("holdout10",)
)
MAX_SEGMENTS = 10
# Once the pages of 2-10 segments run out (holdout12), longer pages up to this many.
WIDE_SEGMENTS = 15
# Splits drawn from pages of 2-10 segments only.
NARROW = NO_SPEECH_TEST | {"holdout11"}
# Splits drawn before the widest pages and the precision sample's sites were used.
BEFORE_WIDEST = NARROW | {"holdout12"}
# From holdout13 on, once the pages up to WIDE_SEGMENTS run out, pages up to WIDER_SEGMENTS,
# then up to WIDEST_SEGMENTS, each a pool of its own.
WIDER_SEGMENTS = 25
WIDEST_SEGMENTS = 30
# Splits drawn before the pages of more than WIDEST_SEGMENTS segments were used.
BEFORE_LONG = BEFORE_WIDEST | {"holdout13"}
# From holdout14 on, once the pages up to WIDEST_SEGMENTS run out, pages up to
# LONG_SEGMENTS, then up to LONGEST_SEGMENTS, each a pool of its own.
LONG_SEGMENTS = 45
LONGEST_SEGMENTS = 60
# Sites whose quotes the off-gold precision samples' halves A and C gave, read for rules
# (`scripts/news_precision_sample.py`); used up from holdout13 on.
READ_FOR_RULES = frozenset(
    (
        "artlyst.com",
        "autoindustriya.com",
        "avaenergy.org",
        "binariks.com",
        "brides.com",
        "cartalk.com",
        "cbsnews.com",
        "chicago.suntimes.com",
        "creativeboom.com",
        "docker.com",
        "eastbaytimes.com",
        "engadget.com",
        "forbes.com",
        "foxnews.com",
        "globalnews.ca",
        "globaltravelerusa.com",
        "gumc.georgetown.edu",
        "hollywoodreporter.com",
        "ikyle.me",
        "indiewire.com",
        "kut.org",
        "leftbrainbuddha.com",
        "lexpress.fr",
        "malaymail.com",
        "mitsloan.mit.edu",
        "modernfarmer.com",
        "nationalgeographic.com",
        "network1consulting.com",
        "newsletter.techworld-with-milan.com",
        "npr.org",
        "packhacker.com",
        "polygraph.info",
        "publicdomainreview.org",
        "recordonline.com",
        "runnersworld.com",
        "scottishconstructionnow.com",
        "seriouseats.com",
        "sfgate.com",
        "smarterarticles.co.uk",
        "sportsnet.ca",
        "statnews.com",
        "tasteofhome.com",
        "theatlantic.com",
        "thestar.com",
        "timesofindia.indiatimes.com",
        "today.com",
        "topgrowthmarketing.com",
        "urdupoint.com",
        "veranda.com",
        "verenastreet.com",
        "vox.com",
    )
)


def site(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def pages(corpus: Path) -> list[tuple[str, str, str]]:
    """(gold id, site, ground-truth text) of every page of the two sets."""
    out = []
    aeb = corpus / "article-extraction-benchmark"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for ref, gold in truth.items():
        if (aeb / "html" / f"{ref}.html.gz").exists():
            out.append(
                (
                    f"article-extraction-benchmark:{ref}",
                    site(gold.get("url") or ""),
                    gold["articleBody"],
                )
            )
    for path in sorted((corpus / "wcxb" / "dev" / "ground-truth").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold["ground_truth"].get("main_content") or ""
        out.append((f"wcxb:{path.stem}", site(gold.get("url") or ""), text))
    return out


def used_sites(split: str | None = None) -> set[str]:
    """Sites of the speaker gold files' pages; with `split`, those of the splits before it
    only (the gold as it stood when `split` was drawn). A split `SPLITS` does not name yet
    is a new draw: every site is used up."""
    order = list(SPLITS)

    def drawn_before(name: str) -> bool:
        if split is None or split not in order or name not in order:
            return True
        return order.index(name) < order.index(split)

    used: set[str] = set()
    for gold in sorted((REPO / "tests" / "gold").glob("speakers*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("site") and drawn_before(str(record.get("split"))):
                used.add(record["site"])
    return used


def reported(text: str) -> int:
    """How many double-quoted segments of `text` have a speech verb among the
    `NEAR_WORDS` words on either side."""
    count = 0
    for match in QUOTED.finditer(text):
        before = " ".join(text[max(0, match.start() - 80) : match.start()].split()[-NEAR_WORDS:])
        after = " ".join(text[match.end() : match.end() + 80].split()[:NEAR_WORDS])
        count += bool(SPEECH_VERB.search(before) or SPEECH_VERB.search(after))
    return count


def draw(corpus: Path, count: int, split: str | None = None) -> list[tuple[str, str]]:
    # Sites of every speaker gold file (releases and earlier news splits) are used up.
    used = used_sites(split)
    if split not in BEFORE_WIDEST:
        used |= READ_FOR_RULES
    speech_test = split not in NO_SPEECH_TEST
    # Pages of up to MAX_SEGMENTS segments first; then, where the split allows, the longer
    # pages of up to WIDE_SEGMENTS, WIDER_SEGMENTS, WIDEST_SEGMENTS, LONG_SEGMENTS and
    # LONGEST_SEGMENTS, each pool in its own seeded order.
    caps = [MAX_SEGMENTS]
    if split not in NARROW:
        caps.append(WIDE_SEGMENTS)
    if split not in BEFORE_WIDEST:
        caps += [WIDER_SEGMENTS, WIDEST_SEGMENTS]
    if split not in BEFORE_LONG:
        caps += [LONG_SEGMENTS, LONGEST_SEGMENTS]
    pools: list[list[tuple[str, str]]] = [[] for _ in caps]
    for doc, host, text in pages(corpus):
        if not host or host in used or (speech_test and reported(text) < MIN_REPORTED):
            continue
        segments = len(QUOTED.findall(text))
        for pool, low, high in zip(pools, [2, *(c + 1 for c in caps)], caps, strict=False):
            if low <= segments <= high:
                pool.append((doc, host))
    picked: list[tuple[str, str]] = []
    for pool in pools:
        random.Random(SEED).shuffle(pool)
        for doc, host in pool:
            if len(picked) == count:
                return picked
            if host not in {h for _, h in picked}:
                picked.append((doc, host))
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--count", type=int, default=15)
    parser.add_argument(
        "--split",
        help="draw as when this split was drawn: its and later splits' sites are not used up",
    )
    args = parser.parse_args()
    for doc, host in draw(args.corpus, args.count, args.split):
        print(doc, host)


if __name__ == "__main__":
    main()
