#!/usr/bin/env bash
# Creates .venv with Press Archive installed (editable), its dependencies from the lock
# file with hashes checked. `setup.sh test` adds the test extras (requirements-test.lock).
# Dependencies change in pyproject.toml, then `bash scripts/lock.sh` rewrites the locks.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Press Archive needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)" >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
lock=requirements.lock
for extra in "$@"; do
    case "$extra" in
        test) lock=requirements-test.lock ;;
        *) echo "unknown extra: $extra (known: test)" >&2; exit 1 ;;
    esac
done
pip=(.venv/bin/python -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install --upgrade pip
"${pip[@]}" install --require-hashes -r "$lock"
"${pip[@]}" install --no-deps -e .
