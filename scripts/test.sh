#!/usr/bin/env bash
# The whole test suite, with the real services it needs: installs what is missing,
# starts Elasticsearch, runs pytest, stops what it started. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test eval

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
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    echo "pytest collected no tests: that is a failure" >&2
    exit 1
fi
exit "$status"
