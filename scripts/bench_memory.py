"""Peak memory of `press import` on inputs built to exhaust it.

Each case is written to a scratch folder, imported into a fresh embedded archive by
`press import` under `/usr/bin/time -v`, and its peak resident set size reported
against the target (300 MB). The cases: one huge mapped JSONL record, a large plain
text file inside the size cap, a zip of zeros inside a gzip, a huge HTML record inside a
small web archive, and one enormous JSONL line, read from a file and from standard input.

    .venv/bin/python scripts/bench_memory.py [--scale 1.0] [--only NAME ...]

`--scale 0.1` builds every input at a tenth of its size (a quick check).
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

TARGET_MB = 300
MB = 1024 * 1024
PRESS = str(Path(sys.executable).with_name("press"))
PARAGRAPH = (
    "The harbour board met again on Monday to discuss berth fees for the coming season, "
    "and “the fees will stay where they are,” board chair Lena Marsh told reporters. "
)


def _repeat_to(path: Path, head: bytes, unit: bytes, size: int, tail: bytes = b"") -> None:
    with path.open("wb") as f:
        f.write(head)
        written = len(head)
        block = unit * max(1, (1 * MB) // len(unit))
        while written < size:
            f.write(block)
            written += len(block)
        f.write(tail)


def mapped_record(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """One 100 MB record of another shape, through a field mapping."""
    path = folder / "record.jsonl"
    _repeat_to(
        path,
        b'{"member": "lena_marsh", "date": "2024-03-05", "text": "Board keeps berth fees OSLO - ',
        PARAGRAPH.encode()
        .replace(b"\xe2\x80\x9c", b"\\u201c")
        .replace(b"\xe2\x80\x9d", b"\\u201d"),
        int(100 * MB * scale),
        b'"}\n',
    )
    return path, ["--map", "member=issuer", "--map", "text=text", "--map", "date=published"]


def big_text(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """A 20 MB plain-text statement: inside the 64 MB cap."""
    path = folder / "statement.txt"
    _repeat_to(
        path,
        b"Board keeps berth fees\n\nOSLO (Harbour Gazette) - ",
        (PARAGRAPH + "\n\n").encode(),
        int(20 * MB * scale),
    )
    return path, []


def zip_in_gzip(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """A small .gz holding a zip that stores 2 GiB of zeros."""
    path = folder / "zeros.zip.gz"
    size = int(2048 * MB * scale)

    class Stream(io.RawIOBase):  # unseekable: zipfile writes sizes after the data
        def __init__(self, raw) -> None:
            self.raw, self.at = raw, 0

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # type: ignore[override]
            self.raw.write(b)
            self.at += len(b)
            return len(b)

        def tell(self) -> int:
            return self.at

    with gzip.open(path, "wb", compresslevel=1) as gz:
        with zipfile.ZipFile(Stream(gz), "w", compression=zipfile.ZIP_STORED) as z:
            with z.open(zipfile.ZipInfo("zeros.txt"), "w", force_zip64=True) as member:
                block = bytes(MB)
                for _ in range(size // MB):
                    member.write(block)
    return path, []


def warc_record(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """A 300 MB HTML response inside a small gzipped web archive."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = folder / "page.html"
    _repeat_to(
        page,
        b"<!DOCTYPE html><html><head><title>Fees</title></head><body><article><h1>Fees</h1>",
        b"<p>" + PARAGRAPH.encode() + b"</p>\n",
        int(300 * MB * scale),
        b"</article></body></html>",
    )
    length = page.stat().st_size
    path = folder / "crawl.warc.gz"
    with path.open("wb") as f, page.open("rb") as payload:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://gazette.example/fees",
            "response",
            payload=payload,
            length=length,
            http_headers=headers,
        )
        writer.write_record(record)
    page.unlink()
    return path, []


def _jsonl_line(folder: Path, scale: float) -> Path:
    path = folder / "line.jsonl"
    _repeat_to(
        path,
        b'{"schema": 2, "headline": "Board keeps berth fees", "body": ["',
        b"The harbour board met again on Monday to discuss berth fees. ",
        int(500 * MB * scale),
        b'"]}\n',
    )
    return path


def jsonl_line(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """One 500 MB line of an export, from a file."""
    return _jsonl_line(folder, scale), []


def jsonl_stdin(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """The same line, from standard input."""
    return _jsonl_line(folder, scale), ["-"]


def tiny(folder: Path, scale: float) -> tuple[Path, list[str]]:
    """One ordinary statement: what every import costs before its inputs do."""
    path = folder / "tiny.txt"
    path.write_text("Board keeps berth fees\n\nOSLO (Harbour Gazette) - " + PARAGRAPH + "\n")
    return path, []


CASES: dict[str, Callable[[Path, float], tuple[Path, list[str]]]] = {
    "tiny statement (baseline)": tiny,
    "mapped JSONL record (100 MB)": mapped_record,
    "plain text (20 MB)": big_text,
    "zip of 2 GiB zeros inside a gzip": zip_in_gzip,
    "HTML record of 300 MB in a web archive": warc_record,
    "JSONL line of 500 MB, file": jsonl_line,
    "JSONL line of 500 MB, standard input": jsonl_stdin,
}


def measure(path: Path, extra: list[str], folder: Path) -> tuple[float, float, int, str]:
    archive = folder / "archive.db"
    for stale in folder.glob("archive.db*"):
        stale.unlink()
    stdin_input = "-" in extra
    args = [a for a in extra if a != "-"]
    command = ["/usr/bin/time", "-v", PRESS, "import", "-q", "--archive", str(archive)]
    command += args + ["-" if stdin_input else str(path)]
    env = {**os.environ, "PRESS_STATE_DIR": str(folder / "state")}
    started = time.perf_counter()
    with open(path, "rb") if stdin_input else open(os.devnull, "rb") as stdin:
        done = subprocess.run(command, stdin=stdin, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    outcome = (done.stdout.strip().splitlines() or [""])[-1]
    failures = [line for line in done.stderr.splitlines() if line.startswith("failed:")]
    detail = "; ".join([outcome[:80], *(f[:120] for f in failures[:2])])
    return (int(peak.group(1)) / 1024 if peak else float("nan")), elapsed, done.returncode, detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", help="cases whose name contains one of these")
    args = parser.parse_args()
    if not Path("/usr/bin/time").exists():
        sys.exit("needs /usr/bin/time (Debian package `time`)")
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="press-memory-") as tmp:
        for name, build in CASES.items():
            if args.only and not any(o.lower() in name.lower() for o in args.only):
                continue
            folder = Path(tmp) / re.sub(r"\W+", "-", name)
            folder.mkdir()
            path, extra = build(folder, args.scale)
            size = path.stat().st_size / MB
            peak, elapsed, code, detail = measure(path, extra, folder)
            worst = max(worst, peak)
            verdict = "ok" if peak < TARGET_MB else "OVER"
            print(
                f"{name:42} input {size:8.1f} MB  peak {peak:7.1f} MB  {elapsed:6.1f} s"
                f"  exit {code}  {verdict}  [{detail}]",
                flush=True,
            )
            shutil.rmtree(folder)
    print(f"worst peak {worst:.1f} MB (target < {TARGET_MB} MB)")


if __name__ == "__main__":
    main()
