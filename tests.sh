#!/usr/bin/env bash
# Runs the repository's tests (mvn verify) against both stores: H2 needs nothing, PostgreSQL is Debian's own
# server, started here. Safe to run again while the server is up: every step checks before it acts.
# Extra arguments go to Maven, e.g. ./tests.sh -Dtest='Auditarchief*'.
set -euo pipefail
cd "$(dirname "$0")"

# Root runs apt-get and the cluster tools itself; anyone else through sudo.
ALS_ROOT=()
[ "$(id -u)" -eq 0 ] || ALS_ROOT=(sudo)
installeer() {
  "${ALS_ROOT[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${ALS_ROOT[@]}" apt-get install -y "$@"
}
als_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# The browser tests drive Debian's headless Chromium (BrowserTest directly, ReviewBrowserTest through Debian's
# chromedriver); the store's tests need a PostgreSQL server.
command -v chromium >/dev/null || installeer chromium
command -v chromedriver >/dev/null || installeer chromium-driver
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || installeer postgresql

# The newest installed PostgreSQL, its cluster 'main': created if missing, started if down (the server runs as
# user postgres).
VERSIE=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
CLUSTER=main
cluster_veld() { pg_lsclusters -h | awk -v v="$VERSIE" -v c="$CLUSTER" '$1 == v && $2 == c { print $'"$1"' }'; }
[ -n "$(cluster_veld 2)" ] || "${ALS_ROOT[@]}" pg_createcluster "$VERSIE" "$CLUSTER"
[ "$(cluster_veld 4)" = online ] || "${ALS_ROOT[@]}" pg_ctlcluster "$VERSIE" "$CLUSTER" start
POORT=$(cluster_veld 3)

# Role and database normtoets_test; a fresh password every run (it only has to match within this run).
WACHTWOORD=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
als_postgres psql -q -p "$POORT" -v ON_ERROR_STOP=1 -v wachtwoord="$WACHTWOORD" <<'SQL'
SELECT format('CREATE ROLE normtoets_test LOGIN PASSWORD %L', :'wachtwoord')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'normtoets_test') \gexec
SELECT format('ALTER ROLE normtoets_test LOGIN PASSWORD %L', :'wachtwoord') \gexec
SELECT 'CREATE DATABASE normtoets_test OWNER normtoets_test'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'normtoets_test') \gexec
SQL

export NORMTOETS_TEST_PG_URL="jdbc:postgresql://localhost:${POORT}/normtoets_test"
export NORMTOETS_TEST_PG_USER=normtoets_test
export NORMTOETS_TEST_PG_PASSWORD="$WACHTWOORD"
exec mvn -B verify "$@"
