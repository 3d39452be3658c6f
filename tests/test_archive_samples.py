"""scripts/archive_samples.py: the whole-archive lists are made again in one command,
keeping the marks already read for the values they name."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from search.model import Dateline
from search.sqlite import SqliteBackend
from tests.fixtures.speakers import speaker_documents

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "archive_samples.py"


def _archive(path: Path, places: list[Dateline | None]) -> None:
    docs = speaker_documents()
    docs = [dataclasses.replace(d, dateline=places[i % len(places)]) for i, d in enumerate(docs)]
    archive = SqliteBackend(path)
    list(archive.write(docs))
    archive.close()
    path.with_suffix(".log").write_text(
        "start 2026-01-02T10:00:00Z tree=x\nrc=0 end 2026-01-02T10:12:00Z\n", encoding="utf-8"
    )
    path.with_suffix(".report.json").write_text(
        '{"inputs": 1, "imported": 4, "updated": 0, "unchanged": 0, "skipped_inputs": 0,'
        ' "failed": 1, "failures": [{"input": "r.jsonl:7", "reason": "no text"}]}',
        encoding="utf-8",
    )
    # Two processes of one import at each sample; the first line is before its workers.
    path.with_suffix(".pss").write_text(
        "10:00:01 procs=1 pss_kb=900000 rss_kb=1 cpu_s=0\n"
        "10:00:06 procs=4 pss_kb=204800 rss_kb=1 cpu_s=3\n"
        "10:00:11 procs=4 pss_kb=307200 rss_kb=1 cpu_s=6\n",
        encoding="utf-8",
    )


def test_docs_writes_both_files_and_keeps_marks(tmp_path):
    washington = Dateline(
        place="WASHINGTON", region="D.C.", raw="WASHINGTON, D.C. –", canonical="Washington, D.C."
    )
    _archive(tmp_path / "before.db", [None])
    _archive(tmp_path / "after.db", [washington, None])
    out = tmp_path / "docs"
    out.mkdir()
    # A list read earlier: its marks stay with the values it names.
    (out / "speakers-sample.md").write_text(
        "| # | speaker | quotes | mark |\n|---|---|---|---|\n"
        "| 1 | Amy Klobuchar | 9 | ok |\n| 2 | Al Franken | 3 | title (a test note) |\n",
        encoding="utf-8",
    )
    subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "docs",
            str(tmp_path / "after.db"),
            "--before",
            str(tmp_path / "before.db"),
            "--after-rev",
            "new1234",
            "--before-rev",
            "old5678",
            "--top",
            "3",
            "--random",
            "2",
            "--pages",
            "1",
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    speakers = (out / "speakers-sample.md").read_text(encoding="utf-8")
    assert "| new1234 | 7 | 8 | 6 | 7 |" in speakers  # quotes, pairs, values, spellings
    assert "| Amy Klobuchar | 2 |" in speakers and "| ok |" in speakers
    assert "`Al Franken` (the 3 most quoted" in speakers and "title — a test note" in speakers
    assert "unread" in speakers  # values nobody has read are said to be unread
    assert "1 × no text (e.g. r.jsonl:7)" in speakers
    assert "peak 300 MiB" in speakers  # the sample without workers is left out
    assert "scripts/archive_samples.py docs" in speakers  # the command that made it
    places = (out / "places-sample.md").read_text(encoding="utf-8")
    assert "| old5678 | 6 | 0 | 0 |" in places  # documents, with a place, distinct places
    assert "| new1234 | 6 | 3 | 1 |" in places
    assert "| 1 | Washington, D.C. | 3 |" in places
    assert '"(no headline)" 0' in places and '(no headline)" 1' not in places


def test_quotes_draw_is_seeded_and_scores_the_marks(tmp_path):
    _archive(tmp_path / "a.db", [None])

    def run(*extra: str) -> str:
        return subprocess.run(
            [sys.executable, str(SCRIPT), "quotes", str(tmp_path / "a.db"), *extra],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    reading = run("--seed", "5", "--random", "3", "--context")
    assert reading == run("--seed", "5", "--random", "3", "--context")  # seeded
    refs = [line.split()[2] for line in reading.splitlines() if line.startswith("## ")]
    assert len(refs) == 3 and "[[" in reading and "]]" in reading
    # Only quotes with a speaker are drawn: the quoted bill title has none.
    assert "Fair Milk Pricing Act]]" not in run("--seed", "5", "--random", "50", "--context")
    marks = tmp_path / "marks.tsv"
    marks.write_text(f"{refs[0]}\tright\n{refs[1]}\twrong person\tthe issuer's words\n")
    table = run("--seed", "5", "--random", "3", "--marks", str(marks))
    assert "2 read: right 1, wrong person 1, not a name 0, not speech 0, unread 1" in table
    assert "Attribution precision (right / read): 0.500 (95 % Wilson interval 0.095–0.905)" in table
    assert "wrong person (the issuer's words)" in table
    assert "| confidence at least | read | right | precision |" in table
    # The table written into a Markdown file keeps its marks when it is made again.
    written = tmp_path / "audit.md"
    written.write_text("# Quotes\n\n" + table, encoding="utf-8")
    assert run("--seed", "5", "--random", "3", "--marks", str(written)) == table
    unread = run("--seed", "5", "--random", "3", "--context", "--unread", "--marks", str(marks))
    assert [line.split()[2] for line in unread.splitlines() if line.startswith("## ")] == refs[2:]
    marks.write_text(f"{refs[0]}\tmaybe\n")
    bad = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "quotes",
            str(tmp_path / "a.db"),
            "--seed",
            "5",
            "--marks",
            str(marks),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0 and "want doc:index" in bad.stderr
