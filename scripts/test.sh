#!/usr/bin/env bash
# Runs every test: unit, component, store and router tests on SQLite and
# PostgreSQL, the two-process race on PostgreSQL, and the end-to-end test in
# headless Chromium. With CI set, a missing PostgreSQL or Chromium fails the
# run instead of skipping.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_install

postgres=yes
if ! use_postgres; then
  if [ -n "${CI:-}" ]; then
    echo "CI is set, so PostgreSQL is required. Start it (see README) or set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING." >&2
    exit 1
  fi
  postgres=no
  unset BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
  echo "!! PostgreSQL is not reachable: the store tests run on SQLite only and the race test is skipped." >&2
fi

echo "==> Unit, component, store and router tests"
CI=true yarn_ backstage-cli repo test

if [ "$postgres" = yes ]; then
  echo "==> Two backend instances racing on one PostgreSQL"
  yarn_ test:race
fi

echo "==> End to end in headless Chromium"
yarn_ test:e2e
