#!/usr/bin/env python3
"""Does the run-in head reader drop words between a release's start and its body?

For each release drawn from the corpus, `split_release_head` splits the text into a head
(headline, subheadline, lead, date, contact, letterhead) and the rest, the body. Every
word of the text before the body's start must be in one of those fields, or inside
release metadata the reader names and takes out on purpose (share buttons, "FOR
IMMEDIATE RELEASE", dates and stamps, phone numbers, addresses and links, "click here"
labels, a byline or an "originally released" note, a delivery note), or in a teaser
before share buttons that the body prints again (most of its words in the body's
opening). A release with a word before its body that is in none of those loses text: it
is in neither the head nor the body. Words are compared as their letters and digits, in
lower case, split where two words are glued ("AwardFrom", "RELEASEDoes", "2007Bill"), so
a glued title read apart counts as kept; a title printed twice counts as kept once read.

Prints the number of releases read, those that lose words, and the first ones with the
words lost, the body's first words and the text before the body (`--show`).

Example:
    .venv/bin/python scripts/release_head_loss.py --records 3000 --seed 2801 --show 40
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importers import release_head as H  # noqa: E402
from importers.records import issuer_name  # noqa: E402
from importers.repair import repair_text  # noqa: E402

CORPUS = Path(os.environ.get("PRESS_CORPUS", ROOT.parent / "shared" / "corpus"))
RELEASES = CORPUS / "congress-press-releases" / "releases.jsonl.gz"

_TOKEN = re.compile(r"[^\W_]+")
_GLUE = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)"
)


def words(text: str | None) -> list[str]:
    """The words of `text` as compared: letters and digits, lower case, glue split."""
    if not text:
        return []
    return [w.lower() for t in _TOKEN.findall(text) for w in _GLUE.split(t) if w]


# A number of the page's layout opening the head ("5 " before "Washington, DC –", "12 Roe
# Introduces …"): the reader strips it where it counts no subject of the title
# (`_counts_subject`), and keeps it in the headline where it does.
_LAYOUT_NUMBER = re.compile(r"^\s*(\d{1,2})(?=\s)")


def named_metadata(head: str) -> list[str]:
    """The pieces of `head` the reader names as release metadata and takes out."""
    found = [m[0] for m in H._metadata_in(head)]
    if number := _LAYOUT_NUMBER.match(head):
        found.append(number[1])
    found += [m[0] for m in H._DELIVERY_NOTE.finditer(head)]
    # Bylines and "originally released" notes between the metadata, as `_clean_head` drops.
    at = 0
    for m in [*H._metadata_in(head), None]:
        piece = head[at : m.start() if m else len(head)].strip(H._EDGE_SPACE)
        if piece and (
            (H._BYLINE.match(piece) and len(piece.split()) <= 10) or H._ORIGINALLY.match(piece)
        ):
            found.append(piece)
        at = m.end() if m else at
    return found


def repeated_teasers(before: str, rest: str) -> list[str]:
    """The text before each of the share buttons in `before` that the body (`rest`)
    prints again: most of its words are in the body's opening (`REPEATED_SHARE`), as the
    reader lets a teaser go that the release repeats."""
    found: list[str] = []
    at = 0
    body = set(words(rest[: H.BODY_WINDOW]))
    for m in H._SHARE.finditer(before):
        teaser = words(before[at : m.start()])
        if teaser and sum(w in body for w in teaser) >= H.REPEATED_SHARE * len(teaser):
            found.append(before[at : m.start()])
        at = m.end()
    return found


def body_start(text: str, rest: str) -> int | None:
    """Where `rest` starts in `text`: it is the text's tail, or its opening is found in
    the text (a dash the reader put back, spaces trimmed; a dash it put back where the
    copy lost it to " ? " or " ñ ", `_split_head`); None where neither."""
    if text.endswith(rest):
        return len(text) - len(rest)
    probe = rest.lstrip()[:60]
    for cut in (60, 30, 15):
        at = text.find(probe[:cut].lstrip(" –"))
        if at != -1:
            return at
    lost_dash = re.escape(probe[:30].lstrip(" –")).replace("–", "[–?ñ]")
    if (found := re.search(lost_dash, text)) is not None:
        return found.start()
    return None


def lost_words(text: str, issuer: str | None) -> tuple[list[str], str, str] | None:
    """(words lost, text before the body, the body's opening) or None when none is lost."""
    head = H.split_release_head(text, issuer)
    text = repair_text(text, decode_within=H.REPAIR_WINDOW)
    start = body_start(text, head.rest)
    if start is None:
        return ["<body not found in the text>"], "", head.rest[:80]
    before = text[:start]
    kept = {
        w
        for field in (
            head.headline,
            head.subheadline,
            head.lead,
            head.released,
            head.contact,
            head.letterhead,
            *named_metadata(before),
            *repeated_teasers(before, head.rest),
        )
        for w in words(field)
    }
    lost = [w for w in words(before) if w not in kept and not glued_kept(w, kept)]
    return (lost, before, head.rest[:80]) if lost else None


def glued_kept(word: str, kept: set[str]) -> bool:
    """`word` is two kept words glued in one case, their space lost ("RELEASECONTACT",
    "ADVISORYFOR", "RELEASEPOE": a label the reader took out and the next field's first
    word), which `words` cannot split where the case does not change."""
    return any(
        word[:cut] in kept and word[cut:] in kept
        for cut in range(MIN_GLUED_PART, len(word) - MIN_GLUED_PART + 1)
    )


# The shortest part of two glued words read apart ("RELEASEPOE": "release", "poe").
MIN_GLUED_PART = 2


def draw(n: int, seed: int) -> list[tuple[int, dict]]:
    with gzip.open(RELEASES, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
    return [(i, json.loads(lines[i])) for i in chosen]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000, help="random releases")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the release draw")
    parser.add_argument("--show", type=int, default=20, help="losing releases to print")
    args = parser.parse_args()
    losing = 0
    records = draw(args.records, args.seed)
    for index, record in records:
        text = record.get("text") or ""
        if isinstance(text, list):
            text = "\n\n".join(str(t) for t in text if t)
        issuer = issuer_name(str(record["member"])) if record.get("member") else None
        found = lost_words(text, issuer)
        if found is None:
            continue
        losing += 1
        if losing <= args.show:
            lost, before, opening = found
            print(f"release {index}: lost {' '.join(lost)!r}")
            print(f"  before body: {before[:300]!r}")
            print(f"  body opens:  {opening!r}")
    print(f"releases read {len(records)} (seed {args.seed}); losing words {losing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
