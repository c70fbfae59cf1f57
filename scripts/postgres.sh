#!/usr/bin/env bash
# Installs PostgreSQL's server programs (initdb, postgres) for the tests, only if they are missing.
# The tests start their own throwaway cluster with them (tests/pgcluster.py); nothing here starts a server.
# Usage: scripts/postgres.sh
set -euo pipefail

have_server() {
  local dir
  for dir in "${STAFETTLOGG_PG_BINDIR:-}" "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] && return 0
  done
  return 1
}
have_server && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Mangler PostgreSQL (initdb, postgres) (kjør som root)" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installerer systempakker: postgresql"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
have_server || { echo "PostgreSQL er installert, men initdb og postgres ble ikke funnet" >&2; exit 1; }
