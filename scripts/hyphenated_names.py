#!/usr/bin/env python
"""Which capitalised hyphenated words with a lower-case second half (`Ki-moon`,
`God-given`) the name-word rule takes for a word of a person's name, over a range of
lines of a JSONL corpus: every such word, how often it occurs, and the rule's answer.

    scripts/hyphenated_names.py RELEASES.jsonl.gz --from 1 --to 30000 [--all]

Prints the words the rule accepts (most frequent first), or with `--all` every word
with its answer, for reading by eye.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from importers.names import is_name_word  # noqa: E402

WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+-[a-z]+(?![\w-])")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--from", dest="first", type=int, default=1)
    parser.add_argument("--to", dest="last", type=int, default=None)
    parser.add_argument("--field", default="text")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    opener = gzip.open if args.records.suffix == ".gz" else open
    words: Counter[str] = Counter()
    with opener(args.records, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if n < args.first:
                continue
            if args.last is not None and n > args.last:
                break
            words.update(WORD.findall(json.loads(line).get(args.field) or ""))
    accepted = [(w, c) for w, c in words.most_common() if is_name_word(w)]
    print(f"lines {args.first}-{args.last or 'end'}: {len(words)} words, {words.total()} uses")
    print(f"taken for name words: {len(accepted)}")
    for word, count in words.most_common() if args.all else accepted:
        print(f"  {word}\t{count}\t{'name word' if is_name_word(word) else '-'}")


if __name__ == "__main__":
    main()
