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

from .sources import MAX_BYTES, InputError, Source

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def is_tar(head: bytes) -> bool:
    return head[257:262] == b"ustar"


def _hidden(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts)


def zip_members(source: Source, max_bytes: int = MAX_BYTES) -> Iterator[Source | InputError]:
    """Every file in a zip archive, as a Source; oversized members as errors."""
    stream = open(source.path, "rb") if source.path else io.BytesIO(source.read(1 << 34))
    try:
        archive = zipfile.ZipFile(stream)
    except zipfile.BadZipFile as exc:
        stream.close()
        raise InputError(f"damaged zip archive: {exc}") from exc
    with stream, archive:
        for info in archive.infolist():
            if info.is_dir() or _hidden(info.filename):
                continue
            name = f"{source.name}!{info.filename}"
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
                if not member.isfile() or _hidden(member.name):
                    continue
                name = f"{source.name}!{member.name}"
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
