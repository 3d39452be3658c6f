#!/usr/bin/env bash
# Pins every dependency in pyproject.toml, with hashes, for any platform:
#   requirements.lock       what `press` needs to run
#   requirements-test.lock  that plus the test extras
# Run after changing dependencies in pyproject.toml; commit both files with it.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-.venv/bin/uv}
[ -x "$UV" ] || UV=uv
common=(--quiet --universal --python-version 3.11 --generate-hashes --no-header --no-annotate)
"$UV" pip compile pyproject.toml "${common[@]}" -o requirements.lock
"$UV" pip compile pyproject.toml "${common[@]}" --extra test -o requirements-test.lock
