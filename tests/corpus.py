"""Where the shared corpus lives, for tests that read it (and skip without it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def corpus_path(*parts: str) -> Path:
    """`../shared/corpus/<parts>` (or `$PRESS_CORPUS/<parts>`); skips the test when absent."""
    root = Path(
        os.environ.get("PRESS_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    path = root.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus not available: {path} is missing (set PRESS_CORPUS)")
    return path
