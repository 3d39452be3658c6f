"""`press evaluate` is the one entry point of the evaluation code, with paths resolved
beside the repository (the `../shared` convention), never from the working folder."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from press import evaluate
from press.cli import main
from press.eval_common import REPO_ROOT, corpus_path

PRESS = REPO_ROOT / "press"


def test_no_evaluation_module_parses_its_own_arguments():
    """The options live on `press evaluate`; a module run with `python -m` hands its
    arguments to it and declares none of its own."""
    for path in sorted(PRESS.glob("eval*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "argparse" not in imported, path.name
        assert not any(
            isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body
        ), path.name


def test_every_set_is_a_choice_of_the_one_command():
    runner = CliRunner()
    help_text = "".join(runner.invoke(main, ["evaluate", "--help"]).output.split())
    for name in evaluate.SETS:
        assert name in help_text
    unknown = runner.invoke(main, ["evaluate", "nonsense"])
    assert unknown.exit_code == 1 and "choose from" in unknown.output


def test_paths_are_found_beside_the_repository_from_any_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("PRESS_CORPUS", raising=False)
    monkeypatch.chdir(tmp_path)
    assert corpus_path() == REPO_ROOT.parent / "shared" / "corpus"
    monkeypatch.setenv("PRESS_CORPUS", str(tmp_path))
    assert corpus_path() == tmp_path


def test_splits_are_checked_and_all_means_every_one():
    known = ("dev", "check", "holdout")
    assert evaluate._splits((), known, ("dev",)) == ("dev",)
    assert evaluate._splits(("all",), known, ("dev",)) == known
    assert evaluate._splits(("check", "dev", "check"), known, ("dev",)) == ("check", "dev")
    # The sealed held-out split is in no figure of `all` unless it is named beside it.
    sealed = ("holdout",)
    assert evaluate._splits(("all",), known, ("dev",), sealed) == ("dev", "check")
    assert evaluate._splits(("all", "holdout"), known, ("dev",), sealed) == known
    assert evaluate._splits(("holdout",), known, ("dev",), sealed) == ("holdout",)
    with pytest.raises(ValueError, match="unknown split"):
        evaluate._splits(("train",), known, ("dev",))
    result = CliRunner().invoke(main, ["evaluate", "russian", "--split", "train"])
    assert result.exit_code == 1 and "unknown split(s) train" in result.output


def test_a_set_of_our_own_gold_scores_and_prints_its_figures_as_json(tmp_path):
    out = tmp_path / "eval"
    result = CliRunner().invoke(
        main, ["evaluate", "russian", "--split", "dev", "--json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["russian"]
    assert set(figures) == {"dev", "all"}
    assert 0.0 <= figures["dev"]["direct_f1"] <= 1.0
    assert json.loads((out / "russian" / "figures.json").read_text()) == figures


def test_python_m_on_an_evaluation_module_runs_the_one_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "press.eval_russian", "--split", "check", "--out", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(line.startswith("russian: russian ") for line in lines)
    assert Path(tmp_path / "russian" / "figures.json").is_file()
