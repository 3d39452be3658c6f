"""Inputs that hold other inputs: zip and tar archives (gzip is unwrapped in `formats`).

Each member becomes a `Source` named `archive!member` and goes through format detection
like any file, so archives of archives, feeds or web archives work too. A damaged
archive reports what it could not read after importing everything before the damage.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import BinaryIO

from .sources import MAX_BYTES, MAX_SPOOL, InputError, Source, spool

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def is_tar(head: bytes) -> bool:
    return head[257:262] == b"ustar"


UNSAFE = "unsafe member name (a path outside the archive)"


def _unsafe(name: str) -> bool:
    """A member path that leads out of the archive's own folder (`../x`, `/etc/x`)."""
    posix = name.replace("\\", "/")
    return posix.startswith("/") or ".." in PurePosixPath(posix).parts or ":" in posix[:3]


def _hidden(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts)


def zip_members(source: Source, max_bytes: int = MAX_BYTES) -> Iterator[Source | InputError]:
    """Every file in a zip archive, as a Source; oversized members as errors."""
    if source.path:
        stream: BinaryIO = open(source.path, "rb")
    elif source.size is not None:  # already in memory: a member of another archive
        stream = io.BytesIO(source.read(source.size))
    else:  # a stream (a zip inside a gzip): zip needs to seek, memory must stay flat
        with source.open() as raw:
            stream = spool(raw, MAX_SPOOL, "zip archive")
    try:
        archive = zipfile.ZipFile(stream)
    except zipfile.BadZipFile as exc:
        stream.close()
        raise InputError(f"damaged zip archive: {exc}") from exc
    with stream, archive:
        for info in archive.infolist():
            name = f"{source.name}!{info.filename}"
            if _unsafe(info.filename):
                yield InputError(UNSAFE, name)
                continue
            if info.is_dir() or _hidden(info.filename):
                continue
            if info.file_size > max_bytes:
                yield InputError(
                    f"{info.file_size:,} bytes, over the {max_bytes:,}-byte size cap", name
                )
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                yield InputError(f"damaged archive member: {exc}", name)
                continue
            yield Source.from_bytes(name, data)


def tar_members(source: Source, max_bytes: int = MAX_BYTES) -> Iterator[Source | InputError]:
    """Every file in a tar archive (read as a stream), as a Source."""
    with source.open() as stream:
        try:
            archive = tarfile.open(fileobj=stream, mode="r|")
            for member in archive:
                name = f"{source.name}!{member.name}"
                if _unsafe(member.name):
                    yield InputError(UNSAFE, name)
                    continue
                if member.isdir() or _hidden(member.name):
                    continue
                if not member.isfile():
                    yield InputError("not a regular file (a link or device entry)", name)
                    continue
                if member.size > max_bytes:
                    yield InputError(
                        f"{member.size:,} bytes, over the {max_bytes:,}-byte size cap", name
                    )
                    continue
                extracted = archive.extractfile(member)
                if extracted is not None:
                    yield Source.from_bytes(name, extracted.read())
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise InputError(f"damaged or truncated tar archive: {exc}") from exc
