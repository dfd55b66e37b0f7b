#!/usr/bin/env bash
# Starts the demo portal on the embedded database (SQLite files in data/):
# the frontend on http://localhost:3000 and the backend on :7007.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_install
mkdir -p data/sqlite
yarn_ start
