#!/usr/bin/env python
"""One person, one speaker value: how many issuers of an archive still have two.

For each issuer of an SQLite archive (a document's `source`: with `--map member=issuer`,
the member handle made a name), the speaker values (keys) of the issuer's own releases
that are the issuer's name written another way: the same surname (case, accents,
hyphens and spaces aside) and the same first name or a near spelling of it ("Darell",
"Darrell"), initials aside. An issuer with two or more such values is one person split in
the speaker facet. Nicknames ("Pete", "Peter") are not counted as the same name.

Also the archive's distinct speaker values, and with `--merges` every group of stored
keys the tree's `speaker_key` makes one (to read for two people made one).

    scripts/issuer_spellings.py ARCHIVE.db [--stored] [--list 40] [--merges]

Keys are the tree's `speaker_key` applied to every stored spelling (as `press reindex`
would store them), or with `--stored` the keys the archive holds.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.speakers import GENERATIONS, display_name, speaker_key  # noqa: E402

_INNER_CAPITAL = re.compile(r"(?<=[a-z’'-])[A-Z]")


def written_detail(name: str) -> int:
    """What a handle cannot spell (the measure is the script's own, so that an older
    tree is measured the same way): accents, inner capitals, initials with periods."""
    score = sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))
    for word in name.split():
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            score += 1
        elif not word.isupper():
            score += len(_INNER_CAPITAL.findall(word))
    return score


_SUFFIXES = set(GENERATIONS)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def _words(name: str) -> list[str]:
    """A name's words without initials and suffixes: `Linda T. Sánchez` → Linda Sánchez."""
    return [
        w for w in name.replace(".", ". ").split() if len(fold(w)) > 1 and fold(w) not in _SUFFIXES
    ]


def same_name(name: str, issuer: str) -> bool:
    """Whether `name` is the issuer's name written another way."""
    a, b = _words(name), _words(issuer)
    if len(a) < 2 or len(b) < 2 or fold("".join(a[1:])) != fold("".join(b[1:])):
        return False
    x, y = fold(a[0]), fold(b[0])
    if x == y:
        return True
    near = difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
    return near and x[0] == y[0] and min(len(x), len(y)) >= 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--stored", action="store_true", help="the archive's stored keys")
    parser.add_argument("--list", type=int, default=40, help="issuers listed")
    parser.add_argument("--merges", action="store_true", help="list the keys made one")
    parser.add_argument(
        "--pairs", type=int, default=0, help="pairs of one name among the N most quoted values"
    )
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT d.source, s.name, s.key, count(*) FROM quote_speakers s"
        " JOIN documents d ON d.rowid = s.doc GROUP BY 1, 2, 3"
    ).fetchall()
    values: defaultdict[str, Counter[str]] = defaultdict(Counter)
    stored: defaultdict[str, set[str]] = defaultdict(set)
    issuers: defaultdict[str, defaultdict[str, Counter[str]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    for source, name, key, n in rows:
        new = key if args.stored else speaker_key(name)
        values[new][name] += n
        stored[new].add(key)
        if source and (same_name(name, source) or fold(name) == fold(source)):
            issuers[source][new][name] += n
    split = {s: v for s, v in issuers.items() if len(v) > 1}
    # Shown as the handle spells it while the releases write more (`Gk Butterfield`).
    written: defaultdict[str, list[str]] = defaultdict(list)
    for spellings in values.values():
        for name in spellings:
            written[fold(name)].append(name)
    handle_cased = []
    for keys in issuers.values():
        main = max(keys.values(), key=lambda c: sum(c.values()))
        shown = display_name(values[speaker_key(next(iter(main)))] if not args.stored else main)
        better = [
            n
            for n in written[fold(shown)]
            if written_detail(n) > written_detail(shown) and len(n.split()) == len(shown.split())
        ]
        if better:
            handle_cased.append(f"{shown} (the releases write {better[0]})")
    pairs = sum(n for v in values.values() for n in v.values())
    print(f"quote-speaker pairs: {pairs:,}")
    print(f"distinct speaker values: {len(values):,}")
    print(f"issuers whose own name gives two or more values: {len(split)} of {len(issuers)}")
    print(f"issuers shown in a handle's spelling the releases write better: {len(handle_cased)}")
    for line in handle_cased:
        print(f"  {line}")
    ranked = sorted(split.items(), key=lambda sv: -sum(sum(c.values()) for c in sv[1].values()))
    for source, keys in ranked[: args.list]:
        shown = "; ".join(
            f"{display_name(c)} ({sum(c.values()):,})"
            for c in sorted(keys.values(), key=lambda c: -sum(c.values()))
        )
        print(f"  {source}: {shown}")
    if args.pairs:
        # Two values of the most quoted that are one name, initials and suffixes aside: one person
        # split (`Luis Gutiérrez`, `Luis V. Gutiérrez`), or two (`José E.`, `José M. Serrano`).
        shown = sorted(
            ((display_name(c), sum(c.values())) for c in values.values()), key=lambda v: -v[1]
        )[: args.pairs]
        pairs = [
            (a, m, b, n)
            for i, (a, m) in enumerate(shown)
            for b, n in shown[i + 1 :]
            if same_name(a, b) or same_name(b, a)
        ]
        print(
            f"pairs of one name, initials and suffixes aside, among the {args.pairs}"
            f" most quoted: {len(pairs)}"
        )
        for a, m, b, n in pairs:
            print(f"  {a} ({m:,}) / {b} ({n:,})")
    if args.merges:
        merged = [(k, values[k]) for k, keys in stored.items() if len(keys) > 1]
        print(f"values made of two or more stored keys: {len(merged)}")
        for _key, spellings in sorted(merged, key=lambda kv: -sum(kv[1].values())):
            shown = "; ".join(f"{n} ({c:,})" for n, c in spellings.most_common())
            print(f"  {display_name(spellings)} ← {shown}")


if __name__ == "__main__":
    main()
