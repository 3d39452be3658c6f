#!/usr/bin/env python3
"""Do two revisions parse the same documents?

Parses a random sample of the congressional press releases as `press import --map
member=issuer --map text=text --map date=published` does (`document_from_record`), and
news pages as `press parse` does (`iter_documents`), once with the packages of each tree
in a child process, and compares the documents as sorted JSON, input by input. A tree is
a git revision (its `importers/`, `search/` and `mappings/` unpacked into a temporary
folder) or a folder holding those packages; `--revision` defaults to the working tree.
Prints "identical N of N" and the first inputs that differ; exits 1 when any does.
An edit meant to change no output (a faster scan, a memo) is checked against its parent
this way.

The pages are the first `--pages` of each of the shared corpus's HTML collections
(news-dates, the article extraction benchmark, the WCXB dev pages), by file name.

Example:
    .venv/bin/python scripts/compare_parses.py --baseline HEAD~1 --records 3000 --pages 100
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("PRESS_CORPUS", ROOT.parent / "shared" / "corpus"))
RELEASES = CORPUS / "congress-press-releases" / "releases.jsonl.gz"
PAGE_FOLDERS = ("news-dates/html", "article-extraction-benchmark/html", "wcxb/dev/html")
MAPPING = {"member": "issuer", "text": "text", "date": "published"}
PACKAGES = ("importers", "search", "mappings")


def releases(n: int, seed: int) -> list[str]:
    """`n` release lines of the corpus drawn at random with `seed`, in corpus order."""
    with gzip.open(RELEASES, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
    return [lines[i] for i in chosen]


def pages(n: int) -> list[str]:
    """The first `n` HTML files of each page collection, by name."""
    found: list[str] = []
    for folder in PAGE_FOLDERS:
        path = CORPUS / folder
        if path.is_dir():
            found += [str(p) for p in sorted(path.iterdir()) if ".htm" in p.name][:n]
    return found


def child(tree: str, records_path: str, pages_path: str) -> None:
    """Print one line per input: its name and its document(s) as sorted JSON, or the
    error it raised."""
    # The packages of `tree`, not those the virtualenv installs in editable mode.
    sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, tree)
    from importers.options import ParseOptions
    from importers.pipeline import ImportSummary, iter_documents
    from importers.records import document_from_record

    def out(name: str, value: object) -> None:
        print(json.dumps([name, value], sort_keys=True, ensure_ascii=False, default=str))

    for n, line in enumerate(Path(records_path).read_text().splitlines()):
        try:
            doc = document_from_record(json.loads(line), MAPPING, origin=None)
            out(f"release {n}", doc.to_dict())
        except Exception as exc:  # an error is an answer too: it must be the same
            out(f"release {n}", f"error: {type(exc).__name__}: {exc}")
    for path in Path(pages_path).read_text().splitlines():
        summary = ImportSummary()
        docs = [d.to_dict() for _name, d in iter_documents([path], ParseOptions(), summary)]
        failures = [f.reason for f in summary.failures]
        out(f"page {Path(path).name}", {"documents": docs, "failures": failures})


def unpack(rev: str, dest: Path) -> Path:
    """The packages of `rev` unpacked under `dest`, or `rev` itself when it is a folder
    holding them."""
    if (Path(rev) / "importers").is_dir():
        return Path(rev).resolve()
    dest.mkdir()
    archive = subprocess.run(
        ["git", "archive", rev, *PACKAGES], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def parse_with(tree: Path, records: Path, page_list: Path, out: Path) -> list[tuple[str, str]]:
    """(input name, its documents as JSON) for every input, parsed by `tree`."""
    command = [sys.executable, __file__, "--child", str(tree), str(records), str(page_list)]
    with out.open("w") as f:
        subprocess.run(command, stdout=f, check=True)
    lines = out.read_text().splitlines()
    return [(json.loads(line)[0], line) for line in lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", help="git revision or folder to compare with")
    parser.add_argument("--revision", help="git revision or folder (default: the work tree)")
    parser.add_argument("--records", type=int, default=3000, help="random releases")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the release draw")
    parser.add_argument("--pages", type=int, default=100, help="pages of each collection")
    parser.add_argument("--show", type=int, default=5, help="differing inputs to name")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if not args.baseline:
        parser.error("--baseline is required")
    if not RELEASES.exists():
        sys.exit(f"no corpus at {RELEASES}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        records, page_list = work / "records.jsonl", work / "pages.txt"
        records.write_text("".join(releases(args.records, args.seed)))
        page_list.write_text("\n".join(pages(args.pages)))
        base = unpack(args.baseline, work / "baseline")
        current = unpack(args.revision, work / "current") if args.revision else ROOT
        a = parse_with(base, records, page_list, work / "a.jsonl")
        b = parse_with(current, records, page_list, work / "b.jsonl")
    if [name for name, _ in a] != [name for name, _ in b]:
        print("the two trees answered for different inputs")
        return 1
    differ = [name for (name, x), (_, y) in zip(a, b, strict=True) if x != y]
    kinds = {kind: sum(name.startswith(kind) for name, _ in a) for kind in ("release", "page")}
    print(f"inputs: {kinds['release']} releases (seed {args.seed}), {kinds['page']} pages")
    for name in differ[: args.show]:
        print(f"different: {name}")
    print(f"identical {len(a) - len(differ)} of {len(a)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
