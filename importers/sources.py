"""Inputs: the files behind the paths, folders, globs and `-` given to `press import`.

Each input becomes a `Source`: a name for reports and a way to open its bytes as a
stream, so large exports and archives are read piece by piece, never whole. Problems
with an input raise `InputError` with the reason shown to the user; nothing here stops
at a bad file.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from charset_normalizer import from_bytes

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAX_BYTES = 64 * 1024 * 1024  # one article file; larger ones are reported, not read
MAX_SPOOL = 4 * 1024**3  # a compressed archive that must be unpacked to be read
COPY_CHUNK = 1 << 20
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
            info = path.stat()
        except OSError as exc:
            raise InputError(reason(exc), name) from exc
        if not stat.S_ISREG(info.st_mode):
            # Opening a FIFO waits for a writer forever; a device never ends.
            raise InputError(f"not a regular file ({_kind(info.st_mode)})", name)
        if not os.access(path, os.R_OK):
            raise InputError("permission denied", name)
        size = info.st_size
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
            raise InputError(reason(exc), self.name) from exc

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

    def readinto(self, buffer: WriteableBuffer) -> int:
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


def _walk(folder: str) -> Iterator[str | InputError]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from (InputError(reason(e), e.filename) for e in unreadable)
        unreadable.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from (InputError(reason(e), e.filename) for e in unreadable)


def reason(exc: OSError) -> str:
    """An operating system error as the reason shown to the user."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a folder" if stat.S_ISDIR(mode) else "a special file"


def open_input(name: str, on_read: Callable[[int], None] | None = None) -> Source:
    """The Source for a name from `expand`: a file, or `-` for standard input."""
    if name == "-":
        return _stdin()
    return Source.from_path(name, on_read)


def _stdin() -> Source:
    """Standard input, copied to a temporary file as it arrives: a stream is read more
    than once (detection, then records) and must not be held in memory."""
    handle, name = tempfile.mkstemp(prefix="press-stdin-")
    atexit.register(_remove, name)
    with os.fdopen(handle, "wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out, COPY_CHUNK)
    path = Path(name)
    return Source("-", lambda: open(path, "rb"), path.stat().st_size, path)


def _remove(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def spool(stream: BinaryIO, limit: int, what: str = "archive") -> BinaryIO:
    """A seekable copy of a stream in a temporary file (memory stays flat), at most
    `limit` bytes; for formats read by seeking (a zip inside a gzip)."""
    out = tempfile.TemporaryFile(prefix="press-spool-")
    copied = 0
    while chunk := stream.read(COPY_CHUNK):
        copied += len(chunk)
        if copied > limit:
            out.close()
            raise InputError(f"{what} is over {limit:,} bytes uncompressed")
        out.write(chunk)
    out.seek(0)
    return out


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
