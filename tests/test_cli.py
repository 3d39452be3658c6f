"""The `press` command, through click's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from press.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "texts"
RUSSIAN = (
    "Переговоры о пошлинах продолжатся\n\n"
    "МОСКВА, 24 февраля. /ТАСС/. Министр торговли Иван Петров заявил, что переговоры "
    "о пошлинах продолжатся на следующей неделе.\n\n"
    "«Мы готовы к диалогу», — сказал Петров журналистам.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def archive(tmp_path):
    return f"sqlite:///{tmp_path / 'archive.db'}"


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(FIXTURES / "harbour-envoy.txt", folder / "valid.txt")
    (folder / "russian.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    return folder


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_import_reports_bad_files_and_keeps_the_rest(runner, archive, mixed_folder):
    result = run(runner, "import", mixed_folder, "--archive", archive, "-q")
    assert result.exit_code == 1
    assert "2 imported, 0 updated, 0 unchanged, 2 failed" in result.output
    assert "empty.txt: empty file" in result.output
    assert "photo.jpg: binary file" in result.output

    again = run(runner, "import", mixed_folder, "--archive", archive, "-q")
    assert "0 imported, 0 updated, 0 unchanged, 2 failed (4 inputs, 2 already imported)" in (
        again.output
    )
    assert again.exit_code == 1

    restarted = run(runner, "import", mixed_folder, "--archive", archive, "-q", "--restart")
    assert "0 imported, 0 updated, 2 unchanged, 2 failed (4 inputs)" in restarted.output

    found = run(runner, "search", "пошлинах", "--archive", archive, "--json")
    assert json.loads(found.output)["total"] == 1


def test_import_report_file(runner, archive, mixed_folder, tmp_path):
    report = tmp_path / "report.json"
    run(runner, "import", mixed_folder, "--archive", archive, "-q", "--report", report)
    data = json.loads(report.read_text())
    assert data["imported"] == 2 and data["failed"] == 2
    assert {Path(f["input"]).name for f in data["failures"]} == {"empty.txt", "photo.jpg"}


def test_import_of_a_missing_path_fails_clearly(runner, archive):
    result = run(runner, "import", "/no/such/folder", "--archive", archive, "-q")
    assert result.exit_code == 1
    assert "/no/such/folder: no such file or folder" in result.output


def test_import_overrides_source_and_date(runner, archive):
    result = run(
        runner,
        "import",
        FIXTURES / "harbour-envoy.txt",
        "--archive",
        archive,
        "-q",
        "--source",
        "Desk Copy",
        "--date",
        "2024-05-06",
    )
    assert result.exit_code == 0, result.output
    out = json.loads(run(runner, "search", "tariffs", "--archive", archive, "--json").output)
    hit = out["hits"][0]
    assert hit["source"] == "Desk Copy" and hit["published"] == "2024-05-06"


def test_import_from_stdin(runner, archive):
    text = (FIXTURES / "harbour-envoy.txt").read_text()
    result = runner.invoke(main, ["import", "-", "--archive", archive, "-q"], input=text)
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output


def test_bad_date_option(runner, archive):
    result = runner.invoke(main, ["import", "x.txt", "--archive", archive, "--date", "soon"])
    assert result.exit_code == 2
    assert "is not a date" in result.output


def test_parse_json_prints_one_object_per_line(runner):
    result = run(runner, "parse", FIXTURES / "harbour-envoy.txt", "--json")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["headline"].startswith("Harbour Envoy Returns")
    assert doc["dateline"]["place"] == "OSLO"
    assert doc["published"] is None


def test_search_filters_and_quote_scope(runner, archive):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    out = json.loads(
        run(
            runner,
            "search",
            "dialogue",
            "--quotes",
            "--speaker",
            "Marsh",
            "--archive",
            archive,
            "--json",
        ).output
    )
    assert out["total"] == 1
    assert out["hits"][0]["speaker"] == "Lena Marsh"
    text = run(runner, "search", "tariffs", "--archive", archive).output
    assert "Harbour Envoy Returns" in text


def test_search_with_garbage_query_explains(runner, archive):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    result = run(runner, "search", '"unclosed (', "--archive", archive)
    assert result.exit_code == 0
    assert "searched for the words instead" in result.output


def test_stats(runner, archive):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    stats = json.loads(run(runner, "stats", "--archive", archive, "--json").output)
    assert stats["documents"] == 1 and stats["quotes"] >= 4


def test_unreachable_elasticsearch_is_a_clear_error(runner):
    result = runner.invoke(main, ["stats", "--archive", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "127.0.0.1:9" in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(runner, command):
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    assert f"press {command}" in readme


def test_export_streams_every_result(runner, archive, tmp_path):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    out = run(runner, "export", "", "--archive", archive)
    lines = out.output.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["headline"].startswith("Harbour Envoy")
    target = tmp_path / "quotes.csv"
    run(
        runner,
        "export",
        "--quotes",
        "--speaker",
        "Lena Marsh",
        "--format",
        "csv",
        "--archive",
        archive,
        "-o",
        target,
    )
    rows = target.read_text().splitlines()
    assert rows[0].startswith("document_id,index,published,speaker")
    assert len(rows) >= 4 and all("Lena Marsh" in r for r in rows[1:])


def test_exported_jsonl_imports_back_unchanged(runner, archive, tmp_path):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    dump = tmp_path / "dump.jsonl"
    run(runner, "export", "--archive", archive, "-o", dump)
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert "1 imported" in run(runner, "import", dump, "--archive", other, "-q").output
    again = run(runner, "export", "--archive", other).output
    assert again == dump.read_text()


def test_reindex(runner, archive):
    run(runner, "import", FIXTURES, "--archive", archive, "-q")
    result = run(runner, "reindex", "--archive", archive)
    assert result.exit_code == 0 and "rebuilt 1 documents" in result.output
    assert (
        json.loads(run(runner, "search", "tariffs", "--archive", archive, "--json").output)["total"]
        == 1
    )


def test_evaluate_without_corpus_says_so(runner, monkeypatch, tmp_path):
    monkeypatch.setenv("PRESS_CORPUS", str(tmp_path / "nowhere"))
    result = runner.invoke(main, ["evaluate", "datelines", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "no corpus" in result.output or "no scoring scripts" in result.output


def test_evaluate_unknown_set(runner, tmp_path):
    result = runner.invoke(main, ["evaluate", "nonsense", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "unknown set" in result.output


def test_evaluate_datelines_with_a_relative_output_folder(runner, monkeypatch, tmp_path):
    from tests.corpus import corpus_path

    corpus_path()  # skips with the reason when the shared corpus is absent
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["evaluate", "datelines", "--out", "eval"])
    assert result.exit_code == 0, result.output
    accuracy = float(result.output.split("place_acc=")[1].split()[0])
    assert accuracy >= 0.99


def test_serve_answers_over_http(tmp_path):
    """`press serve` in a process of its own, asked over HTTP."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    archive = f"sqlite:///{tmp_path / 'served.db'}"
    CliRunner().invoke(main, ["import", str(FIXTURES), "--archive", archive, "-q"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "press.cli", "serve", "--port", str(port), "--archive", archive],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        body = b""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=tariffs") as r:
                    body = r.read()
                break
            except OSError:
                time.sleep(0.1)
        assert b"Harbour Envoy Returns" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_search_lists_a_release_without_headline_by_its_derived_title(runner, archive, tmp_path):
    record = {
        "member": "jane_roe",
        "date": "2019-05-02",
        "text": "Today, Congresswoman Jane Roe praised the county's nurses. They work hard.",
    }
    path = tmp_path / "releases.jsonl"
    path.write_text(json.dumps(record) + "\n")
    mapping = ["--map", "member=issuer", "--map", "text=text"]
    run(runner, "import", path, *mapping, "--archive", archive, "-q")
    text = run(runner, "search", "nurses", "--archive", archive).output
    assert "(no headline)" not in text
    assert "[Jane Roe: Today, Congresswoman Jane Roe praised" in text
