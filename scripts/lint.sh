#!/usr/bin/env bash
# Static checks, as CI runs them: ruff (lint and format) and mypy (strict on search/ and
# importers/, see pyproject.toml). Exits non-zero on any finding. `--fix` lets ruff fix
# what it can and format the tree first.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
if [ "${1:-}" = "--fix" ]; then
    "$BIN/ruff" check --fix --quiet . || true
    "$BIN/ruff" format --quiet .
fi
status=0
"$BIN/ruff" check . || status=1
"$BIN/ruff" format --check . || status=1
"$BIN/mypy" || status=1
exit "$status"
