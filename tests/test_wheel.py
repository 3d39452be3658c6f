"""The product is the wheel: built from a clean clone, installed outside the checkout.

A fresh virtualenv gets the locked dependencies (hashes checked; uv, or pip without it,
with their caches reused) and the wheel without dependencies; from a folder outside the
checkout it imports texts into the embedded archive and into the real Elasticsearch, and
serves the UI and the API's OpenAPI document over HTTP. What an editable install hides
(files read from the source tree, undeclared dependencies) fails here, and so does a
dependency declared but missing from the lock files a fresh install reads.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEXT = REPO / "tests" / "fixtures" / "texts" / "harbour-envoy.txt"


def _run(*args: object, cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    proc = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, f"{args} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _source_tree(tmp: Path) -> Path:
    """A clean clone of the checkout's HEAD (a copy when the checkout is not a git one)."""
    dest = tmp / "clone"
    if (REPO / ".git").exists() and shutil.which("git"):
        subprocess.run(
            ["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(dest)],
            check=True,
            capture_output=True,
        )
    else:
        ignore = shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__", ".cache")
        shutil.copytree(REPO, dest, ignore=ignore)
    return dest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_and_get(press: Path, archive: str, cwd: Path, env: dict[str, str]) -> list[int]:
    port = _free_port()
    log = cwd / f"serve-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(press), "serve", "--port", str(port), "--archive", archive],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        statuses = []
        for path in ("/", "/search?q=tariffs", "/search?q=speaker%3AMarsh", "/api/openapi.json"):
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
                        body = r.read().decode("utf-8")
                        statuses.append(r.status)
                        if path.startswith("/search"):
                            assert "Harbour Envoy" in body, body[:2000]
                        break
                except urllib.error.HTTPError as exc:
                    statuses.append(exc.code)
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise AssertionError(f"no answer: {log.read_text()}") from None
                    time.sleep(0.2)
        return statuses
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.elasticsearch
def test_wheel_from_a_clean_clone_imports_and_serves(tmp_path, elasticsearch_url):
    source = _source_tree(tmp_path)
    outside = tmp_path / "elsewhere"
    (outside / "inbox").mkdir(parents=True)
    shutil.copy(TEXT, outside / "inbox" / "harbour-envoy.txt")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", None) or shutil.which("python3") or "python3"
    uv = Path(sys.executable).parent / "uv"
    if uv.exists():
        # uv (a test dependency) installs the locked set in seconds; hashes are checked.
        _run(uv, "venv", "--quiet", "--python", base_python, venv, cwd=outside, env=env)
        install = [uv, "pip", "install", "--quiet", "--python", venv / "bin" / "python"]
        _run(
            uv,
            "build",
            "--quiet",
            "--wheel",
            "--out-dir",
            tmp_path / "dist",
            source,
            cwd=outside,
            env=env,
        )
    else:
        _run(base_python, "-m", "venv", venv, cwd=outside, env=env)
        install = [venv / "bin" / "python", "-m", "pip", "--quiet", "install"]
        _run(
            *install[:-1],
            "wheel",
            "--no-deps",
            "--wheel-dir",
            tmp_path / "dist",
            source,
            cwd=outside,
            env=env,
        )
    _run(*install, "--require-hashes", "-r", source / "requirements.lock", cwd=outside, env=env)
    (wheel,) = (tmp_path / "dist").glob("press_archive-*.whl")
    _run(*install, "--no-deps", wheel, cwd=outside, env=env)

    python = venv / "bin" / "python"
    where = _run(
        python, "-c", "import search, mappings; print(search.__file__)", cwd=outside, env=env
    )
    assert str(REPO) not in where and str(source) not in where, where

    press = venv / "bin" / "press"
    env["PRESS_STATE_DIR"] = str(tmp_path / "state")
    env["PRESS_ES_INDEX_PREFIX"] = f"press-wheel-{uuid.uuid4().hex[:10]}"
    archives = [f"sqlite:///{outside / 'archive.db'}", elasticsearch_url]
    try:
        for archive in archives:
            out = _run(press, "import", "inbox", "--archive", archive, "-q", cwd=outside, env=env)
            assert out.startswith("1 imported,") and "0 failed" in out, out
            stats = _run(press, "stats", "--archive", archive, cwd=outside, env=env)
            assert " documents: 1\n" in stats, stats
            assert _serve_and_get(press, archive, outside, env) == [200, 200, 200, 200]
    finally:
        drop = (
            "import os; from search.elastic import ElasticBackend; "
            f"b = ElasticBackend({elasticsearch_url!r}, "
            "index_prefix=os.environ['PRESS_ES_INDEX_PREFIX']); b.drop(); b.close()"
        )
        subprocess.run([python, "-c", drop], cwd=outside, env=env, capture_output=True)


def _pins(lock: Path) -> dict[str, str]:
    """Distribution → pinned version, from a hashed lock file."""
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        name, sep, version = line.partition("==")
        if sep and not line.startswith((" ", "#")):
            found[name.strip().lower().replace("_", "-")] = version.split()[0].strip(" \\;")
    return found


def _declared(requirements: list[str]) -> set[str]:
    return {
        re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements
    }


def test_the_lock_files_pin_every_declared_dependency_with_hashes():
    """`scripts/setup.sh` installs from the locks alone (`--require-hashes`): a dependency
    added to pyproject.toml without `scripts/lock.sh` would be missing from a fresh
    install."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = _pins(REPO / "requirements.lock")
    with_tests = _pins(REPO / "requirements-test.lock")
    assert _declared(project["dependencies"]) - set(runtime) == set()
    test_extras = _declared(project["optional-dependencies"]["test"])
    assert (_declared(project["dependencies"]) | test_extras) - set(with_tests) == set()
    for lock in ("requirements.lock", "requirements-test.lock"):
        text = (REPO / lock).read_text(encoding="utf-8")
        assert text.count("==") <= text.count("--hash=sha256:"), lock
    setup = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "--require-hashes" in setup and "requirements-test.lock" in setup
