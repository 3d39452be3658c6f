#!/usr/bin/env bash
# The whole test suite, with the real services it needs: installs what is missing,
# starts Elasticsearch, runs pytest, stops what it started. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test

# The browser tests drive Debian's Chromium (Playwright's own download does not work here).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing Debian's chromium for the browser tests…" >&2
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
            >/dev/null || { echo "apt-get install chromium failed" >&2; exit 1; }
    else
        echo "/usr/bin/chromium is missing: run 'apt-get install chromium' as root" >&2
        exit 1
    fi
fi

started_es=0
cleanup() {
    if [ "$started_es" = 1 ]; then bash scripts/elasticsearch.sh stop || true; fi
}
trap cleanup EXIT

if [ -z "${PRESS_TEST_ES_URL:-}" ]; then
    if ! bash scripts/elasticsearch.sh status >/dev/null 2>&1; then
        bash scripts/elasticsearch.sh start
        started_es=1
    fi
    PRESS_TEST_ES_URL=$(bash scripts/elasticsearch.sh url)
    export PRESS_TEST_ES_URL
fi

set +e
# ruff and mypy first; their findings fail the run, after the tests have run too.
bash scripts/lint.sh
lint=$?
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    echo "pytest collected no tests: that is a failure" >&2
    exit 1
fi
if [ "$lint" != 0 ]; then
    echo "ruff or mypy found problems (bash scripts/lint.sh): that is a failure" >&2
    [ "$status" != 0 ] || status=1
fi
exit "$status"
