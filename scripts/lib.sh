# Shared by the repo's scripts: the pinned yarn, and an install when needed.
# Works on a fresh machine with only Node.js 20 and npm: yarn is vendored in
# .yarn/releases, so neither corepack nor a global yarn is needed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YARN_RELEASE="$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n 1)"
# better-sqlite3 compiles against the local Node headers (no download).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

yarn_() {
  node "$YARN_RELEASE" "$@"
}

# Installs dependencies from the lockfile unless node_modules is up to date.
ensure_install() {
  local state="$ROOT/node_modules/.yarn-state.yml"
  if [ ! -f "$state" ] || [ "$ROOT/yarn.lock" -nt "$state" ] || \
     [ -n "$(find "$ROOT/package.json" "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json -newer "$state" 2>/dev/null)" ]; then
    echo "==> Installing dependencies (yarn install --immutable)"
    (cd "$ROOT" && yarn_ install --immutable)
  fi
}

# Exports the PostgreSQL test connection when the server answers; prints why
# not otherwise. Returns non-zero when PostgreSQL is unreachable.
use_postgres() {
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
  export BACKSTAGE_TEST_DISABLE_DOCKER=1
  node "$ROOT/scripts/check-postgres.mjs"
}
