"""An import keeps what it has loaded out of the collector's scans only while it runs,
and leaves the collector of the process that runs it as it found it."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from importers.options import ParseOptions
from importers.parallel import SETTLE_AT, Settling, run_ordered
from importers.pipeline import import_paths
from importers.reparse import reparse
from search.sqlite import SqliteBackend

ROOT = Path(__file__).resolve().parent.parent


def _square(n: int) -> int:
    return n * n


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(SETTLE_AT + 4):
        (folder / f"{n:02d}.txt").write_text(
            f"Bridge works {n}\n\nBERGEN (Coast Wire) - Bridge {n} closes for repairs, the"
            f" council said.\n\n“Bridge {n} reopens in May,” engineer Ola Dahl said.\n"
        )
    return folder


def test_run_ordered_leaves_the_collector_as_it_found_it() -> None:
    answers = run_ordered(range(40), lambda n: lambda: _square(n), 1)
    for entry, result in answers:
        assert result == entry * entry
        assert gc.get_freeze_count() == 0
        if entry == 19:
            break
    # A consumer that stops early but still holds the generator leaves nothing frozen.
    assert gc.get_freeze_count() == 0
    answers.close()


def test_frozen_during_the_import_and_released_after() -> None:
    seen = []
    with Settling() as settling:
        for n, result in run_ordered(range(SETTLE_AT + 4), lambda n: lambda: _square(n), 1):
            assert result == n * n
            settling.answered()
            seen.append(gc.get_freeze_count())
    assert not any(seen[: SETTLE_AT - 1])  # nothing frozen before the first chunk is in
    assert seen[SETTLE_AT - 1] > 0  # frozen from then on
    assert gc.get_freeze_count() == 0  # and the caller's process released at the end


def test_an_import_stopped_early_releases_though_its_answers_are_still_held() -> None:
    answers = run_ordered(range(100), lambda n: lambda: _square(n), 1)
    with pytest.raises(RuntimeError), Settling() as settling:
        for _ in range(SETTLE_AT + 1):
            next(answers)
            settling.answered()
        assert gc.get_freeze_count() > 0
        raise RuntimeError("the writer failed")
    assert gc.get_freeze_count() == 0
    answers.close()


def test_a_process_that_froze_its_own_objects_before_keeps_them() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    with Settling() as settling:
        for _ in range(2 * SETTLE_AT):
            settling.answered()
            # Nothing of the import's own is frozen with the caller's objects either.
            assert gc.get_freeze_count() <= frozen
    assert gc.get_freeze_count() > 0


def test_a_freeze_by_the_caller_during_the_import_is_kept() -> None:
    with Settling() as settling:
        for _ in range(SETTLE_AT):
            settling.answered()
        assert gc.get_freeze_count() > 0
        held = [[n] for n in range(1000)]  # the caller's own objects, frozen by it
        gc.freeze()
    assert gc.get_freeze_count() > 0
    assert gc.is_tracked(held)


def test_the_pipelines_import_and_reparse_settle_and_release(folder: Path, tmp_path: Path) -> None:
    backend = SqliteBackend(tmp_path / "a.db")
    during: list[int] = []
    summary = import_paths(
        backend,
        [str(folder)],
        ParseOptions(),
        on_stored=lambda _: during.append(gc.get_freeze_count()),
    )
    assert summary.created == SETTLE_AT + 4
    assert during[-1] > 0  # the import froze what it had loaded
    assert gc.get_freeze_count() == 0  # and unfroze it at its end
    again = reparse(backend)
    assert again.unchanged == SETTLE_AT + 4
    assert gc.get_freeze_count() == 0


def test_an_import_by_a_process_with_frozen_objects_leaves_them_frozen(
    folder: Path, tmp_path: Path
) -> None:
    gc.freeze()
    import_paths(SqliteBackend(tmp_path / "a.db"), [str(folder)], ParseOptions())
    assert gc.get_freeze_count() > 0


def test_the_fork_servers_load_restores_the_collectors_switch() -> None:
    # In a process of its own: loading freezes everything that process holds.
    script = (
        "import gc, json\n"
        "gc.disable()\n"
        "import importers.preload as preload\n"
        "off = gc.isenabled()\n"
        "gc.enable()\n"
        "preload.load()\n"
        "print(json.dumps([off, gc.isenabled()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == [False, True]
