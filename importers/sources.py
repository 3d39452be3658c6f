"""Inputs: the files behind the paths, folders, globs and `-` given to `press import`.

Each input becomes a `Source`: a name for reports and a way to open its bytes as a
stream, so large exports and archives are read piece by piece, never whole. Problems
with an input raise `InputError` with the reason shown to the user; nothing here stops
at a bad file.
"""

from __future__ import annotations

import glob
import io
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

MAX_BYTES = 64 * 1024 * 1024  # one article file; larger ones are reported, not read
HEAD_BYTES = 65536
GLOB_CHARS = set("*?[")


class InputError(Exception):
    """An input that cannot become a document; the message is the reason shown to the user."""

    def __init__(self, reason: str, name: str | None = None):
        super().__init__(reason)
        self.name = name


@dataclass
class Source:
    """One input: its name in reports and how to open it (a file, stdin, an archive member)."""

    name: str
    opener: Callable[[], BinaryIO]
    size: int | None = None
    path: Path | None = None

    @classmethod
    def from_path(cls, name: str, on_read: Callable[[int], None] | None = None) -> Source:
        """A file; `on_read` hears how many bytes each read takes, for progress bars."""
        path = Path(name)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), name) from exc
        if on_read is None:
            return cls(name, lambda: open(path, "rb"), size, path)
        return cls(name, lambda: io.BufferedReader(_CountingFile(path, on_read)), size, path)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Source:
        return cls(name, lambda: io.BytesIO(data), len(data))

    def open(self) -> BinaryIO:
        try:
            return self.opener()
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), self.name) from exc

    def head(self, n: int = HEAD_BYTES) -> bytes:
        if self.path is not None:  # not through a counting opener: a peek is not progress
            with open(self.path, "rb") as f:
                return f.read(n)
        with self.open() as f:
            return f.read(n)

    def read(self, max_bytes: int = MAX_BYTES) -> bytes:
        """The whole input, for formats that parse one document at once."""
        if self.size is not None and self.size > max_bytes:
            raise InputError(f"file is {self.size:,} bytes, over the {max_bytes:,}-byte size cap")
        with self.open() as f:
            data = f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"over the {max_bytes:,}-byte size cap")
        return data


class _CountingFile(io.FileIO):
    def __init__(self, path: Path, on_read: Callable[[int], None]):
        super().__init__(path, "rb")
        self._on_read = on_read

    def readinto(self, buffer) -> int | None:  # type: ignore[override]
        n = super().readinto(buffer)
        if n:
            self._on_read(n)
        return n


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Every file the arguments name, in a stable order; errors for names that match nothing."""
    for arg in paths:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            yield from _walk(arg)
        elif os.path.exists(arg):
            yield arg
        elif GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield InputError("no file matches this pattern", arg)
            for m in matches:
                yield from (_walk(m) if os.path.isdir(m) else [m])
        else:
            yield InputError("no such file or folder", arg)


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def open_input(name: str, on_read: Callable[[int], None] | None = None) -> Source:
    """The Source for a name from `expand`: a file, or `-` for standard input."""
    if name == "-":
        return Source.from_bytes("-", sys.stdin.buffer.read())
    return Source.from_path(name, on_read)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean it is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) first, else the detected encoding."""
    if not data.strip():
        raise InputError("empty file")
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:HEAD_BYTES]).best()
    if best is None or best.encoding is None:
        raise InputError("unknown text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"cannot decode as {best.encoding}: {exc}") from exc
