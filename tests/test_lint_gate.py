"""`scripts/lint.sh` (run by `scripts/test.sh`, so by CI) fails on a ruff or mypy finding.

It runs here on a small tree with the project's configuration: clean, then with a type
error, then with a lint error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("search", "importers", "press", "web", "mappings")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(tree / "scripts" / "lint.sh")],
        env={"PATH": "/usr/bin:/bin", "BIN": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_lint_fails_on_a_type_error_and_on_a_lint_error(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "lint.sh", tmp_path / "scripts" / "lint.sh")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    module = tmp_path / "search" / "sample.py"

    module.write_text("def total(values: list[int]) -> int:\n    return sum(values)\n")
    clean = _lint(tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    module.write_text('def total(values: list[int]) -> int:\n    return "none"\n')
    typed = _lint(tmp_path)
    assert typed.returncode != 0 and "return-value" in typed.stdout

    module.write_text("import os\n\n\ndef total(values: list[int]) -> int:\n    return 0\n")
    linted = _lint(tmp_path)
    assert linted.returncode != 0 and "F401" in linted.stdout


def test_ci_runs_the_lint_gate_and_fails_when_it_does():
    """`.ci/run` is `scripts/test.sh`, which runs `scripts/lint.sh` and turns its failure
    into the run's failure even when every test passes."""
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "bash scripts/lint.sh" in script and "lint=$?" in script
    after = script[script.index("lint=$?") :]
    assert 'if [ "$lint" != 0 ]' in after and "status=1" in after
    assert script.rstrip().endswith('exit "$status"')
