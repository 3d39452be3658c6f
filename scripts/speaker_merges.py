#!/usr/bin/env python
"""Spellings of one person merged across an archive (`search.speaker_aliases`): how many.

Reads an SQLite archive's speaker values (read only) and computes the tree's map of
spellings of one person from them, as `press import` would store it. Prints the distinct
speaker values and keys before, the speaker values after (persons), the merges by kind
(a dropped middle initial, a surname alone, a suffix left out, a first name written
short or a short form of it), the groups of values that share a first and a last word,
the documents naming two spellings of one person, and a seeded random sample of merges
to read by eye (each with its documents).

    scripts/speaker_merges.py ARCHIVE.db [--sample 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.speaker_aliases import (  # noqa: E402
    SHORT_FIRST_NAMES,
    SUFFIXES,
    _is_person,
    alias_map,
    name_words,
    person_labels,
)
from search.speakers import display_name, speaker_key  # noqa: E402
from search.sqlite import speaker_context, speaker_names_and_texts  # noqa: E402


def _kind(variant: str, person: str) -> str:
    """What a merge leaves out or writes otherwise: a surname alone, a suffix left out, a
    first name written short (`Wm.`), a short form of it (`Jim`), else a middle initial."""
    mine, theirs = name_words(variant), name_words(person)
    if len(mine) == 1:
        return "surname"
    if theirs[-1] in SUFFIXES and mine[-1] not in SUFFIXES:
        return "suffix"
    if mine[0] in SHORT_FIRST_NAMES and theirs[0] not in SHORT_FIRST_NAMES:
        return "written short"
    if mine[0] != theirs[0]:
        return "short form"
    return "middle"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
    names, texts = speaker_names_and_texts(conn)
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in names:
        spellings[speaker_key(name)].append(name)

    aliases = alias_map(names, texts, speaker_context(conn))
    people = {aliases.get(k, k) for k in spellings}
    print(f"distinct speaker values: {len(names)}")
    print(f"distinct speaker keys before: {len(spellings)}")
    print(f"speaker values after (persons): {len(people)}")
    kinds = Counter(_kind(spellings[k][0], spellings[p][0]) for k, p in aliases.items())
    print(f"keys merged: {len(aliases)} (middle initial dropped: {kinds['middle']},")
    print(f"  surname alone: {kinds['surname']}, suffix left out: {kinds['suffix']},")
    print(f"  first name written short: {kinds['written short']},")
    print(f"  short form of the first name: {kinds['short form']})")
    print(f"  into {len(set(aliases.values()))} persons")
    # Groups of people's keys sharing a first and a last word (titles aside): one
    # person's spellings, or people the archive cannot tell apart by them.
    keys_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, written in spellings.items():
        words = name_words(written[0])
        if len(words) >= 2 and _is_person(written[0], words):
            keys_of[(words[0], words[-1])].add(key)
    split = [keys for keys in keys_of.values() if len(keys) >= 2]
    still = sum(1 for keys in split if len({aliases.get(k, k) for k in keys}) >= 2)
    print(f"groups of people's keys sharing first and last word: {len(split)};")
    print(f"  still two or more persons after: {still}")
    both = conn.execute(
        "SELECT count(*) FROM (SELECT doc FROM doc_facets WHERE facet = 'speaker'"
        f" AND key IN ({','.join('?' * len(aliases))}) GROUP BY doc)",
        list(aliases),
    ).fetchone()[0]
    print(f"documents with a spelling merged into another: {both}")
    # Each person written more than one way is shown by one label; the documents that
    # write only other spellings are those a search would have shown under another name.
    labels = person_labels(names, aliases)
    per_doc: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = conn.execute("SELECT doc, key, value FROM doc_facets WHERE facet = 'speaker'")
    for doc, key, value in rows:
        if aliases.get(key, key) in labels:
            per_doc[aliases.get(key, key)][doc].add(value)
    other = sum(
        1
        for person, docs in per_doc.items()
        for values in docs.values()
        if display_name(dict.fromkeys(values, 1)) != labels[person]
    )
    print(f"persons labelled (written more than one way): {len(labels)};")
    print(f"  documents naming them: {sum(len(d) for d in per_doc.values())},")
    print(f"  of which writing only other spellings than the label: {other}")
    sample = sorted(aliases.items())
    random.Random(args.seed).shuffle(sample)
    print(f"\n{min(args.sample, len(sample))} merges (seed {args.seed}):")
    for variant, person in sample[: args.sample]:
        v = " / ".join(f"{n} ({names[n]})" for n in spellings[variant])
        p = " / ".join(f"{n} ({names[n]})" for n in spellings[person])
        print(f"  {v}  ->  {p}")


if __name__ == "__main__":
    main()
