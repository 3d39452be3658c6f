"""What every reader is told and what it answers besides documents.

`ParseOptions` (the user's overrides), `Failure` (a part of an input that could not be
read) and `keep_original` live here, apart from the format table in `formats`, so that
the readers the table dispatches to import them without importing the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from search.model import Document, Original

from .sources import MAX_BYTES


@dataclass(frozen=True)
class ParseOptions:
    """What the user gave on the command line: overrides and a field mapping."""

    source: str | None = None
    published: dt.date | dt.datetime | None = None
    field_map: dict[str, str] = field(default_factory=dict)
    max_bytes: int = MAX_BYTES  # one article file or archive member
    # Readers hand their parsing back as `Later` items (a parallel import runs them in
    # worker processes) instead of parsing as they read.
    deferred: bool = False


@dataclass
class Failure:
    name: str  # the input, with the record within it when there is one ("x.jsonl:17")
    reason: str


Item = Document | Failure


@dataclass(frozen=True)
class Later:
    """Parsing a reader hands back instead of doing it (`ParseOptions.deferred`): a
    module-level function and its arguments, so another process can run it."""

    parse: Callable[..., Item]
    args: tuple[Any, ...]

    def __call__(self) -> Item:
        return self.parse(*self.args)


def parser_options(options: ParseOptions, **extra: object) -> dict[str, object]:
    """What a reader was told, kept with the original so a reparse is told the same."""
    kept: dict[str, object] = {
        "source": options.source,
        "published": options.published.isoformat() if options.published else None,
        "field_map": options.field_map or None,
        **extra,
    }
    return {k: v for k, v in kept.items() if v}


def keep_original(
    doc: Document, data: bytes, fmt: str, name: str, options: ParseOptions, **extra: object
) -> Document:
    """The document with the bytes it was parsed from (and how) attached, for reparse."""
    doc.original = Original(
        data,
        fmt,
        PurePosixPath(name.replace("!", "/")).name or name,
        parser_options(options, **extra),
    )
    return doc
