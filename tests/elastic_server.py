"""Pytest plugin: the real Elasticsearch test server, as the `elasticsearch_url` fixture.

Register with `pytest_plugins = ["tests.elastic_server"]` in the root conftest.

Where the server comes from, in order:
  1. `PRESS_TEST_ES_URL` (scripts/test.sh starts the server and exports it);
  2. otherwise `scripts/elasticsearch.sh start`, which fetches (first time only) and starts
     the server, or finds it already running. The fixture leaves it running (restarts are
     then instant); `scripts/elasticsearch.sh stop` stops it.

When no server can be had, tests that use the fixture fail loudly with the server's log
when `CI` is set, and are skipped with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "elasticsearch.sh"
# First run downloads ~130 MB and unpacks it; later starts take ~10-20 s.
START_TIMEOUT_S = 900


def cluster_health(url: str, timeout: float = 5.0) -> str | None:
    """The cluster's health status ("green", "yellow", "red"), or None if unreachable.

    (`GET /` and HEAD `/` — the client's info() and ping() — do not work on the
    integ-test distribution: it lacks the rest-root module. Health does.)
    """
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/_cluster/health", timeout=timeout) as r:
            return json.load(r).get("status")
    except (OSError, ValueError, urllib.error.URLError):
        return None


def _unavailable(reason: str, details: str = "") -> None:
    """Fail (under CI, with the details) or skip (elsewhere, with the reason)."""
    if os.environ.get("CI"):
        pytest.fail(
            f"Elasticsearch test server unavailable (CI is set): {reason}\n{details}".rstrip(),
            pytrace=False,
        )
    pytest.skip(f"Elasticsearch test server unavailable: {reason}")


def _start_server() -> str:
    try:
        proc = subprocess.run(
            ["bash", str(SCRIPT), "start"],
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        _unavailable(f"`scripts/elasticsearch.sh start` did not finish: {e}")
        raise AssertionError("unreachable") from e  # _unavailable raises
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("http"):
        errors = [ln for ln in proc.stderr.splitlines() if "error" in ln.lower()]
        _unavailable(
            f"`scripts/elasticsearch.sh start` exited {proc.returncode}"
            + (f": {errors[-1].strip()}" if errors else ""),
            f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}",
        )
    return lines[-1].strip()


@pytest.fixture(scope="session")
def elasticsearch_url() -> str:
    """Base URL (no trailing slash) of a running, healthy Elasticsearch test server."""
    url = os.environ.get("PRESS_TEST_ES_URL", "").strip().rstrip("/")
    if url:
        status = cluster_health(url)
        if status not in ("green", "yellow"):
            _unavailable(
                f"PRESS_TEST_ES_URL={url} is not healthy (health: {status or 'unreachable'})"
            )
        return url
    url = _start_server().rstrip("/")
    status = cluster_health(url)
    if status not in ("green", "yellow"):
        _unavailable(f"started server at {url} is not healthy (health: {status or 'unreachable'})")
    return url
