"""An import keeps what it has loaded out of the collector's scans only while it runs."""

from __future__ import annotations

import gc

from importers.parallel import SETTLE_AT, run_ordered


def _square(n: int) -> int:
    return n * n


def test_frozen_during_the_import_and_released_after() -> None:
    gc.unfreeze()
    seen = []
    for n, result in run_ordered(range(SETTLE_AT[0] + 4), lambda n: lambda: _square(n), 1):
        assert result == n * n
        seen.append(gc.get_freeze_count())
    assert not any(seen[: SETTLE_AT[0]])  # nothing frozen before the first chunk is in
    assert seen[SETTLE_AT[0]] > 0  # frozen from then on
    assert gc.get_freeze_count() == 0  # and the caller's process released at the end


def test_an_import_stopped_early_releases_too() -> None:
    gc.unfreeze()
    answers = run_ordered(range(100), lambda n: lambda: _square(n), 1)
    for _ in range(SETTLE_AT[0] + 1):
        next(answers)
    assert gc.get_freeze_count() > 0
    answers.close()
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_its_own_objects_keeps_them() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        list(run_ordered(range(SETTLE_AT[0] + 4), lambda n: lambda: _square(n), 1))
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()
