#!/usr/bin/env bash
# Set up, import a folder into the embedded archive, and serve the search UI.
# Usage: scripts/quickstart.sh FOLDER [--port 5000]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
    echo "usage: scripts/quickstart.sh FOLDER [--port PORT]" >&2
    exit 2
fi
folder=$1; shift
bash scripts/setup.sh
# A folder may hold files that are not articles: they are reported, and the rest is served.
.venv/bin/press import "$folder" || echo "Some inputs were not imported (listed above); serving the rest." >&2
.venv/bin/press stats
exec .venv/bin/press serve "$@"
