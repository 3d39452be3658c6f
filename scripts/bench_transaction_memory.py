#!/usr/bin/env python3
"""What the embedded archive's writer holds for an open transaction.

Reads an export (JSON Lines, the format `press export` writes) one record at a time,
prepares each document as a parallel import's workers do (`prepare_document`) and hands
it to `SqliteBackend.write` of a new archive. Prints when the first result came (the
first commit: results are given after their transaction commits), how many documents had
been read by then, the whole write's time and the process's peak RSS. Run it with
another checkout first on `PYTHONPATH` to compare revisions.

Example:
    .venv/bin/python scripts/bench_transaction_memory.py long.jsonl /tmp/long.db

Benchmark-only: nothing in the package imports this.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ is None:  # run from a checkout: its own package unless PYTHONPATH says
    sys.path.append(str(Path(__file__).resolve().parent.parent))

from search.base import Prepared  # noqa: E402
from search.model import Document  # noqa: E402
from search.sqlite import SqliteBackend, prepare_document  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="JSON Lines of documents")
    parser.add_argument("archive", type=Path, help="a new archive file to write")
    args = parser.parse_args(argv)
    if args.archive.exists():
        parser.error(f"{args.archive} exists: give a new file")
    read = 0

    def fed() -> Iterator[Prepared]:
        nonlocal read
        with args.export.open(encoding="utf-8") as lines:
            for line in lines:
                read += 1
                yield prepare_document(Document.from_dict(json.loads(line)))

    backend = SqliteBackend(args.archive)
    start = time.monotonic()
    first: tuple[float, int] | None = None
    results = 0
    for _ in backend.write(fed()):
        results += 1
        if first is None:
            first = (time.monotonic() - start, read)
    backend.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if first is None:
        print("no documents")
        return 1
    print(
        f"first result after {first[0]:.1f} s, {first[1]} documents read;"
        f" {results} results in {time.monotonic() - start:.1f} s; peak RSS {peak:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
