"""Worker processes of `--jobs` come from a fork server that loaded the models first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import importers

PROBE = """
import gc
import sys

from importers.parallel import run_ordered


def probe():
    import importers.places

    return {
        "places": importers.places.__file__,
        "preloaded": "importers.preload" in sys.modules,
        "frozen": gc.get_freeze_count(),
        "gazetteer": importers.places._gazetteer.cache_info().currsize,
    }


def task(entry):
    return probe


if __name__ == "__main__":
    answers = [result for _, result in run_ordered(range(24), task, 2)]
    print(__import__("json").dumps(answers[-1]))
"""


def test_workers_share_what_the_fork_server_loaded(tmp_path: Path) -> None:
    script = tmp_path / "script" / "probe.py"
    script.parent.mkdir()
    script.write_text(PROBE)
    # A package of the same name in the working folder must not be what is imported.
    decoy = tmp_path / "cwd" / "importers"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("raise ImportError('the working folder was imported')\n")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=decoy.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(answer["places"]).parent == Path(importers.__file__).parent
    assert answer["preloaded"]
    assert answer["frozen"] > 0  # the collector leaves the shared objects alone
    assert answer["gazetteer"] == 1  # loaded before the worker was forked


def test_fork_server_loads_the_parsers_when_a_later_input_may_need_them() -> None:
    from importers.options import Later, ParseOptions
    from importers.parallel import PRELOAD
    from importers.pipeline import _parse_line, _preload

    # A line of our own export, read as it is: nothing to parse.
    export = [(None, Later(_parse_line, (b"{}", "a.jsonl", "a.jsonl", ParseOptions())))]
    assert _preload(None, False, export) != PRELOAD  # the only input: read, not parsed
    # Other inputs follow, which the first records say nothing about.
    assert _preload(None, True, export) == PRELOAD
