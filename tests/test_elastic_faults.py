"""Elasticsearch going away in the middle of an import, on a server of the test's own.

The test starts a second real server (its own port and data), stops it part-way through
an import, restarts it, and imports again: every failure is reported, and the archive
ends with exactly one document per article.
"""

from __future__ import annotations

import os
import subprocess
import uuid

import pytest

from importers.pipeline import import_paths
from search.base import SearchError
from search.elastic import ElasticBackend
from tests.elastic_server import REPO_ROOT, SCRIPT, _unavailable

pytestmark = pytest.mark.elasticsearch
PORT = os.environ.get("PRESS_TEST_FAULT_ES_PORT", "9202")
ARTICLES = 2500


def _script(command: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), command],
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "ES_PORT": PORT, **env},
    )


def _start(**env: str) -> str:
    proc = _script("start", **env)
    if proc.returncode != 0:
        _unavailable(f"second test server on port {PORT} did not start", proc.stderr[-3000:])
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture
def own_server():
    url = _start(ES_FRESH="1")
    yield url
    _script("stop")


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(ARTICLES):
        (folder / f"statement-{n:05d}.txt").write_text(
            f"Harbour board issues notice number {n}\n"
            f"OSLO (Harbour News) - The harbour board published notice {n} on berth fees.\n"
            f"“Notice {n} changes nothing for ferries,” board chair Lena Marsh said.\n",
            encoding="utf-8",
        )
    return folder


def test_server_stopped_mid_import_loses_and_duplicates_nothing(own_server, articles):
    prefix = f"press-fault-{uuid.uuid4().hex[:8]}"
    backend = ElasticBackend(own_server, index_prefix=prefix)
    stored = 0

    def stop_part_way(name: str) -> None:
        nonlocal stored
        stored += 1
        if stored == 500:  # documents are stored, others are being written or read
            assert _script("stop").returncode == 0

    first = import_paths(backend, [str(articles)], on_stored=stop_part_way)
    backend.close()
    assert first.created >= 500
    assert first.created + first.failed == ARTICLES
    assert first.failed > 0
    assert all(own_server in f.reason for f in first.failures)

    with pytest.raises(SearchError, match=own_server):
        ElasticBackend(own_server, index_prefix=prefix)

    _start()
    backend = ElasticBackend(own_server, index_prefix=prefix)
    second = import_paths(backend, [str(articles)])
    assert second.failed == 0
    assert second.unchanged == first.created
    assert second.created == first.failed
    stats = backend.stats()
    assert stats["documents"] == ARTICLES
    assert stats["quotes"] == ARTICLES
    backend.drop()
    backend.close()
