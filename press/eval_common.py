"""What every evaluation shares: where the scorers and the corpus are, and running a scorer.

Paths follow the `../shared` convention: the folder `shared/` beside the repository
(or $PRESS_EVAL_DIR and $PRESS_CORPUS), never a path of one machine.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


class EvaluationUnavailable(RuntimeError):
    """The scorers or the corpus are not on this machine."""


def eval_dir() -> Path:
    path = Path(os.environ.get("PRESS_EVAL_DIR") or REPO_ROOT.parent / "shared" / "eval")
    if not (path / "evalutil.py").is_file():
        raise EvaluationUnavailable(
            f"no scoring scripts at {path}; set PRESS_EVAL_DIR to the shared eval folder"
        )
    return path


def corpus_path() -> Path:
    """Where the shared corpus is (`$PRESS_CORPUS`, else `../shared/corpus`), there or not."""
    return Path(os.environ.get("PRESS_CORPUS") or REPO_ROOT.parent / "shared" / "corpus")


def corpus_dir() -> Path:
    path = corpus_path()
    if not path.is_dir():
        raise EvaluationUnavailable(
            f"no corpus at {path}; set PRESS_CORPUS to the shared corpus folder"
        )
    return path


def jsonl_lines(path: Path, numbers: Iterable[int], *, first: int = 1) -> dict[int, Any]:
    """The records at line `numbers` of a gzipped JSON-lines file (lines counted from
    `first`), read in one pass that stops after the last; a missing line is a ValueError."""
    wanted = set(numbers)
    last = max(wanted, default=first - 1)
    found: dict[int, Any] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, first):
            if number > last:
                break
            if number in wanted:
                found[number] = json.loads(line)
    missing = wanted - set(found)
    if missing:
        raise ValueError(f"{path} has no line(s) {sorted(missing)[:5]}")
    return found


def require(path: Path, what: str) -> Path:
    if not path.exists():
        raise EvaluationUnavailable(f"{what} is missing: {path}")
    return path


def run_scorer(script: str, pred_dir: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run one scorer over `pred_dir` and return its summary (last) line."""
    scorers = eval_dir()
    full_env = {**os.environ, "EVAL_CORPUS": str(corpus_dir()), **(env or {})}
    result = subprocess.run(
        [sys.executable, str(scorers / script), str(pred_dir), *args],
        cwd=scorers,
        env=full_env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{script} failed ({result.returncode}):\n{result.stderr.strip()}")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"{script} printed no summary line")
    return lines[-1]
