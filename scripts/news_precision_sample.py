#!/usr/bin/env python3
"""Draw quotes that the HTML importer gives a speaker, from news pages of sites in no
news speaker gold split, to read by eye (right or wrong speaker).

Usage: scripts/news_precision_sample.py [--corpus DIR] [--count 120] [--out FILE]
       [--seed N] [--halves AB] [--per-site N] [--skip FILE ...] [--reuters | --polnear]

Pages of `article-extraction-benchmark`, `wcxb/dev` and `news-dates` whose site (host
without `www.`) no page of `tests/gold/speakers*.jsonl` comes from are parsed exactly as
`press parse page.html` parses them; every quote given a speaker is a candidate. The
candidates are shuffled with a fixed seed and at most `PER_SITE` are kept per site, so
no one site fills the sample. Each drawn quote is written (JSON lines) with its page,
site, half (`A` or `B`, fixed per site by a hash of its name), speaker, mention, method
and the paragraph it sits in. Rules may be written from half A's wrong speakers only;
half B measures them. `--recheck FILE` parses the pages of a drawn file again and
prints, for each drawn quote, its speaker then and now (after a change to the parser).

A second sample comes from other sites: `--skip FILE` (repeatable) leaves out the sites
of an earlier drawn file (JSON lines with `site`) or of a list with the site as each
line's last word (`scripts/news_sample.py` output: the sites a news gold split is about
to take); `--seed` shuffles in another order, `--halves` names the two halves (`CD`) and
`--per-site` sets how many quotes one site may give. The second sample (2026-11-29,
evening) was drawn with `--seed 20261130 --halves CD --per-site 8`, skipping the first
sample's sites and the next `scripts/news_sample.py --count 40` sites (30 listed, the
news gold's next split among them): the 27 sites left give 47 quotes (38 at 3 a site).

By the third sample no page of the three sets outside the news gold and the first two
samples gives an attributed quote, so `--reuters` draws from the Reuters-21578 stories
holding a double quotation mark instead (wire copy, parsed as `press parse story.txt`
parses it: title line, then body), in the seeded order until enough are found; a story's
source file (`reut2-003`) stands for its site and fixes its half. The third sample
(2026-11-29, night) was drawn with `--reuters --seed 20261201 --halves EF --per-site 7`:
120 quotes from 18 source files, half E (66) read for rules, half F (54) only scored.

With `--reuters`, `--skip` also leaves out the stories of an earlier drawn file (its
`page`s). The fourth sample (2026-11-30, night) was drawn with `--reuters --seed 20261202
--halves GH --per-site 7 --skip` the third sample's file: 120 quotes from 18 source files
and none of the third sample's stories, half G (65, 10 files) read for rules, half H (55,
8 files) only scored. The halves' hash is the same for any two letters, so G's files are
E's and H's are F's.

Every Reuters-21578 source file has given a half by then, so `--polnear` draws from the
84 PolNeAR `dev` articles (US political news, much of it wire copy), parsed as `press
parse story.txt` parses them; the publisher (`nyt`, `usa-today`) stands for the site and
fixes the half. `train` is never read. The fifth sample (2026-11-30, early morning) was
drawn with `--polnear --seed 20261203 --halves IJ --per-site 18`: 120 quotes from 51
articles, half I (48: `usa-today`, `wash-post`, `west-journal`) read for rules, half J
(72: `breitbart`, `huff-post`, `nyt`, `politico`) only scored, marked right or wrong in
the article text after the rules.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from news_sample import site, used_sites  # noqa: E402

SEED = 20261129
PER_SITE = 3


def half(host: str, names: str = "AB") -> str:
    """`A` or `B` (or the two letters of `names`) for a site, fixed by its name."""
    return names[hashlib.sha256(host.encode("utf-8")).digest()[0] % 2]


def skipped_sites(path: Path) -> set[str]:
    """The sites of an earlier drawn file, or the last word of each line of a list."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("{"):
            out.add(str(json.loads(line).get("site") or ""))
        elif line:
            out.add(line.split()[-1])
    return out - {""}


def page_files(corpus: Path) -> Iterator[tuple[str, str, Path]]:
    """(page id, site, gzipped HTML file) of every page of the three sets."""
    aeb = corpus / "article-extraction-benchmark"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for ref, gold in sorted(truth.items()):
        path = aeb / "html" / f"{ref}.html.gz"
        if path.exists():
            yield f"article-extraction-benchmark:{ref}", site(gold.get("url") or ""), path
    for path in sorted((corpus / "wcxb" / "dev" / "ground-truth").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        html = corpus / "wcxb" / "dev" / "html" / f"{path.stem}.html.gz"
        if html.exists():
            yield f"wcxb:{path.stem}", site(gold.get("url") or ""), html
    dates = corpus / "news-dates"
    truth = json.loads((dates / "ground-truth.json").read_text(encoding="utf-8"))
    for url, gold in sorted(truth.items()):
        html = dates / "html" / gold["file"]
        if html.exists():
            yield f"news-dates:{gold['file'].split('.')[0]}", site(url), html


def reuters_files(corpus: Path, seed: int) -> Iterator[tuple[str, str, bytes]]:
    """(story id, source file, text) of the Reuters-21578 stories holding a double
    quotation mark, in a seeded order: wire copy, parsed as `press parse story.txt`
    parses it. The source file (`reut2-003`, about 1,000 stories of a few days each)
    stands for the site."""
    stories = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for m in _STORY.finditer(raw):
            body = _BODY.search(m.group(2))
            if body is None or '"' not in body.group(1):
                continue
            title = _TITLE.search(m.group(2))
            text = (title.group(1) + "\n" if title else "") + body.group(1)
            text = html.unescape(text).replace("\x03", "").replace("\x02", "")
            stories.append((f"reuters:{m.group(1)}", path.stem, text.encode("utf-8")))
    random.Random(seed).shuffle(stories)
    yield from stories


_STORY = re.compile(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def polnear_files(corpus: Path) -> Iterator[tuple[str, str, bytes]]:
    """(story id, publisher, text) of every PolNeAR `dev` article, parsed as `press parse
    story.txt` parses it (headline line, then paragraphs). The publisher (`nyt`,
    `usa-today`) stands for the site. Only `dev` is read: `train` is kept for another
    measure."""
    for path in sorted((corpus / "polnear" / "dev" / "text").glob("*.txt")):
        yield f"polnear:{path.stem}", path.stem.split("_", 1)[0], path.read_bytes()


def polnear_candidates(corpus: Path, names: str) -> list[dict[str, object]]:
    """Quotes given a speaker in every PolNeAR `dev` article."""
    out: list[dict[str, object]] = []
    for page, host, data in polnear_files(corpus):
        doc = parse_page(data)
        if doc is not None:
            out.extend(attributed_rows(doc, page, host, names))
    return out


def drawn_pages(path: Path) -> set[str]:
    """The pages (stories) of an earlier drawn file; empty for a list of sites."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("{"):
            out.add(str(json.loads(line).get("page") or ""))
    return out - {""}


def reuters_candidates(
    corpus: Path,
    names: str,
    seed: int,
    count: int,
    per_site: int,
    skip_pages: frozenset[str] = frozenset(),
) -> list[dict[str, object]]:
    """Quotes given a speaker in Reuters stories, parsed in the seeded order until every
    source file could give `per_site` of them or `count` times three are found; the
    stories of `skip_pages` are left out."""
    out: list[dict[str, object]] = []
    per: dict[str, int] = {}
    for page, host, data in reuters_files(corpus, seed):
        if page in skip_pages or per.get(host, 0) >= per_site * 3:
            continue
        doc = parse_page(data)
        if doc is None:
            continue
        rows = attributed_rows(doc, page, host, names)
        per[host] = per.get(host, 0) + len(rows)
        out.extend(rows)
        if len(out) >= count * 3:
            break
    return out


def attributed_rows(doc: Any, page: str, host: str, names: str) -> list[dict[str, object]]:
    """One row to read for each direct quotation of a parsed page that carries a speaker."""
    rows: list[dict[str, object]] = []
    for n, quote in enumerate(doc.quotes):
        if not quote.speaker or quote.kind != "direct":
            continue
        para = doc.body[quote.paragraph] if quote.paragraph < len(doc.body) else ""
        rows.append(
            {
                "page": page,
                "site": host,
                "half": half(host, names),
                "n": n,
                "speaker": quote.speaker,
                "speakers": quote.speakers,
                "mention": quote.mention,
                "method": quote.method,
                "text": quote.text[:200],
                "paragraph": para,
            }
        )
    return rows


def parse_page(data: bytes):  # type: ignore[no-untyped-def]
    from importers.options import ParseOptions
    from importers.pipeline import ImportSummary, iter_documents

    with tempfile.TemporaryDirectory(prefix="news-precision-") as folder:
        path = Path(folder) / "page.html"
        path.write_bytes(data)
        docs = [doc for _, doc in iter_documents([str(path)], ParseOptions(), ImportSummary())]
    return docs[0] if docs else None


def candidates(corpus: Path, skip: set[str], names: str = "AB") -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for page, host, path in page_files(corpus):
        if not host or host in skip:
            continue
        with gzip.open(path) as f:
            doc = parse_page(f.read())
        if doc is None:
            continue
        out.extend(attributed_rows(doc, page, host, names))
    return out


def draw(
    found: list[dict[str, object]], count: int, seed: int = SEED, per_site: int = PER_SITE
) -> list[dict[str, object]]:
    random.Random(seed).shuffle(found)
    per: dict[str, int] = {}
    picked = []
    for item in found:
        host = str(item["site"])
        if per.get(host, 0) < per_site:
            per[host] = per.get(host, 0) + 1
            picked.append(item)
        if len(picked) == count:
            break
    return sorted(picked, key=lambda q: (str(q["half"]), str(q["page"]), int(q["n"])))  # type: ignore[call-overload]


def recheck(corpus: Path, drawn: Path) -> None:
    """Print each drawn quote's speaker as drawn and as the parser gives it now."""
    rows = [json.loads(line) for line in drawn.read_text(encoding="utf-8").splitlines()]
    files = {page: path for page, _host, path in page_files(corpus)}
    wanted = {row["page"] for row in rows}
    stories = {}
    if any(page.startswith("reuters:") for page in wanted):
        stories = {page: data for page, _host, data in reuters_files(corpus, 0) if page in wanted}
    if any(page.startswith("polnear:") for page in wanted):
        stories.update((p, data) for p, _host, data in polnear_files(corpus) if p in wanted)
    docs = {}
    for page in sorted(wanted):
        if page in stories:
            docs[page] = parse_page(stories[page])
            continue
        with gzip.open(files[page]) as f:
            docs[page] = parse_page(f.read())
    for i, row in enumerate(rows):
        doc = docs[row["page"]]
        quotes = doc.quotes if doc is not None else []
        now = next(
            (q.speaker for q in quotes if q.text[:200] == row["text"]),
            None,
        )
        print(f"{i}\t{row['half']}\t{row['speaker']}\t{now}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--recheck", type=Path, help="a drawn file to parse again")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--halves", default="AB", help="the two halves' names (AB, CD)")
    parser.add_argument("--per-site", type=int, default=PER_SITE, help="most quotes of one site")
    parser.add_argument(
        "--skip", type=Path, action="append", default=[], help="a file whose sites to leave out"
    )
    parser.add_argument(
        "--reuters", action="store_true", help="draw from Reuters-21578 stories instead"
    )
    parser.add_argument(
        "--polnear", action="store_true", help="draw from PolNeAR dev articles instead"
    )
    args = parser.parse_args()
    if args.recheck:
        recheck(args.corpus, args.recheck)
        return
    if len(args.halves) != 2:
        parser.error("--halves takes two letters")
    skip = used_sites()
    skip_pages: set[str] = set()
    for path in args.skip:
        if not path.exists():
            parser.error(f"no such file: {path}")
        skip |= skipped_sites(path)
        skip_pages |= drawn_pages(path)
    if args.polnear:
        found = polnear_candidates(args.corpus, args.halves)
    elif args.reuters:
        found = reuters_candidates(
            args.corpus, args.halves, args.seed, args.count, args.per_site, frozenset(skip_pages)
        )
    else:
        found = candidates(args.corpus, skip, args.halves)
    picked = draw(found, args.count, args.seed, args.per_site)
    lines = [json.dumps(q, ensure_ascii=False) for q in picked]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
